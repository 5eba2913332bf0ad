"""Ingest: add an incident table to a project's store.

The stages run in an order that keeps every promise of ``incident-map add``:
the table is read and every row checked in memory first, so a file-level
problem or ``--strict`` stops before anything is written; then the rejects
file is written beside the input, then the store is replaced atomically
under the seeds folder's lock.  ``dry_run`` stops after the checks and
writes nothing.
"""

from __future__ import annotations

import csv
import io
import logging
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Mapping

from geo.table import store as store_mod
from geo.places.borders import Borders, load_borders
from geo.errors import OutputError, StrictError, printable, shown
from geo.places.gazetteer import Gazetteer, load_default
from geo.table.rows import Context, Problem, check_row
from geo.storage import check_writable, crash_point, is_writable, locked, remove_leftovers, write_atomic
from geo.table.tables import Table, encode, read_table

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rejection:
    """A row that was not added, with the line it starts on and why."""

    line: int
    cells: tuple[str, ...]
    problems: tuple[Problem, ...]
    end: int = 0  # the last physical line of the row

    @property
    def reason(self) -> str:
        return "; ".join(str(p) for p in self.problems)


@dataclass
class AddResult:
    """What an ``add`` did (or, with ``dry_run``, would do)."""

    path: Path
    store: Path
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored_columns: tuple[str, ...] = ()
    rejects_file: Path | None = None
    dry_run: bool = False

    @property
    def summary(self) -> str:
        return (f"added {len(self.added)}, updated {len(self.updated)}, unchanged {len(self.unchanged)}, "
                f"rejected {len(self.rejected)}")

    def messages(self) -> list[str]:
        """One ``FILE:LINE: column: reason`` line per problem."""
        return [printable(f"{self.path}:{r.line}: {p}") for r in self.rejected for p in r.problems]


def rejects_path(path: Path) -> Path:
    """``log.csv`` → ``log.rejects.csv``, beside the input, or in the current
    folder when the input is not a regular file in a folder we may write
    (``add <(cat log.csv)`` reads ``/dev/fd/63``)."""
    name = f"{path.stem}.rejects.csv"
    if path.is_file() and not path.is_symlink() and is_writable(path.parent):
        return path.with_name(name)
    real = path.resolve()  # /dev/stdin redirected from a file is that file
    if real.is_file() and is_writable(real.parent) and real.parent.parts[1:2] not in (("dev",), ("proc",)):
        return real.with_name(f"{real.stem}.rejects.csv")
    return Path(name)


def add_table(path: Path | str, seeds: Path | str = "seeds", *, columns: Mapping[str, str] | None = None,
              dry_run: bool = False, strict: bool = False, gazetteer: Gazetteer | None = None,
              borders: Borders | None = None) -> AddResult:
    """Check every row of a table and merge the valid ones into the store.

    The store is read, merged and replaced under the seeds folder's lock, so
    two adds at once take turns and neither loses the other's rows.  A dry
    run takes no lock and writes nothing at all.

    Parameters
    ----------
    columns
        ``{our field: the file's header}``, from ``--columns``.
    gazetteer, borders
        Collaborators; by default the project's gazetteer (loaded only if a
        row needs geocoding) and the shipped country shapes.

    Raises
    ------
    TableError
        For file-level problems; nothing is written.
    StrictError
        With ``strict`` and any bad row; the store is not touched (the
        rejects file is still written, to fix the rows, unless ``dry_run``).
    StoreError
        When the existing store cannot be read.
    LockError
        When another command holds the store for longer than the lock wait.
    """
    path, seeds = Path(path), Path(seeds)
    table = read_table(path, columns=columns)
    if dry_run:
        return _add(table, seeds, dry_run=True, strict=strict, gazetteer=gazetteer, borders=borders)
    check_writable(seeds)
    with locked(seeds):
        remove_leftovers(seeds, (store_mod.STORE_NAME,))
        return _add(table, seeds, dry_run=False, strict=strict, gazetteer=gazetteer, borders=borders)


