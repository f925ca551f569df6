"""Properties: random files never crash the import; import + undo leaves no trace; a killed
import leaves no partial batch."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop_crm.domain.errors import DomainError
from desktop_crm.interchange.sources import open_source
from desktop_crm.services.importing.model import ImportOptions, RowAction
from desktop_crm.services.importing.service import default_mapping, prepare_import
from desktop_crm.services.importing.writer import apply_import, undo_import
from desktop_crm.storage.models import Contact, ImportBatch
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import dump
from tests.unit.interchange import corpus

ROOT = Path(__file__).resolve().parents[2]
cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "06.32.65.98.45",
            "0612",
            "jean@orange.frr",
            "x@y",
            "6900",
            "=1+1",
            '"',
            ";",
            "\n",
            "Société Générale",
            "46349",
            "",
        ]
    ),
)
table = st.lists(st.lists(cells, min_size=1, max_size=6), min_size=1, max_size=8)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx", ".vcf"]))
def test_random_bytes_are_read_or_refused_cleanly(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        try:
            source = open_source(path)
        except DomainError:
            return
        assert source.sheets


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=table, header=st.sampled_from([corpus.FR_HEADER, corpus.OUTLOOK_EN_HEADER]))
def test_random_tables_import_then_undo_leave_no_trace(
    sqlite_db: Database, rows: list[list[str]], header: list[str]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = corpus.write_text(Path(folder) / "r.csv", header, rows, encoding="utf-8")
        before = dump(sqlite_db)
        try:
            source = open_source(path)
        except DomainError:
            return
        with sqlite_db.uow() as uow:
            try:
                plan = prepare_import(uow, source, default_mapping(source.sheet()))
            except DomainError:
                return
            report = apply_import(uow, plan, ImportOptions(on_duplicate=RowAction.UPDATE))
            uow.commit()
        assert report.created + report.updated + report.skipped == len(report.rows)
        with sqlite_db.uow() as uow:
            undo_import(uow, report.batch_id or 0)
            uow.commit()
        assert dump(sqlite_db) == before


KILLER = textwrap.dedent("""
    import os, sys
    from desktop_crm.interchange.sources import open_source
    from desktop_crm.services.importing.model import ImportOptions
    from desktop_crm.services.importing.writer import apply_import
    from desktop_crm.services.importing.service import default_mapping, prepare_import
    from desktop_crm.storage.uow import Database

    db = Database(sys.argv[1])
    source = open_source(sys.argv[2])
    def progress(done, total):
        if done >= 2000:
            os._exit(9)  # as if the machine lost power mid-import
    with db.uow() as uow:
        plan = prepare_import(uow, source, default_mapping(source.sheet()))
        apply_import(uow, plan, ImportOptions(), progress=progress)
        uow.commit()
""")


def test_a_killed_import_leaves_no_partial_batch(sqlite_db: Database, tmp_path: Path) -> None:
    rows = [
        [f"Nom{i}", f"Prénom{i}", "ACME", f"p{i}@acme.fr", "", "", "", "", "", ""]
        for i in range(5000)
    ]
    path = corpus.write_text(tmp_path / "big.csv", corpus.FR_HEADER, rows)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", KILLER, sqlite_db.url, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 9, done.stderr
    with sqlite_db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ImportBatch)) == 0
        assert uow.session.scalar(select(func.count()).select_from(Contact)) == 0
