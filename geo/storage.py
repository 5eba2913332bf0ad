"""Safe writes: every file the mapper produces appears whole or not at all.

A build computes everything in memory, checks that each target folder can
be written, and only then replaces files one by one through a temporary
file and ``os.replace``.  A crash or Ctrl-C leaves the previous version of
each file in place.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from geo.errors import OutputError


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
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(folder, f"folder is not writable ({exc.strerror or exc})") from None


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


class Staging:
    """Files produced during a long run, moved into place only when it succeeds.

    A build writes one rendered page per source document.  Keeping them all
    in memory until the end would make memory grow with the corpus; writing
    them straight into place would leave a half-updated folder when a later
    document turns out to be bad.  Staging writes each page at once into a
    hidden folder beside its target and renames them all at the end
    (``commit``), or deletes them (``discard``, also on any exception).
    """

    def __init__(self, root: Path):
        self.root = Path(root)
        self.folder = Path(tempfile.mkdtemp(dir=self.root, prefix=".staging-"))
        self.files: list[tuple[Path, Path]] = []

    def write(self, target: Path, data: str | bytes) -> None:
        staged = self.folder / f"{len(self.files):08d}.tmp"
        staged.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.files.append((staged, Path(target)))

    def commit(self) -> list[Path]:
        for staged, target in self.files:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(staged, 0o644)
            os.replace(staged, target)
        shutil.rmtree(self.folder, ignore_errors=True)
        return [target for _, target in self.files]

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is not None:
            self.discard()
