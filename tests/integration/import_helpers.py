"""Helpers for the import tests: run a whole import through the pipeline, dump the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_crm.domain.changes import OpResult
from desktop_crm.domain.progress import TaskControl
from desktop_crm.services.importing.model import ImportOptions, ImportReport, UndoReport
from desktop_crm.services.importing.pipeline import (
    ImportOutcome,
    ImportRequest,
    check_and_match,
    read_source,
    resolve_mapping,
    undo_batch,
)
from desktop_crm.services.importing.pipeline import (
    run_import as pipeline_import,
)
from desktop_crm.services.importing.service import ImportPlan
from desktop_crm.storage.models import Base
from desktop_crm.storage.uow import Database

LOG_TABLES = {"import_batch", "import_change"}


def plan_file(db: Database, path: Path) -> ImportPlan:
    """The wizard's preview: the file read, mapped from its headers, checked and matched."""
    control = TaskControl()
    source = read_source(control, str(path))
    mapping = resolve_mapping(source, ImportRequest(str(path)))
    return db.read(check_and_match, control, source, mapping)


def import_file(
    db: Database,
    path: Path,
    options: ImportOptions | None = None,
    *,
    group: str | None = None,
    plan: ImportPlan | None = None,
    control: TaskControl | None = None,
) -> OpResult[ImportOutcome]:
    """The whole pipeline in one committed unit of work, with its change notice."""
    request = ImportRequest(str(path), options=options or ImportOptions(), group=group)
    return db.run(pipeline_import, control or TaskControl(), request, plan)


def run_import(
    db: Database,
    path: Path,
    options: ImportOptions | None = None,
    *,
    group: str | None = None,
    plan: ImportPlan | None = None,
) -> ImportReport:
    return import_file(db, path, options, group=group, plan=plan).value.report


def undo(db: Database, batch_id: int | None) -> UndoReport:
    return db.run(undo_batch, TaskControl(), batch_id or 0).value


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (but the import log), in primary-key order."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in LOG_TABLES:
                continue
            order = list(table.primary_key.columns) or list(table.columns)
            out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*order))]
    return out


def timeless(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """A dump with its timestamps blanked: two imports made a moment apart compare equal."""
    return {
        name: [tuple(None if isinstance(v, dt.date) else v for v in row) for row in table]
        for name, table in rows.items()
    }


class CancelAtTheWrite(TaskControl):
    """Cancels at the second progress report of an import: the first comes from the checks,
    the second from the insert (while a big import's indexes are dropped)."""

    reports = 0

    def report(self, done: int, total: int, message: str = "") -> None:
        super().report(done, total, message)
        self.reports += 1
        if self.reports == 2:
            self.cancel()
