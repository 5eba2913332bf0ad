"""Markers: every incident of the map drawn by one Folium element.

Folium builds one Python element, with its own Jinja template, script and
inline popup, per marker.  At 100,000 incidents that page is 80 MB and
takes minutes to build and to open.  :class:`IncidentLayer` instead puts the
map's data in the page once, as JSON (see :mod:`geo.map.payload`), and one
page script (``geo/templates/map.js``) draws from it: clusters and pins for
what is on screen, areas for approximate placements, popups when opened.

Safety: the data sits in a ``<script type="application/json">`` element
whose ``<``, ``>``, ``&`` and ``'`` are ``\\u`` escapes, so no text can end
the element; the script reads it with ``JSON.parse`` and writes every string
into the page with ``textContent``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from branca.element import MacroElement
from jinja2 import Template

from geo.map.payload import script_json


@lru_cache(maxsize=None)
def page_file(name: str) -> str:
    """A file of the page's own code (``map.js``, ``map.css``) shipped in ``geo/templates``."""
    return (resources.files("geo") / "templates" / name).read_text(encoding="utf-8")


class IncidentLayer(MacroElement):
    """The incidents, areas, mentions, controls and side panel of a map.

    ``data`` is :func:`geo.map.payload.encode`'s result; ``options`` holds
    the page title, the tile layer (``None`` offline) and the country
    outlines (GeoJSON) used as a basemap without tiles and for country-level
    areas.
    """

    _template = Template("""
{% macro header(this, kwargs) %}
<style>{{ this.css }}</style>
{% endmacro %}
{% macro html(this, kwargs) %}
<aside id="incident-panel" aria-label="Summary, time filter, legend and sources"></aside>
<script type="application/json" id="incident-data">{{ this.data_json }}</script>
{% endmacro %}
{% macro script(this, kwargs) %}
{{ this.js }}
IncidentMap.start({{ this._parent.get_name() }}, document.getElementById("incident-data"),
                  {{ this.options_json }});
{% endmacro %}
""")

    def __init__(self, data: dict, *, tiles: dict | None, outlines: dict, title: str = "Incident map"):
        super().__init__()
        self._name = "IncidentLayer"
        self.data_json = script_json(data)
        self.tiles = tiles
        self.outlines = outlines
        self.title = title
        self.css = page_file("map.css")
        self.js = page_file("map.js")

    @property
    def options_json(self) -> str:
        return script_json({"title": self.title, "tiles": self.tiles, "outlines": self.outlines})
