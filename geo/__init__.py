"""Geospatial incident mapper: news articles and incident tables to a sourced map.

The public API mirrors the stages of the data flow::

    seeds/ → documents → mentions → places → incidents → layers/*.geojson → output/map.html

Most users call :func:`build`; the stage functions are exported for those who
compose their own pipeline (for example one Dask task per document with
:func:`process_document`).
"""

from .documents import Document, read_document
from .errors import FrontMatterError, GazetteerError, GeoError, OutputError, SeedError
from .gazetteer import Entry, Gazetteer, load_default
from .incidents import Incident, merge
from .pipeline import BuildResult, DocumentResult, build, process_document

__all__ = [
    "BuildResult", "Document", "DocumentResult", "Entry", "FrontMatterError", "GazetteerError", "Gazetteer",
    "GeoError", "Incident", "OutputError", "SeedError", "build", "load_default", "merge", "process_document",
    "read_document",
]
__version__ = "0.1.0"
