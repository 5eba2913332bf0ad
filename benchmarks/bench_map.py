"""Benchmark: the map at 1,000, 10,000 and 100,000 incidents, against plain folium.

For fixed synthetic incidents (seeded: table rows spread over six
countries, 85 % exact sites, 10 % placed at a city, 5 % at a country, six
event types, two years of dates) it prints, for our map and for the plain
folium approach (one ``folium.Marker`` with an inline ``Popup`` per incident
in a ``MarkerCluster``):

* build time: incidents to ``map.html`` text (the map step of a build);
* HTML size;
* time until clusters are visible in headless Chromium, from navigation;
* time to open a popup (click on a pin at street zoom until it shows);
* time to apply the time filter (ours: half the date range, measured in the
  page; folium has none);

and the ratios.  The CDN files are served from local npm packages, and tiles
are refused, so nothing leaves the machine.  Our packages come from
``--assets`` (default ``tests/browser``, as ``make test`` installs them);
folium's leaflet.markercluster 1.1.0 and jQuery are installed with npm into
a temporary folder when missing (its Bootstrap and icon fonts are refused).

Run: ``python benchmarks/bench_map.py [--sizes 1000 10000 100000] [--no-folium]``
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.incidents import Incident  # noqa: E402
from geo.map import render  # noqa: E402
from geo.map.snapshot import CHROMIUM_FLAGS, find_chromium, local_asset  # noqa: E402

TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"), ("Riots", "Mob violence"),
         ("Strategic developments", "Looting/property destruction")]
COUNTRIES = [("HT", 18.9, -72.6, 0.6), ("CD", -1.5, 29.0, 1.5), ("ML", 14.5, -4.0, 2.0), ("SD", 15.5, 32.5, 2.0),
             ("UA", 48.5, 35.0, 2.0), ("MX", 19.4, -99.1, 2.0)]
SOURCES = [("ACLED", "https://acleddata.com/"), ("Le Nouvelliste", "https://lenouvelliste.com/"),
           ("Radio Kiskeya", "https://radiokiskeya.com/"), ("Reuters", "https://www.reuters.com/"),
           ("local monitor", "")]
FOLIUM_CLUSTER = ("leaflet.markercluster", "1.1.0")
FOLIUM_JQUERY = ("jquery", "3.7.1")  # folium's page script needs jQuery


def synthetic(n: int, seed: int = 9) -> list[Incident]:
    rng = random.Random(seed)
    cities = [(c, lat + rng.uniform(-r, r), lon + rng.uniform(-r, r), f"City {c}-{k}")
              for k in range(40) for c, lat, lon, r in COUNTRIES]
    incidents = []
    for i in range(n):
        country, clat, clon, spread = COUNTRIES[i % len(COUNTRIES)]
        kind = rng.random()
        event_type, sub = TYPES[rng.randrange(len(TYPES))]
        if kind < 0.85:
            lat, lon, precision, place = clat + rng.gauss(0, spread), clon + rng.gauss(0, spread), "site", f"Site {i}"
        elif kind < 0.95:
            country, lat, lon, place = cities[rng.randrange(len(cities))]
            precision = "locality"
        else:
            lat, lon, precision, place = clat, clon, "country", country
        day = 19358 + rng.randrange(730)  # 2023-01-01 + up to two years
        source, url = SOURCES[rng.randrange(len(SOURCES))]
        incidents.append(Incident(
            id=f"syn-{i:06d}", title=f"{sub}: {place}", event_type=event_type, sub_event_type=sub,
            date=time.strftime("%Y-%m-%d", time.gmtime(day * 86400)), time_precision=1, place=place,
            place_id=f"{precision}:{place}", place_kind="point", precision=precision, lat=lat, lon=lon,
            country=country, fatalities=rng.choice([None, 0, 0, 1, 2, 5]), fatalities_text=None,
            sources=({"doc": "incidents.csv", "title": source, "url": url or None, "date": None},), quotes=(),
            notes=f"Synthetic row {i}: {sub.lower()} reported near {place}.", origin="csv"))
    return incidents


def build_ours(incidents: list[Incident]) -> tuple[float, str]:
    start = time.perf_counter()
    html = render.map_html(render.build_map(incidents, [], {}), "Benchmark")
    return time.perf_counter() - start, html


def build_folium(incidents: list[Incident]) -> tuple[float, str]:
    """What the map did before: one Marker with an inline popup per incident."""
    import folium
    from folium.plugins import MarkerCluster
    from markupsafe import escape

    start = time.perf_counter()
    fmap = folium.Map(location=[15, 0], zoom_start=2, tiles="OpenStreetMap")
    cluster = MarkerCluster().add_to(fmap)
    for i in incidents:
        popup = (f"<div class='incident-popup'><h4>{escape(i.title)}</h4><p>{escape(i.date)} · {escape(i.event_type)}"
                 f" / {escape(i.sub_event_type)}</p><p>{escape(i.place)}</p><p>{escape(i.notes)}</p></div>")
        folium.Marker([i.lat, i.lon], popup=folium.Popup(popup, max_width=400), tooltip=escape(i.title)).add_to(cluster)
    html = fmap.get_root().render()
    return time.perf_counter() - start, html


def folium_assets() -> Path:
    folder = Path(tempfile.gettempdir()) / "incident-map-bench-npm"
    if not all((folder / "node_modules" / name / "package.json").is_file() for name, _ in (FOLIUM_CLUSTER, FOLIUM_JQUERY)):
        subprocess.run(["npm", "install", "--prefix", str(folder), "--no-save", "--no-package-lock", "--silent",
                        "--no-audit", "--no-fund", *(f"{n}@{v}" for n, v in (FOLIUM_CLUSTER, FOLIUM_JQUERY))],
                       check=True)
    return folder


def serve(url: str, ours: Path, extra: Path) -> Path | None:
    """Local file for a CDN URL: our npm packages, or folium's markercluster from cdnjs."""
    local = local_asset(url, ours)
    if local:
        return local
    parts = urlsplit(url)
    match = re.fullmatch(r"/ajax/libs/leaflet\.markercluster/([^/]+)/(.+)", parts.path)
    if parts.netloc == "cdnjs.cloudflare.com" and match:
        path = extra / "node_modules" / FOLIUM_CLUSTER[0] / "dist" / match.group(2)
        return path if path.is_file() else None
    if parts.netloc == "code.jquery.com" and parts.path == f"/jquery-{FOLIUM_JQUERY[1]}.min.js":
        return extra / "node_modules" / "jquery" / "dist" / "jquery.min.js"
    return None


