"""Figures for the offline geocoder (issues 3 and 8).  Not a test: it prints numbers.

    python benchmarks/bench_geocode.py              # everything
    python benchmarks/bench_geocode.py packs osm    # only some parts: packs, world, osm

Uses a fresh temporary cache folder, so the first figure is a real first
compile.  Prints:

* packs: the shipped packs' rows by kind, and the share whose coordinate
  has a source that is not an estimate (``approx:``);
* world: first compile time of the world index (GeoNames cities500 +
  airportsdata + admin1 regions + fuzzy keys); cold start of
  ``incident-map geocode "Port-au-Prince"`` as a whole process (median of
  several runs); lookups per second over 10,000 fixed mixed names, exact
  only and with fuzzy matching on, first pass and warm, plus a mix with 5%
  misspelt names; peak memory;
* osm: ``gazetteer import`` of synthetic extracts of 1 and 2 million nodes
  (written here with pyosmium's writer), rows per second and peak memory
  (max RSS of the importing process), with the file-backed node index the
  importer uses and with pyosmium's in-memory default for comparison.
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


def misspelt(names: list[str], share: float, seed: int = 5) -> list[str]:
    """The same names with ``share`` of them given one typo (a swap of two
    neighbouring letters or a doubled letter) where the name is long enough."""
    rng = random.Random(seed)
    out = []
    for name in names:
        if len(name) >= 7 and name.isascii() and rng.random() < share:
            i = rng.randrange(1, len(name) - 2)
            name = name[:i] + name[i + 1] + name[i] + name[i + 2:] if rng.random() < 0.5 else \
                name[:i] + name[i] + name[i:]
        out.append(name)
    return out


def rate(names: list[str], gazetteer, locate) -> tuple[float, int]:
    start = time.perf_counter()
    placed = sum(locate(name, gazetteer).entry is not None for name in names)
    return len(names) / (time.perf_counter() - start), placed


def packs() -> None:
    """Rows of the shipped packs by kind; share with a non-estimate source."""
    from collections import Counter
    from pathlib import Path as P

    from geo.places.gazetteer import is_estimate, read_pack, shipped_packs
    from geo.places.streets import is_anchor_file, read_anchors

    kinds: Counter[str] = Counter()
    sourced: Counter[str] = Counter()
    for name, text in shipped_packs():
        if is_anchor_file(text.splitlines()[0].split(",")):
            anchors = read_anchors(P(name), text=text)
            kinds["street anchor"] += len(anchors)
            sourced["street anchor"] += sum(not is_estimate(a.source) for a in anchors)
            continue
        for entry in read_pack(P(name), text=text):
            kinds[entry.kind] += 1
            sourced[entry.kind] += not is_estimate(entry.source)
    total, good = sum(kinds.values()), sum(sourced.values())
    print(f"shipped packs: {total:,} rows, {good:,} ({good / total:.0%}) with a source that is not an estimate")
    for kind, count in kinds.most_common():
        print(f"  {kind:<18} {count:>5}  sourced {sourced[kind]:>5} ({sourced[kind] / count:.0%})")


def synthetic_extract(path: Path, nodes: int) -> None:
    """An .osm.pbf of ``nodes`` nodes on a grid over Haiti: every 50th node a
    named facility, every 5 consecutive spare nodes a named closed building
    way (one in 20 of them kept as a named facility), and a named multipolygon
    relation for every 1,000th building."""
    import osmium
    from osmium.osm.mutable import Node, Relation, Way

    kinds = [("amenity", "police"), ("amenity", "hospital"), ("amenity", "school"), ("tourism", "hotel"),
             ("amenity", "fuel"), ("amenity", "marketplace")]
    writer = osmium.SimpleWriter(str(path), overwrite=True)
    side = int(nodes ** 0.5) + 1
    ways = []
    for i in range(1, nodes + 1):
        lat = 18.0 + (i // side) * (1.8 / side)
        lon = -74.4 + (i % side) * (2.7 / side)
        tags = {}
        if i % 50 == 0:
            key, value = kinds[i // 50 % len(kinds)]
            tags = {key: value, "name": f"Facility {i}", "name:fr": f"Site {i}"}
        writer.add_node(Node(id=i, location=(lon, lat), tags=tags, version=1))
        if i % 5 == 4:
            ways.append(i)
    for n, last in enumerate(ways, 1):
        refs = [last - 3, last - 2, last - 1, last, last - 3]
        tags = {"building": "yes"}
        if n % 20 == 0:
            key, value = kinds[n % len(kinds)]
            tags.update({key: value, "name": f"Building {n}"})
        writer.add_way(Way(id=n, nodes=refs, tags=tags, version=1))
    for r, way in enumerate(range(1000, len(ways) + 1, 1000), 1):
        writer.add_relation(Relation(id=r, members=[("w", way, "outer")], version=1,
                                     tags={"type": "multipolygon", "amenity": "prison", "name": f"Prison {r}"}))
    writer.close()


_IMPORT = """
import json, resource, sys, threading, time
from geo.places.osm import import_osm

