"""Events: which event a sentence reports, in ACLED's types.

A sentence reports an event when one of the trigger lexicons of
:mod:`geo.text.lexicons` matches it, tried in order of precedence, and the
match is neither denied (« n'ont pas attaqué ») nor the work of a hazard
(homes destroyed by a hurricane).  The kinds of the sites a sentence names
refine the type: an attack on a police station is a clash with the state's
agents, a crowd storming a building riots.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from geo.text.lexicons import (
    ARMED_GROUP, ARMED_STATE, CASUALTY, CONDITIONAL_FR, CROWD, DEMONSTRATORS, GENERIC, HAZARD, HUMAN_DESTRUCTION,
    NEGATED, TALLY, NEGATED_FR, PROTEST_EXCESSIVE_FORCE, PROTEST_INTERVENTION, RIOTING_CROWD, STATE_SPEAKER, STORMING,
    TRIGGERS, TRIGGER_FILTER,
    DECLARATION, FILMED_BEFORE, LIFTED_BEFORE, TOLL_GIVEN, TOPIC_BEFORE, UNREALISED_AFTER, UNREALISED_BEFORE,
)


#: Kinds of place that armed state agents guard: an attack on one is a clash.
GUARDED_KINDS = {"prison", "police", "airport", "military", "palace", "government", "port", "fuel_terminal"}


@dataclass(frozen=True)
class EventTrigger:
    event_type: str
    sub_event_type: str
    text: str


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
    found = sentence_trigger(sentence)
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


#: The words of a clash that a crowd can wage too (not gunfire nor a siege).
_CLASH_WORD = re.compile(r"clash|skirmish|affront|s['’]affront|accrochage", re.I)

_LOOTING = next(pattern for pattern, _, sub_event in TRIGGERS if sub_event == "Looting/property destruction")


@lru_cache(maxsize=256)
def sentence_trigger(sentence: str) -> tuple[str, str, str, bool] | None:
    """The part of :func:`classify` that depends on the sentence alone:
    the first trigger in order of precedence, as (type, sub-type, words,
    whether armed agents of the state are named).  A report asks it of one
    sentence up to three times (alone, with its sites' kinds, for the story's
    date); the memo is small enough to hold one document's sentences only.
    Only the lexicons whose words occur in the sentence are tried (see
    :class:`geo.text.prefilter.PrefilterGroup`); most sentences hold none."""
    possible = TRIGGER_FILTER.candidates(sentence)
    if not possible or GENERIC.search(sentence) or TALLY.search(sentence) and not TOLL_GIVEN.search(sentence):
        return None
    for index in sorted(possible):  # in order of precedence
        pattern, event_type, sub_event = TRIGGERS[index]
        match = next((m for m in pattern.finditer(sentence, found=True)
                      if not _caused_by_hazard(sentence, m) and not negated(sentence, m)), None)
        if not match:
            continue
        if sub_event == "Looting/property destruction" and HAZARD.search(sentence) \
                and not HUMAN_DESTRUCTION.match(match.group(0)):
            continue  # homes destroyed by a hurricane; but trucks looted after one were looted by people
        if event_type == "Violence against civilians" and sub_event == "Attack":
            if STORMING.match(match.group(0)) and CROWD.search(sentence[:match.start()]):
                return "Riots", "Violent demonstration", match.group(0), False  # "thousands tried to storm it"
            # the state's agents count when they take part, not when they only report ("police said")
            armed = ARMED_STATE.search(sentence) is not None \
                and ARMED_STATE.search(STATE_SPEAKER.sub(" ", sentence)) is not None
            return event_type, sub_event, match.group(0), armed
        if event_type == "Battles" and sub_event == "Armed clash" and _CLASH_WORD.match(match.group(0)) \
                and RIOTING_CROWD.search(sentence) and not ARMED_GROUP.search(sentence):
            return "Riots", "Violent demonstration", match.group(0), False  # "youths clashed with police"
        if event_type == "Protests":
            if _demonstrators_destroying(sentence):
                return "Riots", "Violent demonstration", match.group(0), False
            if PROTEST_INTERVENTION.search(sentence):
                sub_event = "Protest with intervention"
            if PROTEST_EXCESSIVE_FORCE.search(sentence):
                sub_event = "Excessive force against protesters"
        return event_type, sub_event, match.group(0), False
    return None


def denied_event(sentence: str) -> bool:
    """Whether a sentence names an event only to deny it or to tell it as
    not (yet) real (« Les bandits projetteraient d'occuper Saut-d'Eau »,
    "no shots were fired"): it tells of no event, not even one carried over
    from the headline."""
    for index in TRIGGER_FILTER.candidates(sentence):
        if any(negated(sentence, m) for m in TRIGGERS[index][0].finditer(sentence, found=True)):
            return True
    return False


def negated(sentence: str, match: re.Match) -> bool:
    """Whether an event word is denied: "no shots were fired", « les bandits
    n'ont pas attaqué », but not « ils ne brûleraient pas nos maisons (s'ils
    n'étaient pas contre nous) », a counterfactual that says they do."""
    before = sentence[max(0, match.start() - 40):match.start()]
    return bool(NEGATED.search(before)) or bool(
        NEGATED_FR.search(before) and not CONDITIONAL_FR.match(sentence, match.start())) or unrealised(sentence, match)


def unrealised(sentence: str, match: re.Match) -> bool:
    """Whether an event word tells of no event of its sentence: one planned
    or called for, feared or threatened, possible or to be prevented (see
    ``UNREALISED_BEFORE``), a measure lifted, a film shot, or the topic of
    the protest the sentence tells (« pour dénoncer l'enlèvement »)."""
    before = sentence[max(0, match.start() - 50):match.start()]
    if UNREALISED_BEFORE.search(before) or UNREALISED_AFTER.match(sentence, match.start()):
        return True
    words = match.group(0)
    if words.lower().startswith("shot") and FILMED_BEFORE.search(before):
        return True
    if DECLARATION.match(words) and LIFTED_BEFORE.search(before):
        return True  # "lifted the curfew", « levé le couvre-feu »
    # the topic of the protest a sentence tells: « ont manifesté … pour dénoncer l'enlèvement d'un médecin »
    return bool(TOPIC_BEFORE.search(before)) and _PROTESTS.search(sentence) is not None \
        and _PROTESTS.match(sentence, match.start()) is None


_PROTESTS = next(pattern for pattern, event_type, _ in TRIGGERS if event_type == "Protests")


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