def measure_page(browser, html_path: Path, ours_assets: Path, extra: Path, *, ours: bool) -> dict:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    def route(r):
        if r.request.url.startswith("file://"):
            return r.continue_()
        local = serve(r.request.url, ours_assets, extra)
        return r.fulfill(path=str(local)) if local else r.abort()

    page.route("**/*", route)
    page.set_default_timeout(300_000)
    start = time.perf_counter()
    page.goto(html_path.as_uri(), wait_until="commit")
    page.wait_for_selector(".incident-cluster" if ours else ".marker-cluster")
    clusters = time.perf_counter() - start
    result = {"clusters": clusters}
    if ours:
        page.evaluate("""() => { const app = incidentMap, c = app.data.c;
            let i = c.area.findIndex(a => a < 0); app.map.setView([c.lat[i], c.lon[i]], 18, {animate: false}); }""")
    else:
        page.evaluate("""() => { const map = window[Object.keys(window).find(k => /^map_[0-9a-f]+$/.test(k))];
            let m = null; map.eachLayer(l => { if (!m && l instanceof L.MarkerClusterGroup) m = l.getLayers()[0]; });
            map.setView(m.getLatLng(), 18, {animate: false}); }""")
    page.wait_for_timeout(500)
    pin = page.locator("img.leaflet-marker-icon").first
    start = time.perf_counter()
    pin.click()
    page.wait_for_selector(".leaflet-popup-content")
    result["popup"] = time.perf_counter() - start
    if ours:
        result["filter"] = page.evaluate("""() => { const app = incidentMap, t = performance.now();
            app.setTime(app.minDay, Math.round((app.minDay + app.maxDay) / 2)); return (performance.now() - t) / 1000; }""")
    if errors:
        result["errors"] = errors[:3]
    page.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 100000])
    parser.add_argument("--no-folium", action="store_true", help="measure only our map")
    parser.add_argument("--assets", type=Path, default=ROOT / "tests" / "browser",
                        help="folder with node_modules/ holding the map's npm packages")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    extra = folium_assets() if not args.no_folium else Path(tempfile.gettempdir())
    print(f"python {platform.python_version()}, {platform.machine()}, chromium {find_chromium()}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=list(CHROMIUM_FLAGS))
        for n in args.sizes:
            incidents = synthetic(n)
            for name, maker in (("ours", build_ours), ("folium", build_folium)):
                if name == "folium" and args.no_folium:
                    continue
                seconds, html = maker(incidents)
                path = Path(tmp) / f"{name}-{n}.html"
                path.write_text(html, encoding="utf-8")
                page = measure_page(browser, path, args.assets, extra, ours=name == "ours")
                row = {"n": n, "map": name, "build_s": round(seconds, 2), "html_mb": round(len(html.encode()) / 1e6, 2),
                       **{k: (round(v, 3) if isinstance(v, float) else v) for k, v in page.items()}}
                rows.append(row)
                print(json.dumps(row), flush=True)
        browser.close()
    print()
    print(f"{'incidents':>9} {'map':>6} {'build s':>8} {'HTML MB':>8} {'clusters s':>10} {'popup s':>8} {'filter s':>8}")
    for r in rows:
        print(f"{r['n']:>9,} {r['map']:>6} {r['build_s']:>8.2f} {r['html_mb']:>8.2f} {r['clusters']:>10.2f} "
              f"{r['popup']:>8.3f} {r.get('filter', float('nan')):>8.3f}")
    for n in args.sizes:
        pair = {r["map"]: r for r in rows if r["n"] == n}
        if len(pair) == 2:
            ours, plain = pair["ours"], pair["folium"]
            print(f"{n:>9,}: folium/ours build {plain['build_s'] / ours['build_s']:.1f}x, HTML "
                  f"{plain['html_mb'] / ours['html_mb']:.1f}x, clusters visible {plain['clusters'] / ours['clusters']:.1f}x")


if __name__ == "__main__":
    main()
