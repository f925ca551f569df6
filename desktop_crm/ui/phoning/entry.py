"""Starting a phoning session: choose a group or a campaign, then open the session window.

``install_phoning(window)`` adds "Phoning session…" to the Contacts menu and the toolbar,
and "Response to a campaign…" for the contact open in the card.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QToolBar,
    QWidget,
)

from desktop_crm.ui.common.context import AppContext

if TYPE_CHECKING:  # the session services load with the dialog, not at start-up
    from desktop_crm.services.phoning.session import SessionChoices, SessionTarget
    from desktop_crm.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("PhoningEntry", text)


class SessionTargetDialog(QDialog):
    """Which list to call: a group's members or a campaign's targets."""

    def __init__(self, choices: SessionChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phoning session"))
        self.by_campaign = QRadioButton(self.tr("A &campaign's targets"), self)
        self.by_group = QRadioButton(self.tr("A &group's members"), self)
        self.campaign_combo = QComboBox(self)
        self.campaign_combo.setObjectName("sessionCampaign")
        for campaign_id, name in choices.campaigns:
            self.campaign_combo.addItem(name, campaign_id)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("sessionGroup")
        for group_id, path in choices.groups:
            self.group_combo.addItem(path, group_id)
        self.by_campaign.setEnabled(bool(choices.campaigns))
        self.by_group.setEnabled(bool(choices.groups))
        (self.by_campaign if choices.campaigns else self.by_group).setChecked(True)
        self.campaign_combo.activated.connect(lambda _i: self.by_campaign.setChecked(True))
        self.group_combo.activated.connect(lambda _i: self.by_group.setChecked(True))
        form = QFormLayout(self)
        form.addRow(self.by_campaign, self.campaign_combo)
        form.addRow(self.by_group, self.group_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(choices.campaigns or choices.groups)
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def target(self) -> SessionTarget | None:
        from desktop_crm.services.phoning.session import SessionTarget

        if self.by_campaign.isChecked() and self.campaign_combo.currentData() is not None:
            return SessionTarget("campaign", int(self.campaign_combo.currentData()))
        if self.by_group.isChecked() and self.group_combo.currentData() is not None:
            return SessionTarget("group", int(self.group_combo.currentData()))
        return None


def start_session(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Ask for a group or a campaign, then open the session window."""
    from desktop_crm.services.phoning.session import session_choices

    def ask(choices: SessionChoices) -> None:
        dialog = SessionTargetDialog(choices, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        target = dialog.target()
        if target is not None:
            open_session(ctx, target, parent)

    ctx.ops.read(session_choices, on_done=ask)


def group_target(group_id: int) -> SessionTarget:
    from desktop_crm.services.phoning.session import SessionTarget

    return SessionTarget("group", group_id)


def open_session(ctx: AppContext, target: SessionTarget, parent: QWidget | None = None) -> None:
    from desktop_crm.ui.phoning.session_window import PhoningSession

    PhoningSession.open_for(ctx, target, parent)


def install_phoning(window: MainWindow) -> None:
    """The menu entry and toolbar button of the phoning session, and campaign responses."""

    def response() -> None:
        from desktop_crm.ui.phoning.response_dialog import ask_response

        workspace = window.built_contacts()
        ids = workspace.selected_contact_ids() if workspace is not None else []
        ask_response(window.context, ids[0] if ids else None, window)

    action = window.add_action(
        "contacts",
        "phoning_session",
        _t("&Phoning session…"),
        lambda: start_session(window.context, window),
        "Ctrl+Shift+L",
    )
    toolbar = window.findChild(QToolBar, "mainToolbar")
    if toolbar is not None:
        toolbar.addAction(action)
    window.add_action("contacts", "campaign_response", _t("&Response to a campaign…"), response)
