"""Declarations: the area a state of emergency or a curfew covers.

A measure applies to the area that declared it: the places its sentence
names (the broadest of them), the story's city ("a curfew in the city"), or
the focus country when the sentence names none and says the measure is the
nation's.  A measure already in force (« dans le cadre de l'état
d'urgence ») is the setting of another event, not news, and a slogan a
crowd chants is no declaration.
"""

from __future__ import annotations

import re

from geo.places.focus import Focus
from geo.places.gazetteer import Entry, Gazetteer
from geo.places.geocode import Place
from geo.text.dates import DateClaim
from geo.text.events import EventTrigger, classify
from geo.text.lexicons import DECLARATION, INCLUDING, IN_TOWN, LOCAL_AREA, NATIONWIDE, UNDER_DECLARATION
from geo.text.mentions import Mention
from geo.text.report import Report
from geo.text.sentences import Sentence
from geo.text.sites import PRECISION_ORDER, inside, kind_of


#: Declarations that are local unless the text says otherwise (a state of
#: emergency is more often the nation's).
_CURFEW = re.compile(r"curfew|couvre-feu|kouvrefe|section\s+144|prohibitory", re.I)


#: Words that give a measure the whole nation's scope.
_NATION_SCOPE = (r"\bnationale?\b(?!\s+(?:guard|guardsmen|police|army|assembly|palace|stadium|penitentiary|"
                 r"security|intelligence|television|radio|garde|arm[ée]e|assembl[ée]e|palais|stade|"
                 r"p[ée]nitencier|s[ée]curit[ée]|t[ée]l[ée]vision)\b)|entire\s+country|whole\s+country|"
                 r"tout\s+le\s+territoire")
_NATION_WIDE = re.compile(_NATION_SCOPE, re.I)
#: ...or the nation's government declaring it, when the sentence names no area
_NATIONAL = re.compile(_NATION_SCOPE + r"|(?<!state\s)(?<!provincial\s)(?<!local\s)(?<!anti-)\bgovernment\b|"
                       r"(?<!anti)\bgouvernement\b|\bpresident\b|"
                       r"pr[ée]sident|prime\s+minister|premier\s+ministre|\bjunta\b|\bjunte\b", re.I)


#: What may stand between a town and the region that situates it: "Balasore town of Odisha", "Jos, Plateau State".
_APPOSED_REGION = re.compile(r"\s*(?:,\s*(?:in\s+|dans\s+(?:le\s+|la\s+|l['’]\s*))?|\s+(?:town|city|district)\s+of\s+|"
                             r"\s+(?:in|dans\s+(?:le|la|l['’]))\s*)(?:the\s+)?")


def said_of_the_nation(text: str) -> bool:
    """Whether a sentence says its measure covers the nation: "nationwide",
    "across the country", or declared by the nation's government."""
    return bool(NATIONWIDE.search(text) or _NATIONAL.search(text))


