"""Borders: which country a point lies in, to catch swapped coordinates.

A spreadsheet that puts longitude in the latitude column still holds
numbers in range more often than not (Port-au-Prince at 18.5, -72.3 becomes
-72.3, 18.5, a point in the Southern Ocean).  The only reliable signal is
the row's own country column: a point outside that country whose swap falls
inside it is almost certainly swapped.

The shapes are Natural Earth's 1:110m countries (public domain, see
``geo/data/README.md``), a few hundred kilobytes.  At that scale coasts are
simplified by kilometres, so "outside" alone is never an error: only the
swap test, which needs the swapped point *inside*, rejects a row.

Country names come from ``geo/data/countries.csv`` (names, ISO codes and
aliases), read directly so that checking 100,000 rows with coordinates does
not need the gazetteer at all.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import shapely
from shapely.geometry import shape

from geo.places.names import key

SHAPES_FILE = "country_shapes.geojson"
COUNTRIES_FILE = "countries.csv"

#: ACLED's spellings that the country table does not list as aliases.
ACLED_NAMES = {"Republic of Congo": "CG", "eSwatini": "SZ", "Bonaire, Saint Eustatius and Saba": "BQ",
               "Saint-Barthelemy": "BL", "Micronesia": "FM", "Vatican City": "VA"}


@dataclass(frozen=True)
class Borders:
    """Country shapes by ISO 3166-1 alpha-2 code, and country names."""

    shapes: dict[str, shapely.Geometry]
    names: dict[str, str]
    codes: dict[str, str]

    def code(self, value: str | None) -> str | None:
        """The ISO alpha-2 code for a country written as a code or a name.

        Accepts ``HT``, ``HTI``, ``Haiti``, ``Haïti`` or an alias such as
        ``DRC``; returns ``None`` for anything else.
        """
        if not value or not value.strip():
            return None
        return self.codes.get(key(value))

    def name(self, code: str | None) -> str | None:
        """The English name of a country code, or ``None``."""
        return self.names.get((code or "").upper())

    def contains(self, code: str, lat: float, lon: float) -> bool | None:
        """Whether the point lies in the country; ``None`` when no shape is known
        (small islands are not in the 1:110m set)."""
        geometry = self.shapes.get(code)
        if geometry is None:
            return None
        return bool(shapely.contains_xy(geometry, lon, lat))

    def share(self, code: str, lat: float, lon: float) -> tuple[float, float] | None:
        """Where a point lies across the country's main land mass, as
        shares of its width west to east and of its height south to north
        (0..1 inside the bounds), or ``None`` when no shape is known.  The
        largest polygon stands for the country, so that French Guiana does
        not stretch France across the Atlantic."""
        geometry = self.shapes.get(code)
        if geometry is None:
            return None
        main = max(getattr(geometry, "geoms", [geometry]), key=lambda g: g.area)
        west, south, east, north = main.bounds
        if east <= west or north <= south:
            return None
        return (lon - west) / (east - west), (lat - south) / (north - south)

    def in_part(self, code: str, lat: float, lon: float, parts: tuple[str, ...]) -> bool | None:
        """Whether a point lies in the part of its country that compass
        words name: ``("south", "west")`` for "southwestern Pakistan",
        ``("central",)`` for "central Mali".  A compass part takes the 60%
        of the country's main land mass on its side, so that a town near the
        middle is both "northern" and "southern"; ``None`` when no shape is
        known."""
        share = self.share(code, lat, lon)
        if share is None:
            return None
        if "central" in parts:
            return all(0.2 <= x <= 0.8 for x in share)
        return bool(parts) and all(low <= share[axis] <= high for axis, low, high in map(_COMPASS_PARTS.get, parts))

    def country_at(self, lat: float, lon: float) -> str | None:
        """The code of the country whose shape holds the point, if any."""
        for code, geometry in self.shapes.items():
            if shapely.contains_xy(geometry, lon, lat):
                return code
        return None

    def probably_swapped(self, code: str, lat: float, lon: float) -> bool:
        """True when (lat, lon) lies outside the country but (lon, lat) inside.

        The swapped point must be a valid latitude, so a longitude beyond
        ±90 can never be mistaken for one.
        """
        if not -90 <= lon <= 90 or self.contains(code, lat, lon) is not False:
            return False
        return bool(self.contains(code, lon, lat))


#: Which share of a country's width (axis 0, west to east) or height
#: (axis 1, south to north) each compass part takes.
_COMPASS_PARTS = {"north": (1, 0.4, 1.0), "south": (1, 0.0, 0.6), "east": (0, 0.4, 1.0), "west": (0, 0.0, 0.6)}


@lru_cache(maxsize=1)
def load_borders() -> Borders:
    """The shipped borders, read once per process (they are needed only when
    a table has a country column)."""
    data = resources.files("geo") / "data"
    collection = json.loads((data / SHAPES_FILE).read_text(encoding="utf-8"))
    shapes: dict[str, shapely.Geometry] = {}
    for feature in collection["features"]:
        geometry = shape(feature["geometry"])
        shapely.prepare(geometry)
        shapes[feature["properties"]["iso2"]] = geometry
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO((data / COUNTRIES_FILE).read_text(encoding="utf-8"))):
        iso2 = (row.get("iso2") or "").strip().upper()
        if not iso2:
            continue
        names[iso2] = (row.get("name") or iso2).strip()
        spellings = [iso2, row.get("iso3") or "", row.get("name") or "", *(row.get("aliases") or "").split("|")]
        for spelling in spellings:
            folded = key(spelling)
            if folded:
                codes.setdefault(folded, iso2)
    for spelling, iso2 in ACLED_NAMES.items():
        codes.setdefault(key(spelling), iso2)
    return Borders(shapes, names, codes)
