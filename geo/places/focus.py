"""Focus: the country and town a story is about.

Resolving a name needs context: "Delmas" in a Haiti story is the commune by
Port-au-Prince, not the South African town.  The focus is taken from the
front matter or the dateline when there is one ("GONAÏVES, Haiti (AP) —"),
and otherwise from the places and demonyms the text names most: each
curated or large place votes for its country, then, within that country,
each town (or the town a quarter or facility lies in) for itself.  The
adjective of a force striking abroad weighs half ("Israeli strikes on
Tebnine" is a Lebanon story), a country across a border does not vote,
and a dateline town is a wire desk abroad when the body names only
another country's places ("SAN JUAN, Puerto Rico (AP) — … Haiti's capital").
"""

from __future__ import annotations

import re

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from geo.places import names
from geo.places.gazetteer import LAYER_WORLD, Entry, Gazetteer
from geo.text.lexicons import RELATIVE_POSITION
from geo.text.mentions import Mention
from geo.text.sentences import Dateline, Sentence, split_sentences
from geo.text.prefilter import prefiltered


#: A world place outside the document's countries must be this populous to be
#: read from prose; one named only by an alternate name, ten times more.
WORLD_MIN_POPULATION = 50_000


def strong(entry: Entry) -> bool:
    """Curated entries and large places may vote for a document's focus."""
    return entry.layer != LAYER_WORLD or entry.population >= WORLD_MIN_POPULATION


@dataclass(frozen=True)
class Focus:
    """The country and locality a document is about, and how we know."""

    country: str | None
    locality: Entry | None
    source: str
    #: Countries the text names by an adjective ("British Prime Minister"):
    #: context for namesakes, as the countries it names are.
    adjectives: frozenset[str] = frozenset()
    #: The story's date (ISO), for what changed over time: which city "the
    #: capital" is (see :meth:`geo.places.gazetteer.Gazetteer.capital`).
    date: str | None = None


#: A place that situates the story from afar ("ten kilometres from Port-au-Prince",
#: "the outskirts of the capital") does not vote for the story's city.
_RELATIVE_BEFORE = prefiltered(rf"(?:{RELATIVE_POSITION}|\b(?:outskirts|p[ée]riph[ée]rie)\s+(?:[\w'’-]+\s+){{0,3}}?"
                              r"(?:of|from|de|du|d['’]))\s*(?:the\s+|la\s+|le\s+|l['’])?(?:capital\s+|capitale\s+)?$",
                              re.I)


def _population(gazetteer: Gazetteer, id_: str) -> int:
    entry = gazetteer.get(id_)
    return entry.population if entry is not None else 0


def find_focus(body: str, mentions: list[Mention], gazetteer: Gazetteer, *,
               dateline: Dateline | None = None, hint: str | None = None, date: str | None = None,
               sentences: list[Sentence] | None = None) -> Focus:
    """Work out the document's focus country and locality (``date``, the
    story's, is carried for the stages that read the focus; ``sentences``,
    the body's, split here when the caller has not)."""
    demonyms = _demonyms(body, gazetteer)
    # the adjective of a country's mission or nationals ("the Brazilian embassy") is context for its
    # places, but no vote for the story's country
    voting = [(start, code) for start, code in demonyms if not _abroad(body, start)]
    # the adjective of a force or its strikes ("an Israeli drone strike on Tebnine") says who
    # struck, not where: it weighs half a vote, unless its sentence names a place of its country
    if sentences is None:
        sentences = split_sentences(body)
    starts = [sentence.start for sentence in sentences]
    weighed = [(start, code, 0.5 if _striking(body, start)
                and not _at_home(sentences[max(0, bisect_right(starts, start) - 1)].index, code, mentions) else 1.0)
               for start, code in voting]
    focus = _stated_focus(gazetteer, dateline, hint)
    if focus is None:
        focus = _voted_focus(body, mentions, gazetteer, weighed)
    elif focus.source == "dateline" and focus.locality is not None \
            and _desk_abroad(body, mentions, weighed, dateline, focus.country):
        focus = _voted_focus(body, [m for m in mentions if m.how != "dateline"], gazetteer, weighed)
    return replace(focus, adjectives=frozenset(code for _, code in demonyms), date=date)


#: Votes a country other than the dateline's must gather in the body for the
#: dateline to be a desk abroad (see :func:`_desk_abroad`).
DESK_ABROAD_VOTES = 2


