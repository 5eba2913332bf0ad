"""Source documents: reading a seed file into a :class:`Document`.

A document is the unit of work.  Each one is read, checked and parsed on its
own, with no state shared between documents, so a corpus can later be
processed in parallel (one task per file) with the same function.

The body keeps every character of the file after the header, so the
character offsets stored with each quote point into exactly the text the
user sees in the rendered source page.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from geo.errors import FrontMatterError, SeedError

log = logging.getLogger(__name__)

#: Extensions read as documents.  Gazetteer packs (``*.gazetteer.csv``) and
#: incident tables live in the same folder but are not prose.
DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown")

_FRONT_MATTER_KEYS = {"title", "date", "url", "language", "source", "place"}


@dataclass(frozen=True)
class Document:
    """One source document, with its metadata and its body text.

    ``doc`` is the path relative to the seeds folder, with ``/`` separators:
    it is the document's identity in layers and links.  ``body_offset`` is
    where the body starts in the decoded file, so an offset in the body plus
    ``body_offset`` is an offset in the file.
    """

    doc: str
    path: Path
    title: str | None
    date: dt.date | None
    url: str | None
    language: str
    body: str
    body_offset: int = 0
    encoding: str = "utf-8"
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def source(self) -> dict:
        """The ``sources`` entry that incidents from this document carry."""
        return {
            "doc": self.doc,
            "title": self.title,
            "url": self.url,
            "date": self.date.isoformat() if self.date else None,
        }


def discover_documents(seeds: Path) -> list[Path]:
    """List the document files under ``seeds``, in a stable order.

    Raises
    ------
    SeedError
        If the folder does not exist or holds no document, since building a
        map of nothing is almost always a wrong path.
    """
    seeds = Path(seeds)
    if not seeds.exists():
        raise SeedError(seeds, "seeds folder does not exist")
    if not seeds.is_dir():
        raise SeedError(seeds, "seeds path is not a folder")
    found = sorted(
        (p for p in seeds.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
         and not any(part.startswith(".") for part in p.relative_to(seeds).parts)),
        key=lambda p: p.relative_to(seeds).as_posix(),
    )
    return found


def read_document(path: Path, seeds: Path | None = None) -> Document:
    """Read and parse one document file.

    Raises
    ------
    SeedError
        For an empty or binary file.
    FrontMatterError
        For a header block that cannot be parsed.
    """
    path = Path(path)
    doc = path.relative_to(seeds).as_posix() if seeds is not None else path.name
    raw = path.read_bytes()
    text, encoding = decode(raw, path)
    if not text.strip():
        raise SeedError(path, "file is empty")
    meta, body, body_offset = split_front_matter(text, path)
    title = meta.get("title")
    if title is None:
        title, body, body_offset = _headline(body, body_offset)
    return Document(
        doc=doc,
        path=path,
        title=title,
        date=meta.get("date"),
        url=meta.get("url"),
        language=meta.get("language") or "en",
        body=body,
        body_offset=body_offset,
        encoding=encoding,
        extra={k: v for k, v in meta.items() if k not in {"title", "date", "url", "language"}},
    )


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    """Decode file bytes as UTF-8, falling back to cp1252 with a warning.

    French news sites still serve Latin-1/cp1252 pages; refusing them would
    lose real reports, so they are read and the user is told which file was
    guessed.  Bytes that are clearly not text (NUL bytes, many control
    characters) are refused instead.
    """
    if not raw:
        raise SeedError(path, "file is empty")
    if _looks_binary(raw):
        raise SeedError(path, "file is binary, not text (expected UTF-8 .txt or .md)")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1252", errors="replace")
    log.warning("%s: not valid UTF-8; read as cp1252 (Windows Latin-1)", path)
    return text, "cp1252"


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(1, len(sample) // 100)


_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)


def split_front_matter(text: str, path: Path) -> tuple[dict, str, int]:
    """Separate a ``---`` header block from the body.

    Returns the parsed metadata, the body and the body's offset in ``text``.
    Only the keys we understand are type-checked; unknown keys are kept in
    ``Document.extra`` so a user's own bookkeeping survives.
    """
    if not (text.startswith("---\n") or text.startswith("---\r\n") or text.rstrip() == "---"):
        return {}, text, 0
    first_nl = text.index("\n") + 1 if "\n" in text else len(text)
    closing = _FENCE.search(text, first_nl)
    if closing is None:
        raise FrontMatterError(path, "front matter starts with '---' but is never closed by a '---' line", line=1)
    block = text[first_nl:closing.start()]
    try:
        meta = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(exc, "problem", None) or "invalid YAML"
        raise FrontMatterError(path, f"front matter is not valid YAML: {reason}", line=line) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError(path, "front matter must be 'key: value' lines", line=2)
    meta = {str(k).strip().lower(): v for k, v in meta.items()}
    checked = {k: _check_field(k, v, path, _key_line(block, k)) for k, v in meta.items()}
    body_start = closing.end()
    if text.startswith("\r\n", body_start):
        body_start += 2
    elif text.startswith("\n", body_start):
        body_start += 1
    return checked, text[body_start:], body_start


def _key_line(block: str, key: str) -> int:
    for number, line in enumerate(block.splitlines(), start=2):
        if line.lower().startswith(f"{key}:"):
            return number
    return 2


def _check_field(key: str, value, path: Path, line: int):
    if value is None or value == "":
        return None
    if key == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            raise FrontMatterError(path, f"front matter field 'date': {value!r} is not an ISO date (YYYY-MM-DD)", line=line) from None
    if key == "url":
        url = str(value).strip()
        if not re.match(r"^https?://\S+$", url, re.IGNORECASE):
            raise FrontMatterError(path, f"front matter field 'url': {url!r} is not an http(s) URL", line=line)
        return url
    if key in ("title", "language", "place"):
        if isinstance(value, (dict, list)):
            raise FrontMatterError(path, f"front matter field '{key}' must be text", line=line)
        return str(value).strip()
    return value


_HEADLINE_MAX = 200


def _headline(body: str, offset: int) -> tuple[str | None, str, int]:
    """Take the first line as the title when it reads like a headline.

    A headline is short, stands alone (a blank line or the end follows it)
    and does not end like a sentence; otherwise the title stays unknown and
    the whole text is body.
    """
    stripped = body.lstrip("\ufeff\r\n ")
    lead = len(body) - len(stripped)
    first, sep, rest = stripped.partition("\n")
    line = first.strip()
    if not line or len(line) > _HEADLINE_MAX or line.endswith((".", ",", ";", ":")):
        return None, body, offset
    if not rest.strip():
        return None, body, offset  # a one-paragraph text is all body
    if not rest.startswith(("\n", "\r\n")):
        return None, body, offset
    after = rest.lstrip("\r\n")
    consumed = lead + len(first) + len(sep) + (len(rest) - len(after))
    return line, after, offset + consumed
