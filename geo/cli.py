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

from .errors import GeoError

log = logging.getLogger("geo")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="incident-map",
        description="Turn news articles and incident spreadsheets into a sourced incident map.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="also print progress and unplaced names")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = commands.add_parser("build", help="build the layers and the map of a seeds folder",
                                description="Read every document in SEEDS, write GeoJSON layers into LAYERS "
                                            "and the map (with a rendered copy of each source) into OUTPUT.")
    build.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of source documents (default: seeds/)")
    build.add_argument("--layers", type=Path, default=Path("layers"), help="folder for GeoJSON layers (default: layers/)")
    build.add_argument("--output", type=Path, default=Path("output"), help="folder for map.html and sources/ (default: output/)")
    build.set_defaults(run=_run_build)
    return parser


def _run_build(args: argparse.Namespace) -> int:
    from .pipeline import build

    result = build(args.seeds, args.layers, args.output)
    exact = sum(1 for i in result.incidents if i.precision == "site")
    print(f"{result.documents} document(s): {len(result.incidents)} incident(s) "
          f"({exact} at a site, {len(result.incidents) - exact} approximate), "
          f"{len(result.mentions)} mentioned place(s)")
    print(f"wrote {args.layers / 'incidents.geojson'}, {args.layers / 'mentions.geojson'}, {args.output / 'map.html'}")
    return 0


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        label = {"WARNING": "Warning", "ERROR": "Error"}.get(record.levelname)
        message = record.getMessage()
        return f"{label}: {message}" if label else message


def main(argv: list[str] | None = None) -> int:
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
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted; files already in place were left as they were", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
