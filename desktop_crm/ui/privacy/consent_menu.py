""" "Contacts > Consent for the selection…": one ledger entry per selected contact."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from desktop_crm.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("Consent", text)


def install_consent(window: MainWindow) -> None:
    from desktop_crm.ui.features import selected_contact_ids

    def bulk() -> None:
        from desktop_crm.ui.privacy.consent_dialog import ConsentDialog

        ids = selected_contact_ids(window)
        if not ids:
            QMessageBox.information(
                window,
                _t("Consent for the selection"),
                _t("Select the contacts in the list first."),
            )
            return
        ConsentDialog(window.context, ids, window).open()

    window.add_action("contacts", "consent_selection", _t("Co&nsent for the selection…"), bulk)
