"""The regions pack: islands, historical regions and districts that news names as places.

``geo/data/gazetteer/world-regions.csv`` holds places that are no first-level
unit of GeoNames but that conflict reporting uses as the place of an event
(Mindanao, Darfur, the Beqaa Valley, Swat, Burkina Faso's provinces,
Cameroon's divisions). The first tests check the pack's rules; the others run
short stories of our own through the whole pipeline.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest
from geopy.distance import great_circle

from geo.pipeline import process_document
from geo.places import names
from geo.text.documents import Document

DATA = Path(__file__).resolve().parents[1] / "geo" / "data"
PACK = DATA / "gazetteer" / "world-regions.csv"
HEADER = ["id", "name", "kind", "roles", "lat", "lon", "country", "admin1", "locality", "aliases_en", "aliases_fr",
          "aliases_ht", "source", "uncertainty_m", "countries", "parts"]
SOURCE = re.compile(r"wikipedia:([a-z]{2,6}:)?\S+|geonames:\d+|(geonames:\d+\+)+geonames:\d+ \(.+\)"
                    r"|geonames-admin1:[A-Z]{2}\.\w+(\+[A-Z]{2}\.\w+)* \(median of \d+ places\)")


def rows() -> list[dict[str, str]]:
    with PACK.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def iso2() -> set[str]:
    with (DATA / "countries.csv").open(encoding="utf-8", newline="") as handle:
        return {row["iso2"] for row in csv.DictReader(handle)}


def split(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


def test_the_pack_has_its_layout_one_kind_and_well_formed_unique_ids():
    with PACK.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == HEADER
    found = rows()
    assert len(found) >= 60
    ids = [row["id"] for row in found]
    assert len(ids) == len(set(ids))
    for row in found:
        assert row["kind"] == "region", row["id"]
        assert re.fullmatch(r"[a-z]{2}-region-[a-z0-9]+", row["id"]), row["id"]
        assert row["id"].startswith(row["country"].lower() + "-"), row["id"]


def test_every_point_is_sourced_and_its_radius_covers_a_region():
    for row in rows():
        assert SOURCE.fullmatch(row["source"]), (row["id"], row["source"])
        assert 3_000 <= int(row["uncertainty_m"]) <= 600_000, row["id"]
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


def test_countries_are_iso_codes_and_include_the_row_s_own():
    codes = iso2()
    for row in rows():
        assert row["country"] in codes, row["id"]
        spans = split(row["countries"])
        assert all(c in codes for c in spans), row["id"]
        assert not spans or row["country"] in spans, row["id"]


def test_a_name_or_alias_belongs_to_one_row_and_is_never_a_bare_common_word():
    seen: dict[str, str] = {}
    common = {"north", "south", "east", "west", "central", "nord", "sud", "est", "ouest", "centre", "valley",
              "bui", "momo", "meme", "bannu", "gwadar", "tank", "bam"}

    for row in rows():
        strings = [row["name"], *split(row["aliases_en"]), *split(row["aliases_fr"]), *split(row["aliases_ht"])]
        keys = [names.key(s) for s in strings]
        assert len(keys) == len(set(keys)), (row["id"], strings)
        for key in keys:
            assert key not in common, (row["id"], key)
            assert seen.setdefault(key, row["id"]) == row["id"], (key, row["id"], seen[key])


def test_the_parts_of_a_region_are_first_level_units_of_its_countries(gazetteer):
    world = gazetteer.world
    for row in rows():
        for part in split(row["parts"]):
            found = {country for country, _code, name, _flags in world.regions(names.key(part)) if name == part}
            assert found & (set(split(row["countries"])) or {row["country"]}), (row["id"], part)


def test_a_region_s_point_lies_among_its_parts(gazetteer):
    """Mindanao's Wikipedia point lies within its radius of the median point of its regions."""
    for row in rows():
        parts = split(row["parts"])
        if not parts:
            continue
        points = [gazetteer.lookup(p) for p in parts]
        admin1 = [e for found in points for e in found if e.kind == "admin1" and e.name in parts]
        assert admin1, row["id"]
        for entry in admin1:
            assert great_circle((float(row["lat"]), float(row["lon"])), (entry.lat, entry.lon)).km * 1000 \
                <= int(row["uncertainty_m"]) + entry.uncertainty_m, (row["id"], entry.name)


