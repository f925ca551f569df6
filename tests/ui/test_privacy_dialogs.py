"""The Privacy menu and its dialogs: erasure needs the typed word and cannot be undone,
retention lists the due prospects and erases them in the background, and the start-up
reminder points at the retention dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.features import install_all
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.privacy import menu as privacy_menu
from desktop_crm.ui.privacy.erase_dialog import EraseDialog
from desktop_crm.ui.privacy.retention_dialog import RetentionDialog
from tests.integration.privacy_helpers import add_person, count
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
]


def test_erase_dialog_needs_the_typed_word(qtbot, context: AppContext) -> None:
    db = context.db
    person = add_person(db)
    dialog = EraseDialog(context, person)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    assert "Hyacinthe Zorglubian" in dialog.title.text()
    assert "Deleted:" in dialog.summary.text()
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.setText("erase it")
    assert not dialog.erase_button.isEnabled()
    dialog.reason.setText("Demande écrite")
    dialog.confirm.setText("ERASE")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.erased, timeout=10000):
        dialog.erase_button.click()
    settle(qtbot, context)
    assert dialog.result_value is not None and dialog.result_value.contact_id == person
    assert count(db, "contact", id=person) == 0
    assert count(db, "erasure_record", reason="Demande écrite") == 1


def test_erase_dialog_on_an_erased_contact_says_so(qtbot, context: AppContext) -> None:
    dialog = EraseDialog(context, 987654)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    assert "There is no contact #987654" in dialog.title.text()
    dialog.confirm.setText("ERASE")
    assert not dialog.erase_button.isEnabled()


def test_retention_dialog_lists_and_erases(qtbot, context: AppContext, monkeypatch) -> None:
    db = context.db
    old = add_person(db, created_at=dt.datetime(2001, 5, 1))
    recent = add_person(
        db,
        first_name="Rose",
        last_name="Récente",
        email="r@x.fr",
        email2=None,
        phone_mobile=None,
        phone_business=None,
        created_at=dt.datetime.now(),
    )
    dialog = RetentionDialog(context)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    assert dialog.model.rowCount() == 1
    assert dialog.model.payload(0) == old
    assert dialog.erase_button.isEnabled()
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("nope", True)))
    dialog.erase_button.click()
    settle(qtbot, context)
    assert count(db, "contact", id=old) == 1  # wrong word: nothing erased
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("ERASE", True)))
    with qtbot.waitSignal(dialog.erased, timeout=10000):
        dialog.erase_button.click()
    settle(qtbot, context)
    assert count(db, "contact", id=old) == 0 and count(db, "contact", id=recent) == 1
    assert dialog.model.rowCount() == 0


def test_menu_and_start_up_reminder(qtbot, context: AppContext, monkeypatch) -> None:
    add_person(context.db, created_at=dt.datetime(2001, 5, 1))
    monkeypatch.setattr(privacy_menu, "REMINDER_DELAY_MS", 0)
    window = MainWindow(context)
    qtbot.addWidget(window)
    install_all(window)
    menu = window.menus["privacy"]
    names = [a.objectName() for a in menu.actions()]
    assert names == [
        "action_privacy_export",
        "action_privacy_erase",
        "action_privacy_retention",
        "action_privacy_register",
    ]
    qtbot.waitUntil(
        lambda: window.findChild(QLabel, "retentionReminder") is not None, timeout=10000
    )
    settle(qtbot, context)
    label = window.findChild(QLabel, "retentionReminder")
    assert label is not None and label.text().startswith("1 prospect(s)")


def test_menu_exports_the_open_contact_and_prints_the_register(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    person = add_person(context.db)
    window = MainWindow(context)
    qtbot.addWidget(window)
    install_all(window)
    window.open_contact(person)
    settle(qtbot, context)
    assert privacy_menu.current_contact(window) == person
    target = tmp_path / "personne.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.extra_actions["privacy_export"].trigger()
    settle(qtbot, context)
    assert target.exists() and target.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert "personne.json" in window.statusBar().currentMessage()
    register = tmp_path / "registre.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(register), ""))
    )
    window.extra_actions["privacy_register"].trigger()
    settle(qtbot, context)
    assert register.read_bytes().startswith(b"%PDF")
