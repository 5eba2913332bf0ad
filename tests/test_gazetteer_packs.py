"""Invariants of the shipped gazetteer packs (``geo/data/gazetteer``): the Haiti
packs, and the world landmarks pack at the end of this file.

These are data tests: they read the CSV files as a reviewer would and fail on
the mistakes that make a pack lie: a point outside Haiti or far from the town
it is said to be in, a source that names nothing, an estimate that claims to
be precise, two rows for one place, an alias that hides under another
language's column.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from pathlib import Path

import pytest

from geo.places import names

DATA = Path(__file__).resolve().parents[1] / "geo" / "data"
PACKS = DATA / "gazetteer"
STREETS = PACKS / "haiti-numbered-streets.csv"

HEADER = ["id", "name", "kind", "roles", "lat", "lon", "country", "admin1", "locality",
          "aliases_en", "aliases_fr", "aliases_ht", "source", "uncertainty_m"]
KINDS = {"prison", "airport", "stadium", "palace", "government", "port", "fuel_terminal", "hospital",
         "police", "university", "church", "market", "landmark", "road", "neighbourhood", "commune",
         "city", "department", "hotel", "court", "bridge", "junction", "airstrip", "school", "town",
         "village"}
AREAS = {"road", "neighbourhood", "commune", "city", "department", "town", "village"}
FACILITIES = KINDS - AREAS
DEPARTMENTS = {"Artibonite", "Centre", "Grand'Anse", "Nippes", "Nord", "Nord-Est", "Nord-Ouest",
               "Ouest", "Sud", "Sud-Est"}
ROLES = {"main", "national", "international", "capital"}
SOURCE_FORMS = [
    r"wikipedia:([a-z]{2}:)?\S+",
    r"osm:(node|way|relation)/\d+",
    r"wikidata:Q\d+",
    r"geonames:\d+",
    r"airportsdata:[A-Z0-9]{3,4}",
    r"logcluster:\S+",
    r"mspp-spa:(\d+|row-\d+)",
    r"kofaviv-2013:quartier/\d+",
    r"https?://\S+",
    r"approx:manual",
]
# Haiti, with its islands (La Tortue, La Gonâve, Île-à-Vache).
LAT_RANGE, LON_RANGE = (18.0, 20.1), (-74.5, -71.6)


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


WORLD = PACKS / "world-landmarks.csv"


REGIONS = PACKS / "world-regions.csv"  # its own rules: tests/test_world_regions.py
#: The regions pack's layout; its own rules: tests/test_world_units.py.
UNITS = PACKS / "world-units.csv"
#: Shares the header and is read with the others below (it holds no Haiti
#: row); its own rules: tests/test_world_quarters.py.
QUARTERS = PACKS / "world-quarters.csv"


def pack_files() -> list[Path]:
    """Every pack in the shared layout (the Haiti packs, the world landmarks
    and the world quarters packs)."""
    return sorted(p for p in PACKS.glob("*.csv") if p not in (STREETS, REGIONS, UNITS))


def haiti_rows() -> list[tuple[str, int, dict[str, str]]]:
    """``(file name, line, row)`` of every row of every Haiti pack."""
    found = []
    for path in pack_files():
        for line, row in enumerate(read(path), start=2):
            if row.get("country") == "HT":
                found.append((path.name, line, row))
    return found


ROWS = haiti_rows()


def where(name: str, line: int) -> str:
    return f"{name}:{line}"


def km(a: dict[str, str], b: dict[str, str]) -> float:
    """Great-circle distance between two rows, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (float(a["lat"]), float(a["lon"]), float(b["lat"]), float(b["lon"])))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def test_the_packs_ship_at_least_500_haitian_rows_in_the_shared_layout():
    assert len(ROWS) >= 500
    assert QUARTERS in pack_files() and all(row["country"] != "HT" for row in read(QUARTERS))
    for path in pack_files():
        with path.open(encoding="utf-8", newline="") as handle:
            assert next(csv.reader(handle)) == HEADER, path.name


