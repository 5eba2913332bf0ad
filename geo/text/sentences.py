"""Text: sentences with character offsets, and the dateline.

Every later stage works on :class:`Sentence` spans so that a mention, a date
or a death toll can always be traced back to the exact characters of the
document that produced it.
"""

from __future__ import annotations

import ctypes
import re
import threading
from dataclasses import dataclass

import blingfire

from geo.text.wordlists import NEWS_AGENCIES


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


def split_sentences(body: str, language: str = "en") -> list[Sentence]:
    """Split a body into sentences, trimming surrounding whitespace.

    Paragraph breaks always end a sentence, even when the segmenter would
    join a heading-like line with the next paragraph.  The segmenter is
    BlingFire's finite-state sentence breaker: linear in the length of the
    text and about a hundred times faster than rule-by-rule regular
    expressions, which is what lets a corpus of thousands of articles run
    in seconds.  ``language`` is accepted for callers that know it; the
    breaker's rules serve English and French alike.
    """
    sentences: list[Sentence] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", body):
        for offset, piece in _pieces(para.group(0)):
            chunk = unwrap(piece)
            if not chunk.strip():
                continue
            for begin, end in bounded(chunk, _line_ends(chunk, _accented_starts(chunk, _segment(chunk)))):
                raw = chunk[begin:end]
                lead = len(raw) - len(raw.lstrip())
                text = raw.strip()
                if not text:
                    continue
                start = para.start() + offset + begin + lead
                sentences.append(Sentence(len(sentences), start, start + len(text), text))
    return sentences


#: A line of a web page's video list: a running time ("02:21") or the link
#: that plays it.  It ends the line before it and starts none: the titles
#: around it are other stories, each a "sentence" of its own.
MEDIA_LINE = re.compile(r"^[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?|(?i:(?:go\s+to|watch|play)\s+(?:the\s+)?video|"
                        r"regarder\s+la\s+vid[ée]o|voir\s+la\s+vid[ée]o))[ \t]*$", re.M)


def _pieces(paragraph: str) -> list[tuple[int, str]]:
    """A paragraph cut at its media lines (see :data:`MEDIA_LINE`), each
    piece with its offset; the usual paragraph has none and is one piece."""
    if ":" not in paragraph and "vid" not in paragraph and "Vid" not in paragraph:
        return [(0, paragraph)]
    out = []
    last = 0
    for match in MEDIA_LINE.finditer(paragraph):
        out.append((last, paragraph[last:match.start()]))
        out.append((match.start(), match.group(0)))
        last = match.end()
    out.append((last, paragraph[last:]))
    return [(offset, piece) for offset, piece in out if piece.strip()]


def _segment(text: str) -> list[tuple[int, int]]:
    """BlingFire's ``[begin, end)`` sentence spans of ``text``, in characters:
    what ``blingfire.text_to_sentences_and_offsets`` returns.

    That function maps the UTF-8 byte offsets of its C library to character
    offsets in a Python loop over every byte, which cost more than the
    segmenting itself.  Here the C function is called the same way and the
    offsets are mapped at C speed: unchanged for ASCII text, by decoding the
    bytes before each offset otherwise.  Any answer that the library's own
    mapping would treat differently (offsets out of order or inside a
    character) goes to the library's function, so the spans are always its.
    """
    data = text.encode("utf-8")
    size = len(data)
    room = size * 2
    # ctypes makes a new array type for every new length (25 µs each, and
    # kept for good); paragraph-sized buffers rounded up to a power of two
    # reuse a few types, while a huge one is allocated at its size.
    capacity = 1 << max(10, room.bit_length()) if room <= 1 << 16 else room
    out, starts, ends = _buffers(capacity) if room <= 1 << 16 else _new_buffers(capacity)
    length = blingfire.blingfire.TextToSentencesWithOffsets(
        ctypes.c_char_p(data), ctypes.c_int(size), ctypes.byref(out), ctypes.byref(starts), ctypes.byref(ends),
        ctypes.c_int(room))
    if length == -1 or length > room:
        return []
    # the text the call wrote (a reused buffer may hold an earlier, longer one past it)
    count = out[:length].split(b"\0", 1)[0].count(b"\n") + 1
    offsets = [o for pair in zip(starts[:count], ends[:count]) for o in (pair[0], pair[1] + 1)]
    ordered = bool(offsets) and offsets[0] >= 0 and all(a <= b for a, b in zip(offsets, offsets[1:]))
    if not ordered or offsets[-1] > size or any(o >= size for o in offsets[:-1]) or (
            size != len(text) and any(o < size and data[o] & 0xC0 == 0x80 for o in offsets)):
        return blingfire.text_to_sentences_and_offsets(text)[1]
    if size != len(text):
        offsets = [len(data[:o].decode("utf-8")) for o in offsets]
    return list(zip(offsets[::2], offsets[1::2]))


