"""Mentions: the spans of a text that name or describe a place.

Three ways a news text points at a place, each kept with its character span:

* a **name** found in the gazetteer ("Port-au-Prince", "National
  Penitentiary", "Kenya");
* a **description** that only makes sense in context ("the country's
  international airport", "the capital's main prison", "the East African
  country", "the Haitian capital");
* an **anaphor** that points back at a place already named ("the prison",
  "the facility").

The names come from :mod:`geo.text.namescan`, the descriptions and unknown
names from :mod:`geo.text.descriptions`; this module runs both per
sentence, then reads what the words around them say (an administrative
word, a qualifying area, a numbered district, a facility noun that binds a
place) and labels the dateline's names.  It only finds and labels spans;
:mod:`geo.places.geocode` decides which entry each one refers to, once the
document's focus is known.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from geo.places import names, query
from geo.places.gazetteer import LAYER_WORLD, SAMPLED_PACKS, Entry, Gazetteer
from geo.text import facilities
from geo.text.lexicons import (APPOSED_BEFORE, HOME_BEFORE, LIST_BETWEEN, OFFICE_AFTER, PART_OF, PERSON_AFTER,
                               PLACE_PREPOSITION_BEFORE, SETTLEMENT_WORDS, VILLAGE_AFTER)
from geo.text.sentences import DATELINE_WINDOW, Dateline, Sentence
from geo.text.prefilter import prefiltered
from geo.text.descriptions import ADMIN_WORDS, area_phrases, find_descriptions, unknown_names, unknown_place_name
from geo.text.namescan import SETTLEMENT_NOUNS_AFTER, find_names
from geo.text.spans import Description, Mention
from geo.text.wordlists import COMMON_WORDS, FIRST_NAMES, PERSON_TITLES


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
    namesakes: set[str] = set()  # names the text showed to be another place than the gazetteer's
    story: str | None = None  # the body as one name key, for lists of buildings (see _listed_facilities)
    for sentence in sentences:
        # This sentence's mentions on their own list, so that binding
        # facilities costs the sentence's size, not the document's.
        current: list[Mention] = []
        taken: list[tuple[int, int]] = []
        # the sentence's words, cut from the body's (split once per document)
        words = names.words_between(body, sentence.start, sentence.end) \
            if body.startswith(sentence.text, sentence.start) else None
        named = find_names(sentence, gazetteer, lookup=lookup, words=words)
        for mention in _towns_of_far_units(sentence, _quarters_of_far_towns(
                sentence, _qualified(sentence, _areas(sentence, named), gazetteer)), namesakes):
            current.append(mention)
            taken.append((mention.start, mention.end))
        for mention in find_descriptions(sentence, gazetteer):
            inside = [m for m in current if mention.start <= m.start and m.end <= mention.end]
            if inside and mention.how == "description" and mention.description.kind not in ("country", "capital") \
                    and all(_only_words_of(m) for m in inside):
                # "Haiti's main international airport": the country only scopes the facility (and "the
                # Supreme Court" is no hamlet called Supreme)
                current = [m for m in current if m not in inside]
                taken = [(m.start, m.end) for m in current]
            if not any(s < mention.end and mention.start < e for s, e in taken):
                current.append(mention)
                taken.append((mention.start, mention.end))
        for mention in area_phrases(sentence, gazetteer):
            # the phrase replaces the bare name inside it (« du Nord » alone is no department)
            inside = [m for m in current if mention.start <= m.start and m.end <= mention.end]
            current = [m for m in current if m not in inside]
            taken = [(m.start, m.end) for m in current]
            if not any(s < mention.end and mention.start < e for s, e in taken):
                current.append(mention)
                taken.append((mention.start, mention.end))
        current = _numbered_districts(sentence, current, found, gazetteer)
        taken = [(m.start, m.end) for m in current]
        for mention in unknown_names(sentence, gazetteer):
            overlapped = [m for m in current if m.start < mention.end and mention.start < m.end]
            if overlapped and _longer_name_of_a_locality(sentence, mention, overlapped):
                current = [m for m in current if m not in overlapped]  # « la localité de Kafou Bèt » is no Carrefour
                taken = [(m.start, m.end) for m in current]
                overlapped = []
            if not overlapped:
                current.append(mention)
                taken.append((mention.start, mention.end))
        current += _list_ends_unknown(sentence, current, gazetteer)
        if _FACILITY_LIST.may_match(sentence.text):
            story = story if story is not None else names.document_key(body)  # once per document, when asked
            current = _listed_facilities(sentence, current, gazetteer, story)
        _bind_facilities(sentence, current, gazetteer)
        found.extend(_titles_placed_abroad(sentence, current))
    if dateline is not None:
        end = dateline.stop if dateline.stop is not None else dateline.end
        found = [replace(m, how="dateline") if m.how == "name" and dateline.start <= m.start < end else m
                 for m in found]
    found = [replace(m, how="dateline") if m.how == "name" and _capital_dateline(body, m) else m for m in found]
    found = _sentence_initial_words_dropped(body, sentences, found)
    found = _surnames_dropped(body, found)
    found = _short_names_named_again(body, sentences, _unknown_places_named_again(body, sentences, found))
    found = _marked_as_places(body, found)
    found.sort(key=lambda m: (m.start, -m.end))
    # only a name an anaphor or a description may point back at needs to know whether it is aside
    pointed = {m.sentence - back for m in found if m.how in ("anaphor", "description")
               for back in range(ANAPHOR_REACH + 1)}
    return [_marked_aside(body, sentences[m.sentence].start, m) if m.how == "name" and m.sentence in pointed else m
            for m in found]


#: A capitalised word right before a name, or a name or role right after it: the name is part of a
#: person's or a firm's ("Moussa Sangaré", "Sangaré Industries", "Dankano, a trader").
_BESIDE_A_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]*\s+$")
_NAME_OR_ROLE_AFTER = re.compile(r"\s+[A-ZÀ-Ý]|\s*,\s*(?:a|an|the|un|une|le|la)\s+(?!(?:village|town|localit|commune|"
                                 r"hamlet|community|quartier|district)\w*)")


def _only_words_of(name: Mention) -> bool:
    """Whether a name inside a facility's description is only a word of it:
    a country that scopes it, or one capitalised word only hamlets bear."""
    return name.how == "name" and bool(name.candidates) and (
        all(e.kind == "country" for e in name.candidates)
        or name.text.istitle() and " " not in name.text
        and all(e.layer == LAYER_WORLD and e.population < INITIAL_MIN_POPULATION for e in name.candidates))


def _longer_name_of_a_locality(sentence: Sentence, unknown: Mention, overlapped: list[Mention]) -> bool:
    """Whether a name no gazetteer holds, which the text calls a village or
    a locality (« dans la localité de Kafou Bèt »), only opens with a known
    name (Kafou, Carrefour in Creole): the village is named after that
    place, or shares a word with it, and is not it."""
    return unknown.how == "unknown" and unknown.description is None \
        and all(m.how == "name" and m.start == unknown.start and m.end < unknown.end for m in overlapped) \
        and _LOCALITY_NOUN_BEFORE.search(sentence.text, 0, unknown.start - sentence.start) is not None


#: The nouns that call the name after them a village or a locality.
_LOCALITY_NOUN_BEFORE = re.compile(r"\b(?:village|hamlet|localit[ée]|bourgade|hameau|lieu-dit|section\s+communale)\s+"
                                   r"(?:of|de|d['’])\s*$", re.I)


def _unknown_places_named_again(body: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """A name no gazetteer holds that the text once marks as a place (« la
    localité de Kani-Bonzon », "the village of Yarou") is that place
    wherever else the story names it: « Les jihadistes ont tué 13 civils à
    Kani-Bonzon » names it bare."""
    models = {m.text: m for m in found if m.how == "unknown" and len(m.text) >= 4}
    return _named_again(body, sentences, found, models)


def _short_names_named_again(body: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """A three-letter name the scan takes only with a unit's noun after it
    ("the Nuh district", see :mod:`geo.text.namescan`) is that place bare
    too, anywhere in the story: "an internet ban was imposed in Nuh"."""
    models = {m.text: m for m in found if m.how == "name" and len(m.text) == 3 and m.text.istitle()
              and _UNIT_NOUN_AFTER.match(body, m.end)}
    return _named_again(body, sentences, found, models)


_UNIT_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(SETTLEMENT_NOUNS_AFTER)) + r")\b")


def _named_again(body: str, sentences: list[Sentence], found: list[Mention], models: dict[str, Mention]) -> list[Mention]:
    """``found`` with a mention like ``models[name]`` wherever else the body
    writes that name: whole words written the same, outside the other
    mentions, not run into a person's or a firm's name."""
    if not models:
        return found
    taken = [(m.start, m.end) for m in found]
    starts = [s.start for s in sentences]
    added = []
    for name, model in models.items():
        for hit in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", body):
            start, end = hit.span()
            if any(s < end and start < e for s, e in taken) or _BESIDE_A_NAME.search(body, max(0, start - 40), start) \
                    or _NAME_OR_ROLE_AFTER.match(body, end):
                continue  # "Moussa Sangaré", "Sangaré Industries", "Dankano, a trader": a person or a firm
            index = bisect_right(starts, start) - 1
            if index < 0 or end > sentences[index].end:
                continue
            added.append(replace(model, start=start, end=end, sentence=sentences[index].index))
            taken.append((start, end))
    return sorted(found + added, key=lambda m: m.start) if added else found


#: How many sentences back an anaphor of a story with a dateline may find its town
#: (see geo.places.geocode._recent_town).
ANAPHOR_REACH = 3


def _marked_aside(body: str, sentence_start: int, mention: Mention) -> Mention:
    before = body[max(sentence_start, mention.start - 80):mention.start]
    if APPOSED_BEFORE.search(before) or HOME_BEFORE.search(before):
        return replace(mention, aside=True)
    return mention


#: A capital letter of a name in a Latin script ("İmamoğlu", "Łukasz", "Émile").
_CAPITAL = "[A-ZÀ-ÖØ-Ý" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper()) + "]"
#: A person named in full, by a title and maybe a given name ("Capt. Ron Johnson", "Gov. Nixon") or
#: by a given name ("Jay Nixon"): the last word is a surname.
_PERSON_NAMED = prefiltered(
    r"\b(?:(?i:" + "|".join(sorted(PERSON_TITLES - {"by", "par"}, key=len, reverse=True)) + r")\.?\s+"
    r"(?:" + _CAPITAL + r"[\w'’-]+\s+){0,2}|"
    r"(?:" + "|".join(sorted((n.capitalize() for n in FIRST_NAMES), key=len, reverse=True)) + r")\s+)"
    r"(?P<surname>" + _CAPITAL + r"[\w'’-]+)\b")



def _surnames_dropped(body: str, found: list[Mention]) -> list[Mention]:
    """Drop the world towns a document also writes as a person's surname:
    after "Capt. Ron Johnson", "Johnson and Nixon said" tells of the
    officer, not of Johnson, Arkansas; and those it says what only a person
    is ("Snyder is a representative of…", see ``PERSON_AFTER``).  Only towns
    of the world index, and not after a preposition of place."""
    if not any(m.how == "name" and m.candidates and all(e.layer == LAYER_WORLD for e in m.candidates) for m in found):
        return found
    surnames = {names.key(m.group("surname")) for m in _PERSON_NAMED.finditer(body)}
    return [m for m in found if not (
        m.how == "name" and m.candidates and all(e.layer == LAYER_WORLD for e in m.candidates)
        and (names.key(m.text) in surnames or PERSON_AFTER.match(body, m.end))
        and not PLACE_PREPOSITION_BEFORE.search(body[max(0, m.start - 12):m.start])
        and not OFFICE_AFTER.match(body, m.end))]


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
        # (and "- Kidal: three soldiers killed", « Jacmel : un policier tué », a brief's place and its news)
        return body[m.end:m.end + 2].startswith((",", " (", "(", ":", " :"))

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
        if named is None and any(m.how == "name" and m.start < n_start and n_end <= m.end for m in mine):
            continue  # « Carrefour aéroport », a junction the packs name: its last word is no airport
        if named is None:
            places = [m for m in mine if m.how in ("name", "unknown", "description") and
                      (m.description is None or m.description.kind in ("capital", "country"))]
            right = [m for m in places if m.start >= n_end
                     and facilities.links_right(text[phrase.end:m.start - base], phrase.noun)]
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
                # "a mall in Nairobi's Westlands": the finer place follows the possessive (and "a police
                # station in the Apurimac town of Huancabamba" the noun of a town)
                after = [m for m in places if m.start > place.end and
                         (re.fullmatch(r"['’]s?\s+", text[place.end - base:m.start - base])
                          or _AREA_S_TOWN.fullmatch(text[place.end - base:m.start - base]))]
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
        if not role and not article and place.start >= n_end:
            # "the Karibe Hotel in Pétion-Ville": a name of its own before the noun, which no place holds,
            # says which of the town's hotels (the resolver then keeps to one of that name)
            own = _OWN_NAME_BEFORE.search(text, max(0, phrase.start - 40), phrase.start)
            if own and not any(m.start < base + phrase.start and base + own.start(1) < m.end for m in mine):
                kept = [w for w in own.group(1).split() if names.fold(w) not in COMMON_WORDS]
                if kept:
                    words = f"{' '.join(kept)} {words}"
        if place.how == "description":
            # "the prison in the capital": the capital's (or the country's) facility of that kind
            scope = "capital" if place.description.kind == "capital" else (place.description.country or "country")
            facility = replace(place, description=Description(phrase.kind, scope=scope), facility=words)
        else:
            facility = replace(place, how="facility", description=Description(phrase.kind),
                               facility_before=place.end <= n_start, facility=words)
        found[found.index(place)] = facility
        mine[mine.index(place)] = facility


#: Capitalised words right before a facility noun: "the Karibe Hotel", "the Dusit hotel".
_OWN_NAME_BEFORE = re.compile(r"\b(?:the|an?)\s+((?:(?-i:[A-ZÀ-Ý])[\w'’-]*\s+){1,3})$", re.I)


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


#: A plural noun of buildings or quarters and the list of names it opens or
#: closes: "two smaller stations, Santa Eugenia and El Pozo", "the Shangri-La
#: and Kingsbury hotels", « les hôtels Montana et Karibe », "the Penha and
#: Alemão favela complexes".
_PLURAL_NOUNS = {"stations": "station", "hotels": "hotel", "hôtels": "hôtel", "churches": "church",
                 "églises": "église", "mosques": "mosque", "mosquées": "mosquée", "prisons": "prison",
                 "stadiums": "stadium", "stades": "stade", "hospitals": "hospital", "malls": "mall",
                 "gares": "gare", "markets": "market", "marchés": "marché", "camps": "camp",
                 # and of quarters: "the Penha and Alemão favela complexes"
                 "favela complexes": "favela complex", "complexes": "complex", "favelas": "favela",
                 "refugee camps": "refugee camp", "neighbourhoods": "neighbourhood", "neighborhoods": "neighborhood"}
_NAME = r"[A-ZÀ-Ý][\w'’\-]*(?:[ -](?:de |du |la |des |del )?[A-ZÀ-Ý][\w'’\-]*){0,3}"
_NAME_LIST = rf"{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+(?:and|et|y)\s+{_NAME})"
_PLURAL = "|".join(sorted(_PLURAL_NOUNS, key=len, reverse=True))
_FACILITY_LIST = prefiltered(
    rf"\b(?P<noun>{_PLURAL})\s*(?:,|:|\s(?:such\s+as|including|namely|comme|dont|notamment))?"
    rf"\s*(?P<after>{_NAME_LIST})|"
    rf"(?P<before>{_NAME_LIST})\s+(?P<noun2>{_PLURAL})\b")


def _listed_facilities(sentence: Sentence, current: list[Mention], gazetteer: Gazetteer, story: str) -> list[Mention]:
    """The names a plural noun of buildings lists, read as those buildings
    when a pack knows them with the noun ("El Pozo station"), a sampled
    pack's only in a town the story names: each replaces the town its name
    alone would be (El Pozo in Mexico).  A chain's name ("the Serena and
    Marriott hotels in Nairobi") is no building of another town a sampled
    pack happens to hold.  ``story``: the document's text as one name key."""
    for match in _FACILITY_LIST.finditer(sentence.text):
        group = "after" if match.group("after") else "before"
        noun = _PLURAL_NOUNS[re.sub(r"\s+", " ", match.group("noun") or match.group("noun2"))]
        offset = match.start(group)
        for item in re.finditer(_NAME, match.group(group)):
            name = item.group(0)
            entries = tuple(e for spelling in (f"{name} {noun}", f"{noun} {name}")
                            for e in gazetteer.lookup(spelling, codes=False)
                            if e.layer != LAYER_WORLD
                            and (e.pack not in SAMPLED_PACKS or not e.locality or names.key(e.locality) in story))
            if not entries:
                continue
            start = sentence.start + offset + item.start()
            end = start + len(name)
            current = [m for m in current if not (m.start < end and start < m.end)]
            current.append(Mention(start, end, name, sentence.index, "name", tuple(dict.fromkeys(entries))))
    return current


