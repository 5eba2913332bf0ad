"""End to end on the seed article: the map a new user sees after `make map`.

Reference points (WGS84) and where they come from:

* Toussaint Louverture International Airport: Wikipedia infobox, and the
  ``airportsdata`` entry for PAP/MTPP (18.5800, -72.2925).
* Stade Sylvio Cator: Wikipedia infobox (18.53606, -72.34244).
* National Penitentiary: downtown Port-au-Prince on Rue du Centre, a few
  blocks west of the National Palace (Palace: 18.54311, -72.33886, Wikipedia).
  No public coordinate could be verified offline; the reference is the
  block estimate, so the 1 km tolerance carries that uncertainty.
"""

from __future__ import annotations

import json
import re

import pytest
from geopy.distance import geodesic

from .conftest import SEED_DOC

TOLERANCE_KM = 1.0
SITES = {
    "prison": ("National Penitentiary", (18.5435, -72.3418)),
    "airport": ("Toussaint Louverture International Airport", (18.5800, -72.2925)),
    "stadium": ("Stade Sylvio Cator", (18.53606, -72.34244)),
}
PORT_AU_PRINCE_CENTRE = (18.5392, -72.3350)


def by_kind(collection: dict, kind: str) -> list[dict]:
    return [f for f in collection["features"] if f["properties"]["place_kind"] == kind]


def latlon(feature: dict) -> tuple[float, float]:
    lon, lat = feature["geometry"]["coordinates"]
    return lat, lon


@pytest.mark.parametrize("kind", sorted(SITES))
def test_each_incident_site_lands_within_1_km_of_the_real_site(seed_incidents, kind):
    name, reference = SITES[kind]
    [feature] = by_kind(seed_incidents, kind)
    assert feature["properties"]["place"] == name
    assert feature["properties"]["precision"] == "site"
    assert geodesic(latlon(feature), reference).km < TOLERANCE_KM


def test_sites_are_not_put_at_the_city_centre(seed_incidents):
    for kind in SITES:
        [feature] = by_kind(seed_incidents, kind)
        assert latlon(feature) != pytest.approx(PORT_AU_PRINCE_CENTRE, abs=1e-3)


def test_the_penitentiary_assault_is_coded_like_acled_would(seed_incidents):
    [prison] = by_kind(seed_incidents, "prison")
    props = prison["properties"]
    assert props["date"] == "2024-03-02"  # overnight Saturday 2 into Sunday 3 March
    assert props["time_precision"] == 1
    assert props["fatalities"] == 12  # "dozens" and "about a dozen": the conservative 12
    assert props["fatalities_text"] == "About a dozen people were killed"
    assert props["event_type"] == "Battles" and props["sub_event_type"] == "Armed clash"
    assert props["sources"] == [{"doc": SEED_DOC, "title": "Chaos In Haiti as 4,000 Inmates Break Out of Prison "
                                 "Sparking Jail 'Massacre'", "url": None, "date": "2024-03-04"}]


def test_popup_quotes_are_the_sentences_that_name_each_site(seed_incidents, seed_build):
    project, _ = seed_build
    body = (project / "seeds" / SEED_DOC).read_text(encoding="utf-8").split("---\n", 2)[2]
    [prison] = by_kind(seed_incidents, "prison")
    sentences = [q["sentence"] for q in prison["properties"]["quotes"]]
    assert sentences[0].startswith("Haiti was plunged deeper into chaos over the weekend after a")
    assert ("About a dozen people were killed as gang members attacked the National Penitentiary in "
            "Port-au-Prince overnight Saturday into Sunday, AFP reported.") in sentences
    for quote in prison["properties"]["quotes"]:
        assert body[quote["start"]:quote["end"]] == quote["sentence"]
        assert body[quote["place_start"]:quote["place_end"]] == quote["place_text"]
    [airport] = by_kind(seed_incidents, "airport")
    [quote] = airport["properties"]["quotes"]
    assert quote["place_text"] == "the country's international airport"
    assert quote["sentence"].startswith("At least nine people had been killed since Thursday")


def test_city_and_country_events_are_kept_but_marked_approximate(seed_incidents):
    [city] = by_kind(seed_incidents, "city")
    assert city["properties"]["place"] == "Port-au-Prince"
    assert city["properties"]["precision"] == "locality"
    assert city["properties"]["fatalities"] == 9
    assert city["properties"]["time_precision"] == 2  # "since Thursday": only the week is known
    [country] = by_kind(seed_incidents, "country")
    assert country["properties"]["place"] == "Haiti"
    assert country["properties"]["precision"] == "country"
    assert country["properties"]["event_type"] == "Strategic developments"
    assert country["properties"]["date"] == "2024-03-03"
    assert "state of emergency" in country["properties"]["title"].lower()


def test_kenya_is_a_mention_not_an_incident(seed_incidents, seed_build):
    project, _ = seed_build
    assert {f["properties"]["place"] for f in seed_incidents["features"]} == {
        "National Penitentiary", "Toussaint Louverture International Airport", "Stade Sylvio Cator",
        "Port-au-Prince", "Haiti"}
    mentions = json.loads((project / "layers" / "mentions.geojson").read_text(encoding="utf-8"))
    [kenya] = [f for f in mentions["features"] if f["properties"]["place"] == "Kenya"]
    assert kenya["properties"]["incident_site"] is False
    assert {m["text"] for m in kenya["properties"]["mentions"]} == {"Kenya", "the East African country"}


def test_the_map_carries_pins_areas_mentions_and_sentence_links(seed_build):
    project, _ = seed_build
    html = (project / "output" / "map.html").read_text(encoding="utf-8")
    [raw] = re.findall(r'id="incident-data">(.*?)</script>', html, re.S)
    data = json.loads(raw)
    columns, strings = data["incidents"], data["strings"]
    pins = [strings[p] for p, area in zip(columns["place"], columns["area"]) if area < 0]
    assert sorted(pins) == ["National Penitentiary", "Stade Sylvio Cator", "Toussaint Louverture International Airport"]
    labels = {data["precisions"][a["prec"]]["label"] for a in data["areas"]}
    assert labels == {"city", "country"}
    assert {strings[m[2]].split(" (")[0] for m in data["mentions"]} >= {"Kenya"}
    assert [d["page"] for d in data["docs"]] == [f"sources/{SEED_DOC}.html"]
    page = (project / "output" / "sources" / f"{SEED_DOC}.html").read_text(encoding="utf-8")
    assert 'id="s6" class="sentence incident"' in page
    assert '<mark class="place">National Penitentiary</mark>' in page
