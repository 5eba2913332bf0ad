"""Sites: which places of an event sentence are where it happened.

A sentence that reports an event names places of several sorts: the sites
it hit, and places merely mentioned: where a statement was made, where an
actor comes from or is based, the town that only situates a finer place,
where a victim was cared for, what a protest was about.  The rules here
judge each place of a sentence by the words around it (lexicons of
:mod:`geo.text.lexicons`, per language), then split the candidates into
sites and the area that contains several of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.text.lexicons import (
    AGENCY_AFTER, AND_WORD, ANOTHER_PLACE, DIRECTION_WORDS, APPOSED_BEFORE, ATTACKED_BASE_BEFORE, BEYOND_BEFORE, CARED_FOR,
    GOVERNMENT_SPEAKS_AFTER, OFFICIAL_IN_BEFORE, PLACE_PREPOSITION_BEFORE, CHRONIC_AFTER, CREDIT, DECLARATION, EARLIER_EVENT,
    MARCHERS_FROM_BEFORE, MARCHERS_WENT_AFTER,
    EVENT_NAME_AFTER, EXAMPLES_BEFORE, EXAMPLES_HAPPENED_BEFORE, EXAMPLES_TOLD_AFTER, GLOSS_BEFORE, HAZARD, HOME_BEFORE,
    HOSPITAL_IN_BEFORE, INCLUDING,
    LANDMARK_NEAR_BEFORE, ROAD_TO_LANDMARK_BEFORE,
    BUILDING_SPEAKS_AFTER, LIST_BETWEEN, LIST_GOES_ON, LIST_JOIN, LIST_JOIN_AGAIN, NEIGHBOURING,
    NOTHING_HAPPENED_AFTER, NOT_SITE_BEFORE, SETTLEMENT_WORDS,
    OWNER_AFTER, OWNER_APPOSED_AFTER, PROTEST_DESTINATION, PROTEST_TOPIC, REPORTED_ACTION, SITUATING_BEFORE,
    SPEECH_AFTER, SPEECH_OPENING, SPEECH_SOON, TOWN_OF_BEFORE, YEAR_AFTER, YEAR_BEFORE, LAST_YEAR_AFTER,
    SHUT_AFTER, SHUT_BEFORE,
)
from geo.text.events import classify, sentence_trigger
from geo.places.focus import Focus
from geo.places.geocode import Place
from geo.places.query import distance_km
from geo.places.gazetteer import Entry
from geo.text.prefilter import PrefilterGroup
from geo.text.sentences import Sentence


def kind_of(place: Place) -> str:
    """The kind of place an event hit: the facility's, for "the police station in X"."""
    return place.entry.get("facility") or place.entry.kind


def named_event_elsewhere(body: str, place: Place, focus: Focus) -> bool:
    """A place used as the name of an event ("the Paris attackers" in a
    story from Brussels) refers to that other event, unless it is the
    story's own city."""
    if place.mention.how != "name" or place.entry.precision not in ("neighbourhood", "locality", "region"):
        return False  # "the prison attack" is the attack on that prison
    if not EVENT_NAME_AFTER.match(body[place.mention.end:place.mention.end + 20]):
        return False
    return focus.locality is None or place.entry.id != focus.locality.id