def _new_buffers(capacity: int):
    """The segmenter's output buffers: its text, and the begin and end offsets."""
    return (ctypes.c_char * capacity)(), (ctypes.c_int32 * capacity)(), (ctypes.c_int32 * capacity)()


_LOCAL = threading.local()


def _buffers(capacity: int):
    """:func:`_new_buffers` of a paragraph-sized capacity, kept per thread and
    reused: a document has a dozen paragraphs, and allocating (and zeroing)
    three arrays for each cost as much as segmenting it.  The C function
    writes the offsets it returns before they are read, so what an earlier
    paragraph left in them is never seen."""
    kept = getattr(_LOCAL, "buffers", None)
    if kept is None:
        kept = _LOCAL.buffers = {}
    found = kept.get(capacity)
    if found is None:
        found = kept[capacity] = _new_buffers(capacity)
    return found


#: A sentence end the segmenter misses: before a capital with an accent
#: (« (Val-d'Oise). À Fresnes », « ont brûlé. État d'urgence »), after a
#: lower-case word or a bracket, so that "M. Édouard" stays whole.
#: So is one whose space after the full stop was lost (« des soldats.Dès le
#: début »), after a lower-case word of three letters or more, so that
#: "Mr.Smith" and "U.S.Army" stay whole.
_ACCENTED_START = re.compile(r"(?:(?<=[a-zà-ÿ]{2})|(?<=\)))[.!?][»”\"]?\s+(?=[ÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ])"
                             r"|(?<=[a-zà-ÿ]{3})[.!?][»”\"]?(?=[A-ZÀ-Ý][a-zà-ÿ])")
#: What every such cut is followed by (a text without one needs no search):
#: an accented capital, or a stop after a lower-case letter and before a
#: capital.  Written to open with one class of characters, which ``re``
#: looks for with its fast scan, where an alternation is tried in full at
#: every character of the paragraph.
_ACCENTED_CAPITAL = re.compile(r"[.!?ÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ](?:(?<=[ÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ])|(?<=[a-zà-ÿ][.!?])[»”\"]?[A-ZÀ-Ý])")


def _accented_starts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The segmenter's spans, cut once more where a sentence opens with an
    accented capital or right after a full stop (see :data:`_ACCENTED_START`)."""
    if not _ACCENTED_CAPITAL.search(text):
        return spans  # the usual case: no accented capital, nothing to cut
    out: list[tuple[int, int]] = []
    for begin, end in spans:
        for cut in _ACCENTED_START.finditer(text, begin, end):
            out.append((begin, cut.end()))
            begin = cut.end()
        out.append((begin, end))
    return out


def _line_ends(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, cut once more at every line break that :func:`unwrap` kept.

    A kept break ends a sentence: the line ended in a full stop, or it is a
    heading ("Second attack: Diffa") or a name on a line of its own, which
    the segmenter would otherwise join to the paragraph below it, lending
    the heading's place to that paragraph's first sentence.
    """
    if "\n" not in text:
        return spans
    out: list[tuple[int, int]] = []
    for begin, end in spans:
        cut = text.find("\n", begin, end)
        while cut != -1:
            if text[begin:cut].strip():
                out.append((begin, cut))
            begin = cut + 1
            cut = text.find("\n", begin, end)
        out.append((begin, end))
    return out


#: No sentence is longer than this many characters (docs/limits.md).  Text
#: without sentence ends (a table flattened to one line, a list of names)
#: would otherwise make one sentence of megabytes, and later stages look at
#: a sentence as a whole.
MAX_SENTENCE_CHARS = 1000


