"""The world localities pack (``geo/data/world-localities.csv``): towns,
villages and displacement camps of conflict-affected countries that GeoNames'
cities500 lacks, compiled into the world layer beside cities500.

The first tests read the file as a reviewer would; the others run our own
sentences, written in the manner of wire copy, through the pipeline.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest
from geopy.distance import distance

from geo.places import names, world
from geo.text.wordlists import COMMON_WORDS, FIRST_NAMES

PACK = Path(__file__).resolve().parents[1] / "geo" / "data" / "world-localities.csv"
HEADER = ["id", "name", "aliases", "lat", "lon", "country", "admin1", "population", "source"]
SOURCE = re.compile(r"wikipedia:([a-z]{2}:)?\S+|geonames:\d+")


def rows() -> list[dict[str, str]]:
    with PACK.open(encoding="utf-8", newline="") as raw:
        return list(csv.DictReader(raw))


def test_the_pack_has_its_columns_and_one_row_per_id():
    with PACK.open(encoding="utf-8", newline="") as raw:
        assert next(csv.reader(raw)) == HEADER
    ids = [r["id"] for r in rows()]
    assert len(ids) == len(set(ids))
    for r in rows():
        assert re.fullmatch(r"[a-z]{2}-loc-[a-z0-9-]+", r["id"]), r["id"]
        assert r["id"].startswith(r["country"].lower() + "-"), r["id"]


def test_every_point_is_sourced_and_on_the_globe():
    for r in rows():
        assert SOURCE.fullmatch(r["source"]), r
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, r
        assert re.fullmatch(r"-?\d+\.\d{1,5}", r["lat"]) and re.fullmatch(r"-?\d+\.\d{1,5}", r["lon"]), r


def test_no_name_or_alias_is_a_common_word_or_first_name_or_too_short():
    for r in rows():
        for spelling in [r["name"], *filter(None, r["aliases"].split("|"))]:
            key = names.key(spelling)
            assert len(key) >= 4, spelling
            assert key not in COMMON_WORDS and key not in FIRST_NAMES, spelling


def test_every_row_lies_in_a_known_region_of_its_country(gazetteer):
    index = world.open_index()
    for r in rows():
        entry = index.get(r["id"])
        assert entry is not None and entry.admin1, r  # the admin1 code names a GeoNames region of the country
        assert entry.country == r["country"]


def test_no_row_repeats_a_cities500_place_of_its_name_nearby(gazetteer):
    """A town cities500 already has (under the same name, within 10 km) needs no row."""
    for r in rows():
        for other in gazetteer.lookup(r["name"]):
            if other.id == r["id"] or other.country != r["country"]:
                continue
            assert distance((other.lat, other.lon), (float(r["lat"]), float(r["lon"]))).km > 10, (r, other)


# -- in prose -------------------------------------------------------------------

@pytest.fixture(scope="module")
def news(extract):
    return lambda body, language="en": extract(body, date=dt.date(2024, 8, 26), language=language)


def sites(result) -> dict[str, tuple[float, float, str]]:
    return {i.place: (i.lat, i.lon, i.country) for i in result.incidents}


def test_a_burkina_village_named_with_its_region_is_the_site(news):
    result = news("Gunmen killed dozens of people in Barsalogho, in Burkina Faso's Centre-Nord region, "
                  "on Saturday, local officials said.")
    lat, lon, country = sites(result)["Barsalogho"]
    assert country == "BF"
    assert distance((lat, lon), (13.4186, -1.0558)).km < 5


def test_a_dateline_sets_the_country_that_vouches_for_the_village(news):
    result = news("OUAGADOUGOU, Burkina Faso (AP) — Jihadists attacked the town of Barsalogho on Saturday, "
                  "killing civilians who were digging trenches, residents said.")
    assert sites(result)["Barsalogho"][2] == "BF"


def test_a_village_name_worn_by_a_person_in_a_story_elsewhere_is_no_place(news):
    result = news("PARIS (AFP) — Police arrested a man outside the Bataclan on Monday. His lawyer, "
                  "Moussa Barsalogho, said he would appeal.", language="en")
    assert all(p.entry is None or p.entry.country != "BF" for p in result.places)


def test_a_village_abroad_is_not_believed_in_a_story_about_another_country(news):
    result = news("LYON, France — Protesters clashed with police near Barsalogho street on Saturday.")
    assert all(p.entry is None or p.entry.country != "BF" for p in result.places)


def test_a_pack_spelling_without_accents_finds_the_town_in_a_story_about_its_country(news):
    """The pack's aliases are spellings reporters use, so they are believed
    as the town's own name (a GeoNames alternate name needs a big town)."""
    result = news("Jihadists attacked a checkpoint in Sevare, in central Mali, on Saturday, the army said.")
    assert any(i.country == "ML" and distance((i.lat, i.lon), (14.533, -4.1)).km < 5 for i in result.incidents), \
        sites(result)


