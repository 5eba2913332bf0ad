"""The units pack: second- and third-level units that news names as the place of an event.

``geo/data/gazetteer/world-units.csv`` holds administrative units below the
first level that no other pack holds and that reporting names on their own
("clashes in Dembiya woreda", "West Belessa district", « des émeutes en
Seine-Saint-Denis »): Ethiopia's woredas of Amhara, Oromia, Tigray, Afar and
Benishangul-Gumuz, France's départements, and the provinces of Burkina Faso and
divisions of Cameroon that the regions pack does not hold. It shares the
regions pack's layout. The first tests check the pack's rules; the others run short
stories of our own through the whole pipeline.
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
from geo.places.borders import load_borders
from geo.text.documents import Document
from geo.text.wordlists import COMMON_WORDS, FIRST_NAMES

DATA = Path(__file__).resolve().parents[1] / "geo" / "data"
PACK = DATA / "gazetteer" / "world-units.csv"
REGIONS = DATA / "gazetteer" / "world-regions.csv"
#: A row of Ethiopia's Master Facility Registry woreda table, as stored at one commit.
MFR = ("https://github.com/MIKEINTOSHSYSTEMS/HISPMD/blob/58c31419f3a0832279c720982e1198085e180a45/"
       "src/hispmd_dev.sql#MFR_Woreda-")
SOURCE = re.compile(re.escape(MFR) + r"[\w'+-]+ \(mean of (\d+) facilities\)")
#: The geographic centres of France's metropolitan départements that IGN publishes, in a table stored at one commit.
IGN = "https://github.com/rcarlier/datas.fun/blob/e2f80ab66316aa6e94036f4a9b533ba00cc79145/France/departements.csv#"
IGN_SOURCE = re.compile(re.escape(IGN) + r"(\d[\dAB]) \(IGN centre\)")
#: The GeoNames first-level units the pack covers so far.
ADMIN1 = {"Amhara", "Oromiya", "Tigray", "Āfar", "Bīnshangul Gumuz"}
FRENCH_REGIONS = {"Île-de-France", "Centre", "Bourgogne-Franche-Comté", "Normandy", "Hauts-de-France", "Grand Est",
                  "Pays de la Loire", "Brittany", "Nouvelle-Aquitaine", "Occitanie", "Auvergne-Rhône-Alpes",
                  "Provence-Alpes-Côte d'Azur", "Corsica"}
#: The administrative words a name may come with ("Jama Woreda", « département du Nord »).
UNIT_WORDS = re.compile(r"\b(woreda|district|department|département|province|division)\b", re.I)
#: A province or division placed at its seat's GeoNames point, or at its own Wikipedia coordinate.
SEAT_SOURCE = re.compile(r"geonames:(\d+) \(seat: ([^)]+)\)|fr\.wikipedia:\w+")
SAHEL_ADMIN1 = {"BF": {"Boucle du Mouhoun", "Cascades Region", "Centre", "Centre-Est", "Centre-Nord", "Centre-Ouest",
                       "Centre-Sud", "Hauts-Bassins", "Plateau-Central", "Sud-Ouest"},
                "CM": {"Adamaoua", "Centre", "East", "Littoral", "North", "West", "South", "South-West"}}


def rows(path: Path = PACK) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def split(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


def strings(row: dict[str, str]) -> list[str]:
    return [row["name"], *split(row["aliases_en"]), *split(row["aliases_fr"]), *split(row["aliases_ht"])]


def test_the_pack_has_the_regions_pack_s_layout_one_kind_and_unique_ids():
    with PACK.open(encoding="utf-8", newline="") as handle, REGIONS.open(encoding="utf-8", newline="") as other:
        assert next(csv.reader(handle)) == next(csv.reader(other))
    found = rows()
    assert len(found) >= 250
    ids = [row["id"] for row in found]
    assert len(ids) == len(set(ids))
    for row in found:
        assert row["kind"] == "region" and not row["parts"] and not row["countries"], row["id"]
        assert re.fullmatch(r"[a-z]{2}-unit-[a-z0-9]+", row["id"]) and row["id"].startswith(row["country"].lower())


def test_every_point_is_a_sourced_mean_of_facilities_inside_its_country():
    for row in rows():
        if row["country"] != "ET":
            continue
        found = SOURCE.fullmatch(row["source"])
        assert found, (row["id"], row["source"])
        assert int(found.group(1)) >= 5, row["id"]  # a mean of fewer facilities may be one clinic at the edge
        assert 20_000 <= int(row["uncertainty_m"]) <= 60_000, row["id"]
        assert load_borders().contains(row["country"], float(row["lat"]), float(row["lon"])) is not False, row["id"]
        assert row["admin1"] in ADMIN1, row["id"]


def test_a_french_departement_is_at_its_ign_centre_inside_france():
    """One row per code, in its region; the radius is 1.5 times that of a
    disc of the département's area: 13 to 86 km from Val-de-Marne to Gironde."""
    codes = []
    for row in rows():
        if row["country"] != "FR":
            continue
        found = IGN_SOURCE.fullmatch(row["source"])
        assert found, (row["id"], row["source"])
        codes.append(found.group(1))
        assert 12_000 <= int(row["uncertainty_m"]) <= 90_000, row["id"]
        assert load_borders().contains("FR", float(row["lat"]), float(row["lon"])) is not False, row["id"]
        assert row["admin1"] in FRENCH_REGIONS, row["id"]
    assert len(codes) == len(set(codes)) >= 90
    assert "75" not in codes and "92" not in codes  # Paris is the city; Hauts-de-Seine, see the data README


