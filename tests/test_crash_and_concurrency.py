"""Killed builds and adds, and adds that run at the same time.

A build or an add runs as a real process and is killed with SIGKILL, either
at a named step (``INCIDENT_MAPPER_CRASH_AT``, see geo.storage.crash_point)
or after a timer.  The next command must then find the whole old set of
outputs or the whole new one (layers, map and source pages together), no
leftovers, and every stored row.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo.cli import main
from geo.storage import CRASH_ENV, JOURNAL_NAME, LOCK_NAME, LOCK_TIMEOUT_ENV, locked
from geo.table import store

from .conftest import SEEDS, write_doc

NEW_TITLE = "Second story about Cap-Haitien"


def run_cli(cwd: Path, *argv: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *argv], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)


def outputs(project: Path) -> dict[str, bytes]:
    """Every file of layers/ and output/, hidden ones included."""
    found = {}
    for folder in ("layers", "output"):
        for path in sorted((project / folder).rglob("*")):
            if path.is_file() and path.name != LOCK_NAME:
                found[str(path.relative_to(project))] = path.read_bytes()
    return found


def generation(project: Path, old: dict[str, bytes], new: dict[str, bytes]) -> str:
    """"old" or "new" when the outputs are one whole set; fails otherwise.

    Layers and source pages are byte-identical between builds of the same
    input; the map's HTML holds random element ids, so it is recognised by
    the title, which names every document.
    """
    now = outputs(project)
    leftovers = [p for p in now if ".staging-" in p or p.endswith(".tmp") or JOURNAL_NAME in p]
    assert not leftovers, leftovers
    for name, reference in (("old", old), ("new", new)):
        if set(now) != set(reference):
            continue
        same = all(now[p] == reference[p] for p in now if not p.endswith("map.html"))
        map_is_new = NEW_TITLE.encode() in now["output/map.html"]
        if same and map_is_new == (name == "new"):
            return name
    pytest.fail(f"outputs are neither the old set nor the new one: {sorted(now)}")


@pytest.fixture(scope="module")
def two_generations(tmp_path_factory):
    """A project built once (old), and the outputs a build gives after a
    second document was added and the first one retitled (new)."""
    base = tmp_path_factory.mktemp("kill")
    shutil.copytree(SEEDS, base / "seeds")
    assert main(["build", "--seeds", str(base / "seeds"), "--layers", str(base / "layers"),
                 "--output", str(base / "output")]) == 0
    old = outputs(base)
    changed = base / "changed-seeds"
    shutil.copytree(base / "seeds", changed)
    write_doc(changed, "cap-haitien.txt", "Gunmen attacked the police station in Cap-Haitien on Monday, "
                                          "killing three officers.\n", title=NEW_TITLE)
    seed_doc = next(changed.glob("*.txt"))
    seed_doc.write_text(seed_doc.read_text(encoding="utf-8") + "\nResidents fled Delmas.\n", encoding="utf-8")
    reference = tmp_path_factory.mktemp("reference")
    shutil.copytree(base / "layers", reference / "layers")
    shutil.copytree(base / "output", reference / "output")
    shutil.copytree(changed, reference / "seeds")
    assert main(["build", "--seeds", str(reference / "seeds"), "--layers", str(reference / "layers"),
                 "--output", str(reference / "output")]) == 0
    new = outputs(reference)
    assert set(new) > set(old) and new["layers/incidents.geojson"] != old["layers/incidents.geojson"]
    return base, changed, old, new


def _fresh(two_generations, tmp_path: Path) -> Path:
    base, changed, _, _ = two_generations
    project = tmp_path / "p"
    shutil.copytree(base / "layers", project / "layers")
    shutil.copytree(base / "output", project / "output")
    shutil.copytree(changed, project / "seeds")
    return project


#: Every step of a build's publication, and some of its repeated steps.
BUILD_POINTS = ["publish:staged#1", "publish:staged#3", "publish:before-journal", "write:staged#1",
                "write:replaced#1", "publish:journal-written", "publish:moved#1", "publish:moved#2",
                "publish:moved#4", "publish:done"]


#: Points from which on the new set is committed (the journal is in place).
COMMITTED = {"write:replaced#1", "publish:journal-written", "publish:moved#1", "publish:moved#2", "publish:moved#4",
             "publish:done"}


def next_command(project: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    """What a user runs next: an export, which completes a committed
    publication under the lock; then the start of the next build, which also
    clears the output folder's staging (export does not know that folder)."""
    from geo.storage import recover

    after = run_cli(project, "export", "--format", "geojson", "-o", str(tmp_path / "x.geojson"))
    with locked(project / "layers"):
        recover(project / "layers", (project / "output",))
    return after


