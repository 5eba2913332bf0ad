"""Extract: from resolved places and sentences to per-sentence event reports.

A sentence reports an event when it holds an event trigger ("attacked",
"stormed", "state of emergency", "protest") and is not background (dated
long before the story).  Its incident *sites* are the places it resolves
that the event happened at.  Places are only *mentioned* when:

* the sentence reports no event (a prime minister's trip to Kenya);
* they sit in a travel or origin phrase ("a visit to Kenya", "police from
  the East African country");
* a finer place inside them is the site ("the National Penitentiary in
  Port-au-Prince": the city only locates the prison).

Event types follow ACLED's taxonomy (6 types, 25 sub-types).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from geo.text.dates import BACKGROUND_DAYS, DateClaim, find_date
from geo.text.fatalities import FatalityClaim, find_fatalities
from geo.text.lexicons import (
    AGENCY_AFTER, AND_WORD, ANOTHER_PLACE, APPOSED_BEFORE, ARMED_STATE, BACK_REFERENCE, CARED_FOR, CASUALTY,
    CONDITIONAL_FR, CREDIT, CROWD, DECLARATION, DEMONSTRATORS, EARLIER_EVENT, ELSEWHERE_UNNAMED, EVENT_NAME_AFTER,
    EXAMPLES_BEFORE, EXAMPLES_TOLD_AFTER, GENERIC, GLOSS_BEFORE, HAZARD, HEADLINE_WORD, HOME_BEFORE,
    HOSPITAL_IN_BEFORE, HUMAN_DESTRUCTION, IN_TOWN, LIST_BETWEEN, LIST_GOES_ON, LIST_JOIN, LIST_JOIN_AGAIN,
    LOCAL_AREA, NATIONWIDE, NEGATED, NEGATED_FR, NEIGHBOURING, NOTHING_HAPPENED_AFTER, NOT_SITE_BEFORE, OPENS_QUOTE,
    OWNER_AFTER, OWNER_APPOSED_AFTER, PHOTO_CREDIT, PROTEST_DESTINATION, PROTEST_EXCESSIVE_FORCE,
    PROTEST_INTERVENTION, PROTEST_TOPIC, REPORTED_ACTION, SAME_AGAIN, SITUATING_BEFORE, SPEECH_AFTER, SPEECH_OPENING,
    SPEECH_SOON, STATE_SPEAKER, STORMING, TOWN_OF_BEFORE, TRIGGERS, TRIGGER_FILTER, VILLAGE_AFTER, VILLAGE_BEFORE,
    YEAR_AFTER, YEAR_BEFORE,
)
from geo.places import names
from geo.places.focus import Focus
from geo.places.geocode import Place, stand_in
from geo.places.query import distance_km
from geo.places.gazetteer import Entry, Gazetteer
from geo.text.mentions import Mention
from geo.text.prefilter import PrefilterGroup
from geo.text.sentences import MEDIA_LINE, Sentence

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}

#: Kinds of place that armed state agents guard: an attack on one is a clash.
GUARDED_KINDS = {"prison", "police", "airport", "military", "palace", "government", "port", "fuel_terminal"}


@dataclass(frozen=True)
class EventTrigger:
    event_type: str
    sub_event_type: str
    text: str


@dataclass(frozen=True)
class Report:
    """One sentence's account of an event at one place."""

    sentence: Sentence
    place: Place
    trigger: EventTrigger
    date: DateClaim | None
    fatalities: FatalityClaim | None
    aggregate: bool = False  # the toll covers several sites of this place


def _caused_by_hazard(sentence: str, match: re.Match) -> bool:
    """True when a casualty word belongs to a hazard's clause: "an earthquake
    that killed 2,000", « le séisme qui a fait 300 morts » report no attack."""
    if not CASUALTY.search(match.group(0)):  # « sont mortes » too
        return False
    clause = re.split(r"[.;:!?]|,\s+(?:and|but|while|as|et|mais)\b", sentence[:match.start()])[-1]
    if HAZARD.search(clause[-60:]):
        return True
    # ...or the way they died, told right after: « sont mortes noyées », "were killed in a road accident"
    after = re.split(r"[.;:!?]|\b(?:by|par|after|apr[èe]s|when|lorsque|quand)\b", sentence[match.end():match.end() + 30])[0]
    return bool(HAZARD.search(after))


