"""Render: the Folium map and a readable copy of each source document.

Everything shown comes from documents or CSV files and is untrusted.  The
map carries it as data (see :mod:`geo.map.payload`) that the page's script
writes with ``textContent``; source pages are rendered by Jinja with
autoescaping.  Only ``http`` and ``https`` URLs become links.

Precise sites get a pin, clustered when they crowd; places known only to a
neighbourhood, city or region get a dashed circle whose size says how vague
the placement is, and a country-level incident its country's outline.
"""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import folium
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from geo.text.documents import Document
from geo.incidents import Incident
from geo.map import assets
from geo.map.layers import MentionRecord
from geo.map.markers import IncidentLayer
from geo.map.payload import AREA_RADIUS_M, COLOURS, encode, safe_url, source_page_path  # noqa: F401  (re-exported)
from geo.text.sentences import Sentence

OSM_TILES = {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
             "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'}
OUTLINE_DECIMALS = 3  # about 100 m: finer than the 1:110m shapes themselves


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=PackageLoader("geo", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=False, lstrip_blocks=False)


@lru_cache(maxsize=1)
def country_outlines() -> dict:
    """The shipped country shapes as GeoJSON, rounded for the page: the
    basemap without tiles, and the area of a country-level incident."""
    from shapely import set_precision, to_geojson
    import json

    from geo.places.borders import load_borders

    features = []
    for code, geometry in sorted(load_borders().shapes.items()):
        shape = json.loads(to_geojson(set_precision(geometry, 10 ** -OUTLINE_DECIMALS)))
        features.append({"type": "Feature", "properties": {"iso2": code}, "geometry": shape})
    return {"type": "FeatureCollection", "features": features}


def country_code(value: str | None) -> str | None:
    """The ISO alpha-2 code of a country written as a code or a name."""
    from geo.places.borders import load_borders

    return load_borders().code(value)


# -- the map -----------------------------------------------------------------

class IncidentMap(folium.Map):
    """A Folium map that loads only what it uses: Leaflet and the plugins of
    :data:`geo.map.assets.PACKAGES`, not jQuery, Bootstrap or icon fonts.
    The files are linked from the CDN, or inlined for an offline map."""

    default_js: list = []
    default_css: list = []


def build_map(incidents: list[Incident], mentions: Iterable[MentionRecord], titles: dict[str, str], *,
              offline: bool = False, assets_dir: Path | None = None) -> folium.Map:
    """The map of the incidents: clusters, areas, layers per event type, a
    time filter and a side panel.  ``offline`` inlines Leaflet and its
    plugins from ``assets_dir`` (see :mod:`geo.map.assets`) and draws the
    country outlines instead of tiles."""
    scripts = assets.inline(assets_dir) if offline else assets.links()
    fmap = IncidentMap(location=[15.0, 0.0], zoom_start=2, tiles=None, control_scale=True, zoom_snap=0.5,
                       prefer_canvas=False)
    fmap.get_root().header.add_child(folium.Element(scripts), name="incident_map_assets")
    data = encode(incidents, mentions, titles, country_code=country_code)
    IncidentLayer(data, tiles=None if offline else OSM_TILES, outlines=country_outlines()).add_to(fmap)
    return fmap


def map_html(fmap: folium.Map, title: str) -> str:
    root = fmap.get_root()
    root.header.add_child(folium.Element(f"<title>{Markup.escape(title)}</title>"), name="page_title")
    for child in fmap._children.values():
        if isinstance(child, IncidentLayer):
            child.title = title
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
