"""The users feature in the main window: "My identity…", "Users…", and the first-start question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from desktop_crm.ui.common.operations import imported_when_run

if TYPE_CHECKING:
    from desktop_crm.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("Features", text)


def install_users(window: MainWindow) -> None:
    """Add "My identity…" and "Users…" to the Tools menu."""

    def identity() -> None:
        from desktop_crm.ui.users.identity_dialog import IdentityDialog

        IdentityDialog.ask(window.context, window)

    def users() -> None:
        from desktop_crm.ui.users.users_dialog import UsersDialog

        UsersDialog.edit(window.context, window)

    window.add_action("tools", "identity", _t("My &identity…"), identity)
    window.add_action("tools", "users", _t("&Users…"), users)


def ask_identity_if_needed(window: MainWindow) -> None:
    """On a start where nobody said who they are yet, ask "Who are you?" once the window shows.

    Read on the database thread after whatever is queued (the demo filling its identity), so
    a demo database never asks. Automated starts (smoke test, tests) do not call this.
    """

    def ask() -> None:
        # Imported here, a turn of the event loop after the answer: the contact list's
        # first rows (read before this) are painted first, then the question shows.
        from desktop_crm.ui.users.identity_dialog import IdentityDialog

        IdentityDialog.ask(window.context, window, first_start=True)

    def answer(needed: bool) -> None:
        if needed:
            QTimer.singleShot(0, ask)

    # Imported on the database thread: the list's first rows paint without waiting for it.
    identity_needed = imported_when_run("desktop_crm.services.users.identity", "identity_needed")
    window.context.ops.read(identity_needed, on_done=answer, on_error=lambda _exc: None)