def classify(sentence: str, site_kinds: set[str]) -> EventTrigger | None:
    """The ACLED type of the event a sentence reports, if any."""
    found = _trigger(sentence)
    if found is None:
        return None
    event_type, sub_event, words, armed = found
    if event_type == "Violence against civilians" and sub_event == "Attack" and (site_kinds & GUARDED_KINDS or armed):
        return EventTrigger("Battles", "Armed clash", words)
    return EventTrigger(event_type, sub_event, words)


def _demonstrators_destroying(sentence: str) -> bool:
    """« des manifestants ont mis le feu à un complexe », "protesters looted
    shops": what demonstrators loot or burn makes their demonstration a
    violent one (ACLED's Riots), not a peaceful protest."""
    found = DEMONSTRATORS.search(sentence)
    if found is None:
        return False
    hazard = HAZARD.search(sentence) is not None  # "homes destroyed by the hurricane" are no riot's
    return any(not hazard or HUMAN_DESTRUCTION.match(m.group(0)) for m in _LOOTING.finditer(sentence, found.end()))


_LOOTING = next(pattern for pattern, _, sub_event in TRIGGERS if sub_event == "Looting/property destruction")


@lru_cache(maxsize=256)
def _trigger(sentence: str) -> tuple[str, str, str, bool] | None:
    """The part of :func:`classify` that depends on the sentence alone:
    the first trigger in order of precedence, as (type, sub-type, words,
    whether armed agents of the state are named).  A report asks it of one
    sentence up to three times (alone, with its sites' kinds, for the story's
    date); the memo is small enough to hold one document's sentences only.
    Only the lexicons whose words occur in the sentence are tried (see
    :class:`geo.text.prefilter.PrefilterGroup`); most sentences hold none."""
    possible = TRIGGER_FILTER.candidates(sentence)
    if not possible or GENERIC.search(sentence):
        return None
    for index in sorted(possible):  # in order of precedence
        pattern, event_type, sub_event = TRIGGERS[index]
        match = next((m for m in pattern.finditer(sentence)
                      if not _caused_by_hazard(sentence, m) and not _negated(sentence, m)), None)
        if not match:
            continue
        if sub_event == "Looting/property destruction" and HAZARD.search(sentence) \
                and not HUMAN_DESTRUCTION.match(match.group(0)):
            continue  # homes destroyed by a hurricane; but trucks looted after one were looted by people
        if event_type == "Violence against civilians" and sub_event == "Attack":
            if STORMING.match(match.group(0)) and CROWD.search(sentence[:match.start()]):
                return "Riots", "Violent demonstration", match.group(0), False  # "thousands tried to storm it"
            return event_type, sub_event, match.group(0), ARMED_STATE.search(STATE_SPEAKER.sub(" ", sentence)) is not None
        if event_type == "Protests":
            if _demonstrators_destroying(sentence):
                return "Riots", "Violent demonstration", match.group(0), False
            if PROTEST_INTERVENTION.search(sentence):
                sub_event = "Protest with intervention"
            if PROTEST_EXCESSIVE_FORCE.search(sentence):
                sub_event = "Excessive force against protesters"
        return event_type, sub_event, match.group(0), False
    return None


