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


@lru_cache(maxsize=4)
def _segmenter(language: str) -> pysbd.Segmenter:
    lang = language if language in ("en", "fr", "es", "de", "it") else "en"
    return pysbd.Segmenter(language=lang, clean=False, char_span=True)


def split_sentences(body: str, language: str = "en") -> list[Sentence]:
    """Split a body into sentences, trimming surrounding whitespace.

    Paragraph breaks always end a sentence, even when the segmenter would
    join a heading-like line with the next paragraph.
    """
    sentences: list[Sentence] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", body):
        chunk = para.group(0)
        if not chunk.strip():
            continue
        for span in _segmenter(language).segment(chunk):
            raw = span.sent
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            if not text:
                continue
            start = para.start() + span.start + lead
            sentences.append(Sentence(len(sentences), start, start + len(text), text))
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
