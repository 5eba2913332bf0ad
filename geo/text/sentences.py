"""Text: sentences with character offsets, and the dateline.

Every later stage works on :class:`Sentence` spans so that a mention, a date
or a death toll can always be traced back to the exact characters of the
document that produced it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document body: its index and ``[start, end)`` span."""

    index: int
    start: int
    end: int
    text: str

    @property
    def anchor(self) -> str:
        """The HTML id of this sentence in the rendered source page."""
        return f"s{self.index}"


#: pysbd's time per character grows with the length of the text it is given
#: (it rescans the text once per rule and per sentence), so it is never given
#: more than this many characters at once.  Real paragraphs are shorter and
#: are segmented whole, exactly as before; longer runs of text are segmented
#: window by window (see :func:`_segment_long`), which keeps the cost per
#: character constant.
WINDOW_CHARS = 3000
#: No sentence is longer than this; a run of text without any sentence end
#: (a table flattened to one line) is cut at a space.
MAX_SENTENCE_CHARS = WINDOW_CHARS


@lru_cache(maxsize=4)
def _segmenter(language: str) -> pysbd.Segmenter:
    lang = language if language in ("en", "fr", "es", "de", "it") else "en"
    return pysbd.Segmenter(language=lang, clean=False)


def _spans(text: str, language: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence pysbd finds in ``text``.

    pysbd's own ``char_span`` option searches the whole text once per
    sentence; a forward cursor does the same job in one pass.  With
    ``clean=False`` each sentence is a piece of the text, so it is found
    at or after the cursor.
    """
    spans = []
    cursor = 0
    for sentence in _segmenter(language).segment(text):
        piece = sentence.strip()
        if not piece:
            continue
        start = text.find(piece, cursor)
        if start < 0:  # not expected; keep the text whole rather than lose it
            start = cursor
            end = max(cursor, min(len(text), cursor + len(piece)))
        else:
            end = start + len(piece)
        spans.append((start, end))
        cursor = end
    return spans


def _segment_long(text: str, language: str) -> list[tuple[int, int]]:
    """Sentence spans of a text of any length in linear time.

    The text is segmented a window at a time.  Every sentence of a window
    but the last is final; the next window starts where the last one began,
    so a sentence cut by the window's edge is segmented again whole.  When a
    window holds no sentence end at all, it is cut at its last space.
    """
    if len(text) <= WINDOW_CHARS:
        return _spans(text, language)
    spans: list[tuple[int, int]] = []
    position = 0
    while position < len(text):
        window = text[position:position + WINDOW_CHARS]
        found = _spans(window, language)
        if position + WINDOW_CHARS >= len(text):
            spans.extend((position + a, position + b) for a, b in found)
            break
        if len(found) >= 2:
            spans.extend((position + a, position + b) for a, b in found[:-1])
            position += found[-1][0]
            continue
        cut = window.rfind(" ", MAX_SENTENCE_CHARS // 2)
        cut = cut if cut > 0 else len(window)
        piece = window[:cut]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            spans.append((position + lead, position + len(piece.rstrip())))
        position += cut
    return spans


def split_sentences(body: str, language: str = "en") -> list[Sentence]:
    """Split a body into sentences, trimming surrounding whitespace.

    Paragraph breaks always end a sentence, even when the segmenter would
    join a heading-like line with the next paragraph.  Time is linear in
    the length of the body (see :data:`WINDOW_CHARS`).
    """
    sentences: list[Sentence] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", body):
        chunk = para.group(0)
        if not chunk.strip():
            continue
        for start, end in _segment_long(chunk, language):
            raw = chunk[start:end]
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            if not text:
                continue
            begin = para.start() + start + lead
            sentences.append(Sentence(len(sentences), begin, begin + len(text), text))
    return sentences


#: "PORT-AU-PRINCE, Haiti (AP) —", "GOMA, Congo (Reuters) -", "KHARKIV, Ukraine —"
_DATELINE = re.compile(
    r"""^\s*(?P<place>[A-Z][A-Z\-'’. ]{1,40}[A-Z])      # the place, in capitals
        (?:\s*,\s*(?P<region>[A-Z][\w\-'’. ]{1,40}?))?      # its country or state
        \s*(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?   # the agency
        \s*[—–-]{1,2}\s""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Dateline:
    """The place a story was filed from, as written in its dateline."""

    place: str
    region: str | None
    start: int
    end: int


def find_dateline(body: str) -> Dateline | None:
    """Read a wire-style dateline at the start of the body, if there is one."""
    match = _DATELINE.match(body)
    if not match:
        return None
    place = match.group("place").strip().title()
    region = (match.group("region") or "").strip() or None
    return Dateline(place, region, match.start("place"), match.end("place"))