def site_candidates(body: str, here: list[Place], sentence: Sentence, doc_date=None) -> list[Place]:
    """The places of a sentence that may be incident sites: not datelines,
    not travel or origin phrases, not where a statement was made, and not
    the next item of a list that started as one of those."""
    declaring = bool(DECLARATION.search(sentence.text))
    known = frozenset(p.mention.end for p in here)
    out = []
    previous_mentioned: Place | None = None
    for place in sorted(here, key=lambda p: p.mention.start):
        mentioned = _only_mentioned(body, place, sentence, declaring=declaring, doc_date=doc_date, known=known)
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
    # "on the outskirts of Khar in Pakistan": alone but for its country, it is the place, and so it is
    # beside its region ("on the outskirts of Potiskum, the commercial hub of Yobe State")
    if situating and len(situating) < sum(p.entry.precision not in ("country", "region") for p in out):
        out = [p for p in out if p not in situating]
    known = {p.mention.end for p in here}
    out = [p for p in out if not _apposed_owner(body, p, known)]
    # (« "quasiment toutes les communes" de Seine-Saint-Denis » is an area told beyond its towns, no group's home)
    homes = [p for p in _listed_after(body, sentence, out, HOME_BEFORE)
             if not ATTACKED_BASE_BEFORE.search(body[max(sentence.start, p.mention.start - 90):p.mention.start])
             and not told_beyond(body, p)]
    apposed = _listed_after(body, sentence, out, APPOSED_BEFORE, after=known, again=False)
    # « À Kinshasa, dans la commune de Bumbu »: a unit inside the place before it refines that place
    apposed = [p for p in apposed if not _refines(body, p, here)]
    aside = homes + apposed
    out = [p for p in out if p not in aside]
    return _protest_topics_dropped(body, sentence, out)


#: The words between a town and a unit of it: « , dans la commune de », ", in the district of".
_UNIT_OF = re.compile(r"\s*,\s*(?:dans|in|en)\s+(?:la|le|l['’]|the)\s*(?:commune|quartier|district|arrondissement|"
                      r"municipalit[éy]|neighbou?rhood|secteur|sector)\s+(?:de|du|d['’]|of)\s*", re.I)


def _refines(body: str, place: Place, places: list[Place]) -> bool:
    """Whether a place lies inside the place named last before it: « À
    Kinshasa, dans la commune de Bumbu » names the commune of the city, where
    « Tsararano, dans la commune de Dembéni » names the commune that holds
    the village.  Only a town's: "in western Burkina Faso, between
    Bobo-Dioulasso and Nouna" situates the massacres between two towns."""
    before = [q for q in places if q.mention.end <= place.mention.start]
    if not before:
        return False
    last = max(before, key=lambda q: q.mention.end)
    return last.entry.precision == "locality" and _UNIT_OF.fullmatch(body, last.mention.end, place.mention.start) \
        is not None and inside(place.entry, last.entry)


def _apposed_owner(body: str, place: Place, known: set[int]) -> bool:
    """Whether a place only owns the place named right before it: "Cali,
    Colombia's third most populated city" (see ``OWNER_APPOSED_AFTER``)."""
    start, end = place.mention.start, place.mention.end
    if not OWNER_APPOSED_AFTER.match(body[end:end + 60]):
        return False
    comma = body.rfind(",", max(0, start - 4), start)
    return comma >= 0 and not body[comma + 1:start].strip() and body[:comma].rstrip() and \
        len(body[:comma].rstrip()) in known


#: A run of capitalised names in a list, right before a place: "Catalpa, ", "Catalpa and Fagneau, ".
_NAMES_LISTED = re.compile(r"(?:(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý0-9])[\w'’-]*){0,3}\s*(?:,\s*|\s+(?:et|and|ak)\s+))+$")


def _listed_after(body: str, sentence: Sentence, places: list[Place], pattern, after: set[int] | None = None,
                  again: bool = True) -> list[Place]:
    """The places that *pattern* ends right before, with the list each one
    starts: "the gangs of Canaan and Titanyen", « basés à Canaan et à Titanyen ».
    ``after``: where the pattern must start, when it must follow a place the
    gazetteer knows ("Koulikoro, near Bamako"): not a day ("On Thursday,
    near the town of X"), nor a name it lacks ("Yelwata, a town in Benue
    State", where the state is the finest place known).  ``again=False``:
    a list that repeats its preposition (« à Pérodin, dans la commune de
    Petite-Rivière, et à Verrettes ») goes back to the sentence's own list."""
    found: list[Place] = []
    possible = bool(places) and pattern in _around_place(body[sentence.start:sentence.end])
    for i, place in enumerate(places):
        between = body[places[i - 1].mention.end:place.mention.start] if i else ""
        window = max(sentence.start, place.mention.start - 80)
        match = possible and pattern.search(body[window:place.mention.start])
        if possible and not match and after is None and i == 0 or possible and not match and after is None \
                and not (found and found[-1] is places[i - 1]):
            # « ce gang qui opère dans la zone de Catalpa, Delmas 31 et Delmas 75 »: a list that opens
            # with names the gazetteer lacks still follows the phrase
            names = _NAMES_LISTED.search(body[window:place.mention.start])
            match = names is not None and pattern.search(body[window:window + names.start()])
        if match and after is not None and window + match.start() not in after:
            match = None
        if match or (
                found and found[-1] is places[i - 1]
                and (LIST_JOIN.match(between) or again and LIST_JOIN_AGAIN.match(between))):
            found.append(place)
    return found


