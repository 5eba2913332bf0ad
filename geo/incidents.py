"""Incidents: the records the map shows, built from event reports.

One incident is one event at one place: every sentence of a document that
reports violence at the National Penitentiary feeds the same incident,
which keeps each of those sentences as a quote.  Incidents of several
documents about the same place, kind of event and day are the same event
(ACLED's de-duplication rule) and merge, keeping every source.

Fields follow ``docs/schema.md``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from collections import Counter
from dataclasses import dataclass, field, replace

from geo.text.documents import Document
from geo.text.declarations import said_of_the_nation
from geo.text.report import Report
from geo.text.unplaced import NEAR_TAG
from geo.text.sites import listed_as_peers, singled_out
from geo.text.fatalities import default_toll
from geo.text.lexicons import ANOTHER_EVENT, CITYWIDE

#: ACLED's geo_precision for each of our precisions.
GEO_PRECISION = {"site": 1, "neighbourhood": 1, "locality": 1, "region": 3, "country": 3}

def event_family(event_type: str, sub_event_type: str) -> str:
    """Kinds of event that merge with each other at one place.  A protest
    and a violent demonstration at one place are one demonstration that
    turned violent (ACLED codes it once, as a riot); mob violence is no
    demonstration."""
    if event_type == "Strategic developments":
        return f"strategic:{sub_event_type}"
    if event_type == "Protests" or sub_event_type == "Violent demonstration":
        return "protest"
    return "violence"


@dataclass(frozen=True)
class Incident:
    """One event at one place, with everything needed to show and trace it."""

    id: str
    title: str
    event_type: str
    sub_event_type: str
    date: str | None
    time_precision: int | None
    place: str
    place_id: str
    place_kind: str
    precision: str
    lat: float
    lon: float
    country: str | None
    fatalities: int | None
    fatalities_text: str | None
    sources: tuple[dict, ...]
    quotes: tuple[dict, ...]
    place_source: str | None = None
    place_reason: str | None = None
    uncertainty_m: float | None = None
    notes: str | None = None
    origin: str = "text"
    extra: tuple[tuple[str, object], ...] = field(default=(), compare=False)

    @property
    def geo_precision(self) -> int:
        return GEO_PRECISION.get(self.precision, 3)

    def properties(self) -> dict:
        """The GeoJSON ``properties`` of this incident (see docs/schema.md)."""
        props = {
            "id": self.id,
            "title": self.title,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date": self.date,
            "time_precision": self.time_precision,
            "place": self.place,
            "place_id": self.place_id,
            "place_kind": self.place_kind,
            "precision": self.precision,
            "geo_precision": self.geo_precision,
            "country": self.country,
            "fatalities": self.fatalities,
            "fatalities_text": self.fatalities_text,
            "sources": [dict(s) for s in self.sources],
            "quotes": [dict(q) for q in self.quotes],
            "place_source": self.place_source,
            "place_reason": self.place_reason,
            "uncertainty_m": None if self.uncertainty_m is None else round(self.uncertainty_m),
            "notes": self.notes,
            "origin": self.origin,
        }
        props.update(dict(self.extra))
        return props


def stable_id(*parts: object) -> str:
    """A short id that depends only on what identifies the incident."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"inc-{digest[:12]}"


def from_reports(document: Document, reports: list[Report]) -> list[Incident]:
    """Group a document's reports into incidents, one per place and event family."""
    groups: dict[tuple[str, str], list[Report]] = {}
    for report in reports:
        family = event_family(report.trigger.event_type, report.trigger.sub_event_type)
        groups.setdefault((report.place.entry.id, family), []).append(report)
    incidents = [_incident(document, family, group) for (_, family), group in groups.items()]
    aggregates = {r.place.entry.id for r in reports if r.aggregate}
    return sorted(_fold_coarse(incidents, keep=aggregates), key=lambda i: (i.date or "", i.id))


