"""The ``incident-map`` command: a thin client of the library.

Flags map one-to-one onto keyword arguments of library functions.  Library
errors (:class:`geo.errors.GeoError`) become ``Error: <message>`` on
standard error and exit code 1, here and nowhere else.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from geo.errors import GeoError, printable

log = logging.getLogger("geo")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="incident-map",
        description="Turn news articles and incident spreadsheets into a sourced incident map.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="also print progress and unplaced names")
    parser.add_argument("--debug", action="store_true",
                        help="on an unexpected error, print the Python traceback (for a bug report)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = commands.add_parser("build", help="build the layers and the map of a seeds folder",
                                description="Read every document in SEEDS, write GeoJSON layers into LAYERS "
                                            "and the map (with a rendered copy of each source) into OUTPUT.")
    build.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of source documents (default: seeds/)")
    build.add_argument("--layers", type=Path, default=Path("layers"), help="folder for GeoJSON layers (default: layers/)")
    build.add_argument("--output", type=Path, default=Path("output"), help="folder for map.html and sources/ (default: output/)")
    _add_geocoding_options(build)
    build.add_argument("--offline", action="store_true",
                       help="write a map that needs no network: Leaflet and its plugins inlined from the npm "
                            "packages `incident-map assets` installs, country outlines instead of tiles")
    build.add_argument("--assets", type=Path, metavar="DIR",
                       help="folder holding node_modules/ with the map's npm packages (default: the cache "
                            "folder, or $INCIDENT_MAPPER_ASSETS)")
    build.set_defaults(run=_run_build)
    _add_table_commands(commands)
    _add_geocode_command(commands)
    _add_gazetteer_command(commands)
    _add_map_commands(commands)
    _add_eval_command(commands)
    return parser


def _add_gazetteer_command(commands) -> None:
    """``gazetteer import``: an OpenStreetMap extract into a pack."""
    gazetteer = commands.add_parser("gazetteer", help="make gazetteer packs (gazetteer import FILE.osm.pbf)",
                                    description="Make gazetteer packs for --gazetteer or seeds/*.gazetteer.csv.")
    actions = gazetteer.add_subparsers(dest="action", metavar="ACTION", required=True)
    imports = actions.add_parser(
        "import", help="turn an OpenStreetMap extract into a pack of named places and facilities",
        description="Stream FILE (.osm.pbf, .osm, .osm.bz2...) and write the named police stations, prisons, "
                    "hospitals, clinics, schools, universities, places of worship, fuel stations, ports, "
                    "airports, town halls, courts, government offices, markets, stadiums, hotels, banks, "
                    "bridges and places (city down to hamlet and neighbourhood) as a gazetteer pack, "
                    "with aliases, sources (osm:TYPE/ID) and uncertainty in metres.")
    imports.add_argument("file", type=Path, metavar="FILE.osm.pbf", help="an OpenStreetMap extract")
    imports.add_argument("-o", "--output", type=Path, metavar="PACK.csv",
                         help="pack to write (default: NAME.gazetteer.csv in the current folder); "
                              "put it in seeds/ to use it in every build")
    imports.add_argument("--country", metavar="CC",
                         help="ISO code for every row (default: each row's country from its coordinates)")
    imports.set_defaults(run=_run_gazetteer_import)


def _run_gazetteer_import(args: argparse.Namespace) -> int:
    from geo.places.osm import import_osm

    target = args.output or Path(args.file.name.split(".")[0] + ".gazetteer.csv")
    country = args.country.upper() if args.country else None
    summary = import_osm(args.file, target, country=country,
                         progress=lambda n: log.info("%s rows so far", f"{n:,}"))
    kinds = ", ".join(f"{count:,} {kind}" for kind, count in sorted(summary.by_kind.items(), key=lambda kv: -kv[1]))
    print(f"wrote {summary.rows:,} place(s) to {target}" + (f": {kinds}" if kinds else ""))
    print(f"use it with --gazetteer {target}, or copy it into seeds/ as *.gazetteer.csv")
    return 0


def _add_map_commands(commands) -> None:
    """``assets`` (npm files for offline maps) and ``snapshot`` (a PNG of the map)."""
    assets = commands.add_parser(
        "assets", help="install Leaflet and the map's plugins (npm) for `build --offline`",
        description="Run `npm install` of the pinned versions of Leaflet, Supercluster, leaflet.heat, "
                    "leaflet.fullscreen and leaflet-search into DIR (default: the cache folder).")
    assets.add_argument("--dir", type=Path, metavar="DIR", help="where to install (default: cache folder/assets)")
    assets.set_defaults(run=_run_assets)
    snapshot = commands.add_parser(
        "snapshot", help="render the map to a PNG with headless Chromium",
        description="Open MAP in the system's headless Chromium (through Playwright) and save a screenshot.")
    snapshot.add_argument("map", nargs="?", type=Path, default=Path("output/map.html"),
                          help="the built map (default: output/map.html)")
    snapshot.add_argument("-o", "--output", type=Path, default=Path("output/map.png"), metavar="PNG",
                          help="picture to write (default: output/map.png)")
    snapshot.add_argument("--width", type=int, default=1280, help="viewport width in pixels (default: 1280)")
    snapshot.add_argument("--height", type=int, default=800, help="viewport height in pixels (default: 800)")
    snapshot.add_argument("--chromium", metavar="PATH", help="Chromium executable (default: the system's)")
    snapshot.add_argument("--assets", type=Path, metavar="DIR",
                          help="folder with node_modules/ to serve the map's CDN files from")
    snapshot.set_defaults(run=_run_snapshot)


def _run_assets(args: argparse.Namespace) -> int:
    from geo.map.assets import install

    folder = install(args.dir)
    print(f"installed the map's npm packages into {folder}; `incident-map build --offline` uses them")
    return 0


def _run_snapshot(args: argparse.Namespace) -> int:
    from geo.map.snapshot import snapshot

    written = snapshot(args.map, args.output, width=args.width, height=args.height, chromium=args.chromium,
                       assets_dir=args.assets)
    print(f"wrote {written}")
    return 0


def _run_build(args: argparse.Namespace) -> int:
    from geo.pipeline import build

    if args.offline:
        from geo.map.assets import require

        require(args.assets)  # before the long first-run index compile
    fallback = _prepare_geocoding(args)
    result = build(args.seeds, args.layers, args.output, packs=tuple(args.gazetteer), fallback=fallback,
                   offline=args.offline, assets_dir=args.assets)
    _report_unplaced(result.unresolved, fallback)
    exact = sum(1 for i in result.incidents if i.precision == "site")
    print(f"{result.documents} document(s): {len(result.incidents)} incident(s) "
          f"({exact} at a site, {len(result.incidents) - exact} approximate), "
          f"{len(result.mentions)} mentioned place(s)")
    print(f"wrote {args.layers / 'incidents.geojson'}, {args.layers / 'mentions.geojson'}, {args.output / 'map.html'}")
    return 0


def _add_table_commands(commands) -> None:
    """``add`` (a CSV table into the project) and ``export`` (incidents out)."""
    add = commands.add_parser(
        "add", help="add the incidents of a CSV table to the project, then build",
        description="Check every row of FILE, store the valid ones in SEEDS/incidents.csv (re-adding a file "
                    "adds nothing; a known id with new values updates), write bad rows to FILE.rejects.csv, "
                    "then build. Exit code: 0 every row went in, 2 some rows were rejected, 1 error.")
    add.add_argument("file", type=Path, metavar="FILE.csv", help="the table: ours, an ACLED or a Ushahidi export")
    add.add_argument("--dry-run", action="store_true", help="check and report everything, write nothing")
    add.add_argument("--strict", action="store_true", help="add nothing if any row is bad (exit code 1)")
    add.add_argument("--no-build", action="store_true", help="store the incidents without building the map")
    add.add_argument("--columns", metavar="FIELD=HEADER,...",
                     help="map the file's headers onto ours, e.g. date=When,place=Where,lat=Y,lon=X")
    add.add_argument("--seeds", type=Path, default=Path("seeds"), help="project seeds folder (default: seeds/)")
    add.add_argument("--layers", type=Path, default=Path("layers"), help="folder for GeoJSON layers (default: layers/)")
    add.add_argument("--output", type=Path, default=Path("output"), help="folder for map.html (default: output/)")
    add.set_defaults(run=_run_add)

    export = commands.add_parser(
        "export", help="export the project's incidents as GeoJSON, CSV, GeoPackage or KML",
        description="Write the incidents of the last build (LAYERS/incidents.geojson), filtered, in one format.")
    export.add_argument("--format", required=True, choices=["geojson", "csv", "gpkg", "kml"], help="file format")
    export.add_argument("-o", "--output", type=Path, metavar="PATH",
                        help="file to write (default: output/incidents.FORMAT)")
    export.add_argument("--type", dest="types", action="append", default=[], metavar="EVENT_TYPE",
                        help="keep only this event type (repeat for several), e.g. --type Battles")
    export.add_argument("--since", metavar="DATE", help="keep incidents on or after this day (YYYY-MM-DD)")
    export.add_argument("--until", metavar="DATE", help="keep incidents on or before this day (YYYY-MM-DD)")
    export.add_argument("--layers", type=Path, default=Path("layers"), help="folder of the built layers (default: layers/)")
    export.add_argument("--seeds", type=Path, default=Path("seeds"), help="seeds folder, to warn of a stale build")
    export.set_defaults(run=_run_export)


#: How many bad rows ``add`` lists on the terminal; the rejects file has all.
SHOWN_REJECTS = 50


def _run_add(args: argparse.Namespace) -> int:
    from geo.table.ingest import add_table
    from geo.table.tables import parse_columns

    from geo.errors import StrictError

    try:
        result = add_table(args.file, args.seeds, columns=parse_columns(args.columns), dry_run=args.dry_run,
                           strict=args.strict)
    except StrictError as exc:
        _report_rows(exc.result)  # each reason, then the one-line error
        raise
    _report_rows(result)
    if args.dry_run:
        print(f"dry run: {result.summary} (nothing was written)")
        return 2 if result.rejected else 0
    print(result.summary)
    if result.rejects_file:
        print(f"rejected rows are in {result.rejects_file}: fix them there and add that file")
    if not args.no_build:
        from geo.pipeline import build

        built = build(args.seeds, args.layers, args.output)
        print(f"built {args.output / 'map.html'}: {len(built.incidents)} incident(s), "
              f"{built.table_incidents} added from tables, {built.documents} document(s)")
    return 2 if result.rejected else 0


def _report_rows(result) -> None:
    """Warnings, then one line per bad cell (the first SHOWN_REJECTS)."""
    for line in result.warnings:
        log.warning("%s", line)
    messages = result.messages()
    for line in messages[:SHOWN_REJECTS]:
        print(line, file=sys.stderr)
    if len(messages) > SHOWN_REJECTS:
        print(f"... and {len(messages) - SHOWN_REJECTS} more problem(s)", file=sys.stderr)
    if result.ignored_columns:
        log.info("ignored column(s): %s", ", ".join(printable(c) for c in result.ignored_columns))


def _run_export(args: argparse.Namespace) -> int:
    from geo.table.export import FORMATS, export, make_filters, read_layer

    filters = make_filters(args.types, args.since, args.until)
    target = args.output or Path("output") / f"incidents{FORMATS[args.format]}"
    count = export(args.format, target, read_layer(args.layers, args.seeds), filters)
    print(f"exported {count} incident(s) to {target}")
    return 0


def _add_geocoding_options(command: argparse.ArgumentParser) -> None:
    """Flags shared by ``build`` and ``geocode``; see docs/geocoding.md."""
    command.add_argument("--gazetteer", type=Path, action="append", default=[], metavar="FILE",
                         help="extra gazetteer pack (CSV: name, aliases, kind, lat, lon, country, source); "
                              "repeatable; wins over shipped data for the same name")
    command.add_argument("--geocoder", metavar="SERVICE",
                         help="online geopy service for names the offline gazetteer cannot place "
                              "(nominatim, photon, arcgis, ...); answers are cached")
    command.add_argument("--user-agent", metavar="UA",
                         help="identifying User-Agent for --geocoder, e.g. 'my-ngo-map (ops@example.org)'; required")


def _add_geocode_command(commands) -> None:
    geocode = commands.add_parser(
        "geocode", help="look up one place name and show the candidates weighed",
        description="Print the place chosen for NAME (name, lat, lon, kind, precision, source, reason) and the "
                    "other candidates. Context decides ambiguous names: --country, then --near.")
    geocode.add_argument("name", metavar="NAME",
                         help="the place name, e.g. 'Carrefour', 'PAP', 'Delmas 33' or 'Springfield, Illinois' "
                              "(NAME, REGION or NAME, COUNTRY)")
    geocode.add_argument("--country", metavar="CC",
                         help="only places in this country: ISO 3166-1 alpha-2 code (HT) or name (Haiti)")
    geocode.add_argument("--near", action="append", default=[], metavar="PLACE|LAT,LON",
                         help="prefer candidates close to this place or point, weighed with their size, "
                              "e.g. 'Boston' or '18.54,-72.34' (repeatable)")
    geocode.add_argument("--json", action="store_true", help="print one JSON object, for scripts")
    _add_geocoding_options(geocode)
    geocode.set_defaults(run=_run_geocode)


def _prepare_geocoding(args: argparse.Namespace):
    """Check the online flags, then compile the world index with a progress
    bar if this is the first run; returns the online fallback or ``None``."""
    fallback = None
    if args.geocoder:
        from geo.places.geocoders import make_fallback

        fallback = make_fallback(args.geocoder, user_agent=args.user_agent)
    elif args.user_agent:
        log.warning("--user-agent has no effect without --geocoder")
    from geo.places.world import open_index

    open_index(progress=_progress_bar)
    return fallback


def _progress_bar(items, total: int, description: str):
    from tqdm import tqdm

    return tqdm(items, total=total, desc=description, unit=" places", file=sys.stderr, leave=False,
                disable=None, mininterval=0.5)


def _report_unplaced(unresolved, fallback) -> None:
    errors = [u for u in unresolved if u[2].startswith("service_error")]
    if errors:
        log.warning("%d name(s) could not be placed because %s failed (asked again next build): %s",
                    len(errors), fallback.service if fallback else "the geocoder",
                    ", ".join(sorted({u[1] for u in errors}))[:300])


def _run_geocode(args: argparse.Namespace) -> int:
    import json

    from geo.errors import PlaceNotFoundError
    from geo.places.gazetteer import load_default
    from geo.places.locate import locate

    fallback = _prepare_geocoding(args)
    gazetteer = load_default(args.gazetteer, fallback=fallback)
    found = locate(args.name, gazetteer, country=args.country, near=tuple(args.near), strict=True)
    if found.entry is None:
        raise PlaceNotFoundError(f"no place for '{args.name}' ({found.reason})")
    chosen = _fields(found.entry)
    others = [_fields(e) for e in found.candidates if e is not found.entry]
    if args.json:
        print(json.dumps({"query": args.name, **chosen, "reason": found.reason, "match": found.match,
                          "score": found.score, "candidates": others}, ensure_ascii=False, sort_keys=True))
        return 0
    print(f"{chosen['name']}  {chosen['lat']:.5f}, {chosen['lon']:.5f}  {chosen['kind']}, precision "
          f"{chosen['precision']}, {chosen['country'] or '-'}  source: {chosen['source'] or '-'}")
    print(f"  why: {found.reason}")
    print(f"  within: {chosen['uncertainty_m']:,} m" + (f"; match: fuzzy, score {found.score:.2f}"
                                                       if found.match == "fuzzy" else ""))
    if others:
        print(f"  other candidates ({len(others)}):")
        for other in others[:20]:
            print(f"    {other['name']}  {other['lat']:.5f}, {other['lon']:.5f}  {other['kind']}, "
                  f"{other['country'] or '-'}, population {other['population']}  source: {other['source'] or '-'}")
        if len(others) > 20:
            print(f"    ... and {len(others) - 20} more (--json lists all)")
    return 0


def _fields(entry) -> dict:
    return {"id": entry.id, "name": entry.name, "lat": entry.lat, "lon": entry.lon, "kind": entry.kind,
            "precision": entry.precision, "country": entry.country, "population": entry.population,
            "source": entry.source, "uncertainty_m": round(entry.uncertainty_m)}


def _add_eval_command(commands) -> None:
    evaluate = commands.add_parser(
        "eval", help="score incident sites against annotated gold (precision, recall, distance errors)",
        description="Run every document listed in GOLD (found in DOCS_DIR) through the pipeline and compare "
                    "its incident sites with the annotated ones. The gold format is in docs/eval.md.")
    evaluate.add_argument("gold", type=Path, metavar="GOLD.json", help="the gold annotations")
    evaluate.add_argument("docs", type=Path, metavar="DOCS_DIR", help="folder holding the documents GOLD names")
    evaluate.add_argument("-v", "--verbose", dest="detail", action="store_true",
                          help="also print every document's matched, missed and false sites")
    evaluate.add_argument("--json", action="store_true", help="print the summary and the detail as JSON")
    evaluate.add_argument("--gazetteer", type=Path, action="append", default=[], metavar="PACK.csv",
                          help="an extra gazetteer pack (repeatable)")
    evaluate.set_defaults(run=_run_eval)


def _run_eval(args: argparse.Namespace) -> int:
    import json

    from geo.eval import evaluate, format_report, load_gold, report_json
    from geo.places.gazetteer import load_default
    from geo.places.world import open_index

    gold = load_gold(args.gold)
    open_index(progress=_progress_bar)
    report = evaluate(gold, args.docs, load_default(args.gazetteer))
    if args.json:
        print(json.dumps(report_json(report), ensure_ascii=False, indent=1, sort_keys=True))
    else:
        print(format_report(report, verbose=args.detail))
    return 0


class _Formatter(logging.Formatter):
    """``Warning: ...`` lines, with untrusted text made terminal-safe."""

    def format(self, record: logging.LogRecord) -> str:
        label = {"WARNING": "Warning", "ERROR": "Error"}.get(record.levelname)
        message = printable(record.getMessage())
        return f"{label}: {message}" if label else message


def main(argv: list[str] | None = None) -> int:
    """Run one command; every way it can end is an exit code and at most one
    ``Error:`` line (the traceback of an unexpected error only with ``--debug``)."""
    parser = _parser()
    args = parser.parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    root = logging.getLogger("geo")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO if args.verbose else logging.WARNING)
    try:
        return args.run(args)
    except GeoError as exc:
        print(f"Error: {printable(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted; files already in place were left as they were", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except OSError as exc:
        if args.debug:
            raise
        where = f"{printable(exc.filename)}: " if exc.filename else ""
        print(f"Error: {where}{printable(exc.strerror or exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # the last resort: a bug, not bad input
        if args.debug:
            raise
        print(f"Error: unexpected {type(exc).__name__}: {printable(exc)[:300]} "
              f"(this is a bug; run again with --debug for the traceback and report it)", file=sys.stderr)
        return 1


def _quiet_broken_pipe() -> int:
    """The reader of our output went away (``incident-map geocode X | head``):
    stop quietly.  Standard output is pointed at /dev/null so that Python's
    final flush cannot raise again (the recipe of the ``signal`` docs)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141  # 128 + SIGPIPE, as a shell reports a process a pipe ended


if __name__ == "__main__":
    sys.exit(main())
