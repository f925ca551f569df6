"""A refusal of the user's role reads French in the French window, naming the role in French;
the command line keeps the English sentence (no window installed a translation there)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop_crm.domain.roles import Permission, PermissionDenied, Role, allowed, check
from desktop_crm.ui import i18n

pytestmark = [pytest.mark.qt_log_level_fail("WARNING")]


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QApplication]:
    i18n.install(qapp, "fr")
    yield qapp
    i18n.install(qapp, "en")


def _refusal(role: Role, permission: Permission) -> str:
    with pytest.raises(PermissionDenied) as caught:
        check(role, permission)
    assert caught.value.params == {"role": role.value, "permission": permission.value}
    return caught.value.message


def test_every_refusal_is_french_with_the_roles_french_name(french: QApplication) -> None:
    names = {
        Role.RESTRICTED: "Restreint",
        Role.STANDARD: "Standard",
        Role.MANAGER: "Responsable",
    }
    for role, name in names.items():
        for permission in Permission:
            if allowed(role, permission):
                continue
            text = _refusal(role, permission)
            assert text.startswith(f"Votre rôle ({name}) ne vous permet pas de "), text
            assert "Demandez à un administrateur" in text
            for english in ("Your role", "does not allow", "Ask an", "records", "users"):
                assert english not in text, text
    assert "supprimer des fiches" in _refusal(Role.RESTRICTED, Permission.DELETE)
    assert "gérer les utilisateurs" in _refusal(Role.MANAGER, Permission.MANAGE_USERS)


def test_without_the_french_window_the_refusal_stays_english(qapp: QApplication) -> None:
    i18n.install(qapp, "en")
    assert _refusal(Role.RESTRICTED, Permission.EXPORT) == (
        "Your role (Restricted) does not allow you to export records. "
        "Ask an administrator if you need to."
    )


@pytest.mark.postgres
def test_a_restricted_login_is_refused_in_french_in_the_window(
    qtbot, french: QApplication, pg_server, pg_url: str, tmp_path
) -> None:
    from desktop_crm.services.contacts.records import (
        create_contact,
        delete_contact,
        get_contact,
        update_contact,
    )
    from tests.integration.team_helpers import team_database
    from tests.ui.conftest import make_context, settle

    with team_database(pg_server, pg_url) as team:
        made = team.db("ann").run(create_contact, {"last_name": "Public"}).value
        context = make_context(team.db("rex"), tmp_path)
        # The runner's own message (no on_error): what the main window shows in its box.
        with qtbot.waitSignal(context.ops.error_shown) as shown:
            context.ops.run(delete_contact, made.id)
        settle(qtbot, context)
        message = shown.args[0]
        assert message == (
            "Votre rôle (Restreint) ne vous permet pas de supprimer des fiches. "
            "Demandez à un administrateur si vous en avez besoin."
        )
        # A field the role may only read: its French card label, not the column's name.
        version = team.db("rex").read(get_contact, made.id).version
        with qtbot.waitSignal(context.ops.error_shown) as shown:
            context.ops.run(update_contact, made.id, version, {"id_status": "VIP"})
        settle(qtbot, context)
        message = shown.args[0]
        assert message.startswith("Votre rôle (Restreint) ne permet pas de modifier "), message
        assert "id_status" not in message and "rien n'a été enregistré" in message
        context.ops.wait()