def _negated(sentence: str, match: re.Match) -> bool:
    """Whether an event word is denied: "no shots were fired", « les bandits
    n'ont pas attaqué », but not « ils ne brûleraient pas nos maisons (s'ils
    n'étaient pas contre nous) », a counterfactual that says they do."""
    before = sentence[max(0, match.start() - 40):match.start()]
    return bool(NEGATED.search(before)) or bool(
        NEGATED_FR.search(before) and not CONDITIONAL_FR.match(sentence, match.start()))


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
    unknown: dict[int, Place] = {}  # ...and the first such place of each
    for place in places:
        if place.entry is not None:
            by_sentence.setdefault(place.mention.sentence, []).append(place)
        elif place.mention.how == "unknown":
            unplaced.add(place.mention.sentence)
            unknown.setdefault(place.mention.sentence, place)
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
    texts = {s.index: s.text for s in sentences}

    def judge(sentence: Sentence, here: list[Place]) -> list[Place]:
        if not here:  # a sentence naming no place has no site to judge
            return []
        return [p for p in _site_candidates(body, here, sentence, doc_date) if not _named_event_elsewhere(body, p, focus)]

    for sentence in sentences:
        here = by_sentence.get(sentence.index, [])
        date = dates[sentence.index]
        if date is not None and date.background and date.date is None and not _near_story(date, story):
            pending = None
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
        if trigger is None and pending is None and lead <= 0:
            quiet = (sentence, here) if here else None
            quiet_judged = False
            continue
        candidates = judge(sentence, here)
        if trigger is not None and candidates:
            trigger = classify(told, {_kind(p) for p in candidates})
        if trigger is None and candidates:
            carried = pending if pending is not None else (headline if lead > 0 else None)
            if carried is not None and (BACK_REFERENCE.search(sentence.text) or (pending is None and lead > 0)):
                trigger = classify(carried.text, {_kind(p) for p in candidates}) or carried
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
        if DECLARATION.search(trigger.text):
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
            # « la ville de Rubaya, dans le Nord-Kivu »: the village the region situates, placed approximately
            village = _unknown_village(body, sentence, unknown[sentence.index], here, focus)
            if village is not None:
                candidates = [village]
        if not candidates:
            carried_place = _unknown_village(body, sentence, unknown.get(sentence.index), here, focus) or _place_before(sentence, here, before) \
                or _dateline_site(sentence, here)
            if carried_place is not None:
                out.append(Report(sentence, carried_place, trigger, date, fatalities))
                pending = None
                continue
            out.extend(_follow_up(sentence, out, date, fatalities))
            if dated:  # kept only if the story maps nothing finer (see _country_only_events)
                out.extend(Report(sentence, p, trigger, date, fatalities) for p in countries)
            pending = trigger
            continue
        pending = None
        sites, area = _sites(candidates, body)
        if area is not None and fatalities is not None:  # the area holds a toll no one site can take
            out.append(Report(sentence, area, trigger, date, fatalities, aggregate=True))
            fatalities = None
        for place in sites:
            out.append(Report(sentence, place, trigger, date, fatalities if len(sites) == 1 else None))
    return _country_only_events(_regions_with_finer_sites_dropped(_outskirts_of_sites_dropped(body, out)), focus)


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
                     focus: Focus) -> Place | None:
    """An event at a village or quarter no gazetteer holds, which the text
    marks as a place (« dans la zone de Nicolas, première section », "near
    Aorema, about 15 km from Ouahigouya", "Amanual town"): placed, flagged
    approximate, at the known place the sentence situates it by, or else at
    the story's own town; without the marks an unknown capitalised name may
    be a person or a group, and gives nothing."""
    if unknown is None:
        return None
    mention = unknown.mention
    if not (VILLAGE_BEFORE.search(body[max(sentence.start, mention.start - 50):mention.start])
            or VILLAGE_AFTER.match(body[mention.end:min(sentence.end, mention.end + 60)])):
        return None
    container = next((p for p in here if p.entry is not None and p.mention.start > mention.end
                      and p.mention.start - mention.end <= 80 and p.entry.precision in ("locality", "region")), None)
    entry = container.entry if container is not None else focus.locality
    if entry is None or (focus.country and entry.country != focus.country):
        return None
    why = "the place the text situates it by" if container is not None else "the story's town"
    approx = stand_in(entry, f"near:{names.key(mention.text)}", f"{mention.text} (near {entry.name})",
                      (("approximate_for", mention.text),))
    return Place(mention, approx, f"approximate: {mention.text} is not in the gazetteer; placed at {entry.name}, {why}",
                 (entry.id,))


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


def _regions_with_finer_sites_dropped(found: list[Report]) -> list[Report]:
    """An event placed only at a region ("the station in the Donetsk
    region") is coded to the finer site the story gives elsewhere inside
    that region (Kramatorsk), as ACLED codes an event to the finest place
    known; the region stays when nothing finer lies in it, and so does a
    declaration, which covers the whole region by nature."""
    finer = [r.place.entry for r in found if r.place.entry.precision in ("site", "neighbourhood", "locality")]
    return [r for r in found
            if not (r.place.entry.precision == "region" and not DECLARATION.search(r.trigger.text)
                    and any(_inside(e, r.place.entry) for e in finer))]


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
    memoised the same way, see :func:`_trigger`)."""
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


def _kind(place: Place) -> str:
    """The kind of place an event hit: the facility's, for "the police station in X"."""
    return place.entry.get("facility") or place.entry.kind