def _protest_topics_dropped(body: str, sentence: Sentence, out: list[Place]) -> list[Place]:
    """Places a protest is about, after the place it was held: "thousands
    marched in Les Cayes against insecurity, notably in Martissant" is a
    protest in Les Cayes only."""
    if len(out) < 2 or (sentence_trigger(sentence.text) or ("",))[0] != "Protests":
        return out
    first = min(p.mention.start for p in out)
    topic = [p for p in out if p.mention.start > first
             and PROTEST_TOPIC.search(body[first:p.mention.start])]
    return [p for p in out if p not in topic]


def chanted(text: str, match: re.Match | None) -> bool:
    """Whether a match lies inside quotation marks that a verb of chanting
    or a banner opens (« clamant "État d'urgence, État policier" »,
    "chanting 'curfew now'"): a slogan, not a measure.  A minister quoted
    saying he declared it is news."""
    return match is not None and chanted_at(text, match.start())


def chanted_at(text: str, index: int) -> bool:
    """Whether ``index`` lies inside a chanted or written slogan (see
    :func:`chanted`): "protesters chanted “Free, free Palestine”" names no
    place of the protest."""
    before = text[:index]
    opened = max(before.rfind('"') if before.count('"') % 2 == 1 else -1,
                 before.rfind("«") if before.rfind("«") > before.rfind("»") else -1,
                 before.rfind("“") if before.rfind("“") > before.rfind("”") else -1)
    return opened >= 0 and _CHANT.search(text, max(0, opened - 40), opened) is not None


#: Verbs of chanting and the things slogans are written on, right before a quotation.
_CHANT = re.compile(r"\b(?:clam\w*|scand\w*|chant\w*|shout\w*|cri(?:ant|aient|ent|ait)|slogans?|banderoles?|"
                    r"pancartes?|banners?|placards?|signs?)\b", re.I)


def quoted(sentence: Sentence, place: Place) -> bool:
    """Whether a place is named inside a quotation of its sentence."""
    before = sentence.text[:place.mention.start - sentence.start]
    return (before.count('"') % 2 == 1 or before.count("«") > before.count("»")
            or before.count("“") > before.count("”"))


@lru_cache(maxsize=64)
def is_credit(sentence: str) -> bool:
    """Whether a sentence is a credit line, once per sentence rather than once
    per place in it (a list of 400 names otherwise scans its sentence 400 times)."""
    return CREDIT.search(sentence) is not None


#: The rules :func:`_only_mentioned` and :func:`_listed_after` ask of the
#: text just before and after each place of an event sentence.
_AROUND_PLACE = (NOT_SITE_BEFORE, AGENCY_AFTER, HAZARD, YEAR_BEFORE, YEAR_AFTER, LAST_YEAR_AFTER, EARLIER_EVENT,
                 HOSPITAL_IN_BEFORE, SHUT_BEFORE,
                 CARED_FOR, SPEECH_OPENING, SPEECH_SOON, OWNER_AFTER, GLOSS_BEFORE, NOTHING_HAPPENED_AFTER,
                 CHRONIC_AFTER, MARCHERS_FROM_BEFORE,
                 EXAMPLES_BEFORE, EXAMPLES_TOLD_AFTER, EXAMPLES_HAPPENED_BEFORE, SPEECH_AFTER,
                 LANDMARK_NEAR_BEFORE, ROAD_TO_LANDMARK_BEFORE,
                 SITUATING_BEFORE, HOME_BEFORE, APPOSED_BEFORE)  # ...and :func:`site_candidates` of lists


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


