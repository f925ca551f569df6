"""Translated names of activity types, priorities, results, alarm leads and recurrences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop_crm.domain.constants import ALARM_LEAD_MINUTES, ActivityType, HistoryType, Priority


def _t(text: str) -> str:
    return QCoreApplication.translate("Activities", text)


def type_label(kind: str) -> str:
    names = {
        ActivityType.CALL: _t("Call"),
        ActivityType.MEETING: _t("Meeting"),
        ActivityType.TODO: _t("To-do"),
        ActivityType.LETTER: _t("Letter"),
        ActivityType.EMAIL: _t("E-mail"),
        ActivityType.PERSONAL: _t("Personal"),
    }
    return names.get(ActivityType(kind), kind) if kind in set(ActivityType) else kind


def priority_label(priority: int) -> str:
    names = {
        Priority.LOW: _t("Low"),
        Priority.MEDIUM_LOW: _t("Medium-low"),
        Priority.MEDIUM: _t("Medium"),
        Priority.MEDIUM_HIGH: _t("Medium-high"),
        Priority.HIGH: _t("High"),
    }
    return names.get(Priority(priority), str(priority)) if 1 <= priority <= 5 else str(priority)


def result_label(result: str) -> str:
    """The result of a call, meeting, to-do...: the same words in the call dialog, when
    clearing a task and in the history's Result column."""
    names = {
        HistoryType.CALL_REACHED: _t("Reached"),
        HistoryType.CALL_ATTEMPTED: _t("Call attempted"),
        HistoryType.CALL_LEFT_MESSAGE: _t("Left message"),
        HistoryType.CALL_WRONG_NUMBER: _t("Wrong number"),
        HistoryType.CALL_RECEIVED: _t("Call received"),
        HistoryType.MEETING_HELD: _t("Meeting held"),
        HistoryType.MEETING_NOT_HELD: _t("Meeting not held"),
        HistoryType.TODO_DONE: _t("To-do done"),
        HistoryType.TODO_NOT_DONE: _t("To-do not done"),
        HistoryType.LETTER_SENT: _t("Letter sent"),
        HistoryType.EMAIL_SENT: _t("E-mail sent"),
    }
    return names.get(HistoryType(result), result) if result in set(HistoryType) else result


CALL_TYPES = frozenset(
    {
        HistoryType.CALL_ATTEMPTED,
        HistoryType.CALL_REACHED,
        HistoryType.CALL_LEFT_MESSAGE,
        HistoryType.CALL_WRONG_NUMBER,
        HistoryType.CALL_RECEIVED,
    }
)


def history_result(type_code: str, stored: str | None) -> str:
    """The history's Result column: the result named by the entry's type (a call logged
    stores its direction in ``result``, a cleared task a label of its time), with a call's
    direction after it: "Reached (outgoing)"."""
    if type_code in set(HistoryType) and result_label(type_code) != type_code:
        text = result_label(type_code)
        if type_code in CALL_TYPES and type_code != HistoryType.CALL_RECEIVED:
            direction = {"outgoing": _t("outgoing"), "incoming": _t("incoming")}.get(stored or "")
            if direction:
                text = _t("{0} ({1})").format(text, direction)
        return text
    return {"outgoing": _t("Outgoing"), "incoming": _t("Incoming")}.get(stored or "", stored or "")


def lead_label(minutes: int | None) -> str:
    if minutes is None:
        return _t("No alarm")
    if minutes == 0:
        return _t("At start time")
    if minutes < 60:
        return QCoreApplication.translate("Activities", "%n minute(s) before", None, minutes)
    if minutes < 1440:
        return QCoreApplication.translate("Activities", "%n hour(s) before", None, minutes // 60)
    return QCoreApplication.translate("Activities", "%n day(s) before", None, minutes // 1440)


ALARM_CHOICES: tuple[int | None, ...] = (None, *ALARM_LEAD_MINUTES)

RECURRENCES: tuple[tuple[str | None, str], ...] = (
    (None, "Does not repeat"),
    ("daily", "Daily"),
    ("weekly", "Weekly"),
    ("monthly", "Monthly"),
    ("yearly", "Yearly"),
)


def recurrence_label(code: str | None) -> str:
    return _t(dict(RECURRENCES).get(code, "Does not repeat"))


# One colour per type, readable on light and dark backgrounds (calendar blocks).
TYPE_COLOURS: dict[str, QColor] = {
    ActivityType.CALL: QColor("#3b82f6"),
    ActivityType.MEETING: QColor("#10b981"),
    ActivityType.TODO: QColor("#f59e0b"),
    ActivityType.LETTER: QColor("#8b5cf6"),
    ActivityType.EMAIL: QColor("#06b6d4"),
    ActivityType.PERSONAL: QColor("#9ca3af"),
}