def test_a_town_of_the_pack_does_not_replace_a_big_namesake_abroad(news):
    """Palma in a story about Spain is Palma de Mallorca, not Palma in Cabo Delgado."""
    result = news("Police clashed with protesters in Palma, on the Spanish island of Majorca, on Saturday.")
    assert all(p.entry is None or p.entry.country != "MZ" for p in result.places)


# -- the regions added in November 2026 (Lake Chad basin, Tillabéri, Maradi, the Gourma, Amhara) ---

def near(result, country: str, point: tuple[float, float], km: float = 5) -> bool:
    return any(i.country == country and distance((i.lat, i.lon), point).km < km for i in result.incidents)


NEW_REGION_VILLAGES = [
    ("Boko Haram fighters raided Kolofata, in Cameroon's Far North region, overnight, killing "
     "three vigilantes, a local official said.", "CM", (11.16222, 14.01139)),
    ("Suspected Boko Haram militants attacked Toumour, in Niger's Diffa region, on Saturday, burning "
     "houses and the market, residents said.", "NE", (13.66667, 13.13333)),
    ("Gunmen on motorcycles killed nine villagers in Tondikiwindi, in Niger's Tillabéri region, "
     "on Friday, the interior ministry said.", "NE", (14.46667, 2.03333)),
    ("Bandits raided Guidan Sori, in Niger's Maradi region, and kidnapped a trader on Tuesday, "
     "local officials said.", "NE", (13.53333, 6.88333)),
    ("Jihadists ambushed a supply convoy near Gossi, in Mali's Timbuktu region, on Sunday, "
     "the army said.", "ML", (15.82667, -1.31139)),
    ("Armed men attacked the gendarmerie post in Markoye, in Burkina Faso's Sahel region, "
     "on Monday, security sources said.", "BF", (14.64222, 0.035)),
    ("Fano militiamen briefly seized Mekane Selam, in Ethiopia's Amhara region, on Thursday, "
     "residents told reporters.", "ET", (10.74917, 38.76056)),
]


def test_an_accentless_pack_spelling_finds_a_tillaberi_commune(news):
    result = news("Gunmen killed a village chief in Sakoira, in Niger's Tillaberi region, on Wednesday, "
                  "local radio reported.")
    assert near(result, "NE", (14.28389, 1.40194)), sites(result)


def test_a_far_north_village_in_a_french_story_is_the_site(news):
    result = news("Des assaillants de Boko Haram ont attaqué Fotokol, dans la région de l'Extrême-Nord "
                  "du Cameroun, dans la nuit de samedi, selon une source sécuritaire.", language="fr")
    assert near(result, "CM", (12.36667, 14.23333)), sites(result)


# -- the third round (November 2026): Dogon country, the Kivus and Ituri, Darfur, southern Somalia --

THIRD_ROUND_TOWNS = [
    ("Suspected ADF rebels killed seven people in Kasindi, in the Democratic Republic of Congo, "
     "on Sunday, the army said.", "CD", (0.04778, 29.68639)),
    ("GOMA, Democratic Republic of Congo (Reuters) — Rebels attacked the town of Masisi on "
     "Saturday, killing five civilians, residents said.", "CD", (-1.4, 28.8)),
    ("Clashes broke out in Fizi, in Congo's South Kivu province, between the army and a local "
     "militia on Monday.", "CD", (-4.30111, 28.94417)),
    ("Drones struck the market of Saraf Omra, in Sudan's North Darfur state, on Friday, "
     "killing seven people, witnesses said.", "SD", (13.47528, 23.30556)),
    ("Al-Shabaab fighters attacked an army base outside Burdhubo, in Somalia's Gedo region, "
     "overnight, a commander said.", "SO", (3.16853, 42.49469)),
    ("Gunmen set fire to the town hall of Partiaga, in Burkina Faso's East region, on "
     "Wednesday, local sources said.", "BF", (11.92972, 1.62389)),
]


def test_a_dogon_commune_under_a_malian_dateline_is_not_the_congolese_department(news):
    """Sangha is also a department of the Republic of the Congo, which wins when no country
    vouches for the Malian commune; a Bamako dateline does."""
    result = news("BAMAKO, Mali (AP) — Dozo militiamen attacked Sangha, in central Mali, on Tuesday, "
                  "a local official said.")
    assert near(result, "ML", (14.465, -3.30611)), sites(result)


