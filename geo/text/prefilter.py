"""Prefilter: skip a regular expression on text that cannot match it.

The lexicons of extraction are large alternations ("attack|assault|raid|...",
in three languages), and Python's ``re`` tries every alternative at every
position of a sentence: a search costs tens of microseconds, and a document
asks hundreds of them, most of which find nothing.  Every match of such a
pattern contains one of a few literal strings ("attack", "assault", ...),
which we read off the compiled pattern's syntax tree once.  A single
Aho-Corasick pass (ahocorasick_rs, a compiled automaton: a DFA in Rust, a
few hundred nanoseconds a sentence) finds whether any of them occurs; only
then is the regular expression run.  The answer is therefore
always the regular expression's own: the prefilter only saves the searches
that would have found nothing.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from operator import itemgetter
from typing import Iterator

import ahocorasick_rs

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

#: Characters that ``re.IGNORECASE`` matches to an ASCII letter but that
#: ``str.lower`` does not map to it (the dotless and dotted i, the long s):
#: a text holding one is searched without the prefilter.  (Three ``in``
#: tests: a regular expression of the three cost over ten times as much.)
_DOTLESS_I, _DOTTED_I, _LONG_S = "\u0131", "\u0130", "\u017f"
#: The capitals that ``str.lower`` maps by their context (the final sigma)
#: or to two characters (the dotted I).
_CONTEXT_LOWER = re.compile("[\u03a3\u0130]")
#: At most this many literals come from one run of characters and classes
#: ("[ée]tat" gives two); past it, the run is cut.
_MAX_EXPANSION = 16
#: A class of at most this many single characters is expanded into literals.
_MAX_CLASS = 6

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


#: Marks a literal that a match holds at the start of a word (it follows ``\b``).
_WORD_START = "\x00"


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains (lower-cased
    when the pattern ignores case), or ``None`` when no such set is known."""
    found = _marked_literals(pattern)
    return frozenset(literal.lstrip(_WORD_START) for literal in found) if found else None


def _marked_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """:func:`required_literals`, those a match holds at a word's start
    marked with ``_WORD_START`` ("al" in ``\\b(?:al|ale)``, not in "national")."""
    return _marked(pattern.pattern, pattern.flags)


@lru_cache(maxsize=None)
def _marked(pattern: str, flags: int) -> frozenset[str] | None:
    found = _required(_tree(pattern, flags), bool(flags & re.IGNORECASE),
                      word_start=None if flags & re.ASCII else False)
    return frozenset(found) if found else None


@lru_cache(maxsize=None)
def _tree(pattern: str, flags: int) -> list:
    """The syntax tree of a pattern, parsed once per process (a rule is read
    for its own prefilter and again for a group's)."""
    return list(_p.parse(pattern, flags & ~re.DEBUG))


