"""Assets: the front-end packages the map loads, online from a CDN or offline
from an npm install.

Every script and style sheet of the map comes from one published npm
package at one pinned version, listed in :data:`PACKAGES`.  An ordinary map
links them on jsDelivr's npm mirror; ``incident-map build --offline`` reads
the very same files from a local ``node_modules`` folder and inlines them,
so the map is one self-contained HTML file that opens with no network.

Why npm and not a Python package: no package on PyPI ships Leaflet together
with Supercluster, leaflet.heat, leaflet.fullscreen and leaflet-search, and
copying those files into this repository would freeze them.  ``incident-map
assets`` runs one ``npm install`` of the pinned versions into the user cache
folder (the documented step; it needs Node's ``npm``), and ``--offline``
reads from there, or from ``$INCIDENT_MAPPER_ASSETS``.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from geo.errors import AssetsError

CDN = "https://cdn.jsdelivr.net/npm"


@dataclass(frozen=True)
class Package:
    """One npm package and the files of it that the map loads, in order."""

    name: str
    version: str
    js: tuple[str, ...] = ()
    css: tuple[str, ...] = ()

    @property
    def spec(self) -> str:
        return f"{self.name}@{self.version}"

    def url(self, path: str) -> str:
        return f"{CDN}/{self.spec}/{path}"


#: Leaflet first: every plugin extends the global ``L`` it defines.
PACKAGES: tuple[Package, ...] = (
    Package("leaflet", "1.9.3", js=("dist/leaflet.js",), css=("dist/leaflet.css",)),
    Package("supercluster", "8.0.1", js=("dist/supercluster.min.js",)),
    Package("leaflet.heat", "0.2.0", js=("dist/leaflet-heat.js",)),
    Package("leaflet.fullscreen", "5.3.3", js=("dist/Control.FullScreen.umd.js",),
            css=("dist/Control.FullScreen.css",)),
    Package("leaflet-search", "4.0.0", js=("dist/leaflet-search.src.js",), css=("dist/leaflet-search.src.css",)),
)


def default_folder() -> Path:
    """Where ``incident-map assets`` installs the packages: ``$INCIDENT_MAPPER_ASSETS``
    or ``assets/`` in the user cache folder (the one the world gazetteer uses)."""
    chosen = os.environ.get("INCIDENT_MAPPER_ASSETS")
    if chosen:
        return Path(chosen)
    from geo.places.cache import cache_dir

    return cache_dir(create=False) / "assets"


def package_dir(folder: Path, package: Package) -> Path:
    return folder / "node_modules" / package.name


def missing(folder: Path) -> list[str]:
    """The packages not installed in ``folder`` at the pinned version."""
    import json

    absent = []
    for package in PACKAGES:
        manifest = package_dir(folder, package) / "package.json"
        try:
            version = json.loads(manifest.read_text(encoding="utf-8")).get("version")
        except (OSError, ValueError):
            version = None
        if version != package.version:
            absent.append(package.spec)
    return absent


def install(folder: Path | None = None, *, npm: str | None = None) -> Path:
    """Install the pinned packages into ``folder`` with npm; returns the folder."""
    folder = Path(folder) if folder else default_folder()
    npm = npm or shutil.which("npm")
    if not npm:
        raise AssetsError("npm is not installed: install Node.js (e.g. apt-get install npm), "
                                 "then run `incident-map assets` again")
    folder.mkdir(parents=True, exist_ok=True)
    command = [npm, "install", "--prefix", str(folder), "--no-save", "--no-package-lock", "--no-audit",
               "--no-fund", "--silent", *(p.spec for p in PACKAGES)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0 or missing(folder):
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["packages missing after install"]
        raise AssetsError(f"{folder}: npm install failed: {detail[0]}")
    return folder


def require(folder: Path | None = None) -> Path:
    """The assets folder, after checking that every package is installed
    (a build checks this before any work)."""
    folder = Path(folder) if folder else default_folder()
    absent = missing(folder)
    if absent:
        raise AssetsError(f"{folder}: {', '.join(absent)} not installed; an offline map needs them: "
                          "run `incident-map assets` (uses npm) first")
    return folder


def links() -> str:
    """``<link>`` and ``<script>`` tags that load every file from the CDN."""
    tags = [f'<link rel="stylesheet" href="{p.url(path)}">' for p in PACKAGES for path in p.css]
    tags += [f'<script src="{p.url(path)}"></script>' for p in PACKAGES for path in p.js]
    return "\n".join(tags)


def inline(folder: Path | None = None) -> str:
    """Every file inlined as ``<style>`` and ``<script>`` elements.

    Images a style sheet refers to become ``data:`` URIs, so the page needs
    nothing beside it.  Raises :class:`AssetsError` naming the fix
    when a package is absent.
    """
    folder = Path(folder) if folder else default_folder()
    absent = missing(folder)
    if absent:
        raise AssetsError(f"{folder}: {', '.join(absent)} not installed; an offline map needs them: "
                                 "run `incident-map assets` (uses npm) first")
    tags = []
    for package in PACKAGES:
        for path in package.css:
            file = package_dir(folder, package) / path
            css = _embed_images(file.read_text(encoding="utf-8"), file.parent)
            tags.append(f"<style>/* {package.spec}/{path} */\n{_guard(css, 'style')}</style>")
    for package in PACKAGES:
        for path in package.js:
            code = (package_dir(folder, package) / path).read_text(encoding="utf-8")
            tags.append(f"<script>/* {package.spec}/{path} */\n{_guard(code, 'script')}</script>")
    return "\n".join(tags)


def _guard(text: str, element: str) -> str:
    """Keep a library's text from closing the element it is inlined in.

    ``<\\/script`` means the same in JavaScript strings, regular expressions
    and comments; in CSS ``<\\/style`` can only occur inside a comment or string.
    """
    return re.sub(rf"</({element})", r"<\\/\1", text, flags=re.IGNORECASE)


def _embed_images(css: str, base: Path) -> str:
    """Replace ``url(relative-path)`` in a style sheet with a ``data:`` URI."""

    def replace(match: re.Match) -> str:
        target = match.group(2)
        if re.match(r"^(data:|https?:|#)", target):
            return match.group(0)
        file = (base / target.split("?")[0].split("#")[0]).resolve()
        if not file.is_file():
            return match.group(0)
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        return f'url("data:{kind};base64,{base64.b64encode(file.read_bytes()).decode("ascii")}")'

    return re.sub(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""", replace, css)