@pytest.mark.parametrize("point", BUILD_POINTS)
def test_a_build_killed_at_any_step_leaves_the_old_or_the_new_set(two_generations, tmp_path, point):
    _, _, old, new = two_generations
    project = _fresh(two_generations, tmp_path)
    done = run_cli(project, "build", env={CRASH_ENV: point})
    assert done.returncode == -signal.SIGKILL, done.stderr
    after = next_command(project, tmp_path)
    assert after.returncode == 0, after.stderr
    assert generation(project, old, new) == ("new" if point in COMMITTED else "old")


def test_a_killed_build_is_completed_by_the_next_export_without_a_rebuild(two_generations, tmp_path):
    _, _, old, new = two_generations
    project = _fresh(two_generations, tmp_path)
    assert run_cli(project, "build", env={CRASH_ENV: "publish:moved#2"}).returncode == -signal.SIGKILL
    assert (project / "layers" / JOURNAL_NAME).exists()
    after = run_cli(project, "export", "--format", "csv", "-o", str(tmp_path / "x.csv"))
    assert after.returncode == 0, after.stderr
    assert "Warning: layers: finishing a build that was interrupted" in after.stderr
    assert after.stdout.startswith("exported 6 incident(s)") or "exported" in after.stdout
    assert not (project / "layers" / JOURNAL_NAME).exists()
    assert generation(project, old, new) == "new"


def test_the_next_build_clears_what_a_killed_one_staged(two_generations, tmp_path):
    _, _, old, new = two_generations
    project = _fresh(two_generations, tmp_path)
    assert run_cli(project, "build", env={CRASH_ENV: "publish:before-journal"}).returncode == -signal.SIGKILL
    assert list((project / "output").glob(".staging-*")) and list((project / "layers").glob(".staging-*"))
    assert run_cli(project, "build").returncode == 0
    assert generation(project, old, new) == "new"


