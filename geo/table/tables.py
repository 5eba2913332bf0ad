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
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

from geo.errors import ColumnsError, TableError, printable, shown

#: Our fields, and the folded headers that mean each, best first: when a
#: file has both ``id`` and ``event_id_cnty``, ``id`` is the key.
FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("id", "eventidcnty", "#", "incidentid", "eventid", "identifiant", "identificador"),
    "date": ("date", "eventdate", "incidentdate", "datetime", "fecha", "jour", "dia", "dateincident",
             "fechaincidente", "fechaevento", "datedelevenement", "dateevenement"),
    "time_precision": ("timeprecision",),
    "event_type": ("eventtype", "type", "category", "typedevenement", "typeevenement", "typedincident",
                   "categorie", "tipo", "tipodeevento", "tipoevento", "categoria"),
    "sub_event_type": ("subeventtype", "subtype", "soustype", "subtipo"),
    "disorder_type": ("disordertype",),
    "title": ("title", "incidenttitle", "headline", "titre", "titulo"),
    "place": ("place", "location", "placename", "locationname", "site", "lieu", "localite", "localisation",
              "endroit", "ville", "commune", "lugar", "ubicacion", "localidad", "sitio", "municipio", "ciudad"),
    "lat": ("lat", "latitude", "latitud"),
    "lon": ("lon", "longitude", "lng", "long", "longitud"),
    "precision": ("precision",),
    "geo_precision": ("geoprecision",),
    "country": ("countrycode", "country", "iso2", "pays", "pais"),
    "admin1": ("admin1",),
    "admin2": ("admin2",),
    "admin3": ("admin3",),
    "actor1": ("actor1",),
    "assoc_actor_1": ("assocactor1",),
    "actor2": ("actor2",),
    "assoc_actor_2": ("assocactor2",),
    "civilian_targeting": ("civiliantargeting",),
    "fatalities": ("fatalities", "deaths", "killed", "morts", "deces", "tues", "victimes", "nombredemorts",
                   "muertos", "fallecidos", "muertes", "victimas", "victimasmortales"),
    "notes": ("notes", "description", "details", "summary", "remarques", "resume", "commentaires", "notas",
              "descripcion", "detalles", "resumen", "observaciones"),
    "source": ("source", "sources", "fuente", "fuentes"),
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
    """A header compared ignoring case, accents, spaces, underscores, hyphens,
    dots and apostrophes (``Type d'événement`` is ``typedevenement``)."""
    decomposed = unicodedata.normalize("NFKD", header.strip().lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s_\-.'’]+", "", bare)


@dataclass(frozen=True)
class Record:
    """One data row: where it starts in the file, its raw cells, and the
    cells of our fields (stripped, empty cells left out)."""

    line: int
    cells: tuple[str, ...]
    values: Mapping[str, str]
    end: int = 0  # the last physical line of the record (multi-line cells)


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
    lines: tuple[str, ...] = ()  # the decoded file's physical lines, line endings kept
    header_lines: tuple[int, int] = (1, 1)
    warnings: tuple[str, ...] = ()

    def original(self, first: int, last: int) -> str:
        """Physical lines ``first..last`` (1-based) exactly as in the file."""
        return "".join(self.lines[first - 1:last])

    def header_of(self, field: str) -> str:
        """The file's own name for one of our fields, for error messages."""
        index = self.columns.get(field)
        return self.header[index] if index is not None else field

    @property
    def ignored(self) -> tuple[str, ...]:
        """Headers that map onto none of our fields."""
        used = set(self.columns.values())
        return tuple(h for i, h in enumerate(self.header) if i not in used and h.strip())


def decode(raw: bytes, path: Path, warnings: list[str] | None = None) -> tuple[str, str]:
    """Decode a table's bytes, returning ``(text, encoding)``.

    Codec fallbacks rather than a statistical detector: the encodings
    spreadsheets really produce are few (UTF-8, UTF-8 with Excel's BOM,
    UTF-16 from "Unicode text", Windows cp1252), and a strict UTF-8 decode
    never mistakes cp1252 for UTF-8, whereas a guess on a short sample can.
    Every decode is strict, so the text encodes back to the very same bytes
    (the rejects file relies on it).  A guess is reported in ``warnings``.
    """
    warnings = warnings if warnings is not None else []
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            # A UTF-8 BOM pasted in front of Windows text (some editors do it).
            text, encoding = _legacy(raw[3:])
            warnings.append(f"{path}: starts with a UTF-8 byte-order mark but byte {exc.start + 3} is not UTF-8; "
                            f"read as {encoding} (Windows Latin-1)")
            return text, f"bom+{encoding}"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise TableError(path, f"not valid UTF-16 (byte {exc.start}: {exc.reason}); "
                                   "save the sheet again as CSV UTF-8") from None
    if raw.startswith(b"PK\x03\x04"):
        raise TableError(path, "not a CSV file: it is a ZIP archive or an Excel workbook; save the sheet as CSV")
    if b"\x00" in raw[:4096]:
        raise TableError(path, "not a CSV file: it holds binary data")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text, encoding = _legacy(raw)
    warnings.append(f"{path}: not valid UTF-8; read as {encoding} (Windows Latin-1)")
    return text, encoding


def _legacy(raw: bytes) -> tuple[str, str]:
    """cp1252, or Latin-1 for the five bytes cp1252 leaves undefined."""
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def encode(text: str, encoding: str) -> bytes:
    """Text back into a table's own encoding (the inverse of :func:`decode`)."""
    if encoding.startswith("bom+"):
        return b"\xef\xbb\xbf" + text.encode(encoding[4:])
    return text.encode(encoding)


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


#: The largest cell the CSV parser accepts; larger ones make the file
#: unreadable.  Cells above :data:`MAX_CELL_CHARS` but below this are read
#: so that the row can be rejected on its own (docs/limits.md).
PARSE_CELL_CHARS = 1024 * 1024
#: The largest cell a row may have to be stored.
MAX_CELL_CHARS = 32 * 1024


def raise_cell_limit() -> None:
    """Let the CSV parser read cells up to :data:`PARSE_CELL_CHARS` (the
    module's limit is process-wide, so every reader of ours calls this)."""
    if csv.field_size_limit() < PARSE_CELL_CHARS:
        csv.field_size_limit(PARSE_CELL_CHARS)


def csv_reader(text: str, **options):
    """``csv.reader`` over ``text`` with our parse limit on cell size."""
    raise_cell_limit()
    return csv.reader(io.StringIO(text, newline=""), **options)


def _rows(text: str, delimiter: str, path: Path) -> Iterator[tuple[int, int, list[str]]]:
    """``(first line, last line, cells)`` for every non-blank record.

    ``csv.reader`` counts the physical lines it has consumed, multi-line
    quoted cells included, so a record starts one line after the previous
    one ended.
    """
    reader = csv_reader(text, delimiter=delimiter)
    end = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reason = str(exc)
            if "field larger" in reason:
                reason = f"a cell is longer than {PARSE_CELL_CHARS:,} characters"
            raise TableError(path, f"cannot be read as CSV: {reason}", line=end + 1) from None
        start, end = end + 1, reader.line_num
        if any(c.strip() for c in cells):
            yield start, end, cells


def physical_lines(text: str) -> tuple[str, ...]:
    """The lines ``csv.reader`` counts (ended by CRLF, CR or LF), endings kept."""
    return tuple(m.group(0) for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text))


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
            raise TableError(path, f"--columns names '{printable(name)[:40]}', which is not in the header "
                                   f"({_listed([h for h in header if h.strip()])})")
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
    warnings: list[str] = []
    text, encoding = decode(raw, path, warnings)
    if not text.strip():
        raise TableError(path, "file is empty")
    delimiter = sniff_delimiter(text)
    rows = _rows(text, delimiter, path)
    first = next(rows, None)
    if first is None:
        raise TableError(path, "no header row: every line is empty or only delimiters; "
                               "add a header such as date,place,latitude,longitude")
    header_start, header_end, header = first
    body = list(rows)
    if _looks_like_data(header):
        raise TableError(path, f"no header row: the first line ({shown(delimiter.join(header), 60)}) looks like "
                               "data; add a header such as date,place,latitude,longitude")
    found = map_header(header, path, columns)
    unknown = [h for i, h in enumerate(header) if i not in set(found.values()) and h.strip()]
    if not found:
        raise TableError(path, f"not an incident table: no known column in the header "
                               f"({_listed(unknown)}); expected e.g. date, place, latitude, longitude, "
                               "or use --columns")
    if "place" not in found and not ("lat" in found and "lon" in found):
        raise TableError(path, "no place or coordinate column: need 'place' (or 'location'), or 'latitude' "
                               f"and 'longitude'; map other names with --columns place={_hint(unknown)}"
                               + (f" (not recognised: {_listed(unknown)})" if unknown else ""))
    records = tuple(Record(line, tuple(cells), _values(cells, found), end) for line, end, cells in body)
    return Table(path, encoding, delimiter, _newline(text), tuple(header), found, records,
                 lines=physical_lines(text), header_lines=(header_start, header_end), warnings=tuple(warnings))


def _listed(headers: list[str]) -> str:
    """Headers for a one-line message: escaped, quoted, at most ten."""
    if not headers:
        return "none"
    listed = ", ".join(printable(h)[:40] for h in headers[:10])
    return listed + (f" and {len(headers) - 10} more" if len(headers) > 10 else "")


def _hint(headers: list[str]) -> str:
    return printable(headers[0])[:40] if headers else "HEADER"


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