def test_a_province_or_division_is_at_its_seat_with_a_radius_for_its_size(gazetteer):
    """Burkina Faso's and Cameroon's units sit at their seat's GeoNames point,
    a town of their own region; none is a unit the regions pack already holds."""
    held = {names.key(s) for row in rows(REGIONS) for s in strings(row)}
    found = 0
    for row in rows():
        if row["country"] not in SAHEL_ADMIN1:
            continue
        found += 1
        source = SEAT_SOURCE.fullmatch(row["source"])
        assert source, (row["id"], row["source"])
        assert 15_000 <= int(row["uncertainty_m"]) <= 170_000, row["id"]
        assert row["admin1"] in SAHEL_ADMIN1[row["country"]], row["id"]
        assert not {names.key(s) for s in strings(row)} & held, row["id"]
        if source.group(1):
            seats = [e for e in gazetteer.lookup(source.group(2)) if e.country == row["country"]
                     and e.precision == "locality" and km((e.lat, e.lon), (float(row["lat"]), float(row["lon"]))) < 1]
            assert seats and any(names.key(e.admin1 or "") == names.key(row["admin1"]) for e in seats), row["id"]
    assert found >= 60


def test_a_unit_lies_among_the_towns_of_its_region(gazetteer):
    """Each point is less than 90 km from a town of its own region, 120 km in
    Afar and Benishangul-Gumuz, of which the world layer holds ten and four
    towns (Guba woreda, by the Renaissance dam, is 105 km from the nearest)."""
    import sqlite3

    db = sqlite3.connect(f"file:{gazetteer.world.path}?mode=ro", uri=True)
    towns = db.execute("SELECT admin1, lat, lon FROM places WHERE country = 'ET' AND kind IN ('city', 'town')").fetchall()
    db.close()
    for row in rows():
        if row["country"] != "ET":
            continue
        point = (float(row["lat"]), float(row["lon"]))
        near = [(lat, lon) for admin1, lat, lon in towns if admin1 == row["admin1"]]
        bound = 120 if row["admin1"] in ("Āfar", "Bīnshangul Gumuz") else 90
        assert min(great_circle(point, town).km for town in near) < bound, row["id"]


def test_names_are_unique_across_the_pack_and_the_regions_pack():
    seen: dict[str, str] = {}
    for row in rows(REGIONS) + rows():
        for key in {names.key(s) for s in strings(row)}:
            assert seen.setdefault(key, row["id"]) == row["id"], (key, row["id"], seen[key])


