"""Name scan: the gazetteer names a sentence holds.

Every run of capitalised words (up to the gazetteer's longest name) is
looked up, longest first, with a fuzzy reading for typos and missing
accents.  A name found is kept only when it is plausibly a place in this
sentence: not a word inside a longer proper name (a street, a newspaper, an
operation), not a surname after a first name, not a small world town
capitalised only because it opens a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import compress
from operator import itemgetter

from geo.places import names
from geo.places.gazetteer import LAYER_WORLD, Gazetteer, Match
from geo.text.sentences import Sentence
from geo.text.prefilter import prefiltered
from geo.text.spans import Mention
from geo.text.wordlists import COMMON_WORDS, CRIME_ROLES, FIRST_NAMES, GEO_WORDS, PERSON_TITLES, PRESS_TITLES

_FIRST, _THIRD = itemgetter(0), itemgetter(2)


#: Fuzzy matching in prose: at most this many words, and only curated places
#: or world places this similar (see :meth:`geo.places.gazetteer.Gazetteer.fuzzy`).
FUZZY_MAX_WORDS = 3


#: Typos in prose ("Petion-Vile", "Atibonit") are read against the embedded
#: packs only: measured on the real-news dev corpus, the world index's near
#: spellings found no site that exact names missed and added false ones
#: (first names, demonyms, surnames), and cost a search of 235,000 places per
#: unknown capitalised word.  Queries (``geocode``, CSV place columns) use the
#: world's fuzzy index too, where a name is known to be a place.
FUZZY_IN_PROSE = True


FUZZY_WORLD_IN_PROSE = False


#: Below this, a near spelling in prose is more often another word than a typo
#: ("Martial" law and Marbial, a surname "Kabore" and Cabaret).
FUZZY_PROSE_SCORE = 0.88


FUZZY_WORLD_SCORE = 0.9


def find_names(sentence: Sentence, gazetteer: Gazetteer, *, fuzzy: bool = FUZZY_IN_PROSE,
           lookup=None, words: list[tuple[int, int, str]] | None = None) -> list[Mention]:
    """Name mentions of a sentence: the longest run of words the gazetteer
    knows, starting at each capitalised word.

    With ``fuzzy``, where no exact name starts at a capitalised word, the
    same runs are tried once more through the fuzzy index ("Petion-Vile",
    "Toussain Louverture").  Whether a word may start a name, and how far a name can
    run (words joined by spaces, hyphens or apostrophes only), is worked
    out once per word, which keeps the scan linear in practice.
    """
    text = sentence.text
    if words is None:  # ``words``: the sentence's word spans, when the caller has them
        words = names.word_spans(text)
    count = len(words)
    # the capitals and keys of the words, built at C speed (no Python step per word)
    capital = list(map(str.isupper, map(text.__getitem__, map(_FIRST, words))))
    if not any(capital):
        return []
    links: list[bool | None] = [None] * count  # joined(j), once per word: the runs of capitals overlap

    def joined(j: int) -> bool:  # words j and j + 1 may belong to one name (asked only after a capital)
        link = links[j]
        if link is None:
            gap = text[words[j][1]:words[j + 1][0]]
            link = links[j] = gap == " " or len(gap) <= 2 and not gap.strip(_NAME_GAP) or \
                (words[j][2] in _ABBREVIATIONS and gap == ". ")
        return link
    keys = list(map(_THIRD, words))
    if not _ABBREVIATIONS.keys().isdisjoint(keys):  # "St. Marc": a capitalised abbreviation reads as its word
        keys = [_ABBREVIATIONS.get(w[2], w[2]) if capital[j] else w[2] for j, w in enumerate(words)]
    spelled = "".join(keys).isalpha()  # no word with digits: every run's keys are letters only
    lookup = lookup or gazetteer.matches  # ``lookup``: the document's memo of it
    out: list[Mention] = []
    max_words = gazetteer.max_words
    free = 0  # the first word after the last name found: names do not overlap
    for i in compress(range(count), capital):
        if i < free:
            continue
        # the words that may belong to one name with word i: up to the first
        # gap no name spans, at most the gazetteer's longest name
        run = 1
        while run < max_words and i + run < count and (links[i + run - 1] if links[i + run - 1] is not None
                                                       else joined(i + run - 1)):
            run += 1
        found = None
        first = i  # the name's first word: a lower-case head before it when the packs name it with one
        headed = _with_head(text, words, keys, i, run, lookup, joined) if i and keys[i - 1] in _BEFORE_NAME else None
        if headed is not None:
            n, matches, first = headed
            found = (n, matches)
        known = found is not None  # some run here is a name, even if not a plausible place: no typo to look for
        spanned = 0  # a name read inside a longer run of capitals and set aside: none of its words starts a name
        for n in range(_name_words(gazetteer, keys, i, run, spelled), 0, -1) if found is None else ():
            matches = lookup("".join(keys[i:i + n]))
            if matches:
                known = True
                matches = _plausible(matches, text, words, i, n)
                if not matches and n > 1 and not spanned and i and capital[i - 1] and joined(i - 1):
                    spanned = n  # "Carrefour New York", a crossroads of Croix-des-Bouquets: not York
            if matches and n == 1 and gazetteer.country_of_demonym(words[i][2]):
                # "the Somali border", "a Canadian citizen": the adjective of a
                # country, not Ethiopia's Somali region or Canadian, Texas
                matches = [m for m in matches if m.entry.layer != LAYER_WORLD]
            if matches:
                found = (n, matches)
                break
        if found is None and fuzzy and not known:
            found = _fuzzy(gazetteer, text, words, capital, i, min(run, FUZZY_MAX_WORDS), lookup)
        free = max(free, i + spanned)
        if found is None:
            continue
        n, matches = found
        start, end = words[first][0], words[i + n - 1][1]
        if first < i or not _inside_other_name(text, start, end, matches):
            out.append(Mention(sentence.start + start, sentence.start + end, text[start:end],
                               sentence.index, "name", tuple(m.entry for m in matches),
                               via_alias=frozenset(m.entry.id for m in matches if m.how in ("alias", "fuzzy")
                                                   and m.entry.layer == LAYER_WORLD),
                               fuzzy=all(m.how == "fuzzy" for m in matches)))
        free = max(free, i + n)
    return out


#: Generic heads of public spaces and roads that French writes in lower case
#: before their proper name: « place Tahrir », « place de la Nation »,
#: « boulevard Carénage », « camp de Jénine ».  Read with the name when a pack
#: lists the whole phrase among a place's names.  Not the nouns of buildings
#: (« la gare de Lviv », « l'hôtel Karibe »): the facility binding reads those,
#: keeping the town they name; nor « marche », which is also a march.
_HEADS = frozenset("place square parc park boulevard avenue rue route pont carrefour quartier cite camp "
                   "banlieue banlieues quartiers faubourg faubourgs".split())
#: ...and the words between a head and the name: articles, and the point of the compass of a part of a
#: city (« la banlieue sud de Beyrouth », « les quartiers nord de Marseille »)
_PARTICLES = frozenset({"de", "du", "des", "la", "le", "l", "d", "nord", "sud", "est", "ouest"})
_BEFORE_NAME = _HEADS | _PARTICLES


def _with_head(text: str, words: list[tuple[int, int, str]], keys: list[str], i: int, run: int,
               lookup: Callable[[str], list[Match]],
               joined: Callable[[int], bool]) -> tuple[int, list[Match], int] | None:
    """``(words, matches, first word)`` of a pack's name that a lower-case
    head begins before the capitalised word ``i`` (« place de la Nation »):
    the head, at most three particles, then the longest run the packs know."""
    h = i - 1
    while h > 0 and i - h <= 3 and keys[h] in _PARTICLES and text[words[h][0]].islower():
        h -= 1
    if keys[h] not in _HEADS or not text[words[h][0]].islower() or not all(joined(j) for j in range(h, i)):
        return None
    for n in range(run, 0, -1):
        matches = [m for m in lookup("".join(keys[h:i + n])) if m.entry.layer != LAYER_WORLD]
        if matches:
            return n, matches, h
    return None


def _name_words(gazetteer: Gazetteer, keys: list[str], i: int, run: int, spelled: bool = False) -> int:
    """How many of the ``run`` words at ``i`` can still be a name: none past
    the first words that begin no name key.  Runs with digits are kept
    whole, since a numbered street ("Delmas 33") is read from its digits
    (``spelled``: the caller knows that no word has any)."""
    if not spelled and not "".join(keys[i:i + run]).isalpha():  # (keys are never empty)
        return run
    prefix = ""
    for n in range(1, run + 1):
        prefix += keys[i + n - 1]
        if not gazetteer.starts_a_name(prefix):
            return n - 1
    return run


#: Abbreviations that start place names: "St. Marc" is Saint-Marc, "Mt. Kenya" Mount Kenya.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}


#: Prepositions after which a capitalised word is a place even when "who" or "said" follows.
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "a", "au", "aux", "dans", "en", "pres"})


#: What may stand between two words of one name (spaces, hyphens, apostrophes; at most two).
_NAME_GAP = " -‐‑'’\u00a0"


def _fuzzy(gazetteer: Gazetteer, text: str, words, capital: list[bool], i: int, run: int, lookup=None):
    """The longest run of capitalised words at ``i`` that the fuzzy index
    reads as a known place, or ``None``.  World places must be very close
    to the written name; they are weighed like alternate names later on."""
    # a typo'd name is a run of capitalised words none of which is a common
    # word, a title, a demonym ("Armenian" is no typo of Armenia) or a first
    # name ("Mirlande" none of Ireland): the longest such run bounds the tries
    usable = 0
    while usable < run and capital[i + usable] and _may_be_misspelt(gazetteer, words[i + usable][2]):
        usable += 1
    if usable and i + usable < len(words) and words[i + usable][2] in _FACILITY_TAILS \
            and sum(len(words[j][2]) for j in range(i, i + usable)) >= 5 \
            and not text[words[i][0]:words[i + usable - 1][1]].isupper():  # ("the TV station" is no VT station)
        # "the Maalbeck metro station": the building's noun after the typo'd name tells it
        # from a town one edit off (Baalbek)
        tail = 2 if i + usable + 1 < len(words) and words[i + usable + 1][2] in _FACILITY_TAILS else 1
        for k in range(tail, 0, -1):
            surface = text[words[i][0]:words[i + usable + k - 1][1]]
            hits = [m for m in gazetteer.fuzzy(surface, world=False)
                    if m.entry.precision == "site" and m.score >= FUZZY_PROSE_SCORE]
            if hits:
                best = max(m.score for m in hits)
                return usable + k, [m for m in hits if m.score == best]
    for n in range(usable, 0, -1):
        if i + 1 < len(words) and n > 1 and (lookup or gazetteer.matches)(words[i + 1][2]):
            continue  # « nan Jakmèl »: the name starts at the next word
        surface = text[words[i][0]:words[i + n - 1][1]]
        hits = [m for m in gazetteer.fuzzy(surface, world=FUZZY_WORLD_IN_PROSE)
                if (m.entry.layer != LAYER_WORLD or m.score >= FUZZY_WORLD_SCORE)
                and m.score >= FUZZY_PROSE_SCORE and m.entry.kind != "country"]
        hits = _plausible(hits, text, words, i, n)
        if hits:
            best = max(m.score for m in hits)
            return n, [m for m in hits if m.score == best]
    return None


#: The nouns of buildings that may follow a misspelt name in lower case (folded).
_FACILITY_TAILS = frozenset("""
metro station hotel mosque church cathedral prison penitentiary stadium airport market hospital university mall
square bridge palace temple shrine synagogue camp base barracks
""".split())


def _may_be_misspelt(gazetteer: Gazetteer, word: str) -> bool:
    """Whether a folded word may be part of a misspelt place name."""
    return not (word in COMMON_WORDS or word in PERSON_TITLES or gazetteer.country_of_demonym(word)
                or gazetteer.country_of_demonym(word.rstrip("s")) or word in FIRST_NAMES)


#: The nouns that make capitalised common words the name of a unit: "West Region", "Eastern Province".
_UNIT_NOUNS = frozenset({"region", "province", "state", "department", "governorate", "district", "county"})

#: Words that end the names of motor roads, singular or plural ("the Golden State and Harbor freeways").
_ROAD_WORDS = r"freeways?\b|parkways?\b|expressways?\b|motorways?\b|turnpikes?\b|tollways?\b|interstates?\b"


_STREET_BEFORE = prefiltered(
    r"(?:\b(?:[Rr]ue|[Aa]venue|[Aa]v\.?|[Bb]oulevard|[Bb]d|[Bb]lvd|[Rr]oute|[Cc]hemin|[Ii]mpasse|[Rr]uelle|[Pp]lace|"
    r"Street|Road|Lane|Drive|[Ww]out|Ri)"
    r"(?:\s+(?:de\s+la|de|du|des|d['’]|of))?(?:\s+[A-Z][\w'’.-]*){0,3}\s*)$")


#: The roads named after the quarter they lead into: « route de Nazon », « wout Frè ».
_ROAD_TO_QUARTER = re.compile(r"\b(?:[Rr]oute|[Cc]hemin|[Ww]out)\s+(?:de\s+|des\s+|du\s+|d['’]\s*)?$")


_STREET_AFTER = re.compile(r"^\s*(?:street|st\b|road|rd\b|avenue|ave\b|boulevard|blvd|highway|drive|lane|way\b|"
                           r"square|bridge|stock\s+exchange)", re.I)


#: A motor road named after a place, maybe with its number: "the Golden State Freeway", "the Santa Monica (10) Freeway", "the Arroyo
#: Seco (110) Parkway", "between the Golden State (5) and Harbor (110) freeways" (but « Saint-Denis
#: (93) », a town with its département's number, is the town).
_NUMBERED_ROAD_AFTER = re.compile(
    # with its number, the road word in any case ("the Golden State (5) and Harbor (110) freeways")...
    r"^\s*(?:[A-Z][a-z]+\s*)?\(\s*\d{1,3}\s*\)(?:\s+(?:and|&|or)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*\(\s*\d{1,3}\s*\))?"
    r"\s*(?i:" + _ROAD_WORDS + ")|"
    # ...without, a capitalised one ("the Golden State Freeway"; but "Los Angeles freeways" are the city's)
    r"^\s*(?:[A-Z][a-z]+\s+)?(?:Freeway|Parkway|Expressway|Motorway|Turnpike|Tollway|Interstate)\b")


#: A person's name and age: "Santiago Andrés Murillo, 19 ans", "Jackson, aged 23", "Paris, 17, a
#: student": no town of that name.
_AGE_AFTER = re.compile(r"(?:\s+[A-ZÀ-Ý][\w'’-]+){0,4}\s*,\s*(?:(?:[âa]g[ée]e?\s+de\s+)?\d{1,2}\s*ans\b"
                        r"(?!\s+(?:apr[èe]s|plus\s+tard|avant|d['’]|de\b|du\b))|"
                        r"(?:aged\s+)?\d{1,2}(?:\s*,|\s*-?\s*years?[\s-]+old\b))")


#: A town named like a road word ("Parkway") is the end of a road's name after another name or a route number.
_ROAD_NAME_END_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|\(\s*\d{1,3}\s*\))\s+$")


#: "the Niger river", "the Tiburon Peninsula": a natural feature named after a place is not that place.
_FEATURE_AFTER = re.compile(r"^\s+(?:river|lake|valley|mountains?|range|hills|delta|basin|peninsula|island|islands|"
                            r"bay|gulf|sea|coast|desert|plateau|forest|canal|strait|falls|rivi[èe]re|fleuve|"
                            r"p[ée]ninsule|presqu['’]île|massif)\b", re.I)


_ROAD_BETWEEN = re.compile(r"^\s*[–—-]\s*(?-i:[A-Z])[\w'’-]+\s+(?:road|highway|route|axis|axe)\b", re.I)


_COMPOUND = re.compile(r"^-[^\W\d_]")


#: "the Washington Post", "the Miami Herald", « Le Nouvelliste »: a place
#: followed by one of these capitalised words names a newspaper or channel.
_PRESS_AFTER = re.compile(r"^['’]?\s+(?:" + "|".join(PRESS_TITLES) + r")\b")


#: "the Erawan Emergency Medical Centre", "the Kaduna Refining Company": a
#: name that runs on into an organisation's.
_ORG_AFTER = re.compile(r"^\s+(?:[A-Z][a-z]+\s+){0,2}(?:Centre|Center|Foundation|Institute|Group|Company|Corporation|"
                        r"Club|Bank|Association|Council|Committee|Agency|Authority|Services|Organi[sz]ation|Society|"
                        r"Trust|Fund|Network|Coalition|Movement|Union|Federation|League|Academy)\b")


#: "the ruling Morena party": a political party named like a town (Morena, India).
_PARTY_AFTER = re.compile(r"^\s+part(?:y|ies)\b")


#: "Harrison County", "Smith County Sheriff": a county (a unit the world
#: gazetteer holds only where it is first-level, as Kenya's), not its namesake town.
_COUNTY_AFTER = re.compile(r"^\s+County\b")


#: Regions named by a point of the compass, which also end other names.
_DIRECTION_NAME = re.compile(r"(?i:nord|sud|est|ouest|centre|north|south|east|west|nord-est|nord-ouest|sud-est|sud-ouest)")


#: "Arc de Triomphe", "Saint Charles of Borromeo": a name that runs on.
_RUNS_ON = re.compile(r"^\s+(?:de|du|des|of|del|della|di)\s+[^\W\d_]")


_OPERATION_BEFORE = re.compile(r"\b(?:[Oo]p[ée]ration|OPERATION|[Oo]pération)\s+$")


_DASH_END = re.compile(r"[–—-]\s*$")


_ROAD_AFTER = re.compile(r"^\s+(?:road|highway|route)\b", re.I)


#: The words that join the capitalised words of an organisation's name.
_JOIN = r"(?:de\s+la|de\s+l['’]|del|de|du|des|d['’]|of\s+the|of|for|pour\s+la|pour\s+le|pour|la|le|les|the|and|et|y|&)"
_RUN_BEFORE = re.compile(rf"(?:(?-i:[A-ZÀ-Ý])[\w'’-]*\s+(?:{_JOIN}\s+)?)+$", re.I)
_RUN_AFTER = re.compile(rf"(?:\s+(?:{_JOIN}\s*)?(?-i:[A-ZÀ-Ý])[\w'’-]*)*\s*\(((?-i:[A-Z]{{2,8}}))\)", re.I)
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*")


def _in_acronymed_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a word of a longer name
    that the acronym after it spells: "the Mesa de la Unidad Democrática
    (MUD)", "the Kenya Defence Forces (KDF)" are organisations, where "the
    Democratic Republic of Congo (DRC)" is all the name matched."""
    after = _RUN_AFTER.match(text, end, min(len(text), end + 90))
    if after is None:
        return False
    before = _RUN_BEFORE.search(text, max(0, start - 60), start)
    head = _CAPITALISED.findall(text, before.start() if before else start, start)
    tail = _CAPITALISED.findall(text, end, after.start(1))
    own = _CAPITALISED.findall(text, start, end)
    initials = "".join(w[0] for w in head + own + tail).upper()
    acronym = after.group(1)
    # the acronym spells a window of the run that holds the name and words beyond it
    for i in range(len(head) + 1):
        j = i + len(acronym)
        if initials[i:j] == acronym and j >= len(head) + len(own) and (i < len(head) or j > len(head) + len(own)):
            return True
    return False


