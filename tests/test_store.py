"""The incident store in seeds/: idempotent adds, updates, atomic writes, and
builds that include added incidents."""

from __future__ import annotations

import json
import os

import pytest

from geo.table import store
from geo.errors import SeedError, StoreError
from geo.table.ingest import add_table
from geo.pipeline import build
from geo.storage import LOCK_NAME

from .csv_fixtures import ACLED, CLEAN, USHAHIDI, project, write


@pytest.fixture(autouse=True)
def _cache(monkeypatch, tmp_path_factory):
    monkeypatch.setenv("INCIDENT_MAPPER_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))


def test_adding_the_same_file_twice_adds_nothing(tmp_path):
    seeds = project(tmp_path)
    path = write(tmp_path, "acled.csv", ACLED)
    assert add_table(path, seeds).summary == "added 3, updated 0, unchanged 0, rejected 0"
    before = (seeds / "incidents.csv").read_bytes()
    assert add_table(path, seeds).summary == "added 0, updated 0, unchanged 3, rejected 0"
    assert (seeds / "incidents.csv").read_bytes() == before


def test_rows_without_an_id_are_keyed_by_their_content(tmp_path):
    seeds = project(tmp_path)
    path = write(tmp_path, "log.csv", "date,place,lat,lon\n2024-03-04,Market,18.54,-72.33\n2024-03-05,Port,18.55,-72.35\n")
    add_table(path, seeds)
    again = write(tmp_path, "copy.csv", "lat,lon,place,date\n18.54,-72.33,Market,2024-03-04\n")
    assert add_table(again, seeds).summary == "added 0, updated 0, unchanged 1, rejected 0"
    ids = list(store.load(store.store_path(seeds)))
    assert len(ids) == 2 and all(i.startswith("csv-") for i in ids)


def test_a_known_id_with_changed_fields_updates_that_incident(tmp_path):
    seeds = project(tmp_path)
    add_table(write(tmp_path, "acled.csv", ACLED), seeds)
    changed = ACLED.replace("gang members clashed with police.\",4,", "gang members clashed with police.\",6,")
    result = add_table(write(tmp_path, "acled.csv", changed), seeds)
    assert result.summary == "added 0, updated 1, unchanged 2, rejected 0"
    assert result.updated == ["HTI15001"]
    assert store.load(store.store_path(seeds))["HTI15001"].fatalities == 6


def test_store_is_normalised_sorted_and_utf8(tmp_path):
    seeds = project(tmp_path)
    add_table(write(tmp_path, "ushahidi.csv", USHAHIDI, encoding="cp1252", newline="\r\n"), seeds)
    add_table(write(tmp_path, "clean.csv", CLEAN, encoding="utf-8-sig"), seeds)
    text = (seeds / "incidents.csv").read_bytes().decode("utf-8")  # line endings inside cells as stored
    assert text.splitlines()[0] == ",".join(store.COLUMNS)
    assert list(store.load(seeds / "incidents.csv")) == ["4052", "4053", "pap-1", "pap-2", "pap-3"]
    # only the cells' own line breaks are kept (two in one note, one in the other)
    assert text.count("\r") == 3 and text.count("\r\n") == 3
    assert store.dump(store.load(seeds / "incidents.csv")) == text


def test_rows_record_the_precision_they_got(tmp_path):
    seeds = project(tmp_path)
    add_table(write(tmp_path, "acled.csv", ACLED), seeds)
    add_table(write(tmp_path, "clean.csv", CLEAN), seeds)
    rows = store.load(seeds / "incidents.csv")
    assert rows["HTI15001"].precision == "locality"  # geo_precision 1
    assert rows["HTI15002"].place_reason.startswith("near")  # geo_precision 2
    assert rows["HTI15003"].place_id == "ht-pap-delmas"  # geocoded with Haiti as context
    assert rows["pap-2"].precision == "locality" and rows["pap-2"].place_reason.startswith("geocoded 'Delmas'")
    assert rows["pap-1"].precision == "site"


def test_a_crash_while_writing_leaves_the_previous_store(tmp_path, monkeypatch):
    seeds = project(tmp_path)
    add_table(write(tmp_path, "clean.csv", CLEAN), seeds)
    before = (seeds / "incidents.csv").read_bytes()

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        add_table(write(tmp_path, "acled.csv", ACLED), seeds)
    assert (seeds / "incidents.csv").read_bytes() == before
    assert [p.name for p in seeds.iterdir() if p.name != LOCK_NAME] == ["incidents.csv"]  # no temporary file left


def test_a_bad_hand_edit_of_the_store_is_named(tmp_path):
    seeds = project(tmp_path)
    add_table(write(tmp_path, "clean.csv", CLEAN), seeds)
    path = seeds / "incidents.csv"
    path.write_text(path.read_text().replace(",18.58,", ",north,"), encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        store.load(path)
    assert str(caught.value) == f"{path}:4: lat: 'north' is not a number"


def test_removing_a_row_from_the_store_removes_the_incident(tmp_path):
    seeds = project(tmp_path)
    add_table(write(tmp_path, "clean.csv", CLEAN), seeds)
    path = seeds / "incidents.csv"
    path.write_text("\n".join(line for line in path.read_text().splitlines() if not line.startswith("pap-2,")) + "\n")
    assert list(store.load(path)) == ["pap-1", "pap-3"]


def test_build_includes_added_incidents_beside_documents(seed_build, tmp_path):
    project_dir, seed_result = seed_build
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for doc in (project_dir / "seeds").iterdir():
        (seeds / doc.name).write_bytes(doc.read_bytes())
    add_table(write(tmp_path, "clean.csv", CLEAN), seeds)
    result = build(seeds, tmp_path / "layers", tmp_path / "output")
    assert result.table_incidents == 3
    assert len(result.incidents) == len(seed_result.incidents) + 3
    layer = json.loads((tmp_path / "layers" / "incidents.geojson").read_text())
    origins = {f["id"]: f["properties"]["origin"] for f in layer["features"]}
    assert origins["pap-1"] == "csv" and list(origins.values()).count("text") == len(seed_result.incidents)


def test_a_seeds_folder_with_only_the_store_builds(tmp_path):
    seeds = project(tmp_path)
    add_table(write(tmp_path, "clean.csv", CLEAN), seeds)
    result = build(seeds, tmp_path / "layers", tmp_path / "output")
    assert (result.documents, len(result.incidents)) == (0, 3)
    assert (tmp_path / "output" / "map.html").exists()


def test_a_seeds_folder_with_neither_documents_nor_store_is_an_error(tmp_path):
    seeds = project(tmp_path)
    with pytest.raises(SeedError) as caught:
        build(seeds, tmp_path / "layers", tmp_path / "output")
    assert str(caught.value) == f"{seeds}: no documents (.txt or .md files) in the seeds folder"
