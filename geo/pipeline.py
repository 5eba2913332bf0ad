"""Pipeline: documents → mentions → places → incidents → layers → map.

:func:`process_document` is a pure function of one document and the
gazetteer, with no state shared between documents, so a corpus can be
mapped in parallel (one task per document) and reduced with
:func:`geo.incidents.merge`.  :func:`build` wires the stages for a seeds
folder and is what both the CLI and the Python API call.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from geo import incidents as incidents_mod
from geo.map import layers, render
from geo.places import focus as focus_mod, geocode
from geo.table import store
from geo.text import extract, mentions as mentions_mod, sentences as text
from geo.text.documents import Document, discover_documents, read_document
from geo.errors import SeedError
from geo.places.gazetteer import Gazetteer, load_default
from geo.places.focus import Focus
from geo.places.geocode import Place
from geo.incidents import Incident
from geo.map.layers import MentionRecord
from geo.storage import Publication, check_writable, is_writable, locked_all, recover, remove_leftovers

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentResult:
    """Everything one document contributes to the layers and the map."""

    document: Document
    sentences: list[text.Sentence]
    focus: Focus
    places: list[Place]
    incidents: list[Incident]
    mentions: list[MentionRecord]


@dataclass
class BuildResult:
    """What a build wrote, for the CLI summary and for tests."""

    documents: int = 0
    incidents: list[Incident] = field(default_factory=list)
    mentions: list[MentionRecord] = field(default_factory=list)
    unresolved: list[tuple[str, str, str]] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    table_incidents: int = 0


def process_document(document: Document, gazetteer: Gazetteer) -> DocumentResult:
    """Run one document through every stage up to its incidents."""
    sentences = text.split_sentences(document.body, document.language)
    dateline = text.find_dateline(document.body)
    found = mentions_mod.find_mentions(document.body, sentences, gazetteer, dateline=dateline)
    focus = focus_mod.find_focus(document.body, found, gazetteer, dateline=dateline, hint=document.extra.get("place"),
                                 date=document.date.isoformat() if document.date else None, sentences=sentences)
    places = geocode.resolve(found, gazetteer, focus)
    reports = extract.reports(document.body, sentences, places, focus, gazetteer, document.date,
                              title=document.title)
    incidents = incidents_mod.from_reports(document, reports)
    site_ids = {i.place_id for i in incidents}
    records = layers.mention_records(document, places, site_ids)
    return DocumentResult(document, sentences, focus, places, incidents, records)


def build(seeds: Path | str = "seeds", layers_dir: Path | str = "layers", output: Path | str = "output", *,
          gazetteer: Gazetteer | None = None, packs: tuple[Path, ...] = (), fallback=None,
          offline: bool = False, assets_dir: Path | None = None) -> BuildResult:
    """Build the layers and the map of every document in ``seeds``.

    ``packs`` are the user's gazetteer packs (``--gazetteer``), read after
    ``seeds/*.gazetteer.csv`` so they win; ``fallback`` is an online geocoder
    (:class:`geo.places.geocoders.OnlineFallback`) for names the gazetteer cannot
    place.  Both shape the gazetteer loaded here; a ``gazetteer`` passed in
    is used as it is, with its own packs and fallback.  Names still unplaced are in ``result.unresolved`` with a reason
    starting ``not_found`` or ``service_error``.

    Target folders are checked first, and nothing is put in place until
    every output is ready: each source page is written at once into a hidden
    staging folder (so memory does not grow with the pages), and the layers,
    the map and the pages are published together through a journal
    (:class:`geo.storage.Publication`).  A bad document, an unwritable folder
    or a kill at any moment leaves the previous set whole, or (killed after
    the journal was written) the next command completes the new one.  The
    project's locks are held throughout, so concurrent commands take turns.

    ``offline`` writes a map that needs no network: Leaflet and its plugins
    inlined from the npm packages in ``assets_dir`` (see
    :mod:`geo.map.assets`), country outlines instead of tiles.
    """
    seeds, layers_dir, output = Path(seeds), Path(layers_dir), Path(output)
    discover_documents(seeds)  # a missing seeds folder is named before any folder is created
    for folder in (layers_dir, output, output / "sources"):
        check_writable(folder)  # before any work: an unwritable folder fails fast
    # The store's lock (when the seeds folder can hold one: nobody can add to a
    # read-only one) is held from reading the store to publishing, so an add
    # that finishes meanwhile is in this build or waits for it; the layers
    # and output folders' locks cover recovery, staging and publishing, so two
    # builds that share either folder take turns.
    with locked_all(seeds if is_writable(seeds) else None, layers_dir, output):
        recover(layers_dir, (output,))
        if is_writable(seeds):
            remove_leftovers(seeds, (store.STORE_NAME,))
        result = _build_locked(seeds, layers_dir, output, gazetteer=gazetteer, packs=packs, fallback=fallback,
                               offline=offline, assets_dir=assets_dir)
    for doc, mention, reason in result.unresolved:
        log.info("%s: could not place %r (%s)", doc, mention, reason)
    return result


def _build_locked(seeds: Path, layers_dir: Path, output: Path, *, gazetteer: Gazetteer | None,
                  packs: tuple[Path, ...], fallback, offline: bool, assets_dir: Path | None) -> BuildResult:
    """The build proper, under the project's locks: every output is staged,
    then all are published in one step (:class:`geo.storage.Publication`)."""
    paths = discover_documents(seeds)
    added = store.incidents(seeds)  # incidents added from tables (incident-map add)
    if not paths and not added:
        raise SeedError(seeds, "no documents (.txt or .md files) in the seeds folder")
    if gazetteer is None and paths:
        gazetteer = load_default([*sorted(seeds.glob("*.gazetteer.csv")), *packs], fallback=fallback)

    if offline:
        from geo.map.assets import require

        require(assets_dir)  # and so does an offline build without Leaflet's files

    result = BuildResult()
    all_incidents: list[Incident] = []
    titles: dict[str, str] = {}
    with Publication(layers_dir, (layers_dir, output)) as publication:
        # The pages of documents deleted from the seeds go with this build.
        publication.sweep(output / "sources", ".html")
        for path in paths:
            document = read_document(path, seeds)
            done = process_document(document, gazetteer)
            result.documents += 1
            titles[document.doc] = document.title or document.doc
            all_incidents.extend(done.incidents)
            result.mentions.extend(done.mentions)
            result.unresolved.extend((document.doc, p.mention.text, p.reason)
                                     for p in done.places if p.entry is None)
            page = render.source_page_path(document.doc)
            publication.write(output / page, render.source_html(
                document, done.sentences, _highlights(done), map_link=render.relative_link(page, "map.html")))

        result.table_incidents = len(added)
        result.incidents = incidents_mod.merge(all_incidents + added)
        title = "Incident map: " + (", ".join(sorted(titles.values())) or "added incidents")[:200]
        fmap = render.build_map(result.incidents, result.mentions, titles, offline=offline, assets_dir=assets_dir)
        publication.write(layers_dir / "incidents.geojson", layers.incidents_geojson(result.incidents))
        publication.write(layers_dir / "mentions.geojson", layers.mentions_geojson(result.mentions))
        publication.write(output / "map.html", render.map_html(fmap, title))
        written = publication.commit()
    # layers and map first, as before; then the source pages
    result.written = written[-3:] + written[:-3]
    return result


def _highlights(done: DocumentResult) -> dict[int, list[tuple[int, int]]]:
    """Sentence index → place-name spans for the incident sentences."""
    marks: dict[int, list[tuple[int, int]]] = {}
    for incident in done.incidents:
        for quote in incident.quotes:
            index = int(quote["anchor"][1:])
            spans = marks.setdefault(index, [])
            if quote.get("place_start") is not None:
                spans.append((quote["place_start"], quote["place_end"]))
    return marks
