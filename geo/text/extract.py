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
from dataclasses import dataclass

from geo.text.dates import DateClaim, find_date
from geo.text.fatalities import FatalityClaim, find_fatalities
from geo.places.geocode import Focus, Place
from geo.places.gazetteer import Entry, Gazetteer
from geo.text.mentions import Mention
from geo.text.sentences import Sentence

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


def _rx(*words: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(words) + r")", re.I)


#: (pattern, event type, sub-event type) in order of precedence.
TRIGGERS: list[tuple[re.Pattern, str, str]] = [
    (_rx(r"state\s+of\s+(?:emergency|siege)", r"curfews?\b", r"martial\s+law", r"[ée]tat\s+d['’]urgence", r"couvre-feu"),
     "Strategic developments", "Other"),
    (_rx(r"chemical\s+(?:weapon|attack)", r"nerve\s+agent", r"chlorine\s+gas"), "Explosions/Remote violence", "Chemical weapon"),
    (_rx(r"suicide\s+(?:bomb|attack)"), "Explosions/Remote violence", "Suicide bomb"),
    (_rx(r"air\s*strikes?", r"drone\s+(?:strike|attack)", r"bombing\s+raid", r"frappe\s+a[ée]rienne"),
     "Explosions/Remote violence", "Air/drone strike"),
    (_rx(r"shell(?:ing|ed|s)\b", r"artillery", r"missiles?\b", r"rockets?\b", r"mortars?\b", r"bombard"),
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    (_rx(r"IEDs?\b", r"roadside\s+bomb", r"landmines?", r"car\s+bomb", r"explosive\s+device"),
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    (_rx(r"grenades?"), "Explosions/Remote violence", "Grenade"),
    (_rx(r"kidnap", r"abduct", r"enlev", r"taken\s+hostage"), "Violence against civilians", "Abduction/forced disappearance"),
    (_rx(r"rap(?:ed|e)\b", r"sexual\s+(?:violence|assault)", r"viol(?:s|ée?s?)?\b"), "Violence against civilians", "Sexual violence"),
    (_rx(r"protest", r"demonstrat", r"manifest", r"marche(?:d|rs)?\b", r"rall(?:y|ied|ies)\b", r"sit-in"),
     "Protests", "Peaceful protest"),
    (_rx(r"riot", r"lynch", r"mob\b", r"émeute"), "Riots", "Mob violence"),
    (_rx(r"recaptur", r"retook", r"regain(?:ed|s)?\s+control\s+of\b"), "Battles", "Government regains territory"),
    (_rx(r"(?:seized|took|taken|gained)\s+control\s+of", r"overr?an\b", r"captured\s+the\b"),
     "Battles", "Non-state actor overtakes territory"),
    (_rx(r"clash", r"gun\s*fights?", r"fire\s*fights?", r"exchange\s+of\s+fire", r"fighting\b", r"battles?\b(?!\s+for)",
         r"affrontement"), "Battles", "Armed clash"),
    (_rx(r"attack", r"assault", r"storm(?:ed|ing)\b", r"raid(?:ed|s)?\b", r"ambush", r"opened\s+fire", r"shot\b",
         r"massacre", r"assassinat", r"killed", r"bodies", r"dead\b", r"died\b", r"murder", r"gunmen", r"attaqu", r"tu[ée]e?s?\b", r"spate\s+of\s+(?:extreme\s+)?violence"),
     "Violence against civilians", "Attack"),
    (_rx(r"loot", r"torch(?:ed|ing)", r"set\s+(?:on\s+)?fire", r"burn(?:ed|t)\s+down", r"arson", r"pill(?:é|age)"),
     "Strategic developments", "Looting/property destruction"),
    (_rx(r"arrest(?:ed|s)\b", r"detained", r"rounded\s+up", r"interpell"), "Strategic developments", "Arrests"),
]

_ARMED_STATE = re.compile(r"\b(police|officers?|soldiers?|troops|army|security\s+forces|guards?|state\s+institutions|military)\b", re.I)
_NOT_SITE_BEFORE = re.compile(
    r"(?:\b(?:visit(?:ed|s|ing)?|trip|travel+(?:ed|ing)?|flew|fled|returned|deployed|sent|moved|exiled|headed|"
    r"flight|deal|talks|summit|meeting)\b(?:\s+\w+){0,4}\s+(?:to|from|in|with)|\bfrom|\b(?:police|troops|forces|"
    r"officers|government|president|minister|embassy|ambassador|delegation|envoy)\s+(?:of|from))\s+$",
    re.I,
)


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


def classify(sentence: str, site_kinds: set[str]) -> EventTrigger | None:
    """The ACLED type of the event a sentence reports, if any."""
    for pattern, event_type, sub_event in TRIGGERS:
        match = pattern.search(sentence)
        if not match:
            continue
        if event_type == "Violence against civilians" and sub_event == "Attack":
            if site_kinds & GUARDED_KINDS or _ARMED_STATE.search(sentence):
                return EventTrigger("Battles", "Armed clash", match.group(0))
        if event_type == "Protests":
            if re.search(r"\b(tear\s*gas|dispersed|water\s+cannon|arrested)\b", sentence, re.I):
                sub_event = "Protest with intervention"
            if re.search(r"\b(fired\s+on|shot|killed)\b", sentence, re.I):
                sub_event = "Excessive force against protesters"
        return EventTrigger(event_type, sub_event, match.group(0))
    return None


def reports(body: str, sentences: list[Sentence], places: list[Place], focus: Focus,
            gazetteer: Gazetteer, doc_date) -> list[Report]:
    """The event reports of one document, one per (sentence, site)."""
    by_sentence: dict[int, list[Place]] = {}
    for place in places:
        if place.entry is not None:
            by_sentence.setdefault(place.mention.sentence, []).append(place)
    out: list[Report] = []
    for sentence in sentences:
        here = by_sentence.get(sentence.index, [])
        date = find_date(sentence.text, doc_date)
        if date is not None and date.background:
            continue
        candidates = [p for p in here if not _only_mentioned(body, p, sentence)]
        trigger = classify(sentence.text, {p.entry.kind for p in candidates})
        if trigger is None:
            continue
        fatalities = find_fatalities(sentence.text)
        if trigger.event_type == "Strategic developments" and trigger.sub_event_type == "Other":
            out.extend(_declaration(sentence, candidates, focus, gazetteer, trigger, date, fatalities))
            continue
        if not candidates:
            out.extend(_follow_up(sentence, out, date, fatalities))
            continue
        sites, area = _sites(candidates)
        if area is not None:
            out.append(Report(sentence, area, trigger, date, fatalities, aggregate=True))
            fatalities = None
        for place in sites:
            out.append(Report(sentence, place, trigger, date, fatalities if len(sites) == 1 else None))
    return out


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


def _only_mentioned(body: str, place: Place, sentence: Sentence) -> bool:
    if place.mention.how == "dateline":
        return True
    before = body[sentence.start:place.mention.start][-60:]
    return bool(_NOT_SITE_BEFORE.search(before))


def _sites(candidates: list[Place]) -> tuple[list[Place], Place | None]:
    """Split candidate places into sites and, if any, an aggregate area.

    A place that contains another candidate is only its container, unless it
    contains two or more sites: then a toll cannot be pinned to any one site
    and stays with the containing area ("nine killed ... in Port-au-Prince,
    including the airport and the stadium").
    """
    unique: dict[str, Place] = {}
    for place in candidates:
        unique.setdefault(place.entry.id, place)
    places = list(unique.values())
    containers = {p.entry.id for p in places if any(q.entry.within(p.entry) for q in places)}
    sites = [p for p in places if p.entry.id not in containers]
    area = None
    if len(sites) >= 2:
        areas = [p for p in places if p.entry.id in containers and p.entry.precision == "locality"]
        if areas:
            area = areas[0]
    return sites, area


def _declaration(sentence: Sentence, candidates: list[Place], focus: Focus, gazetteer: Gazetteer,
                 trigger: EventTrigger, date: DateClaim | None, fatalities) -> list[Report]:
    """A state of emergency or curfew applies to the area that declared it:
    the place the sentence names, or the focus country."""
    if candidates:
        broadest = max(candidates, key=lambda p: ("site", "neighbourhood", "locality", "region", "country").index(p.entry.precision))
        return [Report(sentence, broadest, trigger, date, None)]
    country: Entry | None = gazetteer.country(focus.country)
    if country is None:
        return []
    mention = Mention(sentence.start, sentence.start, "", sentence.index, "focus")
    return [Report(sentence, Place(mention, country, "the document's focus country (no place named)", (country.id,)),
                   trigger, date, None)]
