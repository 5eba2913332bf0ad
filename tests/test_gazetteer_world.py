"""The offline gazetteer: world places, airports, Haiti's landmarks, context.

Every test runs against the real compiled world index (GeoNames cities500
and airportsdata), built once per session in a temporary cache folder.
"""

from __future__ import annotations

import pytest
from geopy.distance import distance
from geopy.location import Location

from geo.places import world
from geo.places.gazetteer import load_default, read_pack
from geo.places.focus import find_focus
from geo.places.geocode import resolve
from geo.places.locate import locate
from geo.places.geocoders import OfflineGeocoder
from geo.text.mentions import find_mentions
from geo.text.sentences import find_dateline, split_sentences



def km(entry, lat, lon) -> float:
    return distance((entry.lat, entry.lon), (lat, lon)).km


@pytest.mark.parametrize("name, country, lat, lon", [
    ("Port-au-Prince", "HT", 18.5435, -72.3388),
    ("Goma", "CD", -1.6792, 29.2228),
    ("Kharkiv", "UA", 49.9808, 36.2527),
    ("Paris", "FR", 48.8534, 2.3488),
    ("Jacmel", "HT", 18.2342, -72.5347),
])
def test_world_cities_are_placed_within_5_km(gazetteer, name, country, lat, lon):
    found = locate(name, gazetteer)
    assert found.entry.country == country
    assert km(found.entry, lat, lon) < 5


@pytest.mark.parametrize("query, iata_city, lat, lon", [
    ("JFK", "New York", 40.6398, -73.7789),
    ("MTPP", "Port-au-Prince", 18.58, -72.2925),
    ("Goma airport", "Goma", -1.6708, 29.2385),
    ("Goma International Airport", "Goma", -1.6708, 29.2385),
])
def test_airports_by_name_and_code(gazetteer, query, iata_city, lat, lon):
    found = locate(query, gazetteer)
    assert found.entry.kind == "airport"
    assert found.entry.precision == "site"
    assert km(found.entry, lat, lon) < 2


@pytest.mark.parametrize("spelling", ["Pétion-Ville", "Petion-Ville", "Pétionville", "Petion Ville", "Petyon-Vil",
                                      "PETIONVILLE", "petion-ville"])
def test_accents_hyphens_case_and_creole_spellings_are_one_place(gazetteer, spelling):
    assert locate(spelling, gazetteer).entry.id == "ht-pap-petion-ville"


def test_a_name_in_another_script_finds_its_place(gazetteer):
    assert locate("Порт-о-Пренс", gazetteer).entry.country == "HT"


def story(gazetteer, body: str):
    sentences = split_sentences(body, "en")
    mentions = find_mentions(body, sentences, gazetteer)
    focus = find_focus(body, mentions, gazetteer, dateline=find_dateline(body))
    return {p.mention.text: p for p in resolve(mentions, gazetteer, focus)}, focus


HAITI = ("Haitian police said gangs had attacked homes in Carrefour on Monday. Residents of Delmas fled to "
         "the hills, and a clinic in Cabaret was looted, officials in Haiti said.")


@pytest.mark.parametrize("name, place_id", [("Carrefour", "ht-pap-carrefour"), ("Delmas", "ht-pap-delmas"),
                                            ("Cabaret", "ht-pap-cabaret")])
def test_ambiguous_names_in_a_haiti_story_are_the_haitian_communes(gazetteer, name, place_id):
    places, focus = story(gazetteer, HAITI)
    assert focus.country == "HT"
    entry = places[name].entry
    if name == "Cabaret":
        # "a clinic in Cabaret" is the commune's health centre, the only one the packs hold there
        assert entry.kind == "hospital" and entry.locality == "Cabaret"
    else:
        assert entry.id == place_id


def test_context_beats_a_supermarket_and_french_towns_of_the_same_name(tmp_path):
    pack = tmp_path / "europe.gazetteer.csv"
    pack.write_text("name,aliases,kind,lat,lon,country,source\n"
                    "Carrefour,,market,48.8300,2.3700,FR,test\n"
                    "Carrefour,,town,47.0000,1.0000,FR,test\n"
                    "Cabaret,,town,45.0000,3.0000,FR,test\n", encoding="utf-8")
    places, _ = story(load_default([pack]), HAITI)
    assert places["Carrefour"].entry.id == "ht-pap-carrefour"
    assert places["Carrefour"].reason == "in the document's focus country HT"
    assert len(places["Carrefour"].candidates) >= 2
    assert places["Cabaret"].entry.locality == "Cabaret"
    assert places["Cabaret"].reason == "the only hospital known in Cabaret"


def test_the_reason_and_candidates_are_kept(gazetteer):
    places, _ = story(gazetteer, HAITI)
    assert places["Delmas"].reason == "in the document's focus country HT"


def test_delmas_keeps_the_south_african_town_as_a_weighed_candidate(gazetteer):
    places, _ = story(gazetteer, HAITI)
    assert "geonames:1011031" in places["Delmas"].candidates


def test_a_south_african_dateline_makes_delmas_the_south_african_town(gazetteer):
    places, focus = story(gazetteer, "JOHANNESBURG, South Africa (Reuters) - Miners marched in Delmas on Friday.")
    assert focus.country == "ZA"
    assert places["Delmas"].entry.country == "ZA"


def test_query_context_near_and_country_decide_ambiguous_names(gazetteer):
    assert locate("Delmas", gazetteer).entry.country == "HT"
    assert locate("Delmas", gazetteer, near=("Johannesburg",)).entry.country == "ZA"
    assert locate("Delmas", gazetteer, country="za").entry.country == "ZA"
    assert locate("Paris", gazetteer, country="US").entry.country == "US"


