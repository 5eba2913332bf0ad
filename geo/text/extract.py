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

Event types follow ACLED's taxonomy (6 types, 25 sub-types).  The lines of
a page that are no story (:mod:`geo.text.layout`), the area a declaration
covers (:mod:`geo.text.declarations`) and where an event told at a place no
gazetteer holds goes (:mod:`geo.text.unplaced`) have modules of their own.
"""

from __future__ import annotations

import re

from geo.text.dates import BACKGROUND_DAYS, DateClaim, find_date
from geo.text.fatalities import FatalityClaim, find_fatalities
from geo.text.lexicons import (
    BACKGROUND_CLAUSE, BACK_REFERENCE, DECLARATION, EARLIER_TIME, NATIONWIDE, ONE_MORE, ONGOING, OPENS_QUOTE, SAME_AGAIN,
    SITUATING_BEFORE, UNDER_DECLARATION,
)
from geo.text.events import EventTrigger, classify, denied_event
from geo.text.sites import (chanted, inside, kind_of, named_event_elsewhere, quoted, site_candidates, split_sites,
                            told_beyond)
from geo.places import names
from geo.places.focus import Focus
from geo.places.geocode import Place
from geo.places.query import distance_km
from geo.places.gazetteer import Entry, Gazetteer
from geo.text.declarations import cause_of_declaration, declaration, in_force
from geo.text.layout import captions, page_furniture, section_headings, video_titles
from geo.text.mentions import Mention
from geo.text.report import Report
from geo.text.sentences import Sentence
from geo.text.unplaced import (Unplaced, dateline_site, in_the_story_s_town, named_for_its_office, situated_elsewhere,
                               situated_unknowns, story_city, told_aside, told_elsewhere_next,
                               unknown_in_the_story_s_city, unknown_village, unnamed, villages_for_their_towns)


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
    captioned = captions(sentences)
    videos = video_titles(sentences)
    headings = section_headings(sentences)
    texts = {s.index: s.text for s in sentences}
    unplaced_events: list[Unplaced] = []  # events told in sentences that name no place
    background = -2  # the last sentence skipped as telling of earlier years
    city = story_city(places, focus)
    known = frozenset(names.key(p.mention.text) for p in places if p.entry is not None)
    situated = situated_unknowns(body, sentences, unknown, by_sentence, focus)

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
        if sentence.index in videos or page_furniture(sentence, here, sentence.index in captioned and trigger is None,
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
        if declares and in_force(told):
            # « En plein état d'urgence, ... »: the measure is the setting, not the news; any
            # other event the sentence tells stands, a new declaration too
            trigger = classify(UNDER_DECLARATION.sub(" ", told), {kind_of(p) for p in candidates})
            if trigger is None:
                pending = None
                continue
            declares = DECLARATION.search(trigger.text)
        if declares and chanted(told, DECLARATION.search(told)):
            pending = None  # a slogan: « clamant "État d'urgence, État policier" »
            continue
        if declares:
            if candidates or sentence.index not in unplaced:
                # "martial law over Mindanao", an area the gazetteer lacks, is not the whole country's
                out.extend(declaration(sentence, candidates, focus, gazetteer, trigger, date, fatalities))
            out.extend(cause_of_declaration(sentence, candidates, date, fatalities))
            pending = None
            continue
        nationwide = trigger.event_type == "Protests" and bool(NATIONWIDE.search(sentence.text))
        # "were kidnapped in Haiti on Saturday": a dated event the story places
        # no finer than the country stays there (dropped later if it places it finer)
        dated = date is not None and date.date is not None and date.time_precision == 1 \
            and trigger.event_type != "Strategic developments"
        countries = [p for p in candidates if p.entry.precision == "country"]
        candidates = [p for p in candidates if nationwide or p.entry.precision != "country"]
        if candidates and sentence.index in unknown:
            candidates = villages_for_their_towns(body, sentence, unknown[sentence.index], here, candidates, focus)
        if candidates and all(p.entry.precision == "region" for p in candidates) and sentence.index in unknown:
            # « la ville de Rubaya, dans le Nord-Kivu », « Sollé dans le Nord, Boko dans le Centre-Nord… »:
            # the villages the regions situate, placed approximately
            villages = [v for u in unknown[sentence.index] if (v := unknown_village(body, sentence, u, here, focus))]
            if villages:
                candidates = villages
        if not candidates:
            first_unknown = next((u for u in unknown.get(sentence.index, ()) if not told_aside(body, sentence, u)),
                                 None)
            # a village the text situates, else the place the sentence before named (« maisons incendiées à
            # Dress, une localité de la zone »), else the story's own town or city
            # "the attack" told again, the event already mapped: not an event of the place just named
            # (« Pour rappel, … Mopti … . Les FAMa assurent que l'attaque d'hier a été commise par… »)
            # (unless the sentence before told of another one: « Mardi, un autre groupe a visé Kaya »)
            place_before = None if _told_again(told, trigger, out) and not (
                before is not None and (dates.get(before[0].index) is not None or ONE_MORE.search(before[0].text))) \
                else _place_before(sentence, here, before)
            carried_place = unknown_village(body, sentence, first_unknown, here, focus, town=False) \
                or situated_elsewhere(first_unknown, situated) \
                or (unknown_village(body, sentence, first_unknown, here, focus, town=False, near=place_before)
                    if place_before is not None else None) or place_before \
                or unknown_village(body, sentence, first_unknown, here, focus) \
                or unknown_in_the_story_s_city(body, sentence, first_unknown, here, city, situated, known) or (
                    None if told_elsewhere_next(sentence, here, by_sentence, unknown) else dateline_site(sentence, here))
            if carried_place is not None:
                out.append(Report(sentence, carried_place, trigger, date, fatalities))
                if first_unknown is not None and carried_place.mention is first_unknown.mention:
                    # « les localités de Khodr, Assayré et Sarine »: each village the sentence marks, placed alike
                    out.extend(Report(sentence, v, trigger, date, None) for u in unknown[sentence.index]
                               if u.mention.start > first_unknown.mention.start and not told_aside(body, sentence, u)
                               and (v := unknown_village(body, sentence, u, here, focus, town=place_before is None,
                                                         near=place_before)) is not None)
                pending = None
                if carried_place.mention.how == "unknown" and carried_place.mention.sentence == sentence.index:
                    lead -= 1  # a sentence that placed its own event at a place named again is one of the lead's
                continue
            out.extend(_follow_up(sentence, out, date, fatalities))
            # a sentence whose places were all judged no sites placed its event elsewhere, unless one of
            # them is the story's own town ("the Dar es Salaam police dispersed protesters": see below)
            offices = frozenset(p.entry.id for p in here if named_for_its_office(body, sentence, p))
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
        return in_the_story_s_town(unplaced_events, places, focus, sentences) or found
    return found


#: How far from a town a site may lie and still be "on the outskirts of" it.
OUTSKIRTS_KM = 50.0


def _outskirts_of_sites_dropped(body: str, found: list[Report]) -> list[Report]:
    """A town that only situates an event ("the attack on the outskirts of
    Abuja") is no site of its own when the story maps a finer site near it
    (the Kuje prison, 40 km out): it is that site, told again.  Alone it is
    the best place the story gives ("a rally on the outskirts of Khar").  So
    is the town a lead was filed from (see :func:`dateline_site`): "PORT-AU-
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


def _told_again(told: str, trigger: EventTrigger, earlier: list[Report]) -> bool:
    """Whether a sentence names, with a definite article, an event of a type
    the story has already mapped (« l'attaque d'hier », "the assault"): the
    event told again, not a new one."""
    if not any(r.trigger.event_type == trigger.event_type for r in earlier):
        return False
    lowered, word = told.lower(), trigger.text.lower()
    at = lowered.find(word)
    while at >= 0:
        # (the event, not its agents: "the kidnappers", « les assaillants » say who, not that it happened again)
        rest = _WORD_REST.match(lowered, at + len(word)).group(0).rstrip("'’")
        if not _AGENT_ENDING.search(word + rest) and _DEFINITE_BEFORE.search(told, max(0, at - 40), at):
            return True
        at = lowered.find(word, at + 1)
    return False


_WORD_REST = re.compile(r"[\w'’-]*")
#: The ending of an agent noun: "kidnappers", "attackers", « ravisseurs », « assaillants ».
_AGENT_ENDING = re.compile(r"(?:ers?|eurs?|euses?|ants?)$")


#: A definite article or demonstrative, and at most one word, before an event's word: "the attack",
#: "the deadly assault", « l'attaque », « cette attaque » (one pattern, asked where the word stands).
_DEFINITE_BEFORE = re.compile(r"\b(?:(?:the|this|that|cette|cet)\s+|l['’]\s*)(?:[\w-]+\s+)?$", re.I)


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
    return Place(unnamed(sentence), place.entry, f"the place of the sentence before ({place.mention.text})",
                 (place.entry.id,))


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


