"""Import an OpenStreetMap extract as a gazetteer pack.

``incident-map gazetteer import haiti-latest.osm.pbf -o seeds/haiti.gazetteer.csv``
reads an extract (``.osm.pbf``, ``.osm``, ``.osm.bz2``...) with pyosmium,
keeps the named features of the kinds incidents happen at (:data:`KINDS`)
and writes a pack in the short user layout, plus ``uncertainty_m``::

    name, aliases, kind, lat, lon, country, source, uncertainty_m

The pack is then used like any other (``--gazetteer FILE`` or a
``seeds/*.gazetteer.csv``), which gives landmark precision offline in any
country a user has an extract for.

* Aliases come from ``name:*`` (``name:fr``, ``name:ht``...), ``alt_name``,
  ``old_name``, ``official_name`` and ``short_name`` (``;``-separated values
  split).
* A node is its own point.  A way or an area (closed way or multipolygon
  relation) gets a representative point computed by shapely: a point
  *inside* the area, or the middle of a line such as a bridge.  Its
  uncertainty is half the diagonal of its bounding box, at least that of a
  node.
* Each row's source is ``osm:node/ID``, ``osm:way/ID`` or ``osm:relation/ID``.
* The country comes from ``--country`` or, for each row, from the country
  shapes of :mod:`geo.places.borders` (the nearest one for a point on a
  coast the coarse shapes miss).

Memory stays flat as the extract grows.  pyosmium streams the file; rows
are written as they are found, never held; and node locations, which ways
need, are kept in pyosmium's ``sparse_file_array`` index: a file in a
temporary folder, read through the page cache, instead of an in-memory
array whose size grows with every node of the extract (the default
``flex_mem`` holds 16 bytes per node in RAM).  The benchmark
(``benchmarks/bench_geocode.py``) measures both.
"""

from __future__ import annotations

import csv
import logging
import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from geo.errors import GazetteerError

log = logging.getLogger(__name__)

#: ``(key, value) -> kind`` of the features kept; value ``*`` is any value.
KINDS: dict[tuple[str, str], str] = {
    ("amenity", "police"): "police",
    ("amenity", "prison"): "prison",
    ("amenity", "hospital"): "hospital",
    ("amenity", "clinic"): "clinic",
    ("healthcare", "clinic"): "clinic",
    ("amenity", "school"): "school",
    ("amenity", "university"): "university",
    ("amenity", "college"): "university",
    ("amenity", "place_of_worship"): "place_of_worship",
    ("amenity", "fuel"): "fuel",
    ("amenity", "ferry_terminal"): "port",
    ("landuse", "port"): "port",
    ("industrial", "port"): "port",
    ("harbour", "yes"): "port",
    ("aeroway", "aerodrome"): "airport",
    ("aeroway", "airstrip"): "airport",
    ("amenity", "townhall"): "townhall",
    ("amenity", "courthouse"): "court",
    ("office", "government"): "government",
    ("amenity", "marketplace"): "market",
    ("leisure", "stadium"): "stadium",
    ("tourism", "hotel"): "hotel",
    ("amenity", "bank"): "bank",
    ("man_made", "bridge"): "bridge",
    ("bridge", "*"): "bridge",
    ("place", "state"): "region",
    ("place", "province"): "region",
    ("place", "region"): "region",
    ("place", "county"): "admin2",
    ("place", "district"): "admin2",
    ("place", "municipality"): "commune",
    ("place", "city"): "city",
    ("place", "town"): "town",
    ("place", "village"): "village",
    ("place", "hamlet"): "village",
    ("place", "suburb"): "neighbourhood",
    ("place", "borough"): "neighbourhood",
    ("place", "quarter"): "neighbourhood",
    ("place", "neighbourhood"): "neighbourhood",
}
#: Keys whose values are other names of the feature.
ALIAS_KEYS = ("alt_name", "old_name", "official_name", "short_name")
#: Columns of the pack written.
COLUMNS = ("name", "aliases", "kind", "lat", "lon", "country", "source", "uncertainty_m")
#: Uncertainty of a node that is a facility: mapped on or by the building.
NODE_UNCERTAINTY_M = 25.0
#: How pyosmium keeps node locations; see the module notes.
DEFAULT_STORAGE = "sparse_file_array"
_KEYS = sorted({key for key, _ in KINDS})


@dataclass(frozen=True)
class Summary:
    """What an import did."""

    path: Path
    rows: int
    by_kind: dict[str, int]


def kind_of(tags) -> str | None:
    """The kind of a feature by its tags, or ``None`` to leave it out.  A
    ``bridge=*`` tag counts only when it is not ``no``."""
    for key in _KEYS:
        value = tags.get(key)
        if value is None:
            continue
        kind = KINDS.get((key, value))
        if kind is None and key == "bridge" and value != "no":
            kind = KINDS[("bridge", "*")]
        if kind is not None:
            return kind
    return None


def aliases_of(tags, name: str) -> list[str]:
    """Other names of a feature: ``name:*`` and the alias keys, each once."""
    found: list[str] = []
    for tag in tags:
        if tag.k.startswith("name:") or tag.k in ALIAS_KEYS:
            found += [v.strip() for v in tag.v.split(";")]
    clean = (a.replace("|", "/") for a in found if a and a != name)
    return list(dict.fromkeys(clean))


