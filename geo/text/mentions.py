"""Mentions: the spans of a text that name or describe a place.

Three ways a news text points at a place, each kept with its character span:

* a **name** found in the gazetteer ("Port-au-Prince", "National
  Penitentiary", "Kenya");
* a **description** that only makes sense in context ("the country's
  international airport", "the capital's main prison", "the East African
  country", "the Haitian capital");
* an **anaphor** that points back at a place already named ("the prison",
  "the facility").

This module only finds and labels spans; :mod:`geo.places.geocode` decides which
entry each one refers to, once the document's focus is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter

from geo.places import names, query
from geo.places.gazetteer import LAYER_WORLD, Entry, Gazetteer, Match
from geo.text import facilities
from geo.text.lexicons import APPOSED_BEFORE, HOME_BEFORE, PART_OF
from geo.text.sentences import DATELINE_WINDOW, Dateline, Sentence
from geo.text.prefilter import PrefilterGroup, Prefiltered, prefiltered
from geo.text.wordlists import COMMON_WORDS, CRIME_ROLES, FIRST_NAMES, GEO_WORDS, PERSON_TITLES

#: Nouns of facilities in descriptions, mapped to gazetteer kinds.
FACILITY_NOUNS = {
    "prison": "prison", "penitentiary": "prison", "jail": "prison", "gaol": "prison",
    "custodial centre": "prison", "custodial center": "prison", "correctional centre": "prison",
    "correctional center": "prison", "detention centre": "prison", "detention center": "prison",
    "airport": "airport", "airfield": "airport",
    "stadium": "stadium",
    "palace": "palace",
    "port": "port", "seaport": "port",
    "hospital": "hospital",
    "police headquarters": "police", "police station": "police",
    "fuel terminal": "fuel_terminal", "oil terminal": "fuel_terminal",
    "market": "market",
    "cathedral": "church",
    "parliament": "government", "national assembly": "government",
    "facility": None, "compound": None, "building": None, "premises": None,
}

#: Modifiers that select an entry by its roles.
ROLE_WORDS = {
    "main": "main", "largest": "main", "biggest": "main", "principal": "main",
    "central": "main", "national": "national", "international": "international",
    "presidential": "national",  # "the presidential palace": the head of state's, one per country
}
_FILLER_WORDS = ("civil", "soccer", "football", "civilian", "state-run", "public", "sports", "city's", "town's", "local",
                 "small", "little", "tiny", "old", "new", "only")  # "the small airport on the edge of town"

#: Regional adjectives of country descriptions, mapped to UN M49 sub-regions.
REGION_WORDS = {
    "east african": {"Eastern Africa"},
    "west african": {"Western Africa"},
    "central african": {"Middle Africa"},
    "north african": {"Northern Africa"},
    "southern african": {"Southern Africa"},
    "african": {"Eastern Africa", "Western Africa", "Middle Africa", "Northern Africa", "Southern Africa"},
    "sahel": {"Western Africa", "Northern Africa"},
    "sahelian": {"Western Africa", "Northern Africa"},
    "caribbean": {"Caribbean"},
    "central american": {"Central America"},
    "south american": {"South America"},
    "latin american": {"Caribbean", "Central America", "South America"},
    "north american": {"Northern America"},
    "european": {"Western Europe", "Eastern Europe", "Northern Europe", "Southern Europe"},
    "eastern european": {"Eastern Europe"},
    "balkan": {"Southern Europe"},
    "middle eastern": {"Western Asia"},
    "gulf": {"Western Asia"},
    "asian": {"Central Asia", "Southern Asia", "Eastern Asia", "South-eastern Asia", "Western Asia"},
    "south asian": {"Southern Asia"},
    "southeast asian": {"South-eastern Asia"},
    "central asian": {"Central Asia"},
    "pacific": {"Melanesia", "Micronesia", "Polynesia"},
}

_NOUNS = "|".join(sorted((re.escape(n) for n in FACILITY_NOUNS), key=len, reverse=True))
_MODS = "|".join(sorted([*ROLE_WORDS, *_FILLER_WORDS], key=len, reverse=True))
_FACILITY = prefiltered(
    rf"""(?:\b[Tt]he\s+(?:(?P<owner>[\w\-]+(?:\s[A-Z][\w\-]+)?)['’]s\s+)?(?P<demonym>(?-i:[A-Z][a-z]+(?:an|ese|ish|i|ch))\s+(?=(?:(?:{_MODS})\s+)*(?:{_NOUNS})))?
           |\b(?P<owner2>[A-Z][\w\-]+)['’]s\s+(?=(?:(?:{_MODS})\s+)+))   # "Haiti's main international airport"
        (?P<mods>(?:(?:{_MODS})\s+)*)
        (?P<noun>{_NOUNS})s?\b""",
    re.VERBOSE | re.IGNORECASE,
)
#: French descriptions and anaphors: « le palais », « l'aéroport », « la prison
#: civile », « le Palais national ».  Nouns whose other senses are common in
#: news prose (« le marché », « à ce stade ») are left out; « le port » is in,
#: but not « le port d'armes » nor « le port du masque ».
FACILITY_NOUNS_FR = {
    "palais": "palace", "aéroport": "airport", "aeroport": "airport", "prison": "prison",
    "pénitencier": "prison", "penitencier": "prison", "commissariat": "police", "hôpital": "hospital",
    "hopital": "hospital", "cathédrale": "church", "cathedrale": "church", "parlement": "government",
    "assemblée nationale": "government", "assemblee nationale": "government",
    "port": "port",
}
ROLE_WORDS_FR = {
    "national": "national", "nationale": "national", "international": "international",
    "internationale": "international", "principal": "main", "principale": "main", "grand": "main",
    "grande": "main", "central": "main", "centrale": "main", "présidentiel": "national", "presidentiel": "national",
}
_ADJ_FR = "|".join(sorted([*ROLE_WORDS_FR, "civil", "civile", "plus"], key=len, reverse=True))  # « le plus grand port »
_FACILITY_FR = prefiltered(
    rf"""\b(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u)\s*(?:(?P<pre>(?:{_ADJ_FR})\s+)*)
        (?P<noun>{"|".join(re.escape(n) for n in sorted(FACILITY_NOUNS_FR, key=len, reverse=True))})\b
        (?P<post>(?:\s+(?:{_ADJ_FR})\b)*)
        (?!\s+(?:de\s+justice|des\s+sports|municipal|de\s+l['’]archev|de\s+la\s+culture|des\s+congr|
                  d['’]armes?|du\s+(?:masque|voile|casque|gilet|uniforme)))""",
    re.VERBOSE | re.IGNORECASE,
)
_CAPITAL_FR = prefiltered(r"\b(?:[Ll]a|[Ll]eur|[Ss]a|[Dd]e\s+la|[Àà]\s+la)\s+capitale\b(?:\s+(?P<adj>[a-zà-ÿ][a-zà-ÿ\-]+))?")
_AREA = prefiltered(
    r"""\b[Tt]he\s+(?P<adjs>(?:(?!(?:the|a|an|as|of|in|on|at|to|and|or|for|with|by|from|that|this|its|their)\b)[\w\-]+\s+){0,3}?)
        (?P<noun>country|nation|capital|republic)\b""",
    re.VERBOSE,
)


#: Capitals of a part of a country ("the regional capital", "the provincial capital").
_NOT_THE_NATIONS_CAPITAL = re.compile(r"\b(?:regional|provincial|state|departmental|district|county|local|"
                                      r"economic|commercial|cultural|religious|spiritual|former|old|ancient)\b", re.I)
#: "the capital of Balochistan": whose capital, when the text says.
_CAPITAL_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3})")


@dataclass(frozen=True)
class Description:
    """What a descriptive phrase asks for, before context resolves it.

    ``scope`` is ``"capital"``, ``"country"`` or an ISO country code; ``kind``
    is a gazetteer kind, ``"country"``, ``"capital"`` or ``None`` for "the
    facility".  ``regions`` holds sub-regions named by an adjective.
    """

    kind: str | None
    roles: frozenset[str] = frozenset()
    scope: str | None = None
    regions: frozenset[str] = frozenset()
    country: str | None = None


@dataclass(frozen=True)
class Mention:
    """A span of a document body that refers to a place."""

    start: int
    end: int
    text: str
    sentence: int
    how: str  # "name", "dateline", "description", "anaphor" or "unknown"
    candidates: tuple[Entry, ...] = ()
    description: Description | None = None
    via_alias: frozenset[str] = frozenset()  # ids of world candidates named only by an alternate name
    facility: str | None = None  # the facility's own words ("police station") when how == "facility"
    #: The place names the facility from before its noun ("the Dusit hotel"):
    #: such a name is often a brand, so only a place of the story's country counts.
    facility_before: bool = False
    #: Read through the fuzzy index ("Petion-Vile"): a near spelling, which
    #: the town it is put in must not contradict (see :func:`_quarters_of_far_towns`).
    fuzzy: bool = False
    #: Named only to say where another place lies or where an actor is based
    #: ("Canaan, a neighbourhood of Port-au-Prince", "gangs based in Canaan"):
    #: no town a later "the police station" can belong to.
    aside: bool = False
    #: Narrowed by the area written with it ("Marigot, Saint Martin", "the
    #: Mexican city of Culiacán"): the text says where it is, so its size
    #: no longer matters (see :func:`_qualified`).
    qualified: bool = False


def find_mentions(body: str, sentences: list[Sentence], gazetteer: Gazetteer, *,
                  dateline: Dateline | None = None) -> list[Mention]:
    """All place mentions of a body, in document order, without overlaps.

    Names inside the dateline are labelled ``"dateline"``: they say where the
    story was filed from, which sets the focus but is no incident site.
    """
    found: list[Mention] = []
    # A name scan tries every run of up to ``gazetteer.max_words`` capitalised
    # words; a text that repeats names asks for the same keys again and again.
    lookup = lru_cache(maxsize=LOOKUP_MEMO_SIZE)(gazetteer.matches)
    for sentence in sentences:
        # This sentence's mentions on their own list, so that binding
        # facilities costs the sentence's size, not the document's.
        current: list[Mention] = []
        taken: list[tuple[int, int]] = []
        # the sentence's words, cut from the body's (split once per document)
        words = names.words_between(body, sentence.start, sentence.end) \
            if body.startswith(sentence.text, sentence.start) else None
        for mention in _quarters_of_far_towns(sentence, _qualified(sentence, _areas(sentence, _names(sentence, gazetteer, lookup=lookup,
                                                                               words=words)), gazetteer)):
            current.append(mention)
            taken.append((mention.start, mention.end))
        for mention in _descriptions(sentence, gazetteer):
            inside = [m for m in current if mention.start <= m.start and m.end <= mention.end]
            if inside and mention.how == "description" and mention.description.kind not in ("country", "capital") \
                    and all(m.how == "name" and m.candidates and all(e.kind == "country" for e in m.candidates)
                            for m in inside):
                # "Haiti's main international airport": the country only scopes the facility
                current = [m for m in current if m not in inside]
                taken = [(m.start, m.end) for m in current]
            if not any(s < mention.end and mention.start < e for s, e in taken):
                current.append(mention)
                taken.append((mention.start, mention.end))
        for mention in _area_phrases(sentence, gazetteer):
            # the phrase replaces the bare name inside it (« du Nord » alone is no department)
            inside = [m for m in current if mention.start <= m.start and m.end <= mention.end]
            current = [m for m in current if m not in inside]
            taken = [(m.start, m.end) for m in current]
            if not any(s < mention.end and mention.start < e for s, e in taken):
                current.append(mention)
                taken.append((mention.start, mention.end))
        current = _numbered_districts(sentence, current, found, gazetteer)
        taken = [(m.start, m.end) for m in current]
        for mention in _unknown_names(sentence, gazetteer):
            if not any(s < mention.end and mention.start < e for s, e in taken):
                current.append(mention)
                taken.append((mention.start, mention.end))
        _bind_facilities(sentence, current, gazetteer)
        found.extend(_titles_placed_abroad(sentence, current))
    if dateline is not None:
        end = dateline.stop if dateline.stop is not None else dateline.end
        found = [replace(m, how="dateline") if m.how == "name" and dateline.start <= m.start < end else m
                 for m in found]
    found = [replace(m, how="dateline") if m.how == "name" and _capital_dateline(body, m) else m for m in found]
    found = _sentence_initial_words_dropped(body, sentences, found)
    found.sort(key=lambda m: (m.start, -m.end))
    return [_marked_aside(body, sentences[m.sentence].start, m) if m.how == "name" else m for m in found]


def _marked_aside(body: str, sentence_start: int, mention: Mention) -> Mention:
    before = body[max(sentence_start, mention.start - 80):mention.start]
    if APPOSED_BEFORE.search(before) or HOME_BEFORE.search(before):
        return replace(mention, aside=True)
    return mention


#: A world place this small, capitalised only because it opens a sentence or
#: a quote, needs to be named again mid-sentence to be believed.
INITIAL_MIN_POPULATION = 50_000


def _sentence_initial_words_dropped(body: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Drop small world places read from a word that opens a sentence or a
    quote and is never capitalised mid-sentence in the document: at a
    sentence start a capital says nothing, so "Pray for the kidnappers" is no
    mention of Pray, Montana.  A town the story names anywhere else mid-sentence
    stays, wherever it stands."""
    title_case: dict[int, bool] = {}  # sentence index -> a title-case headline, worked out when asked

    def initial(m: Mention) -> bool:
        lead = body[sentences[m.sentence].start:m.start]
        if len(lead) <= 3 and lead.strip(" \"“‘'«(—–-") == "":
            return True
        headline = title_case.get(m.sentence)
        if headline is None:
            headline = title_case[m.sentence] = _title_case(sentences[m.sentence].text)
        return headline

    def small_world(m: Mention) -> bool:
        return bool(m.candidates) and all(e.layer == LAYER_WORLD and e.population < INITIAL_MIN_POPULATION
                                          for e in m.candidates)

    def described(m: Mention) -> bool:  # "Kagara, a town in Niger State, ..." names a town and says so
        return body[m.end:m.end + 2].startswith((",", " (", "("))

    doubtful = [m for m in found if m.how == "name" and small_world(m) and initial(m) and not described(m)]
    if not doubtful:  # the usual case: no need to look for the names elsewhere
        return list(found)
    elsewhere = {names.key(m.text) for m in found if m.how in ("name", "facility") and not initial(m)}
    dropped = {id(m) for m in doubtful if names.key(m.text) not in elsewhere}
    return [m for m in found if id(m) not in dropped]


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _title_case(text: str) -> bool:
    """A headline in title case ("Gunmen Storm Hotel In Capital"): its
    capitals say no more than a sentence's first one."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


#: Words that make a facility the main one of its place ("Haiti's main container terminal").
MAIN_WORDS = r"main|largest|biggest|principal|chief|national|principale?"
_ROLE_BEFORE = re.compile(rf"(?:\b(?:{MAIN_WORDS})\s+)+$", re.I)


def _bind_facilities(sentence: Sentence, found: list[Mention], gazetteer: Gazetteer) -> None:
    """Turn "the police station in <place>" into one facility mention.

    The place mention that locates a facility noun (see
    :mod:`geo.text.facilities`) is replaced, in ``found``, by a mention of
    how ``"facility"`` that keeps the place's candidates and the facility's
    kind and words; a description or anaphor of the same noun ("the police
    station") is dropped, since the phrase now says where it is.  A noun
    followed by a proper name the packs know under the two together
    (« l'hôtel Karibe », « le parc Sainte-Thérèse ») becomes a name mention.
    """
    base = sentence.start
    text = sentence.text
    mine = [m for m in found if m.sentence == sentence.index]
    for phrase in facilities.find_nouns(text):
        n_start, n_end = base + phrase.start, base + phrase.end
        named = _named_facility(sentence, phrase, gazetteer)
        place = None
        if named is None:
            places = [m for m in mine if m.how in ("name", "unknown", "description") and
                      (m.description is None or m.description.kind in ("capital", "country"))]
            right = [m for m in places if m.start >= n_end and facilities.links_right(text[phrase.end:m.start - base], phrase.noun)]
            left = [m for m in places if m.end <= n_start and facilities.links_left(text[m.end - base:phrase.start])]
            if right and left and facilities.only_near(text[phrase.end:min(right, key=lambda m: m.start).start - base]):
                right = []  # "the Kuje prison just outside Abuja"
            if right:
                place = min(right, key=lambda m: m.start)
                # "the Sainte Hélène orphanage in Kenscoff": the name before the noun is the
                # building's own, not a place, when it cannot be near the place after it
                for own in [m for m in left if m.how == "name" and not text[m.end - base:phrase.start].strip()]:
                    if not any(_near(e, f) for e in own.candidates for f in place.candidates):
                        found.remove(own)
                        mine.remove(own)
                # "a mall in Nairobi's Westlands": the finer place follows the possessive
                after = [m for m in places if m.start > place.end and
                         re.fullmatch(r"['’]s?\s+", text[place.end - base:m.start - base])]
                if after:
                    place = after[0]
                # "parliament in the capital, Port-au-Prince": the name in apposition says which
                named_after = [m for m in places if m.how == "name" and m.start > place.end
                               and re.fullmatch(r",\s*", text[place.end - base:m.start - base])]
                if place.how == "description" and named_after:
                    place = named_after[0]
            elif left:
                place = max(left, key=lambda m: m.end)
            else:
                # « le lycée Gambetta à Arras »: so is a name right after the noun, then placed
                own = next((m for m in places if m.how == "name" and m.start >= n_end
                            and not text[phrase.end:m.start - base].strip()), None)
                town = own and next((m for m in places if m.start >= own.end
                                     and _PLACED_IN.fullmatch(text[own.end - base:m.start - base])), None)
                if town is not None and not any(_near(e, f) for e in own.candidates for f in town.candidates):
                    found.remove(own)
                    mine.remove(own)
            if place is None:
                continue
        start, end = (named or place).start, (named or place).end
        span_start, span_end = min(start, n_start), max(end, n_end)
        for other in [m for m in mine if m is not place and m.start < span_end and span_start < m.end
                      and m.how in ("anaphor", "description") and m is not named]:
            found.remove(other)
            mine.remove(other)
        if named is not None:
            # « lopital Mibalè » is the town's hospital, which the packs name: the town inside goes
            for inner in [m for m in mine if m.how == "name" and named.start <= m.start and m.end <= named.end]:
                found.remove(inner)
                mine.remove(inner)
            if not any(m.start < named.end and named.start < m.end for m in mine):
                found.append(named)
                mine.append(named)
            continue
        role = _ROLE_BEFORE.search(text[:phrase.start])  # "Haiti's main container terminal"
        # "a hospital in the capital" keeps its article: one of the city's, not its main one
        article = None if role else _INDEFINITE_BEFORE.search(text, max(0, phrase.start - 5), phrase.start)
        words = text[role.start() if role else article.start() if article else phrase.start:phrase.end]
        if place.how == "description":
            # "the prison in the capital": the capital's (or the country's) facility of that kind
            scope = "capital" if place.description.kind == "capital" else (place.description.country or "country")
            facility = replace(place, description=Description(phrase.kind, scope=scope), facility=words)
        else:
            facility = replace(place, how="facility", description=Description(phrase.kind),
                               facility_before=place.end <= n_start, facility=words)
        found[found.index(place)] = facility
        mine[mine.index(place)] = facility


#: How far apart a town named before a facility noun and one named after it
#: may lie and still both place it ("the Delmas police station in Port-au-Prince").
_OWN_NAME_KM = 150.0


def _near(a: Entry, b: Entry) -> bool:
    """Whether a place named before a facility noun can lie near (or in) the
    one named after it."""
    if a.kind == "country":
        return False
    if b.kind == "country":
        return a.country == b.country  # "the PAP airport in Haiti"
    return query.distance_km(a, b) <= _OWN_NAME_KM


_PLACED_IN = re.compile(r"\s*(?:,\s*)?(?:in|at|of|à|a|au|en|de|du|nan|lan)\s+(?:the\s+|la\s+|l['’]\s*)?$", re.I)


def _titles_placed_abroad(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """"the National Assembly in Caracas": a pack's facility named by a title
    that other countries' buildings share, placed by the text in a town of
    another country, is that town's building of the same kind, not the
    pack's.  The pair becomes one facility mention of the town, which
    :func:`geo.places.geocode.resolve_facility` then looks up (or places
    approximately at the town)."""
    out = list(found)
    for title, town in zip(found, found[1:]):
        if title.how != "name" or town.how != "name" or not title.candidates or not town.candidates:
            continue
        if not all(e.layer != LAYER_WORLD and e.precision == "site" for e in title.candidates):
            continue
        if not _PLACED_IN.fullmatch(sentence.text[title.end - sentence.start:town.start - sentence.start]):
            continue
        if {e.country for e in title.candidates} & {e.country for e in town.candidates}:
            continue
        kinds = {e.kind for e in title.candidates}
        if len(kinds) != 1 or title not in out or town not in out:
            continue
        out.remove(title)
        out[out.index(town)] = replace(town, how="facility", description=Description(kinds.pop()),
                                       facility=title.text)
    return out


def _named_facility(sentence: Sentence, phrase, gazetteer: Gazetteer) -> Mention | None:
    """« l'hôtel Karibe », "the Karibe hotel": a pack entry of the noun's kind
    named by the noun with the proper name next to it."""
    text = sentence.text
    # on the same line: a headline's last word and the dateline below it are no name
    after = re.match(r"(?:[^\S\n]+(?:international|internationale|national|nationale|civil|civile|municipal|"
                     r"universitaire|départemental|départementale|général|générale))?"
                     r"[^\S\n]+((?:[A-ZÀ-Ý][\w'’\-]*)(?:[ -](?:de |du |la |des )?[A-ZÀ-Ý][\w'’\-]*){0,3})", text[phrase.end:])
    before = re.search(r"((?:[A-ZÀ-Ý][\w'’\-]*)(?:[ -][A-ZÀ-Ý][\w'’\-]*){0,3})[^\S\n]+$", text[:phrase.start])
    tries = []
    if after:
        name = after.group(1)
        tries.append((f"{phrase.noun} {name}", phrase.start, phrase.end + after.end(1)))
        tries.append((f"{name} {phrase.noun}", phrase.start, phrase.end + after.end(1)))
    if before:
        name = before.group(1)
        tries.append((f"{name} {phrase.noun}", before.start(1), phrase.end))
    for spelling, start, end in tries:
        entries = [e for e in gazetteer.lookup(spelling, codes=False) if e.layer != LAYER_WORLD]
        if entries:
            return Mention(sentence.start + start, sentence.start + end, text[start:end], sentence.index, "name",
                           tuple(entries))
    if after:  # « l'aéroport Antoine Simon » for the pack's "Antoine-Simon Airport"
        name_key = names.key(after.group(1))
        if len(name_key) >= 6:
            entries = [e for e, keys in gazetteer.name_keys(phrase.kind) if any(name_key in k for k in keys)]
            if len(entries) == 1:
                start, end = phrase.start, phrase.end + after.end(1)
                return Mention(sentence.start + start, sentence.start + end, text[start:end], sentence.index, "name",
                               tuple(entries))
    return None


def _capital_dateline(body: str, mention: Mention) -> bool:
    """A place in capitals in a list of them at the top of a story is a
    dateline too: "WASHINGTON, PORT-au-PRINCE, GONAIVES, LES CAYES –"."""
    if mention.start > DATELINE_WINDOW and body[max(0, mention.start - 1):mention.start] not in ("\n", ""):
        return False  # past the top, only a line that opens with it is a dateline ("MANILA, Philippines —")
    letters = [c for c in mention.text if c.isalpha()]
    if len(letters) < 4 or sum(c.isupper() for c in letters) < 0.7 * len(letters):
        return False
    if re.match(r"\s*(?:,\s*[A-Z]{2}|[—–-]\s|\(|,\s*$)", body[mention.end:mention.end + 6]):
        return True
    # a line "MANILA, Philippines (First published ...) —": the city and its country
    return body[max(0, mention.start - 1):mention.start] in ("\n", "") and \
        bool(re.match(r",\s*[A-Z][\w'’ .-]{1,30}?\s*(?:\(|[—–-]\s)", body[mention.end:mention.end + 40]))


#: Words that make the name next to them an administrative area: "Poltava
#: oblast", "the Donetsk region", "Zamfara State", « la région de Diffa ».
_ADMIN_WORDS = (r"(?:local\s+government\s+area|local\s+government|LGA|township|tehsil|"
                r"(?:oblast|region|province|state|governorate|county|district|department|prefecture|territory|"
                r"raion|rayon|municipality|r[ée]gion|d[ée]partement|pr[ée]fecture|territoire|gouvernorat|wilaya|"
                r"[ée]tat)s?|counties|territories|municipalities|depatman)")  # "Benue and Nasarawa states"
_ADMIN_AFTER = prefiltered(rf"^\s+(?:{_ADMIN_WORDS}\b|side\s+of\s+the\s+(?:border|boundary|frontier)\b)", re.I)  # "the Nasarawa side of the border"
_ADMIN_BEFORE = prefiltered(rf"\b{_ADMIN_WORDS}\s+(?:of|de|du|des|d['’])\s*(?:la\s+|l['’])?$", re.I)
_AREA_PRECISIONS = ("region", "country")
#: Administrative words of small units, each named after its chief town.
_SMALL_UNIT = re.compile(r"\s+(?:township|tehsil|LGA|local\s+government)", re.I)
#: A word after a name that makes it a quarter of the story's town.
QUARTER_WORD = r"(?:neighbou?rhoods?|quartiers?|bairros?|barrios?|townships?|katye|favelas?|comunas?|colonias?)"
_QUARTER_WORD_AFTER = re.compile(rf"\s+{QUARTER_WORD}\b", re.I)


def _areas(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """Names that an administrative word marks as areas keep only their
    area readings: "Kremenchuk, Poltava oblast" is the oblast, not the city
    of Poltava; "the Donetsk region" is not Donetsk city.  A name with no
    area reading keeps its places (a district named after its chief town).
    The word after a name joins the mention's span."""
    out = []
    for mention in found:
        start, end = mention.start - sentence.start, mention.end - sentence.start
        after = _ADMIN_AFTER.match(sentence.text[end:end + 30])
        before = _ADMIN_BEFORE.search(sentence.text[max(0, start - 30):start])
        areas = tuple(e for e in mention.candidates if e.precision in _AREA_PRECISIONS)
        towns = {e.country for e in mention.candidates if e.precision not in _AREA_PRECISIONS}
        if towns:
            # "le territoire de Beni" is around the Congolese town, not Bolivia's Beni
            # department; a curated area stands on its own (« le département des Nippes »)
            areas = (tuple(e for e in areas if e.country in towns)
                     or tuple(e for e in areas if e.layer != LAYER_WORLD))
        if after and towns and _SMALL_UNIT.match(after.group(0)):
            # "Sagaing region's Sagaing township": a township is its chief town's
            # surroundings, not the region of the same name
            mention = replace(mention, candidates=tuple(e for e in mention.candidates
                                                        if e.precision not in _AREA_PRECISIONS))
        elif (after or before) and areas:
            stop = mention.end + (after.end() if after else 0)
            mention = replace(mention, candidates=areas, end=stop,
                              text=sentence.text[start:stop - sentence.start])
        elif (after or before) and towns:  # a district named after its chief town: the town, not a foreign area
            mention = replace(mention, candidates=tuple(e for e in mention.candidates
                                                        if e.precision not in _AREA_PRECISIONS))
        elif quarter := _QUARTER_WORD_AFTER.match(sentence.text, end):
            # "the Nanga and Xinavane neighbourhoods": the word joins the span, and the
            # resolver then keeps only places near the story's town (see geo.places.geocode)
            stop = mention.end + quarter.end() - end
            mention = replace(mention, end=stop, text=sentence.text[start:stop - sentence.start])
        elif areas and towns and _attributive(sentence.text, start, end) and \
                max(e.population for e in areas) >= ATTRIBUTIVE_AREA_RATIO * max(
                    e.population for e in mention.candidates if e.precision not in _AREA_PRECISIONS):
            mention = replace(mention, candidates=areas)
        out.append(mention)
    return out


def _attributive(text: str, start: int, end: int) -> bool:
    """"a Guanajuato bar", "an Ohio school": a name used as an adjective
    after an indefinite article, which reporters do with states and
    provinces far more than with their namesake towns."""
    return bool(_INDEFINITE_BEFORE.search(text, max(0, start - 5), start)) and bool(_NOUN_AFTER.match(text, end))


_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|one)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")


#: A name used as an adjective is its area when the area outnumbers its
#: namesake town this many times (Guanajuato state, 5 million; the city, 72,000),
#: not when the town is most of it (Kano).
ATTRIBUTIVE_AREA_RATIO = 10


_LIST_GOES_ON = re.compile(r"^\s*(?:,|and\b|et\b|or\b|ou\b|ak\b)\s*[A-ZÀ-Ý]")


#: "the West Bank city of Bethlehem", "the southern Yemeni city of Aden": a town introduced by its area.
_TOWN_OF = re.compile(r"^\s+(?:[a-z][\w-]*\s+){0,2}(?:city|town|village|port|capital|commune|ville|localité)\s+"
                      r"(?:of|de|d['’])\s*$")
_ADJECTIVE_TOWN_OF = prefiltered(r"\b(?P<adjective>[A-Z][\w'’-]+)\s+(?:[a-z][\w-]*\s+){0,2}(?:city|town|village|port|"
                                r"capital)\s+of\s+$")


def _qualified(sentence: Sentence, found: list[Mention], gazetteer: Gazetteer | None = None) -> list[Mention]:
    """"Makka, Kenya", "Bethlehem, West Bank", "Ontario, Canada": a name
    followed by a comma and an area is a place in that area.

    The first name keeps only its candidates inside the area, and the area
    only its readings that hold one of them, so the pair reads as one place
    and its container.  When the area is a country and no world place of the
    name lies in it, the name is no known place at all ("Makka, Kenya" is
    not Mecca).  A comma list of towns ("Maiduguri, Damboa and Konduga")
    is no qualifier, nor is a list of areas ("Wisconsin, Ohio").  "The West
    Bank city of Bethlehem" and "the Mexican city of Culiacán" keep the
    town's candidates of that area's or that adjective's country.
    """
    out = list(found)
    text = sentence.text
    for i, place in enumerate(out):
        if place.how != "name" or len({e.country for e in place.candidates}) < 2:
            continue
        start = place.start - sentence.start
        area = out[i - 1] if i > 0 else None
        if area is not None and _TOWN_OF.match(text[area.end - sentence.start:start]):
            codes = {e.country for e in area.candidates if e.precision in _AREA_PRECISIONS}
        else:
            adjective = _ADJECTIVE_TOWN_OF.search(text[max(0, start - 60):start])
            code = gazetteer.country_of_demonym(adjective.group("adjective")) if adjective and gazetteer else None
            codes = {code} if code else set()
        inside = tuple(e for e in place.candidates if e.country in codes)
        if inside:
            out[i] = replace(place, candidates=inside, qualified=True)
    for i in range(len(out) - 1):
        place, area = out[i], out[i + 1]
        if place.how != "name" or area.how != "name":
            continue
        if not re.fullmatch(r",\s+", sentence.text[place.end - sentence.start:area.start - sentence.start]):
            continue
        areas = [e for e in area.candidates if e.precision in _AREA_PRECISIONS]
        if not areas or any(e.kind == "country" for e in place.candidates):
            continue
        finer = [e for e in area.candidates if e.precision not in _AREA_PRECISIONS]
        if finer and _LIST_GOES_ON.match(sentence.text[area.end - sentence.start:]):
            continue
        inside = tuple(e for e in place.candidates if any(e.within(a) for a in areas))
        if inside:
            out[i] = replace(place, candidates=inside, qualified=True)
            out[i + 1] = replace(area, candidates=tuple(a for a in areas if any(e.within(a) for e in inside)))
        elif (all(a.kind == "country" for a in areas) and not finer
              and all(e.layer == LAYER_WORLD for e in place.candidates)):
            out[i] = replace(place, how="unknown", candidates=(), via_alias=frozenset())
    return out


def _quarters_of_far_towns(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """A quarter the text puts in a town far from every quarter of that
    name the gazetteer knows is another place, unknown to it: « le quartier
    de Boudon, deuxième section communale d'Anse-d'Hainault » is not the
    capital's Bourdon (also written Boudon), 200 km away, and the town
    stands for it.  A near spelling is a guess, so for a fuzzy name the
    town just named after it is enough ("Martisant, Jérémie"); two places
    merely listed together ("Martisant and Jérémie") say nothing of each
    other."""
    out = list(found)
    for i in range(len(out) - 1):
        place, town = out[i], out[i + 1]
        if place.how != "name" or town.how != "name" or not place.candidates or not town.candidates or town.fuzzy:
            continue
        gap = sentence.text[place.end - sentence.start:town.start - sentence.start]
        if PART_OF.fullmatch(gap):
            radius = PART_OF_RADIUS_KM
        elif place.fuzzy and _IN_TOWN.fullmatch(gap):
            radius = TYPO_RADIUS_KM
        else:
            continue
        towns = [e for e in town.candidates if e.precision == "locality"]
        quarters = [e for e in place.candidates if e.precision in ("neighbourhood", "site")]
        far = [e for e in quarters if not any(e.within(t) or query.distance_km(e, t) <= radius for t in towns)]
        if towns and far and len(far) == len(quarters):
            out[i] = replace(place, how="unknown", candidates=(), via_alias=frozenset(), fuzzy=False)
    for i in range(len(out) - 1):
        # « à Kinshasa, dans le quartier central de la Gombe »: a quarter named after its
        # town is in it; a namesake city 1,500 km away is another place
        town, place = out[i], out[i + 1]
        if town.how != "name" or place.how != "name" or not place.candidates:
            continue
        if not _QUARTER_AFTER.fullmatch(sentence.text[town.end - sentence.start:place.start - sentence.start]):
            continue
        towns = [e for e in town.candidates if e.precision == "locality"]
        if towns and not any(e.within(t) or query.distance_km(e, t) <= PART_OF_RADIUS_KM
                             for e in place.candidates for t in towns):
            out[i + 1] = replace(place, how="unknown", candidates=(), via_alias=frozenset(), fuzzy=False)
    return out


#: « , dans le quartier central de la », ", in the city's Gombe district of": a
#: quarter put inside the town named right before it.
_QUARTER_AFTER = re.compile(r",\s*(?:dans|in|à|au)\s+(?:the|le|la|l['’])\s*(?:[\w'’-]+\s+){0,2}"
                            r"(?:quartier|district|neighbou?rhood|suburb|borough|arrondissement)\s+"
                            r"(?:[\w'’-]+\s+){0,2}?(?:of|de|du|d['’])\s*(?:la\s+|le\s+|l['’]\s*)?", re.I)


#: "X, Town", "X in Town", « X à Ville »: a place put inside the town named next.
_IN_TOWN = re.compile(r",\s*|\s+(?:in|à|dans|nan)\s+")
#: How far from the town named right after it a near spelling may lie: about
#: a Haitian arrondissement, so "Petion-Vile, Port-au-Prince" stays.
TYPO_RADIUS_KM = 40.0


#: How far from its town's point a quarter of it may lie.
PART_OF_RADIUS_KM = 15.0


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


#: Lookup keys remembered during one document's name scan (a bounded memo, so
#: a huge document of distinct names costs no more memory than a small one).
LOOKUP_MEMO_SIZE = 8192


def _names(sentence: Sentence, gazetteer: Gazetteer, *, fuzzy: bool = FUZZY_IN_PROSE,
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
    lookup = lookup or gazetteer.matches  # ``lookup``: the document's memo of it
    out: list[Mention] = []
    max_words = gazetteer.max_words
    i = 0
    while i < count:
        if not capital[i]:
            i += 1
            continue
        run = 1
        while run < max_words and i + run < count and (links[i + run - 1] if links[i + run - 1] is not None
                                                       else joined(i + run - 1)):
            run += 1
        found = None
        known = False  # some run here is a name, even if not a plausible place: no typo to look for
        for n in range(_name_words(gazetteer, keys, i, run), 0, -1):
            matches = lookup("".join(keys[i:i + n]))
            if matches:
                known = True
                matches = _plausible(matches, text, words, i, n)
            if matches and n == 1 and gazetteer.country_of_demonym(words[i][2]):
                # "the Somali border", "a Canadian citizen": the adjective of a
                # country, not Ethiopia's Somali region or Canadian, Texas
                matches = [m for m in matches if m.entry.layer != LAYER_WORLD]
            if matches:
                found = (n, matches)
                break
        if found is None and fuzzy and not known:
            found = _fuzzy(gazetteer, text, words, capital, i, min(run, FUZZY_MAX_WORDS), lookup)
        if found is None:
            i += 1
            continue
        n, matches = found
        start, end = words[i][0], words[i + n - 1][1]
        if not _inside_other_name(text, start, end, matches):
            out.append(Mention(sentence.start + start, sentence.start + end, text[start:end],
                               sentence.index, "name", tuple(m.entry for m in matches),
                               via_alias=frozenset(m.entry.id for m in matches if m.how in ("alias", "fuzzy")
                                                   and m.entry.layer == LAYER_WORLD),
                               fuzzy=all(m.how == "fuzzy" for m in matches)))
        i += n
    return out


def _name_words(gazetteer: Gazetteer, keys: list[str], i: int, run: int) -> int:
    """How many of the ``run`` words at ``i`` can still be a name: none past
    the first words that begin no name key.  Runs with digits are kept
    whole, since a numbered street ("Delmas 33") is read from its digits."""
    if not "".join(keys[i:i + run]).isalpha():  # (keys are never empty)
        return run
    prefix = ""
    for n in range(1, run + 1):
        prefix += keys[i + n - 1]
        if not gazetteer.starts_a_name(prefix):
            return n - 1
    return run


_FIRST, _THIRD = itemgetter(0), itemgetter(2)

#: Abbreviations that start place names: "St. Marc" is Saint-Marc, "Mt. Kenya" Mount Kenya.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}


#: What may stand between two words of one name (spaces, hyphens, apostrophes; at most two).
_NAME_GAP = " -‐‑'’\u00a0"


def _fuzzy(gazetteer: Gazetteer, text: str, words, capital: list[bool], i: int, run: int, lookup=None):
    """The longest run of capitalised words at ``i`` that the fuzzy index
    reads as a known place, or ``None``.  World places must be very close
    to the written name; they are weighed like alternate names later on."""
    for n in range(run, 0, -1):
        if not all(capital[i:i + n]):
            continue
        if any(w[2] in COMMON_WORDS or w[2] in PERSON_TITLES for w in words[i:i + n]):
            continue
        if any(gazetteer.country_of_demonym(w[2]) or gazetteer.country_of_demonym(w[2].rstrip("s"))
               or w[2] in FIRST_NAMES for w in words[i:i + n]):
            continue  # "Armenian" is no typo of Armenia, "Mirlande" none of Ireland
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


_STREET_BEFORE = prefiltered(
    r"(?:\b(?:[Rr]ue|[Aa]venue|[Aa]v\.?|[Bb]oulevard|[Bb]d|[Bb]lvd|[Rr]oute|[Cc]hemin|[Ii]mpasse|[Rr]uelle|[Pp]lace|"
    r"Street|Road|Lane|Drive|[Ww]out|Ri)"
    r"(?:\s+(?:de\s+la|de|du|des|d['’]|of))?(?:\s+[A-Z][\w'’.-]*){0,3}\s*)$")
_STREET_AFTER = re.compile(r"^\s*(?:street|st\b|road|rd\b|avenue|ave\b|boulevard|blvd|highway|drive|lane|way\b|"
                           r"square|bridge|stock\s+exchange)", re.I)
#: "the Niger river", "the Tiburon Peninsula": a natural feature named after a place is not that place.
_FEATURE_AFTER = re.compile(r"^\s+(?:river|lake|valley|mountains?|range|hills|delta|basin|peninsula|island|islands|"
                            r"bay|gulf|sea|coast|desert|plateau|forest|canal|strait|falls|rivi[èe]re|fleuve|"
                            r"p[ée]ninsule|presqu['’]île|massif)\b", re.I)
_ROAD_BETWEEN = re.compile(r"^\s*[–—-]\s*[A-Z][\w'’-]+\s+(?:road|highway|route|axis|axe)\b", re.I)
_COMPOUND = re.compile(r"^-[^\W\d_]")
#: "the Washington Post", "the Miami Herald", « Le Nouvelliste »: a place
#: followed by one of these capitalised words names a newspaper or channel.
_PRESS_AFTER = re.compile(r"^['’]?\s+(?:Post|Times|Herald|Tribune|Journal|Gazette|Observer|Chronicle|Sentinel|Globe|"
                          r"Examiner|Inquirer|Courier|Dispatch|Telegraph|Star|Sun|Daily|Standard|Independent|Mail|"
                          r"Express|Record|Bulletin|Democrat|Register|Monitor|Matin|Soir|Libre|Radio|Television|"
                          r"Télévision|TV|News|Press|Presse)\b")
#: Regions named by a point of the compass, which also end other names.
_DIRECTION_NAME = re.compile(r"(?i:nord|sud|est|ouest|centre|north|south|east|west|nord-est|nord-ouest|sud-est|sud-ouest)")
#: "Arc de Triomphe", "Saint Charles of Borromeo": a name that runs on.
_RUNS_ON = re.compile(r"^\s+(?:de|du|des|of|del|della|di)\s+[^\W\d_]")


_OPERATION_BEFORE = re.compile(r"\b(?:[Oo]p[ée]ration|OPERATION|[Oo]pération)\s+$")
_DASH_END = re.compile(r"[–—-]\s*$")
_ROAD_AFTER = re.compile(r"^\s+(?:road|highway|route)\b", re.I)


def _inside_other_name(text: str, start: int, end: int, matches: list[Match]) -> bool:
    """True when a place name is only part of another name: a street
    ("Boulevard Jean-Jacques Dessalines", "Wall Street"), a road between two
    towns ("the Kisumu–Kakamega road"), or a hyphenated brand
    ("Mercedes-Benz").  Roads the gazetteer holds match as a whole first."""
    if any(m.entry.kind in ("road", "street", "junction") for m in matches):
        return False
    before, after = text[max(0, start - 30):start], text[end:end + 40]
    if _STREET_BEFORE.search(before) and before[-1:] in (" ", "\u00a0", "'", "’"):
        return True
    if _STREET_AFTER.match(after) or _FEATURE_AFTER.match(after) or _PRESS_AFTER.match(after):
        return True
    if text[start:end].lower() == "carrefour" and re.match(r"^(?:\s+(?:de|du|des|d['’])|[ -]+[A-ZÀ-Ý])", after):
        return True  # « Carrefour de l'Aéroport », "Carrefour Feuilles": a crossroads, not the commune
    if _DIRECTION_NAME.fullmatch(text[start:end]) and re.search(r"[A-ZÀ-Ý][\w'’-]+\s+(?:du|de\s+l['’]|de\s+la|del|of\s+the)\s*$",
                                                            before):
        return True  # « l'État du Darfour du Nord »: the end of a region's name, not Haiti's Nord
    if ("ration" in before or "RATION" in before) and _OPERATION_BEFORE.search(before):
        return True  # "Operation Baghdad", « l'opération Bagdad »: a code name
    if _COMPOUND.match(after):  # "Mercedes-Benz", "Ban Ki-moon": the start of a longer word
        return True
    runs_on = _RUNS_ON.match(after)
    # a big city that only an alternate name reaches (Denver, once "Saint Charles") does not make the name a city's
    own = [m for m in matches if m.how != "alias"] or matches
    if runs_on and after[runs_on.end() - 1].isupper() and all(m.entry.layer == LAYER_WORLD and m.entry.population < 100_000
                                                              for m in own):
        return True
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
    first, last = (text[words[j][0]:words[j][1]] for j in (i, i + n - 1))
    if n > 1 and first.lower() in ARTICLES and last[:1].islower() and last.isalpha() and last.lower() not in NAME_PARTICLES:
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
    a title and one more name ("Sen. Youri Latortue", "President Jovenel Moïse")."""
    if i == 0:
        return False
    before = words[i - 1]
    if text[before[0]:before[0] + 1].isupper() and before[2] in FIRST_NAMES and text[before[1]:words[i][0]] == " ":
        return True
    if i >= 2 and text[before[0]:before[0] + 1].isupper() and before[2] not in GEO_WORDS:
        title = words[i - 2]
        return title[2] in PERSON_TITLES and text[title[1]:before[0]].strip() in ("", ".")
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
    if len(surface) <= 3 and not (big and len(surface) == 3 and surface.istitle()):
        return False  # "AFP", "UN", "Tu-22": acronyms and fragments, not towns
    if n > 1 and not text[words[i + n - 1][0]].isupper() and (
            text[words[i + n - 2][1]:words[i + n - 1][0]] not in _APOSTROPHES or words[i + n - 1][2] == "s"):
        # "Christians and" is no spelling of Kristiansand: a name ends in a
        # capitalised word, or in a syllable after an apostrophe ("Murang’a"),
        # not in a possessive "s"
        return False
    if text[words[i][0] - 1:words[i][0]] in _HYPHENS and _HYPHEN_BEFORE.search(text[max(0, words[i][0] - 2):words[i][0]]):
        return False  # "Extrême-Nord": the end of a longer hyphenated name, not the region called Nord
    if words[i][2] in COMMON_WORDS if n == 1 else all(w[2] in COMMON_WORDS for w in words[i:i + n]):
        return False
    if n == 1 and words[i][2] in _FIELD_LABELS and text[words[i][1]:words[i][1] + 1] == ":":
        return False  # "View Date:2024-12-23", "Source: AFP": a web page's field, not Date in Fukushima
    before = words[i - 1] if i > 0 else None
    after = words[i + n] if i + n < len(words) else None
    if before is not None and (before[2] in PERSON_TITLES and (before[2] not in _BYLINE_WORDS or text[before[0]].isupper())
                               or text[before[0]:before[1]] in ("Mr", "Mrs", "Ms", "Dr")):
        return False  # "Prime Minister Ariel", a byline "By Jacqueline", but not « en passant par Clermont-Ferrand »
    if after is not None and after[2] in ("said", "says", "told", "added", "wrote", "who", "whose"):
        return False
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
        if word[:1].isupper() and neighbour[2] not in COMMON_WORDS and neighbour[2] not in GEO_WORDS:
            return False  # part of a longer proper name the gazetteer does not know: a person, a group
    return True


#: Titles that are bylines only when capitalised: lower case, they are prepositions.
_BYLINE_WORDS = frozenset({"by", "par"})

_APOSTROPHES = frozenset({"'", "’"})

#: Labels of a web page's fields, written "Date:" before their value.
_FIELD_LABELS = frozenset({"date", "time", "source", "sources", "updated", "posted", "published", "author", "tags",
                           "category", "views", "credit", "credits", "photo", "caption", "lieu", "auteur"})


#: Prepositions after which a capitalised name is a place even when the
#: gazetteer does not know it ("clashes in Kibumba"); such names go to the
#: online geocoder, or are reported as not found.
_UNKNOWN = prefiltered(
    r"(?:\b(?:in|near|outside|around|at|over|across|towards?|village\s+of|town\s+of|city\s+of|district\s+of|commune\s+of)\s+|"
    # French needs a place noun: « à » alone comes before persons too
    r"\b(?:(?:[Ll]a\s+)?(?:zone|localit[ée]|commune|section\s+communale|village|quartier|ville|r[ée]gion)\s+(?:de|d['’])\s*|"
    r"pr[èe]s\s+(?:de\s+|d['’]\s*)|aux\s+environs\s+(?:de\s+|d['’]\s*)))"
    r"(?P<name>[A-ZÀ-Ý][\w'’\-]+(?:\s(?:(?:de|du|des|la|le|el|al|of)\s)?[A-ZÀ-Ý][\w'’\-]+){0,3})")


#: « le département du Nord », « la région des Nippes »: an area named by a
#: lower-case word and a name that alone is no place (Nord, Centre, Sud).
_AREA_PHRASE = prefiltered(rf"\b{_ADMIN_WORDS}\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*[A-ZÀ-Ý][\w'’-]+", re.I)


def _area_phrases(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    out = []
    for match in _AREA_PHRASE.finditer(sentence.text) if _AREA_PHRASE in _sentence_scans(sentence.text) else ():
        entries = tuple(e for e in gazetteer.lookup(match.group(0)) if e.precision == "region")
        if entries:
            out.append(Mention(sentence.start + match.start(), sentence.start + match.end(), match.group(0),
                               sentence.index, "name", entries))
    return out


#: A district known by its number within its city: « le XIVe arrondissement
#: de Marseille », « dans le 15e arrondissement », "the 11th arrondissement".
_ORDINAL = r"(?:(?P<num>\d{1,2})\s*(?:e|er|ère|ème|eme|è|th|st|nd|rd)|(?P<roman>[IVXL]{1,5})(?:e|er|ème))"
_DISTRICT = prefiltered(rf"\b{_ORDINAL}\s+arrondissement\b(?:\s+(?:de|of)\s+(?P<city>[A-ZÀ-Ý][\w'’-]+))?")
#: The same number written alone, as GeoNames records Paris's districts ("XIVe").
_ORDINAL_ALONE = re.compile(rf"^{_ORDINAL}$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(numeral: str) -> int:
    total = 0
    for letter, following in zip(numeral, [*numeral[1:], ""]):
        value = _ROMAN[letter]
        total += -value if following and _ROMAN[following] > value else value
    return total


def _district_number(match: re.Match) -> int:
    return int(match.group("num")) if match.group("num") else _roman(match.group("roman"))


def _districts_of(number: int, towns: list[Entry], gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """The districts numbered *number* of the towns the text names, as the
    gazetteer spells them ("Marseille 14", "Lyon 04", "Paris 14e")."""
    found: dict[str, Entry] = {}
    for town in towns:
        stem = names.key(town.name)
        for spelling in (f"{town.name} {number}", f"{town.name} {number:02d}", f"{town.name} {number}e"):
            for entry in gazetteer.lookup(spelling):
                if entry.country == town.country and entry.id != town.id and names.key(entry.name).startswith(stem):
                    # a quarter of the town, whatever GeoNames' size class says
                    found.setdefault(entry.id, replace(entry, kind="neighbourhood", locality=town.name))
    return tuple(found.values())


def _numbered_districts(sentence: Sentence, current: list[Mention], earlier: list[Mention],
                        gazetteer: Gazetteer) -> list[Mention]:
    """A numbered district is a district of a city the text names, not of
    whichever city's district GeoNames files under that number: « le XIVe
    arrondissement » in a Marseille story is Marseille's 14th, not Paris's.
    The phrase replaces the names inside it; a bare number ("XIVe") keeps
    only the districts of the towns named, or goes."""
    text = sentence.text
    if "rrondissement" not in text and not any(_ORDINAL_ALONE.match(m.text) for m in current):
        return current
    towns = list({e.id: e for m in [*earlier, *current] if m.how in ("name", "dateline")
                  for e in m.candidates if e.precision == "locality"}.values())
    out = [m for m in current if not (m.how == "name" and _ORDINAL_ALONE.match(m.text))]
    for m in current:
        if m.how == "name" and (match := _ORDINAL_ALONE.match(m.text)):
            districts = _districts_of(_district_number(match), towns, gazetteer)
            if districts:
                out.append(replace(m, candidates=districts, via_alias=frozenset()))
    for match in _DISTRICT.finditer(text):
        city = match.group("city")
        near = [e for e in gazetteer.lookup(city) if e.precision == "locality"] if city else towns
        districts = _districts_of(_district_number(match), near, gazetteer)
        if not districts:
            continue
        start, end = sentence.start + match.start(), sentence.start + match.end()
        out = [m for m in out if not (start <= m.start and m.end <= end)]
        if not any(m.start < end and start < m.end for m in out):
            out.append(Mention(start, end, match.group(0), sentence.index, "name", districts))
    out.sort(key=lambda m: m.start)
    return out


def _unknown_names(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    out = []
    for match in _UNKNOWN.finditer(sentence.text) if _UNKNOWN in _sentence_scans(sentence.text) else ():
        name = re.sub(r"['’]s$", "", match.group("name"))
        words = names.tokens(name)
        if any(w in COMMON_WORDS or w in PERSON_TITLES for w in words) or gazetteer.lookup(name):
            continue
        start = match.start("name")
        end = start + len(name)
        out.append(Mention(sentence.start + start, sentence.start + end, name, sentence.index, "unknown"))
    return out


#: Facilities a country has one of, so that the bare noun means the nation's.
_NATIONAL_NOUNS = frozenset({"parliament", "parlement", "national assembly", "assemblée nationale",
                             "assemblee nationale"})
#: English writes the parliament without an article where it means the
#: building: "protesters stormed parliament", "a crowd outside parliament".
_BARE_PARLIAMENT = prefiltered(
    r"\b(?:storm(?:ed|ing|s)?|outside|into|inside|towards?|near|besieg(?:ed|ing)|surround(?:ed|ing)|breach(?:ed|ing)|"
    r"torch(?:ed|ing)|enter(?:ed|ing)|march(?:ed|ing)\s+on|converg(?:ed|ing)\s+on|gates\s+of|attack(?:ed|ing)|"
    r"seiz(?:ed|ing)|occup(?:ied|ying)|loot(?:ed|ing)|vandali[sz](?:ed|ing)|burn(?:ed|t|ing)|set\s+fire\s+to)\s+"
    r"(?P<noun>[Pp]arliament)\b"
    r"(?!['’]s|\s+(?:of|in)\b)")


def _descriptions(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    out: list[Mention] = []
    possible = _sentence_scans(sentence.text)
    for match in _FACILITY.finditer(sentence.text) if _FACILITY in possible else ():
        noun = match.group("noun").lower()
        mods = match.group("mods").lower().split()
        owner = (match.group("owner") or match.group("owner2") or "").lower()
        roles = frozenset(ROLE_WORDS[m] for m in mods if m in ROLE_WORDS)
        scope = None
        if match.group("demonym"):  # "the Georgian national parliament"
            scope = gazetteer.country_of_demonym(match.group("demonym").strip())
            if scope is None:
                continue  # "the Karibe prison": a name, which the facility binding reads
        if scope is not None:
            pass  # the demonym says whose
        elif owner in ("capital", "city"):
            scope = "capital"
        elif owner in ("country", "nation", "republic"):
            scope = "country"
        elif owner:
            codes = {e.country for e in gazetteer.lookup(owner) if e.kind == "country"}
            scope = codes.pop() if len(codes) == 1 else None
        if noun in _NATIONAL_NOUNS:
            roles |= {"national"}  # a country has one parliament: "the parliament" is the nation's
        if "national" in roles and scope is None:
            scope = "country"
        how = "description" if (roles or scope) else "anaphor"
        out.append(_span(sentence, match, how, Description(FACILITY_NOUNS[noun], roles, scope)))
    for match in _BARE_PARLIAMENT.finditer(sentence.text) if _BARE_PARLIAMENT in possible else ():
        start, end = match.span("noun")
        out.append(Mention(sentence.start + start, sentence.start + end, match.group("noun"), sentence.index,
                           "description", (), Description("government", frozenset({"national"}), "country")))
    for match in _FACILITY_FR.finditer(sentence.text) if _FACILITY_FR in possible else ():
        words = f"{match.group('pre') or ''} {match.group('post') or ''}".lower().split()
        roles = frozenset(ROLE_WORDS_FR[w] for w in words if w in ROLE_WORDS_FR)
        noun = " ".join(match.group("noun").lower().split())
        if noun in _NATIONAL_NOUNS:
            roles |= {"national"}
        scope = "country" if "national" in roles else None
        how = "description" if roles else "anaphor"
        out.append(_span(sentence, match, how, Description(FACILITY_NOUNS_FR[noun], roles, scope)))
    for match in (_CAPITAL_FR.finditer(sentence.text) if _CAPITAL_FR in possible else ()):  # « la capitale haïtienne »
        country = gazetteer.country_of_demonym(match.group("adj")) if match.group("adj") else None
        if match.group("adj") and country is None:
            continue  # « la capitale économique »: not the capital
        if re.match(r",?\s+[A-ZÀ-Ý]", sentence.text[match.end():match.end() + 3]):
            continue  # « la capitale Port-au-Prince »: the name that follows says it
        out.append(_span(sentence, match, "description",
                         Description("capital", frozenset(), country, frozenset(), country)))
    for match in _AREA.finditer(sentence.text) if _AREA in possible else ():
        adjs = match.group("adjs").strip()
        noun = match.group("noun").lower()
        regions: set[str] = set()
        country = None
        lowered = adjs.lower()
        for phrase, subregions in REGION_WORDS.items():
            if _region_word(phrase).search(lowered):
                regions |= subregions
        for word in adjs.split():
            country = gazetteer.country_of_demonym(word) or country
        kind = "capital" if noun == "capital" else "country"
        if noun == "capital" and match.end() < len(sentence.text) and sentence.text[match.end():match.end() + 2] in ("'s", "’s"):
            continue  # "the capital's main prison" is a facility description
        if noun == "capital" and _NOT_THE_NATIONS_CAPITAL.search(adjs):
            continue  # "the regional capital Maiduguri": a province's chief town, named or not, is no national capital
        of = _CAPITAL_OF.match(sentence.text, match.end())
        if noun == "capital" and of and not any(e.kind == "country" for e in gazetteer.lookup(of.group("name"))):
            continue  # "Quetta, the capital of Balochistan province": the name beside it says which town
        out.append(_span(sentence, match, "description",
                         Description(kind, frozenset(), country or None, frozenset(regions), country)))
    return out


@lru_cache(maxsize=None)
def _region_word(phrase: str) -> re.Pattern:
    """The pattern of one of :data:`REGION_WORDS`, compiled once."""
    return re.compile(rf"\b{phrase}\b")


def _span(sentence: Sentence, match: re.Match, how: str, description: Description) -> Mention:
    start, end = match.span()
    return Mention(sentence.start + start, sentence.start + end, match.group(0), sentence.index, how,
                   (), description)


#: The scans each sentence goes through for places described or named
#: without a gazetteer entry (see :func:`_sentence_scans`).
_SENTENCE_SCANS = (_FACILITY, _BARE_PARLIAMENT, _FACILITY_FR, _CAPITAL_FR, _AREA, _AREA_PHRASE, _UNKNOWN)
_SENTENCE_SCANS_FILTER = PrefilterGroup([rule.regex for rule in _SENTENCE_SCANS])


@lru_cache(maxsize=16)
def _sentence_scans(text: str) -> frozenset[Prefiltered]:
    """Which of :data:`_SENTENCE_SCANS` may match in a sentence, found in one
    pass rather than one per scan: most sentences describe no place, and
    each scan's own check of its words cost as much as this one of all."""
    return frozenset(_SENTENCE_SCANS[i] for i in _SENTENCE_SCANS_FILTER.candidates(text))