def _desk_abroad(body: str, mentions: list[Mention], demonyms: list[tuple[int, str, float]], dateline: Dateline,
                 country: str | None) -> bool:
    """Whether the dateline's town is a wire service's desk in another
    country: the body never names a place of the dateline's country again, nor
    its adjective, while it votes for another one at least twice ("SAN JUAN,
    Puerto Rico (AP) — Authorities say a gang near Haiti's capital…": AP's
    Caribbean desk files Haiti's news)."""
    after = dateline.stop or dateline.end
    body_mentions = [m for m in mentions if m.start >= after]
    body_demonyms = [d for d in demonyms if d[0] >= after]
    if any(e.country == country for m in body_mentions for e in m.candidates) \
            or any(code == country for _, code, _ in body_demonyms):
        return False
    # ...and the other country must hold a town, region or site the body names: a country that only
    # comments ("Russia said…" in a story from Kyiv that calls the city "the capital") is no story's own
    held = {e.country for m in body_mentions if len(m.candidates) == 1 for e in m.candidates if e.kind != "country"}
    votes, _ = _votes(body, body_mentions, body_demonyms)
    return any(v >= DESK_ABROAD_VOTES and code in held for code, v in votes.items())


def _demonyms(body: str, gazetteer: Gazetteer) -> list[tuple[int, str]]:
    """``(start, country code)`` of each word of the body that is a country's
    adjective ("Haitian", « kényan »).  The body's words are those the name
    scan split (:func:`names.document_words`)."""
    of = gazetteer.country_of_demonym  # remembers its answers per word
    words = names.document_words(body)
    found = [(start, code) for start, end, word in words if (code := of(word)) and not _IN_A_NAME_AFTER.match(body, end)]
    # "South African", "Sri Lankan", "Central African": an adjective of two words
    found += [(start, code) for (start, _, first), (_, _, second) in zip(words, words[1:])
              if first in _FIRST_OF_TWO and (code := of(f"{first} {second}"))]
    return found


#: The rest of a proper name a country's adjective opens: "the Japanese
#: Friendship Bridge" in Colombo, "the American University of Beirut" say
#: nothing of where the story is.
_IN_A_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]+\s+){0,3}(?:Bridge|Hospital|University|College|School|Institute|"
                              r"Centre|Center|Friendship|Airlines|Airways|Road|Street|Avenue|Club|Park|Stadium|Hotel|"
                              r"Embassy|Consulate|Pont|H[ôo]pital|Universit[ée]|[ÉE]cole|Lyc[ée]e|Coll[èe]ge)\b")


#: The words of a country's missions abroad, in English, French and Creole.
_MISSIONS = r"embass(?:y|ies)|consulates?|ambassades?|consulats?|anbasad"


#: A country's adjective for its people or its missions abroad: "the Brazilian embassy in
#: Port-au-Prince", "two French nationals", « l'ambassade américaine », « des ressortissants
#: français » say whose they are, not where the story is.
_ABROAD_AFTER = re.compile(rf"\s+(?:{_MISSIONS}|ambassadors?|envoys?|diplomats?|nationals|citizens|ambassadeurs?|"
                           r"diplomates|ressortissants)\b", re.I)
_ABROAD_BEFORE = re.compile(r"\b(?:ambassades?|consulats?|ambassadeurs?|diplomates|ressortissants|envoy[ée]s?)\s+$",
                            re.I)


def _abroad(body: str, start: int) -> bool:
    """Whether the country's adjective at ``start`` (of one word or two:
    "South African") qualifies its mission or its nationals, before or
    after it (see ``_ABROAD_AFTER``)."""
    words = re.match(r"([\w'’-]+)(\s+[\w'’-]+)?", body[start:])
    if words is None:
        return False
    ends = [start + words.end(1)] + ([start + words.end(2)] if words.group(2) else [])
    return any(_ABROAD_AFTER.match(body, end) for end in ends) \
        or _ABROAD_BEFORE.search(body, max(0, start - 25), start) is not None


