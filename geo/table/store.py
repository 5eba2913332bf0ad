"""The incident store: incidents added from tables, kept in ``seeds/``.

``seeds/`` holds every input of a map, so added incidents live there too, as
one normalised CSV, ``seeds/incidents.csv``: UTF-8, our columns in a fixed
order, one row per incident sorted by id, numbers written one way.  CSV
rather than GeoJSON or SQLite because analysts correct a row in a
spreadsheet or an editor, and a plain diff of the file shows what an ``add``
changed.  Documents are ``.txt``/``.md`` only, so this file is never read as
prose.

The store is replaced whole through :func:`geo.storage.write_atomic`: a
crash or Ctrl-C during ``add`` leaves the previous file as it was.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, fields
from pathlib import Path

from geo.errors import StoreError, printable, shown
from geo.places.gazetteer import PRECISIONS
from geo.incidents import Incident
from geo.storage import write_atomic
from geo.table.tables import MAX_CELL_CHARS, raise_cell_limit

#: The largest death toll a row may hold (as :data:`geo.table.rows.MAX_COUNT`).
MAX_COUNT = 10_000_000

STORE_NAME = "incidents.csv"
COORDINATE_DECIMALS = 6


@dataclass(frozen=True)
class StoredIncident:
    """One row of the store.  Text columns are ``""`` when empty, so a row
    read back compares equal to the row written."""

    id: str
    date: str | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    disorder_type: str
    title: str
    place: str
    lat: float
    lon: float
    precision: str
    country: str
    admin1: str
    admin2: str
    admin3: str
    actor1: str
    assoc_actor_1: str
    actor2: str
    assoc_actor_2: str
    civilian_targeting: str
    fatalities: int | None
    notes: str
    source: str
    source_scale: str
    source_url: str
    tags: str
    place_id: str
    place_kind: str
    place_source: str
    place_reason: str
    imported_from: str = ""

    def content(self) -> dict:
        """What the incident says, without where it was imported from: two
        rows with the same content are the same incident, unchanged."""
        row = self.row()
        row.pop("imported_from")
        return row

    def row(self) -> dict[str, str]:
        """The store's cells, formatted one way (coordinates to 6 decimals)."""
        out = {}
        for name in COLUMNS:  # not dataclasses.asdict, which deep-copies every value
            value = getattr(self, name)
            if value is None:
                out[name] = ""
            elif name in ("lat", "lon"):
                out[name] = f"{round(value, COORDINATE_DECIMALS):.{COORDINATE_DECIMALS}f}".rstrip("0").rstrip(".")
            else:
                out[name] = str(value)
        return out

    def incident(self, store_name: str = STORE_NAME) -> Incident:
        """This row as an :class:`~geo.incidents.Incident` for the map and layers."""
        extra = tuple((k, v) for k, v in (
            ("admin1", self.admin1), ("admin2", self.admin2), ("admin3", self.admin3),
            ("actor1", self.actor1), ("assoc_actor_1", self.assoc_actor_1), ("actor2", self.actor2),
            ("assoc_actor_2", self.assoc_actor_2), ("disorder_type", self.disorder_type),
            ("civilian_targeting", self.civilian_targeting), ("source_scale", self.source_scale),
            ("tags", self.tags), ("source_url", self.source_url), ("imported_from", self.imported_from),
        ) if v)
        return Incident(
            id=self.id, title=self.title, event_type=self.event_type, sub_event_type=self.sub_event_type,
            date=self.date or None, time_precision=self.time_precision, place=self.place, place_id=self.place_id,
            place_kind=self.place_kind, precision=self.precision, lat=self.lat, lon=self.lon,
            country=self.country or None, fatalities=self.fatalities, fatalities_text=None,
            sources=({"doc": store_name, "title": self.source or None, "url": self.source_url or None,
                      "date": None},),
            quotes=(), place_source=self.place_source or None, place_reason=self.place_reason or None,
            notes=self.notes or None, origin="csv", extra=extra)


COLUMNS = tuple(f.name for f in fields(StoredIncident))


def store_path(seeds: Path | str) -> Path:
    """Where the added incidents of a project live."""
    return Path(seeds) / STORE_NAME


