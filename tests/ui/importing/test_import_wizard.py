"""The import wizard driven like a user: trade-show file, problems flagged, import, undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.tasks import TaskRunner
from desktop_crm.ui.importing.models import CheckedRowsModel, MappingModel, PreviewModel
from desktop_crm.ui.importing.wizard import ImportWizard
from tests.unit.interchange import corpus


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield AppContext(sqlite_db, runner, settings)
    runner.wait()


def _count(db: Database) -> int:
    with db.uow(write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Contact)) or 0)


def _test_model(model: object) -> None:
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


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
    wizard.next()
    assert wizard.currentPage() is wizard.sheet_page
    preview = wizard.sheet_page.table.model()
    assert isinstance(preview, PreviewModel)
    _test_model(preview)
    assert wizard.sheet_page.header_row.value() == 3  # title line skipped

    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    mapping = wizard.mapping_page.model
    assert isinstance(mapping, MappingModel)
    _test_model(mapping)
    assert mapping.target(0, 0) == "last_name" and mapping.target(3, 0) == "email"
    wizard.mapping_page.group.setText("Salon Lyon 2026")

    wizard.next()
    assert wizard.currentPage() is wizard.checks_page
    rows = wizard.checks_page.model
    assert isinstance(rows, CheckedRowsModel)
    _test_model(rows)
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

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=20000)
    assert wizard.report is not None
    assert (wizard.report.created, wizard.report.updated) == (2, 1)
    assert (
        wizard.button(QWizard.WizardButton.BackButton).isHidden()
        or not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    )
    assert _count(context.db) == 3

    with qtbot.waitSignal(wizard.import_undone, timeout=20000):
        wizard.undo(wizard.report.batch_id or 0)
    assert _count(context.db) == 1
    assert "undone" in wizard.report_page.summary.text()


def test_accept_all_suggestions_in_checks(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = corpus.write_text(tmp_path / "a.csv", corpus.FR_HEADER, corpus.FR_ROWS)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    wizard.next()
    plan = wizard.plan
    assert plan is not None
    assert plan.problem_counts()["email_typo"] == 2
    wizard.checks_page._on_accept_all_clicked()
    assert "email_typo" not in plan.problem_counts()
    assert plan.rows[0].values["email"] == "andre.lefevre@orange.fr"
