"""Geospatial incident mapper: news articles and incident tables to a sourced map.

The public API mirrors the stages of the data flow::

    seeds/ → documents → mentions → places → incidents → layers/*.geojson → output/map.html

Most users call :func:`build`; the stage functions are exported for those who
compose their own pipeline (for example one Dask task per document with
:func:`process_document`).

Names are imported on first use, so ``import geo`` (and the CLI's start-up)
does not pay for Folium, pandas or the gazetteer until they are needed.
"""

from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "Document": "text.documents", "read_document": "text.documents",
    "GeoError": "errors", "SeedError": "errors", "FrontMatterError": "errors", "OutputError": "errors",
    "GazetteerError": "errors",
    "Entry": "places.gazetteer", "Gazetteer": "places.gazetteer", "load_default": "places.gazetteer",
    "Incident": "incidents", "merge": "incidents",
    "BuildResult": "pipeline", "DocumentResult": "pipeline", "build": "pipeline", "process_document": "pipeline",
    "OfflineGeocoder": "places.geocoders", "locate": "places.locate",
}
__all__ = sorted(_EXPORTS)
__version__ = "0.1.0"


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'geo' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
