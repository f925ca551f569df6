"""The "My identity" and users dialogs accept a team member's address on the company network
(alice@societe.local, bob@intranet), as the command line does (domain/emails.py
``check_network_email``); a broken address is still refused with its sentence."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.services.users.identity import Identity, list_team, load_identity, save_identity
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.users.identity_dialog import IdentityDialog
from desktop_crm.ui.users.users_dialog import UsersDialog
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def test_my_identity_keeps_an_address_of_the_company_network(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = IdentityDialog(context)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    dialog.name.setText("Alice Martin")
    dialog.email.setText("alice@")
    dialog.save_button.click()
    settle(qtbot, context)
    assert "not valid" in dialog.status.text() and dialog.saved is None
    dialog.email.setText(" alice@Societe.LOCAL ")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    settle(qtbot, context)
    assert context.db.read(load_identity).email == "alice@societe.local"


def test_the_users_dialog_keeps_an_address_of_the_company_network(
    qtbot: QtBot, context: AppContext
) -> None:
    context.db.run(save_identity, Identity(name="Sophie Marchand"))
    dialog = UsersDialog(context)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    dialog.start_new()
    dialog.login.setText("bob.d")
    dialog.display_name.setText("Bob Durand")
    dialog.email.setText("bob@intranet")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save_button.click()
    settle(qtbot, context)
    team = {u.login: u for u in context.db.read(list_team).users}
    assert team["bob.d"].email == "bob@intranet"
    dialog.email.setText("bob@intra net")
    dialog.save_button.click()
    settle(qtbot, context)
    assert "not valid" in dialog.status.text()
    team = {u.login: u for u in context.db.read(list_team).users}
    assert team["bob.d"].email == "bob@intranet"
