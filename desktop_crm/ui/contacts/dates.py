"""Python dates as Qt dates, so that ``QLocale.toString`` gets the types its signature names."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QWidget


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def wall_qdatetime(value: dt.datetime) -> QDateTime:
    """A business wall time (naive, the team's zone) as a QDateTime that Qt never moves: held
    in UTC, which has no summer time. As a local time, a time that does not exist in the
    computer's own zone (02:30 on its spring-forward night, when the team is elsewhere) was
    moved an hour by Qt."""
    time = QTime(value.hour, value.minute, value.second, value.microsecond // 1000)
    return QDateTime(qdate(value), time, QTimeZone.utc())


def wall_edit(value: dt.datetime, parent: QWidget | None = None) -> QDateTimeEdit:
    """A date-time edit of a business wall time (``wall_qdatetime``): what it shows is what
    ``dateTime().toPython()`` gives back, whatever the computer's zone."""
    edit = QDateTimeEdit(parent)
    edit.setTimeZone(QTimeZone.utc())
    edit.setDateTime(wall_qdatetime(value))
    return edit


def short(value: dt.date | dt.datetime, locale: QLocale | None = None) -> str:
    """A date, or a date and time, in the locale's short format."""
    locale = locale or QLocale()
    if isinstance(value, dt.datetime):
        # (as a wall time: a local QDateTime shows 02:30 of the computer's skipped hour as 03:30)
        return locale.toString(wall_qdatetime(value), QLocale.FormatType.ShortFormat)
    return locale.toString(qdate(value), QLocale.FormatType.ShortFormat)