_FINER = {"site": 0, "neighbourhood": 1, "locality": 2, "region": 3, "country": 4}


#: How far a city's own quarters reach from its point: a capital's named
#: quarters and suburbs lie up to about 10 km from its centre.
CITY_EXTENT_M = 10_000


def _extent_m(incident: Incident) -> float:
    """The reach of a coarse incident's place: a city's, or its stated uncertainty."""
    if incident.place_kind == "city":
        return max(incident.uncertainty_m or 0, CITY_EXTENT_M)
    return incident.uncertainty_m or 0


def _fold_coarse(incidents: list[Incident], keep: set[str] = frozenset()) -> list[Incident]:
    """Fold a document's coarse incident into a finer one of the same event.

    "Clashes in Port-au-Prince" and "clashes in Bel Air" in one article,
    same kind of event and same day, are one event (ACLED's rule: same
    actors, day and place) that the text placed twice, once loosely.  The
    finer incident must lie inside the coarse place: within its stated
    uncertainty (a commune's few km), so that a neighbouring town is never
    swallowed.  Only a neighbourhood or a town folds; its sentences become
    quotes of its finer twin, or, when the text names several ("Mumbai
    landmarks targeted": the hotels and the station), of the one named
    first: the town was a summary of them, not one more event.  A facility the
    gazetteer lacks, placed at its town's point ("the parliament in
    Ouagadougou"), is finer than the town: it says what was hit.  Places in ``keep``
    hold a toll that covers several sites ("nine killed in Port-au-Prince,
    including at the airport and the stadium") and never fold.
    """
    from geo.places.query import distance_km

    def twin_of(coarse: Incident, pool: list[Incident]) -> Incident | None:
        if coarse.precision == "country" and coarse.place_id not in keep:
            return _nationwide_twin(coarse, pool)
        if coarse.precision not in ("neighbourhood", "locality") or not coarse.uncertainty_m or coarse.place_id in keep:
            return None
        if f"#{NEAR_TAG}" in coarse.place_id:
            return None  # a village or quarter the text names, placed at its town: no summary of the town's events
        family = event_family(coarse.event_type, coarse.sub_event_type)
        # read only when it can matter: a city's incident beside a site's
        citywide = coarse.place_kind == "city" and any(i.precision == "site" for i in pool) \
            and any(CITYWIDE.search(q["sentence"]) for q in coarse.quotes)
        # "a similar drone operation in downtown Port-au-Prince earlier this month": told
        # apart from the sites of other sentences
        apart = {q["start"] for q in coarse.quotes} if all(ANOTHER_EVENT.search(q["sentence"]) for q in coarse.quotes) \
            else set()
        # a place no gazetteer holds, stood in for by this very place, is no finer place than it
        finer = [i for i in pool if (_FINER[i.precision] < _FINER[coarse.precision]
                                     or i.place_id.startswith(coarse.place_id + "#")
                                     and not i.place_id.startswith(f"{coarse.place_id}#{NEAR_TAG}"))
                 and not (coarse.place_kind == "city" and i.precision == "site" and citywide)
                 and event_family(i.event_type, i.sub_event_type) == family
                 and (coarse.date is None or i.date is None or i.date == coarse.date)
                 and distance_km(i, coarse) * 1000 <= _extent_m(coarse)
                 and not (apart and apart.isdisjoint(q["start"] for q in i.quotes))]
        if not finer or coarse.place_kind != "city" and any(_in_one_sentence(coarse, i, listed_as_peers)
                                                             for i in finer):
            return None
        # "in Port-au-Prince, barricades in several streets, including the Delmas highway": one of many
        finer = [i for i in finer if not _in_one_sentence(coarse, i, singled_out)]
        if not finer:
            return None
        if coarse.precision == "neighbourhood" and _among_peers(coarse, incidents):
            finer = [i for i in finer if _told_together(coarse, i) or _named_by(coarse, i)]
            if not finer:
                return None
        return min(finer, key=lambda i: min(q["start"] for q in i.quotes))

    result: dict[str, Incident] = {}
    for incident in sorted(incidents, key=lambda i: (_FINER[i.precision], "#" not in i.place_id)):  # finest first
        twin = twin_of(incident, list(result.values()))
        if twin is None:
            result[incident.id] = incident
            continue
        quotes = {(q["doc"], q["start"]): q for q in (*twin.quotes, *incident.quotes)}
        result[twin.id] = replace(twin, quotes=tuple(sorted(quotes.values(), key=lambda q: (q["doc"], q["start"]))))
    return list(result.values())


