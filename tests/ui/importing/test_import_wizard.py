"""The import wizard driven like a user: trade-show file, problems flagged, import, undo."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.importing.models import (
    CheckedRowsModel,
    MappingModel,
    PreviewModel,
    ReportModel,
)
from desktop_crm.ui.importing.wizard import ImportWizard
from tests.integration.import_helpers import dump, timeless
from tests.ui.conftest import settle
from tests.unit.interchange import corpus


def _count(db: Database) -> int:
    with db.uow(write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Contact)) or 0)


def _test_model(model: object) -> QAbstractItemModelTester:
    """Checked now and, while the tester is kept, on every change the wizard makes."""
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_trade_show_import_then_undo(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    from desktop_crm.services.contacts.records import create_contact

    with context.db.uow() as uow:
        create_contact(uow, {"last_name": "Bernard", "email": "marc@bernard.fr"})
        uow.commit()
    path = corpus.trade_show_xlsx(tmp_path / "salon.xlsx")
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()  # the file is read on the database thread, then the page moves on
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.sheet_page)
    assert wizard.currentPage() is wizard.sheet_page
    preview = wizard.sheet_page.table.model()
    assert isinstance(preview, PreviewModel)
    preview_tester = _test_model(preview)
    wizard.sheet_page.header_row.setValue(2)  # the bold row moves: the model says so
    wizard.sheet_page.header_row.setValue(3)
    del preview_tester
    assert wizard.sheet_page.header_row.value() == 3  # title line skipped

    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    mapping = wizard.mapping_page.model
    assert isinstance(mapping, MappingModel)
    mapping_tester = _test_model(mapping)
    assert mapping.target(0, 0) == "last_name" and mapping.target(3, 0) == "email"
    wizard.mapping_page.group.setText("Salon Lyon 2026")

    wizard.next()
    assert wizard.currentPage() is wizard.checks_page
    qtbot.waitUntil(lambda: wizard.plan is not None)  # checked on the database thread
    settle(qtbot, context)
    rows = wizard.checks_page.model
    assert isinstance(rows, CheckedRowsModel)
    rows_tester = _test_model(rows)
    shown = {rows.data(rows.index(r, 5)) for r in range(rows.rowCount())}
    assert any("gmail.com" in text for text in shown)
    assert any("too short" in text for text in shown)
    assert set(wizard.checks_page.policies) == {"email_typo", "phone_too_short"}
    assert wizard.checks_page.policies["email_typo"].currentText() == "Import and flag for review"
    assert any("same e-mail" in str(rows.data(rows.index(r, 6))) for r in range(rows.rowCount()))
    page = wizard.checks_page
    page.on_duplicate.setCurrentIndex(page.on_duplicate.findData("update"))

    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    assert "create: 2" in wizard.summary_page.text.text()
    assert "update: 1" in wizard.summary_page.text.text()
    assert _count(context.db) == 1  # nothing written before the import step

    with qtbot.waitSignal(context.ops.changed, timeout=20000) as announced:
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=20000)
    assert wizard.report is not None
    assert (wizard.report.created, wizard.report.updated) == (2, 1)
    # The contact list hears of the import: the new contacts by id, the updated one too.
    created = {r.contact_id for r in wizard.report.rows if r.action == "created"}
    updated = {r.contact_id for r in wizard.report.rows if r.action == "updated"}
    changes = announced.args[0]
    assert len(created) == 2 and changes.ids("contact", "created") == created
    assert changes.ids("contact", "updated") == updated
    report_model = wizard.report_page.table.model()
    assert isinstance(report_model, ReportModel)
    report_tester = _test_model(report_model)
    assert report_model.rowCount() == len(wizard.report.rows)
    assert (
        wizard.button(QWizard.WizardButton.BackButton).isHidden()
        or not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    )
    assert _count(context.db) == 3

    with (
        qtbot.waitSignal(context.ops.changed, timeout=20000) as undone,
        qtbot.waitSignal(wizard.import_undone, timeout=20000),
    ):
        wizard.undo(wizard.report.batch_id or 0)
    assert undone.args[0].ids("contact", "deleted") == created
    assert _count(context.db) == 1
    assert "undone" in wizard.report_page.summary.text()
    del mapping_tester, rows_tester, report_tester


def test_accept_all_suggestions_in_checks(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = corpus.write_text(tmp_path / "a.csv", corpus.FR_HEADER, corpus.FR_ROWS)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.sheet_page)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None)
    settle(qtbot, context)
    plan = wizard.plan
    assert plan is not None
    assert plan.problem_counts()["email_typo"] == 2
    tester = _test_model(wizard.checks_page.model)
    wizard.checks_page._on_accept_all_clicked()
    del tester
    assert "email_typo" not in plan.problem_counts()
    assert plan.rows[0].values["email"] == "andre.lefevre@orange.fr"


def test_wizard_and_command_line_write_the_same_contacts(
    qtbot: QtBot,
    context: AppContext,
    sqlite_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Both run the one import pipeline: same file and choices, same database content."""
    from desktop_crm.cli import main
    from desktop_crm.services.contacts.records import create_contact
    from desktop_crm.storage.location import resolve_database

    shutil.copyfile(sqlite_template, tmp_path / "cli.sqlite")
    cli_db = Database(resolve_database(str(tmp_path / "cli.sqlite")))
    for db in (context.db, cli_db):
        _ = db.user_id
        with db.uow() as uow:
            create_contact(uow, {"last_name": "Bernard", "email": "marc@bernard.fr"})
            uow.commit()
    path = corpus.trade_show_xlsx(tmp_path / "salon.xlsx")

    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.sheet_page)
    wizard.next()
    wizard.mapping_page.group.setText("Salon Lyon 2026")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None)
    settle(qtbot, context)
    page = wizard.checks_page
    page.on_duplicate.setCurrentIndex(page.on_duplicate.findData("update"))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=20000)
    settle(qtbot, context)

    args = ["import", str(path), "--db", cli_db.url, "--on-duplicate", "update"]
    assert main([*args, "--group", "Salon Lyon 2026", "--json"]) == 0
    capsys.readouterr()
    assert wizard.report is not None and wizard.report.created == 2
    assert timeless(dump(context.db)) == timeless(dump(cli_db))
    cli_db.dispose()


def test_cancelling_the_import_writes_nothing(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = corpus.write_text(tmp_path / "a.csv", corpus.FR_HEADER, corpus.FR_ROWS * 50)
    announced: list[object] = []
    context.ops.changed.connect(lambda changes, _initiator: announced.append(changes))
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.sheet_page)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None)
    settle(qtbot, context)
    page = wizard.checks_page
    page.on_duplicate.setCurrentIndex(page.on_duplicate.findData("add"))
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.run_page
    wizard.run_page.cancel()  # before the writing could end: it checks between stages
    qtbot.waitUntil(lambda: "Cancelled" in wizard.run_page.status.text(), timeout=20000)
    settle(qtbot, context)
    assert _count(context.db) == 0 and wizard.report is None
    assert announced == []
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