# -- stories -----------------------------------------------------------------

def incidents(gazetteer, body: str, language: str = "en"):
    doc = Document(doc="t.txt", path=None, title="t", date=dt.date(2024, 6, 3), url=None,
                   language=language, body=body)
    return process_document(doc, gazetteer).incidents


def places(gazetteer, body: str, language: str = "en") -> dict[str, tuple[float, float, str]]:
    return {i.place: (i.lat, i.lon, i.precision) for i in incidents(gazetteer, body, language)}


def km(a, b) -> float:
    return great_circle(a[:2], b[:2]).km


def test_martial_law_over_mindanao_is_a_region_level_incident_in_mindanao(gazetteer):
    found = places(gazetteer, "President Rodrigo Duterte declared martial law over Mindanao on Tuesday after "
                              "gunmen laid siege to a southern city.")
    assert "Mindanao" in found
    assert found["Mindanao"][2] == "region"
    assert km(found["Mindanao"], (8.0, 125.0)) < 1


def test_fighting_in_south_kivu_in_english_and_in_french(gazetteer):
    english = places(gazetteer, "Heavy fighting in South Kivu killed at least 20 people on Sunday, Congolese "
                                "officials said.")
    french = places(gazetteer, "De violents combats au Sud-Kivu ont fait au moins 20 morts dimanche, selon les "
                               "autorités congolaises.", language="fr")
    (e,), (f,) = english.values(), french.values()
    assert e[2] == f[2] == "region"
    assert km(e, f) < 1
    assert -4 < e[0] < -1 and 27 < e[1] < 30


def test_french_and_iso_names_of_sudan_s_and_cameroon_s_regions(gazetteer):
    for body, language, lat, lon in (
            ("Les combats se poursuivent au Darfour-Nord, où l'armée soudanaise a perdu une base mardi.", "fr",
             13.65, 25.35),
            ("Fighting continued in North Darfur, where the Sudanese army lost a base on Tuesday.", "en", 13.65, 25.35),
            ("Des combattants de Boko Haram ont attaqué un village de l'Extrême-Nord du Cameroun jeudi, tuant "
             "cinq civils.", "fr", 10.74, 14.45)):
        found = places(gazetteer, body, language)
        (point,) = found.values()
        assert point[2] == "region" and km(point, (lat, lon)) < 5, (body, found)


def test_darfur_and_its_french_name_land_in_western_sudan(gazetteer):
    for body, language in (("Militiamen attacked villages across Darfur on Friday, killing dozens, Sudanese "
                            "activists said.", "en"),
                           ("Des miliciens ont attaqué des villages du Darfour vendredi, tuant des dizaines de "
                            "personnes, selon des militants soudanais.", "fr")):
        found = places(gazetteer, body, language)
        assert [name for name in found] == ["Darfur"], found
        lat, lon, precision = found["Darfur"]
        assert precision == "region" and 10 < lat < 16 and 22 < lon < 27


def test_a_town_named_inside_a_region_is_the_site_not_the_region(gazetteer):
    found = places(gazetteer, "Gunmen attacked a market in Mingora, in Pakistan's Swat valley, on Monday, "
                              "killing four people.")
    (point,) = found.values()
    assert point[2] == "locality" and km(point, (34.7795, 72.36265)) < 1  # geonames:1170395, Mingora


def test_a_district_named_like_its_town_keeps_the_town(gazetteer):
    found = places(gazetteer, "A bomb exploded near a police checkpoint in Bannu, in Pakistan's Khyber "
                              "Pakhtunkhwa province, on Sunday, killing two officers.")
    (point,) = found.values()
    assert point[2] == "locality" and km(point, (32.98527, 70.60403)) < 1  # geonames:1183460, Bannu town


def test_a_man_named_khyber_is_no_place(gazetteer):
    found = places(gazetteer, "Police in Peshawar arrested a man named Khyber on Sunday after a shooting at a "
                              "wedding left two guests dead.")
    assert all(p != "region" for _lat, _lon, p in found.values()), found
    assert "Khyber District" not in found