#: The opening of a facility's noun phrase, before its own words: "the French " (Embassy), « le nouveau »
#: (commissariat).  "taken to the French Embassy" is "taken to" the embassy.
_DETERMINER_AND_ADJECTIVES = re.compile(r"\b(?:the|an?|its|their|his|her|la|le|les|l['’]|une?|des|du|sa|son|ses|"
                                        r"leurs?)\s*(?:[\w'’-]+\s+){0,2}$", re.I)


#: A verb of taking before "from" in its clause: the place after is where the victims or goods were taken.
_TAKEN_FROM = re.compile(r"\b(?:abduct|kidnap|snatch|seiz|took|taken|stole|stolen|loot|escap|rescu|freed|grabb)\w*"
                         r"[^.;:]{0,60}?\bfrom\s*$", re.I)


_LEADING_PREPOSITION = re.compile(r"(?:de|du|des|d['’]|of)\s*", re.I)


def _glosses_a_known_place(body: str, place: Place, known: frozenset[int] | None) -> bool:
    """Whether the name before the bracket that opens on ``place`` is a
    place the sentence knows: "Gonaïves (Artibonite)" glosses the town, but
    in « le village de Bahn (province du Loroum) » the province is the
    finest place known, the village no gazetteer holds.  A town or quarter
    in brackets glosses a name the sentence knows too ("Lilavois (Santo
    17)"), but after a name no gazetteer holds it is the finest place
    known: « au boulevard Jean-Jacques Dessalines (au centre de
    Port-au-Prince) », "Fleuriot (Tabarre)"."""
    if known is None:
        return True
    bracket = body.rfind("(", 0, place.mention.start)
    if bracket < 0 or len(body[:bracket].rstrip()) in known:
        return True
    if place.entry.precision not in ("region", "country"):
        # ...when the bracket only situates ("(Tabarre)", "(central X)"), not "(same time in Lisbon)",
        # "(Jacmel, 1985)", and the name is where something happened (« au boulevard X », "in Fleuriot"),
        # not a person's, a party's, a company's or a team's ("Digicel (Port-au-Prince) said")
        return not (_BRACKET_SITUATES.fullmatch(body, bracket, place.mention.start)
                    and re.match(r"\s*(?:\)|,\s*(?!\d))", body[place.mention.end:place.mention.end + 8])
                    and _LOCATED_NAME_BEFORE.search(body, max(0, bracket - 90), bracket))
    # ...only a name the text calls a village or a post: « la bataille de Vertières (Nord) » is an event's name
    return not _SETTLEMENT_NAMED.search(body[max(0, bracket - 80):bracket])


#: A bracket's words before a place that only situate the name before it:
#: "(Tabarre)", « (au centre de Port-au-Prince) », "(central Kabul)".
_BRACKET_SITUATES = re.compile(
    rf"\(\s*(?:(?:au|aux|à|dans|en|in|near|près|pres|central|downtown|centre|center|cœur|coeur|heart|"
    rf"(?:{DIRECTION_WORDS})(?:ern)?|de|du|des|of|the|la|le|les)\s+|l['’]|d['’])*", re.I)


#: A name put where something happened, right before a bracket: "in Fleuriot", « au boulevard Jean-Jacques
#: Dessalines », "on Dessalines Boulevard".
_LOCATED_NAME_BEFORE = re.compile(
    # (or what an event verb acted on: "attacked Fleuriot", « ont attaqué Fleuriot », not « le député Jean »)
    r"(?:\b(?:in|at|on|near|à|au|aux|dans|sur|près\s+de|pr[èe]s\s+du|"
    r"(?:riverains|habitants|r[ée]sidents|residents|people|population)\s+(?:de|du|des|d['’]|of))|"
    r"\b(?!(?:d[ée]put[ée]|d[ée]l[ée]gu[ée]|cur[ée]|named|called|nomm[ée]|appel[ée]|surnomm[ée])\b)[a-zà-ÿ]{3,}(?:é|ée|és|ées|ed))"
    r"\s+(?:(?:the|la|le|l['’]|les)\s*)?"
    r"(?:(?:boulevard|rue|avenue|route|impasse|ruelle|carrefour|place|corridor|quartier|localit[ée]|zone|village|"
    r"street|road|square)\s+(?:de\s+|du\s+|des\s+|d['’])?)?"
    r"(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:[\s-]+(?:(?-i:[A-ZÀ-Ý0-9])[\w'’.-]*|de|du|des|la|le))*"
    r"(?:\s+(?:boulevard|avenue|street|road|square))?\s*$", re.I)