def cause_of_declaration(sentence: Sentence, candidates: list[Place], date: DateClaim | None,
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


def in_force(sentence: str) -> bool:
    """Whether the sentence's first declaration word is a measure already in
    force (``UNDER_DECLARATION``), the setting of what it tells."""
    setting = UNDER_DECLARATION.search(sentence)
    first = DECLARATION.search(sentence)
    return setting is not None and first is not None and setting.start() <= first.start() < setting.end() \
        and not _PLACED_UNDER.search(sentence, 0, setting.start())


#: "placed Jacmel under a curfew", « mise sous couvre-feu »: a measure taken, not one in force.
_PLACED_UNDER = re.compile(r"\b(?:placed|put|plac[ée]e?s?|mise?s?)\s+(?:\S+\s+){0,4}?$", re.I)


#: "in part of", "in parts of", « dans une partie de »: right before the area a measure covers some of.
_PART_OF_AREA = re.compile(r"\b(?:(?:some|certain)\s+)?parts?\s+of\s+(?:the\s+)?$|"
                           r"\b(?:une\s+)?partie\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)$", re.I)


#: The words that set a measure in an area: "in western Bocas del Toro province",
#: « dans le département de l'Ouest », "over Mindanao".
_MEASURE_IN = re.compile(
    r"\b(?:in|over|across|throughout|for|dans|en|sur|pour)\s+(?:(?:the|le|la|les|l['’])\s*)?"
    r"(?:(?:north|south|east|west|central)\w*\s+|(?:nord|sud|est|ouest|centre)\S*\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|d['’]\s*|de\s+))?"
    r"(?:(?:province|region|state|district|department|d[ée]partement|r[ée]gion|commune|city|town|ville)\s+"
    r"(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l['’]\s*|du\s+|d['’]\s*|de\s+)?)?$", re.I)


def _area_of_measure(sentence: Sentence, place: Place) -> bool:
    """Whether the sentence sets its measure in ``place``, a place finer than
    a country named after the measure: then the nation's government
    declaring it does not make it the nation's."""
    if place.entry.precision == "country":
        return False
    measure = DECLARATION.search(sentence.text)
    start = place.mention.start - sentence.start
    return measure is not None and measure.start() < start and \
        _MEASURE_IN.search(sentence.text, max(measure.start(), start - 60), start) is not None and \
        not _CLAUSE_BREAK.search(sentence.text, measure.end(), start)


def _in_the_cause(sentence: Sentence, place: Place) -> bool:
    """Whether ``place`` is named after the measure, past a word that opens
    the clause of what the measure answers ("after", « après »)."""
    measure = DECLARATION.search(sentence.text)
    start = place.mention.start - sentence.start
    return measure is not None and measure.end() <= start and \
        _CAUSE_OPENS.search(sentence.text, measure.end(), start) is not None


#: The words that open the clause of what a measure answers ("after riots in X", « à la suite de »); a
#: narrower set than :data:`_CLAUSE_BREAK`, which ends the measure's own clause at any new clause.
_CAUSE_OPENS = re.compile(r"\b(?:after|following|amid|because\s+of|in\s+(?:response|reaction)\s+to|apr[èe]s|suite\s+[àa]|"
                          r"à\s+la\s+suite|en\s+r[ée]ponse)\b", re.I)


#: What ends the measure's own clause: "declared a state of emergency after mobs attacked mosques in Kandy"
#: sets no measure in Kandy.
_CLAUSE_BREAK = re.compile(r"\b(?:after|following|as|when|while|amid|because|since|where|which|who|apr[èe]s|suite|"
                           r"alors|lorsque|quand|depuis|o[ùu]|qui|que)\b|[;:]", re.I)


def declaration(sentence: Sentence, candidates: list[Place], focus: Focus, gazetteer: Gazetteer,
                 trigger: EventTrigger, date: DateClaim | None, fatalities) -> list[Report]:
    """A state of emergency or curfew applies to the area that declared it:
    the place the sentence names, or the focus country."""
    # "a nationwide state of emergency after gangs stormed two prisons in Port-au-Prince": the places of the
    # clause the measure answers are the cause's (see cause_of_declaration), not the nation's measure's (but
    # "a state of emergency following the outbreak of conflict in Amhara" is Amhara's)
    if NATIONWIDE.search(sentence.text) or _NATION_WIDE.search(sentence.text):
        candidates = [p for p in candidates if not _in_the_cause(sentence, p)]
    if candidates:
        # "imposed in part of Manipur": some area the sentence does not name, not the region
        named = [p for p in candidates if not _PART_OF_AREA.search(sentence.text, 0, p.mention.start - sentence.start)]
        if not named:
            return []
        # a country named beside the area is its context or an actor ("The Lagos State government imposed a
        # curfew, Nigeria's police said", "Defy Lagos Curfew … US shuts Lagos Consulate"), unless the sentence
        # says the measure is the nation's (the nation's government declaring it in a province, "Panama declared
        # a state of emergency in Bocas del Toro province", does not)
        nation = NATIONWIDE.search(sentence.text) or _NATION_WIDE.search(sentence.text) or (
            _NATIONAL.search(sentence.text) and not any(_area_of_measure(sentence, p) for p in named))
        local = [p for p in named if p.entry.precision != "country" or p.entry.country == focus.country and nation]
        named = local or named
        # « En Île-de-France, trois villes avaient mis en place un couvre-feu : Clamart, Savigny-le-Temple et
        # Neuilly-sur-Marne »: the region holding the towns listed only situates them (but "a curfew in Lagos
        # State, including Lekki and Ikeja" is the state's)
        holders = [p for p in named if len({q.entry.id for q in named if inside(q.entry, p.entry)}) >= 2]
        if holders and not INCLUDING.search(sentence.text):
            named = [p for p in named if p not in holders]
        # "in Balasore town of Odisha", "in Jos, Plateau State": a region set right after a town of its own only
        # situates it (but "in Djibo and in the Soum province", "in Gonaives and across the Artibonite" are two)
        apposed = [(q, p) for q in named for p in named
                   if q is not p and q.entry.precision == "locality" and inside(q.entry, p.entry)
                   and q.mention.end <= p.mention.start
                   and _APPOSED_REGION.fullmatch(sentence.text, q.mention.end - sentence.start,
                                                 p.mention.start - sentence.start)]
        situated = {town.mention.start for town, _ in apposed}
        named = [p for p in named if all(p is not region for _, region in apposed)] or named
        # the broadest places named: "a curfew in the Tartus and Latakia governorates" is two regions'
        rank = PRECISION_ORDER.index
        top = max(rank(p.entry.precision) for p in named)
        return [Report(sentence, p, trigger, date, None) for p in named
                if rank(p.entry.precision) == top or p.mention.start in situated]
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