#: An armed force, its weapons and its strikes, in English and French: a country's adjective
#: on them ("Israeli troops", "Russian missile strikes", « une frappe israélienne », « des tirs
#: aériens russes ») names the side that struck, wherever it struck.
_FORCES_EN = (r"army|armies|troops|soldiers|forces|military|strikes?|airstrikes?|drones?|warplanes?|jets|"
              r"missiles?|rockets?|shell(?:s|ing)|artillery|tanks?|raids?|settlers|navy|bombers?|bombing|"
              r"bombardments?|gunfire|attacks?|offensive|incursions?")
_FORCES_FR = (r"arm[ée]es?|troupes|soldats|forces|militaires|frappes?|raids?|drones?|avions|aviation|chasseurs|"
              r"missiles?|roquettes|obus|tirs?|bombardements?|chars|colons|marine|attaques?|offensives?|"
              r"incursions?")
_STRIKING_AFTER = re.compile(rf"(?:\s+[\w-]+)?\s+(?:{_FORCES_EN})\b", re.I)
_STRIKING_BEFORE = re.compile(rf"\b(?:{_FORCES_FR})(?:\s+[\w-]+)?\s+$", re.I)


def _striking(body: str, start: int) -> bool:
    """Whether the country's adjective at ``start`` qualifies an armed
    force, its weapons or its strikes (see ``_FORCES_EN``)."""
    word = re.match(r"[\w'’-]+", body[start:])
    if word is None:
        return False
    return _STRIKING_AFTER.match(body, start + word.end()) is not None \
        or _STRIKING_BEFORE.search(body, max(0, start - 40), start) is not None


def _at_home(sentence: int, code: str, mentions: list[Mention]) -> bool:
    """Whether the sentence of a force's adjective names a place of the
    force's own country: "the Malian army attacked jihadists in Moura" is
    Mali's army at home, and keeps its whole vote; « une frappe israélienne
    sur Tebnine » names no place of Israel, nor does « la ville d'Abbasiya »,
    which only an old name of a small Israeli town matches (where the old
    name of a city, "Artemovsk" for Bakhmut, still names it)."""
    return any(e.country == code and (e.id not in m.via_alias or strong(e))
               for m in mentions if m.sentence == sentence for e in m.candidates)


#: The first words of the countries' adjectives of two words.
_FIRST_OF_TWO = frozenset({"south", "north", "east", "west", "central", "sri", "new", "sierra", "costa", "puerto",
                           "saudi", "el", "san", "papua", "solomon", "cape", "equatorial", "dominican"})


#: An embassy's name says whose it is, not where it stands: "the US Embassy"
#: of a Haiti pack is no vote for Haiti in a story from Niamey.
_EMBASSY_NAME = prefiltered(rf"\b(?:{_MISSIONS})\b", re.I)


def _embassy_words(mention: Mention) -> bool:
    """Whether a mention names an embassy ("the US Embassy") or the country
    that owns one ("the embassy of France": see
    geo.places.geocode._embassy_abroad): neither says where the story is."""
    if _EMBASSY_NAME.search(mention.text):
        return True
    return (mention.how == "facility" and not mention.facility_before and mention.description is not None
            and mention.description.kind == "embassy")


#: A region named by a compass word alone (Haiti's Nord, Sud, Centre...):
#: every country has a south.
_COMPASS_NAME = re.compile(r"(?i:nord|sud|est|ouest|centre|north|south|east|west)(?:[- ](?i:est|ouest|east|west))?")


#: A country named as the other side of a border (« près de la frontière avec le Mali », "the
#: border with Burkina Faso") is where the story is not.
_NEIGHBOUR_BEFORE = re.compile(r"\b(?:borders?|frontiers?|fronti[èe]res?)\s+(?:with|avec)\s+"
                               r"(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$", re.I)


