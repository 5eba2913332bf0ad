"""Export: the project's incidents as GeoJSON, CSV, GeoPackage or KML.

Exports read ``layers/incidents.geojson``, the layer the last build wrote,
rather than building again in memory: what is exported is then exactly what
the map shows (analysts complain of exports that differ from the screen),
an export of 100,000 incidents takes seconds instead of a re-geocoding of
every document, and no online geocoder is ever called by an export.  When
the store or a document is newer than the layer, a warning says to run
``incident-map build`` first.

Filters select on the layer's own fields: ``event_type`` (compared ignoring
case) and the coded ``date`` (inclusive bounds; undated incidents are left
out as soon as a date bound is given, since they cannot be shown to fall
inside it).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from geo.places.borders import load_borders
from geo.errors import ExportError
from geo.incidents import GEO_PRECISION
from geo.map.layers import feature_collection
from geo.errors import printable, shown
from geo.storage import check_writable, is_writable, locked, recover, write_atomic

log = logging.getLogger(__name__)

FORMATS = {"geojson": ".geojson", "csv": ".csv", "gpkg": ".gpkg", "kml": ".kml"}

#: ACLED's column names where they apply, in ACLED's order, then ours.
CSV_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags",
    "id", "title", "precision", "country_code", "place_id", "place_kind", "place_source", "place_reason",
    "uncertainty_m", "source_url", "fatalities_text", "origin", "documents",
)
NUMERIC = {"year", "time_precision", "latitude", "longitude", "geo_precision", "fatalities", "uncertainty_m"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Filters:
    """What an export selects: event types (empty means all) and dates."""

    types: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None

    def select(self, properties: dict) -> bool:
        if self.types and (properties.get("event_type") or "").casefold() not in {t.casefold() for t in self.types}:
            return False
        if self.since or self.until:
            date = properties.get("date")
            if not date:
                return False
            day = dt.date.fromisoformat(date[:10])
            if (self.since and day < self.since) or (self.until and day > self.until):
                return False
        return True


def parse_day(value: str | None, option: str) -> dt.date | None:
    """A ``--since``/``--until`` value as a date."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ExportError(f"{option}: '{value}' is not a date; write it as YYYY-MM-DD") from None


def make_filters(types: Iterable[str] = (), since: str | None = None, until: str | None = None) -> Filters:
    """Filters from the CLI's strings, checked."""
    filters = Filters(tuple(t for t in types if t), parse_day(since, "--since"), parse_day(until, "--until"))
    if filters.since and filters.until and filters.since > filters.until:
        raise ExportError(f"--since {filters.since} is after --until {filters.until}; nothing could match")
    return filters


def read_layer(layers_dir: Path | str, seeds: Path | str | None = None) -> list[dict]:
    """The features of ``layers/incidents.geojson``, checked, warning when stale.

    The layers folder's lock is held while reading, and a build that was
    killed while publishing is completed first, so the layer read is the one
    the map shows.
    """
    layers_dir = Path(layers_dir)
    if is_writable(layers_dir):
        with locked(layers_dir):
            recover(layers_dir)
            features = _read_features(layers_dir / "incidents.geojson")
    else:
        features = _read_features(layers_dir / "incidents.geojson")
    layer = layers_dir / "incidents.geojson"
    if seeds is not None and Path(seeds).is_dir():
        built = layer.stat().st_mtime
        newer = sorted(p for p in Path(seeds).iterdir()
                       if not p.name.startswith(".") and p.is_file() and p.stat().st_mtime > built)
        if newer:
            log.warning("%s is older than %s; run `incident-map build` to export the latest incidents",
                        layer, printable(newer[0]))
    return features


def _read_features(layer: Path) -> list[dict]:
    """The layer's features, each checked for what exports rely on: a point
    geometry, an id, and a date that is ISO or absent (a hand-edited layer
    otherwise fails half-way through an export)."""
    if not layer.exists():
        raise ExportError(f"{layer}: no incident layer to export; run `incident-map build` first")
    try:
        features = json.loads(layer.read_text(encoding="utf-8"))["features"]
        if not isinstance(features, list):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise ExportError(f"{layer}: not a GeoJSON FeatureCollection; run `incident-map build` again") from None
    for number, feature in enumerate(features, start=1):
        where = f"{layer}: feature {number}"
        try:
            properties = feature["properties"]
            lon, lat = (float(c) for c in feature["geometry"]["coordinates"])
            ident = properties["id"]
        except (KeyError, TypeError, ValueError):
            raise ExportError(f"{where}: not a point incident with an id; run `incident-map build` again") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ExportError(f"{where} ({printable(ident)}): coordinates ({lat}, {lon}) are out of range; "
                              "run `incident-map build` again")
        date = properties.get("date")
        if date is not None:
            try:
                dt.date.fromisoformat(str(date)[:10])
            except ValueError:
                raise ExportError(f"{where} ({printable(ident)}): date: {shown(date)} is not a date "
                                  "(YYYY-MM-DD); run `incident-map build` again") from None
    return features


def neutralise(value: str) -> str:
    """Guard a text cell against spreadsheet formula injection (OWASP's
    advice: a leading apostrophe makes Excel and LibreOffice show it as text)."""
    return "'" + value if value.startswith(FORMULA_START) else value


