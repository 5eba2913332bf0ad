"""GeoJSON layers (RFC 7946) and the HTML the map and source pages carry."""

from __future__ import annotations

import json
import re

import geopandas as gpd
import pytest

from geo.map import render
from geo.incidents import Incident
from geo.map.layers import incidents_geojson, point
from geo.map.payload import encode

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


def page_data(html: str) -> dict:
    """The JSON data a built map page carries."""
    [data] = re.findall(r'<script type="application/json" id="incident-data">(.*?)</script>', html, re.S)
    return json.loads(data)


def test_the_quote_keeps_the_place_offsets_and_links_the_sentence_page():
    data = encode([incident()], [], {"a.txt": "A story"})
    [[doc, sentence, start, end, anchor]] = data["quotes"]["0"]
    text = data["strings"][sentence]
    assert text[start:end] == "Iron Market" and text == "Gunmen attacked the Iron Market."
    assert data["docs"][doc] == {"title": "A story", "page": "sources/a.txt.html", "url": None, "raw": None}
    assert anchor == "s0"


def test_the_map_ships_each_incident_once_in_columns():
    incidents = [incident(id=f"inc-{n}", lat=18.5 + n / 1000, place="Iron Market") for n in range(50)]
    page = render.map_html(render.build_map(incidents, [], {"a.txt": "A"}), "t")
    data = page_data(page)
    assert data["incidents"]["id"] == [f"inc-{n}" for n in range(50)]
    assert data["strings"].count("Iron Market") == 1  # repeated strings are stored once
    assert data["incidents"]["day"][0] == 19785  # 2024-03-03 as days since 1970, for the time filter
    assert page.count("Gunmen attacked the Iron Market.") == 1


@pytest.mark.parametrize("hostile", ["</script><script>alert(1)</script>", "`${alert(1)}`", "\\`\"'",
                                     "<img src=x onerror=alert(1)>", "<!--", "]]>"])
def test_document_text_cannot_break_out_of_the_page_script(hostile):
    sentence = f"Gunmen attacked the Iron Market. {hostile}"
    quotes = ({"doc": "a.txt", "sentence": sentence, "start": 0, "end": len(sentence), "anchor": "s0",
               "place_text": "Iron Market", "place_start": 20, "place_end": 31},)
    bad = incident(quotes=quotes, title=hostile, place=hostile, event_type=hostile, notes=hostile)
    page = render.map_html(render.build_map([bad], [], {"a.txt": hostile}), hostile)
    assert page.count("</script>") == page.count("<script")  # no text closes or opens a script
    [raw] = re.findall(r'id="incident-data">(.*?)</script>', page, re.S)
    assert "<" not in raw and ">" not in raw  # even tags are \\u003c in the data
    data = json.loads(raw)  # the data is intact JSON: no string was left early
    assert sentence in data["strings"] and hostile in data["strings"]
    assert data["types"][0]["name"] == hostile


@pytest.mark.parametrize("url, clickable", [
    ("https://example.org/a", True), ("http://example.org/a", True),
    ("javascript:alert(1)", False), ("data:text/html,x", False), ("ftp://example.org", False), ("//evil", False),
])
def test_only_http_and_https_links_are_clickable(url, clickable):
    data = encode([incident(sources=({"doc": "a.txt", "title": "A", "url": url, "date": None},))], [], {})
    [doc] = data["docs"]
    assert (doc["url"] == url) is clickable
    assert doc["raw"] == (None if clickable else url)  # shown as text, never followed
    assert (render.safe_url(url) is not None) is clickable


def test_approximate_incidents_get_one_area_per_place():
    city = dict(precision="locality", place="Port-au-Prince", place_id="ppx")
    data = encode([incident(id="a", **city), incident(id="b", **city),
                   incident(id="c", precision="country", place="Haiti", place_id="HT", country="HT"),
                   incident(id="d")], [], {}, country_code=render.country_code)
    assert data["incidents"]["area"] == [0, 0, 1, -1]
    assert [(a["radius"], a["country"]) for a in data["areas"]] == [(4000, None), (50000, "HT")]
    assert data["precisions"][data["areas"][0]["prec"]]["label"] == "city"


def test_country_outlines_are_shipped_for_the_basemap():
    outlines = render.country_outlines()
    codes = {f["properties"]["iso2"] for f in outlines["features"]}
    assert {"HT", "DO", "KE", "FR"} <= codes
    haiti = next(f for f in outlines["features"] if f["properties"]["iso2"] == "HT")
    assert haiti["geometry"]["type"] in ("Polygon", "MultiPolygon")
