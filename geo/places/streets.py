"""Numbered streets: "Delmas 33" is a point on the Delmas road, not nothing.

Port-au-Prince names many streets by a family and a number: Delmas 1 to
Delmas 105 branch off the Route de Delmas, and people locate an event by
them ("Delmas 33", "rue Delmas 33", "Dèlma 33").  No gazetteer lists every
number, so a small file of *anchors* (``road, number, lat, lon, source,
uncertainty_m``: surveyed points of a few numbers of each family) is enough:
a number between two anchors is placed on the straight line between them,
in proportion to its number, with an uncertainty that grows with the gap.

A number outside the anchors' range, or a family with no anchors at all, is
never dropped: it falls back to the family's own place (the commune or road
named Delmas), whose uncertainty is that place's.
"""

from __future__ import annotations

import csv
import io
import re
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

from geo.errors import GazetteerError
from geo.places import names

#: Columns of an anchors file.
COLUMNS = ("road", "number", "lat", "lon", "source", "uncertainty_m")
#: Share of the gap between two anchors added to their uncertainty for a
#: number between them: numbers are not evenly spaced along a road.
GAP_SHARE = 0.25
#: Words around a family name and its number, folded: "rue Delmas 33",
#: "Delmas 33 road", "ri Dèlma 33".
_NUMBERED = re.compile(r"^(?:rue|ri|route|wout|avenue|av|ave|street|st)?(?P<family>[a-z]+?)"
                       r"(?P<number>\d{1,3})(?:road|rd|street|st|rue|ri)?$")


@dataclass(frozen=True)
class Anchor:
    """A surveyed point of one numbered street."""

    road: str
    number: int
    lat: float
    lon: float
    source: str
    uncertainty_m: float


@dataclass(frozen=True)
class Placement:
    """Where a numbered street lies: a point and how sure, or ``None`` when
    the number is outside the anchors (the caller falls back to the family)."""

    road: str
    number: int
    lat: float
    lon: float
    uncertainty_m: float
    anchors: tuple[Anchor, ...]

    @property
    def source(self) -> str:
        if len(self.anchors) == 1:
            return self.anchors[0].source
        return "interpolated:" + " ".join(a.source for a in self.anchors)


def is_anchor_file(fieldnames: list[str] | None) -> bool:
    """True for a CSV whose header is that of an anchors file."""
    return {c.strip().lower() for c in fieldnames or ()} >= {"road", "number", "lat", "lon"}


def read_anchors(path: Path | str, *, text: str | None = None) -> list[Anchor]:
    """Read an anchors CSV; errors name the file, line and column."""
    path = Path(path)
    if text is None:
        text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    if not is_anchor_file(reader.fieldnames):
        raise GazetteerError(path, f"numbered-street anchors need the columns {', '.join(COLUMNS)}", line=1)
    anchors = []
    for row in reader:
        line = reader.line_num
        cell = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        if not cell["road"]:
            raise GazetteerError(path, "road is empty", line=line, field="road")
        if not cell["number"].isdigit():
            raise GazetteerError(path, f"{cell['number']!r} is not a street number", line=line, field="number")
        values = {}
        for column, low, high in (("lat", -90, 90), ("lon", -180, 180), ("uncertainty_m", 0, 1e6)):
            text_value = cell.get(column) or ("100" if column == "uncertainty_m" else "")
            try:
                values[column] = float(text_value)
            except ValueError:
                raise GazetteerError(path, f"{text_value!r} is not a number", line=line, field=column) from None
            if not low <= values[column] <= high:
                raise GazetteerError(path, f"{text_value!r} is outside {low:g}..{high:g}", line=line, field=column)
        anchors.append(Anchor(cell["road"], int(cell["number"]), values["lat"], values["lon"],
                              cell.get("source") or "approx:manual", values["uncertainty_m"]))
    return anchors


def parse(key: str) -> tuple[str, int] | None:
    """``(family key, number)`` of a name key such as ``ruedelmas33``, or ``None``."""
    found = _NUMBERED.match(key)
    if not found or len(found.group("family")) < 3:
        return None
    return found.group("family"), int(found.group("number"))


class Streets:
    """Anchors grouped by road family, for :meth:`place`."""

    def __init__(self, anchors: list[Anchor] = ()):
        self._families: dict[str, list[Anchor]] = {}
        for anchor in anchors:
            self._families.setdefault(names.key(anchor.road), []).append(anchor)
        for family in self._families.values():
            family.sort(key=lambda a: a.number)

    def __bool__(self) -> bool:
        return bool(self._families)

    def families(self) -> list[str]:
        """The family keys that have anchors."""
        return sorted(self._families)

    def anchors(self) -> list[Anchor]:
        """Every anchor, family by family."""
        return [a for family in self._families.values() for a in family]

    def numbers(self, family: str) -> list[int]:
        """The anchored numbers of a family, in order."""
        return [a.number for a in self._families.get(family, ())]

    def road(self, family: str) -> str | None:
        """The road name of a family key, as the anchors spell it."""
        anchors = self._families.get(family)
        return anchors[0].road if anchors else None

    def place(self, family: str, number: int) -> Placement | None:
        """The point of ``number`` in ``family``, or ``None`` outside its anchors."""
        anchors = self._families.get(family)
        if not anchors or not anchors[0].number <= number <= anchors[-1].number:
            return None
        # odd numbers on one side of the main road, even on the other: bracket a number
        # by anchors of its own side when there are such on both sides of it
        side = [a for a in anchors if a.number % 2 == number % 2]
        if side and side[0].number <= number <= side[-1].number:
            anchors = side
        numbers = [a.number for a in anchors]
        i = bisect_left(numbers, number)
        after = anchors[i]
        if after.number == number:
            return Placement(after.road, number, after.lat, after.lon, after.uncertainty_m, (after,))
        from geopy.distance import distance  # geopy loads in 0.1 s; only numbered streets need it

        before = anchors[i - 1]
        share = (number - before.number) / (after.number - before.number)
        gap_m = distance((before.lat, before.lon), (after.lat, after.lon)).m
        return Placement(
            before.road, number,
            before.lat + share * (after.lat - before.lat), before.lon + share * (after.lon - before.lon),
            round(max(before.uncertainty_m, after.uncertainty_m) + GAP_SHARE * gap_m), (before, after))