class _Countries:
    """Country codes of points, from the border shapes, the last one tried
    first (an extract is mostly one country)."""

    def __init__(self, fixed: str | None):
        self.fixed = fixed
        self._last: str | None = None
        self._borders = None

    def at(self, lat: float, lon: float) -> str | None:
        if self.fixed:
            return self.fixed
        import shapely

        if self._borders is None:
            from geo.places.borders import load_borders

            self._borders = load_borders()
        shapes = self._borders.shapes
        if self._last and shapely.contains_xy(shapes[self._last], lon, lat):
            return self._last
        code = self._borders.country_at(lat, lon)
        if code is None:
            point = shapely.Point(lon, lat)
            near = min(shapes, key=lambda c: shapes[c].distance(point))
            code = near if shapes[near].distance(point) < 0.3 else None
        self._last = code or self._last
        return code


def _metres_across(lons: list[float], lats: list[float]) -> float:
    """Half the diagonal of a bounding box, in metres (equirectangular:
    good to a few percent at the size of a building or a town)."""
    dy = (max(lats) - min(lats)) * 111_320
    dx = (max(lons) - min(lons)) * 111_320 * math.cos(math.radians((max(lats) + min(lats)) / 2))
    return math.hypot(dx, dy) / 2


def _rows(path: Path, storage: str, countries: _Countries) -> Iterator[dict]:
    """The pack rows of an extract, as pyosmium streams it."""
    import osmium
    import shapely
    from shapely import wkb

    wkb_factory = osmium.geom.WKBFactory()
    processor = (osmium.FileProcessor(str(path))
                 .with_locations(storage)
                 .with_areas(osmium.filter.KeyFilter("name"))
                 .with_filter(osmium.filter.KeyFilter("name")))
    for obj in processor:
        name = (obj.tags.get("name") or "").strip()
        kind = kind_of(obj.tags) if name else None
        if kind is None:
            continue
        if obj.is_node():
            if not obj.location.valid():
                continue
            lat, lon, source = obj.location.lat, obj.location.lon, f"osm:node/{obj.id}"
            uncertainty = None if kind in _AREA_KINDS else NODE_UNCERTAINTY_M
        elif obj.is_way():
            if obj.is_closed():
                continue  # it comes again as an area, below
            try:
                line = wkb.loads(wkb_factory.create_linestring(obj))
            except (RuntimeError, osmium.InvalidLocationError):
                log.info("osm:way/%d has no usable geometry; left out", obj.id)
                continue
            point = line.interpolate(0.5, normalized=True)
            lat, lon, source = point.y, point.x, f"osm:way/{obj.id}"
            uncertainty = max(NODE_UNCERTAINTY_M, _metres_across(*line.xy))
        elif obj.is_area():
            try:
                shape = wkb.loads(wkb_factory.create_multipolygon(obj))
            except (RuntimeError, osmium.InvalidLocationError):
                log.info("osm area %d has no usable geometry; left out", obj.id)
                continue
            point = shape.representative_point()
            minx, miny, maxx, maxy = shapely.bounds(shape)
            lat, lon = point.y, point.x
            source = f"osm:{'way' if obj.from_way() else 'relation'}/{obj.orig_id()}"
            uncertainty = max(NODE_UNCERTAINTY_M, _metres_across([minx, maxx], [miny, maxy]))
        else:
            continue
        yield {
            "name": name, "aliases": "|".join(aliases_of(obj.tags, name)), "kind": kind,
            "lat": f"{lat:.6f}", "lon": f"{lon:.6f}", "country": countries.at(lat, lon) or "",
            "source": source, "uncertainty_m": "" if uncertainty is None else f"{uncertainty:.0f}",
        }


#: Kinds that are areas even when mapped as a node: their uncertainty is
#: the default for the kind (see :func:`geo.places.gazetteer.default_uncertainty`).
_AREA_KINDS = {"region", "admin2", "commune", "city", "town", "village", "neighbourhood", "port", "airport"}


def import_osm(source: Path | str, target: Path | str, *, country: str | None = None,
               storage: str = DEFAULT_STORAGE, progress: Callable[[int], None] | None = None) -> Summary:
    """Stream the extract ``source`` into the pack ``target`` (see the
    module notes).  Written through a temporary file and a rename, so a
    failed import leaves no half pack; errors name the file."""
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise GazetteerError(source, "no such OpenStreetMap file")
    target.parent.mkdir(parents=True, exist_ok=True)
    by_kind: dict[str, int] = {}
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with tempfile.TemporaryDirectory(prefix="incident-map-osm-") as scratch, \
                os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            where = storage if "," in storage or "file" not in storage else \
                f"{storage},{Path(scratch) / 'nodes.idx'}"
            writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
            writer.writeheader()
            for count, row in enumerate(_rows(source, where, _Countries(country)), 1):
                writer.writerow(row)
                by_kind[row["kind"]] = by_kind.get(row["kind"], 0) + 1
                if progress and count % 10_000 == 0:
                    progress(count)
        os.replace(tmp, target)
    except RuntimeError as exc:  # libosmium's errors: a file that is not OSM data
        raise GazetteerError(source, f"cannot read as OpenStreetMap data ({exc})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return Summary(target, sum(by_kind.values()), dict(sorted(by_kind.items())))
