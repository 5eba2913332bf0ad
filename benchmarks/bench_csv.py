"""Benchmark of ``add`` and ``export`` on fixed, generated tables.

    python benchmarks/bench_csv.py [--rows 100000] [--geocode-rows 10000]

Phases, each in its own process so its peak memory (max RSS) is its own:
add N rows that have coordinates (with a country column, so the lat/lon swap
check runs on every row); add M rows that need offline geocoding (place
names of the shipped Port-au-Prince pack, with Haiti as context); export
the N incidents to each format.  Adds use ``--no-build`` semantics (the map
of 100,000 markers is the build benchmark's business); one build writes the
layer that the exports read.  Inputs come from a fixed random seed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["Delmas", "Pétion-Ville", "Tabarre", "Cité Soleil", "Carrefour", "Croix-des-Bouquets",
          "Port-au-Prince", "Martissant", "Bel Air", "Canapé-Vert"]
TYPES = ["Battles", "Riots", "Protests", "Violence against civilians", "Explosions/Remote violence"]


def make_tables(folder: Path, rows: int, geocode_rows: int) -> tuple[Path, Path]:
    rng = random.Random(4)
    coords = folder / "coords.csv"
    with coords.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["event_id_cnty", "event_date", "event_type", "location", "latitude", "longitude",
                         "country", "fatalities", "notes", "source"])
        for i in range(rows):
            writer.writerow([f"HTI{i:07d}", f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                             rng.choice(TYPES), f"Site {i % 500}", f"{rng.uniform(18.3, 19.8):.5f}",
                             f"{rng.uniform(-73.4, -72.0):.5f}", "Haiti", rng.randint(0, 9),
                             f"Report number {i}, =formula-looking -text", "Bench"])
    named = folder / "named.csv"
    with named.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "date", "place", "country", "admin1", "event_type"])
        for i in range(geocode_rows):
            writer.writerow([f"g-{i}", "2024-03-04", rng.choice(PLACES), "HT", "Ouest", rng.choice(TYPES)])
    return coords, named


def phase(name: str, folder: str, arg: str) -> None:
    """Run one phase in this process and print ``seconds maxrss_kb`` as JSON."""
    sys.path.insert(0, str(ROOT))
    folder_path = Path(folder)
    started = time.perf_counter()
    detail = ""
    if name == "add":
        from geo.table.ingest import add_table
        result = add_table(arg, folder_path / "seeds")
        detail = result.summary
    elif name == "build":
        from geo.pipeline import build
        built = build(folder_path / "seeds", folder_path / "layers", folder_path / "output")
        detail = f"{len(built.incidents)} incidents"
    else:
        from geo.table.export import export, read_layer
        count = export(name, folder_path / f"out.{name}", read_layer(folder_path / "layers"))
        detail = f"{count} incidents, {(folder_path / f'out.{name}').stat().st_size / 1e6:.1f} MB"
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "detail": detail}))


def run(name: str, folder: Path, arg: str = "") -> dict:
    out = subprocess.run([sys.executable, __file__, "--phase", name, str(folder), arg],
                         capture_output=True, text=True, check=True, env={**os.environ})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--geocode-rows", type=int, default=10_000)
    parser.add_argument("--phase", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        phase(*args.phase)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "seeds").mkdir()
        (folder / "geo-seeds").mkdir()
        coords, named = make_tables(folder, args.rows, args.geocode_rows)
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPU(s)")
        rows = [(f"add {args.rows:,} rows with coordinates", run("add", folder, str(coords))),
                (f"re-add the same {args.rows:,} rows", run("add", folder, str(coords))),
                (f"build layers of {args.rows:,} added incidents", run("build", folder))]
        for fmt in ("geojson", "csv", "gpkg", "kml"):
            rows.append((f"export {args.rows:,} incidents to {fmt}", run(fmt, folder)))
        geo_folder = folder / "geo"
        (geo_folder / "seeds").mkdir(parents=True)
        rows.append((f"add {args.geocode_rows:,} rows needing offline geocoding", run("add", geo_folder, str(named))))
        for label, figures in rows:
            print(f"{label:<48} {figures['seconds']:7.2f} s  peak {figures['peak_mb']:7.0f} MB  ({figures['detail']})")


if __name__ == "__main__":
    main()
