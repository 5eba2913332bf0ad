"""Fatalities: reported deaths, coded the way ACLED codes them.

Only deaths count, never the injured.  Vague amounts take ACLED's
conventional figures ("dozens" is 12, "tens" 10, "hundreds" 100).  Counts
of other people ("3,800 inmates") are not deaths, so a number counts only
when a word of death governs it.  Each claim keeps the words it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from word2number import w2n

from geo.text.prefilter import PrefilterGroup, prefiltered

VAGUE = {
    "a dozen": 12, "dozen": 12, "dozens": 12, "dozens of": 12, "tens": 10, "tens of": 10,
    "scores": 20, "scores of": 20, "hundreds": 100, "hundreds of": 100, "a handful of": 3,
    "several": 3, "a few": 3, "a couple of": 2, "one": 1, "a": 1, "an": 1,
}

_QUAL = r"(?:at\s+least|about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to|an\s+estimated|as\s+many\s+as|approximately|close\s+to)\s+"
_NUMWORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
            r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine|hundred))?")
_VAGUE = r"(?:a\s+dozen|dozens(?:\s+of)?|tens\s+of|scores(?:\s+of)?|hundreds(?:\s+of)?|a\s+handful\s+of|several|a\s+few|a\s+couple\s+of)"
_NUM = rf"(?P<num>(?:{_QUAL})?(?:\d[\d,]*|{_NUMWORD}|{_VAGUE}))"
_WHO = r"(?:\s+(?:more\s+)?(?:other\s+)?(?:people|persons|civilians|residents|men|women|children|inmates|prisoners|police(?:\s+officers)?|officers|soldiers|gang\s+members|gangsters|villagers|protesters|passengers|others|individuals|victims))?"
_DIED = r"(?:killed|dead|died|slain|murdered|massacred|executed|shot\s+dead|lost\s+their\s+lives|perished|were\s+killed)"

_PATTERNS = [
    prefiltered(rf"\b{_NUM}{_WHO}(?:\s+(?:were|was|have\s+been|had\s+been|are|have|has|had|reportedly|been|being))*\s+{_DIED}\b", re.I),
    prefiltered(rf"\b(?:killing|killed|left|leaving|kills)\s+{_NUM}{_WHO}(?:\s+dead)?\b", re.I),
    prefiltered(rf"\b{_NUM}\s+(?:\w+['’]?\s+)?(?:bodies|corpses|deaths|dead)\b", re.I),
    prefiltered(rf"\bdeath\s+toll\s+(?:\w+\s+){{0,3}}?(?:to|of|at|reached|stood\s+at)\s+{_NUM}\b", re.I),
]
# French reports: "au moins dix personnes ont été tuées", "une dizaine de morts".
FRENCH_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    "une dizaine": 10, "des dizaines": 10, "une douzaine": 12, "une vingtaine": 20, "une trentaine": 30,
    "une cinquantaine": 50, "une centaine": 100, "des centaines": 100, "plusieurs": 3, "quelques": 3,
}
_FR_QUAL = r"(?:au\s+moins|environ|près\s+de|plus\s+de|quelque|une\s+estimation\s+de)\s+"
_FR_WORDS = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in FRENCH_NUMBERS), key=len, reverse=True))
_FR_NUM = rf"(?P<num>(?:{_FR_QUAL})?(?:\d[\d\s.]*\d|\d|{_FR_WORDS}))"
_PATTERNS += [
    prefiltered(rf"\b{_FR_NUM}(?:\s+de)?(?:\s+(?:personnes|civils|policiers|agents|détenus|prisonniers|enfants|femmes|hommes|"
               rf"soldats|manifestants|habitants|victimes|autres))?\s+(?:ont\s+été\s+|a\s+été\s+|sont\s+|ont\s+)?"
               rf"(?:tu[ée]e?s|morts?|mortes|décédée?s|péri|abattue?s|assassinée?s)\b", re.I),
    prefiltered(rf"\b(?:tuant|faisant|tué)\s+{_FR_NUM}(?:\s+(?:personnes|civils|policiers))?(?:\s+morts?)?\b", re.I),
    prefiltered(rf"\b{_FR_NUM}\s+(?:corps|cadavres)\b", re.I),
]
_DEATH_WORD = prefiltered(r"\b(killed|dead|died|deaths?|deadly|bodies|massacre|slain|murdered|fatal|executed|"
                         r"tu[ée]e?s|morts?|cadavres|meurtri[eè]re|massacr[ée])\b", re.I)

#: Which of the patterns above (and, last, the death word) may match a
#: sentence, in one pass: most sentences have no word of death at all.
_FILTER = PrefilterGroup([*_PATTERNS, _DEATH_WORD])


@dataclass(frozen=True)
class FatalityClaim:
    """A number of reported deaths and the words it came from."""

    count: int | None
    text: str
    estimated: bool = False


def find_fatalities(sentence: str) -> FatalityClaim | None:
    """The death toll a sentence reports, or ``None`` if it reports none.

    Several figures in one sentence: the largest that is governed by a death
    word is the toll ("nine killed, four of them police" gives 9).  A death
    word with no number gives a claim with ``count=None``.
    """
    possible = _FILTER.candidates(sentence)
    if not possible:
        return None
    best: FatalityClaim | None = None
    for index, pattern in enumerate(_PATTERNS):
        if index not in possible:
            continue
        for match in pattern.finditer(sentence, found=True):
            count = _number(match.group("num"))
            if count is None:
                continue
            if best is None or best.count is None or count > best.count:
                best = FatalityClaim(count, match.group(0).strip())
    word = _DEATH_WORD.search(sentence, found=True) if best is None and len(_PATTERNS) in possible else None
    if word is not None:
        return FatalityClaim(None, word.group(0), estimated=True)
    return best


def _number(phrase: str) -> int | None:
    text = re.sub(rf"^(?:{_QUAL}|{_FR_QUAL})", "", phrase.strip(), flags=re.I).lower()
    text = re.sub(r"\s+", " ", text)
    if text in VAGUE:
        return VAGUE[text]
    if text in FRENCH_NUMBERS:
        return FRENCH_NUMBERS[text]
    if re.fullmatch(r"\d[\d,. ]*", text):
        return int(re.sub(r"[,. ]", "", text))
    try:
        return int(w2n.word_to_num(text.replace("-", " ")))
    except ValueError:
        return None


def default_toll(claims: list[FatalityClaim], *, significant: bool) -> tuple[int | None, str | None]:
    """Code a toll from several claims: the most conservative figure.

    When deaths are reported without any number, ACLED's defaults apply:
    10 for a significant attack, 3 for a limited one.
    """
    numbered = [c for c in claims if c.count is not None]
    if numbered:
        best = min(numbered, key=lambda c: (c.count, c.text))
        return best.count, best.text
    if claims:
        return (10 if significant else 3), claims[0].text
    return None, None