def _leading(items: list, fold: bool, opening: bool = True, multiline: bool = False) -> set[str] | None:
    """The literals that every match starts with ("kidnap" or "abduct" for
    ``\\b(?:kidnap|abduct)``), or ``None``: a match can then start only where
    one of them does.  (``re`` factors the common start of alternatives out
    of them, "p(?:olice|ak)", so a literal goes on into the group after it.)

    At the pattern's ``opening``, a look-behind at one character
    ("(?<=[,;])") gives that character marked ``_AFTER`` (a match starts
    right after it), and ``^`` (not ``multiline``) gives ``_TEXT_START``."""
    if opening and items:
        op, av = items[0]
        if op is _c.ASSERT and av[0] < 0 and len(av[1]) == 1:  # a look-behind at one character
            behind = _char(av[1][0][1], fold) if av[1][0][0] is _c.LITERAL else \
                _class(av[1][0][1], fold) if av[1][0][0] is _c.IN else None
            if behind:
                return {_AFTER + ch for ch in ({behind} if isinstance(behind, str) else behind)}
        if op is _c.AT and av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING) and not multiline:
            return {_TEXT_START}
    items = [node for node in items if node[0] not in (_c.AT, _c.ASSERT, _c.ASSERT_NOT)]  # zero width
    if not items:
        return None
    op, av = items[0]
    if op is _c.SUBPATTERN:
        # a group reads as its own nodes followed by the rest; but one that turns
        # case-blindness on in a case-sensitive pattern is left alone.  One that
        # turns it off ("(?-i:m)arch") starts with its letters as they are,
        # which the lower-cased text searched holds there too
        return None if av[1] & re.IGNORECASE and not fold \
            else _leading(list(av[-1]) + items[1:], fold, opening, multiline)
    if op in _REPEATS:
        low, _, body = av
        if low >= 1:
            return _leading(list(body), fold, opening, multiline)
        # "(?:ont\s+)?perdu": a match starts with the group or, without it, with what follows
        with_it, without = _leading(list(body), fold, opening, multiline), _leading(items[1:], fold, opening, multiline)
        return with_it | without if with_it and without else None
    if op is _c.BRANCH:
        alternatives = [_leading(list(a), fold, opening, multiline) for a in av[1]]
        return set().union(*alternatives) if all(alternatives) else None
    chars = {_char(av, fold)} if op is _c.LITERAL else _starting_class(av, fold) if op is _c.IN else None
    if not chars or None in chars:
        return None
    rest = _leading(items[1:], fold, False)  # (what follows the opening: no marks)
    if rest and len(chars) * len(rest) <= _MAX_LEADING:
        return {c + r for c in chars for r in rest}
    return chars


#: Marks a leading literal that a match starts right after (a look-behind's character).
_AFTER = "\x01"
#: A leading "literal" for a match at the text's start (``^``).
_TEXT_START = "\x02"


#: At most this many literals stand for the starts of a pattern's matches.
_MAX_LEADING = 1024


def _starting_class(items, fold: bool) -> set[str] | None:
    """The characters of a class a match may start with: a small class of
    plain characters (see :func:`_class`), or one of digits and such
    characters ("\\d", "[\\d,]"), which stands for every decimal digit ``re``
    knows (a number in any script; those of an ASCII-only pattern among
    them).  A toll or a date then starts only where a digit stands."""
    digits = [item for item in items if item == (_c.CATEGORY, _c.CATEGORY_DIGIT)]
    if not digits:
        return _class(items, fold)
    rest = [item for item in items if item not in digits]
    others = _class(rest, fold) if rest else set()
    return None if others is None else others | _decimal_digits()


@lru_cache(maxsize=None)
def _decimal_digits() -> frozenset[str]:
    """Every character ``\\d`` matches in a str pattern (``str.isdecimal``)."""
    return frozenset(ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isdecimal())


def _is_word(ch: str) -> bool:
    """Whether ``re`` counts a character as part of a word (its ``\\w``)."""
    return ch.isalnum() or ch == "_"


def _quality(literals: set[str]) -> tuple[int, int, int]:
    """A set is better when its shortest literal is longer (fewer chance hits),
    then when it is smaller, then when more of it must start a word."""
    plain = [literal.lstrip(_WORD_START) for literal in literals]
    return min(map(len, plain)), -len(plain), sum(literal.startswith(_WORD_START) for literal in literals)


def _char(code: int, fold: bool) -> str | None:
    ch = chr(code)
    if not fold:
        return ch
    low = ch.lower()
    # beyond Latin-1, case-insensitive matching and str.lower may part ways,
    # but not for a character without case (the apostrophe ’, the dashes)
    if low == ch == ch.upper():
        return ch
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