def parse_row(row: dict[str, str], path: Path, line: int) -> StoredIncident:
    """A store row as a :class:`StoredIncident`, checked, since people edit
    the store by hand."""
    def number(name: str, low: float, high: float) -> float:
        try:
            value = float(row[name])
        except (TypeError, ValueError):
            raise StoreError(path, f"{shown(row.get(name))} is not a number", line=line, field=name) from None
        if not low <= value <= high:  # also false for NaN
            raise StoreError(path, f"{shown(row[name])} is outside {low}..{high}", line=line, field=name)
        return value

    def whole(name: str, high: int) -> int | None:
        text = (row.get(name) or "").strip()
        if not text:
            return None
        # ASCII digits only: "²".isdigit() is True, but int("²") fails.
        if not re.fullmatch(r"[0-9]{1,12}", text):
            raise StoreError(path, f"{shown(text)} is not a whole number of 0 or more", line=line, field=name)
        if int(text) > high:
            raise StoreError(path, f"{shown(text)} is more than {high:,}", line=line, field=name)
        return int(text)

    if None in row:  # csv.DictReader puts the cells beyond the header there
        raise StoreError(path, f"{len(COLUMNS) + len(row[None])} cells but the header has {len(COLUMNS)}; "
                               "a comma inside a cell needs quotes", line=line)
    for name, value in row.items():
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            raise StoreError(path, f"{len(value):,} characters; the limit is {MAX_CELL_CHARS:,}", line=line,
                             field=printable(name))
    if not (row.get("id") or "").strip():
        raise StoreError(path, "id is empty", line=line, field="id")
    precision = (row.get("precision") or "").strip() or "site"
    if precision not in PRECISIONS:
        raise StoreError(path, f"{shown(precision)} is not one of {', '.join(PRECISIONS)}", line=line,
                         field="precision")
    values = {name: (row.get(name) or "").strip() for name in COLUMNS}
    if values["date"]:
        try:
            values["date"] = dt.date.fromisoformat(values["date"]).isoformat()
        except ValueError:
            raise StoreError(path, f"{shown(values['date'])} is not a date (YYYY-MM-DD)", line=line,
                             field="date") from None
    time_precision = whole("time_precision", 3)
    if time_precision == 0:
        raise StoreError(path, "'0' is not 1, 2 or 3", line=line, field="time_precision")
    values.update(lat=number("lat", -90, 90), lon=number("lon", -180, 180), precision=precision,
                  time_precision=time_precision, fatalities=whole("fatalities", MAX_COUNT),
                  date=values["date"] or None)
    return StoredIncident(**values)


def load(path: Path | str) -> dict[str, StoredIncident]:
    """The store's incidents by id; an empty dict when there is no store.

    Raises
    ------
    StoreError
        For a row that cannot be read or an id that appears twice.
    """
    path = Path(path)
    if not path.exists():
        return {}
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[:exc.start].count(b"\n") + 1
        raise StoreError(path, f"not UTF-8 (byte {exc.start}); save it again as UTF-8", line=line) from None
    except OSError as exc:
        raise StoreError(path, f"cannot be read ({exc.strerror or exc})") from None
    raise_cell_limit()
    reader = csv.DictReader(io.StringIO(text, newline=""))
    found: dict[str, StoredIncident] = {}
    end = 1
    try:
        missing = [c for c in ("id", "lat", "lon") if c not in (reader.fieldnames or ())]
        if missing:
            raise StoreError(path, f"missing column(s) {', '.join(missing)}; the header must be {','.join(COLUMNS)}",
                             line=1)
        for row in reader:
            line, end = end + 1, reader.line_num
            incident = parse_row(row, path, line)
            if incident.id in found:
                raise StoreError(path, f"{shown(incident.id)} appears twice; delete one of the rows", line=line,
                                 field="id")
            found[incident.id] = incident
    except csv.Error as exc:
        reason = "a cell is too long" if "field larger" in str(exc) else str(exc)
        raise StoreError(path, f"cannot be read as CSV: {reason}", line=end + 1) from None
    return found


def dump(incidents: dict[str, StoredIncident]) -> str:
    """The store file's text: header, then rows sorted by id."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for key in sorted(incidents):
        row = incidents[key].row()
        writer.writerow([row[c] for c in COLUMNS])
    return buffer.getvalue()


def save(path: Path | str, incidents: dict[str, StoredIncident]) -> None:
    """Replace the store atomically."""
    write_atomic(Path(path), dump(incidents))


@dataclass(frozen=True)
class Change:
    """What merging one table row did to the store."""

    id: str
    outcome: str  # "added", "updated" or "unchanged"
    previous: StoredIncident | None = None


def upsert(store: dict[str, StoredIncident], incoming: StoredIncident) -> tuple[dict[str, StoredIncident], Change]:
    """Put one incident into the store by id.

    An unknown id is added; a known id with the same content is left as it
    was (its provenance too); a known id with different content replaces
    the old row.  The store dict is updated in place and returned.
    """
    old = store.get(incoming.id)
    if old is None:
        store[incoming.id] = incoming
        return store, Change(incoming.id, "added")
    if old.content() == incoming.content():
        return store, Change(incoming.id, "unchanged", old)
    store[incoming.id] = incoming
    return store, Change(incoming.id, "updated", old)


def incidents(seeds: Path | str) -> list[Incident]:
    """The store's incidents as :class:`~geo.incidents.Incident` objects,
    for the pipeline to merge with those read from text."""
    return [stored.incident() for _, stored in sorted(load(store_path(seeds)).items())]

