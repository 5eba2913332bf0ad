"""The gazetteer: places the mapper knows, with aliases, kinds and sources.

It holds entries in three layers:

* **world** (:data:`LAYER_WORLD`): GeoNames' populated places and the
  world's airports, compiled once into SQLite (:mod:`geo.places.world`) and read
  on demand, never loaded whole;
* **shipped** (:data:`LAYER_SHIPPED`): the country table
  ``geo/data/countries.csv`` and the landmark packs in
  ``geo/data/gazetteer/``, held in memory;
* **user** (:data:`LAYER_USER`): packs the user passes (``--gazetteer``,
  ``seeds/*.gazetteer.csv``), held in memory.

Every entry keeps the source of its coordinate, so a popup or an export can
say where a point came from.  Lookups go through :func:`geo.places.names.key`, so
case, accents, hyphens and apostrophes do not matter.  For one name, an
entry of a higher layer *shadows* the entries of lower layers in the same
country: a user's "Carrefour" replaces the shipped commune and GeoNames'
copy of it, while the French Carrefour stays a candidate for context to
weigh.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

import marisa_trie

from geo.places import fuzzy, names, streets
from geo.places.streets import Anchor, Streets
from geo.errors import GazetteerError

log = logging.getLogger(__name__)

#: How precisely each kind of place pins an event down.
KIND_PRECISION = {
    "country": "country",
    "region": "region",
    "department": "region",
    "admin1": "region",
    "admin2": "region",
    "city": "locality",
    "town": "locality",
    "village": "locality",
    "commune": "locality",
    "locality": "locality",
    "neighbourhood": "neighbourhood",
    "road": "neighbourhood",
}
PRECISIONS = ("site", "neighbourhood", "locality", "region", "country")

#: At most this many words' demonym answers are remembered (a few MiB at most).
DEMONYM_MEMO_SIZE = 50_000

#: Default radius of uncertainty, in metres, of a coordinate by precision,
#: for rows that state none: a facility's point is on or by the building; a
#: neighbourhood's or a city's is a central point of an area that size.  The
#: map draws the same radii for places without a stated uncertainty.
DEFAULT_UNCERTAINTY_M = {"site": 50.0, "neighbourhood": 800.0, "locality": 4000.0, "region": 20000.0,
                         "country": 50000.0}
#: Hand-placed points (``approx:`` sources) are estimates: a few hundred
#: metres off for a facility, one or two kilometres for an area.
APPROX_UNCERTAINTY_M = {"site": 300.0, "neighbourhood": 1500.0, "locality": 6000.0, "region": 30000.0,
                        "country": 50000.0}

#: Layers, lowest first; see the module notes.
LAYER_WORLD, LAYER_SHIPPED, LAYER_USER = 0, 1, 2
LAYER_NAMES = {LAYER_WORLD: "world", LAYER_SHIPPED: "shipped", LAYER_USER: "user"}


def precision_of(kind: str) -> str:
    """Map a place kind to one of :data:`PRECISIONS`; facilities are sites."""
    return KIND_PRECISION.get(kind, "site")


def is_estimate(source: str | None) -> bool:
    """True for a coordinate placed by hand (``approx:...``) or with no source."""
    return not source or source.startswith("approx:")


def default_uncertainty(kind: str, source: str | None) -> float:
    """Radius of uncertainty in metres for a row that states none: by the
    precision of its kind, larger when the coordinate is an estimate."""
    table = APPROX_UNCERTAINTY_M if is_estimate(source) else DEFAULT_UNCERTAINTY_M
    return table[precision_of(kind)]


@dataclass(frozen=True)
class Entry:
    """One place of the gazetteer."""

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str | None = None
    admin1: str | None = None
    locality: str | None = None
    aliases: tuple[str, ...] = ()
    roles: frozenset[str] = frozenset()
    source: str | None = None
    pack: str = ""
    population: int = 0
    extra: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    layer: int = LAYER_SHIPPED
    #: Radius in metres within which the real place lies, as stated by the
    #: pack or by :func:`default_uncertainty`; travels to the layers.
    uncertainty_m: float | None = None

    def __post_init__(self) -> None:
        if self.uncertainty_m is None:
            object.__setattr__(self, "uncertainty_m", default_uncertainty(self.kind, self.source))

    @property
    def precision(self) -> str:
        return precision_of(self.kind)

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def get(self, name: str) -> str | None:
        return dict(self.extra).get(name)

    @property
    def spans(self) -> frozenset[str | None]:
        """The countries the place lies in: its own, or those a region of the
        regions pack names (the Golan Heights: Syria and Israel)."""
        return frozenset(_split(self.get("countries"))) or frozenset({self.country})

    def within(self, other: "Entry") -> bool:
        """True when this place lies inside ``other`` by its recorded parents."""
        if other.id == self.id:
            return False
        if other.kind == "country":
            return self.country == other.country and self.kind != "country"
        if other.kind == "region":
            return self.precision != "region" and _in_named_region(self, other)
        if other.precision == "region":
            # a town, or a second-level unit of the packs (a woreda, a district), in its first-level region
            return (self.country == other.country and names.key(self.admin1 or "") == names.key(other.name)
                    and (self.precision != "region" or (self.kind == "region" and other.kind == "admin1")))
        if other.precision == "locality":
            return self.country == other.country and names.key(self.locality or "") == names.key(other.name)
        return False


def _in_named_region(inner: Entry, region: Entry) -> bool:
    """Whether ``inner`` lies in a region of the regions pack (an island, a
    district, a historical region), which no GeoNames place names as its
    parent: by the first-level units it is made of (``parts``: Darfur's five
    states), else within its radius of its point, in one of its countries."""
    if inner.country not in region.spans:
        return False
    parts = {names.key(p) for p in _split(region.get("parts"))}
    if parts and inner.admin1:
        return names.key(inner.admin1) in parts
    from geo.places.query import distance_km

    return distance_km(inner, region) * 1000 <= (region.uncertainty_m or 0)


@dataclass(frozen=True)
class Match:
    """An entry found under a name, and how the name named it: ``"name"``
    (its own), ``"alias"``, ``"code"`` (an abbreviation such as PAP),
    ``"street"`` (a numbered street, placed on its road or at its family's
    place) or ``"fuzzy"`` (a spelling one or two edits away).

    ``score`` is 1 for an exact name and the similarity (0..1) of a fuzzy
    one; ``detail`` says in words how a street or fuzzy match was made.
    """

    entry: Entry
    how: str
    score: float = 1.0
    detail: str = ""


#: How many name keys :meth:`Gazetteer.matches` remembers at most.
MATCH_MEMO_SIZE = 20_000


#: At most this many answers of :meth:`Gazetteer.find` are remembered (each a list of entries).
FIND_MEMO_SIZE = 256


#: A Roman numeral standing as a word ("Commune IV", "Arrondissement XIII"): part of a name that a near
#: spelling must keep, as digits are (see :mod:`geo.places.fuzzy`).
_ROMAN = re.compile(r"\b(?:[IVXLC]{2,}|[IVX])\b")  # (a lone C or L is an initial: "C Soleil")


class Gazetteer:
    """An index of :class:`Entry` objects by normalised name.

    Pack entries live in memory; ``world`` (a :class:`geo.places.world.WorldIndex`)
    is consulted for every lookup when present.  ``fallback`` is an optional
    geocoder (:class:`geo.places.geocoders.OnlineFallback`) asked for names no layer
    can place; it travels with the gazetteer so that every caller of
    :func:`geo.places.locate.locate` gets it without new arguments.
    """

    def __init__(self, entries: Iterable[Entry] = (), *, world=None, fallback=None):
        self.entries: list[Entry] = []
        self.world = world
        self.fallback = fallback
        self._by_key: dict[str, list[int]] = {}
        self._codes: set[tuple[str, int]] = set()
        self._by_id: dict[str, int] = {}
        self._countries: dict[str, Entry] = {}
        self._demonyms: dict[str, str] = {}
        self._demonym_memo: dict[str, str | None] = {}  # word -> code, see country_of_demonym
        self.max_words = min(world.max_words, 8) if world is not None else 1
        self.streets = Streets()
        self._families: dict[str, str] | None = None
        self._fuzzy: fuzzy.FuzzyIndex | None = None
        self._fuzzy_found: dict[tuple[str, int], list[Match]] = {}
        self._key_trie: marisa_trie.Trie | None = None
        self._by_kind: dict[tuple[str, str | None], list[Entry]] | None = None
        self._airports: dict[str | None, list[Entry]] = {}
        self._found: dict[tuple, list[Entry]] = {}  # find's answers, see find
        self._capitals: dict[tuple[str, str | None], Entry | None] = {}
        self._name_keys: dict[str, list[tuple[Entry, tuple[str, ...]]]] = {}
        self._matched: dict[str, list[Match]] = {}
        self._prefixes: dict[str, bool] = {}
        for entry in entries:
            self.add(entry)

    # -- building ---------------------------------------------------------
    def add(self, entry: Entry) -> None:
        """Add an entry; an entry with the same id, or the same name and kind
        in the same country, replaces the older one."""
        self._families = self._fuzzy = self._key_trie = self._by_kind = None  # derived indexes, rebuilt on next use
        self._fuzzy_found = {}
        self._airports = {}
        self._found = {}
        self._capitals = {}
        self._name_keys = {}
        self._matched = {}
        self._prefixes = {}
        replaced = self._by_id.get(entry.id)
        if replaced is None:
            for index in self._by_key.get(names.key(entry.name), ()):
                old = self.entries[index]
                if old.kind == entry.kind and old.country == entry.country:
                    replaced = index
                    break
        if replaced is not None:
            self._unindex(replaced)
            self.entries[replaced] = entry
            index = replaced
        else:
            index = len(self.entries)
            self.entries.append(entry)
        self._by_id[entry.id] = index
        for alias in entry.all_names:
            k = names.key(alias)
            if not k:
                continue
            bucket = self._by_key.setdefault(k, [])
            if index not in bucket:
                bucket.append(index)
            if alias != entry.name and entry.kind != "country" and names.is_code(alias):
                self._codes.add((k, index))
            else:
                self._codes.discard((k, index))
                self.max_words = max(self.max_words, len(names.tokens(alias)))
        if entry.kind == "country" and entry.country:
            self._countries[entry.country] = entry
            for demonym in (entry.get("demonyms") or "").split("|"):
                if demonym.strip():
                    self._demonyms[names.key(demonym)] = entry.country
                    self._demonym_memo.clear()

    def _unindex(self, index: int) -> None:
        old = self.entries[index]
        for alias in old.all_names:
            bucket = self._by_key.get(names.key(alias))
            if bucket and index in bucket:
                bucket.remove(index)
        self._by_id.pop(old.id, None)

    # -- queries ----------------------------------------------------------
    def matches(self, key: str) -> list[Match]:
        """Every entry named ``key`` (a :func:`geo.places.names.key`), higher layers
        first, with lower-layer entries in a country a higher layer already
        covers for this name left out (see the module notes).

        The answers for the last keys asked are remembered until an entry is
        added (news keeps naming the same places); the memo is emptied when
        it holds ``MATCH_MEMO_SIZE`` keys, so its memory stays bounded."""
        found = self._matched.get(key)
        if found is None:
            if len(self._matched) >= MATCH_MEMO_SIZE:
                self._matched = {}
            found = self._matched[key] = self._matches(key)
        return list(found)

    def _matches(self, key: str) -> list[Match]:
        if not self._by_key.get(key) and key.isalpha() and (self.world is None or not self.world.knows(key)):
            return []  # most keys a text scan tries name nothing; a numbered street has digits
        found = [Match(self.entries[i], "code" if (key, i) in self._codes else
                       "name" if names.key(self.entries[i].name) == key else "alias")
                 for i in self._by_key.get(key, ())]
        found.sort(key=lambda m: -m.entry.layer)
        if self.world is not None and key:
            for entry, flags in self.world.matches(key):
                found.append(Match(entry, "code" if flags & 2 else "alias" if flags & 1 else "name"))
        if not found and key:
            return self._street_matches(key)
        kept: list[Match] = []
        covered: dict[int, set[str | None]] = {}
        for match in found:
            entry = match.entry
            if any(entry.country in countries or None in countries
                   for layer, countries in covered.items() if layer > entry.layer):
                continue
            kept.append(match)
            covered.setdefault(entry.layer, set()).add(entry.country)
        return kept

    def starts_a_name(self, prefix: str) -> bool:
        """True when a name key of some layer starts with ``prefix``.

        A text scan lengthens a run of words while this holds: once the
        words so far begin no name, no longer run is a name either (a
        numbered street, matched by its digits, is the caller's to allow).
        Answers are remembered like those of :meth:`matches`.
        """
        known = self._prefixes.get(prefix)
        if known is None:
            if len(self._prefixes) >= MATCH_MEMO_SIZE:
                self._prefixes = {}
            known = self._prefixes[prefix] = self._starts_a_name(prefix)
        return known

    def _starts_a_name(self, prefix: str) -> bool:
        if self._key_trie is None:
            self._key_trie = marisa_trie.Trie([k for k, found in self._by_key.items() if found])
        if next(self._key_trie.iterkeys(prefix), None) is not None:
            return True
        return self.world is not None and self.world.starts_a_name(prefix)

    # -- numbered streets -------------------------------------------------
    def add_streets(self, anchors: Iterable[Anchor]) -> None:
        """Add numbered-street anchors (see :mod:`geo.places.streets`)."""
        self.streets = Streets([*self.streets.anchors(), *anchors])
        self._families = None

    def _family_keys(self) -> dict[str, str]:
        """Every spelling key of a road family with anchors -> the family key:
        "Dèlma" and "Commune de Delmas" name the Delmas family too."""
        if self._families is None:
            families: dict[str, str] = {}
            for family in self.streets.families():
                families[family] = family
                for index in self._by_key.get(family, ()):
                    for alias in self.entries[index].all_names:
                        families.setdefault(names.key(alias), family)
            self._families = families
        return self._families

    def _street_matches(self, key: str) -> list[Match]:
        """A numbered street such as ``delmas33``: a point between the
        anchors of its family, else the family's own place."""
        parsed = streets.parse(key)
        if parsed is None:
            return []
        spelled, number = parsed
        family = self._family_keys().get(spelled)
        places = [self.entries[i] for i in self._by_key.get(family or spelled, ())
                  if self.entries[i].precision in ("neighbourhood", "locality")]
        if family is None and not places:
            return []
        placement = self.streets.place(family, number) if family else None
        home = places[0] if places else None
        if placement is not None:
            locality = home.name if home and home.precision == "locality" else home.locality if home else None
            entry = Entry(
                id=f"street:{family}:{number}", name=f"{placement.road} {number}", kind="road",
                lat=placement.lat, lon=placement.lon, country=home.country if home else None,
                admin1=home.admin1 if home else None, locality=locality, source=placement.source,
                pack="numbered streets", layer=home.layer if home else LAYER_SHIPPED,
                uncertainty_m=placement.uncertainty_m)
            between = " and ".join(f"{a.road} {a.number}" for a in placement.anchors)
            how = "at the anchor" if len(placement.anchors) == 1 else "interpolated between the anchors"
            return [Match(entry, "street", 1.0, f"numbered street {how} {between}")]
        road = self.streets.road(family) if family else None
        if road:
            numbers = self.streets.numbers(family)
            why = f"{road} {number} is outside the anchors of {road} ({numbers[0]}-{numbers[-1]})"
        else:
            why = f"no anchors for the numbered streets of {places[0].name}"
        return [Match(p, "street", 1.0, f"{why}; placed at {p.name} itself") for p in places]

    # -- fuzzy names ------------------------------------------------------
    def search(self, name: str, *, fuzzy_limit: int = 8) -> list[Match]:
        """Entries for ``name`` as :meth:`matches` finds them, or, when no
        entry has that name exactly, the fuzzy candidates of :meth:`fuzzy`.
        A fuzzy hit therefore never beats an exact one."""
        return self.matches(names.key(name)) or self.fuzzy(name, limit=fuzzy_limit)

    def fuzzy(self, name: str, *, limit: int = 8, world: bool = True) -> list[Match]:
        """Entries whose names are a typo or a transliteration away from
        ``name`` (see :mod:`geo.places.fuzzy`), best score first, each a
        :class:`Match` with ``how == "fuzzy"``, its ``score`` (0..1) and a
        ``detail`` naming the spelling it was read as.

        Empty when ``name`` has an exact match, has fewer than 6 letters,
        or is made of common words and first names only.
        """
        key = names.key(name)
        numerals = tuple(_ROMAN.findall(name))
        memo = (key, limit, world, numerals)
        cached = self._fuzzy_found.get(memo)
        if cached is not None:
            return cached
        if not fuzzy.indexable(key) or fuzzy.near_common_words(names.tokens(name)) or self.matches(key):
            self._fuzzy_found[memo] = []
            return []
        if self._fuzzy is None:
            self._fuzzy = fuzzy.FuzzyIndex(k for k, found in self._by_key.items() if found and fuzzy.indexable(k))
        near = {n.key: n for n in self._fuzzy.search(key, limit=limit)}
        if self.world is not None and world:
            for n in self.world.fuzzy_index().search(key, limit=limit):
                near.setdefault(n.key, n)
        found: dict[str, Match] = {}
        for n in sorted(near.values(), key=lambda n: (-n.score, n.key))[:limit]:
            for match in self.matches(n.key):
                if match.how == "code" or match.entry.id in found:
                    continue
                spelling = next((a for a in match.entry.all_names if names.key(a) == n.key), n.key)
                if tuple(_ROMAN.findall(spelling)) != numerals:
                    continue  # "Commune IV" is no typo of Commune V, as "Delmas 33" is none of Delmas 3
                found[match.entry.id] = Match(
                    match.entry, "fuzzy", n.score,
                    f"fuzzy match: '{name}' read as '{spelling}' ({n.edits} edit{'s' if n.edits != 1 else ''}, "
                    f"score {n.score:.2f})")
        result = sorted(found.values(), key=lambda m: (-m.score, -m.entry.layer))
        if len(self._fuzzy_found) > 50_000:
            self._fuzzy_found.clear()
        self._fuzzy_found[memo] = result
        return result

    def lookup(self, name: str, *, codes: bool = True) -> list[Entry]:
        """Entries whose name or alias matches ``name`` after normalisation;
        ``codes=False`` leaves out matches through an abbreviation."""
        return self.lookup_key(names.key(name), codes=codes)

    def lookup_key(self, key: str, *, codes: bool = True) -> list[Entry]:
        return [m.entry for m in self.matches(key) if codes or m.how != "code"]

    def get(self, entry_id: str) -> Entry | None:
        index = self._by_id.get(entry_id)
        if index is not None:
            return self.entries[index]
        return self.world.get(entry_id) if self.world is not None else None

    def country(self, code: str | None) -> Entry | None:
        return self._countries.get((code or "").upper())

    def countries(self) -> list[Entry]:
        return list(self._countries.values())

    def country_of_demonym(self, word: str) -> str | None:
        """ISO code for an adjective such as "Haitian" or "kényan".

        Asked of every distinct word of every document (the focus counts
        adjectives), so answers are remembered per word: a dictionary hit
        instead of a key to build.  A new country entry clears the memo."""
        try:
            return self._demonym_memo[word]
        except KeyError:
            pass
        if len(self._demonym_memo) >= DEMONYM_MEMO_SIZE:
            self._demonym_memo.clear()
        code = self._demonym_memo[word] = self._demonyms.get(names.key(word))
        return code

    def name_keys(self, kind: str) -> list[tuple[Entry, tuple[str, ...]]]:
        """The pack entries of one kind, each with the keys of all its names,
        for reading a name inside a longer one (« l'aéroport Antoine Simon »
        for "Antoine-Simon Airport"); built once per kind until an entry is
        added, instead of once per document that names such a facility."""
        found = self._name_keys.get(kind)
        if found is None:
            found = self._name_keys[kind] = [(e, tuple(names.key(n) for n in e.all_names)) for e in self.entries
                                             if e.kind == kind and e.layer != LAYER_WORLD]
        return found

    def capital(self, code: str | None, on: str | None = None) -> Entry | None:
        """The city a story means by a country's capital on the date ``on``
        (ISO, the story's date; today's when not given): the seat of
        government of :data:`SEATS_FILE` where it differs from the official
        capital or moved ("the capital" of a 2015 story from Burundi is
        Bujumbura, not Gitega), else the capital from its roles or the country
        table.

        Remembered per country and city until an entry is added: finding it
        reads every pack entry and the world's cities of the country."""
        code = (code or "").upper()
        seat = seat_of_government(code, on)
        if (code, seat) not in self._capitals:
            self._capitals[(code, seat)] = self._seat(code, seat) if seat else self._capital(code)
        return self._capitals[(code, seat)]

    def _seat(self, code: str, city: str) -> Entry | None:
        towns = [e for e in self.lookup(city) if e.country == code and e.precision == "locality"]
        return max(towns, key=lambda e: e.population, default=None) or self._capital(code)

    def _capital(self, code: str) -> Entry | None:
        for entry in self.entries:
            if entry.country == code and "capital" in entry.roles and entry.precision == "locality":
                return entry
        if self.world is not None and code:
            capitals = [e for e in self.world.find(kind="city", country=code) if "capital" in e.roles]
            if capitals:
                return capitals[0]
        country = self.country(code)
        capital = country.get("capital") if country else None
        if capital:
            for entry in self.lookup(capital):
                if entry.country == code and entry.precision == "locality":
                    return entry
        return None

    def find(self, *, kind: str | None = None, country: str | None = None,
             locality: str | None = None, roles: Iterable[str] = ()) -> list[Entry]:
        """Entries filtered by kind, country, locality and required roles.

        Each answer reads every pack entry and asks the world index, and the
        descriptions of news ("the prison", "the city's airport") ask the same
        few questions again and again: answers are remembered until an entry
        is added, like those of :meth:`matches` (``FIND_MEMO_SIZE`` at most)."""
        wanted = frozenset(roles)
        question = (kind, country, locality, wanted)
        found = self._found.get(question)
        if found is None:
            if len(self._found) >= FIND_MEMO_SIZE:
                self._found = {}
            found = self._found[question] = self._find(kind, country, locality, wanted)
        return list(found)

    def _find(self, kind: str | None, country: str | None, locality: str | None,
              wanted: frozenset[str]) -> list[Entry]:
        loc = names.key(locality) if locality else None
        pool = list(self.entries)
        if self.world is not None and kind is not None and country is not None:
            pool += [e for e in self.world.find(kind=kind, country=country) if not self._duplicate(e)]
        return [
            e for e in pool
            if (kind is None or e.kind == kind)
            and (country is None or e.country == country)
            and (loc is None or names.key(e.locality or "") == loc or names.key(e.name) == loc)
            and wanted <= e.roles
        ]

    def facilities(self, kind: str, country: str | None) -> list[Entry]:
        """The facilities of one kind in one country ("the police station in
        X" asks for them on every phrase), from an index of the packs by kind
        and country built on first use; airports add the world's, de-duplicated
        against the packs once per country, which is what makes them costly."""
        if kind == "airport":
            found = self._airports.get(country)
            if found is None:
                found = self._airports[country] = self.find(kind=kind, country=country)
            return found
        if self._by_kind is None:
            index: dict[tuple[str, str | None], list[Entry]] = {}
            for entry in self.entries:
                index.setdefault((entry.kind, entry.country), []).append(entry)
            self._by_kind = index
        return self._by_kind.get((kind, country), [])

    def _duplicate(self, world_entry: Entry) -> bool:
        """True when a pack already holds this world place under its name
        (or within 2 km as the same kind): the pack's copy is the curated one."""
        for alias in world_entry.all_names:
            for index in self._by_key.get(names.key(alias), ()):
                if self.entries[index].country == world_entry.country:
                    return True
        return any(e.kind == world_entry.kind and e.country == world_entry.country
                   and abs(e.lat - world_entry.lat) < 0.02 and abs(e.lon - world_entry.lon) < 0.02
                   for e in self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)


# -- packs -----------------------------------------------------------------

#: Packs that hold a selection of a country's landmarks or quarters, not all of
#: them: that the world pack knows one prison in DR Congo does not make "la
#: prison centrale" of any Congolese town the one in Kinshasa.  An entry of
#: these packs abroad is also believed when the text names its own town
#: ("Israeli jets struck Haret Hreik, in Beirut's southern suburbs" in a
#: story filed from Jerusalem), see :func:`geo.places.geocode._plausible`.
SAMPLED_PACKS = frozenset({"world-landmarks.csv", "world-quarters.csv"})


#: The table in ``geo/data`` of where "the capital" of a country is not its
#: official capital: a seat of government elsewhere, or a capital that moved
#: within the period news archives cover.  Columns ``country, city, since,
#: until`` (ISO dates, either may be empty), then why and the source.
SEATS_FILE = "capitals.csv"


@lru_cache(maxsize=1)
def _seats() -> dict[str, tuple[tuple[str, str, str], ...]]:
    rows: dict[str, list[tuple[str, str, str]]] = {}
    with (resources.files("geo") / "data" / SEATS_FILE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            rows.setdefault(row["country"], []).append((row["city"], row["since"], row["until"] or "9999"))
    return {code: tuple(found) for code, found in rows.items()}


def seat_of_government(code: str, on: str | None = None) -> str | None:
    """The city :data:`SEATS_FILE` gives as the capital of ``code`` on the
    date ``on`` (today's when ``None``: every change the table records is
    past, so an undated story reads the same whatever the run's day), or
    ``None`` when the table has no word on it."""
    day = (on or dt.date.today().isoformat())[:10]
    return next((city for city, since, until in _seats().get(code, ()) if since <= day < until), None)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def read_pack(path: Path | str, *, text: str | None = None, pack: str | None = None,
              layer: int = LAYER_USER) -> list[Entry]:
    """Read a landmark pack CSV into entries.

    Accepts both the shipped layout (``id, name, kind, roles, lat, lon,
    country, admin1, locality, aliases_en, aliases_fr, aliases_ht, source``)
    and the short user layout (``name, aliases, kind, lat, lon, country,
    source``), each with an optional last column ``uncertainty_m`` (metres;
    when absent, :func:`default_uncertainty` by kind and source).  Errors
    name the file, line and column.
    """
    path = Path(path)
    pack = pack or path.name
    if text is None:
        text = _read_text(path)
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise GazetteerError(path, "gazetteer pack is empty")
    columns = {c.strip().lower(): c for c in reader.fieldnames if c}
    for required in ("name", "lat", "lon"):
        if required not in columns:
            raise GazetteerError(path, f"missing column '{required}' (need name, kind, lat, lon)", line=1)
    entries = []
    rows = iter(reader)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            raise GazetteerError(path, f"cannot be read as CSV ({exc})", line=reader.line_num + 1) from None
        line = reader.line_num
        get = lambda col: (row.get(columns[col]) or "").strip() if col in columns else ""  # noqa: E731
        name = get("name")
        if not name:
            raise GazetteerError(path, "name is empty", line=line, field="name")
        lat = _coordinate(get("lat"), -90, 90, path, line, "lat")
        lon = _coordinate(get("lon"), -180, 180, path, line, "lon")
        aliases = _split(get("aliases")) + _split(get("aliases_en")) + _split(get("aliases_fr")) + _split(get("aliases_ht"))
        kind = (get("kind") or "landmark").lower()
        country = get("country").upper() or None
        entry_id = get("id") or f"{pack.split('.')[0]}:{names.key(name)}:{kind}"
        population = get("population")
        uncertainty = get("uncertainty_m")
        # the regions pack: the countries a region spans and the first-level units it is made of
        extra = tuple((column, get(column)) for column in ("countries", "parts") if get(column))
        entries.append(Entry(
            id=entry_id, name=name, kind=kind, lat=lat, lon=lon, country=country,
            admin1=get("admin1") or None, locality=get("locality") or None,
            aliases=tuple(dict.fromkeys(a for a in aliases if a != name)),
            roles=frozenset(_split(get("roles"))), source=get("source") or None, pack=pack,
            population=_population(population, path, line), layer=layer,
            uncertainty_m=_metres(uncertainty, path, line) if uncertainty else None, extra=extra,
        ))
    return entries


def _population(value: str, path: Path, line: int) -> int:
    """A population: empty is 0; otherwise ASCII digits ("²" is a digit to
    ``str.isdigit`` but not to ``int``)."""
    if not value:
        return 0
    if not re.fullmatch(r"[0-9]{1,10}", value):
        raise GazetteerError(path, f"{value[:40]!r} is not a whole number", line=line, field="population")
    return int(value)


def _metres(value: str, path: Path, line: int, column: str = "uncertainty_m") -> float:
    """A radius of uncertainty: a number of metres, 0 or more."""
    try:
        number = float(value)
    except ValueError:
        raise GazetteerError(path, f"{value!r} is not a number of metres", line=line, field=column) from None
    if not 0 <= number < 1e7:
        raise GazetteerError(path, f"{value!r} is not a distance in metres between 0 and 10,000 km",
                             line=line, field=column)
    return number


def _coordinate(value: str, low: float, high: float, path: Path, line: int, column: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise GazetteerError(path, f"{value!r} is not a number", line=line, field=column) from None
    if not low <= number <= high:
        raise GazetteerError(path, f"{value!r} is outside {low:g}..{high:g}", line=line, field=column)
    return number


def read_countries(text: str, points: str, pack: str = "countries.csv") -> list[Entry]:
    """Read the country table (ISO codes, aliases, demonyms, sub-region),
    placing each country at its point from ``country_points.csv``."""
    where = {row["iso2"]: row for row in csv.DictReader(io.StringIO(points))}
    entries = []
    for row in csv.DictReader(io.StringIO(text)):
        iso2 = row["iso2"].strip().upper()
        point = where.get(iso2)
        if point is None:
            continue
        extra = (
            ("demonyms", row.get("demonyms") or ""),
            ("subregion", row.get("subregion") or ""),
            ("capital", row.get("capital") or ""),
            ("iso3", row.get("iso3") or ""),
        )
        entries.append(Entry(
            id=f"country:{iso2}", name=row["name"].strip(), kind="country",
            lat=float(point["lat"]), lon=float(point["lon"]), country=iso2,
            aliases=_split(row.get("aliases")), source=point["source"], pack=pack, extra=extra,
            population=int(point.get("population") or 0),
        ))
    return entries


def shipped_packs() -> list[tuple[str, str]]:
    """``(name, text)`` of each landmark pack shipped with the package."""
    folder = resources.files("geo") / "data" / "gazetteer"
    return sorted(
        (item.name, item.read_text(encoding="utf-8"))
        for item in folder.iterdir() if item.name.endswith(".csv")
    )


def load_default(extra_packs: Iterable[Path] = (), *, world: bool = True, fallback=None) -> Gazetteer:
    """The embedded gazetteer: the world index (compiled on first use, see
    :mod:`geo.places.world`), countries, shipped packs, then user packs.

    ``world=False`` gives the small in-memory gazetteer of the packs alone,
    for callers that only need Haiti's landmarks and want no cache folder.
    ``fallback`` is the online geocoder, if any (see :class:`Gazetteer`).
    """
    index = None
    if world:
        from geo.places.world import open_index

        index = open_index()
    gazetteer = Gazetteer(world=index, fallback=fallback)
    data = resources.files("geo") / "data"
    countries = read_countries((data / "countries.csv").read_text(encoding="utf-8"),
                               (data / "country_points.csv").read_text(encoding="utf-8"))
    for entry in countries:
        gazetteer.add(entry)
    anchors: list[Anchor] = []
    for name, text in shipped_packs():
        if streets.is_anchor_file(_header(text)):
            anchors += streets.read_anchors(Path(name), text=text)
            continue
        for entry in read_pack(Path(name), text=text, pack=name, layer=LAYER_SHIPPED):
            gazetteer.add(entry)
    for path in extra_packs:
        text = _read_text(Path(path))
        if streets.is_anchor_file(_header(text)):
            anchors += streets.read_anchors(path, text=text)
            continue
        for entry in read_pack(path, text=text):
            gazetteer.add(entry)
    gazetteer.add_streets(anchors)
    return gazetteer


def _header(text: str) -> list[str]:
    return next(csv.reader(io.StringIO(text)), [])


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise GazetteerError(path, "gazetteer pack is not UTF-8 text") from None
    except OSError as exc:
        raise GazetteerError(path, f"cannot read the gazetteer pack ({exc.strerror or exc})") from None