#: The words that call the name after them a settlement or a post: « le village de », « le détachement
#: militaire de », "the town of".
_SETTLEMENT_NAMED = re.compile(
    rf"\b(?:{SETTLEMENT_WORDS}|quartier|d[ée]tachement|camp|base|poste|post|garrison|garnison|caserne|barracks)"
    r"(?:\s+[\w'’-]+)?\s+(?:of|de|d['’])\s*(?-i:[A-ZÀ-Ý])[\w'’-]*"
    r"(?:[\s-]+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,3}\s*$", re.I)


def _only_mentioned(body: str, place: Place, sentence: Sentence, *, declaring: bool = False, doc_date=None,
                    known: frozenset[int] | None = None) -> bool:
    """True when a place of an event sentence is not where the event was.

    ``declaring``: the sentence declares a state of emergency or a curfew,
    where "France has declared..." names the area, not a speaker.
    ``known``: where the sentence's places end, when known: a region in
    brackets glosses a place of them, not a name no gazetteer holds.
    """
    if place.mention.how == "dateline":
        return True
    if ('"' in sentence.text or "«" in sentence.text or "“" in sentence.text) \
            and chanted_at(sentence.text, place.mention.start - sentence.start):
        return True  # "protesters chanted “Free, free Palestine”": a slogan's place
    # "fled to the northern town of X" reads as "fled to X" for the phrases below; a description
    # that opens with its preposition (« au nord [de la capitale] ») is read with it before it
    lead = _LEADING_PREPOSITION.match(place.mention.text) if place.mention.how == "description" else None
    before = sliced = body[sentence.start:place.mention.start + (lead.end() if lead else 0)][-120:]
    if before.rstrip().lower().endswith(("of", "de", "d'", "d’")):  # what TOWN_OF_BEFORE ends with
        before = TOWN_OF_BEFORE.sub(" ", before)
    before = NEIGHBOURING.sub(" ", before[-80:])  # "herdsmen from neighbouring Nasarawa State": from Nasarawa
    # the rules below that can match around this place: those whose words the
    # sentence holds, unless a phrase cut from before it joined words anew
    can = _around_place(body[sentence.start:sentence.end]) if before == sliced[-80:] else _AROUND_PLACE_ALL
    own = place.mention.facility if place.mention.how in ("facility", "unknown") else None
    phrase_before = before  # what the mere-mention phrases (NOT_SITE_BEFORE) are asked of
    if own and NOT_SITE_BEFORE in can:
        # « le commissariat de police de Léogâne », « l'aéroport de Kavumu »: the facility's own
        # words are no "police of X"; the phrase must hold before them ("bound for a hospital in
        # Cotabato", "taken to the French Embassy in Port-au-Prince", read without the article)
        cut = before.lower().rfind(own.lower())
        if cut >= 0:
            phrase_before = _DETERMINER_AND_ADJECTIVES.sub("", before[:cut])
            if _TAKEN_FROM.search(phrase_before):
                phrase_before = before  # "abducted 30 schoolgirls from a school in Kankara": where they were taken
            if NOT_SITE_BEFORE.search(before) and not NOT_SITE_BEFORE.search(phrase_before):
                before = before[:cut]
    after = body[place.mention.end:sentence.end][:120]
    if AGENCY_AFTER in can and AGENCY_AFTER.match(after):
        return True  # "Washington (AFP) May 23 —": a dateline run into the headline's line
    if is_credit(sentence.text) or HAZARD in can and HAZARD.search(before[-60:]):
        return True
    if YEAR_BEFORE in can and YEAR_BEFORE.search(before):
        return True
    after_year = YEAR_AFTER in can and YEAR_AFTER.match(after)
    if after_year and doc_date is not None and int(after_year.group(1)) < doc_date.year:
        return True  # "fights in the National Assembly in Caracas in 2017": a comparison
    if LAST_YEAR_AFTER in can and LAST_YEAR_AFTER.match(after):
        return True  # "a teacher kidnapped in Port-au-Prince last year"
    earlier = EARLIER_EVENT in can and EARLIER_EVENT.search(before)
    if earlier and doc_date is not None and int(earlier.group("year") or earlier.group("year2")) < doc_date.year:
        return True
    if (kind_of(place) == "hospital" or HOSPITAL_IN_BEFORE in can and HOSPITAL_IN_BEFORE.search(before)) \
            and CARED_FOR in can and CARED_FOR.search(before):
        return True  # "died at Canapé-Vert Hospital", "taken to hospitals in Peshawar": where a victim was treated
    speech = SPEECH_OPENING in can and SPEECH_SOON in can and SPEECH_OPENING.match(before) and SPEECH_SOON.match(after)
    if speech and classify(after[:speech.end()], set()) is not None:
        speech = None  # "In North Kivu, M23 rebels attacked army positions, the army said": the event comes first
    if speech:
        # "In Port-au-Prince, the spokesman said protesters burned cars": the
        # place frames the reported event when that names no place of its own
        reported = after[speech.end():]
        return not (REPORTED_ACTION.search(reported) and classify(reported, set())
                    and not ANOTHER_PLACE.search(reported))
    if OWNER_AFTER in can and OWNER_AFTER.match(after) and place.mention.how != "facility" \
            and not (_MEDIA_AFTER.match(after) and _TARGETED_BEFORE.search(before[-40:])):
        return True
    if place.entry.precision == "site" and (LANDMARK_NEAR_BEFORE in can and LANDMARK_NEAR_BEFORE.search(before[-60:])
                                            or ROAD_TO_LANDMARK_BEFORE in can
                                            and ROAD_TO_LANDMARK_BEFORE.search(sliced[-90:])):
        return True  # « une antenne de police située non loin de la prison »: the prison only situates it
    if place.mention.how == "facility" and BUILDING_SPEAKS_AFTER.match(after):
        return True  # "the U.S. Embassy in Colombo raised concerns": where a statement came from
    if SHUT_BEFORE in can and SHUT_BEFORE.search(before[-40:]) and SHUT_AFTER.match(after):
        return True  # "Schools in Delmas remained closed after gangs attacked Solino"
    if GLOSS_BEFORE in can and GLOSS_BEFORE.search(before[-40:]) and _glosses_a_known_place(body, place, known):
        return True  # "Lilavois (Santo 17)": another name of the place just named
    nothing = NOTHING_HAPPENED_AFTER in can and NOTHING_HAPPENED_AFTER.match(after)
    if nothing and not (nothing.group("peaceful") and _IN_BEFORE.search(before[-12:])):
        return True  # « Si dans la capitale, aucun incident n'est à déplorer »
    if CHRONIC_AFTER in can and CHRONIC_AFTER.match(after):
        return True
    if MARCHERS_FROM_BEFORE in can and MARCHERS_FROM_BEFORE.search(before) and MARCHERS_WENT_AFTER.match(after):
        return True
    if EXAMPLES_BEFORE in can and EXAMPLES_BEFORE.search(before) \
            and not (EXAMPLES_TOLD_AFTER in can and EXAMPLES_TOLD_AFTER.match(after)
                     or EXAMPLES_HAPPENED_BEFORE in can and EXAMPLES_HAPPENED_BEFORE.search(before)):
        return True
    if PROTEST_DESTINATION.search(before[-50:]) \
            and (sentence_trigger(sentence.text) or ("",))[0] in ("Protests", "Riots"):
        return False  # « les manifestants ont convergé vers la Villa d'Accueil »: where the protest went
    near = _FEW_KM_FROM.search(phrase_before) if place.entry.precision == "locality" \
        and ("km" in phrase_before or "ilom" in phrase_before) else None
    if near is not None and not _SITUATES_NAMED.search(phrase_before[:near.start()][-40:]) \
            and not _MOVED_OR_BASED.search(phrase_before[:near.start()]):
        phrase_before = phrase_before[:near.start()]  # "three km from Diallassagou": the event is there
    return NOT_SITE_BEFORE in can and bool(NOT_SITE_BEFORE.search(phrase_before)) \
        or (not declaring and SPEECH_AFTER in can and bool(SPEECH_AFTER.match(after))) \
        or (not declaring and GOVERNMENT_SPEAKS_AFTER.match(after) is not None
            and place.entry.precision in ("locality", "country")
            and (not PLACE_PREPOSITION_BEFORE.search(before) or OFFICIAL_IN_BEFORE.search(before[-50:])))


