"""``incident-map gazetteer import``: an OpenStreetMap extract as a pack.

``tests/data/small.osm`` is written by hand (see tests/data/README.md):
a police node with names in three languages, an unnamed police node, a
bakery, a neighbourhood node, a hospital drawn as a closed way, a bridge
drawn as a line (and a road tagged ``bridge=no``), and a prison drawn as a
multipolygon relation of two half rings.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geo.cli import main
from geo.errors import GazetteerError
from geo.places.gazetteer import load_default, read_pack
from geo.places.locate import locate
from geo.places.osm import import_osm

SMALL = Path(__file__).parent / "data" / "small.osm"


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    target = tmp_path_factory.mktemp("osm") / "small.gazetteer.csv"
    import_osm(SMALL, target)
    return target


def rows(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        return {row["name"]: row for row in csv.DictReader(handle)}


def test_named_features_of_incident_kinds_are_kept_and_nothing_else(pack):
    assert sorted((r["name"], r["kind"]) for r in rows(pack).values()) == [
        ("Commissariat Test", "police"), ("Hôpital Test", "hospital"), ("Pont Test", "bridge"),
        ("Prison Test", "prison"), ("Quartier Test", "neighbourhood")]


def test_each_row_records_its_osm_element_as_source(pack):
    found = rows(pack)
    assert {name: r["source"] for name, r in found.items()} == {
        "Commissariat Test": "osm:node/1", "Quartier Test": "osm:node/4", "Hôpital Test": "osm:way/10",
        "Pont Test": "osm:way/20", "Prison Test": "osm:relation/30"}


def test_aliases_come_from_other_name_tags(pack):
    found = rows(pack)
    assert found["Commissariat Test"]["aliases"] == ("Commissariat de Test|Komisarya Tès|Test Police Station|"
                                                     "Station Test")
    assert found["Hôpital Test"]["aliases"] == "Test Hospital"
    assert found["Quartier Test"]["aliases"] == "Ancien Quartier"
    assert found["Prison Test"]["aliases"] == "PT"


def test_ways_and_areas_get_a_point_inside_them_and_an_uncertainty_of_their_size(pack):
    found = rows(pack)
    hospital, prison, bridge = found["Hôpital Test"], found["Prison Test"], found["Pont Test"]
    assert 18.530 < float(hospital["lat"]) < 18.532 and -72.330 < float(hospital["lon"]) < -72.328
    assert 18.543 < float(prison["lat"]) < 18.544 and -72.342 < float(prison["lon"]) < -72.341
    assert (bridge["lat"], bridge["lon"]) == ("18.560000", "-72.349000")  # the middle of the line
    # Half the diagonal of a 0.002 x 0.002 degree box at 18.5 degrees north is about 153 m.
    assert hospital["uncertainty_m"] == "153"
    assert found["Commissariat Test"]["uncertainty_m"] == "25"
    assert found["Quartier Test"]["uncertainty_m"] == ""  # the default for a neighbourhood


def test_the_country_comes_from_the_coordinates(pack):
    assert {r["country"] for r in rows(pack).values()} == {"HT"}


def test_the_pack_is_used_like_any_other(pack):
    entries = read_pack(pack)
    assert {e.uncertainty_m for e in entries if e.name == "Quartier Test"} == {800}
    gazetteer = load_default([pack], world=False)
    found = locate("Komisarya Tès", gazetteer)
    assert (found.entry.name, found.entry.kind, found.entry.source) == ("Commissariat Test", "police", "osm:node/1")


def test_the_command_writes_the_pack_and_says_how_to_use_it(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["gazetteer", "import", str(SMALL)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["wrote 5 place(s) to small.gazetteer.csv: 1 bridge, 1 hospital, 1 neighbourhood, 1 police, "
                   "1 prison", "use it with --gazetteer small.gazetteer.csv, or copy it into seeds/ as "
                   "*.gazetteer.csv"]
    assert main(["gazetteer", "import", str(SMALL), "-o", "packs/mine.csv", "--country", "ht"]) == 0
    assert len(rows(tmp_path / "packs" / "mine.csv")) == 5


def test_a_file_that_is_not_osm_is_an_error_and_writes_nothing(tmp_path):
    bad = tmp_path / "notes.osm"
    bad.write_text("not xml at all", encoding="utf-8")
    with pytest.raises(GazetteerError) as error:
        import_osm(bad, tmp_path / "out.csv")
    assert str(error.value).startswith(f"{bad}: cannot read as OpenStreetMap data (")
    assert list(tmp_path.iterdir()) == [bad]


def test_a_missing_file_is_an_error(tmp_path, capsys):
    assert main(["gazetteer", "import", str(tmp_path / "none.osm.pbf")]) == 1
    assert capsys.readouterr().err == f"Error: {tmp_path / 'none.osm.pbf'}: no such OpenStreetMap file\n"