def _required(items: list, fold: bool, word_start: bool | None = False) -> set[str] | None:
    """The best required set of a sequence of syntax nodes: every node of a
    sequence must match, so each run of literal characters is required, and
    so is the required set of each group or repeat that must occur.

    ``word_start``: the sequence starts right after ``\\b`` (``None``: word
    starts are not tracked, for a pattern whose ``\\b`` is ASCII-only)."""
    best: set[str] | None = None
    run = [""]
    track = word_start is not None
    boundary = bool(word_start)  # the next node starts right after \b
    marked = False  # the current run starts right after \b

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and all(c.lstrip(_WORD_START) for c in candidate) \
                and (best is None or _quality(candidate) > _quality(best)):
            best = candidate

    def flush() -> None:
        nonlocal run, marked
        consider({_WORD_START + r if marked and r and _is_word(r[0]) else r for r in run})
        run = [""]
        marked = False

    def nested(node: list) -> set[str] | None:
        return _required(node, fold, boundary if track else None)

    for op, av in items:
        starts = run == [""]
        if starts:
            marked = boundary
        after_boundary, boundary = boundary, False
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
            # \b, ^, $: zero width, the characters around stay adjacent
            boundary = track and starts and (av == _c.AT_BOUNDARY or after_boundary)
            continue
        elif op is _c.SUBPATTERN:
            flush()
            boundary = after_boundary
            if not (av[1] | av[2]) & re.IGNORECASE:  # a group that turns case-blindness on or off is left alone
                consider(nested(list(av[-1])))
            boundary = False
        elif op is _c.BRANCH:
            flush()
            boundary = after_boundary
            alternatives = [nested(list(a)) for a in av[1]]
            boundary = False
            if all(alternatives):
                consider(set().union(*alternatives))
        elif op in _REPEATS:
            flush()
            low, _, body = av
            boundary = after_boundary
            if low >= 1:
                consider(nested(list(body)))
            boundary = False
        else:  # any character, categories, look-arounds, back-references: nothing required here
            flush()
    flush()
    return best


#: A pattern is tried alternative by alternative when it opens with a group of at least this many.
_MIN_SPLIT = 4


def _split_alternatives(pattern: str) -> tuple[list[str], str] | None:
    """``(["A", "B", ...], tail)`` for a pattern written ``(?:A|B|...)tail``,
    or ``(["A", "B", ...], "")`` for one written ``A|B|...``, or ``None``."""
    return _split_group(pattern) or _split_top(pattern)


def _structure(pattern: str):
    """The ``(``, ``)`` and ``|`` that shape a pattern, as ``(index, char,
    depth)``: the depth of the group each stands at (a bracket's own group),
    minding escapes and character classes."""
    depth, i = 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if pattern[i:i + 1] == "^":
                i += 1
            if pattern[i:i + 1] == "]":
                i += 1
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        if c == "(":
            depth += 1
            yield i, c, depth
        elif c == ")":
            yield i, c, depth
            depth -= 1
        elif c == "|":
            yield i, c, depth
        i += 1


def _split_group(pattern: str) -> tuple[list[str], str] | None:
    """``(["A", "B", ...], tail)`` for a pattern written ``(?:A|B|...)tail``,
    or ``None``.  The string is cut at the ``|`` of the opening group's own
    level."""
    if not pattern.startswith("(?:"):
        return None
    start, parts = 3, []
    for i, c, depth in _structure(pattern):
        if depth != 1 or c == "(":
            continue
        parts.append(pattern[start:i])
        start = i + 1
        if c == ")":
            tail = pattern[i + 1:]
            if tail[:1] in ("?", "*", "+", "{") or len(parts) < _MIN_SPLIT:
                return None  # a repeated group, or too few alternatives to gain
            return parts, tail
    return None


def _split_top(pattern: str) -> tuple[list[str], str] | None:
    """``(["A", "B", ...], "")`` for a pattern that is an alternation at its
    top level, ``A|B|...`` (at least ``_MIN_SPLIT`` alternatives), else
    ``None``: its leftmost match is where its earliest alternative matches."""
    start, parts, balance = 0, [], 0
    for i, c, depth in _structure(pattern):
        balance += {"(": 1, ")": -1}.get(c, 0)
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return (parts, "") if len(parts) >= _MIN_SPLIT and balance == 0 else None


@lru_cache(maxsize=16)
def _folded(text: str) -> str | None:
    """The lower-cased text the literals are looked for in, or ``None`` when
    it holds a letter that case-blind matching and lower-casing treat apart.
    A sentence is asked about by a few dozen rules in a row: remembered."""
    if not text.isascii() and (_DOTLESS_I in text or _DOTTED_I in text or _LONG_S in text):
        return None
    return text.lower()


def _starts_word(text: str, start: int) -> bool:
    """Whether a word may start at ``start`` (``\\b`` before a word character)."""
    return start == 0 or not _is_word(text[start - 1])