def test_ids_are_unique_across_packs_and_well_formed():
    ids = Counter(row["id"] for _, _, row in ROWS)
    assert [i for i, n in ids.items() if n > 1] == []
    bad = [where(f, n) for f, n, row in ROWS if not re.fullmatch(r"ht-[a-z0-9]+(-[a-z0-9]+)*", row["id"])]
    assert bad == []


def test_one_place_one_row_name_and_kind_do_not_repeat():
    # The loader lets a row replace an earlier one of the same name and kind.
    seen: dict[tuple[str, str], str] = {}
    clashes = []
    for f, n, row in ROWS:
        k = (names.key(row["name"]), row["kind"])
        if k in seen:
            clashes.append(f"{where(f, n)} repeats {seen[k]}")
        seen.setdefault(k, where(f, n))
    assert clashes == []


def test_every_coordinate_is_inside_haiti():
    outside = [where(f, n) for f, n, row in ROWS
               if not (LAT_RANGE[0] <= float(row["lat"]) <= LAT_RANGE[1]
                       and LON_RANGE[0] <= float(row["lon"]) <= LON_RANGE[1])]
    assert outside == []


def test_kinds_departments_and_roles_use_the_vocabulary():
    assert [where(f, n) for f, n, row in ROWS if row["kind"] not in KINDS] == []
    assert [where(f, n) for f, n, row in ROWS if row["admin1"] not in DEPARTMENTS] == []
    bad_roles = [where(f, n) for f, n, row in ROWS
                 if not set(filter(None, row["roles"].split("|"))) <= ROLES]
    assert bad_roles == []


def test_all_ten_departments_are_present_and_sourced():
    departments = [row for _, _, row in ROWS if row["kind"] == "department"]
    assert sorted(row["admin1"] for row in departments) == sorted(DEPARTMENTS)
    assert all(row["source"] != "approx:manual" for row in departments)


def test_a_department_is_not_named_by_a_bare_compass_word():
    # "Nord", "Sud" or "Centre" alone is a direction in prose ("Nord-Kivu",
    # "au nord de"); the department is "Nord Department", "département du Nord".
    compass = {names.key(w) for w in ("Nord", "Sud", "Est", "Ouest", "Centre", "Nord-Est", "Nord-Ouest",
                                      "Sud-Est", "Sud-Ouest", "Nò", "Sid", "Lwès", "Sant", "Nòdwès", "Nòdès", "Sidès")}
    bare = [f"{row['id']}: {alias}" for _, _, row in ROWS if row["kind"] == "department"
            for alias in [row["name"], *"|".join(row[c] for c in ("aliases_en", "aliases_fr", "aliases_ht")).split("|")]
            if names.key(alias) in compass]
    assert bare == []


@pytest.mark.parametrize("kind, roles", [("airport", {"international", "main"}),
                                         ("stadium", {"national", "main"}),
                                         ("prison", {"main"})])
def test_exactly_one_main_facility_of_each_role(kind, roles):
    mains = [row["name"] for _, _, row in ROWS
             if row["kind"] == kind and roles <= set(row["roles"].split("|"))]
    assert len(mains) == 1, mains


def test_every_row_has_a_source_of_a_known_form():
    bad = [f"{where(f, n)}: {row['source']!r}" for f, n, row in ROWS
           if not any(re.fullmatch(form, row["source"]) for form in SOURCE_FORMS)]
    assert bad == []


def test_every_row_states_an_uncertainty_and_estimates_state_a_wide_one():
    problems = []
    for f, n, row in ROWS:
        value = row["uncertainty_m"]
        if not value.isdigit() or not 10 <= int(value) <= 50000:
            problems.append(f"{where(f, n)}: uncertainty_m {value!r}")
            continue
        if row["source"] == "approx:manual":
            floor = 1500 if row["kind"] == "neighbourhood" else 500 if row["kind"] in FACILITIES else 1000
            if int(value) < floor:
                problems.append(f"{where(f, n)}: estimate with uncertainty {value} < {floor}")
    assert problems == []