def _named_facility(sentence: Sentence, phrase, gazetteer: Gazetteer) -> Mention | None:
    """« l'hôtel Karibe », "the Karibe hotel": a pack entry of the noun's kind
    named by the noun with the proper name next to it."""
    text = sentence.text
    # on the same line: a headline's last word and the dateline below it are no name
    after = re.match(r"(?:[^\S\n]+(?:international|internationale|national|nationale|civil|civile|municipal|"
                     r"universitaire|départemental|départementale|général|générale))?"
                     r"[^\S\n]+((?:[A-ZÀ-Ý][\w'’\-]*)(?:[ -](?:de |du |la |des )?[A-ZÀ-Ý][\w'’\-]*){0,3})", text[phrase.end:])
    # « la gare de Lyon » is Paris's Gare de Lyon, a station named after a town it is not in: the words as
    # written name it (where the building lies in the town named, « le commissariat de Léogâne », the
    # binding of the noun to the town reads it)
    of_town = re.match(r"[^\S\n]+(?:de|du|d['’])[^\S\n]*((?:[A-ZÀ-Ý][\w'’\-]*)(?:-[A-ZÀ-Ý][\w'’\-]*)?)\b",
                       text[phrase.end:])
    if of_town and gazetteer.lookup(of_town.group(1)):
        written = text[phrase.start:phrase.end + of_town.end(1)]
        town = names.key(of_town.group(1))
        elsewhere = [e for e in gazetteer.lookup(written, codes=False)
                     if e.layer != LAYER_WORLD and e.locality and names.key(e.locality) != town]
        if elsewhere:
            return Mention(sentence.start + phrase.start, sentence.start + phrase.end + of_town.end(1), written,
                           sentence.index, "name", tuple(elsewhere))
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