def test_builds_killed_by_timers_leave_the_old_or_the_new_set(two_generations, tmp_path):
    """Kills at arbitrary moments, not only at named steps."""
    _, _, old, new = two_generations
    rng = random.Random(10)
    for attempt in range(8):
        project = _fresh(two_generations, tmp_path / str(attempt))
        process = subprocess.Popen([sys.executable, "-m", "geo", "build"], cwd=project,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 4.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert next_command(project, tmp_path).returncode == 0
        assert generation(project, old, new) in ("old", "new")


# -- deleted documents and builds at the same time --------------------------------

def test_a_build_removes_the_pages_of_documents_deleted_from_the_seeds(tmp_path):
    seeds, output = tmp_path / "seeds", tmp_path / "output"
    shutil.copytree(SEEDS, seeds)
    gone = write_doc(seeds / "2023", "cap-haitien.txt", "Gunmen attacked the police station in Cap-Haitien on "
                                                        "Monday, killing three officers.\n", title=NEW_TITLE)
    assert run_cli(tmp_path, "build").returncode == 0
    (output / "sources" / "notes.txt").write_text("kept: not a page", encoding="utf-8")
    assert (output / "sources" / "2023" / "cap-haitien.txt.html").exists()
    gone.unlink()
    done = run_cli(tmp_path, "build")
    assert done.returncode == 0, done.stderr
    pages = sorted(p.relative_to(output / "sources").as_posix() for p in (output / "sources").rglob("*"))
    assert pages == ["2024-03-04-haiti-national-penitentiary-breakout.txt.html", "notes.txt"]
    assert NEW_TITLE not in (output / "map.html").read_text(encoding="utf-8")


def test_a_build_killed_while_removing_old_pages_is_completed_by_the_next_command(two_generations, tmp_path):
    """Deleting the pages of removed documents is part of the publication:
    killed half-way, the next command finishes it from the journal."""
    _, _, old, new = two_generations
    project = tmp_path / "p"
    shutil.copytree(SEEDS, project / "seeds")
    shutil.copytree(two_generations[0] / "layers", project / "layers")
    shutil.copytree(two_generations[0] / "output", project / "output")
    # The new outputs, then back to the old seeds: the new document's page must go.
    for name, data in new.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_bytes(data)
    done = run_cli(project, "build", env={CRASH_ENV: "publish:removed#1"})
    assert done.returncode == -signal.SIGKILL
    assert (project / "layers" / JOURNAL_NAME).exists()
    after = next_command(project, tmp_path)
    assert after.returncode == 0, after.stderr
    assert generation(project, old, new) == "old"


def _two_seed_folders(base: Path) -> tuple[Path, Path]:
    first, second = base / "seeds-a", base / "seeds-b"
    shutil.copytree(SEEDS, first)
    write_doc(second, "cap-haitien.txt", "Gunmen attacked the police station in Cap-Haitien on Monday, "
                                         "killing three officers.\n", title=NEW_TITLE)
    write_doc(second, "gonaives.txt", "Protesters blocked roads in Gonaives on Sunday.\n", title="Gonaives")
    return first, second


def _alone(tmp_path: Path, name: str, seeds: Path) -> dict[str, bytes]:
    """The outputs a build of ``seeds`` gives on its own."""
    project = tmp_path / name
    project.mkdir()
    assert run_cli(project, "build", "--seeds", str(seeds)).returncode == 0
    return outputs(project)


def _which(project: Path, sets: dict[str, dict[str, bytes]], marker: dict[str, bytes]) -> str:
    """The name of the build whose whole set the outputs are; fails on a mix."""
    now = outputs(project)
    leftovers = [p for p in now if ".staging-" in p or p.endswith(".tmp") or JOURNAL_NAME in p]
    assert not leftovers, leftovers
    for name, reference in sets.items():
        if set(now) == set(reference) and all(now[p] == reference[p] for p in now if not p.endswith("map.html")) \
                and marker[name] in now["output/map.html"]:
            return name
    pytest.fail(f"the outputs are a mix of two builds: {sorted(now)}")


def test_two_builds_of_different_seeds_at_once_leave_one_whole_set(tmp_path):
    first, second = _two_seed_folders(tmp_path)
    sets = {"a": _alone(tmp_path, "alone-a", first), "b": _alone(tmp_path, "alone-b", second)}
    marker = {"a": b"National Penitentiary", "b": NEW_TITLE.encode()}
    assert sets["a"]["output/map.html"].count(marker["b"]) == 0
    seen = set()
    for attempt in range(4):
        project = tmp_path / f"p{attempt}"
        project.mkdir()
        order = [first, second] if attempt % 2 else [second, first]
        runs = [subprocess.Popen([sys.executable, "-m", "geo", "build", "--seeds", str(seeds)], cwd=project,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for seeds in order]
        outs = [run.communicate(timeout=300) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outs
        seen.add(_which(project, sets, marker))
    assert seen <= {"a", "b"}


def test_two_builds_into_one_output_folder_with_their_own_layers_take_turns(tmp_path):
    first, second = _two_seed_folders(tmp_path)
    reference = {name: {p: data for p, data in _alone(tmp_path, f"alone-{name}", seeds).items()
                        if p.startswith("output/")}
                 for name, seeds in (("a", first), ("b", second))}
    marker = {"a": b"National Penitentiary", "b": NEW_TITLE.encode()}
    for attempt in range(3):
        project = tmp_path / f"p{attempt}"
        project.mkdir()
        runs = [subprocess.Popen([sys.executable, "-m", "geo", "build", "--seeds", str(seeds),
                                  "--layers", f"layers-{name}"], cwd=project,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for name, seeds in (("a", first), ("b", second))]
        outs = [run.communicate(timeout=300) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outs
        now = {str(p.relative_to(project)): p.read_bytes() for p in sorted((project / "output").rglob("*"))
               if p.is_file() and p.name != LOCK_NAME}
        assert not [p for p in now if ".staging-" in p or p.endswith(".tmp")]
        assert any(set(now) == set(ref) and all(now[p] == ref[p] for p in now if not p.endswith("map.html"))
                   and marker[name] in now["output/map.html"] for name, ref in reference.items()), sorted(now)


def test_a_build_sharing_the_output_folder_finishes_another_layers_folders_interrupted_build(tmp_path):
    """A build killed after its commit point left staged pages in output/;
    a build of other layers into the same output must complete that
    publication, not delete half of it."""
    first, second = _two_seed_folders(tmp_path)
    project = tmp_path / "p"
    project.mkdir()
    killed = run_cli(project, "build", "--seeds", str(second), "--layers", "layers-b",
                     env={CRASH_ENV: "publish:journal-written"})
    assert killed.returncode == -signal.SIGKILL
    done = run_cli(project, "build", "--seeds", str(first), "--layers", "layers-a")
    assert done.returncode == 0, done.stderr
    assert "finishing a build that was interrupted" in done.stderr
    assert not (project / "layers-b" / JOURNAL_NAME).exists()
    alone = _alone(tmp_path, "alone-b", second)
    assert (project / "layers-b" / "incidents.geojson").read_bytes() == alone["layers/incidents.geojson"]
    pages = sorted(p.name for p in (project / "output" / "sources").iterdir())
    assert pages == ["2024-03-04-haiti-national-penitentiary-breakout.txt.html"]
    assert not list((project / "output").glob(".staging-*"))


# -- the store ------------------------------------------------------------------

def table(prefix: str, rows: int) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "date", "place", "latitude", "longitude", "country", "fatalities"])
    for n in range(rows):
        writer.writerow([f"{prefix}-{n:05d}", "2024-03-04", f"Site {n}", f"{18.5 + n / 1e5:.5f}", "-72.33",
                         "HT", n % 7])
    return buffer.getvalue()


@pytest.fixture
def store_project(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "a.csv").write_text(table("a", 300), encoding="utf-8")
    (tmp_path / "b.csv").write_text(table("b", 300), encoding="utf-8")
    return tmp_path


def stored_ids(project: Path) -> set[str]:
    return set(store.load(project / "seeds" / "incidents.csv"))


@pytest.mark.parametrize("point", ["add:before-store", "write:staged#1", "write:replaced#1", "add:stored"])
def test_an_add_killed_at_any_step_keeps_every_stored_row(store_project, point):
    project = store_project
    assert run_cli(project, "add", "a.csv", "--no-build").returncode == 0
    done = run_cli(project, "add", "b.csv", "--no-build", env={CRASH_ENV: point})
    assert done.returncode == -signal.SIGKILL
    ids = stored_ids(project)
    a_ids = {f"a-{n:05d}" for n in range(300)}
    b_ids = {f"b-{n:05d}" for n in range(300)}
    assert ids in (a_ids, a_ids | b_ids)
    # The next add cleans the killed one's temporary file and completes the work.
    again = run_cli(project, "add", "b.csv", "--no-build")
    assert again.returncode == 0, again.stderr
    assert stored_ids(project) == a_ids | b_ids
    assert sorted(p.name for p in (project / "seeds").iterdir()) == [LOCK_NAME, "incidents.csv"]


def test_two_adds_at_once_lose_no_rows_20_times(tmp_path):
    for attempt in range(20):
        project = tmp_path / str(attempt)
        (project / "seeds").mkdir(parents=True)
        (project / "a.csv").write_text(table(f"a{attempt}", 400), encoding="utf-8")
        (project / "b.csv").write_text(table(f"b{attempt}", 400), encoding="utf-8")
        flags = ["--no-build"] if attempt < 18 else []  # the last two also build the map
        first = subprocess.Popen([sys.executable, "-m", "geo", "add", "a.csv", *flags], cwd=project,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        second = subprocess.Popen([sys.executable, "-m", "geo", "add", "b.csv", *flags], cwd=project,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        outs = [p.communicate(timeout=300) for p in (first, second)]
        assert (first.returncode, second.returncode) == (0, 0), outs
        assert all(out.startswith("added 400,") for out, _ in outs), outs
        assert len(stored_ids(project)) == 800
        if not flags:  # whichever build ran last saw both tables
            layer = json.loads((project / "layers" / "incidents.geojson").read_text(encoding="utf-8"))
            assert len(layer["features"]) == 800


def test_a_second_add_waits_then_fails_clearly_after_the_timeout(store_project):
    project = store_project
    with locked(project / "seeds"):
        done = run_cli(project, "add", "a.csv", "--no-build", env={LOCK_TIMEOUT_ENV: "1"})
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[0] == "Warning: seeds is in use by another incident-map command; waiting for it to finish (up to 1 s)"
    assert lines[1].startswith("Error: seeds/.incident-map.lock: still locked by another incident-map command "
                               "after waiting 1 s; try again when it has finished")
    assert not (project / "seeds" / "incidents.csv").exists()