def acled_row(feature: dict) -> dict:
    """One incident as a row of :data:`CSV_COLUMNS`."""
    p = feature["properties"]
    lon, lat = feature["geometry"]["coordinates"]
    sources = p.get("sources") or []
    near = (p.get("place_reason") or "").startswith("near")
    notes = p.get("notes") or " … ".join(q["sentence"] for q in p.get("quotes") or [])
    return {
        "event_id_cnty": p["id"], "event_date": p.get("date"), "year": int(p["date"][:4]) if p.get("date") else None,
        "time_precision": p.get("time_precision"), "disorder_type": p.get("disorder_type"),
        "event_type": p.get("event_type"), "sub_event_type": p.get("sub_event_type"),
        "actor1": p.get("actor1"), "assoc_actor_1": p.get("assoc_actor_1"), "actor2": p.get("actor2"),
        "assoc_actor_2": p.get("assoc_actor_2"), "civilian_targeting": p.get("civilian_targeting"),
        "country": load_borders().name(p.get("country")) or p.get("country"), "admin1": p.get("admin1"), "admin2": p.get("admin2"),
        "admin3": p.get("admin3"), "location": p.get("place"), "latitude": lat, "longitude": lon,
        "geo_precision": 2 if near else GEO_PRECISION.get(p.get("precision"), 3),
        "source": "; ".join(filter(None, (s.get("title") or (s.get("doc") if p.get("origin") != "csv" else None)
                                          for s in sources))),
        "source_scale": p.get("source_scale"), "notes": notes, "fatalities": p.get("fatalities"), "tags": p.get("tags"),
        "id": p["id"], "title": p.get("title"), "precision": p.get("precision"), "country_code": p.get("country"),
        "place_id": p.get("place_id"), "place_kind": p.get("place_kind"), "place_source": p.get("place_source"),
        "place_reason": p.get("place_reason"), "uncertainty_m": p.get("uncertainty_m"), "source_url": " ".join(s["url"] for s in sources if s.get("url")),
        "fatalities_text": p.get("fatalities_text"), "origin": p.get("origin"),
        "documents": " | ".join(s["doc"] for s in sources if s.get("doc")),
    }


def to_csv(features: list[dict]) -> str:
    """ACLED-compatible CSV; text cells neutralised, numbers left as numbers."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for feature in features:
        row = acled_row(feature)
        writer.writerow(["" if row[c] is None else row[c] if c in NUMERIC else neutralise(str(row[c]))
                         for c in CSV_COLUMNS])
    return buffer.getvalue()


def to_geojson(features: list[dict]) -> str:
    """RFC 7946 GeoJSON, byte-identical in layout to the layer itself."""
    return feature_collection(features)


#: What XML 1.0 forbids: controls other than tab, LF and CR, lone
#: surrogates, and the non-characters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(value):
    """``value`` with the characters XML cannot hold removed (other values
    pass through); GDAL writes them as they are, and the KML is then
    rejected by every reader."""
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def _frame(features: list[dict], kml: bool = False):
    """A GeoDataFrame of the CSV columns (WGS 84), for GDAL's writers."""
    import geopandas as gpd

    rows = [acled_row(f) for f in features]
    if kml:
        rows = [{k: xml_safe(v) for k, v in row.items()} for row in rows]
    columns = [c for c in CSV_COLUMNS if c not in ("latitude", "longitude")]
    frame = gpd.GeoDataFrame(
        {c: [r[c] for r in rows] for c in columns},
        geometry=gpd.points_from_xy([r["longitude"] for r in rows], [r["latitude"] for r in rows]),
        crs="EPSG:4326")
    for column in ("year", "time_precision", "geo_precision", "fatalities", "uncertainty_m"):
        frame[column] = frame[column].astype("Int64")
    if kml:
        frame.insert(0, "Description", [_description(r) for r in rows])
        frame.insert(0, "Name", [r["title"] or r["location"] for r in rows])
    return frame


def _description(row: dict) -> str:
    """The KML balloon text: what, when, where, how sure, from whom."""
    lines = [" · ".join(str(x) for x in (row["event_date"] or "date unknown", row["event_type"],
                                          row["sub_event_type"]) if x)]
    within = f", within {row['uncertainty_m']:,} m" if row["uncertainty_m"] is not None else ""
    lines.append(f"{row['location']} (precision: {row['precision']}{within})")
    if row["fatalities"] is not None:
        lines.append(f"fatalities: {row['fatalities']}")
    if row["notes"]:
        lines.append(row["notes"])
    if row["source"] or row["source_url"]:
        lines.append(f"source: {' '.join(x for x in (row['source'], row['source_url']) if x)}")
    return "\n".join(lines)


def _write_with_gdal(frame, path: Path, driver: str, **options) -> None:
    """Write through pyogrio into a temporary file, then rename, so a
    failed export never leaves half a GeoPackage behind."""
    import pyogrio

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=path.suffix)
    os.close(fd)
    os.unlink(tmp)  # GDAL creates the file itself
    try:
        pyogrio.write_dataframe(frame, tmp, driver=driver, **options)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def export(fmt: str, output: Path | str, features: list[dict], filters: Filters = Filters()) -> int:
    """Write the selected incidents to ``output`` in ``fmt``; return how many.

    Raises
    ------
    ExportError
        For an unknown format.
    OutputError
        When the target folder cannot be written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"--format: '{fmt}' is not one of {', '.join(FORMATS)}")
    output = Path(output)
    selected = [f for f in features if filters.select(f["properties"])]
    check_writable(output.parent)
    if fmt == "geojson":
        write_atomic(output, to_geojson(selected))
    elif fmt == "csv":
        write_atomic(output, to_csv(selected))
    elif fmt == "gpkg":
        _write_with_gdal(_frame(selected), output, "GPKG", layer="incidents")
    else:
        _write_with_gdal(_frame(selected, kml=True), output, "KML", layer="incidents")
    return len(selected)