#: "in", « à » right before a place: what is peaceful there is the event, not the place.
_IN_BEFORE = re.compile(r"\b(?:in|at|à|au|dans|en)\s+$", re.I)


#: A distance of a few kilometres from a town, which ACLED codes to that town
#: (an event "near" it, geo-precision 2): « à trois km de Diallassagou », "3 km
#: from Djibo".  Farther off, the town only situates the event.
_FEW_KM_FROM = re.compile(r"\b(?:[1-5]|one|two|three|four|five|a\s+few|un|deux|trois|quatre|cinq|quelques)\s*"
                          r"(?:km|kilom[eè]tres?|kilometers?|kilometres?)\s+(?:\w+\s+){0,2}?"
                          r"(?:from|of|de|du|d['’])\s*$", re.I)
#: ...but not where someone was taken, fled, is based or came from ("taken to a hospital 3 km from Djibo").
_MOVED_OR_BASED = re.compile(r"\b(?:taken|rushed|evacuated|transported|fled|flee\w*|based|came|come|coming|began|"
                             r"begun|started|hospital|camp|[ée]vacu\w*|transport[ée]\w*|bas[ée]\w*|venu\w*|venant|"
                             r"fui\w*|r[ée]fugi\w*|h[ôo]pital)\b", re.I)