class Prefiltered:
    """A compiled pattern with its required literals: ``search``, ``match``,
    ``finditer`` and ``sub`` answer as the pattern does, ``search``,
    ``finditer`` and ``sub`` skipping it on text that holds none of the
    literals (``match``, tried at one position, runs it at once)."""

    __slots__ = ("regex", "literals", "_fold", "_automaton", "_parts", "_filter", "_starts", "_at_start",
                 "_shifts", "_from_text_start", "_fold_starts")

    def __init__(self, regex: re.Pattern, *, split: bool = True) -> None:
        self.regex = regex
        # "(?:A|B|C...)tail": each alternative with the tail, to try only those whose words occur;
        # each is prefiltered too, so that it is tried only where its own words start
        split = _split_alternatives(regex.pattern) if split and not regex.flags & re.VERBOSE else None
        try:
            # (an alternative is split in turn: "A|B|(?:C|D|E|F)" tries C, D, E and F apart)
            parts = [Prefiltered(re.compile(f"(?:{part}){split[1]}" if split[1] else part, regex.flags))
                     for part in split[0]] if split else None
        except re.error:  # an alternative that cannot stand alone (a reference to another's group)
            parts = None
        # an alternative split in turn lends its own alternatives (each with
        # its tail): one pass of the group then picks among all of them,
        # where a group per level scanned the text once more at each level
        self._parts = [leaf for part in parts for leaf in (part._parts or (part,))] if parts else None
        self._filter = PrefilterGroup(self._parts) if self._parts else None
        tree, fold, multiline = _tree(regex.pattern, regex.flags), bool(regex.flags & re.IGNORECASE), \
            bool(regex.flags & re.MULTILINE)
        leading = _leading(tree, fold, multiline=multiline)
        #: whether the starts are looked for in the lower-cased text
        self._fold_starts = fold
        if leading is None and not fold:
            # a case-sensitive pattern with a case-blind group ("(?i:gov|capt)\.?\s+Nixon"):
            # its starts are looked for in the lower-cased text, lower-cased, since
            # where its case-sensitive letters stand their lower case does too (a
            # few more starts are tried, none is missed); without, it was searched
            # at every position of the text
            leading = _leading(tree, True, multiline=multiline)
            self._fold_starts = leading is not None
        # the automata are built when first asked (their literals until then):
        # the alternatives of a split pattern never check their own literals
        self._starts: ahocorasick_rs.AhoCorasick | tuple[str, ...] | bool | None = \
            tuple(sorted(leading)) if leading else None
        self._shifts: tuple[int, ...] | None = None  # how far after each leading literal a match starts
        self._from_text_start = False  # whether a match may start at the text's start whatever it holds
        marked = _marked_literals(regex)
        self.literals = frozenset(literal.lstrip(_WORD_START) for literal in marked) if marked else None
        self._fold = bool(regex.flags & re.IGNORECASE)
        self._automaton = None
        self._at_start = None
        if marked:
            # a literal needs a word's start only if every rule that gives it says so
            anywhere = {literal for literal in marked if not literal.startswith(_WORD_START)}
            literals = sorted(self.literals)
            self._automaton = tuple(literals)
            at_start = tuple(literal not in anywhere for literal in literals)
            self._at_start = at_start if any(at_start) else None

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    @property
    def flags(self) -> int:
        return self.regex.flags

    def may_match(self, text: str) -> bool:
        """False only when the pattern cannot match anywhere in ``text``."""
        automaton = self._automaton
        if automaton is None:
            return True
        if type(automaton) is tuple:
            automaton = self._automaton = _automaton(automaton)
        if self._fold:
            text = _folded(text)
            if text is None:
                return True
        at_start = self._at_start
        try:
            if at_start is None:  # any literal anywhere will do: the first hit answers
                return bool(automaton.find_matches_as_indexes(text))
            hits = automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate: no UTF-8 to search
            return True
        for index, start, _ in hits:
            if not at_start[index] or start == 0:
                return True
            before = text[start - 1]  # asked of every sentence by every rule: _starts_word inlined
            if not (before.isalnum() or before == "_"):
                return True
        return False

    def _start_positions(self, text: str) -> list[int] | None:
        """Where a match may start, in order (``None``: anywhere)."""
        starts = self._starts
        if starts is None:
            return None
        if type(starts) is tuple:
            starts = self._starts = self._starts_automaton(starts)
        if self._fold_starts:
            text = _folded(text)
            if text is None:
                return None
        try:
            hits = () if starts is False else starts.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate: no UTF-8 to search
            return None
        if self._shifts is None:  # the hits' starts, read at C speed (most texts have none or one)
            return sorted(set(map(_HIT_START, hits))) if hits else []
        shifts = self._shifts
        found = {start + shifts[index] for index, start, _ in hits}
        if self._from_text_start:
            found.add(0)
        return sorted(found)

    def _starts_automaton(self, literals: tuple[str, ...]):
        """The automaton of the leading literals, their marks (``_AFTER``,
        ``_TEXT_START``) read into ``_shifts`` (``None`` when there are none);
        ``False`` when only the text's start is left."""
        self._from_text_start = _TEXT_START in literals
        bare = tuple(literal.lstrip(_AFTER) for literal in literals if literal != _TEXT_START)
        if any(literal.startswith(_AFTER) for literal in literals) or self._from_text_start:
            self._shifts = tuple(len(literal) - 1 if literal.startswith(_AFTER) else 0
                                 for literal in literals if literal != _TEXT_START)
        return _automaton(bare) if bare else False

    def _positional(self, text: str) -> Iterator[re.Match] | None:
        """The matches of ``finditer``, trying the pattern only where a match may start."""
        positions = self._start_positions(text)
        if positions is None:
            return None
        # most texts a pattern is tried on hold none of its starts: no generator for them
        return self._matches_at(text, positions) if positions else iter(())

    def _matches_at(self, text: str, positions: list[int]) -> Iterator[re.Match]:
        """:meth:`_positional`'s matches: a method, not a closure made for every call."""
        end = 0
        match = self.regex.match
        for start in positions:
            if start >= end:
                found = match(text, start)
                if found:
                    yield found
                    end = max(found.end(), start + 1)

    def search(self, text: str, *args, found: bool = False) -> re.Match | None:
        """``found``: a group's pass has just found this pattern's words in
        ``text`` (see :meth:`PrefilterGroup.candidates`), so they are not
        looked for again (likewise for ``match`` and ``finditer``)."""
        if not found and not self.may_match(text):
            return None
        if args:
            return self.regex.search(text, *args)
        return self._first(text)

    def _first(self, text: str) -> re.Match | None:
        """``search`` once the literals are known to occur (or an alternative
        its group has let through): tried only where a match may start."""
        if self._parts is None:
            # the first of _positional's matches, without making its generator
            # (asked some 130 times a document, mostly of a sentence with no match)
            positions = self._start_positions(text)
            if positions is None:
                return self.regex.search(text)
            match = self.regex.match
            for start in positions:
                found = match(text, start)
                if found:
                    return found
            return None
        # The whole pattern matches first where its earliest alternative does;
        # matched there, it gives the very match its own search would.
        earliest = None
        for i in self._filter.candidates(text):
            found = self._parts[i]._first(text)
            if found is not None and (earliest is None or found.start() < earliest):
                earliest = found.start()
        return self.regex.match(text, earliest) if earliest is not None else None

    def match(self, text: str, *args, found: bool = False) -> re.Match | None:
        """The pattern's own ``match``, not prefiltered: anchored at one
        position, it is tried once and most often fails at its first
        characters, which costs less than an automaton pass over the whole
        text (a third of the instructions of those checks, some 50 a
        document; ``found`` is accepted for the callers of ``search``)."""
        return self.regex.match(text, *args)

    def finditer(self, text: str, *args, found: bool = False) -> Iterator[re.Match]:
        if not found and not self.may_match(text):
            return iter(())
        found = None if args else self._positional(text)
        return self.regex.finditer(text, *args) if found is None else found

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count) if self.may_match(text) else text


