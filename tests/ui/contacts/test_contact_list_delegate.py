"""The contact list paints through its own delegate and starts its own drags.

Both exist for speed (one Python call per painted cell, no Python ``flags()``): these tests
check that the screen and the drag are what Qt's defaults gave.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, QPointF, Qt
from PySide6.QtGui import QDrag, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QStyledItemDelegate

from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.list_delegate import ListCellDelegate
from desktop_crm.ui.contacts.list_view import ContactListView
from desktop_crm.ui.groups.mime import contact_ids_of
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def view(qtbot, seeded_db: Database, context: AppContext) -> ContactListView:  # type: ignore[no-untyped-def]
    view = ContactListView(context)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    view.run_lookup()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.model.rowCount() > 100)
    return view


def _shot(view: ContactListView, qtbot) -> QImage:  # type: ignore[no-untyped-def]
    # Rows not read yet paint blank: paint until no page is being read.
    view.table.viewport().grab()
    qtbot.waitUntil(lambda: not view.model.loading_pages())
    return view.table.viewport().grab().toImage()


def _both(view: ContactListView, qtbot) -> tuple[QImage, QImage]:  # type: ignore[no-untyped-def]
    """The viewport painted by the list's delegate, then by Qt's default one."""
    ours = view.table.itemDelegate()
    assert isinstance(ours, ListCellDelegate)
    mine = _shot(view, qtbot)
    default = QStyledItemDelegate(view.table)
    view.table.setItemDelegate(default)
    try:
        theirs = _shot(view, qtbot)
    finally:
        view.table.setItemDelegate(ours)
    return mine, theirs


def test_cells_paint_as_qts_own_delegate(view: ContactListView, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Text, alternating rows (from an odd and an even first row), selection and focus."""
    table = view.table
    table.setFocus()
    table.selectRow(1)
    table.selectionModel().select(
        view.model.index(4, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    mine, theirs = _both(view, qtbot)
    assert not mine.isNull()
    assert mine == theirs
    # A lookup's first row is odd after scrolling one row: the alternation must follow.
    table.verticalScrollBar().setValue(table.verticalScrollBar().value() + 7)
    mine, theirs = _both(view, qtbot)
    assert mine == theirs
    # Not a blank comparison: the selected row and the text are on screen.
    assert len({mine.pixel(x, 5) for x in range(0, mine.width(), 7)}) > 1


def test_alternate_rows_are_the_odd_ones_as_the_view_marks_them(
    view: ContactListView,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    """The delegate sets the ``Alternate`` feature from the row's parity: the rule Qt's
    table uses to mark the option it hands over (styles other than Fusion paint with it)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    alternate = QStyleOptionViewItem.ViewItemFeature.Alternate
    handed: list[tuple[int, bool]] = []

    class Watching(ListCellDelegate):
        def paint(self, painter, option, index) -> None:  # type: ignore[no-untyped-def]
            handed.append((index.row(), bool(option.features & alternate)))
            filled = QStyleOptionViewItem(option)
            self.initStyleOption(filled, index)
            handed.append((index.row(), bool(filled.features & alternate)))
            super().paint(painter, option, index)

    view.table.setItemDelegate(Watching(view.model, alternate=True, parent=view.table))
    for step in (0, 3):
        view.table.verticalScrollBar().setValue(view.table.verticalScrollBar().value() + step)
        _shot(view, qtbot)
    rows = {row for row, _ in handed}
    assert len(rows) > 10 and min(rows) == 0 and max(rows) > 3
    assert all(marked == bool(row & 1) for row, marked in handed)


def test_a_cell_shows_the_models_value(view: ContactListView) -> None:
    delegate = view.table.itemDelegate()
    assert isinstance(delegate, ListCellDelegate)
    from PySide6.QtWidgets import QStyleOptionViewItem

    index = view.model.index(0, view.model.columns.index("city"))
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)
    assert option.text == view.model.data(index) != ""
    assert option.features & QStyleOptionViewItem.ViewItemFeature.HasDisplay
    # Sized by its text, as the column's "fit to contents" asks.
    assert delegate.sizeHint(option, index).width() > 10


def _mouse(kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> QMouseEvent:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    return QMouseEvent(
        kind, QPointF(at), QPointF(at), button, buttons, Qt.KeyboardModifier.NoModifier
    )


def _row_point(view: ContactListView, row: int) -> QPoint:
    return view.table.visualRect(view.model.index(row, 1)).center()


def test_pressing_a_selected_row_and_moving_drags_the_selection(
    view: ContactListView, monkeypatch: pytest.MonkeyPatch
) -> None:
    dragged: list[list[int]] = []

    def drop(drag: QDrag) -> Qt.DropAction:
        dragged.append(contact_ids_of(drag.mimeData()))
        return Qt.DropAction.CopyAction

    monkeypatch.setattr(view.rows_drag, "run", drop)
    table, viewport = view.table, view.table.viewport()
    table.selectRow(0)
    table.selectionModel().select(
        view.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    at = _row_point(view, 0)
    left = Qt.MouseButton.LeftButton
    QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseButtonPress, at, left))
    # A press on a selected row keeps the selection (Qt's rule, for dragging several rows).
    assert view.selected_ids() == [view.model.id_at(0), view.model.id_at(2)]
    # A small move is not a drag yet, and no rubber band selects the rows passed over.
    near = at + QPoint(1, 1)
    assert QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseMove, near, left))
    assert dragged == []
    far = at + QPoint(0, 3 * table.rowHeight(0))
    QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseMove, far, left))
    assert dragged == [[view.model.id_at(0), view.model.id_at(2)]]
    # One drag per press.
    QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseMove, far + QPoint(0, 9), left))
    assert len(dragged) == 1


def test_moving_without_a_press_on_a_row_drags_nothing(
    view: ContactListView, monkeypatch: pytest.MonkeyPatch
) -> None:
    dragged: list[QDrag] = []
    monkeypatch.setattr(view.rows_drag, "run", dragged.append)
    viewport = view.table.viewport()
    view.table.selectRow(3)
    far = _row_point(view, 0) + QPoint(0, 4 * view.table.rowHeight(0))
    # Moving with the button held but no press seen (it began outside the list).
    QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseMove, far, Qt.MouseButton.LeftButton))
    # A press and its release: a later move (button state stale) starts nothing.
    at = _row_point(view, 3)
    left = Qt.MouseButton.LeftButton
    QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseButtonPress, at, left))
    QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseButtonRelease, at, left))
    QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseMove, far, left))
    assert dragged == []
