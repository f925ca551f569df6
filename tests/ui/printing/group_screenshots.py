"""Screenshots of the group as a target, in French (not a test): the print dialog with its
"Recipients" picker open on a group, and the task list filtered on a group.

Run: QT_QPA_PLATFORM=offscreen python tests/ui/printing/group_screenshots.py /tmp/shots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.services.groups.groups import add_members, create_group
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.uow import UnitOfWork
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.operations import Operations
from desktop_crm.ui.printing.print_dialog import PrintDialog


def _groups(uow: UnitOfWork) -> int:
    from sqlalchemy import select

    from desktop_crm.storage.models import Contact

    ids = list(uow.session.scalars(select(Contact.id).order_by(Contact.id).limit(60)))
    salons = create_group(uow, "Salons")
    lyon = create_group(uow, "Salon Lyon 2026", parent_id=salons.id)
    add_members(uow, lyon.id, ids[:37])
    create_group(uow, "Salon Paris 2025", parent_id=salons.id)
    create_group(uow, "Clients Rhône", query_text='status = "Client" and postcode starts with "69"')
    create_group(uow, "Sans contact depuis 6 mois", query_text="last_reach older than 6 months")
    return lyon.id


def main(out: Path) -> None:
    app = QApplication(sys.argv)
    i18n.install(app, "fr")
    folder = Path(tempfile.mkdtemp())
    db = open_database(resolve_database(str(folder / "demo.sqlite"))).db
    db.run(generate_demo, 500, seed=6)
    lyon = db.run(_groups).value
    context = AppContext(
        Operations(db), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    )
    dialog = PrintDialog(context, Selection(lookup="lyon"), "labels", group_id=lyon)
    dialog.resize(1400, 860)
    dialog.show()
    while dialog._loaded is None or dialog.recipients_picker.combo.count() < 2:
        app.processEvents()
    for _ in range(30):
        app.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(out / "print-dialog-group.png"))
    combo = dialog.recipients_picker.combo
    combo.showPopup()
    for _ in range(30):
        app.processEvents()
    view = combo.view()
    view.window().grab().save(str(out / "print-dialog-group-popup.png"))
    combo.hidePopup()
    dialog.close()

    from desktop_crm.services.activities.agenda import Due
    from desktop_crm.ui.activities.task_list import TaskListView
    from desktop_crm.ui.duplicates.wizard import DuplicateWizard

    tasks = TaskListView(context)
    tasks.resize(1400, 860)
    tasks.show()
    tasks.due_combo.setCurrentIndex(tasks.due_combo.findData(str(Due.ALL)))
    while tasks.group_picker.combo.count() < 2:
        app.processEvents()
    tasks.group_picker.set_group(lyon)
    context.ops.wait()
    for _ in range(30):
        app.processEvents()
    tasks.grab().save(str(out / "task-list-group.png"))
    wizard = DuplicateWizard(context)
    wizard.show()
    while wizard.settings_page.scope_picker.combo.count() < 2:
        app.processEvents()
    wizard.settings_page.scope_picker.set_group(lyon)
    for _ in range(30):
        app.processEvents()
    wizard.grab().save(str(out / "duplicates-group-scope.png"))
    wizard.close()

    import datetime as dt

    from desktop_crm.services.activities.series import list_series
    from desktop_crm.ui.activities.series_dialogs import ApplySeriesDialog
    from desktop_crm.ui.printing.email_dialog import EmailMergeDialog

    email = EmailMergeDialog(context, Selection(lookup="lyon"), group_id=lyon)
    email.show()
    while email.recipients is None:
        app.processEvents()
    for _ in range(30):
        app.processEvents()
    email.grab().save(str(out / "email-merge-group.png"))
    email.close()
    series = db.read(list_series)
    apply = ApplySeriesDialog(series, 0, dt.date(2026, 12, 1), context=context)
    apply.show()
    while apply.group_picker is not None and apply.group_picker.combo.count() < 2:
        app.processEvents()
    if apply.group_picker is not None:
        apply.group_picker.set_group(lyon)
    for _ in range(30):
        app.processEvents()
    apply.grab().save(str(out / "series-apply-group.png"))
    context.ops.wait()
    print("saved to", out)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