#: Where an automaton's hit ``(literal index, start, end)`` starts.
_HIT_START = itemgetter(1)


def prefiltered(pattern: str, flags: int = 0) -> Prefiltered:
    """``re.compile`` with a prefilter (see :class:`Prefiltered`)."""
    return Prefiltered(re.compile(pattern, flags))


class PrefilterGroup:
    """Which of several patterns may match a text, found in one pass: a
    lexicon tried pattern by pattern in order of precedence (event triggers,
    date expressions) then runs only the patterns whose literals occur.

    ``word_starts=False`` drops the marks of literals that must start a word:
    the group then answers for every slice of the text too (a slice may begin
    inside a word, where its own ``\\b`` holds), so that a text's answer, found
    once, can stand for each slice of it that a rule is asked of."""

    __slots__ = ("size", "checked", "_always", "_automaton", "_masks", "_sets", "_everything")

    def __init__(self, patterns: list[re.Pattern], *, word_starts: bool = True) -> None:
        self.size = len(patterns)
        always = set()
        anywhere: dict[str, set[int]] = {}  # literal -> patterns that need it anywhere
        at_start: dict[str, set[int]] = {}  # literal -> patterns that need it at a word's start
        for index, regex in enumerate(patterns):
            literals = _marked_literals(regex)
            fold = bool(regex.flags & re.IGNORECASE)
            # the group searches the lower-cased text, which holds a case-sensitive
            # literal's lower case wherever the text holds the literal ("[Tt]he"):
            # str.lower maps character by character, but for the two capitals
            # whose lower case depends on the context or is two characters long
            if not literals or not fold and any(_CONTEXT_LOWER.search(literal) for literal in literals):
                always.add(index)
                continue
            for literal in literals:
                word = literal.lstrip(_WORD_START)
                word = word if fold else word.lower()
                if literal.startswith(_WORD_START) and word_starts:
                    at_start.setdefault(word, set()).add(index)
                else:
                    anywhere.setdefault(word, set()).add(index)
        #: the patterns whose words the pass looks for: a candidate among them
        #: holds them (the others are candidates whatever the text)
        self.checked = frozenset(range(self.size)) - always
        # the patterns as bits of an int: a hit adds its patterns with one "|"
        self._always = sum(1 << index for index in always)
        self._everything = frozenset(range(self.size))
        self._sets: dict[int, frozenset[int]] = {}  # bits -> the indices, made once per combination
        self._automaton = None
        self._masks: tuple[tuple[int, int], ...] = ()
        if anywhere or at_start:
            literals = sorted(anywhere.keys() | at_start.keys())
            self._automaton = _automaton(tuple(literals))
            self._masks = tuple((sum(1 << i for i in anywhere.get(literal, ())),
                                 sum(1 << i for i in at_start.get(literal, ()))) for literal in literals)

    def candidates(self, text: str) -> frozenset[int]:
        """The indices of the patterns that may match somewhere in ``text``;
        the others cannot."""
        text = _folded(text) if self._automaton is not None else None
        if text is None:
            return self._everything
        found = self._always
        masks = self._masks
        try:
            hits = self._automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate: no UTF-8 to search
            return self._everything
        for index, start, _ in hits:
            anywhere, at_start = masks[index]
            found |= anywhere
            if at_start & ~found and _starts_word(text, start):
                found |= at_start
        indices = self._sets.get(found)
        if indices is None:
            if len(self._sets) >= _MAX_COMBINATIONS:
                self._sets.clear()
            indices = self._sets[found] = frozenset(i for i in range(self.size) if found >> i & 1)
        return indices


@lru_cache(maxsize=None)
def _automaton(literals: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    """An Aho-Corasick automaton of ``literals``, compiled to a DFA (the
    fastest to search).  A hit reports the literal's index in ``literals``
    and its character span.  One automaton per set of literals: a pattern's
    required and leading literals are often the same, and so are a split
    pattern's and its alternatives' (a DFA takes tens of kilobytes)."""
    return ahocorasick_rs.AhoCorasick(literals, implementation=ahocorasick_rs.Implementation.DFA)


#: At most this many combinations of a group's patterns have their index sets remembered.
_MAX_COMBINATIONS = 4096
