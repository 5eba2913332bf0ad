"""Extract: from resolved places and sentences to per-sentence event reports.

A sentence reports an event when it holds an event trigger ("attacked",
"stormed", "state of emergency", "protest"; see :mod:`geo.text.events`) and
is not background (dated long before the story).  Its incident *sites* are
the places it resolves that the event happened at (see
:mod:`geo.text.sites`); an event told without a place takes the place of
the sentence before it, of the headline's or of the dateline, and a
declaration covers the area that declared it.  Places are only *mentioned*
when:

* the sentence reports no event (a prime minister's trip to Kenya);
* they sit in a travel or origin phrase ("a visit to Kenya", "police from
  the East African country");
* a finer place inside them is the site ("the National Penitentiary in
  Port-au-Prince": the city only locates the prison).

Event types follow ACLED's taxonomy (6 types, 25 sub-types).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from geo.text.dates import BACKGROUND_DAYS, DateClaim, find_date
from geo.text.fatalities import FatalityClaim, find_fatalities
from geo.text.lexicons import (
    BACKGROUND_CLAUSE, BACK_REFERENCE, DECLARATION, EARLIER_TIME, ELSEWHERE_UNNAMED, HEADLINE_WORD, IN_TOWN,
    LOCAL_AREA, NATIONWIDE, ONGOING, OPENS_QUOTE, PHOTO_CREDIT, SAME_AGAIN, SITUATING_BEFORE, UNDER_DECLARATION,
    INCLUDING, IN_REGION_AFTER, OFFICE_AFTER, OFFICE_OF_BEFORE, VILLAGE_AFTER, VILLAGE_BEFORE,
)
from geo.text.events import EventTrigger, classify, denied_event
from geo.text.sites import (PRECISION_ORDER, inside, kind_of, named_event_elsewhere, quoted, site_candidates, split_sites,
                             told_beyond)
from geo.places import names
from geo.places.focus import Focus
from geo.places.geocode import Place, stand_in
from geo.places.query import distance_km
from geo.places.gazetteer import Entry, Gazetteer
from geo.text.mentions import Mention
from geo.text.sentences import BULLET, MEDIA_LINE, Sentence


@dataclass(frozen=True)
class Report:
    """One sentence's account of an event at one place."""

    sentence: Sentence
    place: Place
    trigger: EventTrigger
    date: DateClaim | None
    fatalities: FatalityClaim | None
    aggregate: bool = False  # the toll covers several sites of this place


