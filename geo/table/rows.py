"""Rows: checking one table record and turning it into a stored incident.

Each check names the file's own column and says what is wrong in words a
user can act on (``LATITUDE: '118.5' is outside -90..90``).  A row collects
every problem it has, so one pass over the rejects file fixes them all.

Rows without coordinates are placed through :func:`geo.places.locate.locate`, the
same gazetteer chain as text, with the row's country and admin columns as
context.  The gazetteer is a collaborator passed in (lazily, as a callable)
so a table whose rows all have coordinates never loads it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Callable

from geo.places.borders import Borders
from geo.text.dates import MONTHS
from geo.places.gazetteer import PRECISIONS, Gazetteer
from geo.places.locate import Resolution, locate
from geo.table.store import MAX_COUNT, StoredIncident
from geo.errors import printable, shown
from geo.table.tables import MAX_CELL_CHARS, Record, Table

#: ACLED's geo_precision read back as ours: 2 is "near" a town, coded to it.
FROM_GEO_PRECISION = {"1": "locality", "2": "locality", "3": "region"}


@dataclass(frozen=True)
class Problem:
    """What is wrong with one cell of a row."""

    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.column}: {self.reason}"


@dataclass
class Context:
    """What validating rows needs besides the row: the table, the borders,
    the gazetteer (loaded on first use) and a cache of place look-ups, since
    10,000 rows often name the same few hundred places."""

    table: Table
    borders: Callable[[], Borders]
    gazetteer: Callable[[], Gazetteer]
    source_name: str
    places: dict[tuple, Resolution] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


# -- single cells ---------------------------------------------------------

_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]\d{1,2}:\d{2}.*)?$")
_MONTH_ONLY = re.compile(r"^(\d{4})-(\d{1,2})$")
_DMY_TEXT = re.compile(r"^(\d{1,2})[ -]([A-Za-z]+)\.?[ ,-]+(\d{4})$")
_MDY_TEXT = re.compile(r"^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T]\d{1,2}:\d{2}.*)?$")


def parse_date(text: str) -> tuple[str, int]:
    """``(ISO day, time_precision)`` of a date cell.

    Accepts ISO (``2024-03-04``, with or without a time), ACLED's
    ``04 March 2024``, ``March 4, 2024``, a month alone (``2024-03``, coded
    to the 15th with precision 3, as ACLED does) and slashed dates when the
    day is unmistakable (``25/03/2024``).

    Raises
    ------
    ValueError
        With the reason, for anything else or an impossible day.
    """
    text = text.strip()
    if m := _ISO.match(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _MONTH_ONLY.match(text):
        y, mo, d = int(m[1]), int(m[2]), 15
        return _day(y, mo, d, text).isoformat(), 3
    elif (m := _DMY_TEXT.match(text)) and m[2].lower() in MONTHS:
        y, mo, d = int(m[3]), MONTHS[m[2].lower()], int(m[1])
    elif (m := _MDY_TEXT.match(text)) and m[1].lower() in MONTHS:
        y, mo, d = int(m[3]), MONTHS[m[1].lower()], int(m[2])
    elif m := _SLASHED.match(text):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if a > 12 >= b:
            d, mo = a, b
        elif b > 12 >= a:
            mo, d = a, b
        elif a == b:
            d = mo = a
        else:
            raise ValueError(f"{shown(text)} is ambiguous (day/month or month/day?); write it as YYYY-MM-DD")
    else:
        raise ValueError(f"{shown(text)} is not a date; write it as YYYY-MM-DD")
    return _day(y, mo, d, text).isoformat(), 1


def _day(y: int, mo: int, d: int, text: str) -> dt.date:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise ValueError(f"{shown(text)} is not a real day") from None


def parse_number(text: str) -> float:
    """A coordinate cell as a float; a decimal comma (``18,54``, common in
    semicolon-separated European files) is accepted."""
    cleaned = text.strip()
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    value = float(cleaned)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


def parse_count(text: str) -> int:
    """A whole number of deaths; ``12.0`` (a spreadsheet's float) is 12.

    Only ASCII digits count (``²`` and ``٣`` are digits to ``str.isdigit``
    but not to ``int``), and the number is read as an integer, never as a
    float, so 400 nines is "too large" rather than an overflow.
    """
    match = re.fullmatch(r"(-?)([0-9][0-9,]*)(?:\.0+)?", text.strip())
    if match is None:
        raise ValueError(text)
    digits = match[2].replace(",", "")
    if len(digits) > len(str(MAX_COUNT)) or int(digits) > MAX_COUNT:
        raise OverflowError(text)
    return -int(digits) if match[1] else int(digits)


# -- one row ----------------------------------------------------------------

def check_row(record: Record, ctx: Context) -> StoredIncident | list[Problem]:
    """A row as a :class:`~geo.table.store.StoredIncident`, or every problem it has."""
    v, table = record.values, ctx.table
    col = table.header_of
    problems: list[Problem] = []
    if len(record.cells) > len(table.header) and any(c.strip() for c in record.cells[len(table.header):]):
        problems.append(Problem("(row)", f"{len(record.cells)} cells but the header has {len(table.header)}"))
    for index, cell in enumerate(record.cells):
        if len(cell) > MAX_CELL_CHARS:
            name = table.header[index] if index < len(table.header) else f"cell {index + 1}"
            problems.append(Problem(printable(name), f"{len(cell):,} characters; the limit is {MAX_CELL_CHARS:,}"))
    if problems:
        return problems  # too large to check further, or to store

    date, time_precision = None, None
    if "date" in v:
        try:
            date, time_precision = parse_date(v["date"])
        except ValueError as exc:
            problems.append(Problem(col("date"), str(exc)))
    if "time_precision" in v:
        if v["time_precision"] in ("1", "2", "3"):
            time_precision = int(v["time_precision"])
        else:
            problems.append(Problem(col("time_precision"), f"{shown(v['time_precision'])} is not 1, 2 or 3"))

    fatalities = None
    if "fatalities" in v:
        try:
            fatalities = parse_count(v["fatalities"])
            if fatalities < 0:
                problems.append(Problem(col("fatalities"), f"{shown(v['fatalities'])} is negative"))
        except OverflowError:
            problems.append(Problem(col("fatalities"), f"{shown(v['fatalities'])} is more than {MAX_COUNT:,}"))
        except ValueError:
            problems.append(Problem(col("fatalities"), f"{shown(v['fatalities'])} is not a whole number"))

    precision = v.get("precision") or FROM_GEO_PRECISION.get(v.get("geo_precision", ""))
    if "precision" in v and v["precision"] not in PRECISIONS:
        problems.append(Problem(col("precision"), f"{shown(v['precision'])} is not one of {', '.join(PRECISIONS)}"))
    if "geo_precision" in v and v["geo_precision"] not in FROM_GEO_PRECISION:
        problems.append(Problem(col("geo_precision"), f"{shown(v['geo_precision'])} is not 1, 2 or 3"))

    country = None
    if "country" in v:
        country = ctx.borders().code(v["country"])
        if country is None:
            ctx.warnings.append(f"{table.path}:{record.line}: {col('country')}: {shown(v['country'])} is not a country "
                                "we know; the row is kept without a country code")

    placed = _coordinates(record, ctx, country, problems)
    if placed is None and "lat" not in v and "lon" not in v:
        placed = _geocode(record, ctx, country, problems)
    if problems or placed is None:
        return problems
    lat, lon, place_fields = placed
    place = v.get("place") or place_fields.get("place") or f"{lat:.5f}, {lon:.5f}"
    kind_label = v.get("sub_event_type") or v.get("event_type") or "Incident"
    return StoredIncident(
        id=v.get("id") or content_key(v),
        date=date, time_precision=time_precision if date else None,
        event_type=v.get("event_type", ""), sub_event_type=v.get("sub_event_type", ""),
        disorder_type=v.get("disorder_type", ""),
        title=v.get("title") or f"{kind_label}: {place}",
        place=place, lat=lat, lon=lon,
        precision=place_fields.get("precision") or precision or "site",
        country=country or place_fields.get("country") or "",
        admin1=v.get("admin1", ""), admin2=v.get("admin2", ""), admin3=v.get("admin3", ""),
        actor1=v.get("actor1", ""), assoc_actor_1=v.get("assoc_actor_1", ""),
        actor2=v.get("actor2", ""), assoc_actor_2=v.get("assoc_actor_2", ""),
        civilian_targeting=v.get("civilian_targeting", ""),
        fatalities=fatalities, notes=v.get("notes", ""),
        source=v.get("source", ""), source_scale=v.get("source_scale", ""), source_url=v.get("source_url", ""),
        tags=v.get("tags", ""),
        place_id=place_fields.get("place_id") or v.get("place_id") or f"point:{lat:.5f},{lon:.5f}",
        place_kind=place_fields.get("place_kind") or v.get("place_kind") or "point",
        place_source=place_fields.get("place_source") or v.get("place_source") or "table",
        place_reason=(place_fields.get("place_reason") or v.get("place_reason")
                      or ("near the named place (ACLED geo_precision 2)" if v.get("geo_precision") == "2" else "")
                      or "coordinates given in the table"),
        imported_from=f"{ctx.source_name}:{record.line}",
    )


def _coordinates(record: Record, ctx: Context, country: str | None,
                 problems: list[Problem]) -> tuple[float, float, dict] | None:
    """The row's own coordinates, checked; ``None`` when it has none."""
    v, col = record.values, ctx.table.header_of
    if "lat" not in v and "lon" not in v:
        return None
    if ("lat" in v) != ("lon" in v):
        given, missing = ("lat", "lon") if "lat" in v else ("lon", "lat")
        problems.append(Problem(col(missing), f"is empty while {col(given)} is given"))
        return None
    numbers = {}
    for axis, low, high in (("lat", -90, 90), ("lon", -180, 180)):
        try:
            numbers[axis] = parse_number(v[axis])
        except ValueError:
            problems.append(Problem(col(axis), f"{shown(v[axis])} is not a number"))
            continue
        if not low <= numbers[axis] <= high:
            problems.append(Problem(col(axis), f"{shown(v[axis])} is outside {low}..{high}"))
    if problems:
        return None
    lat, lon = numbers["lat"], numbers["lon"]
    expected, because = country, ""
    if expected is None and v.get("place"):
        # No country column: the place name, geocoded, says where the point
        # should be (a swapped Haitian row otherwise lands in Antarctica).
        found = _locate(v["place"], None, (), ctx)
        if found.entry is not None and found.entry.country:
            expected, because = found.entry.country, f" where {shown(v['place'])} geocodes"
    if expected and ctx.borders().probably_swapped(expected, lat, lon):
        name = ctx.borders().name(expected) or expected
        problems.append(Problem(f"{col('lat')}/{col('lon')}",
                                f"probable lat/lon swap: ({v['lat']}, {v['lon']}) is outside {name}"
                                f"{because} but ({v['lon']}, {v['lat']}) is inside; "
                                "swap the two columns"))
        return None
    return lat, lon, {}


def _locate(name: str, country: str | None, near: tuple[str, ...], ctx: Context) -> Resolution:
    """``locate`` with the context's cache: 10,000 rows name few places."""
    key = (name, country, near)
    if key not in ctx.places:
        ctx.places[key] = locate(name, ctx.gazetteer(), country=country, near=near)
    return ctx.places[key]


def _geocode(record: Record, ctx: Context, country: str | None,
             problems: list[Problem]) -> tuple[float, float, dict] | None:
    """Place a row by its place name, with country and admin columns as context."""
    v, col = record.values, ctx.table.header_of
    name = v.get("place")
    if not name:
        if "place" in ctx.table.columns:
            problems.append(Problem(col("place"), "empty, and the row has no latitude/longitude"))
        else:
            unknown = [h for i, h in enumerate(ctx.table.header)
                       if i not in set(ctx.table.columns.values()) and h.strip()]
            hint = (f"; map one of the unrecognised columns ({', '.join(printable(h)[:40] for h in unknown[:10])}) "
                    f"with --columns place={printable(unknown[0])[:40]}") if unknown else ""
            problems.append(Problem("place", f"the table has no place column and the row has no "
                                             f"latitude/longitude{hint}"))
        return None
    near = tuple(v[k] for k in ("admin3", "admin2", "admin1") if v.get(k))
    found = _locate(name, country, near, ctx)
    entry = found.entry
    if entry is None:
        where = f" in {ctx.borders().name(country) or country}" if country else ""
        problems.append(Problem(col("place"), f"{shown(name)} cannot be geocoded{where} ({found.reason})"))
        return None
    return entry.lat, entry.lon, {
        "place": entry.name,
        "precision": entry.precision, "country": entry.country or "",
        "place_id": entry.id, "place_kind": entry.kind, "place_source": entry.source or entry.pack,
        "place_reason": f"geocoded '{name}': {found.reason}",
    }


def content_key(values: dict[str, str]) -> str:
    """The id of a row that has none: a hash of the cells it was given (not
    of what geocoding made of them, which may change with the gazetteer), so
    the same row added twice is recognised and a changed row is new."""
    text = "\x1f".join(f"{k}={values[k]}" for k in sorted(values) if k != "id")
    return f"csv-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}"
