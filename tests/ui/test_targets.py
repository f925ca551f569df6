"""Every target chooser accepts a group: the picker, print and e-mail merge dialogs, series
apply, export, the duplicate scan and the task list filter (real SQLite, pytest-qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.domain.clock import FixedClock
from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.series_templates import LOYALTY_CHAIN
from desktop_crm.services.activities.agenda import Due
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.services.activities.series import ApplyResult, list_series, seed_series
from desktop_crm.services.groups.groups import add_members, create_group, delete_group
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.services.mailing.settings import TemplateView, save_template
from desktop_crm.storage.models import Activity, History
from desktop_crm.storage.uow import Database
from desktop_crm.ui import features
from desktop_crm.ui.activities.series_dialogs import (
    ApplySeriesDialog,
    SeriesTarget,
    apply_series_to_contacts,
)
from desktop_crm.ui.activities.task_list import TaskListView
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.duplicates.wizard import DuplicateWizard
from desktop_crm.ui.groups.picker import (
    DEPTH_ROLE,
    SHORT_ROLE,
    GroupChoiceDialog,
    GroupPicker,
    selection_text,
)
from desktop_crm.ui.printing.email_dialog import EmailMergeDialog
from desktop_crm.ui.printing.print_dialog import PrintDialog
from tests.integration.mailing_fixtures import seed
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
]
NOW = dt.datetime(2026, 12, 2, 10, 0)


@pytest.fixture
def ids(sqlite_db: Database) -> dict[str, int]:
    """The mailing people; "Salons/Lyon 2026" (static) and "Nantes" (dynamic) groups."""
    people = seed(sqlite_db, {"dupont_jean": {"email": "opt_in"}})
    with sqlite_db.uow() as uow:
        salons = create_group(uow, "Salons")
        lyon = create_group(uow, "Lyon 2026", parent_id=salons.id)
        add_members(uow, lyon.id, [people[k] for k in ("lefevre", "martin", "bernard", "npai")])
        nantes = create_group(uow, "Nantes", query_text='city = "Nantes"')
        uow.commit()
    return {**people, "salons": salons.id, "lyon": lyon.id, "nantes": nantes.id}


@pytest.fixture
def ctx(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    context = make_context(sqlite_db, tmp_path)
    yield context
    settle(qtbot, context)


def _members(ids: dict[str, int], *keys: str) -> set[int]:
    return {ids[k] for k in keys}


def _picker_ready(qtbot: QtBot, picker: GroupPicker) -> None:
    qtbot.waitUntil(lambda: picker.combo.count() > 1, timeout=10000)


# -- the picker ---------------------------------------------------------------------------


def test_picker_lists_the_tree_with_counts_and_follows_changes(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    picker = GroupPicker(ctx, none_text="Tous")
    qtbot.addWidget(picker)
    tester = QAbstractItemModelTester(
        picker.combo.model(), QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    _picker_ready(qtbot, picker)
    texts = [picker.combo.itemText(i) for i in range(picker.combo.count())]
    assert texts[0] == "Tous" and picker.group_id() is None
    assert texts[1:] == ["Nantes (2)", "Salons (0)", "Salons/Lyon 2026 (4)"]
    assert picker.combo.itemData(3, DEPTH_ROLE) == 1  # a subgroup sits under its parent
    option = QStyleOptionViewItem()
    picker.combo.itemDelegate().initStyleOption(option, picker.combo.model().index(3, 0))
    assert option.text == "Lyon 2026 (4)"  # its own name, indented, in the open list
    assert picker.combo.itemData(3, SHORT_ROLE) == "Lyon 2026 (4)"
    assert "Salons/Lyon 2026" in picker.combo.itemData(3, 3)  # the path as tool tip
    with qtbot.waitSignal(picker.group_changed) as changed:
        picker.combo.setCurrentIndex(picker.combo.findData(ids["lyon"]))
    assert changed.args == [ids["lyon"]] and picker.group_path() == "Salons/Lyon 2026"

    # A group created elsewhere appears; the chosen one stays chosen.
    with qtbot.waitSignal(picker.loaded, timeout=10000):
        ctx.ops.run(create_group, "Clients fidèles")
    assert picker.combo.findText("Clients fidèles (0)") > 0
    assert picker.group_id() == ids["lyon"]
    # The chosen group deleted elsewhere: back to "no group", announced.
    with qtbot.waitSignal(picker.group_changed, timeout=10000) as changed:
        ctx.ops.run(delete_group, ids["lyon"])
    assert changed.args == [None] and picker.group_id() is None
    del tester


def test_picker_can_be_set_before_the_groups_arrive(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    picker = GroupPicker(ctx)
    qtbot.addWidget(picker)
    picker.set_group(ids["nantes"])
    with qtbot.waitSignal(picker.group_changed, timeout=10000) as changed:
        pass
    assert changed.args == [ids["nantes"]] and picker.group_id() == ids["nantes"]


def test_selection_text_says_what_no_group_means(qapp: object) -> None:
    assert selection_text(Selection()) == "All contacts"
    assert selection_text(Selection(lookup="lyon")) == 'The current lookup "lyon"'
    assert selection_text(Selection(contact_ids=(1, 2, 3))) == "The 3 selected contact(s)"


# -- print and e-mail merge ---------------------------------------------------------------


def _recipients(dialog: PrintDialog) -> set[int]:
    assert dialog._loaded is not None
    return {cid for r in dialog._loaded.recipients.recipients for cid in r.contact_ids}


def test_print_dialog_targets_a_group_and_records_it(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int], tmp_path: Path
) -> None:
    dialog = PrintDialog(ctx, Selection(lookup="dupont"), "labels")
    qtbot.addWidget(dialog)
    picker = dialog.recipients_picker
    _picker_ready(qtbot, picker)
    qtbot.waitUntil(lambda: dialog._loaded is not None, timeout=10000)
    assert picker.combo.itemText(0) == 'The current lookup "dupont"'
    assert _recipients(dialog) == _members(ids, "dupont_jean", "dupont_marie")

    picker.combo.setCurrentIndex(picker.combo.findData(ids["lyon"]))
    assert dialog.selection == Selection(group_id=ids["lyon"])
    qtbot.waitUntil(lambda: _recipients(dialog) == _members(ids, "lefevre", "martin", "bernard"))
    assert "left out" in dialog.summary.text() and dialog.excluded.rowCount() == 1
    assert dialog.excluded.contact_id(0) == ids["npai"]

    target = tmp_path / "labels.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=15000):
        dialog.write_pdf(target, record=True)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)))
    for box in dialog.findChildren(QMessageBox):
        box.close()
    with ctx.db.uow(write=False) as uow:
        rows = {
            (cid, gid)
            for cid, gid in uow.session.execute(
                select(History.contact_id, History.group_id).where(
                    History.type == HistoryType.LABEL_PRINTED.value
                )
            )
        }
    assert rows == {(cid, ids["lyon"]) for cid in _members(ids, "lefevre", "martin", "bernard")}

    # Back to the opening selection.
    picker.combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: _recipients(dialog) == _members(ids, "dupont_jean", "dupont_marie"))


def test_system_print_for_a_group_records_the_group(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    dialog = PrintDialog(ctx, Selection(), "envelopes", group_id=ids["nantes"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._loaded is not None, timeout=10000)
    with qtbot.waitSignal(dialog.printed, timeout=15000):
        dialog._after_system_print(2)  # what follows the system print dialog
    for box in dialog.findChildren(QMessageBox):
        box.close()
    with ctx.db.uow(write=False) as uow:
        rows = {
            (cid, gid)
            for cid, gid in uow.session.execute(
                select(History.contact_id, History.group_id).where(
                    History.type == HistoryType.ENVELOPE_PRINTED.value
                )
            )
        }
    assert rows == {(cid, ids["nantes"]) for cid in _members(ids, "dupont_jean", "dupont_marie")}


def test_print_dialog_opened_for_a_dynamic_group(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    dialog = PrintDialog(ctx, Selection(), "envelopes", group_id=ids["nantes"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._loaded is not None, timeout=10000)
    assert _recipients(dialog) == _members(ids, "dupont_jean", "dupont_marie")
    _picker_ready(qtbot, dialog.recipients_picker)
    assert dialog.recipients_picker.group_id() == ids["nantes"]


def test_email_merge_to_a_group_records_the_group(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int], tmp_path: Path
) -> None:
    with ctx.db.uow() as uow:
        save_template(uow, TemplateView(None, "email", "Salon", subject="Salon", body_text="Hi"))
        uow.commit()
    dialog = EmailMergeDialog(ctx, Selection(contact_ids=(ids["lefevre"],)))
    qtbot.addWidget(dialog)
    _picker_ready(qtbot, dialog.recipients_picker)
    qtbot.waitUntil(lambda: dialog.recipients is not None, timeout=10000)
    assert dialog.recipients_picker.combo.itemText(0) == "The 1 selected contact(s)"
    dialog.recipients_picker.set_group(ids["nantes"])
    qtbot.waitUntil(
        lambda: (
            dialog.recipients is not None
            and {c.id for c in dialog.recipients.recipients} == {ids["dupont_jean"]}
        ),
        timeout=10000,
    )
    assert dialog.summary.text().startswith("1 recipient(s); 1 left out")
    with qtbot.waitSignal(ctx.ops.changed, timeout=15000):
        dialog.start_send(drafts_folder=tmp_path)
    qtbot.waitUntil(lambda: dialog.last_run is not None, timeout=10000)
    for box in dialog.findChildren(QMessageBox):
        box.close()
    with ctx.db.uow(write=False) as uow:
        rows = {
            (cid, gid)
            for cid, gid in uow.session.execute(
                select(History.contact_id, History.group_id).where(
                    History.type == HistoryType.EMAIL_SENT.value
                )
            )
        }
    assert rows == {(ids["dupont_jean"], ids["nantes"])}


# -- series apply -------------------------------------------------------------------------


def test_series_apply_dialog_offers_a_group(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    with ctx.db.uow() as uow:
        seed_series(uow)
        uow.commit()
        series = list_series(uow)
    dialog = ApplySeriesDialog(series, 0, dt.date(2026, 12, 1), context=ctx)
    qtbot.addWidget(dialog)
    assert dialog.group_picker is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nobody selected, no group: nothing to apply to
    _picker_ready(qtbot, dialog.group_picker)
    dialog.group_picker.set_group(ids["lyon"])
    assert ok.isEnabled()
    assert dialog.target().group_id == ids["lyon"]


def test_series_applied_to_a_group_plans_for_its_members(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    with ctx.db.uow() as uow:
        seed_series(uow)
        uow.commit()
        loyalty = next(s for s in list_series(uow) if s.name == LOYALTY_CHAIN.name)
    monkeypatch.setattr(
        ApplySeriesDialog,
        "ask",
        classmethod(
            lambda cls, *a, **k: SeriesTarget(loyalty.id, dt.date(2026, 12, 1), ids["nantes"])
        ),
    )
    results: list[ApplyResult] = []
    apply_series_to_contacts(ctx, [ids["lefevre"]], on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert results[0].runs == 2
    with ctx.db.uow(write=False) as uow:
        planned = set(uow.session.scalars(select(Activity.contact_id).distinct()))
    assert planned == _members(ids, "dupont_jean", "dupont_marie")


# -- export -------------------------------------------------------------------------------


def test_export_of_a_group_writes_only_its_members(
    qtbot: QtBot,
    ctx: AppContext,
    ids: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_crm.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    features.install_all(window)
    target = tmp_path / "salon.csv"
    asked: list[str] = []

    def ask(_cls: object, _context: object, _title: str, none_text: str, _parent: object):  # type: ignore[no-untyped-def]
        asked.append(none_text)
        return True, ids["lyon"]

    monkeypatch.setattr(GroupChoiceDialog, "ask", classmethod(ask))
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    window.extra_actions["export"].trigger()
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    assert asked == ["All contacts"]  # no lookup, no selection in the list
    text = target.read_text(encoding="utf-8-sig")
    for name in ("Lefèvre", "Martin", "Bernard", "Npai"):
        assert name in text
    assert "Dupont" not in text and "Sansadresse" not in text
    assert len(text.strip().splitlines()) == 1 + 4


def test_group_choice_dialog_returns_the_group(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    dialog = GroupChoiceDialog(ctx, "Export contacts", "All contacts")
    qtbot.addWidget(dialog)
    _picker_ready(qtbot, dialog.picker)
    dialog.picker.set_group(ids["nantes"])
    assert dialog.picker.group_id() == ids["nantes"]


# -- duplicates ---------------------------------------------------------------------------


def test_duplicate_scan_of_a_group_compares_its_members_only(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    wizard = DuplicateWizard(ctx)
    qtbot.addWidget(wizard)
    page = wizard.settings_page
    _picker_ready(qtbot, page.scope_picker)
    assert page.scope_picker.combo.itemText(0) == "All contacts"
    page.companies_radio.setChecked(True)
    assert page.scope_picker.combo.itemText(0) == "All companies"
    page.contacts_radio.setChecked(True)
    page.scope_picker.set_group(ids["nantes"])
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.scan_page.result is not None, timeout=15000)
    assert wizard.scan_page.result is not None
    assert wizard.scan_page.result.records == 2


# -- task list ----------------------------------------------------------------------------


def test_task_list_filters_on_a_groups_contacts(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    for key in ("lefevre", "dupont_jean", "dupont_marie"):
        data = ActivityInput(
            type="call", start_at=NOW, priority=3, contact_ids=(ids[key],), regarding=key
        )
        ctx.db.run(schedule_activity, data)
    view = TaskListView(ctx, clock=FixedClock(NOW))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.show()
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.due_combo.setCurrentIndex(view.due_combo.findData(str(Due.ALL)))

    def shown() -> set[str]:
        return {view.proxy.index(r, 6).data() for r in range(view.proxy.rowCount())}

    assert shown() == {"lefevre", "dupont_jean", "dupont_marie"}
    _picker_ready(qtbot, view.group_picker)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.group_picker.set_group(ids["nantes"])
    assert view.current_filter().group_id == ids["nantes"]
    assert shown() == {"dupont_jean", "dupont_marie"}
    # Pinning a contact to the group shows its activities without a refresh.
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        ctx.ops.run(add_members, ids["nantes"], [ids["lefevre"]])
    assert shown() == {"lefevre", "dupont_jean", "dupont_marie"}
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.group_picker.set_group(ids["lyon"])
    assert shown() == {"lefevre"}