peak = {"RssAnon": 0, "RssFile": 0}
done = threading.Event()

def sample():  # the peak of anonymous memory and of mapped file pages, apart
    while not done.is_set():
        for line in open("/proc/self/status"):
            key, _, value = line.partition(":")
            if key in peak:
                peak[key] = max(peak[key], int(value.split()[0]))
        done.wait(0.02)

threading.Thread(target=sample, daemon=True).start()
start = time.perf_counter()
summary = import_osm(sys.argv[1], sys.argv[2], country="HT", storage=sys.argv[3])
seconds = time.perf_counter() - start
done.set()
print(json.dumps({"rows": summary.rows, "seconds": seconds, "anon_mb": peak["RssAnon"] / 1024,
                  "file_mb": peak["RssFile"] / 1024,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def osm() -> None:
    """Rows per second and peak memory of ``gazetteer import``."""
    import json

    folder = Path(tempfile.mkdtemp(prefix="bench-osm-"))
    try:
        for nodes in (1_000_000, 2_000_000):
            extract = folder / f"synthetic-{nodes}.osm.pbf"
            start = time.perf_counter()
            synthetic_extract(extract, nodes)
            made = time.perf_counter() - start
            print(f"synthetic extract: {nodes:,} nodes, {extract.stat().st_size / 1e6:.0f} MB "
                  f"(written in {made:.0f} s)")
            for storage in ("sparse_file_array", "flex_mem"):
                done = subprocess.run([sys.executable, "-c", _IMPORT, str(extract), str(folder / "pack.csv"), storage],
                                      capture_output=True, text=True, check=True)
                figures = json.loads(done.stdout)
                print(f"  import with {storage:<17}: {figures['rows']:,} rows in {figures['seconds']:.1f} s, "
                      f"{figures['rows'] / figures['seconds']:,.0f} rows/s, "
                      f"{nodes / figures['seconds']:,.0f} nodes/s; peak memory: max RSS {figures['rss_mb']:.0f} MB, "
                      f"of which anonymous at most {figures['anon_mb']:.0f} MB and mapped files at most "
                      f"{figures['file_mb']:.0f} MB")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parts = set(sys.argv[1:]) or {"packs", "world", "osm"}
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    if "packs" in parts:
        packs()
    if "world" in parts:
        world_figures()
    if "osm" in parts:
        osm()


def world_figures() -> None:
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
        from geo.places.locate import locate

        gazetteer = load_default()
        names = mixed_names(gazetteer, LOOKUPS)
        typos = misspelt(names, 0.05)
        fuzzy = gazetteer.fuzzy
        figures = {}
        for label, mode in (("exact only", "off"), ("fuzzy on", "on")):
            gazetteer.fuzzy = fuzzy if mode == "on" else (lambda name, **kw: [])
            for mix, batch in (("mixed names", names), ("with 5% misspelt", typos)):
                gazetteer.world.matches.cache_clear()
                gazetteer._fuzzy_found.clear()
                if mode == "on" and mix == "mixed names":
                    start = time.perf_counter()
                    gazetteer.world.fuzzy_index()
                    index_load_s = time.perf_counter() - start
                first_rate, first_placed = rate(batch, gazetteer, locate)
                warm_rate, warm_placed = rate(batch, gazetteer, locate)
                figures[(label, mix)] = (first_rate, warm_rate, warm_placed)
        gazetteer.fuzzy = fuzzy
        tracemalloc.start()
        for name in names:
            locate(name, gazetteer)
        _, lookup_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        print(f"first compile of the world index: {compile_s:.1f} s "
              f"({len(world.open_index()):,} places, {size / 1e6:.0f} MB on disk; "
              f"max RSS during the compile {compile_rss_mb:.0f} MB)")
        print(f"cold start, `incident-map geocode \"Port-au-Prince\"` as a whole process: median "
              f"{statistics.median(cold) * 1000:.0f} ms over {RUNS} runs (min {min(cold) * 1000:.0f}, "
              f"max {max(cold) * 1000:.0f})")
        print(f"fuzzy index of world names read on first use in {index_load_s:.2f} s")
        for (label, mix), (first_rate, warm_rate, placed) in figures.items():
            print(f"lookups, {LOOKUPS:,} {mix}, {label}: first pass (empty caches) {first_rate:,.0f}/s, "
                  f"warm {warm_rate:,.0f}/s; {placed:,} placed")
        print(f"peak memory: process max RSS {rss_mb:.0f} MB (set by the compile); "
              f"Python heap peak during {LOOKUPS:,} warm lookups {lookup_peak / 1e6:.1f} MB")
    finally:
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