def _inside_other_name(text: str, start: int, end: int, matches: list[Match]) -> bool:
    """True when a place name is only part of another name: a street
    ("Boulevard Jean-Jacques Dessalines", "Wall Street"), a road between two
    towns ("the Kisumu–Kakamega road"), or a hyphenated brand
    ("Mercedes-Benz").  Roads the gazetteer holds match as a whole first."""
    if any(m.entry.kind in ("road", "street", "junction") for m in matches):
        return False
    before, after = text[max(0, start - 30):start], text[end:end + 40]
    if _STREET_BEFORE.search(before) and before[-1:] in (" ", "\u00a0", "'", "’"):
        # « la route de Bourdon », « Route de Frères »: a road named after the quarter it runs
        # through is in that quarter, where a street named after a town is not in the town
        return not (_ROAD_TO_QUARTER.search(before) and any(m.entry.precision == "neighbourhood" for m in matches))
    if _STREET_AFTER.match(after) or _FEATURE_AFTER.match(after) or _PRESS_AFTER.match(after) \
            or _NUMBERED_ROAD_AFTER.match(after) or _AGE_AFTER.match(text, end):
        return True
    if re.fullmatch(_ROAD_WORDS, text[start:end], re.I) and _ROAD_NAME_END_BEFORE.search(before):
        return True  # "the Arroyo Seco (110) Parkway": no town of Parkway
    if text[start:end].lower() == "carrefour" and re.match(r"^(?:\s+(?:de|du|des|d['’])|[ -]+[A-ZÀ-Ý])", after):
        return True  # « Carrefour de l'Aéroport », "Carrefour Feuilles": a crossroads, not the commune
    if _DIRECTION_NAME.fullmatch(text[start:end]) and re.search(r"[A-ZÀ-Ý][\w'’-]+\s+(?:du|de\s+l['’]|de\s+la|del|of\s+the)\s*$",
                                                            before):
        return True  # « l'État du Darfour du Nord »: the end of a region's name, not Haiti's Nord
    if ("ration" in before or "RATION" in before) and _OPERATION_BEFORE.search(before):
        return True  # "Operation Baghdad", « l'opération Bagdad »: a code name
    if _COMPOUND.match(after):  # "Mercedes-Benz", "Ban Ki-moon": the start of a longer word
        return True
    if "(" in after and _in_acronymed_name(text, start, end) and not any(m.entry.kind == "country" for m in matches):
        return True  # (a country keeps its mention: "the Kenya Defence Forces (KDF) in Lamu" is still Kenya's story)
    runs_on = _RUNS_ON.match(after)
    runs_on = bool(runs_on) and after[runs_on.end() - 1].isupper()
    if runs_on or _ORG_AFTER.match(after):
        # "Arc de Triomphe", "the Erawan Emergency Medical Centre": a longer name, unless a big
        # city's (one that only an alternate name reaches, Denver once "Saint Charles", does not count)
        own = [m for m in matches if m.how != "alias"] or matches
        if all(m.entry.layer == LAYER_WORLD and m.entry.population < 100_000 for m in own):
            return True
    if _PARTY_AFTER.match(after) and all(m.entry.layer == LAYER_WORLD and m.entry.kind != "country" for m in matches):
        return True
    if _COUNTY_AFTER.match(after) and all(m.entry.precision in ("locality", "neighbourhood", "site") for m in matches):
        return True  # "in nearby Harrison County": a county the gazetteer lacks, not Harrison, Arkansas
    if _ROAD_BETWEEN.match(after) or ("-" in before or "–" in before or "—" in before) and _DASH_END.search(before) \
            and _ROAD_AFTER.match(after):
        return True
    return False


