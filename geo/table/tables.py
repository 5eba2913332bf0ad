"""Tables: reading an incident spreadsheet into records with line numbers.

Analysts' CSV files come from Excel, ACLED, Ushahidi and hand-made logs, so
this stage accepts what they really look like: UTF-8 with or without a BOM,
UTF-16 ("Unicode text" from Excel), cp1252, comma, semicolon or tab
delimiters, CRLF, multi-line quoted cells and a leading blank line.  Headers
match ours ignoring case, spaces and underscores, and ``--columns`` maps any
other header onto ours.

Every record keeps the physical line where it starts in the file, so an
error can say ``incidents.csv:14``, and its raw cells, so a rejected row is
written back out unchanged.  File-level problems raise
:class:`geo.errors.TableError` before anything is read further.
"""

from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

from geo.errors import ColumnsError, TableError

#: Our fields, and the folded headers that mean each, best first: when a
#: file has both ``id`` and ``event_id_cnty``, ``id`` is the key.
FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("id", "eventidcnty", "#", "incidentid", "eventid"),
    "date": ("date", "eventdate", "incidentdate", "datetime"),
    "time_precision": ("timeprecision",),
    "event_type": ("eventtype", "type", "category"),
    "sub_event_type": ("subeventtype", "subtype"),
    "disorder_type": ("disordertype",),
    "title": ("title", "incidenttitle", "headline"),
    "place": ("place", "location", "placename", "locationname", "site"),
    "lat": ("lat", "latitude"),
    "lon": ("lon", "longitude", "lng", "long"),
    "precision": ("precision",),
    "geo_precision": ("geoprecision",),
    "country": ("countrycode", "country", "iso2"),
    "admin1": ("admin1",),
    "admin2": ("admin2",),
    "admin3": ("admin3",),
    "actor1": ("actor1",),
    "assoc_actor_1": ("assocactor1",),
    "actor2": ("actor2",),
    "assoc_actor_2": ("assocactor2",),
    "civilian_targeting": ("civiliantargeting",),
    "fatalities": ("fatalities", "deaths", "killed"),
    "notes": ("notes", "description", "details", "summary"),
    "source": ("source", "sources"),
    "source_scale": ("sourcescale",),
    "source_url": ("sourceurl", "url", "link"),
    "tags": ("tags",),
    "place_id": ("placeid",),
    "place_kind": ("placekind",),
    "place_source": ("placesource",),
    "place_reason": ("placereason",),
}
FIELDS = tuple(FIELD_HEADERS)
DELIMITERS = ",;\t|"
SAMPLE_CHARS = 64 * 1024


def fold_header(header: str) -> str:
    """A header compared ignoring case, spaces, underscores, hyphens and dots."""
    return re.sub(r"[\s_\-.]+", "", header.strip().lower())


@dataclass(frozen=True)
class Record:
    """One data row: where it starts in the file, its raw cells, and the
    cells of our fields (stripped, empty cells left out)."""

    line: int
    cells: tuple[str, ...]
    values: Mapping[str, str]


@dataclass(frozen=True)
class Table:
    """A decoded, parsed incident table."""

    path: Path
    encoding: str
    delimiter: str
    newline: str
    header: tuple[str, ...]
    columns: Mapping[str, int]
    records: tuple[Record, ...]

    def header_of(self, field: str) -> str:
        """The file's own name for one of our fields, for error messages."""
        index = self.columns.get(field)
        return self.header[index] if index is not None else field

    @property
    def ignored(self) -> tuple[str, ...]:
        """Headers that map onto none of our fields."""
        used = set(self.columns.values())
        return tuple(h for i, h in enumerate(self.header) if i not in used and h.strip())


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    """Decode a table's bytes, returning ``(text, encoding)``.

    Codec fallbacks rather than a statistical detector: the encodings
    spreadsheets really produce are few (UTF-8, UTF-8 with Excel's BOM,
    UTF-16 from "Unicode text", Windows cp1252), and a strict UTF-8 decode
    never mistakes cp1252 for UTF-8, whereas a guess on a short sample can.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    if raw.startswith(b"PK\x03\x04"):
        raise TableError(path, "not a CSV file: it is a ZIP archive or an Excel workbook; save the sheet as CSV")
    if b"\x00" in raw[:4096]:
        raise TableError(path, "not a CSV file: it holds binary data")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter of ``text``: ``csv.Sniffer`` limited to , ; tab and |,
    checked against the header line, which must contain it.  A one-column
    file (just ``place``) has none, and reads as comma-separated."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        found = csv.Sniffer().sniff(text[:SAMPLE_CHARS], delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = ""
    if found and found in first:
        return found
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _newline(text: str) -> str:
    match = re.search(r"\r\n|\n|\r", text)
    return match.group(0) if match else "\n"


def _rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """``(line where the record starts, cells)`` for every non-blank record.

    ``csv.reader`` counts the physical lines it has consumed, multi-line
    quoted cells included, so a record starts one line after the previous
    one ended.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    end = 0
    for cells in reader:
        start, end = end + 1, reader.line_num
        if any(c.strip() for c in cells):
            yield start, cells


