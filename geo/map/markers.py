"""Markers: many map features drawn by one Folium element.

Folium builds one Python element, with its own compiled Jinja template,
per marker, popup and tooltip; at 20,000 incidents most of a build went on
compiling 60,000 templates.  :class:`PlaceLayer` carries all the features of
one layer as a data array and draws them with one short loop of Leaflet
calls, so the map's cost grows with the data, not with template compiles.

Safety: every string reaches the page through Jinja's ``tojson`` filter,
which escapes ``<``, ``>``, ``&`` and ``'``, so no text can close the
``<script>`` element or leave its string.  Popup and tooltip strings are
HTML already escaped by :mod:`geo.map.render`; Leaflet inserts them as HTML.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from branca.element import MacroElement
from jinja2 import Template


@dataclass(frozen=True)
class Feature:
    """One thing to draw: where, what it says, and how it looks.

    ``radius`` is in metres for circles (an area of uncertainty) and in
    pixels for dots; ``alt`` is the pin's accessible name.
    """

    lat: float
    lon: float
    popup: str
    tooltip: str
    alt: str = ""
    radius: float = 0.0
    colour: str = "#333333"
    css_class: str = ""


class PlaceLayer(MacroElement):
    """Pins, circles or dots for a list of :class:`Feature`, added to the
    parent element (a map or a feature group).

    ``shape`` is ``"pin"`` (a Leaflet marker), ``"circle"`` (a circle of a
    radius in metres, dashed: the place is approximate) or ``"dot"`` (a
    small circle of a radius in pixels).
    """

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var parent = {{ this._parent.get_name() }};
  var popupOptions = {{ this.popup_options|tojson }};
  {{ this.features|tojson }}.forEach(function (f) {
    {%- if this.shape == "pin" %}
    var layer = L.marker([f.lat, f.lon], {alt: f.alt});
    {%- elif this.shape == "circle" %}
    var layer = L.circle([f.lat, f.lon], {radius: f.radius, color: f.colour, weight: 2, dashArray: "6 4",
                                         fill: true, fillOpacity: 0.12, className: f.css_class});
    {%- else %}
    var layer = L.circleMarker([f.lat, f.lon], {radius: f.radius, color: f.colour, weight: 1,
                                               fill: true, fillOpacity: 0.5, className: f.css_class});
    {%- endif %}
    layer.bindPopup(f.popup, popupOptions);
    layer.bindTooltip(f.tooltip, {sticky: true});
    layer.addTo(parent);
  });
})();
{% endmacro %}
""")

    def __init__(self, shape: str, features: list[Feature], *, max_width: int = 400, max_height: int = 360):
        super().__init__()
        if shape not in ("pin", "circle", "dot"):
            raise ValueError(f"unknown shape {shape!r}")
        self._name = "PlaceLayer"
        self.shape = shape
        self.features = [asdict(f) for f in features]
        self.popup_options = {"maxWidth": max_width, "maxHeight": max_height}