def _plausible(matches: list[Match], text: str, words: list[tuple[int, int, str]], i: int, n: int) -> list[Match]:
    """The matches a word sequence of prose can really mean.

    With 235,000 world places, many ordinary words and first names are a
    town somewhere ("Economy", "Esperance", "Pierre").  Curated entries
    (packs, countries) are trusted; a GeoNames or airport match must pass
    guards that reject what a reader would not take for a place:

    * codes (PAP, MTPP) only in upper case next to the word "airport";
    * short all-capital words (AFP, UN) are acronyms, not towns;
    * common English and French words, in any position;
    * a word in a person's name: after a title ("Prime Minister Ariel"),
      before "said", or run together with other capitalised words that
      are not place words ("Pierre Esperance").

    Population against the document's focus is weighed later, in
    :func:`geo.places.geocode.resolve`, once the focus is known.
    """
    if not matches or _surname(text, words, i):
        return []
    if i > 0 and words[i - 1][2] in CRIME_ROLES and text[words[i - 1][1]:words[i][0]] == " ":
        return []  # "murderer Vivy Michel": a person, whatever place shares the name
    start, end = words[i][0], words[i + n - 1][1]
    surface = text[start:end]
    if n > 1:
        first, last = text[start:words[i][1]], text[words[i + n - 1][0]:end]
        if first.lower() in ARTICLES and last[:1].islower() and last.isalpha() and last.lower() not in NAME_PARTICLES:
            return []  # « La vallée de l'Artibonite », « le port »: a common noun, not La Vallée or Le Port
    kept = []
    world: dict[bool, bool] = {}  # big -> _plausible_world's answer, the same for every match of that size
    for match in matches:
        if match.how == "code" and not (surface.isupper() and _airport_near(words, i, n)):
            continue
        if match.entry.layer == LAYER_WORLD:
            big = match.entry.population >= SHORT_NAME_POPULATION
            plausible = world.get(big)
            if plausible is None:
                plausible = world[big] = _plausible_world(surface, text, words, i, n, big=big)
            if not plausible:
                continue
        kept.append(match)
    return kept