_DATA_CELL = re.compile(r"^[-+]?\d[\d.,:/ T-]*$")


def _looks_like_data(header: list[str]) -> bool:
    """A "header" whose cells are all numbers or dates is a data row."""
    cells = [c.strip() for c in header if c.strip()]
    return bool(cells) and all(_DATA_CELL.match(c) for c in cells)


def parse_columns(spec: str | None) -> dict[str, str]:
    """Parse ``--columns date=When,place=Where`` into ``{field: header}``.

    Raises
    ------
    ColumnsError
        For an item without ``=`` or a field we do not have.
    """
    mapping: dict[str, str] = {}
    for item in (spec or "").split(","):
        if not item.strip():
            continue
        field, sep, header = item.partition("=")
        field = fold_header(field)
        target = next((f for f in FIELDS if fold_header(f) == field), None)
        if target is None:
            target = next((f for f, names in FIELD_HEADERS.items() if field in names), None)
        if not sep or not header.strip():
            raise ColumnsError(f"--columns: '{item.strip()}' is not FIELD=HEADER (e.g. date=When,place=Where)")
        if target is None:
            raise ColumnsError(f"--columns: '{item.split('=')[0].strip()}' is not one of our columns "
                               f"({', '.join(FIELDS)})")
        mapping[target] = header.strip()
    return mapping


def map_header(header: list[str], path: Path, mapping: Mapping[str, str] | None = None) -> dict[str, int]:
    """Which cell holds each of our fields: ``--columns`` first, then the
    first header that matches each field's names."""
    folded = [fold_header(h) for h in header]
    columns: dict[str, int] = {}
    for field, name in (mapping or {}).items():
        if fold_header(name) not in folded:
            raise TableError(path, f"--columns names '{name}', which is not in the header "
                                   f"({', '.join(h for h in header if h.strip())})")
        columns[field] = folded.index(fold_header(name))
    taken = set(columns.values())
    for field, names in FIELD_HEADERS.items():
        if field in columns:
            continue
        for name in names:
            if name in folded and folded.index(name) not in taken:
                columns[field] = folded.index(name)
                taken.add(columns[field])
                break
    return columns


def read_table(path: Path | str, *, columns: Mapping[str, str] | None = None) -> Table:
    """Read and parse an incident table.

    Raises
    ------
    TableError
        For an empty file, a file that is not a CSV, a missing header, a
        header with no place and no coordinate column, or a ``--columns``
        header that is not in the file.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise TableError(path, "file not found") from None
    except IsADirectoryError:
        raise TableError(path, "is a folder, not a CSV file") from None
    if not raw.strip():
        raise TableError(path, "file is empty")
    text, encoding = decode(raw, path)
    if not text.strip():
        raise TableError(path, "file is empty")
    delimiter = sniff_delimiter(text)
    rows = _rows(text, delimiter)
    try:
        _, header = next(rows)
        body = list(rows)
    except csv.Error as exc:
        raise TableError(path, f"not a CSV file ({exc})") from None
    if _looks_like_data(header):
        raise TableError(path, f"no header row: the first line ({delimiter.join(header)[:60]!r}) looks like data; "
                               "add a header such as date,place,latitude,longitude")
    found = map_header(header, path, columns)
    if not found:
        raise TableError(path, f"not an incident table: no known column in the header "
                               f"({', '.join(h for h in header if h.strip())[:200]}); "
                               "expected e.g. date, place, latitude, longitude, or use --columns")
    if "place" not in found and not ("lat" in found and "lon" in found):
        raise TableError(path, "no place or coordinate column: need 'place' (or 'location'), or 'latitude' "
                               "and 'longitude'; map other names with --columns place=HEADER")
    records = tuple(Record(line, tuple(cells), _values(cells, found)) for line, cells in body)
    return Table(path, encoding, delimiter, _newline(text), tuple(header), found, records)


_NEUTRALISED = re.compile(r"^'(?=[=+\-@\t\r])")


def _values(cells: list[str], columns: Mapping[str, int]) -> dict[str, str]:
    """Our fields' cells, stripped, with HTML entities decoded (Ushahidi
    exports write ``&quot;`` for a quote) and our own export's formula guard
    (a leading apostrophe before ``=+-@``) taken off again."""
    values = {}
    for field, index in columns.items():
        if index < len(cells):
            value = _NEUTRALISED.sub("", html.unescape(cells[index]).strip())
            if value:
                values[field] = value
    return values
