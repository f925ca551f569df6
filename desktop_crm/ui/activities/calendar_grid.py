"""Painted calendar grids: a time grid (day, work week, week) and a month grid.

Both only draw and translate mouse gestures into requests (create, open, move, resize);
the calendar view turns requests into service calls, so the grids never touch the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolTip, QWidget

from desktop_crm.domain.clock import SystemClock
from desktop_crm.services.activities.agenda import CalendarItem
from desktop_crm.ui.activities.calendar_overflow import OverflowList
from desktop_crm.ui.activities.labels import TYPE_COLOURS, type_label

SNAP_MIN = 15
RESIZE_GRIP_PX = 6
GUTTER_PX = 48
HEADER_PX = 24
ALL_DAY_ROW_PX = 20
MIN_BLOCK_PX = 18
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass
class _Drag:
    item: CalendarItem
    mode: str  # "move" or "resize"
    grab: dt.timedelta
    origin: QPoint
    moved: bool = False


def _visual_end(item: CalendarItem, least: int = SNAP_MIN) -> dt.datetime:
    """Short activities still take ``least`` minutes on screen (a quarter hour, or the
    minutes a block's one line of text takes at the grid's height)."""
    return max(item.end, item.start + dt.timedelta(minutes=least))


def one_line(metrics: QFontMetrics, text: str, time: str, width: int) -> str:
    """``text`` elided to ``width``; when not even the start time would read whole ("10:…"
    in a busy week's narrow lane), the time alone, the rest in the tooltip."""
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if time and elided != text and len(elided) <= len(time) + 1:
        return time
    return elided


def _clusters(items: Sequence[CalendarItem], least: int = SNAP_MIN) -> list[list[CalendarItem]]:
    """Groups of activities (sorted by start) that overlap one another transitively."""
    groups: list[list[CalendarItem]] = []
    reach = dt.datetime.min
    for item in items:
        if not groups or item.start >= reach:
            groups.append([])
        groups[-1].append(item)
        end = _visual_end(item, least)
        reach = max(reach, end) if len(groups[-1]) > 1 else end
    return groups


class _GridBase(QWidget):
    """Shared signals and the context menu of calendar grids.

    Signals: ``create_requested(datetime, timeless)``, ``open_requested(activity_id)``,
    ``move_requested(activity_id, new_start, duration_min, occurrence_start)``,
    ``contact_requested(contact_id)``, ``clear_requested(activity_id)``.
    """

    create_requested = Signal(object, bool)
    open_requested = Signal(int)
    move_requested = Signal(int, object, int, object)
    contact_requested = Signal(int)
    clear_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[CalendarItem] = []
        self.today = SystemClock().now().date()
        self._drag: _Drag | None = None
        self.overflow_dialog: OverflowList | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def item_at(self, pos: QPoint) -> CalendarItem | None:
        raise NotImplementedError

    def tooltip_text(self, item: CalendarItem) -> str:
        """The whole of a block's text (a busy week's lane shows "10:00" and no more)."""
        text = self._item_text(item, with_time=False)
        if item.timeless:
            return f"{type_label(item.type)} — {text}"
        return f"{item.start:%H:%M}–{item.end:%H:%M} {type_label(item.type)} — {text}"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.item_at(event.pos())
            if item is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_text(item), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def show_more(self, items: Sequence[CalendarItem]) -> OverflowList:
        """List activities that have no room of their own; picking one opens it."""
        if self.overflow_dialog is not None:
            self.overflow_dialog.close()
        dialog = self.overflow_dialog = OverflowList(items, self._item_text, self)
        dialog.open_requested.connect(self.open_requested)
        dialog.contact_requested.connect(self.contact_requested)
        dialog.destroyed.connect(lambda *_a: self._forget_overflow(dialog))
        dialog.show()
        return dialog

    def _forget_overflow(self, dialog: OverflowList) -> None:
        if self.overflow_dialog is dialog:
            self.overflow_dialog = None

    def _context_menu(self, item: CalendarItem, global_pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(
            self.tr("Open activity…"), lambda: self.open_requested.emit(item.activity_id)
        )
        if item.contact_id is not None:
            menu.addAction(
                self.tr("Open contact"), lambda: self.contact_requested.emit(item.contact_id)
            )
        if not item.cleared:
            menu.addAction(
                self.tr("Clear activity…"), lambda: self.clear_requested.emit(item.activity_id)
            )
        menu.exec(global_pos)

    def _item_text(self, item: CalendarItem, with_time: bool) -> str:
        if item.hidden:
            subject = self.tr("Busy")
        else:
            subject = " – ".join(p for p in (item.contact_name, item.regarding) if p)
            subject = subject or type_label(item.type)
        if with_time and not item.timeless:
            return f"{item.start:%H:%M} {subject}"
        return subject

    def _paint_item(self, painter: QPainter, item: CalendarItem, rect: QRectF) -> None:
        fill = self._fill(item)
        painter.setPen(QPen(fill.darker(130)))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor("white") if not item.cleared else QColor("#333333"))
        font = QFont(self.font())
        font.setStrikeOut(item.cleared)
        painter.setFont(font)
        inner = rect.adjusted(4, 1, -3, -1)
        text = self._item_text(item, with_time=True)
        metrics = painter.fontMetrics()
        if inner.height() < 2 * metrics.height():
            # One line only: elide rather than cut the text in half.
            time = "" if item.timeless else f"{item.start:%H:%M}"
            text = one_line(metrics, text, time, int(inner.width()))
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        else:
            flags = (
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            )
        painter.drawText(inner, flags, text)

    @staticmethod
    def _fill(item: CalendarItem) -> QColor:
        colour = QColor(TYPE_COLOURS.get(item.type, QColor("#888888")))
        if item.cleared:
            colour.setAlpha(90)
        return colour


class MonthGrid(_GridBase):
    """Six weeks of day cells with the activities of each day as lines."""

    LINE_PX = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_day = SystemClock().now().date().replace(day=1)
        self.month = self.first_day.month

    def set_content(
        self, month_start: dt.date, items: Sequence[CalendarItem], today: dt.date
    ) -> None:
        self.month = month_start.month
        self.first_day = month_start - dt.timedelta(days=month_start.weekday())
        self.items = list(items)
        self.today = today
        self.update()

    def cell_rect(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - HEADER_PX) / 6
        return QRectF((index % 7) * width, HEADER_PX + (index // 7) * height, width, height)

    def day_at(self, pos: QPoint) -> dt.date | None:
        for index in range(42):
            if self.cell_rect(index).contains(pos.toPointF()):
                return self.first_day + dt.timedelta(days=index)
        return None

    def point_for(self, day: dt.date) -> QPoint:
        rect = self.cell_rect((day - self.first_day).days)
        return QPoint(int(rect.center().x()), int(rect.bottom() - 4))

    def _lines(self) -> list[tuple[CalendarItem, QRectF]]:
        placed: list[tuple[CalendarItem, QRectF]] = []
        for index in range(42):
            day = self.first_day + dt.timedelta(days=index)
            cell = self.cell_rect(index)
            room = int((cell.height() - self.LINE_PX) // self.LINE_PX)
            todays = [i for i in self.items if i.start.date() == day]
            for row, item in enumerate(todays[: max(0, room)]):
                placed.append(
                    (
                        item,
                        QRectF(
                            cell.x() + 2,
                            cell.y() + (row + 1) * self.LINE_PX,
                            cell.width() - 4,
                            self.LINE_PX - 1,
                        ),
                    )
                )
        return placed

    def item_at(self, pos: QPoint) -> CalendarItem | None:
        for item, rect in self._lines():
            if rect.contains(pos.toPointF()):
                return item
        return None

    def item_rect(self, activity_id: int) -> QRect:
        for item, rect in self._lines():
            if item.activity_id == activity_id:
                return rect.toRect()
        return QRect()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        grid_pen = QPen(palette.color(QPalette.ColorRole.Mid))
        text = palette.color(QPalette.ColorRole.Text)
        for column, name in enumerate(DAY_NAMES):
            painter.setPen(text)
            painter.drawText(
                QRectF(column * self.width() / 7, 0, self.width() / 7, HEADER_PX),
                Qt.AlignmentFlag.AlignCenter,
                self.tr(name),
            )
        shown: dict[dt.date, int] = {}
        for item, _ in self._lines():
            shown[item.start.date()] = shown.get(item.start.date(), 0) + 1
        for index in range(42):
            day = self.first_day + dt.timedelta(days=index)
            cell = self.cell_rect(index)
            if day == self.today:
                painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(grid_pen)
            painter.drawRect(cell)
            painter.setPen(
                text
                if day.month == self.month
                else palette.color(QPalette.ColorRole.PlaceholderText)
            )
            painter.drawText(
                cell.adjusted(4, 1, -4, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                str(day.day),
            )
            hidden = sum(1 for i in self.items if i.start.date() == day) - shown.get(day, 0)
            if hidden > 0:
                painter.drawText(
                    cell.adjusted(4, 1, -4, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    self.tr("+%1 more").replace("%1", str(hidden)),
                )
        for item, rect in self._lines():
            painter.fillRect(rect, self._fill(item))
            painter.setPen(QColor("white"))
            painter.drawText(
                rect.adjusted(3, 0, -2, 0),
                Qt.AlignmentFlag.AlignVCenter,
                self._item_text(item, with_time=True),
            )
        painter.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        item = self.item_at(pos)
        if item is not None:
            self.open_requested.emit(item.activity_id)
            return
        day = self.day_at(pos)
        if day is not None:
            self.create_requested.emit(dt.datetime.combine(day, dt.time(9, 0)), False)

    def hidden_items(self, day: dt.date) -> list[CalendarItem]:
        """The day's activities without a line of their own (behind "+N more")."""
        shown = {id(item) for item, _ in self._lines()}
        return [i for i in self.items if i.start.date() == day and id(i) not in shown]

    def more_rect(self, day: dt.date) -> QRectF:
        """Where a day's "+N more" is written: the top line of its cell, left of the date."""
        cell = self.cell_rect((day - self.first_day).days)
        return QRectF(cell.x(), cell.y(), cell.width() - 24, self.LINE_PX)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        item = self.item_at(pos)
        if item is None:
            day = self.day_at(pos)
            if (
                day is not None
                and event.button() == Qt.MouseButton.LeftButton
                and self.more_rect(day).contains(pos.toPointF())
            ):
                hidden = self.hidden_items(day)
                if hidden:
                    self.show_more(hidden)
            return
        if event.button() == Qt.MouseButton.RightButton:
            self._context_menu(item, event.globalPosition().toPoint())
        elif event.button() == Qt.MouseButton.LeftButton and not item.cleared and not item.hidden:
            self._drag = _Drag(item, "move", dt.timedelta(), pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None:
            return
        day = self.day_at(event.position().toPoint())
        if day is None or day == drag.item.start.date():
            return
        item = drag.item
        new_start = dt.datetime.combine(day, item.start.time())
        duration = 0 if item.timeless else int((item.end - item.start).total_seconds() // 60)
        self.move_requested.emit(item.activity_id, new_start, duration, item.start)
