"""Benchmark: building the map of the seeds, as a user runs it.

Prints, for fixed inputs:

* the cold build time of the project's seeds as a whole process
  (``incident-map build`` in a fresh interpreter, median of several runs),
  and that process's peak resident memory;
* the same for corpora of N copies of the seed article (renamed, so each is
  its own document), to show how time and memory grow with the input.

Run: ``python benchmarks/bench_build.py`` (add ``--runs 5`` or
``--copies 1 100 1000`` to change the inputs).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_build(project: Path) -> tuple[float, float]:
    """Wall time (s) and peak RSS (MiB) of one ``incident-map build`` process."""
    env = dict(os.environ)
    script = ("import resource, sys, time; t = time.perf_counter(); from geo.cli import main; code = main(['build']); "
              "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(code)")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script], cwd=project, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    _, peak_kib = done.stdout.strip().splitlines()[-1].split()
    return wall, int(peak_kib) / 1024


def corpus(folder: Path, copies: int) -> None:
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    for path in (ROOT / "seeds").iterdir():
        if path.suffix in (".txt", ".md"):
            for n in range(copies):
                shutil.copy(path, seeds / f"{n:06d}-{path.name}")
        elif copies == 1:
            shutil.copy(path, seeds / path.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, nargs="*", default=[1, 100, 500])
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, Python {platform.python_version()}")
    for copies in args.copies:
        with tempfile.TemporaryDirectory() as tmp:
            project = Path(tmp)
            corpus(project, copies)
            runs = [run_build(project) for _ in range(args.runs if copies == 1 else 1)]
            walls = [w for w, _ in runs]
            peak = max(p for _, p in runs)
            label = "seeds/ (the seed article)" if copies == 1 else f"{copies} copies of the seed"
            print(f"build {label}: cold process {statistics.median(walls):.2f} s "
                  f"(median of {len(walls)}, min {min(walls):.2f} s), peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