def _named_event_elsewhere(body: str, place: Place, focus: Focus) -> bool:
    """A place used as the name of an event ("the Paris attackers" in a
    story from Brussels) refers to that other event, unless it is the
    story's own city."""
    if place.mention.how != "name" or place.entry.precision not in ("neighbourhood", "locality", "region"):
        return False  # "the prison attack" is the attack on that prison
    if not EVENT_NAME_AFTER.match(body[place.mention.end:place.mention.end + 20]):
        return False
    return focus.locality is None or place.entry.id != focus.locality.id


def _site_candidates(body: str, here: list[Place], sentence: Sentence, doc_date=None) -> list[Place]:
    """The places of a sentence that may be incident sites: not datelines,
    not travel or origin phrases, not where a statement was made, and not
    the next item of a list that started as one of those."""
    declaring = bool(DECLARATION.search(sentence.text))
    out = []
    previous_mentioned: Place | None = None
    for place in sorted(here, key=lambda p: p.mention.start):
        mentioned = _only_mentioned(body, place, sentence, declaring=declaring, doc_date=doc_date)
        if not mentioned and previous_mentioned is not None and place.mention.start >= previous_mentioned.mention.end:
            mentioned = bool(LIST_JOIN.match(body[previous_mentioned.mention.end:place.mention.start]))
        if mentioned:
            previous_mentioned = place
            continue
        previous_mentioned = None
        out.append(place)
    # "died at Port-au-Prince's Canapé-Vert Hospital": the owner of a place that is no site is none either
    excluded = [p for p in here if p not in out]
    out = [p for p in out if not any(q.mention.start > p.mention.end and
                                     re.fullmatch(r"['’]s?\s+", body[p.mention.end:q.mention.start]) for q in excluded)]
    situating = _listed_after(body, sentence, out, SITUATING_BEFORE)
    # "on the outskirts of Khar in Pakistan": alone but for its country, it is the place
    if situating and len(situating) < sum(p.entry.precision != "country" for p in out):
        out = [p for p in out if p not in situating]
    known = {p.mention.end for p in here}
    out = [p for p in out if not _apposed_owner(body, p, known)]
    aside = (_listed_after(body, sentence, out, HOME_BEFORE)
             + _listed_after(body, sentence, out, APPOSED_BEFORE, after=known))
    out = [p for p in out if p not in aside]
    return _protest_topics_dropped(body, sentence, out)


def _apposed_owner(body: str, place: Place, known: set[int]) -> bool:
    """Whether a place only owns the place named right before it: "Cali,
    Colombia's third most populated city" (see ``OWNER_APPOSED_AFTER``)."""
    start, end = place.mention.start, place.mention.end
    if not OWNER_APPOSED_AFTER.match(body[end:end + 60]):
        return False
    comma = body.rfind(",", max(0, start - 4), start)
    return comma >= 0 and not body[comma + 1:start].strip() and body[:comma].rstrip() and \
        len(body[:comma].rstrip()) in known


def _listed_after(body: str, sentence: Sentence, places: list[Place], pattern, after: set[int] | None = None
                  ) -> list[Place]:
    """The places that *pattern* ends right before, with the list each one
    starts: "the gangs of Canaan and Titanyen", « basés à Canaan et à Titanyen ».
    ``after``: where the pattern must start, when it must follow a place the
    gazetteer knows ("Koulikoro, near Bamako"): not a day ("On Thursday,
    near the town of X"), nor a name it lacks ("Yelwata, a town in Benue
    State", where the state is the finest place known)."""
    found: list[Place] = []
    possible = bool(places) and pattern in _around_place(body[sentence.start:sentence.end])
    for i, place in enumerate(places):
        between = body[places[i - 1].mention.end:place.mention.start] if i else ""
        window = max(sentence.start, place.mention.start - 80)
        match = possible and pattern.search(body[window:place.mention.start])
        if match and after is not None and window + match.start() not in after:
            match = None
        if match or (
                found and found[-1] is places[i - 1]
                and (LIST_JOIN.match(between) or LIST_JOIN_AGAIN.match(between))):
            found.append(place)
    return found


def _protest_topics_dropped(body: str, sentence: Sentence, out: list[Place]) -> list[Place]:
    """Places a protest is about, after the place it was held: "thousands
    marched in Les Cayes against insecurity, notably in Martissant" is a
    protest in Les Cayes only."""
    if len(out) < 2 or (_trigger(sentence.text) or ("",))[0] != "Protests":
        return out
    first = min(p.mention.start for p in out)
    topic = [p for p in out if p.mention.start > first
             and PROTEST_TOPIC.search(body[first:p.mention.start])]
    return [p for p in out if p not in topic]


