"""Name normalisation shared by the gazetteer and the text scanner.

Place names arrive in English, French and Haitian Creole spellings, with or
without accents, hyphens and apostrophes: "Pétion-Ville", "Petionville",
"Petyon-Vil".  Both the gazetteer keys and the words of a text go through the
same functions, so they meet on one spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower-case ASCII form of one word: ``"Pétion"`` → ``"petion"``."""
    return unidecode(word).lower()


def tokens(text: str) -> list[str]:
    """The folded words of ``text``; punctuation separates words."""
    return [fold(m.group(0)) for m in _WORD.finditer(text)]


def key(text: str) -> str:
    """The lookup key of a name: its folded words joined without spaces.

    Joining makes "Petion Ville", "Petion-Ville" and "Pétionville" one key.
    """
    return "".join(tokens(text))


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, folded)`` for each word of ``text``, for scanning."""
    return [(m.start(), m.end(), fold(m.group(0))) for m in _WORD.finditer(text)]