def _nationwide_twin(country: Incident, pool: list[Incident]) -> Incident | None:
    """The first of the towns where the story places the demonstrations it
    also says spread "across the country": ACLED codes a wave of protests
    where each took place.  A country-level measure (a curfew, a state of
    emergency) stays, unless the country that declared it says where it
    applies, and no sentence says it is the nation's ("Jamaica in state of
    emergency", then "Jamaica has declared a state of emergency in the
    southern Clarendon parish")."""
    family = event_family(country.event_type, country.sub_event_type)
    if family == "violence" or family != "protest" and any(said_of_the_nation(q["sentence"]) for q in country.quotes):
        return None
    # a measure: only where the declarer itself says it applies ("Jamaica has declared a state of emergency in
    # the southern Clarendon parish"), not a town's own ("In Jacmel, the mayor imposed a curfew")
    declarer = {q["place_text"] for q in country.quotes if q.get("place_text")} if family != "protest" else set()
    finer = [i for i in pool if i.country == country.country and i.precision != "country"
             and event_family(i.event_type, i.sub_event_type) == family
             and (country.date is None or i.date is None or i.date == country.date)
             and (family == "protest" or any(name in q["sentence"] for q in i.quotes for name in declarer))]
    return min(finer, key=lambda i: min(q["start"] for q in i.quotes)) if finer else None


def _told_together(coarse: Incident, finer: Incident) -> bool:
    """Whether the two incidents share a sentence."""
    return not {q["start"] for q in coarse.quotes}.isdisjoint(q["start"] for q in finer.quotes)


def _among_peers(coarse: Incident, incidents: list[Incident]) -> bool:
    """True when a quarter's sentence names other quarters with incidents of
    their own: it tells of an area of the city, one quarter of which is this."""
    return any(i is not coarse and i.precision == coarse.precision and _told_together(coarse, i) for i in incidents)


def _named_by(coarse: Incident, finer: Incident) -> bool:
    """Whether the finer place's words hold the coarse place's name ("the
    Delmas 33 police station" and Delmas 33): the same place, told again."""
    own = {q["place_text"] for q in coarse.quotes if q.get("place_text")}
    return any(name in q["place_text"] for q in finer.quotes if q.get("place_text") for name in own)


def _in_one_sentence(coarse: Incident, finer: Incident, relation: Callable[..., bool]) -> bool:
    """True when a sentence naming both places bears ``relation`` between
    them: :func:`geo.text.sites.listed_as_peers` (a list of peers) or
    :func:`geo.text.sites.singled_out` (the finer one of several things of
    the coarse one), asked of the sentence and the two places' spans in it."""
    for q in coarse.quotes:
        for f in finer.quotes:
            if f["start"] != q["start"] or q["place_end"] is None or f["place_start"] is None:
                continue
            base = q["start"]
            if relation(q["sentence"], (q["place_start"] - base, q["place_end"] - base),
                        (f["place_start"] - base, f["place_end"] - base)):
                return True
    return False


