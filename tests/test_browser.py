"""The map in a real browser: Debian's Chromium driven by Playwright.

Every CDN file the map asks for is served from the official npm packages
installed in ``tests/browser/node_modules``; any other outside request
(map tiles included) is refused, so the test never reaches the internet.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from geo.pipeline import build

from .conftest import write_doc

playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
NODE_MODULES = Path(__file__).parent / "browser" / "node_modules"


def local_copy(url: str) -> Path | None:
    """The file of an npm package that stands for a CDN URL, if any."""
    parts = urlsplit(url)
    match = re.fullmatch(r"/npm/((?:@[^/]+/)?[^@/]+)@([^/]+)/(.+)", parts.path)
    if parts.netloc == "cdn.jsdelivr.net" and match:
        package, version, rest = match.groups()
        folder = NODE_MODULES / package
        installed = json.loads((folder / "package.json").read_text())["version"]
        assert installed == version, f"map asks for {package}@{version}, tests have {installed}"
        return folder / rest
    return None


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run the README's test command, which installs it")
    if not NODE_MODULES.exists():
        pytest.fail("tests/browser/node_modules is missing: run the README's test command")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


class Session:
    """A browser context whose outside requests are served locally or refused."""

    def __init__(self, browser, *, refuse_all: bool = False):
        self.refuse_all = refuse_all
        self.context = browser.new_context(viewport={"width": 1200, "height": 800})
        self.served: list[str] = []
        self.refused: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        if url.startswith("file://"):
            return route.continue_()
        local = None if self.refuse_all else local_copy(url)
        if local is not None and local.is_file():
            self.served.append(url)
            return route.fulfill(path=str(local))
        self.refused.append(url)
        return route.abort()

    def open(self, path: Path):
        page = self.context.new_page()
        self.watch(page)
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        return page

    def watch(self, page):
        page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        page.on("console", lambda msg: self._console(msg))

    def _console(self, msg):
        if msg.type != "error":
            return
        where = (msg.location or {}).get("url", "")
        if "Failed to load resource" in msg.text and any(where.startswith(u) or u.startswith(where) for u in self.refused):
            return  # a refused tile: expected without network
        if "Failed to load resource" in msg.text and not where.startswith("file://"):
            return
        self.errors.append(f"console: {msg.text}")


def test_seed_map_markers_popups_and_source_links(browser, seed_build, seed_incidents):
    project, _ = seed_build
    session = Session(browser)
    page = session.open(project / "output" / "map.html")

    sites = [f for f in seed_incidents["features"] if f["properties"]["precision"] == "site"]
    approximate = [f for f in seed_incidents["features"] if f["properties"]["precision"] != "site"]
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.locator(".leaflet-marker-icon").count() == len(sites) == 3
    assert page.locator("path.incident-approximate").count() == len(approximate) >= 2

    # Only tiles are refused; Leaflet came from its npm package.
    assert any("leaflet.js" in u for u in session.served)
    assert all("tile.openstreetmap.org" in u for u in session.refused), session.refused

    prison = next(f for f in sites if f["properties"]["place_kind"] == "prison")
    quote = next(q for q in prison["properties"]["quotes"]
                 if q["sentence"].startswith("About a dozen people were killed"))
    page.locator(f".leaflet-marker-icon[alt='{prison['properties']['place']}']").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert quote["sentence"] in text.replace("\n", " ")
    assert popup.locator("mark").first.inner_text() in ("National Penitentiary", "the capital's main prison")

    page.wait_for_timeout(400)  # the map pans to show the whole popup (a 0.25 s animation)
    link = popup.locator(f"a.source-link[href$='#{quote['anchor']}']")
    with session.context.expect_page() as new_page:
        link.click()
    source = new_page.value
    session.watch(source)
    source.wait_for_load_state("load")
    assert source.url.endswith(f"#{quote['anchor']}")
    target = source.locator(":target")
    assert target.count() == 1
    assert target.inner_text() == quote["sentence"]
    assert "incident" in target.get_attribute("class")
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background == "rgb(255, 210, 77)"

    # The city-wide circle, on a fresh view (opening a popup pans the map):
    # click inside it, away from the pins near its centre.
    page.reload()
    page.wait_for_selector(".leaflet-marker-icon")
    x, y = points_in_area(page, "path.precision-locality")[0]
    page.mouse.click(x, y)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "approximate: city" in popup.inner_text()
    assert "At least nine people had been killed since Thursday" in popup.inner_text()
    assert session.errors == []


def points_in_area(page, selector: str) -> list[tuple[float, float]]:
    """Points well inside a circular area, inside the map, and away from every pin."""
    box = page.locator(selector).bounding_box()
    radius = box["width"] / 2
    cx, cy = box["x"] + radius, box["y"] + radius
    frame = page.locator(".folium-map").bounding_box()
    pins = [page.locator(".leaflet-marker-icon").nth(k).bounding_box()
            for k in range(page.locator(".leaflet-marker-icon").count())]
    found = []
    for step in range(16):
        angle = step * 3.14159 / 8
        for share in (0.3, 0.5, 0.7):
            import math
            x, y = cx + math.cos(angle) * radius * share, cy + math.sin(angle) * radius * share
            inside_map = frame["x"] + 60 < x < frame["x"] + frame["width"] - 60 and \
                frame["y"] + 60 < y < frame["y"] + frame["height"] - 60
            clear = all(not (p["x"] - 20 < x < p["x"] + p["width"] + 20 and p["y"] - 20 < y < p["y"] + p["height"] + 20)
                        for p in pins)
            if inside_map and clear:
                found.append((x, y))
    assert found, "no free point inside the area"
    return found


HOSTILE = ("Gunmen attacked the National Penitentiary in Port-au-Prince on Sunday, killing 3 people, "
           "a witness called `${window.__pwned = 1}` </script><script>window.__pwned = 2</script> "
           "<img src=x onerror=\"window.__pwned = 3\"> said \\` done.\n")


def test_hostile_text_is_shown_not_run(browser, tmp_path):
    write_doc(tmp_path / "seeds", "hostile.txt", HOSTILE, title="<b>Bold</b> `title` ${x}")
    build(tmp_path / "seeds", tmp_path / "layers", tmp_path / "output")
    session = Session(browser)
    page = session.open(tmp_path / "output" / "map.html")
    page.locator(".leaflet-marker-icon").first.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "</script><script>window.__pwned = 2</script>" in popup.inner_text()
    assert "${window.__pwned = 1}" in popup.inner_text()
    assert page.evaluate("window.__pwned") is None
    assert popup.locator("img").count() == 0
    assert session.errors == []
