"""Figures for the offline geocoder (issue 3).  Not a test: it prints numbers.

    python benchmarks/bench_geocode.py

Uses a fresh temporary cache folder, so the first figure is a real first
compile.  Prints:

* first compile time of the world index (GeoNames cities500 + airportsdata);
* cold start of ``incident-map geocode "Port-au-Prince"`` as a whole
  process (median of several runs, index already compiled);
* lookups per second over 10,000 fixed mixed names, warm;
* peak memory of the compile and of the lookups.
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

RUNS = 7
LOOKUPS = 10_000


def mixed_names(gazetteer, count: int) -> list[str]:
    """A fixed mix: world cities by name and alias, airports by code,
    Haiti landmarks with accents and Creole spellings, and misses."""
    import sqlite3

    db = sqlite3.connect(gazetteer.world.path)
    cities = [r[0] for r in db.execute("SELECT name FROM places WHERE rowid % 37 = 0 ORDER BY rowid")]
    aliases = [r[0].split("|")[0] for r in db.execute(
        "SELECT aliases FROM places WHERE aliases != '' AND rowid % 53 = 0 ORDER BY rowid")]
    codes = [r[0] for r in db.execute("SELECT substr(aliases, 1, 3) FROM places WHERE id LIKE 'airport:%' "
                                      "AND length(aliases) > 5 ORDER BY rowid")]
    haiti = ["Pétion-Ville", "Petyon-Vil", "Carrefour", "Delmas", "Cabaret", "Port-au-Prince", "PAP",
             "National Penitentiary", "Stade Sylvio Cator", "Kafou"]
    misses = [f"Nowhereville {i}" for i in range(200)]
    rng = random.Random(3)
    pool = cities[:4000] + aliases[:2000] + codes[:1500] + haiti * 100 + misses
    return [rng.choice(pool) for _ in range(count)]


def main() -> None:
    cache = Path(tempfile.mkdtemp(prefix="bench-geocode-"))
    os.environ["INCIDENT_MAPPER_CACHE"] = str(cache)
    try:
        from geo.places import world

        start = time.perf_counter()
        world.open_index()
        compile_s = time.perf_counter() - start
        compile_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        size = world.index_path().stat().st_size

        cold = []
        for _ in range(RUNS):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "geo", "geocode", "Port-au-Prince"], check=True,
                           capture_output=True, env=os.environ.copy())
            cold.append(time.perf_counter() - start)

        from geo.places.gazetteer import load_default
        from geo.places.geocode import locate

        gazetteer = load_default()
        names = mixed_names(gazetteer, LOOKUPS)
        gazetteer.world.matches.cache_clear()
        start = time.perf_counter()
        first_pass = sum(locate(name, gazetteer).entry is not None for name in names)
        first_s = time.perf_counter() - start
        start = time.perf_counter()
        placed = sum(locate(name, gazetteer).entry is not None for name in names)
        warm_s = time.perf_counter() - start
        tracemalloc.start()
        for name in names:
            locate(name, gazetteer)
        _, lookup_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
        print(f"first compile of the world index: {compile_s:.1f} s "
              f"({len(world.open_index()):,} places, {size / 1e6:.0f} MB on disk; "
              f"max RSS during the compile {compile_rss_mb:.0f} MB)")
        print(f"cold start, `incident-map geocode \"Port-au-Prince\"` as a whole process: median "
              f"{statistics.median(cold) * 1000:.0f} ms over {RUNS} runs (min {min(cold) * 1000:.0f}, "
              f"max {max(cold) * 1000:.0f})")
        print(f"lookups, {LOOKUPS:,} mixed names ({placed:,} placed): warm {LOOKUPS / warm_s:,.0f}/s; "
              f"first pass, empty lookup cache {LOOKUPS / first_s:,.0f}/s ({first_pass:,} placed)")
        print(f"peak memory: process max RSS {rss_mb:.0f} MB (set by the compile); "
              f"Python heap peak during {LOOKUPS:,} warm lookups {lookup_peak / 1e6:.1f} MB")
    finally:
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
