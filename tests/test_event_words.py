"""Event words of wire copy in English and French: each phrasing below makes
an incident of ACLED's type at the place the sentence names.

The sentences are our own, written the way agencies and local outlets
report; each names its country, as a real story does, so that a small town
abroad is believed.
"""

from __future__ import annotations

import pytest

CASES = [
    # French ambushes and raids; an ambush on soldiers is a battle
    ("fr", "Des hommes armés ont tendu une embuscade à un convoi militaire près de Kidal mardi, au Mali.",
     "Kidal", "Battles", "Armed clash"),
    ("fr", "Des soldats ont été égorgés près de Ménaka mardi, au Mali.", "Ménaka", "Battles", "Armed clash"),
    ("fr", "Trois villageois ont été décapités à Mocímboa da Praia mardi, au Mozambique.",
     "Mocímboa da Praia", "Violence against civilians", "Attack"),
    ("fr", "La gendarmerie a été prise pour cible à Tambacounda mardi, au Sénégal.",
     "Tambacounda", "Battles", "Armed clash"),
    # remote violence: any booby-trapped vehicle, a mine, drones in French word order
    ("fr", "Une moto piégée a explosé dans un marché de Mogadiscio mardi, en Somalie.",
     "marché in Mogadishu", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("fr", "L'explosion d'une mine a tué trois cultivateurs près de Ménaka mardi, au Mali.",
     "Ménaka", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("fr", "Une attaque de drones a visé l'aéroport de Port-Soudan mardi, au Soudan.",
     "Port Sudan New International Airport", "Explosions/Remote violence", "Air/drone strike"),
    # territory and fighting for it
    ("fr", "Les rebelles se sont emparés de la ville de Goma mardi, au Congo.",
     "Goma", "Battles", "Non-state actor overtakes territory"),
    ("en", "Rival gangs fought for control of Cité Soleil on Tuesday.", "Cité Soleil", "Battles", "Armed clash"),
    ("fr", "Des gangs rivaux se disputent le contrôle de Cité Soleil depuis mardi.", "Cité Soleil", "Battles",
     "Armed clash"),
    ("fr", "Une tension régnait mardi à Mariani où les forces de l'ordre tentaient vainement de reprendre le contrôle.",
     "Mariani", "Battles", "Armed clash"),
    ("en", "Troops were trying to retake Kidal from the rebels on Tuesday, Mali's army said.",
     "Kidal", "Battles", "Armed clash"),
    # protests, known by the police's answer or by the strikers' action
    ("en", "Police fired tear gas at stone-throwing youths in Nairobi on Tuesday, Kenya's police said.",
     "Nairobi", "Protests", "Protest with intervention"),
    ("en", "Police teargassed students in Nairobi on Tuesday, Kenya's police said.",
     "Nairobi", "Protests", "Protest with intervention"),
    # a crowd's clash with the police is a riot, armed groups' a battle
    ("en", "Youths clashed with police in Nairobi on Tuesday, Kenya's police said.",
     "Nairobi", "Riots", "Violent demonstration"),
    ("fr", "Des affrontements ont opposé des jeunes aux forces de l'ordre mardi à Dakar, au Sénégal.",
     "Dakar", "Riots", "Violent demonstration"),
    ("en", "Rival gangs clashed in Cité Soleil on Tuesday, residents said.", "Cité Soleil", "Battles", "Armed clash"),
    ("en", "Youths armed with AK-47 rifles clashed with soldiers in Bunia on Tuesday, Congo's army said.",
     "Bunia", "Battles", "Armed clash"),
    # violence that spread, with a clause between
    ("en", "The violence, which lasted for several hours, soon spread to Palwal, in India's Haryana state.",
     "Palwal", "Riots", "Violent demonstration"),
    # damage or destruction sustained, in a story of attacks
    ("en", "Dozens of homes in Martissant sustained significant destruction on Tuesday, the police union said.",
     "Martissant", "Strategic developments", "Looting/property destruction"),
    ("fr", "Des dizaines de maisons ont subi d'importants dégâts mardi à Martissant, selon le syndicat de la police.",
     "Martissant", "Strategic developments", "Looting/property destruction"),
    # tear gas shells are no artillery
    ("en", "Police fired tear gas shells at protesters in Nairobi on Tuesday, Kenya's police said.",
     "Nairobi", "Protests", "Protest with intervention"),
    # a petrol bomb is no explosive weapon: thrown by protesters, it makes their protest a riot
    ("en", "Protesters threw petrol bombs at police in Nairobi on Tuesday, Kenya's police said.",
     "Nairobi", "Riots", "Violent demonstration"),
    ("fr", "Des jeunes ont jeté des pierres sur les forces de l'ordre mardi à Sfax, en Tunisie.",
     "Sfax", "Riots", "Violent demonstration"),
    ("fr", "La police a dispersé les étudiants à coups de gaz lacrymogène à Nairobi mardi, au Kenya.",
     "Nairobi", "Protests", "Protest with intervention"),
    ("en", "Dock workers went on strike and picketed the port of Mombasa on Tuesday, Kenya's unions said.",
     "Mombasa", "Protests", "Peaceful protest"),
    ("fr", "Des milliers de personnes ont défilé dans les rues de Santiago mardi pour réclamer une réforme des "
           "retraites, au Chili.",
     "Santiago", "Protests", "Peaceful protest"),
    ("fr", "Les camionneurs ont bloqué la principale route de sortie de Lima mardi, au Pérou.",
     "Lima", "Protests", "Peaceful protest"),
    # lethal force against a crowd; "live rounds" is no residence ("people who live in")
    ("en", "Police fired live rounds at protesters in Khartoum on Tuesday, killing five.",
     "Khartoum", "Protests", "Excessive force against protesters"),
    ("fr", "Une marche pacifique a été réprimée dans le sang à Conakry mardi, en Guinée.",
     "Conakry", "Protests", "Excessive force against protesters"),
    # forced entries and bodies found
    ("fr", "Des militaires ont pénétré de force dans le palais présidentiel à La Paz mercredi, en Bolivie.",
     "Palacio Quemado", "Battles", "Armed clash"),
    ("en", "Gunmen forced their way into a church in Ondo on Sunday, Nigerian police said.",
     "church in Ondo", "Violence against civilians", "Attack"),
    ("fr", "Trois hommes ont été retrouvés morts à Kenscoff mardi, en Haïti.", "Kenscoff",
     "Violence against civilians", "Attack"),
    ("en", "Two teenagers were found shot dead in Cap-Haïtien on Tuesday, Haiti's police said.", "Cap-Haïtien",
     "Violence against civilians", "Attack"),
    # ground taken back, attempted break-ins of rioters, stone throwing
    ("fr", "Les forces de l'ordre ont repris le contrôle du quartier de Solino, à Port-au-Prince, mardi.", "Solino",
     "Battles", "Government regains territory"),
    ("fr", "Les émeutiers ont multiplié les tentatives d'intrusion dans les commissariats à Meaux mardi, en France.",
     "Meaux", "Riots", "Violent demonstration"),
    ("en", "Stone throwing was reported in Durban on Tuesday, South African police said.", "Durban", "Riots",
     "Violent demonstration"),
    ("fr", "Une voiture de police a été caillassée à Strasbourg samedi soir.", "Strasbourg", "Riots",
     "Violent demonstration"),
    ("en", "A police car was stoned in Strasbourg on Saturday night, French police said.", "Strasbourg", "Riots",
     "Violent demonstration"),
]


@pytest.mark.parametrize("language, text, place, event_type, sub_event_type", CASES,
                         ids=[case[1][:40] for case in CASES])
def test_a_wire_phrasing_makes_its_incident(extract, language, text, place, event_type, sub_event_type):
    result = extract(text, language=language)
    assert [(i.place, i.event_type, i.sub_event_type) for i in result.incidents] == [
        (place, event_type, sub_event_type)]


@pytest.mark.parametrize("language, text", [
    # a road accident told with a participle of killing
    ("fr", "Un bus a percuté un camion près de Kidal mardi, au Mali, tuant cinq passagers."),
    # a military parade, not a march
    ("fr", "Les troupes ont défilé à Bamako mardi pour la fête de l'indépendance, au Mali."),
    # a state the junction is named after, not an airport
    ("fr", "La circulation était fluide mardi à Carrefour aéroport, à Port-au-Prince."),
    # damage a storm did
    ("en", "Homes in Jérémie sustained heavy damage from the hurricane on Tuesday, Haiti's civil protection said."),
    # damage to a body, not to property
    ("en", "A boxer from Cap-Haïtien suffered severe brain damage in a fight on Tuesday, his trainer said."),
])
def test_words_that_only_look_like_events_make_none(extract, language, text):
    assert extract(text, language=language).incidents == []


@pytest.mark.parametrize("language, text", [
    # planned, called for, feared, possible: no event yet
    ("en", "A protest is planned for Friday in Nairobi, organisers said."),
    ("en", "Opposition leaders called for demonstrations in Kinshasa next week."),
    ("en", "Residents of Cité Soleil fear that gangs could attack again."),
    ("en", "If the talks fail, fighting could resume around Goma."),
    ("fr", "Une manifestation est prévue vendredi à Dakar, selon les organisateurs."),
    ("fr", "Les habitants de Cité Soleil craignent de nouvelles attaques des gangs."),
    ("fr", "Si les négociations échouent, les combats pourraient reprendre autour de Goma."),
    # a measure lifted, a crash, a film, a campaign rally
    ("en", "The government lifted the curfew in Imphal on Monday."),
    ("fr", "Le gouvernement a levé le couvre-feu à Conakry lundi."),
    ("en", "A bus crash near Kisumu killed 12 passengers on Tuesday."),
    ("en", "The film shot in Nairobi won a prize in Cannes."),
    ("en", "The opposition candidate held a campaign rally in Abuja that drew thousands of supporters."),
])
def test_an_event_that_has_not_happened_makes_none(extract, language, text):
    assert extract(text, language=language).incidents == []


def test_an_event_feared_beside_one_that_happened_leaves_the_real_one(extract):
    result = extract("Gangs attacked Solino on Monday, and residents fear they could attack Delmas 30 next.")
    assert {i.place for i in result.incidents} == {"Solino"}


@pytest.mark.parametrize("language, text, site", [
    ("en", "Police arrested three suspects in Mombasa who had come from Nairobi.", "Mombasa"),
    ("en", "Gangs burned homes in Cabaret on Monday, the Port-au-Prince newspaper Le Nouvelliste reported.",
     "Cabaret"),
    ("en", "Demonstrators blocked roads in Jacmel on Monday to demand the release of a teacher kidnapped in "
           "Port-au-Prince last year.", "Jacmel"),
    ("fr", "Des manifestants ont bloqué les routes à Jacmel lundi pour exiger la libération d'un professeur "
           "enlevé à Port-au-Prince l'an dernier.", "Jacmel"),
    ("en", "The Nigerian army said jihadists attacked Monguno on Sunday; the army chief in Abuja condemned "
           "the raid.", "Monguno"),
    ("en", "Police fired tear gas at protesters in Dakar on Friday, as the opposition leader remained "
           "detained in Ziguinchor.", "Dakar"),
    ("fr", "Des bandits ont attaqué un bus à Gusau lundi; les passagers venaient de Kano.", "Gusau"),
    ("fr", "Des militaires ont affronté des rebelles près de Goma lundi, alors que le président se rendait "
           "à Kinshasa.", "Goma"),
    ("fr", "Une bombe a explosé lundi sur un marché de Maiduguri, capitale de l'État de Borno.",
     "marché in Maiduguri"),
])
def test_the_site_of_an_event_is_told_apart_from_the_places_beside_it(extract, language, text, site):
    assert {i.place for i in extract(text, language=language).incidents} == {site}


@pytest.mark.parametrize("language, text, place", [
    ("fr", "Plusieurs maisons ont été livrées aux flammes à Tabarre samedi.", "Tabarre"),
    ("fr", "Le marché de Croix-des-Bossales a été la proie des flammes mercredi.", "Croix-des-Bossales market"),
    ("fr", "Des membres du gang Grand Grif ont massacré une dizaine de paysans à Pont-Sondé.", "Pont-Sondé"),
    ("ht", "Yon polisye mouri nan yon atak bandi nan Kafou.", "Carrefour"),
])
def test_haitian_phrasings_of_arson_massacres_and_attacks(extract, language, text, place):
    assert place in {i.place for i in extract(text, language=language).incidents}


def test_a_creole_trend_of_attacks_is_no_event(extract):
    assert extract("Atak gang ame yo ap ogmante nan zòn Pòtoprens.", language="ht").incidents == []


def test_protests_a_police_chief_says_are_planned_are_no_event(extract):
    result = extract("Inspector General of Police Japhet Koome said no grouping had alerted the police of any "
                     "planned protests. \"Groups are planning to hold public demonstrations/protests/gatherings "
                     "across the country on Wednesday,\" Koome stated in Nairobi, Kenya.")
    assert result.incidents == []


def test_a_capital_said_to_be_calm_is_no_site_of_the_unrest_elsewhere(extract):
    result = extract("Demonstrators burned election offices in Terrier-Rouge and Ferrier on Saturday, though the "
                     "capital of Port-au-Prince and most other areas of the country remained calm.")
    assert "Port-au-Prince" not in {i.place for i in result.incidents}
    # ...or peaceful; but protests that were peaceful in a town are protests there
    result = extract("Demonstrators burned election offices in Terrier-Rouge and Ferrier on Saturday, though the "
                     "crowded capital of Port-au-Prince and most other areas of the country were peaceful.")
    assert "Port-au-Prince" not in {i.place for i in result.incidents}


@pytest.mark.parametrize("language, text, site", [
    ("fr", "Le chef de gang, basé à Croix-des-Bouquets, a revendiqué l'enlèvement de missionnaires à Ganthier.",
     "Ganthier"),
    ("fr", "Un policier originaire de Jacmel a été tué mardi à Carrefour.", "Carrefour"),
    ("fr", "Les blessés ont été transportés à l'hôpital de Mirebalais après l'attaque de Saut-d'Eau.", "Saut-d'Eau"),
    ("fr", "Le convoi qui se rendait au Cap-Haïtien a été attaqué à Plaisance mercredi.", "Plaisance"),
    ("en", "A police officer from Jérémie was shot dead in Martissant on Sunday.", "Martissant"),
    ("en", "The victims were flown to a hospital in Miami after the attack in Cap-Haïtien.", "Cap-Haïtien"),
    ("en", "Schools in Delmas remained closed on Monday after gangs attacked Solino.", "Solino"),
    ("fr", "Des tirs ont été entendus à Pétion-Ville, a rapporté un correspondant de Radio Métropole à Delmas.",
     "Pétion-Ville"),
])
def test_an_origin_or_a_destination_does_not_swallow_the_place_the_event_happened(extract, language, text, site):
    assert {i.place for i in extract(text, language=language).incidents} == {site}


def test_kidnappings_said_to_resurface_are_a_trend_not_an_event(extract):
    assert extract("Les actes d'enlèvement ont refait surface à Port-au-Prince ces derniers jours.",
                   language="fr").incidents == []


@pytest.mark.parametrize("language, text, place", [
    ("fr", "La Police nationale d'Haïti a neutralisé trois bandits à Delmas 24 mercredi.", "Delmas 24"),
    ("fr", "Des projectiles ont été lancés contre les agents de la PNH à Bel-Air lundi.", "Bel Air"),
    ("fr", "Un camion a été détourné par des bandits à Arcahaie mardi.", "Arcahaie"),
    ("fr", "Les corps de trois policiers ont été retrouvés à Petit-Goâve mercredi.", "Petit-Goâve"),
    ("fr", "Les gangs ont brûlé la maison du juge à Croix-des-Bouquets mardi.", "Croix-des-Bouquets"),
    ("en", "A child was hit by a stray bullet in Delmas 32 on Monday.", "Delmas 32"),
])
def test_haitian_press_phrasings_of_police_killings_riots_hijackings_and_bodies_found(extract, language, text, place):
    assert {i.place for i in extract(text, language=language).incidents} == {place}


def test_a_base_that_is_the_target_is_the_site_not_a_home(extract):
    result = extract("A drone strike hit a gang hideout in Cité Soleil on Friday.")
    assert {i.place for i in result.incidents} == {"Cité Soleil"}
    result = extract("Le gang, dont le fief se trouve à Canaan, a attaqué Cabaret mardi.", language="fr")
    assert {i.place for i in result.incidents} == {"Cabaret"}


@pytest.mark.parametrize("language, text, expected", [
    # protesters where they were, even when they denounce or claim
    ("en", "Thousands of protesters in Nairobi denounced the new tax law on Tuesday.",
     {("Nairobi", "Protests")}),
    ("fr", "Des manifestants à Jacmel ont dénoncé l'insécurité lundi lors d'une marche.", {("Jacmel", "Protests")}),
    ("en", "An attack in Cabaret on Monday claimed at least 12 lives.", {("Cabaret", "Violence against civilians")}),
    # a modal with another verb, an ended siege, fear after the fact, a condemned massacre
    ("en", "Police said they will investigate the killing of three people in Jacmel on Monday.",
     {("Jacmel", "Violence against civilians")}),
    ("en", "Residents fled in fear after gunmen attacked Cabaret on Monday.", {("Cabaret", "Violence against civilians")}),
    ("en", "The government condemned the massacre in Bel-Air on Monday.", {("Bel Air", "Violence against civilians")}),
    # the topic of a protest, an elided article included
    ("fr", "Des centaines de personnes ont manifesté à Jacmel pour dénoncer l'enlèvement d'un médecin.",
     {("Jacmel", "Protests")}),
    # an age is not « 30 ans après », a city's freeways are the city's, peaceful protests are protests
    ("fr", "À Raboteau, 30 ans après le massacre, des manifestants ont bloqué les rues lundi.",
     {("Raboteau", "Protests")}),
    ("en", "Protesters blocked Los Angeles freeways on Sunday night.", {("Los Angeles", "Protests")}),
    ("en", "Protests in Dakar were peaceful on Saturday, police said.", {("Dakar", "Protests")}),
])
def test_what_the_session_s_guards_must_leave_alone(extract, language, text, expected):
    assert {(i.place, i.event_type) for i in extract(text, language=language).incidents} == expected


@pytest.mark.parametrize("language, text", [
    ("fr", "Les élèves ont défilé pour la fête du Drapeau à Jacmel le 18 mai."),
    ("fr", "Le cortège a quitté l'église Saint-Louis pour le cimetière de Jérémie après les funérailles."),
    ("en", "The Haitian team's strikers failed to score in Port-au-Prince on Sunday."),
    ("fr", "La nouvelle a fait l'effet d'une bombe à Port-au-Prince lundi."),
    ("fr", "Le nombre de motos a explosé à Port-au-Prince depuis cinq ans."),
    ("fr", "Le réseau de trafiquants a été neutralisé par la police à Cap-Haïtien."),
    ("fr", "La mer a fait une incursion dans la ville des Cayes après le passage du cyclone."),
    ("fr", "Les nouveaux policiers ont pris leur poste à Jacmel lundi."),
    ("en", "Two factions fought for control of the party at a congress in Lagos on Saturday."),
])
def test_words_of_the_new_lexicons_that_tell_of_no_event(extract, language, text):
    assert extract(text, language=language).incidents == []


def test_militants_storming_a_hotel_attack_it_and_an_armed_band_is_no_army(extract):
    result = extract("Al-Shabaab militants stormed a hotel in Mogadishu on Sunday, killing at least 10 people.")
    assert {i.event_type for i in result.incidents} == {"Violence against civilians"}
    result = extract("Une bande armée a tué cinq personnes à Cabaret dimanche.", language="fr")
    assert {i.event_type for i in result.incidents} == {"Violence against civilians"}

