"""A big import into a small contact table builds the contact indexes once at the end: the
schema and the indexes' contents come out as a row-by-row insert leaves them, and a
cancelled import leaves the indexes as they were (SQLite)."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import MetaData, Table, text

from desktop_crm.domain.progress import TaskControl
from desktop_crm.services.importing.service import ImportCancelled
from desktop_crm.storage import bulk
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import CancelAtTheWrite, import_file, run_import


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database = Database(sqlite_url)
    _ = database.user_id
    yield database
    database.dispose()


def _indexes(db: Database, table: str = "contact") -> list[tuple[str, str]]:
    with db.uow() as uow:
        rows = uow.session.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = :table ORDER BY name"
            ),
            {"table": table},
        )
        return [(r[0], r[1]) for r in rows]


def _read_intact(db: Database, sql: str) -> list[object]:
    """The first column of ``sql``'s rows, once SQLite has found the file intact (every
    index holding exactly its table's rows)."""
    with db.uow() as uow:
        session = uow.session
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        return list(session.scalars(text(sql)).all())


def _file(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "salon.csv"
    lines = ["Nom;Prénom;Société;E-mail;Mobile;Code postal;Ville"]
    lines += [
        f"Nom{i};Zoé;Société {i % 3};zoe{i}@orange.fr;06 12 34 56 {i % 100:02d};69002;Lyon"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_deferred_indexes_come_back_the_same_and_hold_the_new_rows(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 5)  # this small file counts as big
    before = _indexes(sqlite_db)
    assert len(before) >= 10
    report = run_import(sqlite_db, _file(tmp_path, 40))
    assert report.created == 40
    assert _indexes(sqlite_db) == before
    found = _read_intact(
        sqlite_db,
        "SELECT last_name FROM contact INDEXED BY ix_contact_email_key "
        "WHERE email_key = 'zoe17@orange.fr'",
    )
    assert found == ["Nom17"]


def test_partial_indexes_stay_through_a_big_import_and_take_its_rows_that_belong(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The partial indexes (contacts with a referrer, with a contract end date) are not
    dropped and built again around a big insert: the rows that have a contract end date go
    into it as they are inserted, the others stay out."""
    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 5)
    partial = {name: sql for name, sql in _indexes(sqlite_db) if " WHERE " in sql.upper()}
    assert set(partial) == {"ix_contact_contract_end", "ix_contact_referred_by_id"}
    with sqlite_db.uow() as uow:
        deferred = bulk.deferred_indexes(uow.session, cast(Table, Contact.__table__), 40)
    assert deferred.indexes and not set(partial) & {name for name, _sql in deferred.indexes}
    path = tmp_path / "contrats.csv"
    lines = ["Nom;E-mail;Fin de contrat"]
    lines += [
        f"Nom{i};n{i}@orange.fr;" + (f"{1 + i % 28:02d}/03/2027" if i % 4 == 0 else "")
        for i in range(40)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run_import(sqlite_db, path).created == 40
    after = dict(_indexes(sqlite_db))
    assert {name: after[name] for name in partial} == partial
    names = _read_intact(
        sqlite_db,
        "SELECT last_name FROM contact INDEXED BY ix_contact_contract_end "
        "WHERE contract_end >= '2027-03-01'",
    )
    assert sorted(names) == sorted(f"Nom{i}" for i in range(0, 40, 4))
    with sqlite_db.uow() as uow:
        plan = uow.session.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT id FROM contact "
                "WHERE contract_end BETWEEN '2027-03-01' AND '2027-03-31'"
            )
        ).all()
    assert any("ix_contact_contract_end" in str(row[-1]) for row in plan)


def test_a_referrers_referees_and_its_deletion_still_use_the_partial_index(
    sqlite_db: Database,
) -> None:
    """``referred_by_id = ?`` (a referrer's referees, and the ON DELETE SET NULL that
    deleting a referrer runs) implies ``referred_by_id IS NOT NULL``: SQLite takes the
    partial index for both, rather than reading every contact."""
    with sqlite_db.uow() as uow:
        connection = uow.session.connection()
        connection.exec_driver_sql("PRAGMA foreign_keys = ON")
        plans = [
            " ".join(
                str(row[-1]) for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
            )
            for sql in (
                "SELECT id FROM contact WHERE referred_by_id = 5",
                "DELETE FROM contact WHERE id = 5",
            )
        ]
    assert all("USING COVERING INDEX ix_contact_referred_by_id" in plan for plan in plans)


def test_a_cancelled_import_leaves_the_indexes_in_place(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 5)
    before = _indexes(sqlite_db)

    with pytest.raises(ImportCancelled):
        import_file(sqlite_db, _file(tmp_path, 40), control=CancelAtTheWrite())
    assert _indexes(sqlite_db) == before
    with sqlite_db.uow() as uow:
        assert uow.session.execute(text("SELECT count(*) FROM contact")).scalar() == 0
        assert uow.session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_a_cancel_while_the_indexes_are_rebuilt_stops_there_and_keeps_them(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 5)
    before = _indexes(sqlite_db)

    class CancelWhileIndexing(TaskControl):
        """After the insert's progress report (the second), the writer asks once whether to
        stop (end of the insert loop), then after each index rebuilt: say yes there."""

        reports = 0
        asked = 0

        def report(self, done: int, total: int, message: str = "") -> None:
            super().report(done, total, message)
            self.reports += 1

        @property
        def cancelled(self) -> bool:
            if self.reports >= 2:
                self.asked += 1
                return self.asked >= 2
            return False

    control = CancelWhileIndexing()
    with pytest.raises(ImportCancelled):
        import_file(sqlite_db, _file(tmp_path, 40), control=control)
    assert control.asked == 2  # stopped after the first index, not at the end
    assert _indexes(sqlite_db) == before
    with sqlite_db.uow() as uow:
        assert uow.session.execute(text("SELECT count(*) FROM contact")).scalar() == 0
        assert uow.session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_the_import_gives_the_connection_its_page_cache_back(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """The write raises SQLite's page cache to 256 MB; the pooled connection the app keeps
    for the rest of the session gets its own size back (SQLite then frees the extra pages)."""
    from desktop_crm.services.importing.pipeline import ImportRequest, undo_batch
    from desktop_crm.services.importing.pipeline import run_import as pipeline_import

    with sqlite_db.uow() as uow:
        size = uow.session.execute(text("PRAGMA cache_size")).scalar()
        assert size != -262144
        outcome = pipeline_import(uow, TaskControl(), ImportRequest(str(_file(tmp_path, 30))))
        assert outcome.report.created == 30
        assert uow.session.execute(text("PRAGMA cache_size")).scalar() == size
        uow.commit()
    with sqlite_db.uow() as uow:  # its undo likewise
        size = uow.session.execute(text("PRAGMA cache_size")).scalar()
        undone = undo_batch(uow, TaskControl(), outcome.report.batch_id or 0)
        assert undone.deleted == 30
        assert uow.session.execute(text("PRAGMA cache_size")).scalar() == size
        uow.commit()


def test_the_progress_moves_while_the_indexes_are_built(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ~1 s of index building after a big insert (100,000 rows) moves the progress bar
    one step per index, up to its end; before, the bar stood still at the insert's end."""
    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 5)
    deferred = len(
        [name for name, sql in _indexes(sqlite_db) if not {"UNIQUE", "WHERE"} & set(sql.split())]
    )
    assert deferred >= 10

    class Recording(TaskControl):
        def __init__(self) -> None:
            super().__init__()
            self.reports: list[tuple[int, int]] = []

        def report(self, done: int, total: int, message: str = "") -> None:
            super().report(done, total, message)
            self.reports.append((done, total))

    control = Recording()
    outcome = import_file(sqlite_db, _file(tmp_path, 40), control=control).value
    assert outcome.report.created == 40
    writing = [r for r in control.reports if r[1] > 40]  # the writer's, builds counted in
    assert len(writing) == 1 + deferred  # the insert's chunk, then one per index built
    total = writing[0][1]
    assert all(t == total for _done, t in writing)
    done = [d for d, _t in writing]
    assert done == sorted(done) and len(set(done)) == len(done)  # forward at every build
    assert done[0] == 40 and done[-1] == total


def test_many_new_companies_get_their_indexes_back(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 5)  # 8 new companies count as many
    before = _indexes(sqlite_db, "company")
    assert len(before) >= 3
    path = tmp_path / "societes.csv"
    lines = ["Nom;Société;E-mail"] + [f"Nom{i};Société {i % 8};n{i}@free.fr" for i in range(24)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run_import(sqlite_db, path).created == 24
    assert _indexes(sqlite_db, "company") == before
    with sqlite_db.uow() as uow:
        session = uow.session
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        linked = session.execute(
            text(
                "SELECT count(*) FROM contact JOIN company INDEXED BY ix_company_name_key "
                "ON company.name_key = 'societe 5' AND contact.company_id = company.id"
            )
        ).scalar()
        assert linked == 3


def test_the_indexes_build_beside_the_freeing_and_its_error_reaches_the_caller(
    sqlite_db: Database,
) -> None:
    """``meanwhile`` runs on the caller's thread while the builds run on another; a build
    that fails stops there, its error is raised to the caller once ``meanwhile`` is done,
    and the caller's rollback gives the indexes back."""
    before = _indexes(sqlite_db)
    threads: list[str] = []
    with sqlite_db.uow() as uow:
        table = cast(Table, Contact.__table__)
        indexes = tuple(
            (name, sql) for name, sql in before if not sql.upper().startswith("CREATE UNIQUE")
        )
        uow.session.execute(text("CREATE INDEX ix_broken ON contact (city)"))
        broken = (*indexes[:1], ("ix_broken", "CREATE INDEX ix_broken ON no_such_table (x)"))
        built: list[int] = []

        def meanwhile() -> None:
            threads.append(threading.current_thread().name)

        with (
            pytest.raises(Exception, match="no_such_table"),
            bulk.indexes_deferred(
                uow.session,
                bulk.DeferredIndexes(table, broken, 1),
                built.append,
                meanwhile=meanwhile,
            ),
        ):
            pass
        assert built == [1]  # the first index built, then the broken one stopped it
        assert threads == ["MainThread"]
        uow.rollback()
    assert _indexes(sqlite_db) == before


def test_a_read_file_lets_go_of_its_rows_while_the_wizards_plan_is_kept(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.services.importing import writer
    from tests.integration.import_helpers import plan_file

    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 5)
    released: list[int] = []
    apply = writer.apply_import

    def spying(*args: object, **kwargs: object) -> object:
        release = kwargs.get("release")
        if release is not None:

            def counted() -> None:
                released.append(1)
                release()  # type: ignore[operator]

            kwargs["release"] = counted
        return apply(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("desktop_crm.services.importing.pipeline.apply_import", spying)
    report = run_import(sqlite_db, _file(tmp_path, 40))
    assert released == [1] and report.created == 40
    assert [row.line for row in report.rows] == list(range(2, 42))  # in file order
    assert report.rows[0].label == "Zoé Nom0"
    path = tmp_path / "second.csv"
    path.write_text(
        _file(tmp_path, 40).read_text().replace("zoe", "luc").replace("\nNom", "\nAutre"),
        encoding="utf-8",
    )
    plan = plan_file(sqlite_db, path)
    assert import_file(sqlite_db, path, plan=plan).value.report.created == 40
    assert released == [1] and len(plan.rows) == 40  # the wizard's plan is the wizard's


def test_a_ctrl_c_while_the_indexes_build_waits_for_the_build_then_stops(
    sqlite_db: Database,
) -> None:
    """A Ctrl-C (a real SIGINT) while waiting for the build on the other thread stops it
    (SQLite's interrupt, no further index started) and is raised only once the thread has
    ended: the caller's rollback then has the connection to itself and gives the indexes
    back."""
    before = _indexes(sqlite_db)
    table = cast(Table, Contact.__table__)
    indexes = tuple((name, sql) for name, sql in before if "UNIQUE" not in sql.upper())
    built: list[int] = []

    def slow(count: int) -> None:
        built.append(count)
        if count == 1:  # (the caller is waiting by now: its ``meanwhile`` does nothing)
            timer.start()
        time.sleep(0.15)

    timer = threading.Timer(0.05, os.kill, (os.getpid(), signal.SIGINT))
    with sqlite_db.uow() as uow:
        with (
            pytest.raises(KeyboardInterrupt),
            bulk.indexes_deferred(
                uow.session, bulk.DeferredIndexes(table, indexes, 1), slow, lambda: None
            ),
        ):
            pass
        assert not [t for t in threading.enumerate() if t.name == "index-builds" and t.is_alive()]
        assert 0 < len(built) < len(indexes)  # (stopped there, not built to the end)
        uow.rollback()
    assert _indexes(sqlite_db) == before


def test_an_in_memory_database_builds_on_its_own_thread() -> None:
    """An in-memory SQLite connection belongs to the thread that opened it: the indexes are
    built there, then ``meanwhile`` runs (a file database builds on another thread)."""
    from sqlalchemy.orm import Session

    from desktop_crm.storage.engine import make_engine

    engine = make_engine("sqlite://")
    with engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)")
        connection.exec_driver_sql("CREATE INDEX ix_t_x ON t (x)")
        session = Session(bind=connection)
        table = Table("t", MetaData(), autoload_with=connection)
        ran: list[str] = []
        deferred = bulk.DeferredIndexes(table, (("ix_t_x", "CREATE INDEX ix_t_x ON t (x)"),), 1)
        with bulk.indexes_deferred(session, deferred, meanwhile=lambda: ran.append("done")):
            connection.exec_driver_sql("INSERT INTO t (x) VALUES ('a'), ('b')")
        assert ran == ["done"]
        names = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'"
        ).all()
        assert [n[0] for n in names] == ["ix_t_x"]
    engine.dispose()
