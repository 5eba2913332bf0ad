"""Prefilter: skip a regular expression on text that cannot match it.

The lexicons of extraction are large alternations ("attack|assault|raid|...",
in three languages), and Python's ``re`` tries every alternative at every
position of a sentence: a search costs tens of microseconds, and a document
asks hundreds of them, most of which find nothing.  Every match of such a
pattern contains one of a few literal strings ("attack", "assault", ...),
which we read off the compiled pattern's syntax tree once.  A single
Aho-Corasick pass (pyahocorasick, a C automaton) finds whether any of them
occurs; only then is the regular expression run.  The answer is therefore
always the regular expression's own: the prefilter only saves the searches
that would have found nothing.
"""

from __future__ import annotations

import re
from typing import Iterator

import ahocorasick

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

#: Characters that ``re.IGNORECASE`` matches to an ASCII letter but that
#: ``str.lower`` does not map to it (the dotless and dotted i, the long s):
#: a text holding one is searched without the prefilter.
_FOLD_SPECIAL = re.compile("[\u0131\u0130\u017f]")
#: At most this many literals come from one run of characters and classes
#: ("[ée]tat" gives two); past it, the run is cut.
_MAX_EXPANSION = 16
#: A class of at most this many single characters is expanded into literals.
_MAX_CLASS = 6

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains (lower-cased
    when the pattern ignores case), or ``None`` when no such set is known."""
    fold = bool(pattern.flags & re.IGNORECASE)
    tree = _p.parse(pattern.pattern, pattern.flags & ~re.DEBUG)
    found = _required(list(tree), fold)
    return frozenset(found) if found else None


def _quality(literals: set[str]) -> tuple[int, int]:
    """A set is better when its shortest literal is longer (fewer chance hits), then when it is smaller."""
    return min(map(len, literals)), -len(literals)


def _char(code: int, fold: bool) -> str | None:
    ch = chr(code)
    if not fold:
        return ch
    low = ch.lower()
    # beyond Latin-1, case-insensitive matching and str.lower may part ways
    return low if len(low) == 1 and ord(low) < 0x100 and low != "\u00b5" else None


def _class(items, fold: bool) -> set[str] | None:
    """The characters of a small class of plain characters ("[ée]"), else ``None``."""
    chars = set()
    for op, av in items:
        if op is not _c.LITERAL:
            return None
        ch = _char(av, fold)
        if ch is None:
            return None
        chars.add(ch)
    return chars if 0 < len(chars) <= _MAX_CLASS else None


def _required(items: list, fold: bool) -> set[str] | None:
    """The best required set of a sequence of syntax nodes: every node of a
    sequence must match, so each run of literal characters is required, and
    so is the required set of each group or repeat that must occur."""
    best: set[str] | None = None
    run = [""]

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and all(candidate) and (best is None or _quality(candidate) > _quality(best)):
            best = candidate

    def flush() -> None:
        nonlocal run
        consider(set(run))
        run = [""]

    for op, av in items:
        if op is _c.LITERAL:
            ch = _char(av, fold)
            if ch is None:
                flush()
            else:
                run = [r + ch for r in run]
        elif op is _c.IN:
            chars = _class(av, fold)
            if chars is None or len(run) * len(chars) > _MAX_EXPANSION:
                flush()
                if chars is not None:
                    run = sorted(chars)
            else:
                run = [r + c for r in run for c in sorted(chars)]
        elif op is _c.AT:
            continue  # \b, ^, $: zero width, the characters around stay adjacent
        elif op is _c.SUBPATTERN:
            flush()
            if not (av[1] | av[2]) & re.IGNORECASE:  # a group that turns case-blindness on or off is left alone
                consider(_required(list(av[-1]), fold))
        elif op is _c.BRANCH:
            flush()
            alternatives = [_required(list(a), fold) for a in av[1]]
            if all(alternatives):
                consider(set().union(*alternatives))
        elif op in _REPEATS:
            flush()
            low, _, body = av
            if low >= 1:
                consider(_required(list(body), fold))
        else:  # any character, categories, look-arounds, back-references: nothing required here
            flush()
    flush()
    return best


class Prefiltered:
    """A compiled pattern with its required literals: ``search``, ``match``,
    ``finditer`` and ``sub`` answer as the pattern does, skipping it on text
    that holds none of the literals."""

    __slots__ = ("regex", "literals", "_fold", "_automaton")

    def __init__(self, regex: re.Pattern) -> None:
        self.regex = regex
        self.literals = required_literals(regex)
        self._fold = bool(regex.flags & re.IGNORECASE)
        self._automaton = None
        if self.literals:
            automaton = ahocorasick.Automaton()
            for literal in self.literals:
                automaton.add_word(literal, literal)
            automaton.make_automaton()
            self._automaton = automaton

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    @property
    def flags(self) -> int:
        return self.regex.flags

    def may_match(self, text: str) -> bool:
        """False only when the pattern cannot match anywhere in ``text``."""
        if self._automaton is None:
            return True
        if self._fold:
            if not text.isascii() and _FOLD_SPECIAL.search(text):
                return True
            text = text.lower()
        for _ in self._automaton.iter(text):
            return True
        return False

    def search(self, text: str, *args) -> re.Match | None:
        return self.regex.search(text, *args) if self.may_match(text) else None

    def match(self, text: str, *args) -> re.Match | None:
        return self.regex.match(text, *args) if self.may_match(text) else None

    def finditer(self, text: str, *args) -> Iterator[re.Match]:
        return self.regex.finditer(text, *args) if self.may_match(text) else iter(())

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count) if self.may_match(text) else text


def prefiltered(pattern: str, flags: int = 0) -> Prefiltered:
    """``re.compile`` with a prefilter (see :class:`Prefiltered`)."""
    return Prefiltered(re.compile(pattern, flags))


class PrefilterGroup:
    """Which of several patterns may match a text, found in one pass: a
    lexicon tried pattern by pattern in order of precedence (event triggers,
    date expressions) then runs only the patterns whose literals occur."""

    __slots__ = ("size", "_always", "_automaton")

    def __init__(self, patterns: list[re.Pattern]) -> None:
        self.size = len(patterns)
        always = set()
        by_literal: dict[str, set[int]] = {}
        for index, regex in enumerate(patterns):
            literals = required_literals(regex)
            fold = bool(regex.flags & re.IGNORECASE)
            # the group searches the lower-cased text: a case-sensitive literal
            # qualifies only if lower-casing cannot change it
            if not literals or not fold and any(literal.lower() != literal or literal.upper() != literal
                                                for literal in literals):
                always.add(index)
                continue
            for literal in literals:
                by_literal.setdefault(literal, set()).add(index)
        self._always = frozenset(always)
        self._automaton = None
        if by_literal:
            automaton = ahocorasick.Automaton()
            for literal, indices in by_literal.items():
                automaton.add_word(literal, frozenset(indices))
            automaton.make_automaton()
            self._automaton = automaton

    def candidates(self, text: str) -> frozenset[int]:
        """The indices of the patterns that may match somewhere in ``text``;
        the others cannot."""
        if self._automaton is None or (not text.isascii() and _FOLD_SPECIAL.search(text)):
            return frozenset(range(self.size))
        found = set(self._always)
        for _, indices in self._automaton.iter(text.lower()):
            found |= indices
        return frozenset(found)
