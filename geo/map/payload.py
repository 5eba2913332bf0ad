"""Payload: every incident of the map as one compact JSON document.

Folium draws one element, with its own script and inline popup, per marker;
at 100,000 incidents that page weighed 80 MB and never finished loading.
The map instead ships its data once, in columns (``lat``, ``lon``, type,
day...), with every repeated string (event types, places, source titles,
sentences) stored once in a string table and referred to by number.  The
page's script builds markers only for what is on screen and a popup only
when it is opened.

What reaches the page is data, never markup: the script puts every string
into the page with ``textContent``.  Links are decided here: only ``http``
and ``https`` URLs are given as links (``url``); any other value is kept
as text (``raw``) to be shown, never followed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import partial
from typing import Iterable
from urllib.parse import quote as url_quote
from urllib.parse import urlsplit

from jinja2.utils import htmlsafe_json_dumps

from geo.incidents import Incident
from geo.map.layers import MentionRecord

#: Precisions from the finest to the coarsest; the page stacks areas in this
#: order so that a finer area lies above a coarser one and gets the click.
PRECISIONS = ("site", "neighbourhood", "locality", "region", "country")
#: Radius in metres of the area drawn for an approximate placement.
AREA_RADIUS_M = {"neighbourhood": 800, "locality": 4000, "region": 20000, "country": 50000}
PRECISION_LABELS = {"site": "exact site", "neighbourhood": "neighbourhood", "locality": "city",
                    "region": "region", "country": "country"}

#: ACLED's event types with fixed colours; other types get the spare colours.
COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#8e44ad",
    "Violence against civilians": "#d35400",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
}
SPARE_COLOURS = ("#b7950b", "#2e86c1", "#a93226", "#1e8449", "#6c3483", "#ca6f1e", "#212f3d")
UNTYPED = "Other"
COORDINATE_DECIMALS = 5  # about a metre: finer than any gazetteer entry
EPOCH = dt.date(1970, 1, 1)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL, else ``None``."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def source_page_path(doc: str) -> str:
    """Where the rendered copy of ``doc`` lives, relative to the output folder."""
    return f"sources/{doc}.html"


def day_number(date: str | None) -> int | None:
    """Days since 1970-01-01 of an ISO date (``YYYY-MM-DD``, or a month or a
    year, taken at its first day), for fast comparisons in the time filter."""
    if not date:
        return None
    text = date.strip()
    for length, suffix in ((10, ""), (7, "-01"), (4, "-01-01")):
        if len(text) == length:
            try:
                return (dt.date.fromisoformat(text + suffix) - EPOCH).days
            except ValueError:
                return None
    return None


@dataclass
class _Table:
    """Strings stored once; index 0 is the empty string (no value)."""

    items: list[str] = field(default_factory=lambda: [""])
    index: dict[str, int] = field(default_factory=lambda: {"": 0})

    def __call__(self, value: str | None) -> int:
        if not value:
            return 0
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.items)
            self.items.append(value)
        return found


def default_title(incident: Incident) -> str:
    """The title a table row gets when it has none (``Armed clash: Delmas``);
    the page rebuilds such titles instead of shipping 100,000 of them."""
    return f"{incident.sub_event_type or incident.event_type or UNTYPED}: {incident.place}"


def event_types(incidents: Iterable[Incident]) -> list[dict]:
    """The event types present, ACLED's first in their usual order, each with its colour."""
    present = {i.event_type or UNTYPED for i in incidents}
    ordered = [t for t in COLOURS if t in present] + sorted(present - set(COLOURS))
    spare = iter(SPARE_COLOURS * (1 + len(ordered) // len(SPARE_COLOURS)))
    return [{"name": t, "colour": COLOURS.get(t) or next(spare)} for t in ordered]


def encode(incidents: list[Incident], mentions: Iterable[MentionRecord], titles: dict[str, str], *,
           country_code=None) -> dict:
    """The map's data: incidents in columns, their areas, quotes, sources and mentions.

    ``country_code`` turns an incident's ``country`` (a code or a name) into
    the ISO alpha-2 code of a shipped country shape, so that a country-level
    incident is drawn as its country's outline.
    """
    strings = _Table()
    types = event_types(incidents)
    type_index = {t["name"]: n for n, t in enumerate(types)}
    columns: dict[str, list] = {k: [] for k in ("id", "lat", "lon", "type", "sub", "title", "day", "tp", "place",
                                                "prec", "fat", "notes", "area", "src")}
    quotes: dict[str, list] = {}
    docs: list[dict] = []
    doc_index: dict[str, int] = {}
    groups: list[list] = []
    group_index: dict[tuple, int] = {}
    areas: list[dict] = []
    area_index: dict[tuple, int] = {}
    code_of = country_code or (lambda value: None)

    for n, incident in enumerate(incidents):
        columns["id"].append(incident.id)
        columns["lat"].append(round(incident.lat, COORDINATE_DECIMALS))
        columns["lon"].append(round(incident.lon, COORDINATE_DECIMALS))
        columns["type"].append(type_index[incident.event_type or UNTYPED])
        columns["sub"].append(strings(incident.sub_event_type))
        columns["title"].append(-1 if incident.title == default_title(incident) else strings(incident.title))
        columns["day"].append(day_number(incident.date))
        columns["tp"].append(incident.time_precision or 0)
        columns["place"].append(strings(incident.place))
        precision = incident.precision if incident.precision in PRECISIONS else "locality"
        columns["prec"].append(PRECISIONS.index(precision))
        columns["fat"].append(incident.fatalities)
        columns["notes"].append(strings(incident.notes))
        columns["area"].append(-1 if precision == "site" else _area(incident, precision, areas, area_index,
                                                                    code_of))
        urls = {s.get("doc"): s.get("url") for s in incident.sources}
        if incident.quotes:
            quotes[str(n)] = [_quote(q, urls, titles, strings, docs, doc_index) for q in incident.quotes]
        if incident.origin == "csv":
            columns["src"].append(_group(incident.sources, strings, groups, group_index))
        else:
            columns["src"].append(-1)

    dots = []
    for record in mentions:
        if record.incident_site:
            continue
        entry = record.place.entry
        dots.append([round(entry.lat, COORDINATE_DECIMALS), round(entry.lon, COORDINATE_DECIMALS),
                     strings(f"{entry.name} (mentioned {len(record.mentions)}×, not an incident site)")])
    return {
        "strings": strings.items,
        "types": types,
        "precisions": [{"name": p, "label": PRECISION_LABELS[p], "radius": AREA_RADIUS_M.get(p, 0)}
                       for p in PRECISIONS],
        "incidents": columns,
        "quotes": quotes,
        "docs": docs,
        "sourceGroups": groups,
        "areas": areas,
        "mentions": dots,
    }


def _area(incident: Incident, precision: str, areas: list[dict], index: dict[tuple, int], code_of) -> int:
    """The area (one per place) an approximate incident is drawn as."""
    code = code_of(incident.country) if precision == "country" else None
    key = (precision, incident.place_id or incident.place, code,
           round(incident.lat, 3), round(incident.lon, 3))
    found = index.get(key)
    if found is None:
        found = index[key] = len(areas)
        # The gazetteer's own uncertainty for the place when it has one
        # (a small town is not as wide as a capital), else the precision's.
        radius = getattr(incident, "uncertainty_m", None) or AREA_RADIUS_M.get(precision, 5000)
        areas.append({"lat": round(incident.lat, COORDINATE_DECIMALS), "lon": round(incident.lon, COORDINATE_DECIMALS),
                      "prec": PRECISIONS.index(precision), "radius": round(radius),
                      "country": code})
    return found


def _quote(q: dict, urls: dict, titles: dict[str, str], strings: _Table, docs: list[dict],
           doc_index: dict[str, int]) -> list:
    """``[doc, sentence, place start, place end, anchor]``; offsets are within the sentence."""
    doc = q["doc"]
    if doc not in doc_index:
        raw = urls.get(doc)
        doc_index[doc] = len(docs)
        docs.append({"title": titles.get(doc) or doc, "page": url_quote(source_page_path(doc)),
                     "url": safe_url(raw), "raw": None if safe_url(raw) else (raw or None)})
    sentence = q["sentence"]
    start = end = -1
    if q.get("place_text") and q.get("place_start") is not None:
        start = q["place_start"] - q["start"]
        end = start + len(q["place_text"])
        if not (0 <= start < end <= len(sentence)):
            start = end = -1
    anchor = q.get("anchor") or ""
    return [doc_index[doc], strings(sentence), start, end, anchor]


def _group(sources: tuple[dict, ...], strings: _Table, groups: list[list], index: dict[tuple, int]) -> int:
    """The sources of a table row as ``[[title, url, raw], ...]``, stored once per distinct list."""
    rows = tuple((s.get("title") or "", safe_url(s.get("url")) or "",
                  "" if safe_url(s.get("url")) else (s.get("url") or "")) for s in sources)
    found = index.get(rows)
    if found is None:
        found = index[rows] = len(groups)
        groups.append([[strings(t), strings(u), strings(r)] for t, u, r in rows])
    return found


def script_json(data: dict) -> str:
    """``data`` as JSON safe inside a ``<script>`` element: ``<``, ``>``, ``&``
    and ``'`` are written as ``\\u`` escapes, so no text can end the element."""
    return str(htmlsafe_json_dumps(data, dumps=partial(json.dumps, ensure_ascii=False, separators=(",", ":"),
                                                       allow_nan=False)))