def test_the_somali_spelling_of_a_port_finds_the_town_in_a_somali_story(news):
    """Barawa is also written Baraawe; the alias is the town's own name in a story about Somalia."""
    result = news("Somali troops and African Union forces retook Baraawe, on Somalia's southern coast, "
                  "on Sunday, officials said.")
    assert near(result, "SO", (1.11333, 44.03028)), sites(result)


def test_a_burkinabe_village_name_is_not_believed_in_a_story_about_mali(news):
    """Bani is a commune of Burkina Faso's Séno, but in a Malian story it is the river or a namesake."""
    result = news("MOPTI, Mali (Reuters) — Fishermen on the Bani said the water had risen again on "
                  "Saturday, flooding villages near Djenné.")
    assert all(p.entry is None or p.entry.country != "BF" for p in result.places)


def test_a_village_of_the_yirgou_killings_in_a_french_story_is_the_site(news):
    result = news("Des hommes armés ont tué six personnes à Yirgou, dans la province du Sanmatenga, "
                  "au Burkina Faso, dans la nuit de lundi, selon des sources locales.", language="fr")
    assert near(result, "BF", (13.85333, -0.9875)), sites(result)


def test_a_soum_village_on_the_national_road_is_the_site(news):
    result = news("Des hommes armés ont tué dix-sept civils à Béléhédé, dans la province du Soum, "
                  "au Burkina Faso, selon une source locale.", language="fr")
    assert near(result, "BF", (14.08139, -1.29083)), sites(result)


# -- the fourth round (November 2026): south Lebanon, Sagaing, Idlib, Cauca, the West Bank -------

FOURTH_ROUND_PLACES = [
    ("BEIRUT (Reuters) — An Israeli drone strike on a house in Aitaroun, in southern Lebanon, "
     "killed three people on Tuesday, the health ministry said.", "LB", (33.11639, 35.46833)),
    ("Israeli shelling hit the outskirts of Khiam, a town near Lebanon's southern border, "
     "overnight, Lebanese state media reported.", "LB", (33.32722, 35.61111)),
    ("An Israeli airstrike killed two people in Mais al-Jabal, in south Lebanon, on Friday, "
     "Lebanon's National News Agency reported.", "LB", (33.16944, 35.52556)),
    ("Myanmar's military bombed the town of Depayin, in the Sagaing region, on Monday, "
     "residents and a resistance group said.", "MM", (22.466667, 95.15)),
    ("Dissident guerrillas attacked a police post in El Plateado, in Colombia's Cauca "
     "department, killing two officers, the army said on Sunday.", "CO", (2.46444, -77.24028)),
    ("Israeli settlers set fire to olive groves near Beita, south of Nablus in the occupied "
     "West Bank, the Palestinian health ministry said.", "PS", (32.14361, 35.2875)),
]


def test_the_french_spelling_of_a_hasbaya_town_finds_it_in_a_french_story(news):
    result = news("Une frappe israélienne a visé une maison à Chebaa, dans le sud du Liban, "
                  "mardi soir, selon l'Agence nationale d'information.", language="fr")
    assert near(result, "LB", (33.34861, 35.74861)), sites(result)


def test_a_lebanese_village_name_is_not_believed_in_a_west_bank_story(news):
    """Taybeh is a village of Marjayoun and a town near Ramallah: a West Bank
    story never means the Lebanese one."""
    result = news("RAMALLAH, West Bank (AP) — Settlers torched two cars in Taybeh, a Christian "
                  "village north-east of Ramallah, on Monday, residents said.")
    assert all(p.entry is None or p.entry.country != "LB" for p in result.places)


# -- the fifth round (November 2026): Rakhine, Chin and Shan, Mindanao, the Central African
#    Republic, Lake Chad, Kordofan and Rutshuru ------------------------------------------------

FIFTH_ROUND_PLACES = [
    ("The Arakan Army said on Sunday that it now held all of Maungdaw, the border town in "
     "Myanmar's Rakhine State, after months of fighting.", "MM", (20.817, 92.367)),
    ("Military jets bombed the market of Paletwa, in Myanmar's Chin State, on Tuesday, "
     "killing four people, residents said.", "MM", (21.3, 92.85)),
    ("Ethnic armed groups took Hsipaw, on the road from Mandalay to Lashio in Myanmar's Shan "
     "State, after a week of clashes, local media reported.", "MM", (22.617, 97.283)),
    ("Gunmen fired on an army patrol near Mamasapano, in the southern Philippine province of "
     "Maguindanao del Sur, on Friday, the military said.", "PH", (6.89324, 124.50064)),
    ("Fighters of the 3R armed group raided Koui, in the Central African Republic's Ouham-Pendé "
     "prefecture, overnight, the UN mission said.", "CF", (6.95194, 15.45333)),
    ("Boko Haram militants crossed the lake in canoes and attacked Ngouboua, in Chad's Lac "
     "province, before dawn, a security source said.", "TD", (13.52806, 14.0175)),
    ("M23 rebels attacked Nyanzale, in Congo's North Kivu province, on Tuesday, killing "
     "three civilians, local officials said.", "CD", (-0.77486, 29.1251)),
    ("A drone strike on Heglig, an oil town in Sudan's South Kordofan state, killed five "
     "workers on Saturday, an army spokesman said.", "SD", (9.99944, 29.39861)),
]


