"""The Privacy menu (access export, erasure, retention, processing register) and the
start-up reminder of prospects past the retention period."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox

from desktop_crm.ui import i18n
from desktop_crm.ui.common.operations import error_message

if TYPE_CHECKING:
    from desktop_crm.ui.main_window import MainWindow

# After the first paint and the first lookups: the count runs on the database thread.
REMINDER_DELAY_MS = 3000


def _t(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


def privacy_menu(window: MainWindow) -> QMenu:
    """The Privacy menu, created once before Help (other privacy features add to it)."""
    menu = window.menus.get("privacy")
    if menu is None:
        menu = QMenu(_t("Pri&vacy"), window)
        menu.setObjectName("privacyMenu")
        window.menuBar().insertMenu(window.menus["help"].menuAction(), menu)
        window.menus["privacy"] = menu
    return menu


def current_contact(window: MainWindow) -> int | None:
    workspace = window.built_contacts()
    if workspace is None:
        return None
    current = workspace.current_contact_id()
    if current is not None:
        return current
    selected = workspace.selected_contact_ids()
    return selected[0] if selected else None


def _need_contact(window: MainWindow, title: str) -> int | None:
    contact_id = current_contact(window)
    if contact_id is None:
        QMessageBox.information(
            window, title, _t("Open or select a contact in the Contacts view first.")
        )
    return contact_id


def _language(window: MainWindow) -> str:
    return i18n.chosen_language(window.context.settings)


def export_contact(window: MainWindow) -> None:
    from desktop_crm.services.privacy.export import write_access_export

    title = _t("Export this contact's data")
    contact_id = _need_contact(window, title)
    if contact_id is None:
        return
    path, _chosen = QFileDialog.getSaveFileName(
        window, title, f"contact-{contact_id}.json", _t("JSON file (*.json)")
    )
    if not path:
        return
    pdf = str(Path(path).with_suffix(".pdf"))
    window.context.ops.run(
        write_access_export,
        contact_id,
        path,
        pdf,
        _language(window),
        write=False,
        on_done=lambda files: window.statusBar().showMessage(
            _t("Data of contact #%1 written to %2 and %3 (%4 rows).")
            .replace("%1", str(files.contact_id))
            .replace("%2", files.json_path)
            .replace("%3", files.pdf_path or "")
            .replace("%4", str(files.rows)),
            15_000,
        ),
        on_error=lambda exc: QMessageBox.warning(window, title, error_message(exc)),
    )


def erase_contact(window: MainWindow) -> None:
    from desktop_crm.ui.privacy.erase_dialog import EraseDialog

    contact_id = _need_contact(window, _t("Erase this contact"))
    if contact_id is None:
        return
    result = EraseDialog.ask(window.context, contact_id, window)
    if result is not None:
        window.statusBar().showMessage(
            _t("Contact #%1 erased (erasure record #%2).")
            .replace("%1", str(result.contact_id))
            .replace("%2", str(result.record_id)),
            15_000,
        )


def retention(window: MainWindow) -> None:
    from desktop_crm.ui.privacy.retention_dialog import RetentionDialog

    RetentionDialog.show_dialog(window.context, window)
    _check_retention(window)


def processing_register(window: MainWindow) -> None:
    from desktop_crm.services.privacy.register import write_register

    title = _t("Processing register")
    path, _chosen = QFileDialog.getSaveFileName(
        window, title, _t("processing-register.pdf"), _t("PDF document (*.pdf)")
    )
    if not path:
        return
    window.context.ops.run(
        write_register,
        path,
        _language(window),
        write=False,
        on_done=lambda written: window.statusBar().showMessage(
            _t("Processing register written to %1.").replace("%1", written), 15_000
        ),
        on_error=lambda exc: QMessageBox.warning(window, title, error_message(exc)),
    )


def _reminder_label(window: MainWindow) -> QLabel:
    label = window.findChild(QLabel, "retentionReminder")
    if label is None:
        label = QLabel(window)
        label.setObjectName("retentionReminder")
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(lambda _link: retention(window))
        window.statusBar().addPermanentWidget(label)
    return label


def _show_reminder(window: MainWindow, due: int) -> None:
    label = _reminder_label(window)
    if due <= 0:
        label.hide()
        return
    label.setText(
        _t('%1 prospect(s) past the retention period: <a href="#">review…</a>').replace(
            "%1", f"{due}+" if due >= 1000 else str(due)
        )
    )
    label.show()


def _check_retention(window: MainWindow) -> None:
    from desktop_crm.services.privacy.retention import count_due

    window.context.ops.read(
        count_due,
        on_done=lambda due: _show_reminder(window, int(due)),
        on_error=lambda _exc: None,  # a reminder never interrupts anyone
        key="privacy.reminder",
    )


def install_privacy(window: MainWindow) -> None:
    menu = privacy_menu(window)
    for key, text, slot in (
        ("privacy_export", _t("&Export this contact's data…"), export_contact),
        ("privacy_erase", _t("E&rase this contact…"), erase_contact),
        ("privacy_retention", _t("Data &retention…"), retention),
        ("privacy_register", _t("Processing re&gister…"), processing_register),
    ):
        action = menu.addAction(text)
        action.setObjectName(f"action_{key}")
        action.triggered.connect(lambda _c=False, s=slot: s(window))
        window.extra_actions[key] = action
    QTimer.singleShot(REMINDER_DELAY_MS, window, lambda: _check_retention(window))
