"""Name normalisation shared by the gazetteer and the text scanner.

Place names arrive in English, French and Haitian Creole spellings, with or
without accents, hyphens and apostrophes: "Pétion-Ville", "Petionville",
"Petyon-Vil".  Both the gazetteer keys and the words of a text go through the
same functions, so they meet on one spelling.

Only Latin-script words are transliterated.  A word in another script keeps
its own letters (case-folded): GeoNames carries names in dozens of scripts,
and transliterating them all into ASCII would invent keys that collide with
English words of a news text ("Порт-о-Пренс" must not become a key a Latin
word can hit by accident), while a query typed in Cyrillic still finds the
Cyrillic name.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, repeat
from operator import itemgetter, sub

from unidecode import unidecode

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower-case ASCII form of one Latin word: ``"Pétion"`` → ``"petion"``;
    a word of another script is only case-folded (see the module notes)."""
    if is_latin(word):
        return unidecode(word).lower()
    return unicodedata.normalize("NFKC", word).casefold()


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin (accents and combining
    marks included), so transliteration cannot invent a new word."""
    return all(ord(c) < 0x370 or 0x1E00 <= ord(c) < 0x1F00 or not c.isalpha() for c in text)


_CODE = re.compile(r"[A-Z][A-Z0-9]{1,4}")


def is_code(alias: str) -> bool:
    """True for an abbreviation or code such as ``PAP`` or ``MTPP``.

    Codes are short upper-case tokens; in prose they collide with acronyms
    (``AFP``, ``UN``), so the text scanner only accepts them where the
    context fits, while a query (``incident-map geocode PAP``) always may.
    """
    return bool(_CODE.fullmatch(alias)) and sum(c.isalpha() for c in alias) >= 2


def tokens(text: str) -> list[str]:
    """The folded words of ``text``; punctuation separates words."""
    return [fold(m.group(0)) for m in _WORD.finditer(text)]


def key(text: str) -> str:
    """The lookup key of a name: its folded words joined without spaces.

    Joining makes "Petion Ville", "Petion-Ville" and "Pétionville" one key.
    Keys of short texts (names, words) are remembered: the same few
    thousand are asked for again and again, once per word of every text.
    """
    if len(text) <= _CACHED_KEY_CHARS:
        return _short_key(text)
    return "".join(tokens(text))


#: Texts up to this long have their keys cached (a bounded cache of short strings).
_CACHED_KEY_CHARS = 64


@lru_cache(maxsize=100_000)
def _short_key(text: str) -> str:
    return "".join(tokens(text))


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, folded)`` for each word of ``text``, for scanning.

    The words are those of ``_WORD.finditer``, read from one ``split`` (text
    between words, word, text between words, ...): the offsets are the
    running sums of the parts' lengths, and the whole is assembled by
    ``accumulate``, ``map`` and ``zip`` at C speed, with no Python step per
    word (a document has a few hundred)."""
    parts = _WORD_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts)))
    words = parts[1::2]
    # an ASCII word's fold is its lower case (transliteration leaves ASCII
    # alone): cheaper than a lookup in fold's large memo, which a long run
    # of documents has pushed out of the processor's caches; in a text with
    # some accents, most words are still ASCII
    if text.isascii():
        folded = map(str.lower, words)
    else:
        folded = [w.lower() if w.isascii() else fold(w) for w in words]
    return list(zip(offsets[::2], offsets[1::2], folded))


_WORD_SPLIT = re.compile(f"({_WORD.pattern})", re.UNICODE)


@lru_cache(maxsize=2)
def document_words(body: str) -> tuple[tuple[int, int, str], ...]:
    """:func:`word_spans` of a whole document body, remembered for the
    document in hand: the focus (country adjectives) and the name scan (each
    sentence's words) read the same words, so the body is split once."""
    return tuple(word_spans(body))


def document_key(body: str) -> str:
    """:func:`key` of a whole document body, joined from the words of
    :func:`document_words`, which are the same words folded the same way:
    the body is not split and folded a second time."""
    return "".join(map(_FOLDED, document_words(body)))


_START, _FOLDED = itemgetter(0), itemgetter(2)


def words_between(body: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """``word_spans(body[start:end])``, offsets relative to ``start``, cut
    from :func:`document_words` instead of splitting the text again.  Where
    a word of the body runs across ``start`` or ``end`` the slice's own words
    differ (a cut word), so the slice is split on its own."""
    words = document_words(body)
    low = bisect_left(words, start, key=_START)
    high = bisect_left(words, end, key=_START, lo=low)
    if low > 0 and words[low - 1][1] > start or high > low and words[high - 1][1] > end:
        return word_spans(body[start:end])
    if high == low:
        return []
    starts, ends, folded = zip(*words[low:high])  # shifted at C speed, not word by word
    shift = repeat(start)
    return list(zip(map(sub, starts, shift), map(sub, ends, shift), folded))