def _incident(document: Document, family: str, group: list[Report]) -> Incident:
    entry = group[0].place.entry
    ranked = Counter((r.trigger.event_type, r.trigger.sub_event_type) for r in group)
    (event_type, sub_event), _ = sorted(ranked.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    if family == "protest" and ("Riots", "Violent demonstration") in ranked:
        event_type, sub_event = "Riots", "Violent demonstration"  # a protest that turned violent is a riot (ACLED)
    date, precision = _code_date([r.date for r in group if r.date and r.date.date])
    claims = [r.fatalities for r in group if r.fatalities is not None]
    significant = any(r.trigger.text.lower().startswith(("massacre", "storm", "assault")) for r in group)
    fatalities, fatalities_text = default_toll(claims, significant=significant)
    quotes, seen = [], set()
    for r in sorted(group, key=lambda r: r.sentence.start):
        if r.sentence.index in seen:
            continue
        seen.add(r.sentence.index)
        mention = r.place.mention
        quotes.append({
            "doc": document.doc,
            "sentence": r.sentence.text,
            "start": r.sentence.start,
            "end": r.sentence.end,
            "anchor": r.sentence.anchor,
            "place_text": mention.text or None,
            "place_start": mention.start if mention.text else None,
            "place_end": mention.end if mention.text else None,
        })
    first = group[0]
    key_date = date or f"undated:{document.doc}"
    return Incident(
        id=stable_id(entry.id, family, key_date),
        title=f"{sub_event if event_type != 'Strategic developments' else _strategic_title(group)}: {entry.name}",
        event_type=event_type,
        sub_event_type=sub_event,
        date=date,
        time_precision=precision,
        place=entry.name,
        place_id=entry.id,
        place_kind=entry.kind,
        precision=entry.precision,
        lat=entry.lat,
        lon=entry.lon,
        country=entry.country,
        fatalities=fatalities,
        fatalities_text=fatalities_text,
        sources=(document.source,),
        quotes=tuple(quotes),
        place_source=entry.source,
        place_reason=first.place.reason,
        uncertainty_m=entry.uncertainty_m,
        extra=_facility(entry),
    )


def _facility(entry) -> tuple[tuple[str, object], ...]:
    """What an approximate facility placement adds to the properties: the
    facility's kind and words, and that it was placed at its town instead."""
    if not entry.get("facility"):
        return ()
    return (("facility", entry.get("facility")), ("facility_text", entry.get("facility_text")),
            ("facility_approximate", True))


def _strategic_title(group: list[Report]) -> str:
    text = " ".join(r.sentence.text.lower() for r in group)
    emergency = any(w in text for w in ("state of emergency", "state of siege", "état d'urgence", "état d’urgence"))
    curfew = "curfew" in text or "couvre-feu" in text
    if emergency and curfew:
        return "State of emergency and curfew"
    if emergency:
        return "State of emergency"
    if curfew:
        return "Curfew"
    return group[0].trigger.sub_event_type


def _code_date(claims) -> tuple[str | None, int | None]:
    """The coded day: the earliest day-precise claim, else the most precise."""
    if not claims:
        return None, None
    best = min(claims, key=lambda c: (c.time_precision, c.date))
    return best.date.isoformat(), best.time_precision


def merge(incidents: list[Incident]) -> list[Incident]:
    """Merge incidents with the same id (same place, family and day) across
    documents: sources and quotes are pooled, the toll stays conservative."""
    merged: dict[str, Incident] = {}
    for incident in incidents:
        old = merged.get(incident.id)
        if old is None:
            merged[incident.id] = incident
            continue
        tolls = [i for i in (old, incident) if i.fatalities is not None]
        toll = min(tolls, key=lambda i: i.fatalities) if tolls else old
        sources = tuple({s["doc"]: s for s in (*old.sources, *incident.sources)}.values())
        quotes = tuple({(q["doc"], q["start"]): q for q in (*old.quotes, *incident.quotes)}.values())
        merged[incident.id] = replace(
            old, sources=tuple(sorted(sources, key=lambda s: s["doc"])),
            quotes=tuple(sorted(quotes, key=lambda q: (q["doc"], q["start"]))),
            fatalities=toll.fatalities, fatalities_text=toll.fatalities_text)
    return sorted(merged.values(), key=lambda i: (i.date or "", i.id))
