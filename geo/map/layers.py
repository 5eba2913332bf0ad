"""Layers: incidents and mentions as RFC 7946 GeoJSON.

Output is deterministic so that a diff of ``layers/`` shows what really
changed: keys are sorted, coordinates are rounded to 6 decimals (about
10 cm), features are ordered by date then id, and each feature sits on
its own line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable

from geo.text.documents import Document
from geo.places.geocode import Place
from geo.incidents import Incident

COORDINATE_DECIMALS = 6


def point(lat: float, lon: float) -> dict:
    """A GeoJSON Point.  GeoJSON orders positions ``[lon, lat]``; this is the
    one place in the package where that swap happens."""
    return {"type": "Point", "coordinates": [round(lon, COORDINATE_DECIMALS), round(lat, COORDINATE_DECIMALS)]}


def incident_feature(incident: Incident) -> dict:
    return {"type": "Feature", "id": incident.id, "geometry": point(incident.lat, incident.lon),
            "properties": incident.properties()}


@dataclass(frozen=True)
class MentionRecord:
    """Every mention of one place in one document, for the mentions layer."""

    doc: str
    place: Place
    mentions: tuple[Place, ...]
    incident_site: bool

    def feature(self) -> dict:
        entry = self.place.entry
        return {
            "type": "Feature",
            "id": f"{self.doc}#{entry.id}",
            "geometry": point(entry.lat, entry.lon),
            "properties": {
                "doc": self.doc,
                "place": entry.name,
                "place_id": entry.id,
                "place_kind": entry.kind,
                "precision": entry.precision,
                "country": entry.country,
                "place_source": entry.source,
                "uncertainty_m": None if entry.uncertainty_m is None else round(entry.uncertainty_m),
                "incident_site": self.incident_site,
                "count": len(self.mentions),
                "mentions": [
                    {"text": p.mention.text, "start": p.mention.start, "end": p.mention.end,
                     "how": p.mention.how, "reason": p.reason}
                    for p in self.mentions
                ],
            },
        }


def mention_records(document: Document, places: list[Place], site_ids: set[str]) -> list[MentionRecord]:
    """Group a document's resolved places by entry, flagging incident sites."""
    grouped: dict[str, list[Place]] = {}
    for place in places:
        if place.entry is not None and place.mention.text:
            grouped.setdefault(place.entry.id, []).append(place)
    return [MentionRecord(document.doc, group[0], tuple(group), entry_id in site_ids)
            for entry_id, group in sorted(grouped.items())]


def feature_collection(features: Iterable[dict]) -> str:
    """Serialise features as a GeoJSON FeatureCollection, one per line."""
    lines = [json.dumps(f, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for f in features]
    if not lines:
        return '{"type":"FeatureCollection","features":[]}\n'
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def incidents_geojson(incidents: Iterable[Incident]) -> str:
    ordered = sorted(incidents, key=lambda i: (i.date or "", i.id))
    return feature_collection(incident_feature(i) for i in ordered)


def mentions_geojson(records: Iterable[MentionRecord]) -> str:
    ordered = sorted(records, key=lambda r: (r.doc, r.place.entry.id))
    return feature_collection(r.feature() for r in ordered)
