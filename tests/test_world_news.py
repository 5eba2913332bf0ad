"""News from outside Haiti: administrative areas, qualifiers and words that
only look like places (our own sentences, written in the manner of wire copy)."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import km


@pytest.fixture(scope="module")
def news(extract):
    """A text dated 10 May 2023, the day these stories are set on."""
    return lambda body, date=dt.date(2023, 5, 10), **kw: extract(body, date=date, **kw)


def sites(result) -> set[tuple[str, str, str]]:
    """(place, precision, country) of each incident."""
    return {(i.place, i.precision, i.country) for i in result.incidents}


def resolved(result) -> dict[str, tuple[str, str]]:
    """Mention text -> (kind, country) of the entry it resolved to."""
    return {p.mention.text: (p.entry.kind, p.entry.country) for p in result.places if p.entry is not None}


# -- administrative areas ----------------------------------------------------

def test_a_city_followed_by_its_oblast_is_one_site_inside_the_oblast(news):
    result = news("Drones struck a grain depot in Uman, Cherkasy oblast, on Monday night, killing two "
                  "guards, regional officials said.")
    assert sites(result) == {("Uman", "locality", "UA")}
    assert resolved(result)["Cherkasy oblast"] == ("admin1", "UA")  # the oblast, not Cherkasy city


def test_a_name_with_region_after_it_is_the_region_not_its_namesake_city(news):
    result = news("Shelling damaged a school in the Sumy region overnight, the governor said.")
    [incident] = result.incidents
    assert (incident.place, incident.precision) == ("school in Sumy", "region")
    # the region's point is the middle of its towns, and says how vague it is
    assert incident.uncertainty_m >= 20_000


def test_a_region_level_event_gives_way_to_the_finer_site_inside_it(news):
    result = news("A missile hit the railway station in Okhtyrka on Friday, killing four people. "
                  "Officials said the depot in the Sumy region had been used to evacuate civilians "
                  "before the missile attack.")
    assert {i.place for i in result.incidents} == {"railway station in Okhtyrka"}


def test_an_administrative_word_finds_a_region_named_with_it(news):
    result = news("Gunmen attacked a checkpoint in the Tunis governorate on Sunday.")
    assert {(i.precision, i.country) for i in result.incidents} == {("region", "TN")}


def test_a_bare_name_shared_by_a_town_and_its_region_is_the_town(news):
    result = news("Gunmen attacked the central market in Diffa on Tuesday, killing three traders.")
    assert sites(result) == {("market in Diffa", "locality", "NE")}


def test_a_region_with_no_namesake_town_inside_it_is_the_region(news):
    result = news("Hundreds of farmers protested in Oregon on Saturday against new water rules.")
    assert sites(result) == {("Oregon", "region", "US")}


def test_french_names_the_area_before_the_name(news):
    result = news("Des hommes armés ont attaqué un poste de gendarmerie dans la région de Tillabéri "
                  "mardi, selon une source sécuritaire.")
    assert resolved(result)["Tillabéri"] == ("admin1", "NE")


# -- "Town, Country" and "Town, Region" -----------------------------------------

def test_a_town_qualified_by_a_country_is_never_a_namesake_elsewhere(news):
    result = news("Gunmen ambushed a bus near Medina, Kenya, on Sunday, killing six passengers.")
    assert all(i.country != "SA" for i in result.incidents)
    assert "Medina" not in resolved(result)


def test_a_list_of_states_is_read_as_states(news):
    result = news("The volunteers come from congregations in Iowa, Ohio, Indiana, Oregon, and Ontario, "
                  "Canada, the charity said.")
    found = resolved(result)
    assert found["Oregon"] == ("admin1", "US")
    assert found["Ontario"] == ("admin1", "CA")
    assert result.incidents == []


# -- words that only look like places -------------------------------------------

def test_a_word_opening_a_quote_is_not_a_small_town(news):
    result = news("“Pray for the families,” the governor said after gunmen attacked the livestock market "
                  "in Garissa on Monday, killing five herders.")
    assert sites(result) == {("market in Garissa", "locality", "KE")}


def test_a_run_of_words_ending_in_a_small_word_is_no_place_name(news):
    # "Christians and" is one key with Kristiansand's old spelling
    result = news("Gunmen stormed a school in Mandera that taught Christians and Muslims together, "
                  "killing four teachers.")
    assert {i.country for i in result.incidents} == {"KE"}


def test_a_country_adjective_is_not_a_region_of_that_name(news):
    result = news("Fighters who crossed the Somali border attacked a police post in Mandera, killing "
                  "three officers.")
    assert {i.country for i in result.incidents} == {"KE"}


def test_a_place_before_based_or_a_cartel_names_an_owner_not_a_site(news):
    result = news("Soldiers clashed with gunmen of the Sinaloa drug cartel in Culiacán on Thursday, "
                  "while a Texas-based charity said its clinic was looted.")
    assert sites(result) == {("Culiacán", "locality", "MX")}


def test_the_second_half_of_a_hyphenated_region_is_not_another_region(news):
    result = news("Two suicide bombers killed nine people in Mora, in the Extrême-Nord region of "
                  "Cameroon, on Wednesday.")
    assert {i.country for i in result.incidents} == {"CM"}


def test_running_for_ones_life_at_a_place_keeps_the_place_a_site(news):
    result = news("Students ran for their lives at the university in Eldoret as gunmen opened fire on "
                  "Tuesday, killing two.")
    assert {i.place for i in result.incidents} == {"university in Eldoret"}


def test_a_name_shared_by_a_country_and_a_foreign_region_is_the_country(news):
    result = news("BAMAKO, Mali — Protesters marched in Bamako on Friday. Officials in Abuja said the "
                  "unrest could spread to neighbouring Niger.")
    assert resolved(result)["Niger"] == ("country", "NE")  # not Nigeria's Niger State


def test_an_administrative_word_keeps_the_region_of_the_town_s_country(news):
    # Bolivia has a Beni department; the Congolese territory is around the town
    result = news("Des rebelles ont tué six civils à Oicha, dans le territoire de Beni, selon la "
                  "société civile.")
    assert {p.entry.country for p in result.places if p.entry is not None} == {"CD"}
    # a Spanish town that only an alternate name makes "Cauca" is no such town
    result = news("Des combats ont eu lieu lundi dans le département du Cauca, selon l'armée colombienne.")
    assert resolved(result)["Cauca"] == ("admin1", "CO")


def test_the_capital_is_the_city_that_was_the_capital_on_the_story_s_date(news):
    body = "Des manifestants ont affronté la police dans la périphérie de la capitale burundaise."
    assert [i.place for i in news(body, date=dt.date(2015, 5, 21), language="fr").incidents] == ["Bujumbura"]
    assert [i.place for i in news(body, date=dt.date(2024, 5, 21), language="fr").incidents] == ["Gitega"]


def test_the_capital_is_the_seat_of_government_where_the_official_capital_is_another_city(news):
    result = news("Protesters clashed with police in the Bolivian capital on Monday.")
    assert [i.place for i in result.incidents] == ["La Paz"]  # not Sucre
    result = news("Des coups de feu ont été entendus lundi dans la capitale ivoirienne.", language="fr")
    assert [i.place for i in result.incidents] == ["Abidjan"]  # not Yamoussoukro


def test_a_natural_feature_named_after_a_place_is_not_that_place(news):
    result = news("Barricades of burning tyres blocked the bridges across the Niger river in Bamako, "
                  "and gunmen attacked a ferry on the Tana river.")
    assert {p.entry.name for p in result.places if p.entry is not None} == {"Bamako"}


# -- airports -------------------------------------------------------------------

@pytest.mark.parametrize("body, airport", [
    ("A rocket struck Kandahar airport on Sunday, damaging a runway.", "Kandahar Airport"),
    ("Des tirs nourris ont visé l'aéroport de Bangui lundi soir.", "Bangui M'Poko International Airport"),
    ("Gunmen attacked the airport in Goma before dawn on Friday.", "Goma International Airport"),
])
def test_the_airport_of_a_town_is_the_airport_that_serves_it(news, body, airport):
    # airports lie outside the towns they serve: Kandahar's is 18 km from the city's point
    [incident] = news(body).incidents
    assert (incident.place, incident.precision) == (airport, "site")


def test_an_airport_whose_data_wrote_minutes_as_decimals_is_put_back_by_its_town(news):
    # airportsdata gives Brussels Airport as 50.5405, 4.2904 (50°54'05", 4°29'04" misread): 42 km off
    result = news("LIÈGE, Belgium — Two blasts tore through the departures hall of Zaventem airport "
                  "on Tuesday morning, killing eleven people.")
    [incident] = result.incidents
    assert incident.place == "Brussels Airport"
    assert abs(incident.lat - 50.9014) < 0.01 and abs(incident.lon - 4.4844) < 0.01


def test_airport_point_keeps_a_good_point_and_corrects_a_misread_one():
    from geo.places.world import airport_point

    towns = {("BE", "brussels"): (50.85045, 4.34878), ("AF", "kandahar"): (31.61332, 65.71013)}
    misread = {"lat": 50.5405, "lon": 4.2904, "country": "BE", "city": "Brussels"}
    assert airport_point(misread, towns) == (50.90139, 4.48444, True)
    good = {"lat": 31.5058, "lon": 65.8478, "country": "AF", "city": "Kandahar"}  # 18 km out, but right
    assert airport_point(good, towns) == (31.5058, 65.8478, False)
    unknown = {"lat": 50.5405, "lon": 4.2904, "country": "BE", "city": ""}
    assert airport_point(unknown, towns) == (50.5405, 4.2904, False)


# -- namesakes: the area that introduces a town, the countries named by adjective ------------

def test_the_area_that_introduces_a_town_picks_the_namesake_in_it(news):
    result = news("Israeli troops raided a refugee camp in the West Bank city of Bethlehem on Monday.")
    # not Bethlehem, Pennsylvania; the camp is the city's, placed at it
    assert sites(result) == {("refugee camp in Bethlehem", "locality", "PS")}


def test_a_country_adjective_introducing_a_town_picks_the_namesake_in_that_country(news):
    result = news("MADRID (Reuters) - Gunmen opened fire at a wedding in the central Mexican city of "
                  "Córdoba on Sunday, Spanish media reported.")
    assert {i.country for i in result.incidents} == {"MX"}  # Córdoba, Veracruz, not the Spanish one


def test_a_country_named_only_by_its_adjective_weighs_for_its_towns(news):
    result = news("The British prime minister condemned the bombing at a concert in Manchester, where "
                  "22 people were killed. The United States offered help.")
    assert sites(result) == {("Manchester", "locality", "GB")}


def test_where_a_statement_was_delivered_is_not_the_site(news):
    result = news("The president delivered his statement in the West Bank city of Bethlehem, a day "
                  "after the bombing in Manchester killed 22 people.")
    assert {i.place for i in result.incidents} == {"Manchester"}


def test_a_named_storm_is_not_a_town(news):
    result = news("Gunmen attacked a United States aid convoy in Jérémie, Haiti, on Saturday as Hurricane Matthew "
                  "survivors waited for food.")
    assert {i.place for i in result.incidents} == {"Jérémie"}


def test_an_accented_dateline_is_a_dateline_and_the_facility_after_it_the_site(news):
    result = news("GOMA, 10 mai — Le commissariat de police de Rutshuru a été attaqué lundi par des "
                  "miliciens, a annoncé la police.")
    assert result.focus.source == "dateline"
    assert {i.place for i in result.incidents} == {"commissariat de police in Rutshuru"}
    accented = news("SÉGOU, 10 mai — Des hommes armés ont attaqué le marché de Mopti lundi.")
    assert (accented.focus.source, accented.focus.country) == ("dateline", "ML")


def test_the_hospital_victims_were_taken_to_is_not_the_site(news):
    result = news("Gunmen attacked a bus in Kagadi on Friday; the wounded were taken to the hospital in "
                  "Hoima.")
    assert {i.place for i in result.incidents} == {"Kagadi"}


# -- brands and alternate names ------------------------------------------------------

def test_a_foreign_town_before_a_facility_noun_is_a_brand_not_a_place(news):
    result = news("NAIROBI, Kenya — Gunmen stormed the Dusit hotel on Tuesday, killing 21 people.")
    assert {i.country for i in result.incidents} <= {"KE"}
    assert "TH" not in {p.entry.country for p in result.places if p.entry is not None}


def test_a_place_word_of_a_name_its_acronym_spells_is_an_organisation(news):
    # MUD spells "Mesa de la Unidad Democrática": no town of Mesa, Arizona; "the Democratic Republic of
    # Congo (DRC)" is all the name the gazetteer matched, and stays the country; a country inside a longer
    # name keeps its mention ("the Kenya Defence Forces (KDF) in Lamu" is still a Kenyan story)
    result = news("CARACAS — Police fired tear gas at a march called by the Mesa de la Unidad Democrática (MUD) "
                  "in Caracas on Wednesday.")
    assert {p.entry.name for p in result.places if p.entry is not None} == {"Caracas"}
    result = news("Troops of the Kenya Defence Forces (KDF) clashed with gunmen in the Democratic Republic of "
                  "Congo (DRC) on Monday.")
    assert {p.mention.text for p in result.places if p.entry is not None} == {"Democratic Republic of Congo", "DRC", "Kenya"}


def test_an_alternate_name_does_not_vouch_for_its_own_country(news):
    # "Zion" is an alternate name of Jerusalem; nothing else in the story is in Israel
    result = news("Suicide bombers attacked the Zion evangelical church in Batticaloa during the Easter "
                  "service, killing 28 people.")
    assert {i.country for i in result.incidents} == {"LK"}


def test_a_destination_after_towards_the_port_of_is_not_the_site(news):
    result = news("Gunmen blocked the main road out of Culiacán towards the port of Mazatlán with burning "
                  "trucks on Thursday.")
    assert "Mazatlán" not in {i.place for i in result.incidents}


def test_a_radio_named_in_quotes_still_belongs_to_its_town(news):
    result = news("Selon la radio privée \"Anfani\" de Niamey, des assaillants ont attaqué la prison de "
                  "Diffa dimanche.")
    assert {i.place for i in result.incidents} == {"prison in Diffa"}


def test_a_small_town_opening_a_sentence_with_an_apposition_is_kept(news):
    result = news("Kagara, a town in Nigeria's Niger State, was attacked by gunmen on Wednesday, and 27 "
                  "pupils were abducted.")
    assert {(i.place, i.country) for i in result.incidents} == {("Kagara", "NG")}


def test_a_title_case_headline_gives_its_words_no_capital(news):
    # "Pray" is a hamlet in Montana; in a headline every word is capitalised
    result = news("Mourners Pray For Victims After Church Shooting In Dallas\n\nDALLAS (AP) — A gunman "
                  "opened fire in a church in Dallas on Sunday, killing three people.")
    assert {i.country for i in result.incidents} == {"US"}
    assert "Pray" not in {p.mention.text for p in result.places}


def test_a_bare_airport_in_a_street_name_is_not_the_airport_serving_the_story_s_town(news):
    # the serving-airport rule is for phrases that name a town ("Kandahar airport"), not « la route de l'aéroport »
    result = news("PÉTION-VILLE, 12 mai — Des manifestants ont incendié une station-service à l'angle de "
                  "la route de l'aéroport lundi.")
    assert all(p.entry is None or p.entry.kind != "airport" for p in result.places)


@pytest.mark.parametrize("query, kind, country", [
    ("Poltava", "city", "UA"),           # the city, not the oblast around it
    ("Poltava Oblast", "admin1", "UA"),  # the oblast, by its name with the administrative word
    ("Ohio", "admin1", "US"),            # a state no town is named after
    ("Niger", "country", "NE"),          # the country, not Nigeria's Niger State
    ("Washington State", "admin1", "US"),
])
def test_queries_read_regions_the_way_prose_does(gazetteer, query, kind, country):
    from geo.places.locate import locate

    found = locate(query, gazetteer)
    assert (found.entry.kind, found.entry.country) == (kind, country)


def test_an_event_told_without_a_place_is_not_carried_to_a_region_named_before(news):
    result = news("Cotton is the main crop of Sindh. Gunmen attacked a bus on Monday, killing four "
                  "passengers.")
    assert result.incidents == []


def test_the_bounds_of_a_curfew_drawn_by_freeways_are_no_towns(extract):
    """A motor road named after a place, with or without its number, is a road:
    no Golden in Colorado, no Arroyo Seco in New Mexico, no Parkway."""
    result = extract("LOS ANGELES — The mayor imposed a curfew on downtown Los Angeles on Tuesday. The curfew "
                     "applies to an area between the Golden State (5) and Harbor (110) freeways, and from the "
                     "Santa Monica (10) Freeway to where the Arroyo Seco (110) Parkway and Golden State Freeway "
                     "merge. That area includes Skid Row and Chinatown.")
    assert {i.place for i in result.incidents} == {"Los Angeles"}
    assert not {"Golden", "Arroyo Seco", "Parkway", "Santa Monica", "Chinatown"} & {
        r.place.entry.name for r in result.mentions}


def test_the_white_house_and_the_capitol_are_landmarks_not_a_town_in_texas(extract):
    result = extract("Protesters gathered outside the White House on Sunday. On Monday rioters stormed the "
                     "US Capitol.")
    assert {(i.place, i.precision) for i in result.incidents} == {
        ("White House", "site"), ("United States Capitol", "site")}


def test_a_great_city_named_after_a_region_in_one_sentence_is_not_a_village_of_that_region(extract):
    """"In West Java's Bandung ..., while in Surabaya ...": Surabaya is the city
    of three million in East Java, not a West Java village of that name; and
    "while in" after a comma opens a contrast, not a stay."""
    result = extract("In West Java's Bandung city, demonstrators torched a parliament building on Friday, while "
                     "in Surabaya, Indonesia's second-largest city, protesters stormed police headquarters.")
    surabaya = {i.place: (i.lat, i.lon) for i in result.incidents}["Surabaya"]
    assert km(surabaya, (-7.24917, 112.75083)) < 15
    assert "Bandung" in {i.place for i in result.incidents}


@pytest.mark.parametrize("text, site, not_site", [
    # a foreign country beside a curfew is an actor, not its area
    ("Youths defy Lagos curfew as US shuts Lagos consulate. The Lagos State government imposed a 24-hour curfew "
     "on Tuesday, Nigeria's police said.", "Lagos", "United States"),
    # where someone left for
    ("Rioters stormed the Planalto Palace in Brasília on Sunday. Bolsonaro, who left Brazil for Florida before the "
     "inauguration, did not comment on the attack on Sunday.", "Palácio do Planalto", "Flórida"),
    # the part of a city a quarter lies in situates it
    ("Riot police clashed with demonstrators in Tottenham, north London, on Saturday night.", "Tottenham", "London"),
])
def test_a_place_that_only_frames_the_event_is_no_site(extract, text, site, not_site):
    places = {i.place for i in extract(text).incidents}
    assert site in places and not_site not in places


def test_a_state_named_by_its_governor_s_title_vouches_for_a_small_town_and_is_no_site(extract):
    """"Missouri Gov. Jay Nixon" names the state, so Ferguson (21,000 people) is
    believed in a story that never names the United States; the governor's
    state is no site of the curfew he imposes on Ferguson."""
    result = extract("Missouri Gov. Jay Nixon on Saturday declared a state of emergency and said a curfew would be "
                     "imposed in Ferguson.", date=dt.date(2014, 8, 16))
    assert {i.place for i in result.incidents} == {"Ferguson"}


def test_a_surname_the_story_gives_a_person_is_no_town(extract):
    result = extract("Missouri Gov. Jay Nixon put Highway Patrol Capt. Ron Johnson in charge of Ferguson on "
                     "Saturday. Johnson and Nixon said the curfew was needed after looting in Ferguson.",
                     date=dt.date(2014, 8, 16))
    assert "Johnson" not in {r.place.entry.name for r in result.mentions}
    # a surname that opens with a capital outside ASCII, after a given name no list holds
    result = extract("Thousands rallied in Istanbul on Monday after the arrest of Mayor Ekrem İmamoğlu. On Sunday, "
                     "İmamoğlu received support from millions of voters, and protesters marched again.",
                     date=dt.date(2025, 3, 24))
    assert "İmamoğlu" not in {r.place.entry.name for r in result.mentions}


def test_a_march_s_direction_is_its_site_and_brazil_s_congress_is_a_landmark(extract):
    result = extract("Le cortège est parti du centre-ville pour prendre la direction de l'aéroport international "
                     "Hugo Chávez, au Cap-Haïtien, lundi.", language="fr")
    assert "Cap-Haïtien International Airport" in {i.place for i in result.incidents}
    result = extract("Supporters of Bolsonaro stormed Brazil's Congress on Sunday.", date=dt.date(2023, 1, 8))
    assert {(i.place, i.event_type) for i in result.incidents} == {("National Congress of Brazil", "Riots")}


def test_namesakes_named_alike_give_the_same_map_whatever_the_hash_seed():
    # "Manhattan" is a town of Kansas and New York's borough, both voting alike for the story's town: the tie goes
    # to the larger, not to the order of a set (which once changed with PYTHONHASHSEED)
    import os
    import subprocess
    import sys
    code = ("import datetime as dt\n"
            "from geo.pipeline import process_document\n"
            "from geo.places.gazetteer import load_default\n"
            "from geo.text.documents import Document\n"
            "r = process_document(Document(doc='t.txt', path=None, title='t', date=dt.date(2024, 3, 5), url=None,"
            " language='en', body='Gunmen stormed a hotel in the East Village, Manhattan, on Monday.'), load_default())\n"
            "print(r.focus.locality.admin1)\n")
    answers = set()
    for seed in ("1", "2", "3"):
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        answers.add(run.stdout.strip())
    assert answers == {"New York"}
