"""Haiti's quarters and villages as reporting names them, against their namesakes abroad.

Several quarters of Port-au-Prince carry the names of US cities ("Brooklyn"
and "Boston" in Cité Soleil).  A story about Haiti must place them in Cité
Soleil; a story about the United States must still get New York's Brooklyn.
These tests run the whole text pipeline on short stories, the way a user's
articles go through it, and check the place each name lands on.
"""

from __future__ import annotations

import datetime as dt

import pytest
from geopy.distance import great_circle

from geo.pipeline import process_document
from geo.places.locate import locate
from geo.text.documents import Document

CITE_SOLEIL = (18.5831, -72.335)
BROOKLYN_NY = (40.6501, -73.9496)
BOSTON_MA = (42.3584, -71.0598)



def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle km by geopy, independent of the code under test's own use of it."""
    return great_circle(a, b).km


def sites(gazetteer, body: str, language: str = "en") -> dict[str, tuple[float, float, str]]:
    """Incident places of a one-document run: name -> (lat, lon, country)."""
    doc = Document(doc="t.txt", path=None, title="t", date=dt.date(2024, 7, 8), url=None,
                   language=language, body=body)
    result = process_document(doc, gazetteer)
    countries = {m.place.entry.name: m.place.entry.country for m in result.mentions if m.place.entry}
    return {i.place: (i.lat, i.lon, countries.get(i.place)) for i in result.incidents}


def test_brooklyn_in_a_story_about_cite_soleil_is_the_quarter(gazetteer):
    found = sites(gazetteer, "PORT-AU-PRINCE, Haiti (AP) — Gunmen in Brooklyn, Cité Soleil, killed five "
                             "people on Sunday.")
    lat, lon, country = found["Brooklyn"]
    assert country == "HT" and km((lat, lon), CITE_SOLEIL) < 3


def test_a_shooting_in_brooklyn_new_york_stays_in_new_york(gazetteer):
    found = sites(gazetteer, "NEW YORK (AP) — A shooting in Brooklyn, New York, killed two people on Sunday, "
                             "police said.")
    lat, lon, country = found["Brooklyn"]
    assert country == "US" and km((lat, lon), BROOKLYN_NY) < 5


def test_brooklyn_without_a_dateline_follows_the_country_the_story_names(gazetteer):
    found = sites(gazetteer, "A shooting in Brooklyn on Sunday killed two people, New York police said.")
    assert km(found["Brooklyn"][:2], BROOKLYN_NY) < 5


def test_boston_in_a_french_story_about_cite_soleil_is_the_quarter(gazetteer):
    found = sites(gazetteer, "Des hommes armés ont attaqué Boston, un quartier de Cité Soleil, samedi, "
                             "tuant trois habitants.", language="fr")
    lat, lon, country = found["Boston"]
    assert country == "HT" and km((lat, lon), CITE_SOLEIL) < 3


def test_a_shooting_in_boston_in_a_us_story_is_in_massachusetts(gazetteer):
    found = sites(gazetteer, "BOSTON (AP) — Two men were shot dead in Boston on Saturday night, police said.")
    assert km(found["Boston"][:2], BOSTON_MA) < 10


def test_a_dateline_names_a_city_not_a_quarter_of_the_same_name(gazetteer):
    # A shipped pack wins a dateline over a foreign town ("DELMAS" is the Haitian
    # commune), but never with a quarter: datelines name towns.
    found = sites(gazetteer, "BROOKLYN, N.Y. (AP) — Two men were shot dead in Brooklyn on Saturday night, "
                             "police said.")
    assert km(found["Brooklyn"][:2], BROOKLYN_NY) < 5
    found = sites(gazetteer, "CITÉ SOLEIL, Haïti — Des gangs ont incendié dix maisons dimanche à Brooklyn.",
                  language="fr")
    assert km(found["Brooklyn"][:2], CITE_SOLEIL) < 3


def test_a_query_qualified_by_country_or_region_gets_that_namesake(gazetteer):
    assert locate("Brooklyn", gazetteer, country="HT").entry.id == "ht-pap-brooklyn"
    assert locate("Boston, Haiti", gazetteer).entry.id == "ht-pap-boston"
    assert locate("Brooklyn, New York", gazetteer).entry.country == "US"
    assert locate("Boston, MA", gazetteer).entry.country == "US"
    assert locate("Boston", gazetteer, country="US").entry.country == "US"


def test_wharf_de_jeremie_is_the_quarter_in_cite_soleil_and_the_port_in_jeremie(gazetteer):
    # The same words name a quarter of Cité Soleil (the December 2024 massacre)
    # and the wharf of Jérémie, 200 km away: the story's focus decides.
    found = sites(gazetteer, "Des gangs ont attaqué le Wharf de Jérémie, à Cité Soleil, tuant plus de cent "
                             "personnes.", language="fr")
    assert km(found["Wharf Jérémie"][:2], CITE_SOLEIL) < 5
    found = sites(gazetteer, "JEREMIE, Haiti — Looters stormed the Wharf de Jérémie on Saturday.")
    assert km(found["Port de Jérémie"][:2], (18.65, -74.1167)) < 2


@pytest.mark.parametrize("name, row_id", [
    # Spellings used by Haitian outlets for the same quarter or village.
    ("Bélécou", "ht-pap-belecou"), ("Belekou", "ht-pap-belecou"), ("Bélécourt", "ht-pap-belecou"),
    ("Brooklin", "ht-pap-brooklyn"), ("Bois-Neuf", "ht-pap-bois-neuf"), ("Ti Ayiti", "ht-pap-ti-haiti"),
    ("Savann Pistach", "ht-pap-savane-pistache"), ("Chancerelles", "ht-pap-chancerelles"),
    ("Cité l'Éternel", "ht-pap-cite-eternel"), ("Hôpital Fontaine", "ht-hop-fontaine"),
    ("Pierre-Payen", "ht-pierre-payen"), ("Bocozel", "ht-bocozelle"),
    ("Petite-Rivière", "ht-petite-riviere-de-lartibonite"),
    ("Pèlerin 5", "ht-pap-pelerin"), ("Tibois", "ht-pap-ti-bois"), ("Place Jérémie", "ht-pap-place-jeremie"),
    ("Grand Hôtel Oloffson", "ht-hotel-oloffson"), ("Bas Peu de Chose", "ht-pap-bas-peu-de-chose"),
    ("Labodrie", "ht-labodrie"), ("Furcy", "ht-furcy"), ("Poste-Pierrot", "ht-poste-pierrot"),
    ("Vivy Michel", "ht-pap-vivy-mitchell"), ("Onaville", "ht-pap-onaville"), ("Kafou Rezistans", "ht-pap-carrefour-aeroport"),
])
def test_reporting_spellings_resolve_to_their_row(gazetteer, name, row_id):
    found = locate(name, gazetteer, country="HT")
    assert found.entry is not None and found.entry.id == row_id, (name, found.reason)


def test_carrefour_aeroport_is_the_delmas_crossroads_not_the_commune_of_carrefour(gazetteer):
    # "Carrefour" alone is the commune south-west of the capital, 10 km away.
    found = sites(gazetteer, "Des gangs ont incendié le tribunal de paix de Carrefour Aéroport lundi, à Delmas.",
                  language="fr")
    [(lat, lon, _)] = [v for k, v in found.items() if k.startswith("Carrefour")]
    assert km((lat, lon), (18.5620, -72.3128)) < 1.5