def reports(body: str, sentences: list[Sentence], places: list[Place], focus: Focus,
            gazetteer: Gazetteer, doc_date, title: str | None = None) -> list[Report]:
    """The event reports of one document, one per (sentence, site).

    A sentence that names places but no event takes the event of the
    sentence before it when it points back at it ("This criminal act
    comes...", « Cette action criminelle... »); the first sentences
    that name a place take the headline's event.  Country-level incidents
    are kept only for declarations and nation-wide events: "violence in
    Haiti has displaced..." is no incident in Haiti as a whole.
    """
    by_sentence: dict[int, list[Place]] = {}
    unplaced: set[int] = set()  # sentences naming a place the gazetteer does not know
    unknown: dict[int, list[Place]] = {}  # ...and those places, in order
    for place in places:
        if place.entry is not None:
            by_sentence.setdefault(place.mention.sentence, []).append(place)
        elif place.mention.how == "unknown":
            unplaced.add(place.mention.sentence)
            unknown.setdefault(place.mention.sentence, []).append(place)
    headline = classify(title, set()) if title else None
    out: list[Report] = []
    pending: EventTrigger | None = None  # an event whose sentence named no site
    lead = 2  # sentences with places that may take the headline's event
    quiet: tuple[Sentence, list[Place]] | None = None  # the last sentence's places, when it reported no event
    quiet_judged = True  # whether quiet holds judged site candidates or the sentence's raw places
    dates = {sentence.index: find_date(sentence.text, doc_date) for sentence in sentences}
    story = _story_date(sentences, by_sentence, dates)
    captions = _captions(sentences)
    videos = _video_titles(sentences)
    headings = _section_headings(sentences)
    texts = {s.index: s.text for s in sentences}
    unplaced_events: list[_Unplaced] = []  # events told in sentences that name no place
    background = -2  # the last sentence skipped as telling of earlier years
    city = _story_city(places, focus)
    situated = _situated_unknowns(body, sentences, unknown, by_sentence, focus)

    def judge(sentence: Sentence, here: list[Place]) -> list[Place]:
        if not here:  # a sentence naming no place has no site to judge
            return []
        return [p for p in site_candidates(body, here, sentence, doc_date) if not named_event_elsewhere(body, p, focus)]

    for sentence in sentences:
        here = by_sentence.get(sentence.index, [])
        date = dates[sentence.index]
        if date is not None and date.background and date.date is None and not _near_story(date, story):
            pending = None
            background = sentence.index
            continue
        if background == sentence.index - 1 and date is None and BACK_REFERENCE.search(sentence.text):
            # "…15 other air strikes between 2014 and 2023. The aerial bombardments took place in Borno,
            # Yobe…": the places of those earlier events, not the story's
            background = sentence.index
            continue
        # The kinds of the sites only refine the type of an event found
        # (see classify); a sentence with no event of its own and none to
        # carry over cannot make a report, so its places are judged only if
        # the next sentence needs them (see _place_before).
        told = sentence.text
        trigger = classify(told, set())
        if trigger is None and SAME_AGAIN.search(told) and sentence.index - 1 in texts:
            # « Plusieurs villes ont connu la même nuit, notamment Torcy »: the event just told, elsewhere
            told = texts[sentence.index - 1]
            trigger = classify(told, set())
        if sentence.index in videos or _page_furniture(sentence, here, sentence.index in captions and trigger is None,
                                                       bool(out)):
            continue
        if sentence.index in headings:
            # its place may still be the one the paragraph below tells of ("Oberoi Trident Hotel:
            # / Attacked by a separate group of gunmen…")
            quiet, quiet_judged = ((sentence, here) if here else None), False
            continue
        if trigger is None and pending is None and lead <= 0:
            quiet = (sentence, here) if here else None
            quiet_judged = False
            continue
        candidates = judge(sentence, here)
        if trigger is not None and candidates:
            candidates = _background_of_back_reference(body, sentence, candidates)
        if trigger is not None and candidates:
            trigger = classify(told, {kind_of(p) for p in candidates})
        if trigger is None and candidates:
            carried = pending if pending is not None else (headline if lead > 0 else None)
            # the headline's event goes to a lead sentence's town, not to the country it only
            # names in passing ("claimed by Iraq's main ethnic groups" under "Kirkuk curfew lifted")
            if carried is not None and not denied_event(told) and (BACK_REFERENCE.search(sentence.text)
                                        or (pending is None and lead > 0 and not ONGOING.search(sentence.text)
                                            and any(p.entry.precision != "country" for p in candidates))):
                trigger = classify(carried.text, {kind_of(p) for p in candidates}) or carried
        if candidates or any(p.mention.how == "dateline" for p in here):
            lead -= 1  # the dateline's sentence is the lead's first, whatever else it names
        if trigger is None:
            pending = None
            quiet = (sentence, [p for p in candidates if p.entry.precision != "country"])
            quiet_judged = True
            continue
        before, quiet = quiet, None
        if before is not None and not quiet_judged:
            before = (before[0], [p for p in judge(*before) if p.entry.precision != "country"])
        fatalities = find_fatalities(sentence.text)
        declares = DECLARATION.search(trigger.text)
        if declares and _in_force(told):
            # « En plein état d'urgence, ... »: the measure is the setting, not the news; any
            # other event the sentence tells stands, a new declaration too
            trigger = classify(UNDER_DECLARATION.sub(" ", told), {kind_of(p) for p in candidates})
            if trigger is None:
                pending = None
                continue
            declares = DECLARATION.search(trigger.text)
        if declares and _chanted(told, DECLARATION.search(told)):
            pending = None  # a slogan: « clamant "État d'urgence, État policier" »
            continue
        if declares:
            if candidates or sentence.index not in unplaced:
                # "martial law over Mindanao", an area the gazetteer lacks, is not the whole country's
                out.extend(_declaration(sentence, candidates, focus, gazetteer, trigger, date, fatalities))
            out.extend(_cause_of_declaration(sentence, candidates, date, fatalities))
            pending = None
            continue
        nationwide = trigger.event_type == "Protests" and bool(NATIONWIDE.search(sentence.text))
        # "were kidnapped in Haiti on Saturday": a dated event the story places
        # no finer than the country stays there (dropped later if it places it finer)
        dated = date is not None and date.date is not None and date.time_precision == 1 \
            and trigger.event_type != "Strategic developments"
        countries = [p for p in candidates if p.entry.precision == "country"]
        candidates = [p for p in candidates if nationwide or p.entry.precision != "country"]
        if candidates and all(p.entry.precision == "region" for p in candidates) and sentence.index in unknown:
            # « la ville de Rubaya, dans le Nord-Kivu », « Sollé dans le Nord, Boko dans le Centre-Nord… »:
            # the villages the regions situate, placed approximately
            villages = [v for u in unknown[sentence.index] if (v := _unknown_village(body, sentence, u, here, focus))]
            if villages:
                candidates = villages
        if not candidates:
            first_unknown = unknown[sentence.index][0] if sentence.index in unknown else None
            # a village the text situates, else the place the sentence before named (« maisons incendiées à
            # Dress, une localité de la zone »), else the story's own town or city
            carried_place = _unknown_village(body, sentence, first_unknown, here, focus, town=False) \
                or _situated_elsewhere(first_unknown, situated) or _place_before(sentence, here, before) \
                or _unknown_village(body, sentence, first_unknown, here, focus) \
                or _unknown_in_the_story_s_city(body, sentence, first_unknown, here, city, situated) or (
                    None if _told_elsewhere_next(sentence, here, by_sentence, unknown) else _dateline_site(sentence, here))
            if carried_place is not None:
                out.append(Report(sentence, carried_place, trigger, date, fatalities))
                pending = None
                if carried_place.mention.how == "unknown" and carried_place.mention.sentence == sentence.index:
                    lead -= 1  # a sentence that placed its own event at a place named again is one of the lead's
                continue
            out.extend(_follow_up(sentence, out, date, fatalities))
            # a sentence whose places were all judged no sites placed its event elsewhere, unless one of
            # them is the story's own town ("the Dar es Salaam police dispersed protesters": see below)
            offices = frozenset(p.entry.id for p in here if _named_for_its_office(body, sentence, p))
            unplaced_events.append((sentence, trigger, date, fatalities, offices if offices or not here else None))
            if dated:  # kept only if the story maps nothing finer (see _country_only_events)
                out.extend(Report(sentence, p, trigger, date, fatalities) for p in countries)
            pending = trigger
            continue
        pending = None
        sites, area = split_sites(candidates, body)
        if area is not None and fatalities is not None:  # the area holds a toll no one site can take
            out.append(Report(sentence, area, trigger, date, fatalities, aggregate=True))
            fatalities = None
        for place in sites:
            out.append(Report(sentence, place, trigger, date, fatalities if len(sites) == 1 else None))
    found = _country_only_events(_regions_with_finer_sites_dropped(_outskirts_of_sites_dropped(body, out), body), focus)
    if all(report.place.entry.precision == "country" for report in found):
        # a story that maps nothing, or nothing finer than its country: the town it is set in, if any
        return _in_the_story_s_town(unplaced_events, places, focus, sentences) or found
    return found


