"""Python dates as Qt dates, so that ``QLocale.toString`` gets the types its signature names."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qdatetime(value: dt.datetime) -> QDateTime:
    """A naive datetime as a local-time QDateTime (what PySide's own conversion gives)."""
    time = QTime(value.hour, value.minute, value.second, value.microsecond // 1000)
    return QDateTime(qdate(value), time)


def short(value: dt.date | dt.datetime, locale: QLocale | None = None) -> str:
    """A date, or a date and time, in the locale's short format."""
    locale = locale or QLocale()
    if isinstance(value, dt.datetime):
        return locale.toString(qdatetime(value), QLocale.FormatType.ShortFormat)
    return locale.toString(qdate(value), QLocale.FormatType.ShortFormat)