def _quoted(sentence: Sentence, place: Place) -> bool:
    """Whether a place is named inside a quotation of its sentence."""
    before = sentence.text[:place.mention.start - sentence.start]
    return (before.count('"') % 2 == 1 or before.count("«") > before.count("»")
            or before.count("“") > before.count("”"))


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
    places = {p.entry.id: p for p in quiet[1] if not _quoted(quiet[0], p)}
    # "Cite Soleil, a Port-au-Prince slum": the city only situates its quarter
    places = {k: p for k, p in places.items() if not any(_inside(o.entry, p.entry) for o in places.values())}
    if len(places) != 1:
        return None
    place = next(iter(places.values()))
    if place.entry.precision in ("region", "country"):
        return None  # a region named in passing ("Political feudalism in Sindh") is no place to carry an event to
    return Place(Mention(sentence.start, sentence.start, "", sentence.index, "follow-up"), place.entry,
                 f"the place of the sentence before ({place.mention.text})", (place.entry.id,))


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
    if report.trigger.event_type == "Strategic developments":
        return []
    entry = report.place.entry
    place = Place(Mention(sentence.start, sentence.start, "", sentence.index, "follow-up"), entry,
                  f"continues the previous sentence about {entry.name}", (entry.id,))
    return [Report(sentence, place, report.trigger, date or report.date, fatalities)]


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


@lru_cache(maxsize=64)
def _is_credit(sentence: str) -> bool:
    """Whether a sentence is a credit line, once per sentence rather than once
    per place in it (a list of 400 names otherwise scans its sentence 400 times)."""
    return CREDIT.search(sentence) is not None


#: The rules :func:`_only_mentioned` and :func:`_listed_after` ask of the
#: text just before and after each place of an event sentence.
_AROUND_PLACE = (NOT_SITE_BEFORE, AGENCY_AFTER, HAZARD, YEAR_BEFORE, YEAR_AFTER, EARLIER_EVENT, HOSPITAL_IN_BEFORE,
                 CARED_FOR, SPEECH_OPENING, SPEECH_SOON, OWNER_AFTER, GLOSS_BEFORE, NOTHING_HAPPENED_AFTER,
                 EXAMPLES_BEFORE, EXAMPLES_TOLD_AFTER, SPEECH_AFTER,
                 SITUATING_BEFORE, HOME_BEFORE, APPOSED_BEFORE)  # ...and :func:`_site_candidates` of lists
_AROUND_PLACE_ALL = frozenset(_AROUND_PLACE)
_AROUND_PLACE_FILTER = PrefilterGroup([rule.regex for rule in _AROUND_PLACE], word_starts=False)


@lru_cache(maxsize=64)
def _around_place(sentence: str) -> frozenset:
    """Which of :data:`_AROUND_PLACE` can match in some slice of a sentence
    (its span of the body, whose whitespace ``Sentence.text`` normalises):
    found once per sentence in one pass, where asking each rule of each
    place's slices took a dozen scans a place.  The slices are the
    sentence's own text, so a rule whose words the sentence lacks cannot
    match in them (with no word-start marks, see :class:`PrefilterGroup`)."""
    return frozenset(_AROUND_PLACE[i] for i in _AROUND_PLACE_FILTER.candidates(sentence))