_ADMIN_AFTER = prefiltered(rf"^\s+(?:{ADMIN_WORDS}\b|side\s+of\s+the\s+(?:border|boundary|frontier)\b)", re.I)  # "the Nasarawa side of the border"
_ADMIN_BEFORE = prefiltered(rf"\b{ADMIN_WORDS}\s+(?:of|de|du|des|d['’])\s*(?:la\s+|l['’])?$", re.I)
_AREA_PRECISIONS = ("region", "country")
#: Administrative words of small units, each named after its chief town.
_SMALL_UNIT = re.compile(r"\s+(?:township|tehsil|LGA|local\s+government)", re.I)
#: A word after a name that makes it a quarter of the story's town.
QUARTER_WORD = r"(?:neighbou?rhoods?|quartiers?|bairros?|barrios?|townships?|katye|favelas?|comunas?|colonias?)"
_QUARTER_WORD_AFTER = re.compile(rf"\s+{QUARTER_WORD}\b", re.I)
#: "Penha and Alemão favela complexes", « Brooklyn et Boston quartiers »: the word after
#: the list's last name calls the first one a quarter too.
_LIST_OF_QUARTERS = re.compile(rf"(?:\s*,\s*(?:[A-ZÀ-Ý][\w'’-]*\s+){{0,2}}[A-ZÀ-Ý][\w'’-]*)*"
                               rf"\s+(?:and|et|ak|&)\s+(?:[A-ZÀ-Ý][\w'’-]*\s+){{1,3}}{QUARTER_WORD}\b")

