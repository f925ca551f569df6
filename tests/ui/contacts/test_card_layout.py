"""The contact screen at 1400x860: an edit keeps the list's Mobile column in view, the Undo
button keeps its width, the business address is above the fold; the follow-up of a call is
one click away."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.storage.uow import Database
from desktop_crm.ui.calls.call_dialog import CallDialog
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card import ContactCard
from desktop_crm.ui.main_window import MainWindow
from tests.ui.conftest import settle
from tests.ui.layout_items import delete_later_now, qt_made_item_wrappers

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    workspace = window.contacts()
    qtbot.waitUntil(lambda: workspace.list.model.rowCount() > 0)
    with qtbot.waitSignal(workspace.card.contact_shown, timeout=10000):
        workspace.list.select_row(3)
    settle(qtbot, context)
    return window


def _mobile_right_edge(window: MainWindow) -> tuple[int, int]:
    table = window.contacts().list.table
    column = window.contacts().list.model.columns.index("phone_mobile")
    header = table.horizontalHeader()
    return header.sectionViewportPosition(column) + header.sectionSize(column), (
        table.viewport().width()
    )


def test_an_edit_keeps_the_mobile_column_and_the_undo_button_width(
    qtbot: QtBot, context: AppContext
) -> None:
    window = _window(qtbot, context)
    card = window.contacts().card
    right, width = _mobile_right_edge(window)
    assert right <= width  # the Mobile column is in view
    before = card.undo_button.width()
    card.form.editors["phone_business"].setText("01 23 45 67 89")
    qtbot.waitUntil(lambda: card.undo_action.isEnabled())
    qtbot.wait(10)
    assert card.undo_button.width() == before
    assert card.undo_button.text() == card.tr("Undo")
    assert card.undo_button.toolTip() == card.undo_action.text().replace("&", "")
    assert card.undo_button.toolTip() != card.undo_button.text()  # names the step
    right, width = _mobile_right_edge(window)
    assert right <= width
    card.revert()  # closing the window must not ask about the edit


def test_business_address_is_above_the_fold(qtbot: QtBot, context: AppContext) -> None:
    window = _window(qtbot, context)
    card = window.contacts().card
    form = card.form
    viewport = form.parentWidget()
    assert viewport is not None
    for name in ("address1", "postcode", "city", "country"):
        editor = form.editors[name]
        bottom = editor.mapTo(viewport, QPoint(0, editor.height())).y()
        assert bottom <= viewport.height(), name


def test_the_follow_up_of_a_call_is_one_click_away(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    card = ContactCard(context)
    qtbot.addWidget(card)
    with seeded_db.uow(write=False) as uow:
        contact_id = lookup_ids(uow, "lefevre jean")[0]
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(contact_id)

    def answer(cid, label, regarding, phone=None):  # type: ignore[no-untyped-def]
        dialog = CallDialog(
            cid, label, regarding, phone, clock=FixedClock(dt.datetime(2026, 3, 2, 10))
        )
        qtbot.addWidget(dialog)
        dialog.follow_up.setChecked(True)
        dialog.days.setValue(2)
        return dialog.call_input()

    card.ask_call = answer
    with qtbot.waitSignal(card.call_logged):
        card.log_call()
    settle(qtbot, context)
    notice = card.follow_up_notice
    assert not notice.isHidden() and "04/03/2026" in notice.text()
    link = notice.text().split('href="')[1].split('"')[0]
    with qtbot.waitSignal(
        card.activities_tab.view.selectionModel().selectionChanged, timeout=10000
    ):
        notice.linkActivated.emit(link)
    settle(qtbot, context)
    assert card.tabs.currentWidget() is card.activities_tab
    selected = card.activities_tab.current()
    assert selected is not None and selected.id == int(link.split(":")[1])
    assert selected.start_at.date() == dt.date(2026, 3, 4)
    assert notice.isHidden()


def test_rearranging_the_card_leaves_no_wrapper_of_a_deleted_item(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    before = qt_made_item_wrappers()
    card = ContactCard(context)
    qtbot.addWidget(card)
    for width in (1300, 700, 1300, 700):  # wide, narrow...: the column layouts are rebuilt
        card.form.resize(width, 600)
        card.form._arrange(width >= 1000)
        delete_later_now()
    assert card.form.is_wide() is False
    assert qt_made_item_wrappers() - before == set()


@pytest.mark.parametrize("width", [700, 1300])
def test_tab_goes_down_each_column_of_boxes(qtbot: QtBot, width: int) -> None:
    """From the last identity field Tab reaches the box below it (the business address on
    a two-column card, the company on a three-column one), not a box in another column."""
    from PySide6.QtWidgets import QWidget

    from desktop_crm.domain.fields import card_fields
    from desktop_crm.ui.contacts.card_form import COLUMNS_NARROW, COLUMNS_WIDE, ContactForm

    form = ContactForm()
    qtbot.addWidget(form)
    form.resize(width, 900)
    form.show()
    qtbot.waitExposed(form)
    plan = COLUMNS_WIDE if form.is_wide() else COLUMNS_NARROW
    assert form.is_wide() is (width >= 1000)
    editors = {widget: name for name, widget in form.editors.items()}

    def after(name: str) -> str:
        widget: QWidget = form.editors[name].nextInFocusChain()
        while widget not in editors:
            widget = widget.nextInFocusChain()
        return editors[widget]

    fields = {section.key: [spec.name for spec in specs] for section, specs in card_fields()}
    # Down the first column: the identity's last field, then the first of the box below.
    assert after(fields[plan[0][0]][-1]) == fields[plan[0][1]][0]
    assert after("last_name") == "salutation"  # within a box: the fields' order
    # The first column's last box leads to the second column's first box.
    assert after(fields[plan[0][-1]][-1]) == fields[plan[1][0]][0]
