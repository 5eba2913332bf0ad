"""Render: the Folium map and a readable copy of each source document.

Everything shown comes from documents or CSV files and is untrusted.  It is
escaped by Jinja's autoescaping before it becomes popup or tooltip HTML, and
that HTML reaches the page's script only as a JSON string (see
:mod:`geo.map.markers`).  Only ``http`` and ``https`` URLs become links.

Precise sites get a pin; places known only to a neighbourhood, city, region
or country get a dashed circle whose size says how vague the placement is,
and an "approximate" line in the popup.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable
from urllib.parse import quote as url_quote
from urllib.parse import urlsplit

import folium
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from geo.text.documents import Document
from geo.incidents import Incident
from geo.map.layers import MentionRecord
from geo.map.markers import Feature, PlaceLayer
from geo.text.sentences import Sentence

#: Circle radius in metres for each imprecise placement.
APPROX_RADIUS_M = {"neighbourhood": 800, "locality": 4000, "region": 20000, "country": 50000}
APPROX_LABEL = {"neighbourhood": "neighbourhood", "locality": "city", "region": "region", "country": "country"}
COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#8e44ad",
    "Violence against civilians": "#d35400",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
}


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=PackageLoader("geo", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=False, lstrip_blocks=False)


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


# -- popups ------------------------------------------------------------------

@dataclass(frozen=True)
class _QuoteView:
    before: str
    place: str
    after: str
    link: str | None
    doc_title: str
    number: int
    url: str | None
    raw_url: str | None


def popup_html(incident: Incident, titles: dict[str, str]) -> str:
    """The popup of one incident: its quotes, with the place highlighted.

    An incident added from a table (``origin="csv"``) has no quotes; its
    popup shows its notes, its source and a link to its ``source_url``.
    """
    urls = {s["doc"]: s.get("url") for s in incident.sources}
    quotes = []
    for q in incident.quotes:
        sentence = q["sentence"]
        place = q.get("place_text") or ""
        if place and q.get("place_start") is not None:
            cut = q["place_start"] - q["start"]
            before, after = sentence[:cut], sentence[cut + len(place):]
        else:
            before, place, after = sentence, "", ""
        doc = q["doc"]
        link = None
        if q.get("anchor"):
            link = f"{url_quote(source_page_path(doc))}#{q['anchor']}"
        raw = urls.get(doc)
        quotes.append(_QuoteView(before, place, after, link, titles.get(doc) or doc,
                                 int(q["anchor"][1:]) + 1 if q.get("anchor") else 0,
                                 safe_url(raw), None if safe_url(raw) else raw))
    table_sources = [{"title": s.get("title"), "url": safe_url(s.get("url")),
                      "raw_url": None if safe_url(s.get("url")) else s.get("url")}
                     for s in incident.sources if incident.origin == "csv"]
    html = _env().get_template("popup.html").render(
        incident=incident, quotes=quotes, approx_label=APPROX_LABEL.get(incident.precision, incident.precision),
        table_sources=table_sources)
    return re.sub(r"\n+", " ", html)


def tooltip_text(text: str) -> str:
    """Tooltip HTML for a plain-text label."""
    return str(Markup.escape(text))


# -- the map -----------------------------------------------------------------

class IncidentMap(folium.Map):
    """A Folium map that loads only what it uses: Leaflet, not jQuery,
    Bootstrap or icon fonts."""

    default_js = [
        ("leaflet", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"),
    ]
    default_css = [
        ("leaflet_css", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"),
    ]


def build_map(incidents: list[Incident], mentions: Iterable[MentionRecord], titles: dict[str, str]) -> folium.Map:
    """A map of the incidents, centred on them, with mentions off by default."""
    if incidents:
        lats = [i.lat for i in incidents]
        lons = [i.lon for i in incidents]
        centre = [sum(lats) / len(lats), sum(lons) / len(lons)]
    else:
        centre = [0.0, 0.0]
    fmap = IncidentMap(location=centre, zoom_start=12 if incidents else 2, tiles="OpenStreetMap",
                       control_scale=True)
    exact = folium.FeatureGroup(name="Incidents: exact sites", show=True).add_to(fmap)
    approx = folium.FeatureGroup(name="Incidents: approximate (circle = uncertainty)", show=True).add_to(fmap)
    mentioned = folium.FeatureGroup(name="Mentioned places (not incident sites)", show=False).add_to(fmap)

    pins, circles = [], []
    for incident in incidents:
        feature = Feature(incident.lat, incident.lon, popup_html(incident, titles), tooltip_text(incident.title),
                          alt=incident.place if incident.precision == "site" else "", radius=APPROX_RADIUS_M.get(incident.precision, 5000),
                          colour=COLOURS.get(incident.event_type, "#333333"),
                          css_class=f"incident-approximate precision-{incident.precision}")
        (pins if incident.precision == "site" else circles).append(feature)
    PlaceLayer("pin", pins).add_to(exact)
    PlaceLayer("circle", circles).add_to(approx)

    dots = []
    for record in mentions:
        if record.incident_site:
            continue
        entry = record.place.entry
        label = tooltip_text(f"{entry.name} (mentioned {len(record.mentions)}×, not an incident site)")
        dots.append(Feature(entry.lat, entry.lon, label, label, radius=5, colour="#555555",
                            css_class="mentioned-place"))
    PlaceLayer("dot", dots, max_width=300).add_to(mentioned)

    # Frame the incidents placed at least to a city: a country-wide circle
    # would otherwise zoom the map out until the sites overlap.
    framed = [i for i in incidents if i.precision in ("site", "neighbourhood", "locality")] or incidents
    if len(framed) > 1:
        fmap.fit_bounds([[min(i.lat for i in framed), min(i.lon for i in framed)],
                         [max(i.lat for i in framed), max(i.lon for i in framed)]], padding=(40, 40), max_zoom=15)
    folium.LayerControl(collapsed=False).add_to(fmap)
    return fmap


POPUP_CSS = """<style>
.incident-popup { font: 13px/1.45 system-ui, sans-serif; }
.incident-popup h4 { margin: 0 0 4px; font-size: 14px; }
.incident-popup p { margin: 2px 0; }
.incident-meta { color: #555; }
.incident-approx { color: #a04000; }
.incident-quote { margin: 6px 0 2px; padding-left: 8px; border-left: 3px solid #ccc; }
.incident-quote mark { background: #ffe08a; }
.incident-source { font-size: 12px; }
</style>"""


def map_html(fmap: folium.Map, title: str) -> str:
    root = fmap.get_root()
    root.header.add_child(folium.Element(f"<title>{Markup.escape(title)}</title>"), name="page_title")
    root.header.add_child(folium.Element(POPUP_CSS), name="popup_css")
    return root.render()


# -- source pages ------------------------------------------------------------

def source_html(document: Document, sentences: list[Sentence], incident_sentences: dict[int, list[tuple[int, int]]],
                *, map_link: str) -> str:
    """A readable copy of a document with an anchor on every sentence.

    ``incident_sentences`` maps a sentence index to the body spans of the
    place names in it, which are highlighted.
    """
    body = document.body
    paragraphs: list[list[dict]] = []
    index = 0
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", body):
        pieces: list[dict] = []
        cursor = para.start()
        while index < len(sentences) and sentences[index].start < para.end():
            sentence = sentences[index]
            if sentence.start > cursor:
                pieces.append({"text": body[cursor:sentence.start]})
            pieces.append({
                "anchor": sentence.anchor,
                "incident": sentence.index in incident_sentences,
                "parts": _marked(body, sentence, incident_sentences.get(sentence.index, [])),
            })
            cursor = sentence.end
            index += 1
        if cursor < para.end():
            pieces.append({"text": body[cursor:para.end()]})
        if pieces:
            paragraphs.append(pieces)
    raw_url = document.url
    return _env().get_template("source.html").render(
        document=document, paragraphs=paragraphs, map_link=map_link,
        url=safe_url(raw_url), raw_url=None if safe_url(raw_url) else raw_url)


def _marked(body: str, sentence: Sentence, spans: list[tuple[int, int]]) -> list[dict]:
    parts, cursor = [], sentence.start
    for start, end in sorted(set(spans)):
        if start < cursor or end > sentence.end:
            continue
        parts.append({"text": body[cursor:start]})
        parts.append({"text": body[start:end], "mark": True})
        cursor = end
    parts.append({"text": body[cursor:sentence.end]})
    return [p for p in parts if p["text"]]


def relative_link(from_page: str, to_page: str) -> str:
    """Relative URL from one output page to another (both output-relative)."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