def _only_mentioned(body: str, place: Place, sentence: Sentence, *, declaring: bool = False, doc_date=None) -> bool:
    """True when a place of an event sentence is not where the event was.

    ``declaring``: the sentence declares a state of emergency or a curfew,
    where "France has declared..." names the area, not a speaker.
    """
    if place.mention.how == "dateline":
        return True
    # "fled to the northern town of X" reads as "fled to X" for the phrases below
    before = sliced = body[sentence.start:place.mention.start][-120:]
    if before.rstrip().lower().endswith(("of", "de", "d'", "d’")):  # what TOWN_OF_BEFORE ends with
        before = TOWN_OF_BEFORE.sub(" ", before)
    before = NEIGHBOURING.sub(" ", before[-80:])  # "herdsmen from neighbouring Nasarawa State": from Nasarawa
    # the rules below that can match around this place: those whose words the
    # sentence holds, unless a phrase cut from before it joined words anew
    can = _around_place(body[sentence.start:sentence.end]) if before == sliced[-80:] else _AROUND_PLACE_ALL
    if place.mention.how == "facility" and place.mention.facility \
            and NOT_SITE_BEFORE in can and NOT_SITE_BEFORE.search(before):
        # « le commissariat de police de Léogâne »: the facility's own words are no
        # "police of X"; the phrase must hold before them too
        cut = before.lower().rfind(place.mention.facility.lower())
        if cut >= 0 and not NOT_SITE_BEFORE.search(before[:cut]):
            before = before[:cut]
    after = body[place.mention.end:sentence.end][:120]
    if AGENCY_AFTER in can and AGENCY_AFTER.match(after):
        return True  # "Washington (AFP) May 23 —": a dateline run into the headline's line
    if _is_credit(sentence.text) or HAZARD in can and HAZARD.search(before[-60:]):
        return True
    if YEAR_BEFORE in can and YEAR_BEFORE.search(before):
        return True
    after_year = YEAR_AFTER in can and YEAR_AFTER.match(after)
    if after_year and doc_date is not None and int(after_year.group(1)) < doc_date.year:
        return True  # "fights in the National Assembly in Caracas in 2017": a comparison
    earlier = EARLIER_EVENT in can and EARLIER_EVENT.search(before)
    if earlier and doc_date is not None and int(earlier.group("year") or earlier.group("year2")) < doc_date.year:
        return True
    if (_kind(place) == "hospital" or HOSPITAL_IN_BEFORE in can and HOSPITAL_IN_BEFORE.search(before)) \
            and CARED_FOR in can and CARED_FOR.search(before):
        return True  # "died at Canapé-Vert Hospital", "taken to hospitals in Peshawar": where a victim was treated
    speech = SPEECH_OPENING in can and SPEECH_SOON in can and SPEECH_OPENING.match(before) and SPEECH_SOON.match(after)
    if speech:
        # "In Port-au-Prince, the spokesman said protesters burned cars": the
        # place frames the reported event when that names no place of its own
        reported = after[speech.end():]
        return not (REPORTED_ACTION.search(reported) and classify(reported, set())
                    and not ANOTHER_PLACE.search(reported))
    if OWNER_AFTER in can and OWNER_AFTER.match(after) and place.mention.how != "facility":
        return True
    if GLOSS_BEFORE in can and GLOSS_BEFORE.search(before[-40:]):
        return True  # "Lilavois (Santo 17)": another name of the place just named
    if NOTHING_HAPPENED_AFTER in can and NOTHING_HAPPENED_AFTER.match(after):
        return True  # « Si dans la capitale, aucun incident n'est à déplorer »
    if EXAMPLES_BEFORE in can and EXAMPLES_BEFORE.search(before) \
            and not (EXAMPLES_TOLD_AFTER in can and EXAMPLES_TOLD_AFTER.match(after)):
        return True
    if PROTEST_DESTINATION.search(before[-50:]) and (_trigger(sentence.text) or ("",))[0] in ("Protests", "Riots"):
        return False  # « les manifestants ont convergé vers la Villa d'Accueil »: where the protest went
    return NOT_SITE_BEFORE in can and bool(NOT_SITE_BEFORE.search(before)) \
        or (not declaring and SPEECH_AFTER in can and bool(SPEECH_AFTER.match(after)))


def _sites(candidates: list[Place], body: str = "") -> tuple[list[Place], Place | None]:
    """Split candidate places into sites and, if any, an aggregate area.

    A place that contains another candidate is only its container, unless it
    contains two or more sites: then a toll cannot be pinned to any one site
    and stays with the containing area ("nine killed ... in Port-au-Prince,
    including the airport and the stadium").  A town listed as a peer right
    before a quarter of its own (« des tirs à Delmas, Musseau et
    Pétion-Ville ») is a site too: the list tells of the town beyond that
    quarter.
    """
    unique: dict[str, Place] = {}
    for place in candidates:
        unique.setdefault(place.entry.id, place)
    places = list(unique.values())
    containers = {p.entry.id for p in places if any(_inside(q.entry, p.entry) and not _peer_before(body, p, q)
                                                     for q in places)}
    sites = [p for p in places if p.entry.id not in containers]
    area = None
    if len(sites) >= 2:
        # the area must hold two of the sites itself: "Lamentin, in Carrefour, and
        # Gonaïves" puts one site in Carrefour, which is then only its container
        areas = [p for p in places if p.entry.id in containers and p.entry.precision == "locality"
                 and sum(_inside(q.entry, p.entry) for q in sites) >= 2]
        if areas:
            area = areas[0]
    return sites, area