def test_aliases_are_clean_and_each_string_lives_in_one_column():
    problems = []
    for f, n, row in ROWS:
        name = row["name"].casefold()
        seen: dict[str, str] = {}
        for column in ("aliases_en", "aliases_fr", "aliases_ht"):
            value = row[column]
            items = value.split("|") if value else []
            if any(not item.strip() or item != item.strip() for item in items):
                problems.append(f"{where(f, n)}: empty or padded item in {column}")
            for item in items:
                k = item.casefold()
                if k == name:
                    problems.append(f"{where(f, n)}: {column} repeats the name {item!r}")
                elif k in seen:
                    problems.append(f"{where(f, n)}: {item!r} in {seen[k]} and {column}")
                seen[k] = column
    assert problems == []


def test_every_row_has_english_french_and_creole_aliases():
    missing = [f"{where(f, n)} {row['name']}" for f, n, row in ROWS
               if not all(row[c] for c in ("aliases_en", "aliases_fr", "aliases_ht"))]
    assert missing == []


def test_a_facility_or_quarter_names_its_commune_and_lies_near_it():
    communes = {row["name"]: row for _, _, row in ROWS if row["kind"] in ("commune", "city")}
    problems = []
    for f, n, row in ROWS:
        if row["kind"] in ("commune", "city", "department", "road"):
            continue
        if not row["locality"]:
            problems.append(f"{where(f, n)} {row['name']}: no locality")
        elif row["locality"] not in communes:
            problems.append(f"{where(f, n)} {row['name']}: unknown commune {row['locality']!r}")
        elif km(row, communes[row["locality"]]) > 30:
            problems.append(f"{where(f, n)} {row['name']}: {km(row, communes[row['locality']]):.0f} km "
                            f"from {row['locality']}")
    assert problems == []


def test_a_commune_lies_in_its_department():
    # The farthest commune seat of Haiti's departments is well under 100 km away from the department's point.
    departments = {row["admin1"]: row for _, _, row in ROWS if row["kind"] == "department"}
    far = [f"{row['name']} {km(row, departments[row['admin1']]):.0f} km" for _, _, row in ROWS
           if row["kind"] == "commune" and km(row, departments[row["admin1"]]) > 100]
    assert far == []


def test_every_commune_of_haiti_is_there():
    communes = [row for _, _, row in ROWS if row["kind"] in ("commune", "city")]
    assert len(communes) >= 140
    per_department = Counter(row["admin1"] for row in communes)
    assert per_department["Ouest"] == 20 and per_department["Nord"] == 19


def test_the_national_penitentiary_is_downtown_by_the_national_palace():
    rows = {row["id"]: row for _, _, row in ROWS}
    assert km(rows["ht-pap-penitencier-national"], rows["ht-pap-palais-national"]) < 1.0


def test_the_readme_states_the_packs_figures():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    total = re.search(r"the three packs hold \*\*(\d+)\*\* rows; \*\*(\d+)\*\*", readme)
    assert total, "README lost its figures sentence"
    sourced = sum(row["source"] != "approx:manual" for _, _, row in ROWS)
    assert (int(total[1]), int(total[2])) == (len(ROWS), sourced)
    for kind, count in Counter(row["kind"] for _, _, row in ROWS).items():
        ok = sum(row["source"] != "approx:manual" for _, _, row in ROWS if row["kind"] == kind)
        assert f"| {kind} | {count} | {ok} |" in readme, kind


# -- numbered streets ----------------------------------------------------------------

STREET_ROWS = read(STREETS) if STREETS.exists() else []
needs_streets = pytest.mark.skipif(not STREETS.exists(), reason="numbered-streets file not shipped yet")


@needs_streets
def test_numbered_street_anchors_are_sourced_points_in_haiti():
    with STREETS.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == ["road", "number", "lat", "lon", "source", "uncertainty_m"]
    keys = Counter((row["road"], int(row["number"])) for row in STREET_ROWS)
    assert [k for k, n in keys.items() if n > 1] == []
    for row in STREET_ROWS:
        assert LAT_RANGE[0] <= float(row["lat"]) <= LAT_RANGE[1], row
        assert LON_RANGE[0] <= float(row["lon"]) <= LON_RANGE[1], row
        assert row["source"] != "approx:manual" and any(re.fullmatch(f, row["source"]) for f in SOURCE_FORMS), row
        assert 10 <= int(row["uncertainty_m"]) <= 5000, row