#: ...unless the distance situates a place the sentence has just named:
#: « Mariani (à environ 5 km au nord de Léogâne) », "Kaya, 4 km from Pissila".
_SITUATES_NAMED = re.compile(r"(?:\(|[A-ZÀ-Ý][\w'’-]+\s*,)\s*(?:(?:à|at|some|about|around|environ|situ[ée]e?|located)\s+)*$")


#: The target of the event named by what it owns: "gunmen stormed the offices of a Port-au-Prince radio
#: station", « ont incendié le siège du parti ».
_TARGETED_BEFORE = re.compile(
    r"\b(?:(?:offices?|headquarters|studios?|premises|buildings?|si[èe]ge|locaux|bureaux)\s+(?:of|de|du|des|d['’])|"
    r"stormed|attacked|torched|raided|burned|ransacked|looted|bombed|attaqu\w*|incendi\w*|saccag\w*|pill[ée]\w*)"
    r"\s+(?:(?:an?|the|une?|la|le|les|l['’])\s*)?$", re.I)


#: A newspaper or station named by its town (see ``OWNER_AFTER``).
_MEDIA_AFTER = re.compile(r"\s+(?:daily\s+|weekly\s+|private\s+|public\s+|community\s+)?(?:newspapers?|dailies|radio|TV|"
                          r"television|broadcasters?|news\s+(?:sites?|outlets?)|outlets?)\b", re.I)





def split_sites(candidates: list[Place], body: str = "") -> tuple[list[Place], Place | None]:
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
    containers = {p.entry.id for p in places if not told_beyond(body, p)
                  and any(inside(q.entry, p.entry) and not _peer_before(body, p, q) or situated_in(body, q, p)
                          for q in places)}
    sites = [p for p in places if p.entry.id not in containers]
    area = None
    if len(sites) >= 2:
        # the area must hold two of the sites itself: "Lamentin, in Carrefour, and
        # Gonaïves" puts one site in Carrefour, which is then only its container
        areas = [p for p in places if p.entry.id in containers and p.entry.precision == "locality"
                 and sum(inside(q.entry, p.entry) for q in sites) >= 2]
        if areas:
            area = areas[0]
    # "in Port-au-Prince, barricades in several streets, including the Delmas highway": the town beyond that street
    sites += [p for p in places if p.entry.id in containers and (area is None or p.entry.id != area.entry.id)
              and any(inside(q.entry, p.entry) and _singled_out(body, p, q) for q in places)]
    return sites, area