def _surname(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """True when the word at ``i`` ends a person's name, whatever layer the
    place comes from: right after a first name ("Abraham Lincoln"), or after
    a title and one more name ("Sen. Youri Latortue", "President Jovenel Moïse"),
    or after a first name and a middle name ("Jean Max Duvivier")."""
    if i == 0:
        return False
    before = words[i - 1]
    if text[before[0]:before[0] + 1].isupper() and before[2] in FIRST_NAMES and text[before[1]:words[i][0]] == " ":
        return True
    if i >= 2 and text[before[0]:before[0] + 1].isupper() and before[2] not in GEO_WORDS:
        title = words[i - 2]
        if title[2] in PERSON_TITLES and text[title[1]:before[0]].strip() in ("", "."):
            return True
        return title[2] in FIRST_NAMES and text[title[0]:title[0] + 1].isupper() \
            and text[title[1]:before[0]] == " " and text[before[1]:words[i][0]] == " "
    return False


_AIRPORT_WORDS = {"airport", "aeroport", "ayewopo", "airfield", "airstrip"}


def _airport_near(words: list[tuple[int, int, str]], i: int, n: int) -> bool:
    """Whether an airport word is within three words of the run at ``i``."""
    return any(w[2] in _AIRPORT_WORDS for w in words[max(0, i - 3):i + n + 3])


#: Articles that open a place name (« La Vallée ») as they open a common noun (« la vallée »).
ARTICLES = frozenset({"la", "le", "les", "l", "the", "el", "al"})


#: Lower-case words that may end a multi-word place name ("Port-au-Prince" is one word; "Trou du Nord" is not).
NAME_PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "of", "the", "al", "el", "sur", "en", "am", "an", "der"})


