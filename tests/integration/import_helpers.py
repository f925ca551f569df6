"""Helpers for the import integration tests: run a whole import, dump the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_crm.interchange.sources import open_source
from desktop_crm.services.importing.model import ImportOptions, ImportReport
from desktop_crm.services.importing.service import ImportPlan, default_mapping, prepare_import
from desktop_crm.services.importing.writer import apply_import
from desktop_crm.storage.models import Base
from desktop_crm.storage.uow import Database

LOG_TABLES = {"import_batch", "import_change"}


def plan_file(db: Database, path: Path) -> ImportPlan:
    source = open_source(path)
    with db.uow() as uow:
        return prepare_import(uow, source, default_mapping(source.sheet()))


def run_import(
    db: Database, path: Path, options: ImportOptions | None = None, **kwargs: Any
) -> ImportReport:
    source = open_source(path)
    with db.uow() as uow:
        plan = prepare_import(uow, source, default_mapping(source.sheet()))
        report = apply_import(uow, plan, options or ImportOptions(), **kwargs)
        uow.commit()
    return report


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
