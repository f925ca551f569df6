"""The calendar's bar at 1400x860 in French: the user chooser shows the whole name (it is
filled after the window shows: it read "Sophie M")."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import FixedClock
from desktop_crm.storage.models.people import User
from desktop_crm.storage.uow import Database
from desktop_crm.ui.activities.calendar_view import CalendarView
from desktop_crm.ui.common.context import AppContext
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]
NAME = "Sophie Marchand-Delacroix"


def test_the_user_chooser_shows_the_whole_name(
    qtbot: QtBot, sqlite_db: Database, context: AppContext, language: str
) -> None:
    with sqlite_db.uow() as uow:
        user = uow.session.get(User, sqlite_db.user_id)
        assert user is not None
        user.display_name = NAME
        uow.commit()
    view = CalendarView(context, clock=FixedClock(dt.datetime(2026, 12, 1, 10, 0)))
    qtbot.addWidget(view)
    view.resize(1240, 780)
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot, context)
    combo = view.user_combo
    assert combo.currentText() == NAME
    # The text fits in the combo's text area (its width less the arrow and the frame).
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    assert field.width() >= combo.fontMetrics().horizontalAdvance(NAME)