#: A three-letter name in title case is a town ("Gao", "Aba") only if this populous.
SHORT_NAME_POPULATION = 50_000


_HYPHEN_BEFORE = re.compile(r"[^\W\d_][-‐‑]$")


_HYPHENS = ("-", "‐", "‑")


def _plausible_world(surface: str, text: str, words: list[tuple[int, int, str]], i: int, n: int,
                     big: bool = False) -> bool:
    if len(surface) <= 3 and not (len(surface) == 3 and surface.istitle() and (
            big or i + n < len(words) and words[i + n][2] in SETTLEMENT_NOUNS_AFTER)):
        return False  # "AFP", "UN", "Tu-22": acronyms and fragments, not towns (but "the Nuh district")
    if n > 1 and not text[words[i + n - 1][0]].isupper() and (
            text[words[i + n - 2][1]:words[i + n - 1][0]] not in _APOSTROPHES or words[i + n - 1][2] == "s"):
        # "Christians and" is no spelling of Kristiansand: a name ends in a
        # capitalised word, or in a syllable after an apostrophe ("Murang’a"),
        # not in a possessive "s"
        return False
    if text[words[i][0] - 1:words[i][0]] in _HYPHENS and _HYPHEN_BEFORE.search(text[max(0, words[i][0] - 2):words[i][0]]):
        return False  # "Extrême-Nord": the end of a longer hyphenated name, not the region called Nord
    if (words[i][2] in COMMON_WORDS) if n == 1 else (all(w[2] in COMMON_WORDS for w in words[i:i + n]) and not (
            all(text[w[0]].isupper() for w in words[i:i + n])
            and ("-" in surface and " " not in surface or words[i + n - 1][2] in _UNIT_NOUNS))):
        return False  # (but « Centre-Est », capitalised words joined by hyphens, and "West Region" are names)
    if n == 1 and words[i][2] in _FIELD_LABELS and text[words[i][1]:words[i][1] + 1] == ":":
        return False  # "View Date:2024-12-23", "Source: AFP": a web page's field, not Date in Fukushima
    before = words[i - 1] if i > 0 else None
    after = words[i + n] if i + n < len(words) else None
    if before is not None and (before[2] in PERSON_TITLES and (before[2] not in _BYLINE_WORDS or text[before[0]].isupper())
                               or text[before[0]:before[1]] in ("Mr", "Mrs", "Ms", "Dr")):
        return False  # "Prime Minister Ariel", a byline "By Jacqueline", but not « en passant par Clermont-Ferrand »
    if after is not None and after[2] in ("said", "says", "told", "added", "wrote", "who", "whose") \
            and not (before is not None and before[2] in _LOCATIVE):
        return False  # "Moïse said", but "suspects in Mombasa who had come from Nairobi"
    if after is not None and after[2] in _FOLLOWING:
        return False  # "Mao supporters marched in Beijing": a man's following (or a club's), not a town of Chad's
    for neighbour, gap in ((before, text[before[1]:words[i][0]] if before else ""),
                           (after, text[words[i + n - 1][1]:after[0]] if after else "")):
        # a nickname in quotes runs on into the name too: Joaquín "El Chapo" Guzmán
        if neighbour is None or not (0 < len(gap) <= 2 and gap.strip(" \u00a0\"“”'‘’") == ""):
            continue
        word = text[neighbour[0]:neighbour[1]]
        if word[:1].isupper() and neighbour is before and neighbour[2] in FIRST_NAMES:
            return False  # "Carl Henry Destin", "Abraham Lincoln": a surname
        if word[:1].isupper() and neighbour is after and neighbour[2] in FIRST_NAMES:
            return False  # "Anderson Joseph", "Vivy Michel": a given name before a name-like surname
        if word[:1].isupper() and neighbour[2] not in COMMON_WORDS and neighbour[2] not in GEO_WORDS \
                and not (neighbour is after and neighbour[2] in PERSON_TITLES):
            # part of a longer proper name the gazetteer does not know: a person, a group (but
            # "Missouri Gov. Jay Nixon" names the state whose governor he is)
            return False
    return True


#: The nouns after a short name that make it a place's: "the Nuh district", "Ivo town" (see also
#: :func:`geo.text.mentions._short_names_named_again`).
SETTLEMENT_NOUNS_AFTER = frozenset({"district", "province", "region", "county", "town", "village", "city",
                                    "municipality", "governorate", "division", "township", "camp", "area"})


#: The following of a man or a party, after his name.
_FOLLOWING = frozenset({"supporters", "loyalists", "followers", "partisans"})


#: Titles that are bylines only when capitalised: lower case, they are prepositions.
_BYLINE_WORDS = frozenset({"by", "par"})


_APOSTROPHES = frozenset({"'", "’"})


#: Labels of a web page's fields, written "Date:" before their value.
_FIELD_LABELS = frozenset({"date", "time", "source", "sources", "updated", "posted", "published", "author", "tags",
                           "category", "views", "credit", "credits", "photo", "caption", "lieu", "auteur"})