#: An event told in a sentence that names no site: its sentence, trigger, date and toll, and the ids of
#: the places it names for their office (empty when it names none; None when its places were judged no
#: sites for another reason).
_Unplaced = tuple[Sentence, EventTrigger, "DateClaim | None", "FatalityClaim | None", "frozenset | None"]


def _named_for_its_office(body: str, sentence: Sentence, place: Place) -> bool:
    """Whether a place of a sentence is named for its police, mayor or
    governor: where they act, unless the story says otherwise."""
    start, end = place.mention.start, place.mention.end
    return bool(OFFICE_OF_BEFORE.search(body[max(sentence.start, start - 60):start])
                or OFFICE_AFTER.match(body, end))


def _in_the_story_s_town(events: list[_Unplaced], places: list[Place], focus: Focus,
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
        if trigger.event_type == "Strategic developments" or EARLIER_TIME.search(told) \
                or ELSEWHERE_UNNAMED.search(told) or NATIONWIDE.search(told):
            continue
        place = Place(_unnamed(sentence), here, "the story's town", (here.id,))
        return [Report(sentence, place, trigger, date, fatalities)]
    return []


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
#: How a sentence of prose ends (a heading or a caption ends in none of these).
CLOSING_STOPS = (".", "!", "?", "»", '"', "”", "…")


#: How far from a town a site may lie and still be "on the outskirts of" it.
OUTSKIRTS_KM = 50.0


def _outskirts_of_sites_dropped(body: str, found: list[Report]) -> list[Report]:
    """A town that only situates an event ("the attack on the outskirts of
    Abuja") is no site of its own when the story maps a finer site near it
    (the Kuje prison, 40 km out): it is that site, told again.  Alone it is
    the best place the story gives ("a rally on the outskirts of Khar").  So
    is the town a lead was filed from (see :func:`_dateline_site`): "PORT-AU-
    PRINCE — ...last week's march that left seven dead" is the march the
    story places in Canaan further down."""
    def situating(r: Report) -> bool:
        if r.place.mention.how == "dateline":
            return True
        return (r.place.mention.how in ("name", "description") and r.place.entry.precision == "locality"
                and bool(SITUATING_BEFORE.search(body[r.sentence.start:r.place.mention.start][-80:])))
    near = [r.place.entry for r in found if r.place.entry.precision in ("site", "neighbourhood", "locality")]
    return [r for r in found if not (situating(r) and any(
        e.id != r.place.entry.id and distance_km(e, r.place.entry) <= OUTSKIRTS_KM for e in near))]


def _unknown_village(body: str, sentence: Sentence, unknown: Place | None, here: list[Place],
                     focus: Focus, *, town: bool = True) -> Place | None:
    """An event at a village or quarter no gazetteer holds, which the text
    marks as a place (« dans la zone de Nicolas, première section », "near
    Aorema, about 15 km from Ouahigouya", "Amanual town"): placed, flagged
    approximate, at the known place the sentence situates it by, or else at
    the story's own town; without the marks an unknown capitalised name may
    be a person or a group, and gives nothing."""
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
        focus.locality if town else None
    if entry is None or (focus.country and entry.country != focus.country):
        return None
    if container is None and region is None and "capital" in entry.roles and VILLAGE_AFTER.match(after):
        # "resident in Machava village, in Nangade district" in a story filed from Maputo: a village the
        # text calls so lies out in the country, not in the capital the wire was filed from
        return None
    why = "the place the text situates it by" if container is not None else \
        "the region its sentence names" if region is not None else "the story's town"
    approx = stand_in(entry, f"{NEAR_TAG}{names.key(mention.text)}", f"{mention.text} (near {entry.name})",
                      (("approximate_for", mention.text),))
    away = _distance_km(body[mention.end:container.mention.start]) if container is not None else None
    if away is not None and away * 1000 > approx.uncertainty_m:
        # "about 85 km south of Bunia": the event is kept, as far from the town as the text says
        approx = replace(approx, uncertainty_m=away * 1000)
        why += f", about {away:g} km away"
    return Place(mention, approx, f"approximate: {mention.text} is not in the gazetteer; placed at {entry.name}, {why}",
                 (entry.id,))


def _situated_unknowns(body: str, sentences: list[Sentence], unknown: dict[int, list[Place]],
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
            placed = _unknown_village(body, sentences[index], place, by_sentence.get(index, []), focus, town=False)
            if placed is not None:
                out[key] = placed
    return out


def _situated_elsewhere(unknown: Place | None, situated: dict[str, Place]) -> Place | None:
    if unknown is None:
        return None
    placed = situated.get(names.key(unknown.mention.text))
    if placed is None or placed.entry.precision != "locality" or placed.mention.start == unknown.mention.start:
        return None  # a region is too coarse to stand for each later mention
    return Place(unknown.mention, placed.entry, f"{placed.reason}, as the text situates it elsewhere", placed.candidates)


def _story_city(places: list[Place], focus: Focus) -> Entry | None:
    """The city a story is set in: the focus city, when the story names it in
    its prose.  A city that only heads the dateline is where the wire was
    filed ("Maputo — ... their attack on Macomia"), not where it happened."""
    city = focus.locality
    if city is None or city.country != focus.country:
        return None
    if not any(p.entry is not None and p.entry.id == city.id and p.mention.how == "name" for p in places):
        return None
    return city


def _unknown_in_the_story_s_city(body: str, sentence: Sentence, unknown: Place | None, here: list[Place],
                                 city: Entry | None, situated: dict[str, Place]) -> Place | None:
    """An event at a quarter, square or street no gazetteer holds, in a story
    set in one city ("a further blast occurred in a housing scheme in
    Dematagoda", "crowds again gathered in Saraçhane"): placed at that city,
    flagged approximate, when its sentence names no known place.  The name
    is one that a locative word put before (see geo.text.descriptions).
    Not a name the story also writes in lower case (a title's "Killed in
    Blast at Hotel"), nor one it situates in a country ("a bus attack in
    Makka, Kenya", told in a story set in Nairobi)."""
    if unknown is None or city is None or any(p.entry.precision != "country" for p in here):
        return None
    mention = unknown.mention
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


def _told_elsewhere_next(sentence: Sentence, here: list[Place], by_sentence: dict[int, list[Place]],
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


def _dateline_site(sentence: Sentence, here: list[Place]) -> Place | None:
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


def _regions_with_finer_sites_dropped(found: list[Report], body: str = "") -> list[Report]:
    """An event placed only at a region ("the station in the Donetsk
    region") is coded to the finer site the story gives elsewhere inside
    that region (Kramatorsk), as ACLED codes an event to the finest place
    known; the region stays when nothing finer lies in it, and so does a
    declaration, which covers the whole region by nature, and an area the
    text names for other towns than those it names (« d'autres villes de
    Seine-Saint-Denis »)."""
    def district(entry: Entry) -> bool:  # a unit of the packs in its province ("Dembiya woreda", in Amhara)
        return entry.kind == "region" and bool(entry.admin1)

    finer = [r for r in found if r.place.entry.precision in ("site", "neighbourhood", "locality")
             or district(r.place.entry)]

    def holds(region: Report, site: Report) -> bool:
        # a district is told apart from a town another sentence names near it; a province is not
        return inside(site.place.entry, region.place.entry) and (
            not district(region.place.entry) or site.sentence.index == region.sentence.index)
    # "a week earlier, a bomb exploded in the province": another event than the station's
    return [r for r in found
            if not (r.place.entry.precision == "region" and not DECLARATION.search(r.trigger.text)
                    and not EARLIER_TIME.search(r.sentence.text) and not told_beyond(body, r.place)
                    and any(holds(r, e) for e in finer))]


def _country_only_events(found: list[Report], focus: Focus) -> list[Report]:
    """A dated event placed no finer than a country ("17 missionaries were
    kidnapped in Haiti on Saturday") is the story's incident only when the
    country is the story's own and the story maps nothing else: any other
    site means the country was named in passing, or as an actor.
    Declarations and nation-wide events keep their country always."""
    def vague(r: Report) -> bool:
        return (r.place.entry.precision == "country" and not DECLARATION.search(r.trigger.text)
                and not (r.trigger.event_type in ("Protests", "Riots") and NATIONWIDE.search(r.sentence.text)))
    rest = [r for r in found if not vague(r)]
    if rest:
        return rest
    own = [r for r in found if r.place.entry.country == focus.country]
    # filed from abroad ("Washington D.C. (CNA) — ...kidnapped in Haiti"): the one country the events name
    return own or (found if len({r.place.entry.country for r in found}) == 1 else [])


#: How many of the first sentences naming a place may set the story's date.
_STORY_LEAD = 3


def _story_date(sentences: list[Sentence], by_sentence: dict[int, list[Place]], dates: dict[int, DateClaim | None]):
    """The day an investigation or a look-back reports on, when its lead
    dates the event well before publication ("On the morning of November 13,
    police raided Grand Ravine" in a March story): events near that day are
    the story's own, not background.  ``dates``: each sentence's date, found
    once for this and for :func:`reports` (whose trigger lookups are
    memoised the same way, see :func:`sentence_trigger`)."""
    seen = 0
    for sentence in sentences:
        if not by_sentence.get(sentence.index):
            continue
        date = dates[sentence.index]
        if date is not None and date.background and date.date is not None and classify(sentence.text, set()):
            return date.date
        seen += 1
        if seen >= _STORY_LEAD:
            return None
    return None


def _near_story(date: DateClaim, story) -> bool:
    if story is None:
        return False
    if date.date is None:
        return date.text.strip().isdigit() and int(date.text.strip()) == story.year
    return (date.date - story).days >= -BACKGROUND_DAYS


def _background_of_back_reference(body: str, sentence: Sentence, candidates: list[Place]) -> list[Place]:
    """The places of a sentence that only points back at the event just told
    ("This attack came weeks after the group announced a blockade of
    Timbuktu", « Cette attaque est intervenue après que... ») and tells what
    came before it: the clause after "after" reports no event of its own, so
    its places are no sites.  A clause with an event word of its own ("after
    gangs attacked Gao last week") keeps them."""
    back = BACK_REFERENCE.search(sentence.text)
    if back is None:
        return candidates
    clause = BACKGROUND_CLAUSE.search(sentence.text, back.end())
    if clause is None or classify(sentence.text[clause.end():], set()) is not None:
        return candidates
    start = sentence.start + clause.start()
    return [p for p in candidates if p.mention.start < start]


def _place_before(sentence: Sentence, here: list[Place], quiet: tuple[Sentence, list[Place]] | None) -> Place | None:
    """The place of an event told without one, from the sentence right before:
    « … ses activités dans le quartier de Bel Air. L'organisation a indiqué que
    le bâtiment avait été pris dans des affrontements… ».  Only when this
    sentence names no place finer than a country, and the one before named a
    single place and no event of its own."""
    if quiet is None or quiet[0].index != sentence.index - 1:
        return None
    if any(p.entry.precision != "country" for p in here) or OPENS_QUOTE.match(sentence.text):
        return None
    places = {p.entry.id: p for p in quiet[1] if not quoted(quiet[0], p)}
    # "Cite Soleil, a Port-au-Prince slum": the city only situates its quarter
    places = {k: p for k, p in places.items() if not any(inside(o.entry, p.entry) for o in places.values())}
    if len(places) != 1:
        return None
    place = next(iter(places.values()))
    if place.entry.precision in ("region", "country"):
        return None  # a region named in passing ("Political feudalism in Sindh") is no place to carry an event to
    return Place(_unnamed(sentence), place.entry, f"the place of the sentence before ({place.mention.text})",
                 (place.entry.id,))


def _unnamed(sentence: Sentence) -> Mention:
    """The empty mention of a place a sentence does not name but reports an event at."""
    return Mention(sentence.start, sentence.start, "", sentence.index, "follow-up")


def _follow_up(sentence: Sentence, earlier: list[Report], date: DateClaim | None,
               fatalities: FatalityClaim | None) -> list[Report]:
    """A toll given in the sentence right after an event ("At least ten
    people were killed, police said.") belongs to that event, when the
    event had a single site.  Without a number the sentence adds nothing."""
    if fatalities is None or fatalities.count is None or not earlier:
        return []
    previous = [r for r in earlier if r.sentence.index == sentence.index - 1 and not r.aggregate]
    if len({r.place.entry.id for r in previous}) != 1:
        return []
    report = previous[0]
    if report.trigger.event_type == "Strategic developments" or _another_day(date, report.date):
        return []  # « La journée du mardi 31 mai a été marquée par l'attaque… »: another day's toll
    entry = report.place.entry
    place = Place(Mention(sentence.start, sentence.start, "", sentence.index, "follow-up"), entry,
                  f"continues the previous sentence about {entry.name}", (entry.id,))
    return [Report(sentence, place, report.trigger, date or report.date, fatalities)]


def _another_day(date: DateClaim | None, other: DateClaim | None) -> bool:
    """Whether a sentence dates its event to a day other than the one told before."""
    return (date is not None and other is not None and date.time_precision == 1 and other.time_precision == 1
            and date.date is not None and other.date is not None and date.date != other.date)


def _captions(sentences: list[Sentence]) -> set[int]:
    """The sentences that caption a photo: those a credit line ends or
    follows.  A stock photo's caption ("Ban Ki-moon addresses a session in
    Geneva") says where the photo was taken, not where the story happened."""
    out = set()
    for sentence in sentences:
        text = sentence.text.strip()
        if len(text) <= 80 and PHOTO_CREDIT.search(text):
            out.add(sentence.index - 1)
        elif PHOTO_CREDIT.search(text[-60:]):
            out.add(sentence.index)
    return out


def _video_titles(sentences: list[Sentence]) -> set[int]:
    """The titles of the videos a page lists around a story: the lines next
    to a running time or a "Go to video" link ("02:21 / Ivorian diaspora in
    Paris demands free elections / 02:16"), which tell other stories.  A
    sentence of the story ends with its full stop; a title does not."""
    marks = {s.index for s in sentences if MEDIA_LINE.fullmatch(s.text)}
    if not marks:
        return set()
    return {s.index for s in sentences if s.index not in marks and (s.index - 1 in marks or s.index + 1 in marks)
            and not s.text.rstrip().endswith((".", "!", "?", "»", '"', "”"))}


#: At most this many words in a line that heads a section of a story.
HEADING_WORDS = 12


def _section_headings(sentences: list[Sentence]) -> set[int]:
    """The lines that head a section of the story (« Troisième attaque :
    Agadez », "Workers jump from roof") or repeat its headline above it: short,
    ending in no stop, and followed by a sentence of prose.  The paragraph
    below tells the event, and places it more finely (« dans la région
    d'Agadez… dans la localité de Chirfa »): the heading's place is the
    section's topic, not one more site.  A line that tells an event the
    prose below does not go on with is a brief of its own, not a heading."""
    out = set()
    for sentence, after in zip(sentences, sentences[1:]):
        text = sentence.text.rstrip()
        if text.endswith(CLOSING_STOPS) or len(text.split()) > HEADING_WORDS or BULLET.match(text):
            continue
        # a one-line brief ("Kenscoff: gang attack leaves three dead") followed by another story tells its own event
        if after.text.rstrip().endswith(CLOSING_STOPS) and (classify(text, set()) is None
                                                            or classify(after.text, set()) is not None):
            out.add(sentence.index)
    return out


def _page_furniture(sentence: Sentence, here: list[Place], caption: bool, story_begun: bool) -> bool:
    """Whether a "sentence" belongs to the web page around the story rather
    than to the story: a photo's caption that tells no event of its own
    (*caption*), a list of tags, or, once the story has begun, the headline
    of a link to another story.  Such lines neither take the headline's
    event nor lend a place."""
    if caption or _tag_line(sentence.text):
        return True
    return story_begun and _heading(sentence.text) and not DECLARATION.search(sentence.text) \
        and not any(p.mention.how == "dateline" for p in here)


def _tag_line(text: str) -> bool:
    """Whether a "sentence" is a web page's list of tags or topics ("Haiti,
    Springfield Ohio, Miami Heat, Haitian Orphanage"): three or more short
    items between commas, and no sentence's closing stop."""
    text = text.strip()
    if not text or text[-1] in ".!?»\"”:;" or text.count(",") < 2:
        return False
    return all(0 < len(item.split()) <= TAG_WORDS for item in text.split(","))


#: At most this many words in each item of a tag line.
TAG_WORDS = 4


def _heading(text: str) -> bool:
    """Whether a line is written like a headline: no closing stop and most
    of its longer words capitalised ("50 Haitians Arrested by Dominican Army
    in San Juan de la Maguana").  Once a story has told an event, such a
    line heads a link to another story, whose place is not this story's."""
    text = text.strip()
    if not text or text[-1] in ".!?»\"”:;)":
        return False
    words = HEADLINE_WORD.findall(text)
    long = [w for w in words if len(w) > 3]
    return 4 <= len(words) <= 20 and len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.75 * len(long)


#: Declarations that are local unless the text says otherwise (a state of
#: emergency is more often the nation's).
_CURFEW = re.compile(r"curfew|couvre-feu|kouvrefe|section\s+144|prohibitory", re.I)
_NATIONAL = re.compile(r"\bnationale?\b(?!\s+(?:guard|guardsmen|police|army|assembly|palace|stadium|penitentiary|"
                       r"security|intelligence|television|radio|garde|arm[ée]e|assembl[ée]e|palais|stade|"
                       r"p[ée]nitencier|s[ée]curit[ée]|t[ée]l[ée]vision)\b)|entire\s+country|whole\s+country|tout\s+le\s+territoire|"
                       # declared by the nation's government
                       r"(?<!state\s)(?<!provincial\s)(?<!local\s)\bgovernment\b|\bgouvernement\b|\bpresident\b|"
                       r"pr[ée]sident|prime\s+minister|premier\s+ministre|\bjunta\b|\bjunte\b", re.I)


def _cause_of_declaration(sentence: Sentence, candidates: list[Place], date: DateClaim | None,
                          fatalities) -> list[Report]:
    """"declared a state of emergency after 4,000 inmates escaped from the
    National Penitentiary": the event the declaration answers, told in the
    same sentence, happened at the sites named after its own event word."""
    found = DECLARATION.search(sentence.text)
    rest_start = found.end() if found else 0
    rest = sentence.text[rest_start:]
    trigger = classify(rest, set())
    if trigger is None or DECLARATION.search(trigger.text):
        return []
    at = rest_start + rest.find(trigger.text)
    sites = [p for p in candidates if p.entry.precision in ("site", "neighbourhood", "locality")
             and p.mention.start - sentence.start > at]
    return [Report(sentence, place, classify(rest, {kind_of(place)}) or trigger, date, fatalities if len(sites) == 1 else None)
            for place in sites]


def _in_force(sentence: str) -> bool:
    """Whether the sentence's first declaration word is a measure already in
    force (``UNDER_DECLARATION``), the setting of what it tells."""
    setting = UNDER_DECLARATION.search(sentence)
    first = DECLARATION.search(sentence)
    return setting is not None and first is not None and setting.start() <= first.start() < setting.end() \
        and not _PLACED_UNDER.search(sentence, 0, setting.start())


def _chanted(text: str, match: re.Match | None) -> bool:
    """Whether a match lies inside quotation marks that a verb of chanting
    or a banner opens (« clamant "État d'urgence, État policier" »,
    "chanting 'curfew now'"): a slogan, not a measure.  A minister quoted
    saying he declared it is news."""
    if match is None:
        return False
    before = text[:match.start()]
    opened = max(before.rfind('"') if before.count('"') % 2 == 1 else -1,
                 before.rfind("«") if before.rfind("«") > before.rfind("»") else -1,
                 before.rfind("“") if before.rfind("“") > before.rfind("”") else -1)
    return opened >= 0 and _CHANT.search(text, max(0, opened - 40), opened) is not None


#: Verbs of chanting and the things slogans are written on, right before a quotation.
_CHANT = re.compile(r"\b(?:clam\w*|scand\w*|chant\w*|shout\w*|cri(?:ant|aient|ent|ait)|slogans?|banderoles?|"
                    r"pancartes?|banners?|placards?|signs?)\b", re.I)


#: "placed Jacmel under a curfew", « mise sous couvre-feu »: a measure taken, not one in force.
_PLACED_UNDER = re.compile(r"\b(?:placed|put|plac[ée]e?s?|mise?s?)\s+(?:\S+\s+){0,4}?$", re.I)


#: "in part of", "in parts of", « dans une partie de »: right before the area a measure covers some of.
_PART_OF_AREA = re.compile(r"\b(?:(?:some|certain)\s+)?parts?\s+of\s+(?:the\s+)?$|"
                           r"\b(?:une\s+)?partie\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)$", re.I)


def _declaration(sentence: Sentence, candidates: list[Place], focus: Focus, gazetteer: Gazetteer,
                 trigger: EventTrigger, date: DateClaim | None, fatalities) -> list[Report]:
    """A state of emergency or curfew applies to the area that declared it:
    the place the sentence names, or the focus country."""
    if candidates:
        # "imposed in part of Manipur": some area the sentence does not name, not the region
        named = [p for p in candidates if not _PART_OF_AREA.search(sentence.text, 0, p.mention.start - sentence.start)]
        if not named:
            return []
        # a country named beside the area is its context or an actor ("The Lagos State government imposed a
        # curfew, Nigeria's police said", "Defy Lagos Curfew … US shuts Lagos Consulate"), unless the sentence
        # says the measure is the nation's
        local = [p for p in named if p.entry.precision != "country"
                 or p.entry.country == focus.country
                 and (NATIONWIDE.search(sentence.text) or _NATIONAL.search(sentence.text))]
        named = local or named
        # « En Île-de-France, trois villes avaient mis en place un couvre-feu : Clamart, Savigny-le-Temple et
        # Neuilly-sur-Marne »: the region holding the towns listed only situates them (but "a curfew in Lagos
        # State, including Lekki and Ikeja" is the state's)
        holders = [p for p in named if len({q.entry.id for q in named if inside(q.entry, p.entry)}) >= 2]
        if holders and not INCLUDING.search(sentence.text):
            named = [p for p in named if p not in holders]
        # the broadest places named: "a curfew in the Tartus and Latakia governorates" is two regions'
        rank = PRECISION_ORDER.index
        top = max(rank(p.entry.precision) for p in named)
        return [Report(sentence, p, trigger, date, None) for p in named if rank(p.entry.precision) == top]
    if focus.locality is not None and IN_TOWN.search(sentence.text):
        mention = Mention(sentence.start, sentence.start, "", sentence.index, "focus")
        return [Report(sentence, Place(mention, focus.locality, "the document's focus city (\"the city\")",
                                       (focus.locality.id,)), trigger, date, None)]
    country: Entry | None = gazetteer.country(focus.country)
    if country is None or LOCAL_AREA.search(sentence.text):
        return []  # "the area has been under a night curfew": some place the story has not named, not the nation
    if _CURFEW.search(trigger.text) and not NATIONWIDE.search(sentence.text) and not _NATIONAL.search(sentence.text):
        return []  # a curfew is a town's or a district's unless the text says the nation's
    mention = Mention(sentence.start, sentence.start, "", sentence.index, "focus")
    return [Report(sentence, Place(mention, country, "the document's focus country (no place named)", (country.id,)),
                   trigger, date, None)]