def test_a_short_name_a_common_word_or_a_first_name_comes_only_with_its_administrative_word():
    for row in rows():
        for text in strings(row):
            bare = text if not UNIT_WORDS.search(text) else ""
            if bare and len(bare.split()) == 1:
                assert len(bare) > 5, (row["id"], bare)
                assert bare.lower() not in COMMON_WORDS and bare.lower() not in FIRST_NAMES, (row["id"], bare)


def test_a_unit_named_like_a_town_of_its_country_enters_only_under_its_word(gazetteer):
    """"in Gida Ayana" is the town of Ayana's other name; "Gida Ayana woreda" is the unit."""
    for row in rows():
        for text in strings(row):
            if UNIT_WORDS.search(text) or row["aliases_fr"] and text in split(row["aliases_fr"]):
                continue
            towns = [e for e in gazetteer.lookup(text)
                     if e.country == row["country"] and e.precision == "locality"]
            assert not towns, (row["id"], text, [t.name for t in towns])


@pytest.mark.parametrize("unit, seat", [
    ("Libo Kemkem", "Addis Zemen"), ("Fogera", "Werota"), ("Bure Zuria", "Bure"), ("Gozamin", "Debre Markos"),
    ("Enemay", "Bichena"), ("Sekota Zuria", "Sekota"), ("Lay Gayint", "Nefas Mewcha"), ("Dangila Zuria", "Dangila"),
    ("Guba Lafto", "Weldiya"),
    # France: the IGN centre and the prefecture (4 to 56 km apart)
    ("Seine-Saint-Denis", "Bobigny"), ("Bouches-du-Rhône", "Marseille"), ("Nord department", "Lille"),
    ("Gironde", "Bordeaux"), ("Corse-du-Sud", "Ajaccio"), ("Charente-Maritime", "La Rochelle"),
    ("Val-de-Marne", "Créteil")])
def test_a_unit_s_point_lies_within_its_radius_of_its_seat(gazetteer, unit, seat):
    """A sample checked against the GeoNames point of the woreda's seat (2 to 24 km apart)."""
    (row,) = [r for r in rows() if r["name"] == unit]
    towns = [e for e in gazetteer.lookup(seat) if e.country == row["country"] and e.precision == "locality"]
    assert towns, seat
    assert min(km((float(row["lat"]), float(row["lon"])), (t.lat, t.lon)) for t in towns) * 1000 \
        < int(row["uncertainty_m"])


# -- stories -----------------------------------------------------------------

def places(gazetteer, body: str, language: str = "en") -> dict[str, tuple[float, float, str]]:
    doc = Document(doc="t.txt", path=None, title="t", date=dt.date(2024, 6, 3), url=None,
                   language=language, body=body)
    return {i.place: (i.lat, i.lon, i.precision) for i in process_document(doc, gazetteer).incidents}


def km(a, b) -> float:
    return great_circle(a[:2], b[:2]).km


DEMBIYA = (12.37419, 37.28488, 30)  # lat, lon, tolerance in km (the row's radius)


def test_fano_fighters_clashed_with_the_army_in_dembiya_woreda(gazetteer):
    found = places(gazetteer, "GONDAR, Ethiopia — Fano fighters clashed with the army in Dembiya woreda on "
                              "Tuesday, residents said.")
    assert list(found) == ["Dembiya"], found
    assert found["Dembiya"][2] == "region" and km(found["Dembiya"], DEMBIYA) < DEMBIYA[2]


def test_a_district_named_in_its_region_drops_the_region(gazetteer):
    found = places(gazetteer, "Fighting between Fano militiamen and federal troops in West Belessa district, "
                              "in Ethiopia's Amhara region, killed at least 12 civilians on Monday.")
    assert list(found) == ["West Belessa"], found
    assert found["West Belessa"][2] == "region"


def test_the_french_form_with_its_word(gazetteer):
    found = places(gazetteer, "Des combats ont opposé les milices Fano à l'armée éthiopienne dans le district "
                              "de Dembiya, en Amhara, mardi.", language="fr")
    assert list(found) == ["Dembiya"], found


def test_a_woreda_whose_bare_name_is_a_town_is_found_under_its_word(gazetteer):
    found = places(gazetteer, "Gunmen killed 20 people in Gida Ayana woreda in Ethiopia's Oromia region on "
                              "Friday, local officials said.")
    assert list(found) == ["Gida Ayana Woreda"], found
    assert km(found["Gida Ayana Woreda"], (9.71853, 36.63632)) < 1