def _add(table: Table, seeds: Path, *, dry_run: bool, strict: bool, gazetteer: Gazetteer | None,
         borders: Borders | None) -> AddResult:
    path = table.path
    target = store_mod.store_path(seeds)
    result = AddResult(path, target, ignored_columns=table.ignored, dry_run=dry_run)
    current = store_mod.load(target)
    # Both load on first use only (functools.cache), so a table whose rows
    # all have coordinates and no country never pays for them.
    ctx = Context(table, cache(lambda: borders or load_borders()),
                  cache(lambda: gazetteer or load_default(sorted(seeds.glob("*.gazetteer.csv")))), path.name)

    seen: dict[str, tuple[int, dict]] = {}
    merged = dict(current)
    for record in table.records:
        checked = check_row(record, ctx)
        if isinstance(checked, list):
            result.rejected.append(Rejection(record.line, record.cells, tuple(checked), record.end))
            continue
        earlier = seen.get(checked.id)
        if earlier is not None:
            if earlier[1] != checked.content():
                result.rejected.append(Rejection(record.line, record.cells, (Problem(
                    table.header_of("id"), f"{shown(checked.id)} is also on line {earlier[0]} with other values"),),
                    record.end))
            else:
                result.unchanged.append(checked.id)
            continue
        seen[checked.id] = (record.line, checked.content())
        previous = current.get(checked.id)
        if previous is not None and previous.imported_from.rsplit(":", 1)[0] != path.name \
                and previous.content() != checked.content():
            result.warnings.append(f"{path}:{record.line}: {table.header_of('id')}: {shown(checked.id)} was added "
                                   f"from {previous.imported_from}; this row replaces it")
        merged, change = store_mod.upsert(merged, checked)
        getattr(result, change.outcome).append(change.id)
    result.warnings[:0] = [*table.warnings, *ctx.warnings]

    if strict and result.rejected:
        if not dry_run:
            _write_rejects(table, result)
        where = f"; the bad rows are in {result.rejects_file}" if result.rejects_file else ""
        error = StrictError(path, f"{len(result.rejected)} bad row(s) and --strict: nothing was added{where}")
        error.result = result  # the CLI lists each reason
        raise error
    if dry_run:
        return result
    # The rejects file first: if it cannot be written, nothing is stored and
    # the user sees one error, rather than rows stored and exit code 1.
    if result.rejected:
        _write_rejects(table, result)
    crash_point("add:before-store")
    if result.added or result.updated:
        store_mod.save(target, merged)
    crash_point("add:stored")
    if not result.rejected:
        _remove_stale(rejects_path(path))
    return result


def _write_rejects(table: Table, result: AddResult) -> None:
    """The rejected rows exactly as they are in the input (same bytes, same
    encoding, delimiter and line endings, multi-line cells included), each
    with a ``reason`` cell added at its end, below the input's own header."""
    reason_header = "reason"
    parts = [_with_cell(table, table.original(*table.header_lines), reason_header)]
    for rejection in result.rejected:
        last = rejection.end or rejection.line
        parts.append(_with_cell(table, table.original(rejection.line, last), rejection.reason))
    text = "".join(parts)
    try:
        payload = encode(text, table.encoding)
    except UnicodeEncodeError:  # a reason quoting a character the legacy encoding lacks
        payload = encode(text, table.encoding.replace("cp1252", "utf-8").replace("latin-1", "utf-8"))
    target = rejects_path(table.path)
    try:
        write_atomic(target, payload)
    except OSError as exc:
        raise OutputError(target, f"cannot write the rejects file ({exc.strerror or exc}); nothing was added") from None
    result.rejects_file = target


def _with_cell(table: Table, original: str, value: str) -> str:
    """``original`` (one record's lines) with one more cell at its end."""
    body = original.rstrip("\r\n")
    ending = original[len(body):] or table.newline
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=table.delimiter, lineterminator="").writerow([value])
    return f"{body}{table.delimiter}{buffer.getvalue()}{ending}"


def _remove_stale(path: Path) -> None:
    """A rejects file from an earlier run would describe rows that are now
    fixed; remove it once the whole table has gone in."""
    try:
        os.unlink(path)
        log.info("removed %s: every row is in now", path)
    except FileNotFoundError:
        pass
