"""Snapshot: a PNG of a built map, rendered by headless Chromium.

The README's screenshot is made with it.  Chromium is driven through
Playwright, which here never downloads a browser of its own: it runs the
system's Chromium (Debian's ``chromium`` package).  Requests for the map's
CDN files are answered from the npm packages of :mod:`geo.map.assets` when
they are installed, so a snapshot needs no network; tiles load only if the
network allows, and otherwise the map shows its country-outline basemap.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

from geo.errors import SnapshotError
from geo.map import assets

#: Flags for a quiet, sandbox-free headless run (root in a container, no GPU).
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync")
CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")


def find_chromium(explicit: str | None = None) -> str:
    """The Chromium executable: ``explicit``, ``$CHROMIUM``, or the system's."""
    for candidate in (explicit, os.environ.get("CHROMIUM"), *CANDIDATES):
        if not candidate:
            continue
        found = shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
        if found:
            return found
    raise SnapshotError("Chromium is not installed: install Debian's `chromium` package "
                        "(apt-get install chromium) or pass --chromium PATH")


def local_asset(url: str, folder: Path) -> Path | None:
    """The installed npm file that stands for a CDN URL of the map, if any."""
    parts = urlsplit(url)
    match = re.fullmatch(r"/npm/((?:@[^/]+/)?[^@/]+)@([^/]+)/(.+)", parts.path)
    if not (parts.netloc == urlsplit(assets.CDN).netloc and match):
        return None
    name, version, rest = match.groups()
    known = {(p.name, p.version) for p in assets.PACKAGES}
    if (name, version) not in known:
        return None
    path = (folder / "node_modules" / name / rest).resolve()
    return path if path.is_file() and (folder / "node_modules" / name).resolve() in path.parents else None


def snapshot(map_file: Path | str, target: Path | str, *, width: int = 1280, height: int = 800,
             chromium: str | None = None, assets_dir: Path | None = None, timeout_s: float = 60) -> Path:
    """Render ``map_file`` at ``width`` × ``height`` and write a PNG to ``target``.

    Waits until the page says its incidents are drawn (and the tiles, if
    any, have settled), so the picture shows the whole framed map.
    """
    map_file, target = Path(map_file), Path(target)
    if not map_file.is_file():
        raise SnapshotError(f"{map_file}: no such map; run `incident-map build` first")
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise SnapshotError("snapshot needs Playwright's Python package: pip install playwright "
                            "(no browser download is needed; the system's Chromium is used)") from exc
    executable = find_chromium(chromium)
    folder = Path(assets_dir) if assets_dir else assets.default_folder()
    errors: list[str] = []
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, args=list(CHROMIUM_FLAGS))
            try:
                page = browser.new_page(viewport={"width": width, "height": height})
                page.set_default_timeout(timeout_s * 1000)
                page.on("pageerror", lambda exc: errors.append(str(exc)))

                def route(r):
                    local = local_asset(r.request.url, folder)
                    return r.fulfill(path=str(local)) if local else r.continue_()

                page.route(re.compile(r"^https?://"), route)
                page.goto(map_file.resolve().as_uri())
                page.wait_for_selector("body[data-map-ready]")
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(300)  # let fading tiles and markers finish
                if errors:
                    raise SnapshotError(f"{map_file}: the page failed: {errors[0]}")
                tmp = target.with_name(f".{target.name}.tmp.png")
                page.screenshot(path=str(tmp))
                os.replace(tmp, target)
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise SnapshotError(f"{map_file}: Chromium could not render the map: {str(exc).splitlines()[0]}") from exc
    return target
