"""Exports: RFC 7946 GeoJSON checked by a schema and read back by geopandas,
ACLED-style CSV safe from formula injection, GeoPackage, KML, filters, and
the round trip CSV → add → same incidents."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import geopandas as gpd
import pytest

from geo.errors import ExportError
from geo.table.export import export, make_filters, neutralise, read_layer
from geo.table.ingest import add_table
from geo.pipeline import build

from .csv_fixtures import ACLED, CLEAN, project, write

jsonschema = pytest.importorskip("jsonschema")

#: The parts of RFC 7946 our layers use: a FeatureCollection of Point
#: features, positions [lon, lat] in range, no "crs" member (§4).
POSITION = {"type": "array", "minItems": 2, "maxItems": 3,
            "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180},
                            {"type": "number", "minimum": -90, "maximum": 90}]}
GEOJSON_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object", "required": ["type", "features"], "not": {"required": ["crs"]},
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object", "required": ["type", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "id": {"type": ["string", "number"]},
                "geometry": {"type": "object", "required": ["type", "coordinates"],
                             "properties": {"type": {"const": "Point"}, "coordinates": POSITION}},
                "properties": {"type": ["object", "null"]},
            }}},
    },
}

NASTY = """id,date,place,latitude,longitude,event_type,notes,source,fatalities
n-1,2024-03-07,=HYPERLINK("http://evil"),18.5,-72.34,Riots,"@SUM(1+1)",+33 news,2
n-2,2024-03-08,Cité Soleil,18.58,-72.33,Battles,-minus start,Tabbed,
"""


@pytest.fixture(autouse=True)
def _cache(monkeypatch, tmp_path_factory):
    monkeypatch.setenv("INCIDENT_MAPPER_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture
def built(tmp_path):
    seeds = project(tmp_path)
    for name, text in (("clean.csv", CLEAN), ("acled.csv", ACLED), ("nasty.csv", NASTY)):
        add_table(write(tmp_path, name, text), seeds)
    build(seeds, tmp_path / "layers", tmp_path / "output")
    return tmp_path, read_layer(tmp_path / "layers", seeds)


def test_geojson_is_rfc7946_and_reads_back(built):
    root, features = built
    out = root / "out.geojson"
    assert export("geojson", out, features) == 8
    data = json.loads(out.read_text())
    jsonschema.validate(data, GEOJSON_SCHEMA)
    frame = gpd.read_file(out)
    assert len(frame) == 8 and frame.crs.to_epsg() == 4326
    row = frame.set_index("id").loc["pap-1"]
    assert (round(row.geometry.y, 4), round(row.geometry.x, 4)) == (18.5413, -72.341)


def test_csv_uses_acled_columns_and_neutralises_formulas(built):
    root, features = built
    out = root / "out.csv"
    export("csv", out, features)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out.read_text()))}
    assert list(rows["n-1"])[:5] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type"]
    assert rows["n-1"]["location"] == "'=HYPERLINK(\"http://evil\")"
    assert rows["n-1"]["notes"] == "'@SUM(1+1)" and rows["n-1"]["source"] == "'+33 news"
    assert rows["n-2"]["notes"] == "'-minus start"
    assert (neutralise("\tcmd"), neutralise("\rcmd"), neutralise("plain -1")) == ("'\tcmd", "'\rcmd", "plain -1")
    assert rows["n-1"]["longitude"] == "-72.34" and rows["n-1"]["fatalities"] == "2"
    assert rows["HTI15002"]["geo_precision"] == "2" and rows["HTI15003"]["geo_precision"] == "1"
    assert rows["HTI15001"]["country"] == "Haiti" and rows["HTI15001"]["country_code"] == "HT"


def test_geopackage_opens_as_a_layer(built):
    root, features = built
    out = root / "out.gpkg"
    export("gpkg", out, features)
    frame = gpd.read_file(out, layer="incidents")
    assert len(frame) == 8 and frame.crs.to_epsg() == 4326
    assert set(frame["event_id_cnty"]) >= {"HTI15001", "pap-1"}


def test_kml_has_name_and_description(built):
    root, features = built
    out = root / "out.kml"
    export("kml", out, features, make_filters(["Battles"]))
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    placemarks = ET.parse(out).getroot().findall(".//k:Placemark", ns)
    names = sorted(p.find("k:name", ns).text for p in placemarks)
    assert names == ["Armed clash: National Penitentiary", "Armed clash: Port-au-Prince", "Battles: Cité Soleil"]
    description = next(p.find("k:description", ns).text for p in placemarks
                       if p.find("k:name", ns).text.endswith("Penitentiary"))
    assert 'Gangs stormed the prison; "thousands" escaped' in description and "fatalities: 12" in description


@pytest.mark.parametrize("types, since, until, expected", [
    (["Battles"], None, None, {"pap-1", "HTI15001", "n-2"}),
    (["battles", "Riots"], None, None, {"pap-1", "HTI15001", "n-2", "pap-2", "n-1"}),
    ([], "2024-03-05", "2024-03-06", {"pap-3", "HTI15002", "HTI15003"}),
    (["Protests"], "2024-03-06", None, set()),
])
def test_filters_select_exactly(built, types, since, until, expected):
    root, features = built
    out = root / "f.geojson"
    assert export("geojson", out, features, make_filters(types, since, until)) == len(expected)
    assert {f["id"] for f in json.loads(out.read_text())["features"]} == expected


def test_filter_and_layer_errors(tmp_path):
    with pytest.raises(ExportError, match=r"^--since: 'last week' is not a date; write it as YYYY-MM-DD$"):
        make_filters([], "last week")
    with pytest.raises(ExportError, match=r"^--since 2024-03-09 is after --until 2024-03-01; nothing could match$"):
        make_filters([], "2024-03-09", "2024-03-01")
    with pytest.raises(ExportError) as caught:
        read_layer(tmp_path / "layers")
    assert str(caught.value) == f"{tmp_path / 'layers' / 'incidents.geojson'}: no incident layer to export; " \
                                "run `incident-map build` first"


def test_round_trip_csv_export_into_an_empty_project(built, seed_build, tmp_path_factory):
    """Text and table incidents exported as CSV come back the same when added
    into an empty project."""
    root, features = built
    project_dir, _ = seed_build
    features = features + read_layer(project_dir / "layers")
    out = root / "all.csv"
    export("csv", out, features)
    fresh = tmp_path_factory.mktemp("fresh")
    seeds = project(fresh)
    result = add_table(out, seeds)
    assert not result.rejected and len(result.added) == len(features)
    build(seeds, fresh / "layers", fresh / "output")
    back = {f["id"]: f for f in read_layer(fresh / "layers")}
    keys = ("title", "event_type", "sub_event_type", "date", "time_precision", "place", "precision", "country",
            "fatalities")
    for feature in features:
        again = back[feature["id"]]
        assert again["geometry"] == feature["geometry"]
        assert {k: again["properties"][k] for k in keys} == {k: feature["properties"][k] for k in keys}
        if feature["properties"]["origin"] == "csv":
            assert again["properties"]["notes"] == feature["properties"]["notes"]
    assert add_table(out, seeds).summary == f"added 0, updated 0, unchanged {len(features)}, rejected 0"
