"""The exceptions a user of the mapper can meet.

Every error the tool raises on purpose derives from :class:`GeoError`, so a
caller can catch them all at once.  Each one *also* derives from the built-in
exception that matches its nature (a bad document is a ``ValueError``, an
unwritable folder an ``OSError``), so callers that already catch built-ins keep
working.  The CLI turns any ``GeoError`` into ``Error: <message>`` and exit
code 1; nothing else prints.
"""

from __future__ import annotations

from pathlib import Path


class GeoError(Exception):
    """Root of every error the mapper raises for a user to fix."""


class _FileProblem(GeoError):
    """An error about one file: its message is ``PATH[:LINE][: FIELD]: PROBLEM``.

    Every error that points at a file shares this shape, so a user can jump to
    the place from the message alone.
    """

    def __init__(self, path: str | Path, problem: str, *, line: int | None = None, field: str | None = None):
        self.path = str(path)
        self.problem = problem
        self.line = line
        self.field = field
        where = f"{self.path}:{line}" if line is not None else self.path
        if field:
            where = f"{where}: {field}"
        self.message = f"{where}: {problem}"
        GeoError.__init__(self, self.message)

    def __str__(self) -> str:  # OSError subclasses would otherwise format their own way
        return self.message


class SeedError(_FileProblem, ValueError):
    """A source document (or the seeds folder itself) cannot be used.

    The message always starts with the file's path so the user knows where
    to look: ``seeds/a.txt: file is empty``.
    """


class FrontMatterError(SeedError):
    """The ``---`` header block of a document is malformed."""


class OutputError(_FileProblem, OSError):
    """A layer or output folder cannot be written; nothing was changed."""


class GazetteerError(_FileProblem, ValueError):
    """A gazetteer pack (shipped or user-supplied) is malformed."""


class CacheError(_FileProblem, OSError):
    """The cache folder (compiled world index, geocoder answers) cannot be
    created or read; the message says how to point it elsewhere."""


class GeocoderConfigError(GeoError, ValueError):
    """An online geocoder was asked for with unusable settings: an unknown
    service name, or a missing or sample ``--user-agent``."""


class PlaceNotFoundError(GeoError, LookupError):
    """``incident-map geocode NAME`` could not place NAME; the message says
    whether nothing matched (``not_found``) or a service failed
    (``service_error``)."""


class TableError(_FileProblem, ValueError):
    """An incident table cannot be read at all (empty, not a CSV, no header,
    no place or coordinate column); nothing was changed.

    The message starts with the file's path: ``log.csv: file is empty``.
    """


class ColumnsError(GeoError, ValueError):
    """The ``--columns`` option is malformed or names a column we do not have."""


class StrictError(TableError):
    """``--strict`` was given and some rows are bad, so no row was stored."""


class StoreError(_FileProblem, ValueError):
    """The incident store (``seeds/incidents.csv``) has a malformed row,
    usually after a hand edit: ``seeds/incidents.csv:7: lat: 'x' is not a number``."""


class ExportError(GeoError, ValueError):
    """An export cannot be made: no layer to read, or a bad filter value."""


class LockError(_FileProblem, TimeoutError):
    """Another ``incident-map`` command kept the project's lock for longer
    than the wait allowed; nothing was changed."""


class LimitError(_FileProblem, ValueError):
    """An input is larger than a stated limit (docs/limits.md): a document,
    a front-matter block, a table cell, a YAML alias expansion."""


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: Bidirectional embeddings, overrides, isolates and marks ("Trojan Source").
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _unsafe(char: str) -> bool:
    """Controls, lone surrogates, line/paragraph separators and bidi controls;
    spaces of every kind (no-break spaces in French text) are safe."""
    import unicodedata

    return unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp") or char in _BIDI


def printable(text: object) -> str:
    """``text`` made safe to print on one terminal line.

    Untrusted text (a CSV cell, a file name, a front-matter value) can hold
    escape sequences that retitle or clear a terminal, line breaks that make a
    one-line error span several, or bidirectional overrides that reorder what
    is shown.  Each such character is written as a visible escape (``\\x1b``,
    ``\\n``, ``\\u202e``); everything else, accents included, is kept.
    """
    text = str(text)
    if text.isprintable():
        return text
    out = []
    for char in text:
        if not _unsafe(char):
            out.append(char)
        elif char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x100:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) < 0x10000:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return "".join(out)


def shown(value: object, limit: int = 80) -> str:
    """A value quoted for an error message: escaped by :func:`printable` and
    cut to ``limit`` characters, so a 100 MB cell makes a short line."""
    text = printable(value)
    if len(text) > limit:
        text = text[:limit] + f"…' ({len(str(value)):,} characters)"
        return "'" + text
    return f"'{text}'"


class AssetsError(GeoError, OSError):
    """The front-end files an offline map needs (Leaflet and its plugins,
    from npm) are not installed or could not be installed; the message says
    how to install them."""


class SnapshotError(GeoError, RuntimeError):
    """``incident-map snapshot`` cannot take a picture: no map file, no
    Chromium or no Playwright, or the page failed to draw."""


class GoldError(_FileProblem, ValueError):
    """A gold annotation file for ``incident-map eval`` is malformed:
    ``gold.json: documents[3].sites[0].lat: 'x' is not a number in -90..90``."""
