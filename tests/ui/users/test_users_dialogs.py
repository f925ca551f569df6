"""The identity dialog ("Who are you?"), the users dialog, and the first-start question."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.services.users.identity import (
    Identity,
    UserRecord,
    identity_needed,
    list_team,
    load_identity,
    save_identity,
    save_user,
)
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.users.identity_dialog import IdentityDialog
from desktop_crm.ui.users.users_dialog import UsersDialog
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def test_identity_dialog_saves_the_person_and_the_sender(qtbot: QtBot, context: AppContext) -> None:
    assert context.db.read(identity_needed)
    dialog = IdentityDialog(context, first_start=True)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    assert dialog.windowTitle() == "Who are you?"
    assert dialog.name.text() == "" and context.db.user_login not in dialog.name.text()
    qtbot.keyClicks(dialog.name, "Jean-Pierre Martin")
    assert dialog.initials.text() == "JPM"  # follows the name
    dialog.initials.setText("JPMa")
    qtbot.keyClicks(dialog.name, "eau")
    assert dialog.initials.text() == "JPMa"  # typed by the person: kept
    dialog.email.setText("jp@")
    dialog.save_button.click()
    settle(qtbot, context)
    assert "e-mail address is not valid" in dialog.status.text() and dialog.saved is None
    dialog.email.setText("jp.martin@acme.fr")
    dialog.company.setText("ACME SAS")
    dialog.address.setPlainText("3 rue de la Paix\n75002 PARIS")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    settle(qtbot, context)
    saved = context.db.read(load_identity)
    assert (saved.name, saved.initials, saved.company) == (
        "Jean-Pierre Martineau",
        "JPMA",
        "ACME SAS",
    )
    assert saved.address_lines == ("3 rue de la Paix", "75002 PARIS")
    assert not context.db.read(identity_needed)


def test_first_start_asks_once_and_not_when_named(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.users import features

    asked: list[bool] = []
    monkeypatch.setattr(
        IdentityDialog,
        "ask",
        classmethod(lambda cls, ctx, parent=None, first_start=False: asked.append(first_start)),
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    features.install_users(window)
    assert "identity" in window.extra_actions and "users" in window.extra_actions
    features.ask_identity_if_needed(window)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: asked == [True], timeout=5000)
    context.db.run(save_identity, Identity(name="Anne Nommée"))
    features.ask_identity_if_needed(window)
    settle(qtbot, context)  # the answer arrived: "not needed", so nothing is scheduled
    assert asked == [True]


def test_users_dialog_lists_creates_and_edits(qtbot: QtBot, context: AppContext) -> None:
    context.db.run(save_identity, Identity(name="Sophie Marchand", title="Responsable"))
    context.db.run(save_user, UserRecord(None, "lucas.b", "Lucas Bernard", role="manager"))
    dialog = UsersDialog(context)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(
        dialog.model, QAbstractItemModelTester.FailureReportingMode.Warning, dialog
    )
    settle(qtbot, context)
    names = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert "Sophie Marchand" in names and "Lucas Bernard" in names
    assert context.db.user_login not in names
    assert "one person" in dialog.note.text()
    assert "desktop-crm users add" in dialog._note("postgresql")
    # The current person is selected and cannot make themselves inactive.
    assert dialog.editing is not None and dialog.editing.is_me
    assert not dialog.active.isEnabled() and dialog.login.isReadOnly()
    dialog.start_new()
    dialog.login.setText("claire.d")
    qtbot.keyClicks(dialog.display_name, "Claire Dubois")
    assert dialog.initials.text() == "CD"
    dialog.phone.setText("06 12 34 56 78")
    dialog.role.setCurrentIndex(dialog.role.findData("restricted"))
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save_button.click()
    settle(qtbot, context)
    team = {u.login: u for u in context.db.read(list_team).users}
    claire = team["claire.d"]
    assert (claire.display_name, claire.role, claire.phone) == (
        "Claire Dubois",
        "restricted",
        "06 12 34 56 78",
    )
    assert dialog.editing is not None and dialog.editing.login == "claire.d"
    dialog.title.setText("Assistante commerciale")
    dialog.active.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save_button.click()
    settle(qtbot, context)
    claire = {u.login: u for u in context.db.read(list_team).users}["claire.d"]
    assert claire.title == "Assistante commerciale" and not claire.active
    dialog.start_new()
    dialog.login.setText("lucas.b")
    dialog.display_name.setText("Autre Lucas")
    dialog.save_button.click()
    settle(qtbot, context)
    assert "already used" in dialog.status.text()


def test_history_tab_filters_by_author(qtbot: QtBot, context: AppContext) -> None:
    from desktop_crm.services.contacts import notes
    from desktop_crm.services.contacts.records import create_contact
    from desktop_crm.ui.contacts.card_tabs import HistoryTab

    context.db.run(save_identity, Identity(name="Sophie Marchand"))
    lucas = context.db.run(save_user, UserRecord(None, "lucas.b", "Lucas Bernard")).value
    contact = context.db.run(create_contact, {"last_name": "Durand"}).value.id
    context.db.run(notes.add_note, "Rappeler", contact_id=contact)
    tab = HistoryTab(context)
    qtbot.addWidget(tab)
    settle(qtbot, context)
    tab.set_owner("contact", contact)
    settle(qtbot, context)
    assert tab.entries and {e.user_name for e in tab.entries} == {"Sophie Marchand"}
    names = [tab.by.itemText(i) for i in range(tab.by.count())]
    assert "Lucas Bernard" in names and context.db.user_login not in names
    tab.by.setCurrentIndex(tab.by.findData(lucas.id))
    settle(qtbot, context)
    assert tab.entries == []
    tab.by.setCurrentIndex(tab.by.findData(context.db.user_id))
    settle(qtbot, context)
    assert tab.entries and all(e.user_name == "Sophie Marchand" for e in tab.entries)


def test_identity_dialog_shows_a_long_footer_from_its_start(
    qtbot: QtBot, context: AppContext
) -> None:
    """The legal mentions showed their end ("al de 20 000 € - RCS Lyon …")."""
    footer = (
        "Lumière Conseil SARL au capital de 20 000 € - RCS Lyon 512 345 678 - "
        "SIRET 512 345 678 00021"
    )
    identity = context.db.read(load_identity)
    context.db.run(save_identity, dataclasses.replace(identity, name="Ana", footer=footer))
    dialog = IdentityDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(560, 536)
    dialog.show()
    settle(qtbot, context)
    assert dialog.footer.text() == footer
    assert dialog.footer.fontMetrics().horizontalAdvance(footer) > dialog.footer.width()
    assert dialog.footer.cursorPosition() == 0
