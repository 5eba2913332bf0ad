"""Benchmark: extraction speed on real news, one core, offline gazetteer.

Reads the real-news dev corpus (``evals/real/texts``, rebuilt as
``evals/real/README.md`` says; it is not in the repository) or, when it is
absent, the written corpus (``evals/written/docs``), repeats it to a fixed
number of documents (2,000 by default) and runs every document through
:func:`geo.process_document`, the function a build and a Dask task call.
Prints documents per second, the time per document, and the process's peak
resident memory, so that memory can be seen to stay flat as the count grows;
first the one-off cost of loading the gazetteer in a process (what each Dask
worker pays once), and the figure for the first pass over the corpus, where
each document is seen once and no lookup is cached yet (the repeated corpus
afterwards finds its names in the lookup caches, as a long run of real news
that keeps naming the same places does).

Run: ``python benchmarks/bench_extract.py`` (``--documents 5000`` to change the count).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args()
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core

    from geo.pipeline import process_document
    from geo.places.gazetteer import load_default
    from geo.places.world import open_index
    from geo.text.documents import read_document

    folder = ROOT / "evals" / "real" / "texts"
    if not folder.is_dir() or not any(folder.glob("*.txt")):
        folder = ROOT / "evals" / "written" / "docs"
    paths = sorted(folder.glob("*.txt"))
    documents = [read_document(p, folder) for p in paths]
    start = time.perf_counter()
    index = open_index()
    gazetteer = load_default()
    index.knows("")  # maps the trie of name keys (built beside the index on first use)
    load_s = time.perf_counter() - start
    load_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for document in documents[:5]:  # warm caches, as a long-running worker would be
        process_document(document, gazetteer)

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; one core used")
    print(f"corpus: {folder.relative_to(ROOT)} ({len(documents)} documents, "
          f"{sum(len(d.body) for d in documents) / len(documents) / 1024:.1f} KiB each on average), "
          f"repeated to {args.documents}")
    print(f"per-process load (world index, name-key trie, packs): {load_s:.2f} s, peak RSS {load_rss:.0f} MiB")
    print(f"load average before the run: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"(on a busy machine the wall-clock figures fall; the CPU time per document much less)")
    incidents = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for i in range(args.documents):
        incidents += len(process_document(documents[i % len(documents)], gazetteer).incidents)
        if i + 1 in (len(documents), args.documents // 4, args.documents):
            elapsed = time.perf_counter() - start
            cpu = time.process_time() - cpu_start
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{i + 1:>6} documents: {elapsed:6.2f} s, {(i + 1) / elapsed:7.1f} documents/s, "
                  f"{1000 * elapsed / (i + 1):5.2f} ms/document ({1000 * cpu / (i + 1):5.2f} ms CPU, "
                  f"{(i + 1) / cpu:6.1f} documents per CPU second), peak RSS {peak:.0f} MiB"
                  + (" (each document once: lookups not yet cached)" if i + 1 == len(documents) else ""))
    print(f"incidents found: {incidents}")


if __name__ == "__main__":
    main()