def test_a_haute_kotto_town_in_a_french_story_is_the_site(news):
    result = news("Des hommes armés ont attaqué Yalinga, dans la préfecture de la Haute-Kotto, en "
                  "Centrafrique, jeudi, selon une source humanitaire.", language="fr")
    assert near(result, "CF", (6.51139, 23.25806)), sites(result)


def test_the_shan_name_of_a_town_finds_it_in_a_story_about_myanmar(news):
    """Momeik is also written Mongmit, its Shan name; the alias is the town's own name."""
    result = news("Fighting between the army and the Ta'ang National Liberation Army reached "
                  "Mongmit, in Myanmar's northern Shan State, on Wednesday, residents said.")
    assert near(result, "MM", (23.11667, 96.68444)), sites(result)


def test_a_central_african_village_name_worn_by_a_person_abroad_is_no_place(news):
    result = news("TOKYO (Reuters) — Kouki scored twice as his side won the J-League title on "
                  "Saturday, in front of a record crowd.")
    assert all(p.entry is None or p.entry.country != "CF" for p in result.places)


# -- the sixth round (November 2026): South Sudan's county towns, Sudan's war beyond Darfur, the
#    front-line villages of eastern Ukraine and the Kursk incursion ------------------------------

SIXTH_ROUND_PLACES = [
    ("Fighters of the White Army overran an army barracks in Ulang, in South Sudan's Upper Nile "
     "state, on Friday, local officials said.", "SS", (8.66667, 32.73333)),
    ("Cattle raiders from Pibor attacked villages near Panyagor, in South Sudan's Jonglei state, "
     "killing eleven people, the county commissioner said.", "SS", (7.1703, 31.40858)),
    ("Gunmen attacked Nyal, a town in South Sudan's Unity state that shelters thousands of displaced "
     "families, on Monday, killing four civilians, aid workers said.", "SS", (7.75, 30.267)),
    ("Armed men ambushed a truck on the road to Kajo-Keji, in South Sudan's Central Equatoria "
     "state, on Tuesday, the police said.", "SS", (3.84917, 31.65778)),
    ("Paramilitary fighters stormed Tambul, a town in Sudan's Gezira state, and looted the market, "
     "residents said on Wednesday.", "SD", (14.93439, 33.4305)),
    ("A drone strike on the market of Ed Dubeibat, in Sudan's South Kordofan state, killed nine "
     "people on Sunday, a local activist group said.", "SD", (12.517, 29.8)),
    ("A Russian missile hit a cafe in Hroza, a village in Ukraine's Kharkiv region, during a wake, "
     "killing dozens of people, officials said.", "UA", (49.67306, 37.20833)),
    ("Ukrainian troops pushed into Robotyne, in the Zaporizhzhia region, after weeks of fighting, "
     "the general staff said on Monday.", "UA", (47.44306, 35.82611)),
]


def test_the_russian_spelling_of_a_zaporizhzhia_village_finds_it_in_a_story_about_ukraine(news):
    """Russian communiqués call Robotyne Rabotino; the alias is the village's own name."""
    result = news("Russia's defence ministry said on Tuesday that its forces had repelled three "
                  "Ukrainian attacks near Rabotino, in Ukraine's Zaporizhzhia region.")
    assert near(result, "UA", (47.44306, 35.82611)), sites(result)


def test_a_south_sudanese_town_named_after_a_river_is_not_believed_in_an_ethiopian_story(news):
    """Akobo is a town of Jonglei and the river that marks the border: an Ethiopian story
    about the river never means the South Sudanese town."""
    result = news("ADDIS ABABA (Reuters) — Floods along the Akobo river displaced thousands of "
                  "people in Ethiopia's Gambela region this week, officials said.")
    assert all(p.entry is None or p.entry.country != "SS" for p in result.places)


# -- every round's places, each named in a sentence with its region or country --------------------

@pytest.mark.parametrize("sentence, country, point", NEW_REGION_VILLAGES + THIRD_ROUND_TOWNS + FOURTH_ROUND_PLACES
                         + FIFTH_ROUND_PLACES + SIXTH_ROUND_PLACES)
def test_a_place_of_the_later_rounds_named_with_its_region_is_the_site(news, sentence, country, point):
    result = news(sentence)
    assert near(result, country, point), sites(result)