def bounded(text: str, offsets) -> list[tuple[int, int]]:
    """The segmenter's ``[begin, end)`` spans, each longer than
    :data:`MAX_SENTENCE_CHARS` cut at the last space before the limit (or at
    the limit, when there is no space)."""
    spans: list[tuple[int, int]] = []
    for begin, end in offsets:
        while end - begin > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", begin + MAX_SENTENCE_CHARS // 2, begin + MAX_SENTENCE_CHARS)
            cut = cut if cut > begin else begin + MAX_SENTENCE_CHARS
            spans.append((begin, cut))
            begin = cut
        spans.append((begin, end))
    return spans


#: A line that a hard wrap cut: it runs on into the next line.
#: (It opens with the line break, which ``re`` then looks for with its fast
#: scan, and reads the character before it by looking behind.)
_SOFT_BREAK = re.compile(r"\n(?:(?<=[^\s.!?:;»\"”]\n)(?=[ \t]*[a-z(«\"“‘'0-9])|(?<=[\w,;–—-]\n)(?=[ \t]*\S))")


#: An item of a bulleted list: each is a line, and a sentence, of its own.
BULLET = re.compile(r"[ \t]*(?:[-–—•*▪►·]|\d{1,2}[.)])[ \t]+")

#: The last word of a wrapped line that runs on into a name: "a police station in / Carrefour",
#: « l'hôtel de ville de / Mirebalais », "senator / Moïse Jean-Charles".
_RUNS_ON = re.compile(r"(?:\b(?:in|at|of|to|toward|towards|the|on|from|for|by|with|near|into|and|or|a|an|de|du|des|à|au|"
                      r"aux|la|le|les|en|dans|sur|vers|par|pour|et|ou|un|une|senator|president|minister|mayor|"
                      r"governor|general|sénateur|président|ministre|maire|député)|\bl['’]|\bd['’])\s*$", re.I)


def _heading_line(line: str, longest: int) -> bool:
    """Whether a line followed by a capital stands on its own (a heading, a
    name, a dateline) rather than wrapping a sentence: much shorter than the
    paragraph's longest line, and not ending in a word that runs on into
    the next line.  Copy wrapped at 40 characters has no line twice as
    long as another."""
    text = line.strip()
    return len(text) < 50 and len(text) < 0.6 * longest and not _RUNS_ON.search(text)


def unwrap(paragraph: str) -> str:
    """Join the lines of a hard-wrapped paragraph, keeping every offset.

    Articles copied from web pages and e-mails are often wrapped at a fixed
    width, and a sentence segmenter takes each line break for a sentence
    end, cutting "seized the / police station in the town of St. Marc" in
    two.  A line break becomes a space when the line does not end a
    sentence and the next line continues it (lower case, or the line ends
    in a word or a comma).  A line that ends in a full stop, or a short
    heading-like line followed by a capital, keeps its break.
    """
    if "\n" not in paragraph:
        return paragraph
    out = []
    last = 0
    longest = max(len(line) for line in paragraph.split("\n"))
    for match in _SOFT_BREAK.finditer(paragraph):
        line_start = paragraph.rfind("\n", 0, match.start()) + 1
        line = paragraph[line_start:match.start()]
        nxt = paragraph[match.end():match.end() + 1]
        if nxt[:1].isupper() and (_heading_line(line, longest) or BULLET.match(line)) \
                or BULLET.match(paragraph, match.end()):
            continue  # a heading or a name on a line of its own, or the next item of a list
        out.append(paragraph[last:match.start()])
        out.append(" ")
        last = match.end()
    out.append(paragraph[last:])
    return "".join(out)


