"""Fuzzy names: "Petion Vile", "Kharkov", "Gonaivess" as people write them.

Lookup keys (:func:`geo.places.names.key`) already ignore case, accents,
hyphens, apostrophes and spaces.  This module finds the keys *near* a key
that matched nothing: one edit away for names of 6 to 8 letters, two for
longer ones, a swap of two neighbouring letters counting as one edit
(optimal string alignment, computed by RapidFuzz).

Before comparing, both sides are reduced to a *skeleton* that writes the
usual transliteration variants one way ("kh"/"h", "y"/"i", "ou"/"u",
"w"/"v", "c"/"k", "ph"/"f", doubled letters, a final "e"), so that
"Kharkov" meets "Kharkiv" and "Petyonvil" meets "Pétionville" within the
edit budget.

Guards keep the fuzzy net small, because a wrong place is worse than none:
names with fewer than :data:`MIN_LETTERS` letters, and common words or first
names (:mod:`geo.text.wordlists`) are never matched fuzzily, on either side;
digits must agree exactly ("Delmas 33" is not "Delmas 3").

Speed: candidates come from buckets of keys that share their length (give
or take the edit budget) and their first *or* last skeleton letter, so one
search compares a query with a few thousand keys, not the world's 280,000.
A typo in both the first and the last letter is therefore not found.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from geo.text.wordlists import COMMON_WORDS

#: Fewer letters than this and a name is only ever matched exactly.
MIN_LETTERS = 6
#: Names this long may be two edits away; shorter ones one.
TWO_EDITS_FROM = 9

_REWRITES = [(re.compile(a), b) for a, b in (
    (r"ph", "f"), (r"tsch|tch", "ch"), (r"sch", "sh"), (r"dzh|dj|zh", "j"), (r"kh", "h"), (r"gh", "g"),
    (r"ch", "sh"), (r"ck|q|c", "k"), (r"ou|oo|u", "u"), (r"ee|y", "i"), (r"w", "v"), (r"x", "ks"), (r"z", "s"),
    (r"(.)\1+", r"\1"), (r"e$", ""),
)]
_DIGITS = re.compile(r"\d+")
_COMMON_LONG = sorted(w for w in COMMON_WORDS if len(w) >= 4)


def letters(key: str) -> int:
    return sum(c.isalpha() for c in key)


def indexable(key: str) -> bool:
    """True when a key may take part in fuzzy matching (see the guards)."""
    return letters(key) >= MIN_LETTERS and key.isascii() and key not in COMMON_WORDS


def near_common_words(words: list[str]) -> bool:
    """True when every word is a common word or one edit from one
    ("nationale", "hospitals"): such a name is prose, not a misspelt place."""
    return all(w in COMMON_WORDS or (len(w) >= 4 and process.extractOne(
        w, _COMMON_LONG, scorer=OSA.distance, score_cutoff=1) is not None) for w in words)


def skeleton(key: str) -> str:
    """The key with transliteration variants written one way (module notes)."""
    for pattern, replacement in _REWRITES:
        key = pattern.sub(replacement, key)
    return key


def max_edits(key: str) -> int:
    return 2 if letters(key) >= TWO_EDITS_FROM else 1


def score(query: str, key: str) -> float:
    """Similarity of two keys, 0..1: one minus their edit distance over the
    longer length; 1 only for the same key."""
    return round(1 - OSA.distance(query, key) / max(len(query), len(key)), 3)


@dataclass(frozen=True)
class Near:
    """A key found near the query, and how near."""

    key: str
    edits: int
    score: float


class FuzzyIndex:
    """Keys bucketed by skeleton length and first or last letter."""

    def __init__(self, keys: Iterable[str] | Iterable[tuple[str, str]] = ()):
        self._first: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._last: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._keys: dict[str, list[str]] = defaultdict(list)
        self.size = 0
        for item in keys:
            key, skel = item if isinstance(item, tuple) else (item, skeleton(item))
            if not skel:
                continue
            if skel not in self._keys:
                self._first[(skel[0], len(skel))].append(skel)
                self._last[(skel[-1], len(skel))].append(skel)
            self._keys[skel].append(key)
            self.size += 1

    def search(self, query: str, *, limit: int = 8) -> list[Near]:
        """Keys within the edit budget of ``query`` (a name key), nearest
        first; nothing for a query the guards refuse."""
        if not indexable(query):
            return []
        budget = max_edits(query)
        skel = skeleton(query)
        if not skel:
            return []
        pool: list[str] = []
        for length in range(len(skel) - budget, len(skel) + budget + 1):
            pool += self._first.get((skel[0], length), ())
            pool += self._last.get((skel[-1], length), ())
        found = {c: d for c, d, _ in process.extract(skel, pool, scorer=OSA.distance, score_cutoff=budget,
                                                      limit=limit * 8)}
        digits = _DIGITS.findall(query)
        near = []
        for candidate, skeleton_edits in found.items():
            for key in self._keys[candidate]:
                edits = OSA.distance(query, key)
                # A transliteration (same skeleton) may differ by more letters than a typo.
                if key == query or (edits > budget and skeleton_edits) or _DIGITS.findall(key) != digits:
                    continue
                near.append(Near(key, edits, score(query, key)))
        near.sort(key=lambda n: (-n.score, n.key))
        return near[:limit]
