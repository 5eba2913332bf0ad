"""Benchmark: does processing time grow linearly with document size?

Prints, for fixed inputs, the time to read and process one document
(``read_document`` + ``process_document``: sentences, mentions, places,
incidents) and that time per MB:

* prose: the seed article's paragraphs repeated to 100 KB, 1 MB, 10 MB and
  50 MB (short paragraphs, as in real articles);
* hostile shapes at the middle size: one paragraph of repeated place names,
  one paragraph of 20,000-odd sentences, and the whole text on one line.

Linear time means seconds per MB stay flat: the last line prints the ratio
of the slowest to the fastest seconds per MB, which should stay under 2, in
wall-clock and in CPU seconds (the fairer figure when other jobs share the
machine).

Run: ``python benchmarks/bench_scaling.py`` (about ten minutes on the
reference machine, 2 cores), or ``--sizes 0.1 1`` and ``--shape-mb 1`` for a
quick look.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.pipeline import process_document  # noqa: E402
from geo.places.gazetteer import load_default  # noqa: E402
from geo.text.documents import read_document  # noqa: E402

SEED = ROOT / "seeds" / "2024-03-04-haiti-national-penitentiary-breakout.txt"
HEADER = "---\ntitle: Scaling test\ndate: 2024-03-04\nlanguage: en\n---\n"


def _fill(unit: str, size: int, sep: str) -> str:
    copies = size // (len(unit) + len(sep)) + 1
    return sep.join([unit] * copies)[:size]


def prose(size: int) -> str:
    """The seed article's body, paragraphs kept, repeated."""
    body = SEED.read_text(encoding="utf-8").strip()
    return _fill(body, size, "\n\n")


def repeated_names(size: int) -> str:
    """One paragraph of place names and nothing else."""
    return _fill("Port-au-Prince Delmas Pétion-Ville Carrefour Cité Soleil Croix-des-Bouquets", size, " ")


def one_paragraph(size: int) -> str:
    """Every sentence of the article in one paragraph."""
    return " ".join(prose(size).split())


def one_line(size: int) -> str:
    """The article on one line without sentence ends (a flattened table)."""
    return " ".join(prose(size).replace(".", " ").split())


def time_document(folder: Path, text: str, gazetteer) -> tuple[float, float]:
    """Wall-clock and CPU seconds to read and process one document."""
    path = folder / "doc.txt"
    path.write_text(HEADER + text, encoding="utf-8")
    started, cpu = time.perf_counter(), time.process_time()
    document = read_document(path, folder)
    process_document(document, gazetteer)
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 10, 50], help="prose sizes in MB")
    parser.add_argument("--shape-mb", type=float, default=5, help="size of the hostile shapes in MB")
    args = parser.parse_args()

    print(f"python {platform.python_version()} on {platform.machine()}, {platform.system()}")
    gazetteer = load_default()
    time_document(Path(tempfile.mkdtemp()), prose(10_000), gazetteer)  # warm caches and imports
    cases = [(f"prose {mb:g} MB", prose, mb) for mb in args.sizes]
    cases += [(f"{name} {args.shape_mb:g} MB", make, args.shape_mb) for name, make in
              (("repeated names", repeated_names), ("one paragraph", one_paragraph), ("one line", one_line))]
    rates, cpu_rates = [], []
    print(f"{'input':<28}{'seconds':>10}{'s per MB':>10}{'CPU s/MB':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, make, mb in cases:
            text = make(int(mb * 1_000_000))
            seconds, cpu = time_document(Path(tmp), text, gazetteer)
            megabytes = len(text.encode("utf-8")) / 1_000_000
            rates.append(seconds / megabytes)
            cpu_rates.append(cpu / megabytes)
            print(f"{name:<28}{seconds:>10.2f}{rates[-1]:>10.2f}{cpu_rates[-1]:>10.2f}", flush=True)
    # CPU time as well: on a shared machine other jobs stretch wall-clock
    # time unevenly across the cases, not the work done.
    print(f"slowest / fastest seconds per MB: {max(rates) / min(rates):.2f} wall clock, "
          f"{max(cpu_rates) / min(cpu_rates):.2f} CPU (linear: under 2)")


if __name__ == "__main__":
    main()
