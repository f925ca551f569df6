"""Painted calendar grids: a time grid (day, work week, week) and a month grid.

Both only draw and translate mouse gestures into requests (create, open, move, resize);
the calendar view turns requests into service calls, so the grids never touch the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from desktop_crm.services.activities.agenda import CalendarItem
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


def _visual_end(item: CalendarItem) -> dt.datetime:
    """Short activities still take a quarter hour on screen."""
    return max(item.end, item.start + dt.timedelta(minutes=SNAP_MIN))


def _clusters(items: Sequence[CalendarItem]) -> list[list[CalendarItem]]:
    """Groups of activities (sorted by start) that overlap one another transitively."""
    groups: list[list[CalendarItem]] = []
    reach = dt.datetime.min
    for item in items:
        if not groups or item.start >= reach:
            groups.append([])
        groups[-1].append(item)
        reach = max(reach, _visual_end(item)) if len(groups[-1]) > 1 else _visual_end(item)
    return groups


class _GridBase(QWidget):
    """Shared signals and the context menu of calendar grids.

    Signals: ``create_requested(datetime, timeless)``, ``open_requested(activity_id)``,
    ``move_requested(activity_id, new_start, duration_min)``,
    ``contact_requested(contact_id)``, ``clear_requested(activity_id)``.
    """

    create_requested = Signal(object, bool)
    open_requested = Signal(int)
    move_requested = Signal(int, object, int)
    contact_requested = Signal(int)
    clear_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[CalendarItem] = []
        self.today = dt.date.today()
        self._drag: _Drag | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def item_at(self, pos: QPoint) -> CalendarItem | None:
        raise NotImplementedError

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

    @staticmethod
    def _fill(item: CalendarItem) -> QColor:
        colour = QColor(TYPE_COLOURS.get(item.type, QColor("#888888")))
        if item.cleared:
            colour.setAlpha(90)
        return colour


class TimeGrid(_GridBase):
    """Days side by side, hours from ``first_hour`` to ``last_hour``, all-day strip on top."""

    def __init__(
        self, parent: QWidget | None = None, first_hour: int = 7, last_hour: int = 21
    ) -> None:
        super().__init__(parent)
        self.days: list[dt.date] = [dt.date.today()]
        self.first_hour = first_hour
        self.last_hour = last_hour

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def set_content(
        self, days: Sequence[dt.date], items: Sequence[CalendarItem], today: dt.date
    ) -> None:
        self.days = list(days)
        self.items = list(items)
        self.today = today
        self.update()

    # --- geometry -----------------------------------------------------------------------

    def _all_day_rows(self) -> int:
        counts = [
            sum(1 for i in self.items if i.timeless and i.start.date() == d) for d in self.days
        ]
        return max([1, *counts])

    def grid_top(self) -> int:
        return HEADER_PX + self._all_day_rows() * ALL_DAY_ROW_PX + 4

    def day_width(self) -> float:
        return (self.width() - GUTTER_PX) / max(1, len(self.days))

    def hour_height(self) -> float:
        return (self.height() - self.grid_top()) / max(1, self.last_hour - self.first_hour)

    def x_for_day(self, index: int) -> float:
        return GUTTER_PX + index * self.day_width()

    def y_for(self, moment: dt.time | dt.datetime) -> float:
        minutes = moment.hour * 60 + moment.minute - self.first_hour * 60
        minutes = min(max(minutes, 0), (self.last_hour - self.first_hour) * 60)
        return self.grid_top() + minutes * self.hour_height() / 60

    def slot_at(self, pos: QPoint) -> tuple[dt.datetime, bool]:
        """The snapped date-time under ``pos`` and whether it is in the all-day strip."""
        index = int((pos.x() - GUTTER_PX) // self.day_width()) if pos.x() >= GUTTER_PX else 0
        day = self.days[min(max(index, 0), len(self.days) - 1)]
        if pos.y() < self.grid_top():
            return dt.datetime.combine(day, dt.time()), True
        minutes = (pos.y() - self.grid_top()) * 60 / self.hour_height()
        minutes = int(minutes // SNAP_MIN * SNAP_MIN) + self.first_hour * 60
        minutes = min(max(minutes, 0), 24 * 60 - SNAP_MIN)
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes), False

    def point_for(self, moment: dt.datetime) -> QPoint:
        """The centre of the slot starting at ``moment`` (tests and drag previews)."""
        index = self.days.index(moment.date())
        return QPoint(
            int(self.x_for_day(index) + self.day_width() / 2),
            int(self.y_for(moment) + self.hour_height() / 8),
        )

    def _layout(self) -> list[tuple[CalendarItem, QRectF]]:
        placed: list[tuple[CalendarItem, QRectF]] = []
        for index, day in enumerate(self.days):
            x0, width = self.x_for_day(index), self.day_width()
            all_day = [i for i in self.items if i.timeless and i.start.date() == day]
            for row, item in enumerate(all_day):
                placed.append(
                    (
                        item,
                        QRectF(
                            x0 + 2,
                            HEADER_PX + row * ALL_DAY_ROW_PX + 1,
                            width - 4,
                            ALL_DAY_ROW_PX - 2,
                        ),
                    )
                )
            timed = sorted(
                (i for i in self.items if not i.timeless and i.start.date() == day),
                key=lambda i: (i.start, i.end),
            )
            # Activities that overlap share the day's width in lanes, cluster by cluster.
            for cluster in _clusters(timed):
                lanes: list[dt.datetime] = []
                assigned: list[tuple[CalendarItem, int]] = []
                for item in cluster:
                    end = _visual_end(item)
                    for lane, free_at in enumerate(lanes):
                        if free_at <= item.start:
                            lanes[lane] = end
                            assigned.append((item, lane))
                            break
                    else:
                        lanes.append(end)
                        assigned.append((item, len(lanes) - 1))
                lane_width = (width - 4) / max(1, len(lanes))
                for item, lane in assigned:
                    top = self.y_for(item.start)
                    end = (
                        item.end
                        if item.end.date() == day
                        else dt.datetime.combine(day, dt.time(23, 59))
                    )
                    bottom = max(
                        self.y_for(end),
                        top + self.hour_height() * SNAP_MIN / 60,
                        top + MIN_BLOCK_PX,
                    )
                    placed.append(
                        (
                            item,
                            QRectF(x0 + 2 + lane * lane_width, top, lane_width - 2, bottom - top),
                        )
                    )
        return placed

    def item_rect(self, activity_id: int) -> QRect:
        for item, rect in self._layout():
            if item.activity_id == activity_id:
                return rect.toRect()
        return QRect()

    def item_at(self, pos: QPoint) -> CalendarItem | None:
        for item, rect in reversed(self._layout()):
            if rect.contains(pos.toPointF()):
                return item
        return None

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        grid_pen = QPen(palette.color(QPalette.ColorRole.Mid))
        text_colour = palette.color(QPalette.ColorRole.Text)
        top = self.grid_top()
        for index, day in enumerate(self.days):
            x = self.x_for_day(index)
            header = QRectF(x, 0, self.day_width(), HEADER_PX)
            if day == self.today:
                painter.fillRect(
                    QRectF(x, 0, self.day_width(), self.height()),
                    palette.color(QPalette.ColorRole.AlternateBase),
                )
            font = QFont(self.font())
            font.setBold(day == self.today)
            painter.setFont(font)
            painter.setPen(text_colour)
            painter.drawText(
                header,
                Qt.AlignmentFlag.AlignCenter,
                f"{self.tr(DAY_NAMES[day.weekday()])} {day:%d/%m}",
            )
            painter.setPen(grid_pen)
            painter.drawLine(int(x), 0, int(x), self.height())
        painter.setFont(self.font())
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.y_for(dt.time(hour if hour < 24 else 23, 0 if hour < 24 else 59))
            painter.setPen(grid_pen)
            painter.drawLine(GUTTER_PX, int(y), self.width(), int(y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, min(y - 8, self.height() - 16), GUTTER_PX - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}:00",
            )
        painter.setPen(grid_pen)
        painter.drawLine(0, top - 2, self.width(), top - 2)
        for item, rect in self._layout():
            self._paint_item(painter, item, rect)
        painter.end()

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
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        else:
            flags = (
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            )
        painter.drawText(inner, flags, text)

    # --- mouse --------------------------------------------------------------------------

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        item = self.item_at(pos)
        if item is not None:
            self.open_requested.emit(item.activity_id)
        elif pos.x() >= GUTTER_PX:
            moment, timeless = self.slot_at(pos)
            self.create_requested.emit(moment, timeless)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        item = self.item_at(pos)
        if item is None:
            return
        if event.button() == Qt.MouseButton.RightButton:
            self._context_menu(item, event.globalPosition().toPoint())
            return
        if event.button() != Qt.MouseButton.LeftButton or item.cleared or item.hidden:
            return
        rect = self.item_rect(item.activity_id)
        resize = not item.timeless and pos.y() >= rect.bottom() - RESIZE_GRIP_PX
        moment, _ = self.slot_at(pos)
        self._drag = _Drag(item, "resize" if resize else "move", moment - item.start, pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._drag is None:
            item = self.item_at(pos)
            near_bottom = (
                item is not None
                and not item.timeless
                and (pos.y() >= self.item_rect(item.activity_id).bottom() - RESIZE_GRIP_PX)
            )
            self.setCursor(
                Qt.CursorShape.SizeVerCursor if near_bottom else Qt.CursorShape.ArrowCursor
            )
            return
        self._drag.moved = True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        if (pos - drag.origin).manhattanLength() < 4:
            return
        moment, timeless = self.slot_at(pos)
        item = drag.item
        duration = int((item.end - item.start).total_seconds() // 60)
        if drag.mode == "resize":
            end = moment + dt.timedelta(minutes=SNAP_MIN)
            duration = max(SNAP_MIN, int((end - item.start).total_seconds() // 60))
            self.move_requested.emit(item.activity_id, item.start, duration)
            return
        if item.timeless or timeless:
            new_start = dt.datetime.combine(moment.date(), item.start.time())
        else:
            new_start = moment - drag.grab
            new_start -= dt.timedelta(minutes=new_start.minute % SNAP_MIN)
        if new_start != item.start:
            self.move_requested.emit(item.activity_id, new_start, 0 if item.timeless else duration)


class MonthGrid(_GridBase):
    """Six weeks of day cells with the activities of each day as lines."""

    LINE_PX = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_day = dt.date.today().replace(day=1)
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

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        item = self.item_at(pos)
        if item is None:
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
        self.move_requested.emit(item.activity_id, new_start, duration)