def _peer_before(body: str, town: Place, inner: Place) -> bool:
    """True when ``town`` (not a city) and ``inner``, a place inside it, are
    listed as peers in one sentence (see :func:`listed_as_peers`)."""
    if not body or town.entry.kind == "city" or town.entry.precision != "locality" \
            or town.mention.sentence != inner.mention.sentence:
        return False
    return listed_as_peers(body, (town.mention.start, town.mention.end), (inner.mention.start, inner.mention.end))


def listed_as_peers(text: str, town: tuple[int, int], inner: tuple[int, int]) -> bool:
    """Whether a town and a place inside it, at these spans of ``text``, are
    items of one list rather than a place and the town that situates it:
    « des tirs à Delmas, Musseau et Pétion-Ville », "Laboule, Pèlerin and
    Thomassin" tell of the town beyond that place, where "Musseau, Delmas"
    only says where Musseau is."""
    if town[1] <= inner[0]:  # the town first: the list must go on after the place
        return bool(LIST_BETWEEN.fullmatch(text, town[1], inner[0])) and bool(LIST_GOES_ON.match(text, inner[1]))
    gap = text[inner[1]:town[0]]  # the town after: joined by "and", not by a bare comma
    return bool(LIST_BETWEEN.fullmatch(gap)) and bool(AND_WORD.search(gap))



#: How far from a place's point a finer place it locates may lie, by precision:
#: "the Port-au-Prince slum of Cité Soleil", "Nairobi's Westlands".
_CONTAINS_KM = {"neighbourhood": 2.5, "locality": 15.0, "region": 120.0}
_ORDER = ("site", "neighbourhood", "locality", "region", "country")


def _inside(inner: Entry, outer: Entry) -> bool:
    """True when ``inner`` lies in ``outer``: by recorded parents, as the
    approximate facility of that place, or as a finer place close by."""
    if inner.id == outer.id:
        return False
    if inner.within(outer) or inner.id.startswith(outer.id + "#"):
        return True
    if (inner.precision in ("site", "neighbourhood") and inner.locality and outer.precision == "locality"
            and outer.kind != "city" and inner.country == outer.country):
        # a facility or quarter whose town is recorded lies in that town only: Madrid's
        # Atocha station is not "in" Santa Eugenia, 7 km away, nor Bel Air in Delmas
        return False
    if outer.kind == "admin1" and inner.admin1 and inner.country == outer.country:
        return False  # a town whose region is recorded lies in that region only: Cali is in Valle del Cauca, not Cauca
    radius = _CONTAINS_KM.get(outer.precision)
    if radius is None:
        return False
    finer = _ORDER.index(inner.precision) < _ORDER.index(outer.precision)
    # "Cité Soleil, a Port-au-Prince slum": a commune beside the capital is in it
    # for the reader, though both are localities
    beside_city = (inner.precision == outer.precision == "locality" and outer.kind == "city"
                   and inner.kind != "city" and not inner.get("facility"))
    if not (finer or beside_city):
        return False
    return distance_km(inner, outer) <= (radius if finer else 8.0)


#: Declarations that are local unless the text says otherwise (a state of
#: emergency is more often the nation's).
_CURFEW = re.compile(r"curfew|couvre-feu|kouvrefe|section\s+144|prohibitory", re.I)
_NATIONAL = re.compile(r"\bnational\b|\bnationale?\b|entire\s+country|whole\s+country|tout\s+le\s+territoire|"
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
    return [Report(sentence, place, classify(rest, {_kind(place)}) or trigger, date, fatalities if len(sites) == 1 else None)
            for place in sites]


def _declaration(sentence: Sentence, candidates: list[Place], focus: Focus, gazetteer: Gazetteer,
                 trigger: EventTrigger, date: DateClaim | None, fatalities) -> list[Report]:
    """A state of emergency or curfew applies to the area that declared it:
    the place the sentence names, or the focus country."""
    if candidates:
        broadest = max(candidates, key=lambda p: ("site", "neighbourhood", "locality", "region", "country").index(p.entry.precision))
        return [Report(sentence, broadest, trigger, date, None)]
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
