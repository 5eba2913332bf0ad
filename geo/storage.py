"""Safe writes: every file the mapper produces appears whole or not at all,
and a build's files appear together or not at all.

Three mechanisms, each the smallest that keeps its promise:

* :func:`write_atomic` replaces one file through a temporary file and
  ``os.replace``, so a reader sees the old file or the new one.
* :class:`Publication` puts a whole build (layers, map, source pages) in
  place as one step, the way a package manager installs a package: every
  file is first written into a hidden staging folder beside its target, then
  a journal listing the moves is written atomically (the commit point), then
  the moves are made (and files the new set no longer has, such as the pages
  of deleted documents, removed) and the journal deleted.  A process killed
  before the journal exists leaves the old set; killed after, the next
  command finishes the moves (:func:`recover`) and so finds the new set.
* :func:`locked` holds an advisory lock (``filelock``, ``flock`` on Unix) on a
  folder, so two commands never read-modify-write the store or publish at the
  same time.  The kernel drops the lock when a process dies, so a killed
  command never leaves a stale lock behind.

``INCIDENT_MAPPER_CRASH_AT`` names a :func:`crash_point` at which the process
kills itself with SIGKILL; the kill tests use it to stop a build or an add
between any two steps.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import tempfile
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Iterator

from geo.errors import LockError, OutputError

log = logging.getLogger(__name__)

#: The lock file each locked folder holds (hidden, so never read as a seed).
LOCK_NAME = ".incident-map.lock"
#: The journal of a publication in progress, in the journal folder (layers/).
JOURNAL_NAME = ".publish-journal.json"
STAGING_PREFIX = ".staging-"
#: In each staging folder: the path of the journal that will publish it, so a
#: command that shares only the output folder can tell a committed
#: publication of another layers folder from an abandoned one.
POINTER_NAME = "journal-path"
#: Files written with :func:`write_atomic` at the top of the layers and output
#: folders, whose temporary files a killed build may leave.
PUBLISHED_NAMES = ("incidents.geojson", "mentions.geojson", "map.html", JOURNAL_NAME)
#: How long a command waits for another one's lock before giving up.
LOCK_TIMEOUT_SECONDS = 600.0
LOCK_TIMEOUT_ENV = "INCIDENT_MAPPER_LOCK_TIMEOUT"
CRASH_ENV = "INCIDENT_MAPPER_CRASH_AT"

_crash_counts: dict[str, int] = {}


def crash_point(name: str) -> None:
    """Kill this process with SIGKILL when ``$INCIDENT_MAPPER_CRASH_AT`` names
    this point (``name``, or ``name#N`` for its N-th passage).

    A test hook only: no cleanup handler runs, exactly as when a machine
    loses power or the OOM killer strikes.
    """
    wanted = os.environ.get(CRASH_ENV)
    if not wanted:
        return
    _crash_counts[name] = count = _crash_counts.get(name, 0) + 1
    point, _, nth = wanted.partition("#")
    if point == name and (not nth or int(nth) == count):
        os.kill(os.getpid(), signal.SIGKILL)


def check_writable(folder: Path) -> None:
    """Create ``folder`` if needed and prove a file can be written in it.

    Raises
    ------
    OutputError
        If the folder cannot be created or written, before anything changes.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputError(folder, "exists and is not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(folder, f"cannot create folder ({exc.strerror or exc})") from None
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".write-check-", suffix=".tmp")
        os.close(fd)
        try:
            os.unlink(probe)
        except FileNotFoundError:
            pass
    except OSError as exc:
        raise OutputError(folder, f"folder is not writable ({exc.strerror or exc})") from None


def is_writable(folder: Path) -> bool:
    """Whether files can be created in an existing ``folder``."""
    return Path(folder).is_dir() and os.access(folder, os.W_OK | os.X_OK)


def _write_synced(path: Path, payload: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, 0o644)


def _sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        _write_synced(Path(tmp), payload)
        crash_point("write:staged")
        os.replace(tmp, path)
        crash_point("write:replaced")
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def remove_leftovers(folder: Path, names: tuple[str, ...] = ()) -> list[Path]:
    """Delete the temporary files :func:`write_atomic` left in ``folder`` when
    a process was killed (``.NAME.XXXX.tmp`` for each of ``names``, or for
    any name when none are given).  Call it only under the folder's lock."""
    removed = []
    folder = Path(folder)
    if not folder.is_dir():
        return removed
    for path in folder.glob(".*.tmp"):
        # Not the probes of check_writable: another command makes and deletes
        # them at once, without the lock.
        if path.name.startswith(".write-check-"):
            continue
        if names and not any(path.name.startswith(f".{n}.") for n in names):
            continue
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


# -- locking --------------------------------------------------------------------

def lock_timeout() -> float:
    """Seconds to wait for a lock: ``$INCIDENT_MAPPER_LOCK_TIMEOUT`` or 600."""
    value = os.environ.get(LOCK_TIMEOUT_ENV)
    try:
        return max(0.0, float(value)) if value else LOCK_TIMEOUT_SECONDS
    except ValueError:
        return LOCK_TIMEOUT_SECONDS


#: Folders (real paths) whose lock this process holds: a lock is taken once
#: per process, so recovery can ask for a folder the build already holds.
_held: set[str] = set()


@contextmanager
def locked(folder: Path | str, *, timeout: float | None = None) -> Iterator[Path]:
    """Hold the lock of ``folder`` for the duration of the block.

    A command that finds the lock taken says so once and waits; after
    ``timeout`` seconds it stops with :class:`LockError`, having changed
    nothing.

    Raises
    ------
    LockError
        When the lock is still held by another process after ``timeout``.
    OutputError
        When the lock file cannot be created.
    """
    from filelock import FileLock, Timeout

    folder = Path(folder)
    path = folder / LOCK_NAME
    key = os.path.realpath(folder)
    if key in _held:  # this process has it already (recovery inside a build)
        yield path
        return
    wait = lock_timeout() if timeout is None else timeout
    lock = FileLock(str(path), mode=0o644)
    try:
        try:
            lock.acquire(timeout=min(0.2, wait))
        except Timeout:
            log.warning("%s is in use by another incident-map command; waiting for it to finish "
                        "(up to %s s)", folder, f"{wait:g}")
            started = time.monotonic()
            try:
                lock.acquire(timeout=wait)
            except Timeout:
                raise LockError(path, f"still locked by another incident-map command after waiting "
                                      f"{time.monotonic() - started:.0f} s; try again when it has finished "
                                      f"(or wait longer with {LOCK_TIMEOUT_ENV}=SECONDS)") from None
    except LockError:
        raise
    except OSError as exc:
        raise OutputError(path, f"cannot create the lock file ({exc.strerror or exc})") from None
    _held.add(key)
    try:
        yield path
    finally:
        _held.discard(key)
        lock.release()


@contextmanager
def locked_all(*folders: Path | str | None) -> Iterator[None]:
    """Hold the locks of several folders, taken in the order given (every
    caller passes seeds, then layers, then output, so two commands never
    deadlock).  ``None`` and repeated folders are skipped."""
    seen: set[str] = set()
    with ExitStack() as stack:
        for folder in folders:
            if folder is None:
                continue
            key = os.path.realpath(folder)
            if key in seen:
                continue
            seen.add(key)
            stack.enter_context(locked(folder))
        yield


# -- publishing -----------------------------------------------------------------

def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


class Publication:
    """A set of files written during a build and put in place together.

    Parameters
    ----------
    journal_dir
        Where the journal is written: the layers folder, which every command
        that reads a build's output (``build``, ``add``, ``export``) knows.
    roots
        The folders the targets live in (layers, output).  Each gets a hidden
        staging folder, so every final move is a rename within one file system.

    Use as a context manager: leaving the block with an exception, before
    :meth:`commit`, deletes the staged files and publishes nothing.
    """

    def __init__(self, journal_dir: Path | str, roots: tuple[Path | str, ...]):
        self.journal = Path(journal_dir) / JOURNAL_NAME
        self.roots = [Path(r) for r in dict.fromkeys(Path(r) for r in roots)]
        self.staging: dict[Path, Path] = {}
        self.moves: list[tuple[Path, Path]] = []
        self._targets: set[Path] = set()
        self._sweeps: list[tuple[Path, str]] = []
        try:
            for root in self.roots:
                self.staging[root] = folder = Path(tempfile.mkdtemp(dir=root, prefix=STAGING_PREFIX))
                (folder / POINTER_NAME).write_text(os.path.abspath(self.journal), encoding="utf-8")
        except OSError:
            self.discard()
            raise

    def sweep(self, folder: Path | str, suffix: str) -> None:
        """Make the publication own every ``*suffix`` file under ``folder``:
        those it does not write are deleted as part of it (the pages of
        documents no longer in the seeds), so the folder holds exactly the
        old set or the new one.  Hidden files and folders are left alone."""
        self._sweeps.append((Path(folder), suffix))

    def _stale(self) -> list[str]:
        targets = {os.path.abspath(t) for t in self._targets}
        stale = []
        for folder, suffix in self._sweeps:
            if not folder.is_dir():
                continue
            for path in sorted(folder.rglob(f"*{suffix}")):
                if any(part.startswith(".") for part in path.relative_to(folder).parts):
                    continue
                if (path.is_file() or path.is_symlink()) and os.path.abspath(path) not in targets:
                    stale.append(os.path.abspath(path))
        return stale

    def _root_of(self, target: Path) -> Path:
        for root in self.roots:
            try:
                target.relative_to(root)
                return root
            except ValueError:
                continue
        raise ValueError(f"{target} is outside the folders of this publication")

    def write(self, target: Path | str, data: str | bytes) -> None:
        """Stage the next version of ``target``.

        Raises
        ------
        OutputError
            When the target's name cannot exist on this file system (too long)
            or a folder stands where it must go, before anything is published.
        """
        target = Path(target)
        root = self._root_of(target)
        limit = _name_max(root)
        for part in target.relative_to(root).parts:
            if len(os.fsencode(part)) > limit:
                raise OutputError(target, f"file name is longer than the {limit} bytes this file system allows; "
                                          "rename the document it comes from")
        if target.is_dir():
            raise OutputError(target, "a folder is in the way of this file")
        if target in self._targets:
            raise OutputError(target, "two outputs would be written to this path; rename one of their documents")
        staged = self.staging[root] / f"{len(self.moves):08d}.tmp"
        _write_synced(staged, data.encode("utf-8") if isinstance(data, str) else data)
        self.moves.append((staged, target))
        self._targets.add(target)
        crash_point("publish:staged")

    def commit(self) -> list[Path]:
        """Publish every staged file as one step; returns the targets.

        Folders for the targets are made before the journal is written, so
        after the commit point only renames remain, and renames within a
        file system do not fail for lack of space.
        """
        for _, target in self.moves:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OutputError(target.parent, f"cannot create folder ({exc.strerror or exc})") from None
        for folder in self.staging.values():
            _sync_folder(folder)
        crash_point("publish:before-journal")
        # Absolute paths: the next command may run from another folder.
        record = {"version": 1, "moves": [[os.path.abspath(s), os.path.abspath(t)] for s, t in self.moves],
                  "removes": self._stale(), "swept": [os.path.abspath(f) for f, _ in self._sweeps],
                  "staging": [os.path.abspath(f) for f in self.staging.values()]}
        write_atomic(self.journal, json.dumps(record, ensure_ascii=True, indent=0))
        crash_point("publish:journal-written")
        _apply(record)
        self.journal.unlink()
        _sync_folder(self.journal.parent)
        crash_point("publish:done")
        self.staging.clear()
        return [target for _, target in self.moves]

    def discard(self) -> None:
        """Delete what was staged; nothing was published."""
        for folder in self.staging.values():
            shutil.rmtree(folder, ignore_errors=True)
        self.staging.clear()

    def __enter__(self) -> "Publication":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if self.staging and not self.journal.exists():
            self.discard()


def _apply(record: dict) -> None:
    """Make the moves and deletions of a journal; those already made are
    skipped, so a journal can be applied again after a crash half-way
    through."""
    touched: set[Path] = set()
    for staged, target in record["moves"]:
        if os.path.lexists(staged):
            os.replace(staged, target)
            touched.add(Path(target).parent)
            crash_point("publish:moved")
    swept = [Path(f) for f in record.get("swept", ())]
    for stale in record.get("removes", ()):
        try:
            os.unlink(stale)
        except FileNotFoundError:
            continue
        touched.add(Path(stale).parent)
        crash_point("publish:removed")
        _remove_empty_parents(Path(stale).parent, swept)
    for folder in touched:
        _sync_folder(folder)
    for folder in record.get("staging", ()):
        shutil.rmtree(folder, ignore_errors=True)


def _remove_empty_parents(folder: Path, roots: list[Path]) -> None:
    """Delete ``folder`` and its parents while they are empty, up to (not
    including) the swept folder they lie in: a page of ``seeds/2023/x.txt``
    leaves no empty ``sources/2023/`` behind."""
    while any(root in folder.parents for root in roots):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def recover(journal_dir: Path | str, roots: tuple[Path | str, ...] = ()) -> bool:
    """Finish or clean up a publication that a killed process left behind.

    With a journal, its moves are made (roll forward: the build had reached
    its commit point, so the new set is complete in staging).  Without one,
    staging folders and temporary files in ``roots`` are deleted (the build
    never reached its commit point, so the old set is still whole).  Call it
    under the lock of ``journal_dir``.  Returns whether a journal was applied.

    Raises
    ------
    OutputError
        For a journal that cannot be read (edited by hand).
    """
    journal = Path(journal_dir) / JOURNAL_NAME
    applied = False
    if journal.exists():
        _finish(journal)
        applied = True
    for root in {Path(journal_dir), *(Path(r) for r in roots)}:
        if not root.is_dir():
            continue
        for leftover in root.glob(f"{STAGING_PREFIX}*"):
            other = _pointer(leftover)
            if other is not None and other.exists():
                # Staged by a build of another layers folder into this shared
                # output folder, and committed: finish it, never half-delete it.
                _finish(other, wait=False)
            shutil.rmtree(leftover, ignore_errors=True)
        remove_leftovers(root, PUBLISHED_NAMES)
    return applied


def _pointer(staging: Path) -> Path | None:
    try:
        return Path((staging / POINTER_NAME).read_text(encoding="utf-8").strip() or ".")
    except (OSError, ValueError):
        return None


def _finish(journal: Path, *, wait: bool = True) -> None:
    """Apply the journal of an interrupted build and delete it, holding the
    locks of every folder it writes to (its output folder as well as its
    layers folder).  ``wait=False`` for a journal found out of the usual
    lock order (from a shared output folder): busy locks are then an error
    to retry, not a wait that could deadlock."""
    record = _read_journal(journal)
    folders = [Path(f).parent for f in record.get("staging", ())]
    with ExitStack() as stack:
        for folder in dict.fromkeys([journal.parent, *folders]):
            if not folder.is_dir():
                continue
            try:
                stack.enter_context(locked(folder, timeout=None if wait else 0))
            except LockError:
                raise OutputError(journal, "another incident-map command is finishing this interrupted build; "
                                           "try again when it has finished") from None
        if not journal.exists():  # finished meanwhile by the command we waited for
            return
        record = _read_journal(journal)
        log.warning("%s: finishing a build that was interrupted while it published its files", journal.parent)
        _apply(record)
        journal.unlink()
        _sync_folder(journal.parent)


def _read_journal(journal: Path) -> dict:
    """The record of a journal, checked enough to be applied.

    Raises
    ------
    OutputError
        For a journal that cannot be read (edited by hand, or not ours).
    """
    try:
        record = json.loads(journal.read_text(encoding="utf-8"))
        if not all(isinstance(m, list) and len(m) == 2 and all(isinstance(p, str) for p in m)
                   for m in record["moves"]):
            raise ValueError
        for key in ("removes", "swept", "staging"):
            if not all(isinstance(p, str) for p in record.get(key, ())):
                raise ValueError
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise OutputError(journal, "the journal of an interrupted build cannot be read; delete it and "
                                   "run `incident-map build` again") from None
    return record
