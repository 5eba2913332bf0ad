"""GeoJSON layers (RFC 7946) and the HTML the map and source pages carry."""

from __future__ import annotations

import json
import re

import geopandas as gpd
import pytest

from geo.map import render
from geo.incidents import Incident
from geo.map.layers import incidents_geojson, point

REQUIRED = {"id", "title", "event_type", "sub_event_type", "date", "time_precision", "place", "place_kind",
            "precision", "fatalities", "fatalities_text", "sources", "quotes"}


def test_points_are_lon_lat_in_that_order():
    assert point(lat=18.5435, lon=-72.3418) == {"type": "Point", "coordinates": [-72.3418, 18.5435]}


def test_incident_layer_is_rfc7946(seed_build):
    project, _ = seed_build
    collection = json.loads((project / "layers" / "incidents.geojson").read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert "crs" not in collection
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert REQUIRED <= set(feature["properties"])
        assert feature["properties"]["precision"] in {"site", "neighbourhood", "locality", "region", "country"}
        for quote in feature["properties"]["quotes"]:
            assert set(quote) >= {"doc", "sentence", "start", "end"}


def test_layers_read_back_with_geopandas_in_wgs84(seed_build):
    project, _ = seed_build
    frame = gpd.read_file(project / "layers" / "incidents.geojson")
    assert frame.crs.to_epsg() == 4326
    assert len(frame) == 5
    prison = frame[frame.place_kind == "prison"].iloc[0]
    assert prison.geometry.x == pytest.approx(-72.3418, abs=0.01)
    assert prison.geometry.y == pytest.approx(18.5435, abs=0.01)


def test_an_empty_layer_is_still_a_valid_feature_collection():
    assert json.loads(incidents_geojson([])) == {"type": "FeatureCollection", "features": []}


def incident(**changes) -> Incident:
    values = dict(id="inc-1", title="Attack: Market", event_type="Violence against civilians",
                  sub_event_type="Attack", date="2024-03-03", time_precision=1, place="Iron Market",
                  place_id="x", place_kind="market", precision="site", lat=18.5, lon=-72.3, country="HT",
                  fatalities=None, fatalities_text=None,
                  sources=({"doc": "a.txt", "title": "A", "url": None, "date": None},),
                  quotes=({"doc": "a.txt", "sentence": "Gunmen attacked the Iron Market.", "start": 0, "end": 32,
                           "anchor": "s0", "place_text": "Iron Market", "place_start": 20, "place_end": 31},))
    values.update(changes)
    return Incident(**values)


def test_popup_highlights_the_place_and_links_the_sentence():
    html = render.popup_html(incident(), {"a.txt": "A story"})
    assert "Gunmen attacked the <mark>Iron Market</mark>." in html
    assert 'href="sources/a.txt.html#s0"' in html


@pytest.mark.parametrize("hostile", ["</script><script>alert(1)</script>", "`${alert(1)}`", "\\`\"'",
                                     "<img src=x onerror=alert(1)>", "<!--", "]]>"])
def test_document_text_cannot_break_out_of_the_page_script(hostile):
    sentence = f"Gunmen attacked the Iron Market. {hostile}"
    quotes = ({"doc": "a.txt", "sentence": sentence, "start": 0, "end": len(sentence), "anchor": "s0",
               "place_text": "Iron Market", "place_start": 20, "place_end": 31},)
    bad = incident(quotes=quotes, title=hostile, place=hostile)
    popup = render.popup_html(bad, {"a.txt": hostile})
    assert "<script" not in popup and "<img" not in popup  # escaped as HTML
    page = render.map_html(render.build_map([bad], [], {"a.txt": hostile}), hostile)
    assert page.count("</script>") == page.count("<script")  # no text closes or opens a script
    [data] = re.findall(r"(\[\{.*?\}\])\.forEach", page)
    [feature] = json.loads(data)  # the data array is intact JSON: no string was left early
    assert feature["popup"] == popup
    assert "<" not in data and ">" not in data  # even escaped HTML tags are \\u003c in the script


@pytest.mark.parametrize("url, clickable", [
    ("https://example.org/a", True), ("http://example.org/a", True),
    ("javascript:alert(1)", False), ("data:text/html,x", False), ("ftp://example.org", False), ("//evil", False),
])
def test_only_http_and_https_links_are_clickable(url, clickable):
    html = render.popup_html(incident(sources=({"doc": "a.txt", "title": "A", "url": url, "date": None},)), {})
    assert ('class="original-link"' in html) is clickable
    assert (render.safe_url(url) is not None) is clickable


def test_approximate_incidents_say_so_in_the_popup():
    html = render.popup_html(incident(precision="locality", place="Port-au-Prince"), {})
    assert "approximate: city" in html