#: "PORT-AU-PRINCE, Haiti (AP) —", "GOMA, Congo (Reuters) -", "KHARKIV, Ukraine —"
_DATELINE = re.compile(
    r"""^\s*(?:date\s+\S+\s+)?(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý\-'’. ]{1,40}[A-ZÀ-Ý])      # the place, in capitals ("LIÈGE", "SÃO PAULO")
        (?:\s*,\s*(?P<region>[A-Z][\w\-'’.]*(?:\s[A-Z][\w\-'’.]*){0,3}))?   # its country or state
        (?:\s*,?\s*(?:\d{1,2}(?:er)?\s+\w+\.?|\w+\.?\s+\d{1,2}))?   # the day: "29 mars", "1er juillet", "July 6"
        \s*(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\)|,\s*[A-Z]{2,6}\b)?   # the agency: "(AP)", ", CMC"
        (?:\s+[—–-]{1,2}\s*|\s*[—–-]{1,2}\s+|\s*--)""",
    re.VERBOSE | re.MULTILINE,
)
#: "Washington (AFP) May 23, 2010 Haitian police..." : a place in title case,
#: then a news agency in brackets.
_AGENCY_LINE = re.compile(
    r"^\s*(?P<place>[A-Z][\w\-'’. ]{1,40}?)\s*(?:,\s*(?P<region>[A-Z][\w\-'’. ]{1,40}?)\s*)?"
    r"\((?P<agency>AFP|AP|Reuters|Xinhua|IPS|EFE|dpa|ANSA|UPI|CNN|BBC|Anadolu|HPN|AlterPresse|Haïti Press Network)\)",
    re.MULTILINE,
)
#: "Kyiv: Ukrainian authorities say...", "Sanaa (Yemen): A large explosion..."
_COLON_LINE = re.compile(
    r"^\s*(?:date\s+\S+\s+)?(?P<place>[A-Z][\w\-'’.]*(?:\s[A-Z][\w\-'’.]*){0,3})(?:/[A-Z][\w\-'’.]*)*\s*"
    r"(?:\((?P<region>[A-Z][\w\-'’. ]{1,30})\))?\s*:\s+(?=[A-Z])",
    re.MULTILINE,
)
#: "Port-au-Prince, 31 juillet 2024 —", "Maputo —", « Arcahaie (Haïti), 24 oct. 2024
#: [AlterPresse] --- », « Ouagadougou- Onze militaires… »: a place in title case
#: that opens a line, then a long dash, or a hyphen right after the name and
#: before a space (a hyphen that joins words has none), and the story's first word.
_TITLE_LINE = re.compile(
    r"^[ \t]*(?:date\s+\S+\s+)?(?P<place>[A-ZÀ-Ý][\w'’.]*(?:(?:-|\s|-[a-zà-ÿ]+-)[A-ZÀ-Ý][\w'’.]*){0,3})"
    r"(?:\s*\((?P<bracketed>[A-ZÀ-Ý][\w'’. -]{1,30})\))?"
    r"(?:\s*,\s*(?P<region>[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*){0,2}))?"
    r"(?:\s*,?\s*(?:le\s+)?(?:\d{1,2}(?:er)?\s+[a-zéû]+\.?(?:\s+\d{4})?|[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?))?"
    r"\s*(?:\[[^\]\n]{1,30}\]\s*)?(?:[—–]|-{2,3}|(?<=[\w.])-(?=[ \t]))\s*(?=[A-ZÀ-Ý«\"“])",
    re.MULTILINE,
)
#: How far into a body a dateline is looked for (a headline and a date line may come first).
DATELINE_WINDOW = 600


@dataclass(frozen=True)
class Dateline:
    """The place a story was filed from, as written in its dateline."""

    place: str
    region: str | None
    start: int
    end: int
    stop: int | None = None  # where the whole dateline ends (its dash, bracket or colon)


def _first_place(pattern: re.Pattern, head: str) -> re.Match | None:
    """The first match of a dateline pattern whose place is no news agency:
    "CNN —" on a line of its own signs the story (and CNN is also Kannur's
    airport code)."""
    return next((m for m in pattern.finditer(head) if m.group("place").strip().lower() not in NEWS_AGENCIES), None)


def find_dateline(body: str) -> Dateline | None:
    """Read a wire-style dateline near the start of the body, if there is one.

    Only the first lines count: a headline or a date may come before the
    dateline, but a city in capitals deep in the text is no dateline.
    """
    head = body[:DATELINE_WINDOW]
    match = _first_place(_DATELINE, head) or _first_place(_AGENCY_LINE, head) or _first_place(_COLON_LINE, head[:200]) \
        or _first_place(_TITLE_LINE, head)
    if not match:
        return None
    place = match.group("place").strip().title()
    region = next((group for group in ("region", "bracketed") if group in match.re.groupindex and match.group(group)), None)
    region = match.group(region).strip() if region else None
    return Dateline(place, region, match.start("place"), match.end("place"), match.end())
