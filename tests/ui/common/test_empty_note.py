"""EmptyNote: the sentence an empty table shows, once its rows have been read, and only while
it has none."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop_crm.ui.common.empty_note import EmptyNote
from desktop_crm.ui.common.simple_table import RowsModel


def test_the_note_follows_the_rows(qtbot: QtBot) -> None:
    model = RowsModel(["Nom", "Ville"])
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(600, 300)
    note = EmptyNote(view, "Rien ici.")
    view.show()
    qtbot.waitExposed(view)
    assert note.isHidden()  # not read yet: no "nothing here" while the rows load
    model.set_rows([])
    assert note.isVisible() and note.text() == "Rien ici."
    viewport = view.viewport().rect()
    assert viewport.contains(note.geometry()) and note.width() > viewport.width() // 2
    assert note.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    model.set_rows([("Durand", "Lyon")])
    assert note.isHidden()
    model.set_rows([])
    assert note.isVisible()
    note.set_text("")
    assert note.isHidden()
    # It follows the table's size.
    view.resize(900, 400)
    qtbot.waitUntil(lambda: note.width() > 700)
    assert view.viewport().rect().contains(note.geometry().bottomRight() - QPoint(1, 1))


def test_a_note_that_does_not_wait(qtbot: QtBot) -> None:
    model = RowsModel(["Nom"])
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    note = EmptyNote(view, "Vide.", waits=False)
    view.show()
    qtbot.waitExposed(view)
    assert note.isVisible()
