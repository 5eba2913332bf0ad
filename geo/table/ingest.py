"""Ingest: add an incident table to a project's store.

The stages run in an order that keeps every promise of ``incident-map add``:
the table is read and every row checked in memory first, so a file-level
problem or ``--strict`` stops before anything is written; then the store is
replaced atomically, then the rejects file is written beside the input.
``dry_run`` stops after the checks and writes nothing.
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
from geo.errors import StrictError
from geo.places.gazetteer import Gazetteer, load_default
from geo.table.rows import Context, Problem, check_row
from geo.storage import write_atomic
from geo.table.tables import Table, read_table

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rejection:
    """A row that was not added, with the line it starts on and why."""

    line: int
    cells: tuple[str, ...]
    problems: tuple[Problem, ...]

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
        return [f"{self.path}:{r.line}: {p}" for r in self.rejected for p in r.problems]


def rejects_path(path: Path) -> Path:
    """``log.csv`` → ``log.rejects.csv``, beside the input."""
    return path.with_name(f"{path.stem}.rejects.csv")


def add_table(path: Path | str, seeds: Path | str = "seeds", *, columns: Mapping[str, str] | None = None,
              dry_run: bool = False, strict: bool = False, gazetteer: Gazetteer | None = None,
              borders: Borders | None = None) -> AddResult:
    """Check every row of a table and merge the valid ones into the store.

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
        rejects file is still written, to fix the rows).
    StoreError
        When the existing store cannot be read.
    """
    path, seeds = Path(path), Path(seeds)
    table = read_table(path, columns=columns)
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
            result.rejected.append(Rejection(record.line, record.cells, tuple(checked)))
            continue
        earlier = seen.get(checked.id)
        if earlier is not None:
            if earlier[1] != checked.content():
                result.rejected.append(Rejection(record.line, record.cells, (Problem(
                    table.header_of("id"), f"'{checked.id}' is also on line {earlier[0]} with other values"),)))
            else:
                result.unchanged.append(checked.id)
            continue
        seen[checked.id] = (record.line, checked.content())
        previous = current.get(checked.id)
        if previous is not None and previous.imported_from.rsplit(":", 1)[0] != path.name \
                and previous.content() != checked.content():
            result.warnings.append(f"{path}:{record.line}: {table.header_of('id')}: '{checked.id}' was added "
                                   f"from {previous.imported_from}; this row replaces it")
        merged, change = store_mod.upsert(merged, checked)
        getattr(result, change.outcome).append(change.id)
    result.warnings[:0] = ctx.warnings

    if strict and result.rejected:
        _write_rejects(table, result)
        raise StrictError(path, f"{len(result.rejected)} bad row(s) and --strict: nothing was added; "
                                f"the bad rows are in {result.rejects_file}")
    if dry_run:
        return result
    if result.added or result.updated:
        store_mod.save(target, merged)
    if result.rejected:
        _write_rejects(table, result)
    else:
        _remove_stale(rejects_path(path))
    return result


def _write_rejects(table: Table, result: AddResult) -> None:
    """The rejected rows, unchanged, plus a ``reason`` column, in the input's
    own encoding, delimiter and line ending, so it opens like the original."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=table.delimiter, lineterminator=table.newline)
    width = len(table.header)
    writer.writerow([*table.header, "reason"])
    for rejection in result.rejected:
        cells = list(rejection.cells) + [""] * (width - len(rejection.cells))
        writer.writerow([*cells, rejection.reason])
    encoding = "utf-8-sig" if table.encoding == "utf-8-sig" else table.encoding
    try:
        payload = buffer.getvalue().encode(encoding)
    except UnicodeEncodeError:
        payload = buffer.getvalue().encode("utf-8")
    target = rejects_path(table.path)
    write_atomic(target, payload)
    result.rejects_file = target


def _remove_stale(path: Path) -> None:
    """A rejects file from an earlier run would describe rows that are now
    fixed; remove it once the whole table has gone in."""
    try:
        os.unlink(path)
        log.info("removed %s: every row is in now", path)
    except FileNotFoundError:
        pass