def _stated_focus(gazetteer: Gazetteer, dateline: Dateline | None, hint: str | None) -> Focus | None:
    """The focus the front matter or the dateline states, if either names a
    place the gazetteer knows."""
    for label, text, region in (("front matter", hint, None),
                                ("dateline", dateline.place if dateline else None,
                                 dateline.region if dateline else None)):
        if not text:
            continue
        region_codes = {e.country for e in gazetteer.lookup(region or "") if e.kind == "country"}
        entries = [e for e in gazetteer.lookup(text) if not region_codes or e.country in region_codes]
        nations = {e.country for e in entries if e.kind == "country"}
        # « Liban : » is Lebanon, not the Czech village of Libáň; "MEXICO" may be its capital
        localities = [e for e in entries if e.precision in ("locality", "neighbourhood")
                      and (not nations or e.country in nations)]
        if localities:
            # A dateline names a town, not a quarter: "BOSTON (AP)" is the city in
            # Massachusetts, not the quarter of Cité Soleil that a shipped pack holds.
            # Among towns, a curated one wins ("DELMAS" is the Haitian commune).
            # A town's own name outweighs another's alias: "DELHI —" is India's city of 11 million, not
            # Dili, a capital GeoNames also spells so; "MEXICO" is still its capital, by far the largest.
            own = {m.entry.id for m in gazetteer.matches(names.key(text)) if m.how == "name"}
            best = max(localities, key=lambda e: (e.precision == "locality", e.layer > LAYER_WORLD,
                                                  e.population * (1 if e.id in own else 0.1)
                                                  * (3 if "capital" in e.roles else 1)))
            return Focus(best.country, best, label)
        countries = [e for e in entries if e.kind == "country"]
        if countries:
            return Focus(countries[0].country, None, label)
        if region_codes:
            return Focus(sorted(region_codes)[0], None, label)
    return None


def _votes(body: str, mentions: list[Mention], demonyms: list[tuple[int, str, float]]
           ) -> tuple[Counter[str], dict[str, int]]:
    """Each country's votes (a float count: some adjectives weigh half) and
    where the text first names it."""
    votes: Counter[str] = Counter()
    opening: dict[str, int] = {}  # where each country is first named: a tie goes to the first
    for mention in mentions:
        if _embassy_words(mention):
            continue  # an embassy's name counts in neither the country's votes nor the town's
        if _COMPASS_NAME.fullmatch(mention.text):
            continue  # « bloqués dans le Sud » says where in the story's country, not which country
        if _NEIGHBOUR_BEFORE.search(body, max(0, mention.start - 40), mention.start):
            continue  # "near the border with Mali" is told from the other side of it
        codes = {e.country for e in mention.candidates if e.country and strong(e) and e.id not in mention.via_alias}
        if len(codes) == 1:
            code = codes.pop()
            votes[code] += 1
            opening.setdefault(code, mention.start)
    for start, code, weight in demonyms:
        votes[code] += weight
        opening[code] = min(opening.get(code, start), start)
    return votes, opening


def _voted_focus(body: str, mentions: list[Mention], gazetteer: Gazetteer,
                 demonyms: list[tuple[int, str, float]]) -> Focus:
    """The focus the places and demonyms of the text vote for."""
    votes, opening = _votes(body, mentions, demonyms)
    # an embassy's name counts in neither the country's votes nor the town's (asked once a mention)
    counted = [mention for mention in mentions if not _embassy_words(mention)]
    if not votes:
        return Focus(None, None, "none")
    country = sorted(votes.items(), key=lambda kv: (-kv[1], opening.get(kv[0], 0), kv[0]))[0][0]
    # Each locality named counts once per mention, and so does the locality a
    # quarter or facility of the packs lies in: "Bel Air" four times is a
    # Port-au-Prince story, whatever the single "Cap-Haïtien" says.
    places: Counter[str] = Counter()
    first: dict[str, int] = {}
    for mention in counted:
        if _RELATIVE_BEFORE.search(body[max(0, mention.start - 60):mention.start]):
            continue  # "ten kilometres from Port-au-Prince" situates the story, it is not its place
        ids = set()
        for entry in mention.candidates:
            # a small town votes too when no namesake shares its name (Baalbek named six times in a Lebanon story)
            if entry.country != country or not (strong(entry) or len(mention.candidates) == 1 and not mention.quarter):
                continue
            if entry.precision == "locality":
                ids.add(entry.id)
            elif entry.precision in ("neighbourhood", "site") and entry.locality:
                ids.update(e.id for e in gazetteer.lookup(entry.locality, codes=False)
                           if e.country == country and e.precision == "locality" and e.layer != LAYER_WORLD)
        for id_ in ids:
            places[id_] += 1
            first.setdefault(id_, mention.start)
    locality = None
    if places:  # a tie goes to the place named first, then to the largest of namesakes (Manhattan, New York)
        best_id = sorted(places.items(), key=lambda kv: (-kv[1], first[kv[0]], -_population(gazetteer, kv[0]),
                                                         kv[0]))[0][0]
        locality = gazetteer.get(best_id)
    return Focus(country, locality, "mentions")