@needs_streets
def test_delmas_has_anchors_along_the_road_from_lower_delmas_to_petion_ville():
    delmas = sorted((int(r["number"]), float(r["lon"])) for r in STREET_ROWS if r["road"] == "Delmas")
    assert len(delmas) >= 5
    # Numbers grow eastwards, from Port-au-Prince up towards Pétion-Ville.
    assert delmas[0][1] < delmas[-1][1]


@needs_streets
def test_every_street_family_has_a_place_of_that_name():
    places = {names.key(row["name"]) for _, _, row in ROWS}
    assert sorted({r["road"] for r in STREET_ROWS if names.key(r["road"]) not in places}) == []


# -- world landmarks pack --------------------------------------------------------------
# Its own rules (geo/data/README.md, "The world landmarks pack"): national
# landmarks of capitals outside Haiti, every coordinate from a Wikipedia
# article, English and French aliases (no Creole column), one national|main
# row per kind and country.

WORLD_ROWS = [(WORLD.name, line, row) for line, row in enumerate(read(WORLD), start=2)] if WORLD.exists() else []
WORLD_KINDS = {"government", "palace", "stadium", "prison", "station", "hotel", "mall", "square", "park",
               "university", "hospital", "church", "venue", "embassy", "market", "military"}
#: Uncertainty (metres) by kind: a building, or a stadium with its grounds.
WORLD_RADIUS = {"government": (150, 300), "palace": (150, 300), "prison": (150, 300), "station": (150, 300),
                "stadium": (500, 1000), "hotel": (100, 300), "mall": (150, 300), "venue": (100, 300),
                "church": (100, 300), "embassy": (100, 300), "hospital": (150, 500), "square": (150, 500),
                "park": (200, 1000), "university": (300, 1000), "market": (200, 700), "military": (300, 1500)}
#: Bare phrases that name a kind of place, not one place: as aliases they would
#: make every "presidential palace" of the world one candidate of the text.
GENERIC = {names.key(w) for w in ("Parliament", "Parliament building", "Parliament House", "National Assembly",
                                  "Presidential Palace", "Presidential Villa", "State House", "Palace",
                                  "National Stadium", "Stadium", "Central Prison", "Central Station",
                                  "Parlement", "Assemblée nationale", "Palais présidentiel", "Stade national",
                                  "Gare centrale", "Prison centrale", "Government Palace", "Palais du gouvernement",
                                  "Hotel", "Grand Hotel", "Shopping Mall", "Railway Station", "Train Station",
                                  "University", "General Hospital", "Cathedral", "Grand Mosque",
                                  "Central Mosque", "Main Square", "Embassy", "Gare", "Hôtel", "Université")}
needs_world = pytest.mark.skipif(not WORLD.exists(), reason="world landmarks pack not shipped")


def country_codes() -> set[str]:
    return {row["iso2"] for row in read(DATA / "countries.csv")}


@needs_world
def test_world_pack_rows_are_outside_haiti_with_ids_that_say_country_and_kind():
    assert len(WORLD_ROWS) >= 20
    codes = country_codes()
    ids = Counter(row["id"] for _, _, row in [*ROWS, *WORLD_ROWS])
    assert [i for i, n in ids.items() if n > 1] == []
    problems = []
    for f, n, row in WORLD_ROWS:
        cc = row["country"]
        if cc == "HT" or cc not in codes:
            problems.append(f"{where(f, n)}: country {cc!r}")
        if row["kind"] not in WORLD_KINDS:
            problems.append(f"{where(f, n)}: kind {row['kind']!r}")
        if not re.fullmatch(rf"{cc.lower()}-{row['kind']}-[a-z0-9]+(-[a-z0-9]+)*", row["id"]):
            problems.append(f"{where(f, n)}: id {row['id']!r}")
    assert problems == []


@needs_world
def test_world_pack_has_one_national_main_row_per_kind_and_country():
    mains = Counter((row["country"], row["kind"]) for _, _, row in WORLD_ROWS
                    if {"national", "main"} <= set(row["roles"].split("|")))
    assert [k for k, n in mains.items() if n > 1] == []
    assert [where(f, n) for f, n, row in WORLD_ROWS if not set(filter(None, row["roles"].split("|"))) <= ROLES] == []