def told_beyond(body: str, place: Place) -> bool:
    """Whether the text names *place* as the area of other towns than those
    it names inside it (« d'autres villes de Seine-Saint-Denis »)."""
    start = place.mention.start
    return bool(body) and BEYOND_BEFORE.search(body[max(0, start - 60):start]) is not None


def _singled_out(body: str, town: Place, inner: Place) -> bool:
    return bool(body) and town.mention.sentence == inner.mention.sentence \
        and singled_out(body, (town.mention.start, town.mention.end), (inner.mention.start, inner.mention.end))


def singled_out(text: str, town: tuple[int, int], inner: tuple[int, int]) -> bool:
    """Whether ``text`` names the town, then several things of it and, right
    before the inner place, the word that singles it out: "in Port-au-Prince,
    barricades in several streets, including the Delmas highway" tells of the
    town beyond that street (where "In Port-au-Prince, especially at night,
    gangs burned houses in Delmas 32" does not)."""
    return town[1] <= inner[0] and INCLUDING.search(text[town[1]:inner[0]]) is not None


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
    if town[1] <= inner[0]:  # the town first: joined by "and", or the list must go on after the place
        return bool(LIST_BETWEEN.fullmatch(text, town[1], inner[0])) and (
            bool(AND_WORD.search(text, town[1], inner[0])) or bool(LIST_GOES_ON.match(text, inner[1])))
    gap = text[inner[1]:town[0]]  # the town after: joined by "and", not by a bare comma
    return bool(LIST_BETWEEN.fullmatch(gap)) and bool(AND_WORD.search(gap))


#: How far from a place's point a finer place it locates may lie, by precision:
#: "the Port-au-Prince slum of Cité Soleil", "Nairobi's Westlands".
_CONTAINS_KM = {"neighbourhood": 2.5, "locality": 15.0, "region": 120.0}


#: How far a town may lie from a city's point and still be one of its
#: suburbs for the reader, unless the text says so (see :func:`situated_in`).
BESIDE_CITY_KM = 8.0
#: How far a town the text puts in a part of a city ("Rinkeby in northwest
#: Stockholm", 10 km out) may lie from the city's point.
SITUATED_IN_CITY_KM = 30.0
_SITUATED_IN = re.compile(
    r"\s*,?\s*(?:in|à|dans)\s+(?:the\s+|le\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|outer|greater)\s+|"
    r"(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)\s+(?:de|du|d['’])\s*)", re.I)


def situated_in(body: str, inner: Place, city: Place) -> bool:
    """Whether the text puts a town in a part of a city right after naming
    it ("Rinkeby in northwest Stockholm", « Sarcelles, dans le nord de
    Paris »): the city only situates it, though the town lies farther out
    than a suburb is assumed to."""
    return (bool(body) and inner.mention.sentence == city.mention.sentence and city.entry.kind == "city"
            and inner.mention.end <= city.mention.start
            and _SITUATED_IN.fullmatch(body, inner.mention.end, city.mention.start) is not None
            and distance_km(inner.entry, city.entry) <= SITUATED_IN_CITY_KM)


#: Precisions from the finest to the coarsest.
PRECISION_ORDER = ("site", "neighbourhood", "locality", "region", "country")


def inside(inner: Entry, outer: Entry) -> bool:
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
    finer = PRECISION_ORDER.index(inner.precision) < PRECISION_ORDER.index(outer.precision)
    # "Cité Soleil, a Port-au-Prince slum": a commune beside the capital is in it
    # for the reader, though both are localities
    beside_city = (inner.precision == outer.precision == "locality" and outer.kind == "city"
                   and inner.kind != "city" and not inner.get("facility"))
    if not (finer or beside_city):
        return False
    return distance_km(inner, outer) <= (radius if finer else BESIDE_CITY_KM)
