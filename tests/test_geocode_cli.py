"""``incident-map geocode`` and the geocoding flags of ``build``."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from geopy.distance import distance

from geo.cli import main

from .conftest import SEEDS


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_geocode_prints_the_chosen_place_and_the_other_candidates(capsys):
    code, out, _ = run(capsys, "geocode", "Delmas")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == ("Delmas  18.54478, -72.30036  commune, precision locality, HT  source: geonames:3726786")
    assert lines[1] == "  why: from the shipped pack port-au-prince.csv"
    assert "Delmas  -26.14660, 28.68322  town, ZA, population 92046  source: geonames:1011031" in out


def test_geocode_json_is_one_object_with_candidates(capsys):
    code, out, _ = run(capsys, "geocode", "Delmas", "--country", "ZA", "--json")
    found = json.loads(out)
    assert code == 0
    assert {k: found[k] for k in ("name", "kind", "precision", "country", "source")} == {
        "name": "Delmas", "kind": "town", "precision": "locality", "country": "ZA", "source": "geonames:1011031"}
    assert distance((found["lat"], found["lon"]), (-26.1466, 28.68322)).km < 1
    assert found["candidates"] == []


def test_near_gives_context(capsys):
    _, out, _ = run(capsys, "geocode", "Delmas", "--near", "Johannesburg", "--json")
    found = json.loads(out)
    assert found["country"] == "ZA"
    assert [c["country"] for c in found["candidates"]] == ["HT"]


def test_codes_are_accepted_in_a_query(capsys):
    _, out, _ = run(capsys, "geocode", "PAP", "--json")
    assert json.loads(out)["name"] == "Toussaint Louverture International Airport"


def test_an_unknown_name_is_an_error_naming_the_reason(capsys):
    code, out, err = run(capsys, "geocode", "Qwxzzy")
    assert (code, out) == (1, "")
    assert err == "Error: no place for 'Qwxzzy' (not_found: no 'Qwxzzy' in the offline gazetteer)\n"


@pytest.mark.parametrize("argv, message", [
    (["geocode", "Kibumba", "--geocoder", "nominatim"],
     "Error: an online geocoder needs --user-agent naming your application and a contact, e.g. --user-agent "
     "'incident-map-ngo-x (ops@example.org)'; Nominatim's usage policy requires it\n"),
    (["geocode", "Kibumba", "--geocoder", "nominatim", "--user-agent", "Specify a custom user_agent"],
     "Error: --user-agent 'Specify a custom user_agent' is a sample from geopy's documentation; services such as "
     "Nominatim block sample agents because they identify no one. Name your application and a contact, "
     "e.g. 'incident-map-ngo-x (ops@example.org)'\n"),
    (["geocode", "Kibumba", "--geocoder", "nowhere-maps", "--user-agent", "incident-tests (t@example.org)"],
     "Error: unknown geocoding service 'nowhere-maps'; use a geopy service name such as nominatim, photon or "
     "arcgis\n"),
])
def test_online_flags_are_checked_before_any_request(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (1, "", message)


def test_build_takes_a_user_pack(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    for doc in SEEDS.glob("*.txt"):
        (tmp_path / "seeds" / doc.name).write_text(doc.read_text(encoding="utf-8"), encoding="utf-8")
    pack = tmp_path / "prison.csv"
    pack.write_text("name,aliases,kind,lat,lon,country,source\n"
                    "National Penitentiary,,prison,18.54000,-72.34000,HT,osm:way/1\n", encoding="utf-8")
    assert run(capsys, "build", "--gazetteer", str(pack))[0] == 0
    features = json.loads((tmp_path / "layers" / "incidents.geojson").read_text())["features"]
    prison = next(f for f in features if f["properties"]["place"] == "National Penitentiary")
    assert prison["geometry"]["coordinates"] == [-72.34, 18.54]
    assert prison["properties"]["place_source"] == "osm:way/1"


def test_geocode_as_a_whole_process_loads_no_heavy_library(private_cache):
    code = ("import sys; from geo.cli import main; main(['geocode', 'Port-au-Prince']); "
            "print(sorted(m for m in ('folium', 'pandas', 'geopandas') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "INCIDENT_MAPPER_CACHE": str(private_cache)})
    assert done.stdout.splitlines()[0].startswith("Port-au-Prince  18.54349, -72.33881  city")
    assert done.stdout.splitlines()[-1] == "[]"