def test_common_words_and_peoples_names_are_not_places(gazetteer):
    body = ("But Pierre Esperance said Sunday that Prime Minister Ariel Henry would step down. Some gangs, "
            "Powerful gang leader Jimmy Cherisier, known by the nickname Barbecue, told AFP. Economy Minister "
            "Patrick Michel Boisvert signed it. The UN-backed mission of the National Network was praised.")
    places, _ = story(gazetteer, body)
    assert places == {}


def test_codes_match_in_prose_only_next_to_the_word_airport(gazetteer):
    places, _ = story(gazetteer, "Flights to PAP were cancelled in Haiti.")
    assert "PAP" not in places
    places, _ = story(gazetteer, "Gunmen fired on the PAP airport in Haiti.")
    assert places["PAP"].entry.kind == "airport"


def test_small_foreign_towns_are_not_read_from_prose_but_large_cities_are(gazetteer):
    places, _ = story(gazetteer, "Haiti's president flew to Miami, then visited Esperance and Pierre in Haiti.")
    assert places["Miami"].entry.country == "US"
    assert "Esperance" not in places and "Pierre" not in places


def test_a_user_pack_wins_over_shipped_data_for_the_same_name(tmp_path):
    pack = tmp_path / "mine.gazetteer.csv"
    pack.write_text("name,aliases,kind,lat,lon,country,source\n"
                    "Carrefour,Kafou Market,market,18.5400,-72.4100,HT,survey:2024-03\n"
                    "Port-au-Prince,,city,18.5500,-72.3300,HT,survey:2024-03\n", encoding="utf-8")
    gazetteer = load_default([pack])
    assert locate("Carrefour", gazetteer).entry.source == "survey:2024-03"
    assert locate("Port-au-Prince", gazetteer).entry.source == "survey:2024-03"
    places, _ = story(gazetteer, HAITI)
    assert places["Carrefour"].entry.kind == "market"
    assert read_pack(pack)[0].aliases == ("Kafou Market",)


def test_the_geopy_interface_returns_locations_with_provenance(gazetteer):
    geocoder = OfflineGeocoder(gazetteer)
    location = geocoder.geocode("Delmas")
    assert isinstance(location, Location)
    assert distance(location.point, (18.54478, -72.30036)).km < 0.1
    assert location.raw["kind"] == "commune"
    assert location.raw["precision"] == "locality"
    assert location.raw["source"] == "geonames:3726786"
    assert [c["country"] for c in location.raw["candidates"]] == ["ZA"]
    everything = geocoder.geocode("Delmas", exactly_one=False)
    assert [loc.raw["country"] for loc in everything] == ["HT", "ZA"]
    assert geocoder.geocode("Qwxzzy Nowhere") is None


def test_the_index_is_compiled_once_and_rebuilt_when_its_sources_change(monkeypatch, tmp_path):
    first = world.index_path()
    assert first.exists()
    assert world.open_index() is world.open_index()
    monkeypatch.setattr(world, "FORMAT", world.FORMAT + 1000)
    assert world.index_path() != first


def test_the_name_keys_beside_the_index_hold_exactly_the_names_of_the_index(monkeypatch):
    index = world.open_index()
    keys = world.keys_path(index.path)
    assert keys.exists() and keys.name.startswith(index.path.stem)
    import sqlite3

    db = sqlite3.connect(index.path)
    stored = {key for (key,) in db.execute("SELECT DISTINCT key FROM names")}
    # first-level regions are places a text may name too ("Ohio", "Poltava Oblast")
    for key, name, flags in db.execute("SELECT key, name, flags FROM regions"):
        stored |= {key, *(world.region_keys(name) if flags == 0 else ())}
    db.close()
    assert set(index._open_keys().keys()) == stored
    # a word that names nothing is answered without asking SQLite
    asked = []
    monkeypatch.setattr(index, "_matches", lambda key: asked.append(key) or ())
    gazetteer = load_default()
    assert gazetteer.matches("qwxzzynowhere") == [] and asked == []


def test_missing_name_keys_are_rebuilt_and_a_read_only_cache_keeps_them_in_memory(tmp_path, monkeypatch):
    index = world.open_index()
    keys = world.keys_path(index.path)
    keys.unlink()
    fresh = world.WorldIndex(index.path)
    assert fresh.knows("portauprince") and not fresh.knows("qwxzzynowhere")
    assert keys.exists()

    def refuse(*args):
        raise PermissionError("read-only cache")

    keys.unlink()
    monkeypatch.setattr(world.os, "replace", refuse)
    in_memory = world.WorldIndex(index.path)
    assert in_memory.knows("portauprince") and not in_memory.knows("qwxzzynowhere")
    monkeypatch.undo()
    assert not [p for p in keys.parent.iterdir() if p.name.startswith(keys.name)]  # no file, no leftover
    world.compile_keys(index.path)


def test_a_run_of_words_is_lengthened_only_while_it_can_still_become_a_name(gazetteer):
    assert gazetteer.starts_a_name("portau") and gazetteer.starts_a_name("portauprince")
    assert not gazetteer.starts_a_name("portauprincesaid")
    # a shipped pack's name that begins no world name
    assert gazetteer.starts_a_name("penitenciernational") and not gazetteer.world.starts_a_name("penitenciernational")
    text = "Gunmen fired on residents of Delmas 33 and Pétion-Ville Police Chief Jean said on Sunday."
    found = find_mentions(text, split_sentences(text), gazetteer)
    assert [m.text for m in found] == ["Delmas 33", "Pétion-Ville"]
