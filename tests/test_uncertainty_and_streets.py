"""How sure each coordinate is, and numbered streets such as "Delmas 33".

The anchors file ``tests/data/delmas-anchors.csv`` is made up for these
tests (see tests/data/README.md); the interpolated points below are checked
by hand against it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from geopy.distance import distance

from geo.cli import main
from geo.errors import GazetteerError
from geo.places.gazetteer import Gazetteer, load_default, read_pack, shipped_packs
from geo.places.locate import locate
from geo.places.streets import is_anchor_file, read_anchors

DATA = Path(__file__).parent / "data"
ANCHORS = DATA / "delmas-anchors.csv"


@pytest.fixture(scope="module")
def pap():
    """The shipped Port-au-Prince pack with the test anchors only, so that
    shipped anchors (if any) do not move the points checked here."""
    [(name, text)] = [(n, t) for n, t in shipped_packs() if n == "port-au-prince.csv"]
    gazetteer = Gazetteer(read_pack(Path(name), text=text, pack=name))
    gazetteer.add_streets(read_anchors(ANCHORS))
    return gazetteer


def write(tmp_path, text: str) -> Path:
    path = tmp_path / "pack.gazetteer.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_shipped_pack_is_loaded(tmp_path):
    gazetteer = load_default(world=False)
    for name, text in shipped_packs():
        header = next(csv.reader([text.splitlines()[0]]))
        if is_anchor_file(header):
            continue
        rows = read_pack(Path(name), text=text)
        assert rows and all(gazetteer.get(row.id) is not None for row in rows), name


def test_a_stated_uncertainty_is_kept_and_a_missing_one_follows_kind_and_source(tmp_path):
    pack = write(tmp_path, "name,aliases,kind,lat,lon,country,source,uncertainty_m\n"
                           "Pharmacie A,,hospital,18.5,-72.3,HT,osm:node/1,25\n"
                           "Pharmacie B,,hospital,18.5,-72.3,HT,osm:node/2,\n"
                           "Pharmacie C,,hospital,18.5,-72.3,HT,approx:manual,\n"
                           "Bel Air,,neighbourhood,18.5,-72.3,HT,approx:manual,\n")
    a, b, c, bel_air = read_pack(pack)
    assert (a.uncertainty_m, b.uncertainty_m, c.uncertainty_m, bel_air.uncertainty_m) == (25, 50, 300, 1500)


def test_a_pack_without_the_column_gets_the_defaults(tmp_path):
    pack = write(tmp_path, "name,aliases,kind,lat,lon,country,source\nJacmel,,city,18.23,-72.53,HT,geonames:1\n")
    assert read_pack(pack)[0].uncertainty_m == 4000


@pytest.mark.parametrize("value, problem", [
    ("near", "'near' is not a number of metres"),
    ("-5", "'-5' is not a distance in metres between 0 and 10,000 km"),
])
def test_a_bad_uncertainty_names_file_line_and_column(tmp_path, value, problem):
    pack = write(tmp_path, f"name,kind,lat,lon,uncertainty_m\nA,police,18.5,-72.3,{value}\n")
    with pytest.raises(GazetteerError) as error:
        read_pack(pack)
    assert str(error.value) == f"{pack}:2: uncertainty_m: {problem}"


def test_the_incident_layer_carries_each_place_uncertainty(seed_incidents):
    gazetteer = load_default(world=False)
    for feature in seed_incidents["features"]:
        props = feature["properties"]
        entry = gazetteer.get(props["place_id"])
        if entry is not None:
            assert props["uncertainty_m"] == round(entry.uncertainty_m)
        assert isinstance(props["uncertainty_m"], int) and props["uncertainty_m"] > 0


@pytest.mark.parametrize("spelling", ["Delmas 33", "rue Delmas 33", "Delmas 33 road", "Dèlma 33", "DELMAS-33"])
def test_a_numbered_street_lies_between_the_anchors_of_its_road(pap, spelling):
    found = locate(spelling, pap)
    street = found.entry
    assert (street.name, street.kind, street.precision, street.country) == ("Delmas 33", "road", "neighbourhood", "HT")
    # 33 is 2/44 of the way from Delmas 31 (18.54, -72.30) to Delmas 75 (18.53, -72.29).
    assert distance((street.lat, street.lon), (18.539545, -72.299545)).m < 2
    # The larger anchor's 300 m, plus a quarter of the 1.5 km between the two anchors.
    assert street.uncertainty_m == 300 + round(0.25 * distance((18.54, -72.30), (18.53, -72.29)).m)
    assert street.source == "interpolated:test:anchor-31 approx:manual"
    assert found.reason == "numbered street interpolated between the anchors Delmas 31 and Delmas 75"


def test_a_number_is_placed_between_anchors_of_its_own_side_of_the_road():
    # odd numbers branch off one side of the Route de Delmas, even ones the other: Delmas 18 is
    # between Delmas 4 and Delmas 20, across the road from the odd Delmas 19 above it
    [(name, text)] = [(n, t) for n, t in shipped_packs() if n == "port-au-prince.csv"]
    gazetteer = Gazetteer(read_pack(Path(name), text=text, pack=name))
    gazetteer.add_streets(read_anchors("anchors.csv", text=(
        "road,number,lat,lon,source,uncertainty_m\n"
        "Delmas,4,18.55230,-72.33260,test:4,500\nDelmas,9,18.55498,-72.31858,test:9,300\n"
        "Delmas,19,18.56204,-72.31275,test:19,500\nDelmas,20,18.54964,-72.32205,test:20,500\n")))
    street = locate("Delmas 18", gazetteer).entry
    # 14/16 of the way from Delmas 4 to Delmas 20
    assert distance((street.lat, street.lon), (18.54997, -72.32337)).m < 5
    assert street.source == "interpolated:test:4 test:20"
    street = locate("Delmas 15", gazetteer).entry  # odd, between the odd 9 and 19
    assert street.source == "interpolated:test:9 test:19"


def test_an_anchored_number_is_the_anchor_itself(pap):
    street = locate("Delmas 31", pap).entry
    assert (street.lat, street.lon, street.uncertainty_m, street.source) == (18.54, -72.30, 80, "test:anchor-31")


@pytest.mark.parametrize("query, why", [
    ("Delmas 120", "Delmas 120 is outside the anchors of Delmas (2-75); placed at Delmas itself"),
    ("Carrefour 4", "no anchors for the numbered streets of Carrefour; placed at Carrefour itself"),
])
def test_a_number_beyond_the_anchors_or_a_family_without_any_falls_back_to_the_place(pap, query, why):
    found = locate(query, pap)
    assert found.entry.id == locate(query.split()[0], pap).entry.id
    assert found.reason == why


def test_numbers_after_ordinary_words_are_not_streets(pap):
    assert locate("Apollo 11", pap).entry is None
    assert locate("Route 9", pap).entry is None


def test_with_the_shipped_data_delmas_33_is_never_nothing(capsys):
    assert main(["geocode", "Delmas 33", "--country", "HT"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith(("Delmas 33  18.", "Delmas  18.54478, -72.30036"))


def test_an_anchors_file_may_be_passed_like_a_pack(tmp_path):
    gazetteer = load_default([ANCHORS], world=False)
    assert locate("Delmas 33", gazetteer).entry.name == "Delmas 33"


def test_a_bad_anchor_names_file_line_and_column(tmp_path):
    path = tmp_path / "anchors.csv"
    path.write_text("road,number,lat,lon,source,uncertainty_m\nDelmas,33b,18.5,-72.3,osm:node/1,50\n",
                    encoding="utf-8")
    with pytest.raises(GazetteerError) as error:
        read_anchors(path)
    assert str(error.value) == f"{path}:2: number: '33b' is not a street number"
