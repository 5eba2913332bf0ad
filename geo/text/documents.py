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
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from geo.errors import FrontMatterError, LimitError, SeedError, printable, shown

log = logging.getLogger(__name__)

#: Extensions read as documents.  Gazetteer packs (``*.gazetteer.csv``) and
#: incident tables live in the same folder but are not prose.
DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown")

_FRONT_MATTER_KEYS = {"title", "date", "url", "language", "source", "place"}

#: Limits on what one document may hold (docs/limits.md).  A document is
#: read whole into memory and processed in time linear in its size; the
#: limit keeps one stray file (a database dump renamed .txt) from taking
#: the machine's memory.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
#: A front-matter block is a few lines of metadata; 64 KiB is generous.
MAX_FRONT_MATTER_BYTES = 64 * 1024
#: YAML aliases may repeat a node; expanding them may add at most this many
#: values to a block (the "billion laughs" bomb expands 356 bytes into billions).
MAX_ALIAS_EXPANSION = 10_000


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
        (p for p in seeds.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES
         and not any(part.startswith(".") for part in p.relative_to(seeds).parts) and p.is_file()),
        key=lambda p: p.relative_to(seeds).as_posix(),
    )
    for path in found:
        check_inside(path, seeds)
        _check_name(path, seeds)
    return found


def check_inside(path: Path, seeds: Path) -> None:
    """Refuse a file of the seeds folder that is a link to somewhere else.

    Every document is published as a source page, so a link to
    ``/etc/passwd`` would publish that file.  Links within the folder are
    fine.

    Raises
    ------
    SeedError
        Naming the link and where it points.
    """
    real = Path(os.path.realpath(path))
    root = Path(os.path.realpath(seeds))
    if real != root and root not in real.parents:
        raise SeedError(path, f"is a link to {printable(real)}, outside the seeds folder; copy the file into "
                              "the seeds folder instead")


def _check_name(path: Path, seeds: Path) -> None:
    """A document's name becomes a page name and a link: it must be text."""
    relative = path.relative_to(seeds).as_posix()
    try:
        relative.encode("utf-8")
    except UnicodeEncodeError:
        shown_name = os.fsencode(relative).decode("utf-8", errors="backslashreplace")
        raise SeedError(seeds / printable(shown_name), "file name is not valid UTF-8; rename the file") from None


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
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise LimitError(path, f"document is {size:,} bytes; the limit is {MAX_DOCUMENT_BYTES:,} "
                                   "(split it into several files)")
        raw = path.read_bytes()
    except OSError as exc:
        raise SeedError(path, f"cannot be read ({exc.strerror or exc})") from None
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
    if len(block.encode("utf-8", errors="replace")) > MAX_FRONT_MATTER_BYTES:
        raise LimitError(path, f"front matter is longer than {MAX_FRONT_MATTER_BYTES:,} bytes; "
                               "is a closing '---' line missing?", line=1)
    meta = load_front_matter(block, path)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError(path, "front matter must be 'key: value' lines", line=2)
    meta = {printable(k).strip().lower(): v for k, v in meta.items()}
    lines = _key_lines(block)
    checked = {k: _check_field(k, v, path, lines.get(k, 2)) for k, v in meta.items()}
    body_start = closing.end()
    if text.startswith("\r\n", body_start):
        body_start += 2
    elif text.startswith("\n", body_start):
        body_start += 1
    return checked, text[body_start:], body_start


class _FrontMatterLoader(yaml.SafeLoader):
    """PyYAML's safe loader without the implicit timestamp type: ``date:
    2024-02-30`` and ``title: 2024-13-01`` stay text, and our own check says
    what is wrong with them, instead of PyYAML failing with a ValueError."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_front_matter(block: str, path: Path):
    """Parse a front-matter block safely and in bounded time.

    The block is composed into YAML nodes first (linear in its size, since
    an alias refers to its anchor's node), then the size it would expand to
    is counted, and only a block whose aliases add fewer than
    :data:`MAX_ALIAS_EXPANSION` values is built into Python values.

    Raises
    ------
    FrontMatterError
        For invalid YAML, with the line.
    LimitError
        For a block whose aliases expand past the limit.
    """
    if not block.strip():
        return {}
    loader = None
    try:
        loader = _FrontMatterLoader(block)  # the reader refuses control characters here
        node = loader.get_single_node()
        if node is None:
            return {}
        written = _distinct_nodes(node)
        if _expanded_size(node, {}, written + MAX_ALIAS_EXPANSION) > written + MAX_ALIAS_EXPANSION:
            raise LimitError(path, f"front matter's YAML aliases (*name) expand to more than "
                                   f"{MAX_ALIAS_EXPANSION:,} extra values; write the values out", line=2)
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(exc, "problem", None) or "invalid YAML"
        if isinstance(exc, yaml.reader.ReaderError):
            line = block.count("\n", 0, exc.position) + 2
            reason = f"character {printable(chr(exc.character)) if isinstance(exc.character, int) else '?'} " \
                     "is not allowed"
        raise FrontMatterError(path, f"front matter is not valid YAML: {printable(reason)}", line=line) from None
    except RecursionError:
        raise LimitError(path, "front matter is nested too deeply", line=2) from None
    finally:
        if loader is not None:
            loader.dispose()


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _distinct_nodes(root: yaml.Node) -> int:
    """How many nodes the block really holds (each anchored node once)."""
    seen = {id(root)}
    stack = [root]
    while stack:
        for child in _children(stack.pop()):
            if id(child) not in seen:
                seen.add(id(child))
                stack.append(child)
    return len(seen)


def _expanded_size(node: yaml.Node, sizes: dict[int, int], cap: int) -> int:
    """How many nodes ``node`` stands for once every alias is expanded,
    memoised by node identity so shared nodes are counted in linear time,
    and given up on past ``cap``."""
    known = sizes.get(id(node))
    if known is not None:
        return known
    sizes[id(node)] = cap + 1  # a cycle (a recursive alias) is over any limit
    total = 1
    for child in _children(node):
        total += _expanded_size(child, sizes, cap)
        if total > cap:
            break
    sizes[id(node)] = total
    return total


def _key_lines(block: str) -> dict[str, int]:
    """The line of each top-level key, in one pass over the block."""
    lines: dict[str, int] = {}
    for number, line in enumerate(block.splitlines(), start=2):
        key, colon, _ = line.partition(":")
        if colon and key and not key[0].isspace():
            lines.setdefault(key.strip().lower(), number)
    return lines


def _check_field(key: str, value, path: Path, line: int):
    if value is None or value == "":
        return None
    if key == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        text = str(value).strip() if isinstance(value, (str, int, float)) else ""
        try:
            if not re.match(r"^\d{4}-\d{2}-\d{2}(?:$|[ T])", text):
                raise ValueError
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            raise FrontMatterError(path, f"front matter field 'date': {shown(value)} is not an ISO date "
                                         "(YYYY-MM-DD)", line=line) from None
    if key == "url":
        url = str(value).strip() if isinstance(value, str) else ""
        if not re.match(r"^https?://\S+$", url, re.IGNORECASE):
            raise FrontMatterError(path, f"front matter field 'url': {shown(value)} is not an http(s) URL", line=line)
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
