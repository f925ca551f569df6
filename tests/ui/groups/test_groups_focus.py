"""Opening the Groups view chooses no group, whichever widget takes the focus, and
« Edit query… » beside the query is enabled only beside a dynamic group's query.

The button was enabled with no group chosen and did nothing; disabling it once made the tree
the first widget to take the focus, and a Qt item view taking the focus makes its first item
current: the view then opened the first group by itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.groups.groups import add_members, create_group, group_tree
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.groups.view import GroupsView
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _seed(db: Database) -> dict[str, int]:
    with db.uow() as uow:
        salons = create_group(uow, "Salons")
        add_members(uow, salons.id, lookup_ids(uow, "Martin")[:3])
        create_group(uow, "Clients lyonnais", query_text='city = "Lyon"')
        uow.commit()
        return {n.path: n.id for n in group_tree(uow)}


def _open(qtbot: QtBot, context: AppContext) -> GroupsView:
    view = GroupsView(context)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.start()
    settle(qtbot, context)
    assert view.tree_model.rowCount() == 2
    return view


def _nothing_chosen(view: GroupsView) -> bool:
    return (
        not view.tree.currentIndex().isValid()
        and view.selected_group_id() is None
        and view.current is None
        and view.members_model.rowCount() == 0
    )


def test_the_tree_taking_the_focus_chooses_no_group(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    _seed(seeded_db)
    view = _open(qtbot, context)
    assert _nothing_chosen(view)
    # However the focus comes (first widget of the window, Tab, Backtab, the window
    # activated), the tree gets it without choosing a group.
    for reason in (
        Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason,
        Qt.FocusReason.ActiveWindowFocusReason,
        Qt.FocusReason.OtherFocusReason,
    ):
        QApplication.sendEvent(view.tree, QFocusEvent(QEvent.Type.FocusIn, reason))
        QApplication.sendEvent(view.tree, QFocusEvent(QEvent.Type.FocusOut, reason))
        settle(qtbot, context)
        assert _nothing_chosen(view), reason
    assert view.name_label.text() == "No group selected"
    assert not view.query_button.isEnabled()


def test_the_view_shown_with_the_focus_chooses_no_group(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    _seed(seeded_db)
    view = _open(qtbot, context)
    view.activateWindow()
    view.tree.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.sendEvent(view.tree, QFocusEvent(QEvent.Type.FocusIn))
    settle(qtbot, context)
    assert _nothing_chosen(view)
    # The keyboard still starts in the tree: the first arrow key chooses the first group.
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.current is not None)
    assert view.current is not None and view.current.node.path == "Clients lyonnais"


def test_edit_query_beside_the_query_only_for_a_dynamic_group(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    groups = _seed(seeded_db)
    view = _open(qtbot, context)
    assert not view.query_button.isEnabled()  # no group chosen: it did nothing
    for path, enabled in (("Salons", False), ("Clients lyonnais", True), ("Salons", False)):
        view.tree.setCurrentIndex(view.tree_model.index_of(groups[path]))
        settle(qtbot, context)
        qtbot.waitUntil(lambda p=path: view.current is not None and view.current.node.path == p)
        assert view.query_button.isEnabled() is enabled, path
    # The toolbar's action still makes a static group dynamic.
    assert view.group_actions["query"].isEnabled()
