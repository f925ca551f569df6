"""The import wizard maps a column named like a user field to it, and the value lands."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_crm.services.fields import define_field, values_for
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.importing.wizard import ImportWizard
from tests.ui.conftest import settle


def test_wizard_maps_and_imports_a_user_field(
    qtbot: QtBot, context: AppContext, sqlite_db: Database, tmp_path: Path
) -> None:
    sqlite_db.run(define_field, "contact", "potentiel", "number", "Potentiel (P)")
    path = tmp_path / "salon.csv"
    path.write_text(
        "Nom;Prénom;E-mail;Potentiel (P)\nDurand;Anne;anne@example.fr;4\n", encoding="utf-8"
    )
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    settle(qtbot, context)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.sheet_page)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    model = wizard.mapping_page.model
    assert model is not None
    assert model.target(3, 0) == "custom:potentiel"  # not the standard "Potential"
    assert "Potentiel (P)" in wizard.mapping_page.labels["custom:potentiel"]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None)
    settle(qtbot, context)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=20000)
    assert wizard.report is not None and wizard.report.created == 1
    contact_id = wizard.report.rows[0].contact_id
    assert contact_id is not None
    assert sqlite_db.read(values_for, "contact", [contact_id]) == {
        contact_id: {"potentiel": Decimal(4)}
    }
