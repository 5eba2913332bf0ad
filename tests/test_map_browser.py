"""The map as a reader uses it, in Debian's Chromium: framing at desktop and
phone sizes, clicks on areas, layers, the time filter, clusters, co-located
incidents, table popups, place search and the offline build.

Maps are built from incidents made here, except where the seed is the
point.  Every test ends with no JavaScript error on the page.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from geo.incidents import Incident
from geo.map import render
from geo.pipeline import build

from .test_browser import NODE_MODULES, Session, browser, points_in_area  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser

SIZES = [(1280, 800), (390, 844)]


def make(n: int, **changes) -> Incident:
    values = dict(id=f"inc-{n:04d}", title=f"Armed clash: site {n}", event_type="Battles",
                  sub_event_type="Armed clash", date="2024-03-01", time_precision=1, place=f"Site {n}",
                  place_id=f"p{n}", place_kind="point", precision="site", lat=18.5, lon=-72.3, country="HT",
                  fatalities=None, fatalities_text=None, sources=({"doc": "a.txt", "title": "A", "url": None},),
                  quotes=({"doc": "a.txt", "sentence": f"Fighting at site {n}.", "start": 0, "end": 19,
                           "anchor": "s0", "place_text": None, "place_start": None, "place_end": None},))
    values.update(changes)
    return Incident(**values)


def table_row(n: int, **changes) -> Incident:
    """An incident as `incident-map add` stores it: no quotes, a source line, notes."""
    values = dict(origin="csv", quotes=(), notes=f"Row {n} notes",
                  sources=({"doc": "incidents.csv", "title": "Radio Kiskeya", "url": "https://example.org/r",
                            "date": None},))
    values.update(changes)
    return make(n, **values)


def write_map(folder: Path, incidents: list[Incident], **options) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "map.html"
    path.write_text(render.map_html(render.build_map(incidents, [], {"a.txt": "A story"}, **options), "Test map"),
                    encoding="utf-8")
    return path


def open_map(browser, path: Path, size=(1280, 800), **session_options):
    session = Session(browser, **session_options)
    session.context.set_default_timeout(15000)
    page = session.context.new_page()
    page.set_viewport_size({"width": size[0], "height": size[1]})
    session.watch(page)
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-map-ready]")
    return session, page


def overlaps(a: dict, b: dict) -> bool:
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"] or
                a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


def visible_markers(page) -> dict:
    """How many pins and clusters are drawn, and how many incidents the clusters hold."""
    return page.evaluate("""() => {
        const clusters = [...document.querySelectorAll('.incident-cluster')];
        return {pins: document.querySelectorAll('img.leaflet-marker-icon').length, clusters: clusters.length,
                clustered: clusters.reduce((n, c) => n + parseInt(c.textContent, 10), 0)};
    }""")


def layer_checkbox(page, name: str):
    page.evaluate("document.querySelector('.leaflet-control-layers').classList.add('leaflet-control-layers-expanded')")
    return page.locator(".leaflet-control-layers-overlays label", has_text=name).locator("input")


def set_time(page, start: str | None = None, end: str | None = None) -> None:
    """Move the time sliders to these days (YYYY-MM-DD) as a user would drag them."""
    for ident, day in (("time-from", start), ("time-to", end)):
        if day:
            page.evaluate("""([id, day]) => {
                const input = document.getElementById(id);
                input.value = Math.round(Date.parse(day) / 86400000);
                input.dispatchEvent(new Event('input', {bubbles: true}));
            }""", [ident, day])
    page.wait_for_timeout(300)


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "390x844"])
def test_every_seed_pin_is_clear_of_the_controls_and_clickable(browser, seed_build, seed_incidents, size):
    project, _ = seed_build
    sites = [f["properties"] for f in seed_incidents["features"] if f["properties"]["precision"] == "site"]
    session, page = open_map(browser, project / "output" / "map.html", size)
    controls = [page.locator(".leaflet-control").nth(k).bounding_box()
                for k in range(page.locator(".leaflet-control").count())]
    panel = page.locator("#incident-panel").bounding_box()
    for site in sites:
        pin = page.locator(f".leaflet-marker-icon[alt='{site['place']}']")
        box = pin.bounding_box()
        assert not any(overlaps(box, c) for c in controls + [panel]), (site["place"], size)
        assert 0 <= box["x"] and box["x"] + box["width"] <= size[0] and 0 <= box["y"] <= size[1]
    layers = page.locator(".leaflet-control-layers")
    assert ("leaflet-control-layers-expanded" in (layers.get_attribute("class") or "")) is (size[0] > 700)
    for site in sites:
        page.reload()
        page.wait_for_selector("body[data-map-ready]")
        page.locator(f".leaflet-marker-icon[alt='{site['place']}']").click()
        assert page.locator(".leaflet-popup-content .incident-title").inner_text() == site["title"]
    assert session.errors == []


def test_clicks_inside_port_au_prince_open_the_city_incident_not_the_country(browser, seed_build):
    project, _ = seed_build
    session, page = open_map(browser, project / "output" / "map.html")
    assert page.locator("path.precision-country").count() == 1  # Haiti's outline, under the city
    for x, y in points_in_area(page, "path.precision-locality")[:6]:
        page.evaluate("incidentMap.map.closePopup()")
        page.mouse.click(x, y)
        text = page.locator(".leaflet-popup-content").inner_text()
        assert "approximate: city" in text and "Port-au-Prince" in text, (x, y)
        assert "State of emergency" not in text
    # Outside the city, in Haiti, the country's incident opens.
    page.evaluate("incidentMap.map.closePopup(); incidentMap.map.setView([19.3, -72.4], 8, {animate: false})")
    frame = page.locator(".folium-map").bounding_box()
    page.mouse.click(frame["x"] + frame["width"] / 2, frame["y"] + frame["height"] / 2)
    assert "approximate: country" in page.locator(".leaflet-popup-content").inner_text()
    assert session.errors == []


def test_mentions_and_heatmap_are_off_by_default_and_can_be_shown(browser, seed_build):
    project, _ = seed_build
    session, page = open_map(browser, project / "output" / "map.html")
    assert page.locator(".mentioned-place").count() == 0
    assert not layer_checkbox(page, "Mentioned places").is_checked()
    assert not layer_checkbox(page, "Heatmap").is_checked()
    layer_checkbox(page, "Mentioned places").check()
    assert page.locator(".mentioned-place").count() >= 1
    layer_checkbox(page, "Heatmap").check()
    assert page.locator("canvas.leaflet-heatmap-layer").count() == 1
    assert session.errors == []


def test_layer_toggles_change_the_markers_and_the_counts(browser, tmp_path):
    incidents = [make(n, lat=18.5 + n * 0.02, lon=-72.3) for n in range(3)]
    incidents += [make(n, lat=18.5 + n * 0.02, lon=-72.2, event_type="Protests", sub_event_type="Peaceful protest",
                       fatalities=2) for n in range(3, 5)]
    session, page = open_map(browser, write_map(tmp_path, incidents))
    assert visible_markers(page)["pins"] == 5
    assert layer_checkbox(page, "Protests").locator("xpath=..").inner_text().strip().endswith("(2)")
    assert "5 of 5 incidents shown, 4 fatalities" in page.locator(".panel-summary").inner_text()
    layer_checkbox(page, "Protests").uncheck()
    assert visible_markers(page)["pins"] == 3
    assert "3 of 5 incidents shown, 0 fatalities" in page.locator(".panel-summary").inner_text()
    layer_checkbox(page, "Battles").uncheck()
    assert visible_markers(page)["pins"] == 0
    layer_checkbox(page, "Protests").check()
    assert visible_markers(page)["pins"] == 2
    assert session.errors == []


def test_the_time_filter_hides_and_shows_incidents_and_the_clusters_follow(browser, tmp_path):
    # 30 incidents within a few hundred metres, one a day, and one far away.
    crowd = [make(n, lat=18.5 + (n % 6) * 0.0004, lon=-72.3 + (n // 6) * 0.0004, date=f"2024-03-{n + 1:02d}")
             for n in range(30)]
    far = make(99, lat=18.9, lon=-72.9, date="2024-03-15")
    session, page = open_map(browser, write_map(tmp_path, crowd + [far]))
    assert visible_markers(page) == {"pins": 1, "clusters": 1, "clustered": 30}
    set_time(page, "2024-03-11", "2024-03-20")
    assert visible_markers(page) == {"pins": 1, "clusters": 1, "clustered": 10}
    assert "11 of 31 incidents shown" in page.locator(".panel-summary").inner_text()
    assert layer_checkbox(page, "Battles").locator("xpath=..").inner_text().strip().endswith("(11)")
    set_time(page, "2024-03-21", "2024-03-30")
    assert visible_markers(page) == {"pins": 0, "clusters": 1, "clustered": 10}
    page.locator(".time-reset").click()
    page.wait_for_timeout(200)
    assert visible_markers(page) == {"pins": 1, "clusters": 1, "clustered": 30}
    assert session.errors == []


def test_a_cluster_expands_when_clicked(browser, tmp_path):
    crowd = [make(n, lat=18.5 + (n % 4) * 0.002, lon=-72.3 + (n // 4) * 0.002) for n in range(12)]
    far = make(99, lat=19.2, lon=-72.0)
    session, page = open_map(browser, write_map(tmp_path, crowd + [far]))
    zoom = page.evaluate("incidentMap.map.getZoom()")
    assert visible_markers(page) == {"pins": 1, "clusters": 1, "clustered": 12}
    page.locator(".incident-cluster").click()
    page.wait_for_function(f"incidentMap.map.getZoom() > {zoom}")
    page.wait_for_timeout(400)
    after = visible_markers(page)
    assert after["pins"] + after["clusters"] > 1  # the cluster split into pins or smaller clusters
    assert after["pins"] + after["clustered"] >= 12  # and all twelve are still there
    assert session.errors == []


def test_incidents_at_one_point_are_listed_and_each_opens(browser, tmp_path):
    same = [make(n, title=f"Clash number {n}", date=f"2024-03-0{n + 1}") for n in range(3)]
    session, page = open_map(browser, write_map(tmp_path, same + [make(9, lat=18.6, lon=-72.2)]))
    page.evaluate("incidentMap.map.setView([18.5, -72.3], 18, {animate: false})")
    page.wait_for_timeout(200)
    assert page.locator(".incident-pin-count").inner_text() == "3"
    page.locator(".leaflet-marker-icon[alt='Site 0']").click()
    items = page.locator(".incident-list-item")
    assert items.count() == 3
    items.nth(1).click()
    assert page.locator(".leaflet-popup-content .incident-title").inner_text() == "Clash number 1"
    page.locator(".incident-list-back").click()
    assert page.locator(".incident-list-item").count() == 3
    assert session.errors == []


def test_table_popups_have_no_empty_separators_and_link_only_http(browser, tmp_path):
    rows = [table_row(1, sub_event_type="", title="Battles: Delmas", place="Delmas", fatalities=0),
            table_row(2, event_type="", sub_event_type="", title="Incident: Carrefour", place="Carrefour",
                      lat=18.6, date=None, sources=({"doc": "incidents.csv", "title": "<b>Radio</b>",
                                                    "url": "javascript:alert(1)", "date": None},))]
    session, page = open_map(browser, write_map(tmp_path, rows))
    page.locator(".leaflet-marker-icon[alt='Delmas']").click()
    meta = page.locator(".leaflet-popup-content .incident-meta").inner_text()
    assert meta == "2024-03-01 · Battles · fatalities: 0"
    source = page.locator(".leaflet-popup-content .table-source")
    assert source.inner_text() == "Radio Kiskeya · source"
    assert source.locator("a").get_attribute("href") == "https://example.org/r"
    assert page.locator(".incident-notes").inner_text() == "Row 1 notes"
    page.evaluate("incidentMap.map.closePopup()")
    page.locator(".leaflet-marker-icon[alt='Carrefour']").click()
    meta = page.locator(".leaflet-popup-content .incident-meta").inner_text()
    assert meta == "date unknown · Other"
    assert not any(bad in meta for bad in (" / ", "· ·", "/ ·"))
    source = page.locator(".leaflet-popup-content .table-source")
    assert source.inner_text() == "<b>Radio</b> · javascript:alert(1)"
    assert source.locator("a").count() == 0
    assert session.errors == []


def test_search_finds_a_place_by_name(browser, seed_build):
    project, _ = seed_build
    session, page = open_map(browser, project / "output" / "map.html")
    page.locator(".leaflet-control-search .search-button").click()
    page.locator(".leaflet-control-search input").press_sequentially("sylvio")
    tip = page.locator(".search-tip", has_text="Stade Sylvio Cator")
    tip.click()
    page.wait_for_timeout(600)
    centre = page.evaluate("(() => { const c = incidentMap.map.getCenter(); return [c.lat, c.lng]; })()")
    assert math.dist(centre, [18.53606, -72.34244]) < 0.002
    page.locator(".leaflet-control-search .search-button").click()  # it folded after the choice
    page.locator(".leaflet-control-search input").press_sequentially("(a")  # not a regular expression: no error
    page.wait_for_timeout(300)
    assert session.errors == []


def test_the_offline_build_renders_with_every_request_refused(browser, tmp_path, seed_build):
    project, _ = seed_build
    out = tmp_path / "offline"
    build(project / "seeds", tmp_path / "layers", out, offline=True, assets_dir=NODE_MODULES.parent)
    session, page = open_map(browser, out / "map.html", refuse_all=True)
    assert session.served == []
    assert session.refused == []  # nothing was even asked for
    assert page.locator("img.leaflet-marker-icon").count() == 3
    assert page.locator(".leaflet-pane path").count() > 100  # country outlines drawn as the basemap
    page.locator(".leaflet-marker-icon[alt='National Penitentiary']").click()
    assert "National Penitentiary" in page.locator(".leaflet-popup-content").inner_text()
    assert session.errors == []


def test_snapshot_draws_the_framed_map_to_a_png(browser, seed_build, tmp_path):
    import base64
    import subprocess
    import sys

    project, _ = seed_build
    png = tmp_path / "shots" / "seed.png"
    # As a user runs it: its own process (Playwright's sync API is busy in this one).
    done = subprocess.run([sys.executable, "-m", "geo", "snapshot", str(project / "output" / "map.html"), "-o",
                           str(png), "--width", "1000", "--height", "700", "--assets", str(NODE_MODULES.parent)],
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"wrote {png}\n", "")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (1000, 700)
    # Where the three pins are on the same map at the same size...
    session, live = open_map(browser, project / "output" / "map.html", (1000, 700))
    pins = [live.locator("img.leaflet-marker-icon").nth(k).bounding_box() for k in range(3)]
    # ...is where the picture shows them: the pin's red below its white dot.
    page = browser.new_page()
    colours = page.evaluate("""async ([src, points]) => {
        const img = new Image(); img.src = src; await img.decode();
        const canvas = document.createElement('canvas'); canvas.width = img.width; canvas.height = img.height;
        const ctx = canvas.getContext('2d'); ctx.drawImage(img, 0, 0);
        return points.map(([x, y]) => Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3))); }""",
        ["data:image/png;base64," + base64.b64encode(data).decode(),
         [[round(b["x"] + b["width"] / 2), round(b["y"] + 24)] for b in pins]])
    page.close()
    assert colours == [[0xc0, 0x39, 0x2b]] * 3
    assert session.errors == []


def test_snapshot_of_a_missing_map_is_a_one_line_error(tmp_path, capsys):
    from geo.cli import main

    assert main(["snapshot", str(tmp_path / "nope.html")]) == 1
    assert capsys.readouterr().err == f"Error: {tmp_path / 'nope.html'}: no such map; run `incident-map build` first\n"
