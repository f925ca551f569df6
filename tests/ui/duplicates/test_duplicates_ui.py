"""The duplicate wizard and the merge dialog, driven as a user would (offscreen)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_crm.services.duplicates.merge import merge_preview
from desktop_crm.services.duplicates.scan import scan
from desktop_crm.storage.models import Contact, MergeRecord
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.duplicates import DuplicateWizard, MergeDialog
from desktop_crm.ui.duplicates.group_model import Decision, GroupTableModel
from desktop_crm.ui.duplicates.merge_dialog import FieldChoiceModel
from tests.integration.merge_helpers import add_contact
from tests.ui.conftest import settle
from tests.ui.duplicates.review_steps import first_group_in_review

pytestmark = pytest.mark.usefixtures("no_qt_warnings")


def _pairs(db: Database) -> list[int]:
    ids = []
    for last in ("Lefèvre", "Dupont", "Durand"):
        ids.append(
            add_contact(
                db,
                first_name="Marc",
                last_name=last,
                company_name="SARL Alpha & Fils",
                phone_business="+33144556677",
                postcode="69003",
            )
        )
        ids.append(
            add_contact(
                db,
                first_name="marc",
                last_name=last.upper(),
                company_name="Alpha et Fils",
                phone_business="01 44 55 66 77",
                postcode="69003",
                city="Lyon",
            )
        )
    return ids


def test_group_model_passes_the_model_tester(context: AppContext, qtbot: QtBot) -> None:
    _pairs(context.db)
    with context.db.uow(write=False) as uow:
        groups = list(scan(uow).groups)
    model = GroupTableModel(groups)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 3
    model.set_decision(1, Decision.REJECTED)
    assert model.data(model.index(1, 3)) == "Not a duplicate"
    assert "without the legal form" in model.data(model.index(0, 2))
    model.set_groups(groups[:1])
    assert proxy.rowCount() == 1 and model.decision(0) is Decision.PENDING


def test_merge_dialog_choices(context: AppContext, qtbot: QtBot) -> None:
    a, b = _pairs(context.db)[:2]
    with context.db.uow(write=False) as uow:
        preview = merge_preview(uow, "contact", [a, b])
    dialog = MergeDialog(preview)
    qtbot.addWidget(dialog)
    model = dialog.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(dialog.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert isinstance(model, FieldChoiceModel)
    # Only differing fields are listed at first; the city is one of them.
    shown = [
        dialog.proxy.headerData(r, Qt.Orientation.Vertical) for r in range(dialog.proxy.rowCount())
    ]
    assert "City" in shown and "Title" not in shown
    city_row = shown.index("Last name")
    dialog.table.clicked.emit(dialog.proxy.index(city_row, 1))
    assert dialog.choice().winners["last_name"] == b
    dialog.keep_group.button(b).setChecked(True)
    choice = dialog.choice()
    assert choice.keep_id == b and choice.other_ids == (a,)
    dialog.show_all.setChecked(True)
    assert dialog.proxy.rowCount() == model.rowCount()


def test_wizard_scan_review_merge_and_undo(context: AppContext, qtbot: QtBot) -> None:
    ids = _pairs(context.db)
    wizard = DuplicateWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.settings_page.settings().rules[1].field == "name"
    # Issue 21: every field is compared by default; the chosen fields wait greyed out.
    page = wizard.settings_page
    assert page.settings().evidence and not page.field_boxes[0].isEnabled()
    page.fields_radio.setChecked(True)
    assert not page.settings().evidence and page.field_boxes[0].isEnabled()
    page.companies_radio.setChecked(True)
    assert not page.evidence_radio.isEnabled() and not page.settings().evidence
    page.contacts_radio.setChecked(True)
    assert page.settings().evidence
    wizard.next()
    qtbot.waitUntil(lambda: wizard.scan_page.isComplete(), timeout=20000)
    wizard.next()
    review = wizard.review_page
    assert review.model.rowCount() == 3
    summary_model = wizard.summary_page.list_model
    QAbstractItemModelTester(summary_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    opened: list[tuple[str, int]] = []
    wizard.record_open_requested.connect(lambda kind, rid: opened.append((kind, rid)))
    review.table.selectRow(0)
    review.open_b.click()
    assert opened and opened[0][0] == "contact"
    # The last group is not a duplicate; the others are merged with the suggested choices.
    review.table.selectRow(2)
    rejected_ids = review.model.group(review.current_row() or 0).ids
    review.reject_button.click()
    review.accept_all.click()
    assert len(review.model.rows_with(Decision.ACCEPTED)) == 2
    with qtbot.waitSignal(context.ops.changed, timeout=20000) as rejected:
        pass
    assert rejected.args[0].touches("duplicate_exclusion")
    with qtbot.waitSignal(context.ops.changed, timeout=20000) as merged:
        wizard.next()
    summary = wizard.summary_page
    qtbot.waitUntil(lambda: summary.isComplete(), timeout=20000)
    assert len(wizard.merges) == 2
    # The runner announces the merge: the merged contacts changed, the views refresh them.
    changes = merged.args[0]
    for result in wizard.merges:
        assert changes.touches_contact(result.kept_id)
        assert all(changes.touches_contact(i) for i in result.merged_ids)
    with context.db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Contact)) == len(ids) - 2
        again = scan(uow)
    assert again.pairs == ()  # merged, or remembered as not a duplicate
    assert rejected_ids not in [g.ids for g in again.groups]
    summary.list.setCurrentIndex(summary.list_model.index(0, 0))
    undone_result = wizard.merges[0]
    with qtbot.waitSignal(context.ops.changed, timeout=20000) as unmerged:
        summary.undo_button.click()
    qtbot.waitUntil(lambda: len(wizard.merges) == 1, timeout=20000)
    # Issue 18: the undo says which records came back, by name.
    status = summary.status.text()
    assert f"Merge {undone_result.merge_id} undone" in status
    assert all(f"#{i}" in status for i in (undone_result.kept_id, *undone_result.merged_ids))
    assert any(name in status.upper() for name in ("LEFÈVRE", "DUPONT", "DURAND"))
    assert all(unmerged.args[0].touches_contact(i) for i in undone_result.merged_ids)
    with context.db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Contact)) == len(ids) - 1
        undone = uow.session.scalar(
            select(func.count()).select_from(MergeRecord).where(MergeRecord.undone_at.is_not(None))
        )
    assert undone == 1


def test_scan_can_be_cancelled_from_the_page(context: AppContext, qtbot: QtBot) -> None:
    _pairs(context.db)
    # Keep the worker threads busy so the scan is still queued when Cancel is pressed.
    release = threading.Event()
    context.ops.call(release.wait, 10)  # the one database thread is busy
    wizard = DuplicateWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.scan_page
    assert page.cancel_button.isEnabled()
    page.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: page.handle is None, timeout=20000)
    assert page.result is None and not page.isComplete()
    assert "cancelled" in page.status.text().lower()


def test_similar_records_warning(context: AppContext, qtbot: QtBot) -> None:
    from desktop_crm.services.duplicates.scan import find_similar
    from desktop_crm.ui.duplicates.similar_dialog import SimilarRecordsDialog

    a = _pairs(context.db)[0]
    with context.db.uow(write=False) as uow:
        matches = find_similar(
            uow, {"first_name": "Marc", "last_name": "Lefevre", "phone_business": "01 44 55 66 77"}
        )
    assert SimilarRecordsDialog.ask([]) == ("save", None)
    dialog = SimilarRecordsDialog(matches)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert dialog.model.rowCount() == len(matches) >= 1
    # Issue 18: the phone as the card shows it, said as a person would.
    assert "same phone: '01 44 55 66 77'" in dialog.model.item(0).text()
    dialog.open_button.click()
    assert dialog.outcome is not None and dialog.outcome[0] == "open"
    assert dialog.outcome[1] in {m.id for m in matches} and a in {m.id for m in matches}


def test_merge_button_loads_the_records_then_merges(context: AppContext, qtbot: QtBot) -> None:
    _pairs(context.db)
    wizard, review, row = first_group_in_review(qtbot, context)
    group_ids = set(review.model.group(row).ids)
    shown: list[MergeDialog] = []

    def accept_the_dialog() -> None:
        # The dialog opens modally once its records arrived from the database thread.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MergeDialog) and widget.isVisible():
                shown.append(widget)
                widget.accept()

    timer = QTimer()
    timer.timeout.connect(accept_the_dialog)
    timer.start(20)
    with qtbot.waitSignal(
        context.ops.changed,
        timeout=20000,
        check_params_cb=lambda changes, _initiator: changes.touches("merge_record"),
    ) as merged:
        review.merge_button.click()
    timer.stop()
    assert shown and set(shown[0].preview.ids) == group_ids
    qtbot.waitUntil(lambda: review.model.decision(row) is Decision.MERGED, timeout=20000)
    [result] = wizard.merges
    assert {result.kept_id, *result.merged_ids} == group_ids
    assert all(merged.args[0].touches_contact(i) for i in group_ids)
    assert not review.merge_button.isEnabled()


def test_closing_the_wizard_stops_the_scan(context: AppContext, qtbot: QtBot) -> None:
    _pairs(context.db)
    release = threading.Event()
    context.ops.call(release.wait, 10)  # the scan waits behind this
    wizard = DuplicateWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.scan_page
    wizard.reject()
    release.set()
    settle(qtbot, context)
    assert page.handle is None and page.result is None
    assert "cancelled" in page.status.text().lower()