#: "the Tartus and Latakia governorates", "Borno and Yobe states": the plural word after
#: the list's last name makes its first names areas too.
_LIST_OF_AREAS = prefiltered(r"(?:\s*,\s*(?:[A-ZÀ-Ý][\w'’-]*\s+){0,2}[A-ZÀ-Ý][\w'’-]*)*"
                             r"\s+(?:and|et|&)\s+(?:[A-ZÀ-Ý][\w'’-]*\s+){1,3}"
                             r"(?i:oblasts|regions|provinces|states|governorates|counties|districts|departments|"
                             r"prefectures|territories|municipalities|r[ée]gions|d[ée]partements|gouvernorats|wilayas)\b")


#: "the provinces of Yala, Narathiwat and Pattani", « les régions de Mopti, Ségou et Tombouctou »: the
#: plural word before the list's first name makes the names after it areas too.
_AREAS_LISTED_BEFORE = prefiltered(
    r"\b(?i:oblasts|regions|provinces|states|governorates|counties|districts|departments|prefectures|territories|"
    r"municipalities|r[ée]gions|d[ée]partements|gouvernorats|wilayas|pr[ée]fectures)\s+(?i:of|de|des|du|d['’])\s*"
    r"(?:(?:[A-ZÀ-Ý][\w'’-]*[ \t]+){0,2}[A-ZÀ-Ý][\w'’-]*\s*(?:,\s*|\s+(?i:and|et)\s+))+$")