def test_a_region_abroad_needs_its_country(gazetteer):
    """In a Haiti story, "Kivu" (a name only Congo's region bears) is not a site without Congo named."""
    found = places(gazetteer, "PORT-AU-PRINCE, Haiti (AP) — Gangs burned homes in Cabaret on Tuesday; a "
                              "Kivu-born aid worker said the violence was the worst she had seen.")
    assert "Kivu" not in found


def test_the_bekaa_valley_is_found_under_its_spellings(gazetteer):
    for spelling in ("Bekaa Valley", "Beqaa Valley", "Bekaa"):
        found = places(gazetteer, f"Israeli air strikes hit the {spelling} in eastern Lebanon overnight, "
                                  "killing three people, Lebanese officials said.")
        assert "Beqaa Valley" in found or "Bekaa" in found or spelling in found, (spelling, found)
        (point,) = found.values()
        assert km(point, (34.00889, 36.14528)) < 1


def test_la_gonave_is_haiti_s_island(gazetteer):
    found = places(gazetteer, "Des bandits armés ont attaqué un bateau au large de La Gonâve mardi, tuant "
                              "deux passagers, selon la police haïtienne.", language="fr")
    (point,) = found.values()
    assert km(point, (18.83333, -73.08333)) < 1


@pytest.mark.parametrize("name, lat, lon", [("Sinai", 29.0, 34.1), ("Donbas", 48.3, 38.0), ("Kashmir", 34.0, 74.7),
                                            ("Puntland", 11.3, 50.8), ("Bajaur", 34.7, 71.5)])
def test_names_that_used_to_find_a_far_namesake(gazetteer, name, lat, lon):
    (entry, *_) = [m.entry for m in gazetteer.search(name)]
    assert entry.kind == "region"
    assert km((entry.lat, entry.lon), (lat, lon)) < 30


# -- ISO 3166-2 and French names of first-level regions (geo.places.admin_names) -----------

def test_a_region_s_words_are_the_same_in_english_french_and_geonames():
    from geo.places.admin_names import tokens

    assert tokens("Sud-Kivu") == tokens("South Kivu") == tokens("Southern Kivu Province")
    assert tokens("North Darfur") == tokens("Northern Darfur") == tokens("Darfur Nord")
    assert tokens("Extrême-Nord") == tokens("Far North Region")
    assert tokens("North Kordofan") != tokens("South Kordofan")


def test_iso_names_are_tied_one_to_one_to_the_world_s_regions(gazetteer):
    import pycountry
    import sqlite3

    from geo.places.admin_names import matched, usable

    db = sqlite3.connect(f"file:{gazetteer.world.path}?mode=ro", uri=True)
    regions = {(c, k): n for c, k, n in db.execute("SELECT country, code, name FROM regions WHERE flags = 0")}
    db.close()
    ties = list(matched(regions, pycountry.subdivisions))
    found = {(alias, country): name for alias, country, _code, name in ties}
    assert found[("Sud-Kivu", "CD")] == "South Kivu"
    assert found[("North Darfur", "SD")] == "Northern Darfur"
    assert found[("Extrême-Nord", "CM")] == "Far North"
    assert found[("Nord-Ouest", "CM")] == "North-West"
    assert all(usable(alias) for alias, *_ in ties)
    # one region per alias within a country, and each alias is another name of its region
    per_key: dict[tuple[str, str], set[str]] = {}
    for alias, country, _code, name in ties:
        per_key.setdefault((names.key(alias), country), set()).add(name)
        assert names.key(alias) != names.key(name)
    assert all(len(regions_of) == 1 for regions_of in per_key.values()), per_key


def test_every_curated_alias_names_a_region_of_the_world_layer(gazetteer):
    import sqlite3

    db = sqlite3.connect(f"file:{gazetteer.world.path}?mode=ro", uri=True)
    known = {(c, n) for c, n in db.execute("SELECT country, name FROM regions WHERE flags = 0")}
    db.close()
    with (DATA / "admin1-aliases.csv").open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) >= 40
    for row in table:
        assert (row["country"], row["admin1"]) in known, row
        assert row["aliases_en"] or row["aliases_fr"], row