@needs_world
def test_world_pack_coordinates_come_from_wikipedia_with_a_building_sized_radius():
    problems = []
    for f, n, row in WORLD_ROWS:
        if not re.fullmatch(r"wikipedia:([a-z]{2,3}:|simple:)?\S+", row["source"]):
            problems.append(f"{where(f, n)}: source {row['source']!r}")
        low, high = WORLD_RADIUS.get(row["kind"], (0, -1))
        if not (row["uncertainty_m"].isdigit() and low <= int(row["uncertainty_m"]) <= high):
            problems.append(f"{where(f, n)}: uncertainty_m {row['uncertainty_m']!r} for a {row['kind']}")
        if not re.fullmatch(r"-?\d{1,3}\.\d{5}", row["lat"]) or not re.fullmatch(r"-?\d{1,3}\.\d{5}", row["lon"]):
            problems.append(f"{where(f, n)}: coordinates not at 5 decimals")
    assert problems == []


@needs_world
def test_world_pack_aliases_are_clean_specific_and_english_or_french():
    problems = []
    seen: dict[tuple[str, str, str], str] = {}
    for f, n, row in WORLD_ROWS:
        if row["aliases_ht"]:
            problems.append(f"{where(f, n)}: Creole aliases belong to the Haiti packs")
        if not row["aliases_en"] or not row["aliases_fr"]:
            problems.append(f"{where(f, n)}: needs English and French aliases")
        name = row["name"].casefold()
        columns: dict[str, str] = {}
        for column in ("aliases_en", "aliases_fr"):
            items = row[column].split("|") if row[column] else []
            if any(not item.strip() or item != item.strip() for item in items):
                problems.append(f"{where(f, n)}: empty or padded item in {column}")
            for item in items:
                if item.casefold() == name:
                    problems.append(f"{where(f, n)}: {column} repeats the name {item!r}")
                elif item.casefold() in columns:
                    problems.append(f"{where(f, n)}: {item!r} in {columns[item.casefold()]} and {column}")
                columns[item.casefold()] = column
        for alias in [row["name"], *columns]:
            if names.key(alias) in GENERIC:
                problems.append(f"{where(f, n)}: {alias!r} names a kind of place, not this one")
            k = (names.key(alias), row["kind"], row["country"])
            if k in seen and seen[k] != row["id"]:
                problems.append(f"{where(f, n)}: {alias!r} also names {seen[k]}")
            seen[k] = row["id"]
    assert problems == []


@needs_world
def test_world_pack_landmarks_lie_in_the_capital_they_name():
    # The locality is spelled as GeoNames spells the city, and the landmark is
    # within 20 km of that city's point (Tehran's Azadi stadium is 13 km out).
    # A city whose bare name is its territory's ('Gaza' is Palestine) is found
    # as '<name> City'.
    from geo.places.gazetteer import load_default

    gazetteer = load_default()
    problems = []
    for f, n, row in WORLD_ROWS:
        found = gazetteer.lookup(row["locality"]) + gazetteer.lookup(row["locality"] + " City")
        cities = [e for e in found
                  if e.country == row["country"] and e.name == row["locality"] and e.precision == "locality"]
        if not cities:
            problems.append(f"{where(f, n)}: no place {row['locality']!r} in {row['country']}")
            continue
        city = max(cities, key=lambda e: e.population)
        distance = km(row, {"lat": city.lat, "lon": city.lon})
        if distance > 20:
            problems.append(f"{where(f, n)}: {distance:.0f} km from {row['locality']}")
    assert problems == []


@needs_world
def test_the_readme_states_the_world_packs_figures():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    found = re.search(r"the pack holds \*\*(\d+)\*\* rows in (\d+) countries", readme)
    assert found, "README lost the world pack's figures sentence"
    assert (int(found[1]), int(found[2])) == (len(WORLD_ROWS), len({row["country"] for _, _, row in WORLD_ROWS}))