def test_a_unit_name_alone_in_a_story_about_another_country_maps_nothing_there(gazetteer):
    found = places(gazetteer, "KAMPALA (Reuters) - Police in Uganda said a man from Dembiya was arrested in "
                              "Gulu on Monday after a shooting that killed two people.")
    assert "Dembiya" not in found, found
    assert all(not (3 < lat < 15 and 33 < lon < 48) for lat, lon, _p in found.values()), found


def test_a_unit_name_in_a_haiti_story_is_no_site(gazetteer):
    found = places(gazetteer, "PORT-AU-PRINCE, Haiti (AP) — Gangs burned homes in Cabaret on Tuesday; an aid "
                              "worker who grew up in Menz Gera Midir said she had never seen such violence.")
    assert "Menz Gera Midir" not in found, found


def test_a_zone_named_after_a_town_is_not_the_town_and_a_district_keeps_its_event(extract):
    # "Central Gondar Zone" is a zone, not the city; Dembiya's event is not the city's, told elsewhere
    result = extract("GONDAR, Ethiopia — Fano militants opened fire in Gondar city on Friday. Another resident from "
                     "Ayimba Kebele in Dembiya district, Central Gondar Zone, said at least three civilians were "
                     "killed by stray bullets on Friday.", date=dt.date(2025, 3, 25))
    assert sorted((i.place, i.precision) for i in result.incidents) == [("Dembiya", "region"), ("Gonder", "locality")]
    result = extract("ADDIS ABABA, Ethiopia — Numerous people were killed in fighting across the Central Gondar and "
                     "North Gojjam zones on Friday, residents said.", date=dt.date(2025, 3, 25))
    assert "Gonder" not in {i.place for i in result.incidents}


# -- France's départements ---------------------------------------------------

SEINE_SAINT_DENIS = (48.9175, 2.47806, 14)  # the IGN centre, and the row's radius in km


def test_riots_in_several_towns_of_a_departement_are_placed_at_the_departement(gazetteer):
    found = places(gazetteer, "Des émeutes ont éclaté mardi soir dans plusieurs villes de Seine-Saint-Denis, où "
                              "des voitures ont été incendiées, selon la police française.", language="fr")
    assert list(found) == ["Seine-Saint-Denis"], found
    assert found["Seine-Saint-Denis"][2] == "region" and km(found["Seine-Saint-Denis"], SEINE_SAINT_DENIS) < 1


def test_the_english_form_with_its_word(gazetteer):
    found = places(gazetteer, "PARIS (Reuters) - Rioters set cars on fire in several towns of the "
                              "Seine-Saint-Denis department overnight, French police said.")
    assert list(found) == ["Seine-Saint-Denis"], found


def test_a_plural_departement_with_its_article(gazetteer):
    found = places(gazetteer, "Un gendarme a été tué lors d'un contrôle routier dans les Bouches-du-Rhône, a "
                              "annoncé le ministère français de l'Intérieur.", language="fr")
    assert list(found) == ["Bouches-du-Rhône"], found
    assert km(found["Bouches-du-Rhône"], (43.54333, 5.08639)) < 1


def test_a_short_departement_name_is_found_under_its_word(gazetteer):
    found = places(gazetteer, "Un homme a été tué par balle dans le département de la Drôme lundi, selon la "
                              "gendarmerie française.", language="fr")
    assert list(found) == ["Drôme department"], found


def test_the_nord_of_france_is_found_under_its_word_in_a_story_about_france(gazetteer):
    found = places(gazetteer, "LILLE, France — Arsonists set fire to a town hall in the Nord department overnight, "
                              "prosecutors said.")
    assert [(lat, lon) for lat, lon, _p in found.values()] == [(50.44722, 3.22056)], found


