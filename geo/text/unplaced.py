"""Unplaced events: where an event goes when its sentence names no site the
gazetteer holds.

News names villages, quarters and squares that no offline pack holds, or
tells an event without a place at all.  Such an event is still mapped, at
the finest known place the text gives for it, and flagged approximate:

* a village or quarter the text marks as a place and situates ("near
  Aorema, about 15 km from Ouahigouya", « la localité de Kani-Bonzon est
  située près de Bandiagara ») at the place that situates it, also where
  the story names it again bare;
* an unknown quarter in a story set in one city, at that city;
* an event the lead tells without a place, at the dateline's town;
* a story that places nothing finer than its country, at the town it is
  set in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from geo.places import names
from geo.places.focus import Focus
from geo.places.gazetteer import Entry
from geo.places.geocode import Place, stand_in
from geo.text.dates import DateClaim
from geo.text.events import EventTrigger
from geo.text.fatalities import FatalityClaim
from geo.text.layout import CLOSING_STOPS
from geo.text.lexicons import (EARLIER_TIME, ELSEWHERE_UNNAMED, HOME_BEFORE, IN_REGION_AFTER, NATIONWIDE, NOT_SITE_BEFORE,
                               OFFICE_AFTER, OFFICE_OF_BEFORE, TOWN_OF_BEFORE, VILLAGE_AFTER, VILLAGE_BEFORE)
from geo.text.mentions import Mention
from geo.text.report import Report
from geo.text.sentences import Sentence
from geo.text.sites import inside, quoted


#: An event told in a sentence that names no site: its sentence, trigger, date and toll, and the ids of
#: the places it names for their office (empty when it names none; None when its places were judged no
#: sites for another reason).
Unplaced = tuple[Sentence, EventTrigger, DateClaim | None, FatalityClaim | None, frozenset | None]


def named_for_its_office(body: str, sentence: Sentence, place: Place) -> bool:
    """Whether a place of a sentence is named for its police, mayor or
    governor: where they act, unless the story says otherwise."""
    start, end = place.mention.start, place.mention.end
    return bool(OFFICE_OF_BEFORE.search(body[max(sentence.start, start - 60):start])
                or OFFICE_AFTER.match(body, end))


def in_the_story_s_town(events: list[Unplaced], places: list[Place], focus: Focus,
                         sentences: list[Sentence]) -> list[Report]:
    """A story that tells an event without ever placing it (« une altercation
    au sein du Promo Bar… les renforts auraient ouvert le feu ») but is set in
    one town or quarter reports that event there: the dateline's town, or
    the one of its headline and lead that it names most.  Only when the
    story maps nothing else, so that a town never stands in for the sites a
    story names; the first such event that is not told as earlier or
    elsewhere.  A sentence whose places were all judged no sites counts only
    when the story's town is one of them, named for its office or its
    people ("the Dar es Salaam police dispersed protesters", "gunmen killed
    the mayor of Uruapan"): it told its event nowhere else."""
    town = _story_town(places, focus, sentences)
    entries = {p.entry.id: p.entry for p in places if p.entry is not None}
    for sentence, trigger, date, fatalities, named in events:
        if named is None:
            continue  # its places were judged no sites for other reasons: it told its event elsewhere
        told = sentence.text
        # the story's town, or for a sentence naming its own town, the story's city (see Focus), or the
        # region whose governor tells of a village left unnamed (« le gouverneur de la région de Mopti a
        # indiqué que des jihadistes ont attaqué le village »)
        here = town if town is not None and (not named or town.id in named) else \
            focus.locality if named and focus.locality is not None and focus.locality.id in named else \
            next((entries[i] for i in sorted(named or ()) if i in entries and entries[i].country == focus.country
                  and entries[i].precision == "region"), None)
        if here is None:
            continue
        if trigger.event_type == "Strategic developments" or EARLIER_TIME.search(told) or NATIONWIDE.search(told):
            continue
        elsewhere = ELSEWHERE_UNNAMED.search(told)
        # (villages of a part of the country, « deux villages du nord-est », are the governor's region's own
        # when his region lies in that part of his country, which the sentence names and no other)
        if elsewhere and not (here.precision == "region" and _region_in_part(here, elsewhere.group(0))
                              and not any(p.entry is not None and p.entry.kind == "country"
                                          and p.entry.country != here.country
                                          for p in places if p.mention.sentence == sentence.index)):
            continue
        place = Place(unnamed(sentence), here, "the story's town", (here.id,))
        return [Report(sentence, place, trigger, date, fatalities)]
    return []


#: Compass words, English and French, and the parts of a country they name (see
#: :meth:`geo.places.borders.Borders.in_part`).
_PARTS = {"north": "north", "nord": "north", "south": "south", "sud": "south", "east": "east", "est": "east",
          "west": "west", "ouest": "west", "central": "central", "centre": "central", "center": "central"}


def _region_in_part(region: Entry, phrase: str) -> bool:
    """Whether a region lies in the part of its country a phrase names by
    compass words ("the north-east", « le centre »); a phrase with none says
    nothing against it."""
    parts = tuple(dict.fromkeys(_PARTS[w] for w in re.findall(r"[a-z]+", phrase.lower().replace("ern", ""))
                                if w in _PARTS))
    if not parts:
        return True
    from geo.places.borders import load_borders  # the shapes are read only when a story asks
    return bool(load_borders().in_part(region.country, region.lat, region.lon, parts))


def _story_town(places: list[Place], focus: Focus, sentences: list[Sentence]) -> Entry | None:
    """The town or quarter of the focus country a story is set in: its
    dateline's, or among those its headline and lead name, the one it names
    most often (a town named only further down is where someone spoke, or
    an earlier event; one named inside a quotation is the speaker's)."""
    by_index = {sentence.index: sentence for sentence in sentences}
    named: Counter[str] = Counter()
    entries: dict[str, Entry] = {}
    for place in places:
        entry = place.entry
        if entry is None or entry.country != focus.country or entry.precision not in ("locality", "neighbourhood") \
                or place.mention.how not in ("name", "dateline") or quoted(by_index[place.mention.sentence], place):
            continue
        if place.mention.how == "dateline":
            return entry
        named[entry.id] += 1
        entries.setdefault(entry.id, entry)
    prose = [s.index for s in sentences if s.text.rstrip().endswith(CLOSING_STOPS)]
    # headings and the headline repeated above the story are not its lead's sentences
    last = prose[STORY_LEAD_SENTENCES - 1] if len(prose) >= STORY_LEAD_SENTENCES else len(sentences)
    lead = {p.entry.id for p in places if p.entry is not None and p.mention.sentence <= last}
    ranked = [key for key, _ in named.most_common() if key in lead]  # ties keep the order first named
    return entries[ranked[0]] if ranked else None


#: How many of a story's first sentences (headline and lead) set the scene
#: that its unplaced events are told in, not counting the lines before them
#: that end in no stop (a headline repeated, a section heading).
STORY_LEAD_SENTENCES = 2


def unknown_village(body: str, sentence: Sentence, unknown: Place | None, here: list[Place],
                     focus: Focus, *, town: bool = True, near: Place | None = None) -> Place | None:
    """An event at a village or quarter no gazetteer holds, which the text
    marks as a place (« dans la zone de Nicolas, première section », "near
    Aorema, about 15 km from Ouahigouya", "Amanual town"): placed, flagged
    approximate, at the known place the sentence situates it by, or else at
    the place the sentence before named (``near``: « les avions pilonnaient
    la région de Baalbek. La localité de Taraya a été visée »), or at the
    story's own town; without the marks an unknown capitalised name may be
    a person or a group, and gives nothing."""
    if unknown is None:
        return None
    mention = unknown.mention
    after = body[mention.end:min(sentence.end, mention.end + 60)]
    in_region = IN_REGION_AFTER.match(after)
    if not (VILLAGE_BEFORE.search(body[max(sentence.start, mention.start - 50):mention.start])
            or VILLAGE_AFTER.match(after) or in_region):
        return None
    container = next((p for p in here if p.entry is not None and p.mention.start > mention.end
                      and p.mention.start - mention.end <= 80 and p.entry.precision in ("locality", "region")), None)
    if in_region and not VILLAGE_AFTER.match(after) and (container is None or container.mention.start
                                                         != mention.end + in_region.end()):
        return None  # « X dans le Nord » says X is a place only when the Nord is a region the text names there
    # « … basé à Nassoumbou dans le nord du pays, a annoncé le haut commissaire de la province du Soum »:
    # the region the sentence names, farther on, holds the village better than the town the wire was filed from
    region = None if container is not None else next(
        (p for p in here if p.entry is not None and p.entry.precision == "region" and p.mention.start > mention.end
         and (not focus.country or p.entry.country == focus.country)), None)
    entry = container.entry if container is not None else region.entry if region is not None else \
        near.entry if near is not None else focus.locality if town else None
    if entry is None or (focus.country and entry.country != focus.country):
        return None
    if container is None and region is None and "capital" in entry.roles and VILLAGE_AFTER.match(after):
        # "resident in Machava village, in Nangade district" in a story filed from Maputo: a village the
        # text calls so lies out in the country, not in the capital the wire was filed from
        return None
    why = "the place the text situates it by" if container is not None else \
        "the region its sentence names" if region is not None else \
        "the place of the sentence before" if near is not None else "the story's town"
    approx = stand_in(entry, f"{NEAR_TAG}{names.key(mention.text)}", f"{mention.text} (near {entry.name})",
                      (("approximate_for", mention.text),))
    away = _distance_km(body[mention.end:container.mention.start]) if container is not None else None
    if away is not None and away * 1000 > approx.uncertainty_m:
        # "about 85 km south of Bunia": the event is kept, as far from the town as the text says
        approx = replace(approx, uncertainty_m=away * 1000)
        why += f", about {away:g} km away"
    return Place(mention, approx, f"approximate: {mention.text} is not in the gazetteer; placed at {entry.name}, {why}",
                 (entry.id,))


def situated_unknowns(body: str, sentences: list[Sentence], unknown: dict[int, list[Place]],
                       by_sentence: dict[int, list[Place]], focus: Focus) -> dict[str, Place]:
    """The places no gazetteer holds that some sentence situates (« La
    localité de Kani-Bonzon est située près de Bandiagara », "the village of
    Yarou, in Bandiagara region"), by name key: where the story names them
    again bare, with the event (« ont tué 13 civils à Kani-Bonzon »), they
    are placed as that sentence placed them."""
    out: dict[str, Place] = {}
    for index, unknowns in unknown.items():
        for place in unknowns:
            key = names.key(place.mention.text)
            if key in out:
                continue
            placed = unknown_village(body, sentences[index], place, by_sentence.get(index, []), focus, town=False)
            if placed is not None:
                out[key] = placed
    return out


def situated_elsewhere(unknown: Place | None, situated: dict[str, Place]) -> Place | None:
    """A bare mention of a village another sentence situates at a town (see
    :func:`situated_unknowns`), placed there too.  Not when that sentence
    only gave its region: a region's point is too far from any village in it
    to stand for each later mention."""
    if unknown is None:
        return None
    placed = situated.get(names.key(unknown.mention.text))
    if placed is None or placed.entry.precision != "locality" or placed.mention.start == unknown.mention.start:
        return None
    return Place(unknown.mention, placed.entry, f"{placed.reason}, as the text situates it elsewhere", placed.candidates)


def story_city(places: list[Place], focus: Focus) -> Entry | None:
    """The city a story is set in: the focus city, when the story names it in
    its prose.  A city that only heads the dateline is where the wire was
    filed ("Maputo — ... their attack on Macomia"), not where it happened."""
    city = focus.locality
    if city is None or city.country != focus.country:
        return None
    if not any(p.entry is not None and p.entry.id == city.id and p.mention.how == "name" for p in places):
        return None
    return city


def unknown_in_the_story_s_city(body: str, sentence: Sentence, unknown: Place | None, here: list[Place],
                                 city: Entry | None, situated: dict[str, Place], known: frozenset[str]) -> Place | None:
    """An event at a quarter, square or street no gazetteer holds, in a story
    set in one city ("a further blast occurred in a housing scheme in
    Dematagoda", "crowds again gathered in Saraçhane"): placed at that city,
    flagged approximate, when its sentence names no known place.  The name
    is one that a locative word put before (see geo.text.descriptions).
    Not a name the story also writes in lower case (a title's "Killed in
    Blast at Hotel"), nor one it situates in a country ("a bus attack in
    Makka, Kenya", told in a story set in Nairobi), nor one whose sentence
    points out of town ("on the coast", « dans le nord »), nor one that
    opens with the name of a known place ("Tombouctou Nord", in a story set
    in Bamako): each tells of a place beyond the city."""
    if unknown is None or city is None or any(p.entry.precision != "country" for p in here):
        return None
    mention = unknown.mention
    if ELSEWHERE_UNNAMED.search(sentence.text) or _OUT_OF_TOWN.search(sentence.text) \
            or names.key(mention.text.split()[0]) in known:
        return None
    if names.key(mention.text) in situated or re.search(
            rf"\b(?:village|hamlet|localit[ée]|bourgade|kebele)\s+(?:of|de|d['’])\s*{re.escape(mention.text)}", body, re.I):
        return None  # a village the text situates elsewhere, or calls a village, is not in the city
    if re.search(rf"\b{re.escape(mention.text.lower())}\b", body) \
            or any(0 < p.mention.start - mention.end <= 3 for p in here):
        return None
    approx = stand_in(city, f"{NEAR_TAG}{names.key(mention.text)}", f"{mention.text} (near {city.name})",
                      (("approximate_for", mention.text),))
    return Place(mention, approx, f"approximate: {mention.text} is not in the gazetteer; placed at {city.name}, "
                                  "the city the story is set in", (city.id,))


#: Words that take a sentence out of its story's city: "on the coast", "upcountry", « en province ».
_OUT_OF_TOWN = re.compile(r"\b(?:on\s+the\s+coast|upcountry|in\s+the\s+(?:provinces|countryside|interior|bush)|"
                          r"(?:further|farther)\s+(?:north|south|east|west|inland)|en\s+province|[àa]\s+l['’]int[ée]rieur|"
                          r"sur\s+la\s+c[ôo]te|en\s+brousse)\b", re.I)


#: The tag of a place no gazetteer holds, placed at the town the text
#: situates it by (see geo.incidents, which never folds such a place).
NEAR_TAG = "near:"


_DISTANCE = re.compile(r"(\d{1,3}(?:[ ,\u00a0]\d{3})+|\d+(?:[.,]\d+)?)\s*(km|kilom\w*|miles?)\b", re.I)


def _distance_km(gap: str) -> float | None:
    """The distance the words between a village and its town give, the last
    one stated ("2 km from the road, 60 km from Butembo": 60), in km."""
    stated = _DISTANCE.findall(gap)
    if not stated:
        return None
    number, unit = stated[-1]
    value = float(re.sub(r"[ ,\u00a0]", "", number) if re.fullmatch(r"\d{1,3}(?:[ ,\u00a0]\d{3})+", number)
                  else number.replace(",", "."))
    return value * 1.609 if unit.lower().startswith("mile") else value


def told_elsewhere_next(sentence: Sentence, here: list[Place], by_sentence: dict[int, list[Place]],
                         unknown: dict[int, list[Place]]) -> bool:
    """Whether a lead filed from a capital tells its event without a place
    and the next sentence names one away from the capital ("JAKARTA — Three
    soldiers were killed in a gunbattle. … rebels attacked … in Nduga
    district"): the desk is in the capital, the event where the next
    sentence says, which takes it over (see :func:`reports`)."""
    capital = next((p.entry for p in here if p.mention.how == "dateline" and "capital" in p.entry.roles), None)
    if capital is None:
        return False
    following = by_sentence.get(sentence.index + 1, [])
    return bool(unknown.get(sentence.index + 1)) or any(
        p.entry.country == capital.country and p.entry.precision not in ("country",) and p.entry.id != capital.id
        and not inside(p.entry, capital) for p in following)


def dateline_site(sentence: Sentence, here: list[Place]) -> Place | None:
    """The town a story is filed from, for the event its first sentence
    tells without naming a finer place: "QUETTA — A suicide bomber blew
    himself up at a police funeral", "GRESSIER, Haiti — Gangs stormed the
    town".  Not when the sentence points elsewhere without a name ("in a
    village of the north"), says the event spans the country, or names a
    town of its own: the reporter's desk is then no clue."""
    towns = [p for p in here if p.mention.how == "dateline"
             and p.entry.precision in ("locality", "neighbourhood")]
    if not towns or NATIONWIDE.search(sentence.text) or any(
            p.mention.how != "dateline" and p.entry.precision not in ("country", "region") for p in here):
        return None  # a town the sentence names and sets aside ("rushed to a hospital in Marawi") is no clue either
    for elsewhere in ELSEWHERE_UNNAMED.finditer(sentence.text):
        if not _part_of_country_holding(sentence, elsewhere, towns[0], here):
            return None
    return towns[0]


#: A compass adjective before a country's name: "southwestern ", "central ".
_COMPASS_COUNTRY = re.compile(r"(north|south)?-?(east|west)?(?:ern)?\s+$|(central)\s+$", re.I)


def _part_of_country_holding(sentence: Sentence, match: re.Match, town: Place, here: list[Place]) -> bool:
    """True when a compass phrase of the lead ("in restive southwestern
    Pakistan") names the part of the dateline town's own country where the
    town lies: QUETTA is in southwestern Pakistan, so the lead points at it,
    while ISLAMABAD is not in northwestern Pakistan, so a lead that says so
    points elsewhere."""
    words = match.group(0)
    if not words[-1:].isupper():
        return False
    country = next((p.entry for p in here if p.entry.precision == "country" and p.entry.country == town.entry.country
                    and p.mention.start == sentence.start + match.end() - 1), None)
    compass = _COMPASS_COUNTRY.search(words[:-1])
    if country is None or compass is None:
        return False
    from geo.places.borders import load_borders  # the shapes are read only when a lead asks
    parts = tuple(w.lower() for w in compass.groups() if w)
    return bool(load_borders().in_part(country.country, town.entry.lat, town.entry.lon, parts))


def unnamed(sentence: Sentence) -> Mention:
    """The empty mention of a place a sentence does not name but reports an event at."""
    return Mention(sentence.start, sentence.start, "", sentence.index, "follow-up")


def told_aside(body: str, sentence: Sentence, place: Place) -> bool:
    """Whether a place no gazetteer holds is told as no site, by the words
    that would make a known place one: "the attackers came from the village
    of Bahn", « le chef du village de Bahn a condamné l'attaque »."""
    before = body[max(sentence.start, place.mention.start - 80):place.mention.start]
    if _NEAR_OR_TARGET_BASED.search(before):
        return False  # « l'attaque s'est déroulée près de X », « contre un détachement basé à X »: there
    if before.rstrip().lower().endswith(("of", "de", "d'", "d’")):
        before = TOWN_OF_BEFORE.sub(" ", before)
    return bool(NOT_SITE_BEFORE.search(before) or HOME_BEFORE.search(before))


#: A village situated by "near", or the home of the unit an attack targeted: the event's place all the same.
_NEAR_OR_TARGET_BASED = re.compile(
    r"(?:\b(?:near|pr[èe]s\s+(?:de|d['’])|aux\s+environs\s+(?:de|d['’])|non\s+loin\s+(?:de|d['’]))\s*$|"
    r"\b(?:contre|against|on|attaqu\w*|attacked|targeted|visant|vis[ée]\w*)\b[^.;]{0,60}\b(?:bas[ée]e?s?|stationn[ée]e?s?|"
    r"cantonn[ée]e?s?|based|stationed)\s+(?:à|au|in|at)\s*$)", re.I)


def villages_for_their_towns(body: str, sentence: Sentence, unknowns: list[Place], here: list[Place],
                              candidates: list[Place], focus: Focus) -> list[Place]:
    """« ont bombardé la localité de Taraya, près de Baalbek », "raided the
    village of Kuchi, near Gusau": the village the sentence marks as one is
    the site, though no gazetteer holds it, and the known town right after it
    only situates it.  The village is placed at that town, flagged
    approximate, under its own name (see
    :func:`unknown_village`), so that villages situated by
    one town stay apart."""
    villages: list[Place] = []
    towns: set[str] = set()
    sites = {p.mention.start for p in candidates}
    for place in unknowns:
        if told_aside(body, sentence, place):
            continue
        village = unknown_village(body, sentence, place, here, focus, town=False)
        # only when the very place that situates it is a site: "a gang based in Savien, in Petite-Rivière"
        container = next((p for p in here if p.entry is not None and p.mention.start > place.mention.end), None)
        if village is not None and container is not None and container.mention.start in sites \
                and village.candidates and village.candidates[0] == container.entry.id:
            villages.append(village)
            towns.add(village.candidates[0])
    if not villages:
        return candidates
    return sorted([p for p in candidates if p.entry.id not in towns] + villages, key=lambda p: p.mention.start)