#: "North Gondar Zone", "West Shewa Zone", "the Central Gondar and North Gojjam
#: zones": a unit named after a town or region with a compass word before and
#: its unit word after, which no gazetteer holds as such; it is neither the
#: town nor the region.
_COMPASS_BEFORE = re.compile(r"\b(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|North-?(?:East|West)|"
                             r"South-?(?:East|West))\s+$")
_UNIT_AFTER = re.compile(r"(?:\s*,\s*(?:[A-Z][\w'’-]*\s+){1,2}?[A-Z][\w'’-]*|\s+and\s+(?:[A-Z][\w'’-]*\s+){1,2})*"
                         r"\s*(?:Zones?|zones)\b")


def _areas(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """Names that an administrative word marks as areas keep only their
    area readings: "Kremenchuk, Poltava oblast" is the oblast, not the city
    of Poltava; "the Donetsk region" is not Donetsk city.  A name with no
    area reading keeps its places (a district named after its chief town).
    The word after a name joins the mention's span."""
    out = []
    for mention in found:
        start, end = mention.start - sentence.start, mention.end - sentence.start
        if _UNIT_AFTER.match(sentence.text, end) and _COMPASS_BEFORE.search(sentence.text, max(0, start - 12), start):
            continue  # "in Dembiya district, Central Gondar Zone": a zone, not Gondar
        after = _ADMIN_AFTER.match(sentence.text[end:end + 30])
        before = _ADMIN_BEFORE.search(sentence.text[max(0, start - 30):start])
        listed = not after and not before and (_LIST_OF_AREAS.match(sentence.text, end)
                                               or _AREAS_LISTED_BEFORE.search(sentence.text[max(0, start - 120):start]))
        areas = tuple(e for e in mention.candidates if e.precision in _AREA_PRECISIONS)
        town_entries = [e for e in mention.candidates if e.precision not in _AREA_PRECISIONS]
        towns = {e.country for e in town_entries}
        if any(e.id not in mention.via_alias for e in town_entries):
            # "le territoire de Beni" is around the Congolese town, not Bolivia's Beni
            # department; a curated area stands on its own (« le département des Nippes »).
            # A town that only another of its names reaches (Spain's Coca, once "Cauca")
            # does not stand in the way of the area named by its own name.
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
        elif listed and areas:
            mention = replace(mention, candidates=areas)  # "Tartus" of "the Tartus and Latakia governorates"
        elif (after or before) and towns:  # a district named after its chief town: the town, not a foreign area
            mention = replace(mention, candidates=tuple(e for e in mention.candidates
                                                        if e.precision not in _AREA_PRECISIONS))
        elif quarter := _QUARTER_WORD_AFTER.match(sentence.text, end):
            # "the Nanga and Xinavane neighbourhoods": the word joins the span, and the
            # resolver then keeps only places near the story's town (see geo.places.geocode)
            stop = mention.end + quarter.end() - end
            mention = replace(mention, end=stop, text=sentence.text[start:stop - sentence.start])
        elif _LIST_OF_QUARTERS.match(sentence.text, end):
            mention = replace(mention, quarter=True)  # "the Penha and Alemão favela complexes"
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


#: "the Apurimac town of Huancabamba": the words right between an area and its town (none other: "a
#: hospital in Port-au-Prince and the town of Léogâne" is Port-au-Prince's).
_AREA_S_TOWN = re.compile(r"\s+(?:city|town|village|port|commune|ville|localit[ée])\s+(?:of|de|d['’])\s*")


#: "the West Bank city of Bethlehem", "the southern Yemeni city of Aden": a town introduced by its area.
_TOWN_OF = re.compile(r"^\s+(?:[a-z][\w-]*\s+){0,2}(?:city|town|village|port|capital|commune|ville|localité)\s+"
                      r"(?:of|de|d['’])\s*$")
_ADJECTIVE_TOWN_OF = prefiltered(r"\b(?P<adjective>[A-Z][\w'’-]+)\s+(?:[a-z][\w-]*\s+){0,2}(?:city|town|village|port|"
                                r"capital)\s+of\s+$")


#: What may stand between a town and the country that holds it, besides a comma.
_IN_COUNTRY = re.compile(r"\s+(?:in|en|au)\s+(?:(?:northern|southern|eastern|western|central|north|south|east|west|"
                         r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?")


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
        between = sentence.text[place.end - sentence.start:area.start - sentence.start]
        if not re.fullmatch(r",\s+", between):
            # "Kiryat Shmona in northern Israel", « Kiryat Shmona en Israël »: a country after "in" places it too
            if not (_IN_COUNTRY.fullmatch(between) and any(e.kind == "country" for e in area.candidates)):
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
            out[i] = _unknown(place)
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
            out[i + 1] = _unknown(place)
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


def _towns_of_far_units(sentence: Sentence, found: list[Mention], namesakes: set[str]) -> list[Mention]:
    """A village the text puts in a local unit far from every place of that
    name the gazetteer knows is another place, unknown to it: "the Nasarawa
    community in the Faskari Local Government Area of Katsina State" is no
    town of Nasarawa State, 400 km away, and the unit stands for it.  Only
    a unit named as such (an LGA, a district, a commune, a territory) says
    so, and only a place outside the unit's first-level region and far
    from its point is another (a county seat may lie 200 km from a town of
    its county); two towns merely listed together say nothing of each other.  The
    name stays unknown in the rest of the story (``namesakes``, updated):
    "the attack in Nasarawa Village" later on is the same village.  Of
    several namesakes, those near the unit's point are the ones meant ("El
    Aguaje, a town in the municipality of Aguililla").  A first-level region
    ("in Borno state", "the Apurimac town of Huancabamba") chooses among a
    town's namesakes by their records, but never erases the one city of a
    name nor a list's other towns."""
    out = [_unknown(m) if namesakes and m.how == "name" and names.key(m.text) in namesakes else m for m in found]
    text, base = sentence.text, sentence.start
    for i in range(len(out) - 1):
        place, unit = out[i], out[i + 1]
        if place.how != "name" or unit.how != "name" or not place.candidates or not unit.candidates:
            continue
        if _REGION_S_TOWN.fullmatch(text, place.end - base, unit.start - base) \
                and all(e.precision == "region" for e in place.candidates):
            # "the Apurimac town of Huancabamba": the Huancabamba of Apurímac, not those of Piura or Pasco
            inside = tuple(e for e in unit.candidates if any(_in_unit(e, r) for r in place.candidates))
            if inside or len(unit.candidates) > 1:
                out[i + 1] = _kept_in_unit(unit, inside, namesakes)
            continue
        gap = text[place.end - base:unit.start - base]
        after = text[unit.end - base:unit.end - base + 40]
        # (the unit's word may follow its name, or end the mention itself: "in the Apurimac region")
        named_unit = _UNIT_NAMED_BEFORE.fullmatch(gap) or _IN_THE.fullmatch(gap) and (
            _UNIT_WORD_AFTER.match(after) or _UNIT_WORD_AFTER.fullmatch(" " + unit.text.rsplit(None, 1)[-1]))
        if not (named_unit or _IN_TOWN_CLOSING.fullmatch(gap)):
            continue
        first = _list_start(out, i, text, base)
        if not (named_unit or _LOCALITIES_OF.search(text, 0, out[first].start - base)):
            continue
        # a region ("in Borno state", « dans la région de Gao ») is read by its own readings only, and
        # holds towns far from its point
        regional = named_unit is not None and _FIRST_LEVEL_WORD.search(named_unit.group(0)) is not None
        units = [u for u in unit.candidates if u.precision == "region"] if regional else unit.candidates
        if not units:
            continue  # (the region is read later, with its word: "Borno state")
        # the unit holds every item of the list it closes: « à Drouillard, Sierra 2 et Station Gonaïves) dans la commune de »
        for j in range(first, i + 1):
            item = out[j]
            if item.how != "name" or not item.candidates:
                continue
            if regional and any(e.precision != "locality" or e.layer != LAYER_WORLD for e in item.candidates):
                continue  # (the packs' places keep their own records: "Camp Chapman in Khost province")
            inside = tuple(e for e in item.candidates if any(_in_unit(e, u) for u in units))
            if not inside and regional and (j < i or item.candidates[0].population >= REGION_KEEPS_POPULATION) \
                    and len(item.candidates) == 1:
                # a region chooses among namesakes, but does not erase a list's other towns ("Kaduna, Zaria and
                # Gusau, in Zamfara state") nor the one city of a name ("Cusco, in the Puno region")
                continue
            # "El Aguaje, a town in the municipality of Aguililla": the namesake close to the unit's point,
            # when some are (one merely in its first-level region may lie 200 km off)
            close = inside if regional else tuple(
                e for e in inside if any(e.within(u) or query.distance_km(e, u) <= UNIT_RADIUS_KM for u in units))
            out[j] = _kept_in_unit(item, (close or item.candidates) if inside else (), namesakes)
    return out


def _kept_in_unit(mention: Mention, kept: tuple[Entry, ...], namesakes: set[str]) -> Mention:
    """``mention`` with only the candidates its unit holds (``kept``), or,
    when it holds none, a place the gazetteer does not know, whose name stays
    unknown in the rest of the story (``namesakes``, updated)."""
    if not kept:
        namesakes.add(names.key(mention.text))
        return _unknown(mention)
    return replace(mention, candidates=kept, qualified=True) if len(kept) < len(mention.candidates) else mention


def _in_unit(entry: Entry, unit: Entry) -> bool:
    """Whether a place may lie in the local unit that ``unit`` (its seat, or
    its area) stands for: inside it, in its first-level region and not
    farther than a local unit reaches (GeoNames files a Bamba of southern
    Mali under the Gao region, 1,000 km from Bourem), or near it."""
    if entry.within(unit):
        return True
    distance = query.distance_km(entry, unit)
    return distance <= UNIT_RADIUS_KM or distance <= UNIT_REACH_KM and entry.country == unit.country \
        and bool(entry.admin1) and entry.admin1 == unit.admin1



#: The last item of a list of places, and what may follow the list: "Dhaka, Rangpur and Cumilla on Thursday".
_LIST_LAST = re.compile(r"(?:,\s*|\s+(?:and|et|ou|or)\s+|,\s*(?:and|et)\s+)"
                        r"((?-i:[A-ZÀ-Ý])[\w'’-]+(?:[\s-](?-i:[A-ZÀ-Ý])[\w'’-]+)?)"
                        r"(?=\s*(?:[.;:)]|,|$|\s(?:on|in|at|last|this|early|late|during|since|lundi|mardi|mercredi|jeudi|"
                        r"vendredi|samedi|dimanche|le|la|les|ce|cette|depuis|pendant|où|where|after|après)\b))")


def _list_ends_unknown(sentence: Sentence, current: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The name that closes a list of two or more places the gazetteer
    knows, when the gazetteer does not know it as written ("in Dhaka,
    Rangpur and Cumilla": Comilla, spelled the new way): a place no
    gazetteer holds, which the geocoder may still read as a town of the
    story's country spelled otherwise.  Never a given name, a common word
    or a name followed by a verb ("in Jacmel, Moïse said")."""
    places = sorted((m for m in current if m.how == "name" and m.candidates), key=lambda m: m.start)
    if len(places) < 2:
        return []
    base, text = sentence.start, sentence.text
    out = []
    for first, second in zip(places, places[1:]):
        between = text[first.end - base:second.start - base]
        if not re.fullmatch(r",\s*", between):
            continue  # two places listed: "Dhaka, Rangpur"
        last = _LIST_LAST.match(text, second.end - base)
        if last is None:
            continue
        start, end = base + last.start(1), base + last.end(1)
        if any(m.start < end and start < m.end for m in current) or not unknown_place_name(last.group(1), gazetteer):
            continue
        out.append(Mention(start, end, last.group(1), sentence.index, "unknown"))
    return out


#: The words that call the name after them a village or town.
_SETTLEMENT_BEFORE = re.compile(rf"\b(?:{SETTLEMENT_WORDS})\s+(?:of|de|d['’])\s*$", re.I)


def _marked_as_places(body: str, found: list[Mention]) -> list[Mention]:
    """Each mention marked as :func:`_marked_as_place` says; a name listed
    right after a settlement ("the cities of Stepanakert and Shushi") is one
    too."""
    out: list[Mention] = []
    for mention in found:
        marked = _marked_as_place(body, mention)
        last = out[-1] if out else None
        if marked is mention and last is not None and last.settlement and mention.how == "name" \
                and last.end <= mention.start and _LISTED_NEXT.fullmatch(body, last.end, mention.start) \
                and all(e.layer == LAYER_WORLD and e.population < INITIAL_MIN_POPULATION for e in mention.candidates):
            marked = replace(mention, settlement=True)
        out.append(marked)
    return out


_LISTED_NEXT = re.compile(r"\s*(?:,|,?\s*(?:and|&|et))\s*")


def _marked_as_place(body: str, mention: Mention) -> Mention:
    """``mention``, flagged when the words around it vouch that it is a
    place and only small world places bear its name, too small to be read
    from prose outside the story's countries: a settlement when the text
    calls it one (« le village de Bahn », "Kolo, a village in Tillabéri",
    see :attr:`Mention.settlement`), else located when a preposition of
    place comes right before it (« à Huwara », see :attr:`Mention.located`)."""
    if mention.how != "name" or not mention.candidates or any(
            e.layer != LAYER_WORLD or e.population >= INITIAL_MIN_POPULATION for e in mention.candidates):
        return mention
    if _SETTLEMENT_BEFORE.search(body, max(0, mention.start - 20), mention.start) \
            or VILLAGE_AFTER.match(body[mention.end:mention.end + 60]):
        return replace(mention, settlement=True)
    if _LOCATED_BEFORE.search(body, max(0, mention.start - 12), mention.start):
        return replace(mention, located=True)
    return mention


#: A preposition that puts what follows on the map: « à », "in", "near" (not "of", "from" or "to",
#: which :data:`~geo.text.lexicons.PLACE_PREPOSITION_BEFORE` also holds: a name's origin or way).
_LOCATED_BEFORE = re.compile(r"\b(?:in|at|near|outside|à|dans|pr[èe]s\s+de)\s+$", re.I)


def _unknown(mention: Mention) -> Mention:
    """A name mention read as a place the gazetteer does not know."""
    return replace(mention, how="unknown", candidates=(), via_alias=frozenset(), fuzzy=False)


def _list_start(found: list[Mention], i: int, text: str, base: int) -> int:
    """The index of the first item of the list of names that ends with ``found[i]``."""
    while i > 0 and LIST_BETWEEN.fullmatch(text, found[i - 1].end - base, found[i].start - base):
        i -= 1
    return i


#: ", à Petite-Rivière" closing a list of localities (see ``_LOCALITIES_OF``), after the
#: rest of the list's names the gazetteer does not know (« Kafou Pèy et Jacko, à »).
_IN_TOWN_CLOSING = re.compile(r"(?:\s+[A-ZÀ-Ý][\w'’-]*)*(?:(?:\s*,\s*|\s+(?:et|and|ak)\s+)[A-ZÀ-Ý][\w'’-]*"
                              r"(?:\s+[A-ZÀ-Ý0-9][\w'’-]*)*)*\s*,\s*(?:à|au|in|dans|nan)\s+")
#: « dans les localités de », "the villages of": a list of places the town named after it holds.
_LOCALITIES_OF = re.compile(r"\b(?:localit[ée]s|villages|quartiers|hameaux|sections\s+communales|zones|neighbou?rhoods|"
                            r"communities|settlements)\s+(?:de|d['’]|des|du|of)\s*"
                            r"(?:(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý0-9])[\w'’-]*)*(?:\s*,\s*|\s+(?:et|and|ak)\s+))*$", re.I)


#: How far from the point of the local unit named with it (an LGA, a commune, a
#: district, which a town may stand for) a village of it may lie.
UNIT_RADIUS_KM = 60.0
#: How far a town of a local unit may lie from the unit's seat (a county seat 200 km from a town of its county).
UNIT_REACH_KM = 300.0

#: The words of first-level regions, whose towns a text may place in them as in a local unit.
_FIRST_LEVEL = (r"r[ée]gion|province|state|d[ée]partement|department|[ée]tat|governorate|gouvernorat|"
                r"pr[ée]fecture|oblast")
_FIRST_LEVEL_WORD = re.compile(rf"\b(?:{_FIRST_LEVEL})\b", re.I)
#: A town this large, the only one of its name, stays itself when the text puts it in a region
#: that does not hold it: the text errs, or lists it with the region's towns.
REGION_KEEPS_POPULATION = 100_000
#: « X, dans la commune de Y », "X, in the district of Y": the unit's word before its name.
_UNIT_NAMED_BEFORE = re.compile(
    r"\s*\)?\s*,?\s*(?:(?:an?|une?)\s+(?:small\s+|petite?\s+)?)?(?:community|village|town|settlement|communaut[ée]|"
    r"localit[ée]|ville)?,?\s*(?:(?:situ[ée]e?|located)\s+)?(?:dans|in|en)\s+(?:la|le|l['’]|the)\s*"
    r"(?:commune|municipalit[éy]|district|section\s+communale|territoire|territory|cercle|county|woreda|"
    rf"local\s+government\s+area|{_FIRST_LEVEL})\s+(?:de|du|d['’]|of)\s*", re.I)
#: "X community in the Y Local Government Area", "X in Y LGA": the unit's word after its name.
_IN_THE = re.compile(r"\s*,?\s*(?:an?\s+(?:small\s+)?)?(?:community|village|town|settlement)?,?\s*(?:in|of)\s+(?:the\s+)?",
                     re.I)
_UNIT_WORD_AFTER = re.compile(r"\s+(?:Local\s+Government\s+Area|LGA|district|municipality|county|woreda|territory|"
                              r"region|province|state|department|governorate|oblast)\b", re.I)
#: "the Apurimac town of Huancabamba": a first-level region named before the
#: place it holds.
_REGION_S_TOWN = re.compile(r"\s+(?:town|village|city|community|district|municipality)\s+of\s+", re.I)


#: Lookup keys remembered during one document's name scan (a bounded memo, so
#: a huge document of distinct names costs no more memory than a small one).
LOOKUP_MEMO_SIZE = 8192




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