@pytest.mark.parametrize("body, language", [
    ("PORT-AU-PRINCE — Des hommes armés ont attaqué un commissariat dans le département du Nord, près du "
     "Cap-Haïtien, mardi. L'ambassade de France a appelé au calme.", "fr"),
    ("PORT-AU-PRINCE, Haiti — Gunmen attacked a police station in the Nord department on Tuesday; France's "
     "embassy urged calm.", "en"),
    ("PORT-AU-PRINCE — Des manifestants ont bloqué les routes du Nord mardi; l'ambassade de France a fermé "
     "ses portes.", "fr"),
])
def test_the_nord_in_a_haiti_story_stays_haiti_s_even_when_france_is_named(gazetteer, body, language):
    found = places(gazetteer, body, language=language)
    norths = [(lat, lon) for name, (lat, lon, _p) in found.items() if "Nord" in name]
    assert norths and all(18 < lat < 21 and -74 < lon < -71 for lat, lon in norths), found


def test_a_departement_named_like_a_town_elsewhere_needs_its_word(gazetteer):
    # Vienne is also a town of Isère (and Vienna's French name): bare, it stays a town
    found = places(gazetteer, "Des heurts ont opposé des manifestants à la police à Vienne, en Isère, selon la "
                              "préfecture française.", language="fr")
    assert "Vienne department" not in found, found
    found = places(gazetteer, "Des émeutiers ont incendié des voitures dans le département de la Vienne samedi, "
                              "selon la gendarmerie française.", language="fr")
    assert list(found) == ["Vienne department"], found


# -- Burkina Faso's provinces and Cameroon's divisions -----------------------

def test_a_village_attack_in_a_province_with_a_short_name(gazetteer):
    found = places(gazetteer, "OUAGADOUGOU — Des hommes armés ont attaqué un village de la province du Bam, dans le "
                              "Centre-Nord du Burkina Faso, tuant douze civils, selon des sources locales.", language="fr")
    assert list(found) == ["Bam Province"], found
    assert km(found["Bam Province"], (13.32583, -1.53472)) < 1  # Kongoussi, its seat


def test_a_division_of_the_anglophone_regions(gazetteer):
    found = places(gazetteer, "YAOUNDE, Cameroon — Separatist fighters attacked a gendarmerie post in Lebialem "
                              "division on Monday, killing two soldiers.")
    assert list(found) == ["Lebialem"], found


def test_a_town_named_with_its_province_keeps_the_town(gazetteer):
    found = places(gazetteer, "Une attaque a visé un poste de police à Koupéla, dans la province du Kouritenga, au "
                              "Burkina Faso, lundi.", language="fr")
    assert [p for _lat, _lon, p in found.values()] == ["locality"], found
    found = places(gazetteer, "DOUALA — Des affrontements ont éclaté à Douala, dans le département du Wouri, samedi, "
                              "selon la police camerounaise.", language="fr")
    assert list(found) == ["Douala"], found


def test_a_division_s_bare_name_shared_with_a_city_abroad_stays_the_city(gazetteer):
    found = places(gazetteer, "LISBON — A man was stabbed in Faro on Sunday, Portuguese police said.")
    assert [(round(lat), round(lon)) for lat, lon, _p in found.values()] == [(37, -8)], found


def test_other_towns_of_a_departement_make_it_a_site_beside_the_towns_named(extract):
    """« à Montfermeil et dans d'autres villes de Seine-Saint-Denis » tells of
    towns beyond Montfermeil: the département is a site of its own; « plusieurs
    villes du Val-d'Oise, notamment Bezons » only introduces the town it names."""
    result = extract("Des émeutes ont éclaté à Montfermeil et dans d'autres villes de Seine-Saint-Denis.",
                     language="fr")
    assert {i.place for i in result.incidents} == {"Montfermeil", "Seine-Saint-Denis"}
    result = extract("Des émeutes ont éclaté dans plusieurs villes du Val-d'Oise, notamment à Bezons.", language="fr")
    assert {i.place for i in result.incidents} == {"Bezons"}
    # so does "(almost) all the towns of", quoted or not
    result = extract('Ailleurs, "quasiment toutes les communes" de Seine-Saint-Denis ont été touchées par des pillages, '
                     "notamment à Drancy.", language="fr")
    assert {i.place for i in result.incidents} == {"Drancy", "Seine-Saint-Denis"}
