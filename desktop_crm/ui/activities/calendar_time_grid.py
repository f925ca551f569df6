"""The painted time grid of the calendar (day, work week, week), readable when a day is busy.

Overlapping activities share a day in at most a readable number of lanes; the rest of a
crowd is one "+N" block that lists them. Activities without a time sit in a band above the
hours, a few rows at most, with their own "+N". The hours scroll under the band.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QWidget

from desktop_crm.domain.clock import SystemClock
from desktop_crm.services.activities.agenda import CalendarItem
from desktop_crm.ui.activities.calendar_grid import (
    ALL_DAY_ROW_PX,
    GUTTER_PX,
    HEADER_PX,
    MIN_BLOCK_PX,
    RESIZE_GRIP_PX,
    SNAP_MIN,
    _clusters,
    _Drag,
    _GridBase,
    _visual_end,
)

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Lanes side by side at most: a week's day column holds four readable blocks, a day more.
MAX_LANES_WEEK = 4
MAX_LANES_DAY = 10
MIN_LANE_PX = 40
# Rows of the band of activities without a time, per day, before a "+N" row.
ALL_DAY_MAX_ROWS = 3
# Below this an hour is too short to read: the hours scroll instead.
MIN_HOUR_PX = 44


@dataclass(frozen=True)
class More:
    """A "+N" block standing for activities that did not get a lane (or a band row)."""

    items: tuple[CalendarItem, ...]
    rect: QRectF


class TimeGrid(_GridBase):
    """Days side by side, hours from ``first_hour`` to ``last_hour``, a band on top.

    ``scroll_to(hour)`` brings an hour to the top of the hours area (the working day).
    """

    def __init__(
        self, parent: QWidget | None = None, first_hour: int = 7, last_hour: int = 21
    ) -> None:
        super().__init__(parent)
        self.days: list[dt.date] = [SystemClock().now().date()]
        self.first_hour = first_hour
        self.last_hour = last_hour
        self._cache: tuple[list[tuple[CalendarItem, QRectF]], list[More]] | None = None
        self.scroll_bar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scroll_bar.valueChanged.connect(self._on_scrolled)
        self.scroll_bar.hide()

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def set_hours(self, first_hour: int, last_hour: int) -> None:
        first_hour = min(max(0, first_hour), 23)
        self.first_hour, self.last_hour = first_hour, min(max(first_hour + 1, last_hour), 24)
        self._relayout()

    def set_content(
        self, days: Sequence[dt.date], items: Sequence[CalendarItem], today: dt.date
    ) -> None:
        self.days = list(days)
        self.items = list(items)
        self.today = today
        self._relayout()

    def scroll_to(self, hour: int) -> None:
        self.scroll_bar.setValue(int(max(0, hour - self.first_hour) * self.hour_height()))

    # --- geometry -----------------------------------------------------------------------

    def _relayout(self) -> None:
        self._cache = None
        available = self.height() - self.grid_top()
        content = (self.last_hour - self.first_hour) * self.hour_height()
        overflow = max(0, int(content - available))
        self.scroll_bar.setRange(0, overflow)
        self.scroll_bar.setPageStep(max(1, available))
        self.scroll_bar.setSingleStep(int(self.hour_height() / 2))
        self.scroll_bar.setVisible(overflow > 0)
        self.scroll_bar.setGeometry(
            self.width() - self.scroll_bar.sizeHint().width(),
            self.grid_top(),
            self.scroll_bar.sizeHint().width(),
            max(0, available),
        )
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _on_scrolled(self, _value: int) -> None:
        self._cache = None
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        self.scroll_bar.setValue(int(self.scroll_bar.value() - steps * self.hour_height()))

    def _band_counts(self) -> list[int]:
        return [
            sum(1 for i in self._column_items(n) if i.timeless and i.start.date() == d)
            for n, d in enumerate(self.days)
        ]

    def _column_items(self, _index: int) -> Sequence[CalendarItem]:
        """The items a column may show (a colleague's column narrows them: calendar_team)."""
        return self.items

    def _header_text(self, _index: int, day: dt.date) -> str:
        return f"{self.tr(DAY_NAMES[day.weekday()])} {day:%d/%m}"

    def _all_day_rows(self) -> int:
        return min(max([1, *self._band_counts()]), ALL_DAY_MAX_ROWS)

    def grid_top(self) -> int:
        return HEADER_PX + self._all_day_rows() * ALL_DAY_ROW_PX + 4

    def _right(self) -> int:
        bar = self.scroll_bar.sizeHint().width() if self.scroll_bar.isVisibleTo(self) else 0
        return self.width() - bar

    def day_width(self) -> float:
        return (self._right() - GUTTER_PX) / max(1, len(self.days))

    def hour_height(self) -> float:
        hours = max(1, self.last_hour - self.first_hour)
        return max(MIN_HOUR_PX, (self.height() - self.grid_top()) / hours)

    def x_for_day(self, index: int) -> float:
        return GUTTER_PX + index * self.day_width()

    def y_for(self, moment: dt.time | dt.datetime) -> float:
        minutes = moment.hour * 60 + moment.minute - self.first_hour * 60
        minutes = min(max(minutes, 0), (self.last_hour - self.first_hour) * 60)
        return self.grid_top() + minutes * self.hour_height() / 60 - self.scroll_bar.value()

    def max_lanes(self) -> int:
        """Lanes a crowded cluster gets: a readable width each, the last one for "+N"."""
        cap = MAX_LANES_DAY if len(self.days) == 1 else MAX_LANES_WEEK
        return max(1, min(cap, int((self.day_width() - 4) // MIN_LANE_PX)))

    def slot_at(self, pos: QPoint) -> tuple[dt.datetime, bool]:
        """The snapped date-time under ``pos`` and whether it is in the band on top."""
        index = int((pos.x() - GUTTER_PX) // self.day_width()) if pos.x() >= GUTTER_PX else 0
        day = self.days[min(max(index, 0), len(self.days) - 1)]
        if pos.y() < self.grid_top():
            return dt.datetime.combine(day, dt.time()), True
        offset = pos.y() - self.grid_top() + self.scroll_bar.value()
        minutes = offset * 60 / self.hour_height()
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

    def _placement(self) -> tuple[list[tuple[CalendarItem, QRectF]], list[More]]:
        if self._cache is None:
            self._cache = self._compute_placement()
        return self._cache

    def _compute_placement(self) -> tuple[list[tuple[CalendarItem, QRectF]], list[More]]:
        placed: list[tuple[CalendarItem, QRectF]] = []
        more: list[More] = []
        max_lanes = self.max_lanes()
        # A block is never shorter than MIN_BLOCK_PX: two calls 15 minutes apart drawn 13 px
        # apart in one lane wrote their lines over each other ("08:00 …" under "08:15 …").
        least = max(SNAP_MIN, math.ceil(MIN_BLOCK_PX * 60 / self.hour_height()))
        for index, day in enumerate(self.days):
            x0, width = self.x_for_day(index), self.day_width()
            mine = self._column_items(index)
            band = [i for i in mine if i.timeless and i.start.date() == day]
            shown = band if len(band) <= ALL_DAY_MAX_ROWS else band[: ALL_DAY_MAX_ROWS - 1]
            for row, item in enumerate(shown):
                placed.append((item, self._band_rect(x0, width, row)))
            if len(shown) < len(band):
                rest = tuple(band[len(shown) :])
                more.append(More(rest, self._band_rect(x0, width, len(shown))))
            timed = sorted(
                (i for i in mine if not i.timeless and i.start.date() == day),
                key=lambda i: (i.start, i.end),
            )
            for cluster in _clusters(timed, least):
                lanes: list[dt.datetime] = []
                assigned: list[tuple[CalendarItem, int]] = []
                for item in cluster:
                    end = _visual_end(item, least)
                    for lane, free_at in enumerate(lanes):
                        if free_at <= item.start:
                            lanes[lane] = end
                            assigned.append((item, lane))
                            break
                    else:
                        lanes.append(end)
                        assigned.append((item, len(lanes) - 1))
                count = len(lanes)
                if count > max_lanes:
                    # The last readable lane holds "+N" blocks for everything beyond it.
                    count = max_lanes
                    hidden = [item for item, lane in assigned if lane >= max_lanes - 1]
                    assigned = [(item, lane) for item, lane in assigned if lane < max_lanes - 1]
                    lane_width = (width - 4) / count
                    for group in _clusters(sorted(hidden, key=lambda i: (i.start, i.end)), least):
                        ends = (_visual_end(i, least) for i in group)
                        top, bottom = self._span(day, group[0].start, max(ends))
                        left = x0 + 2 + (max_lanes - 1) * lane_width
                        more.append(
                            More(tuple(group), QRectF(left, top, lane_width - 2, bottom - top))
                        )
                lane_width = (width - 4) / max(1, count)
                for item, lane in assigned:
                    top, bottom = self._span(day, item.start, item.end)
                    rect = QRectF(x0 + 2 + lane * lane_width, top, lane_width - 2, bottom - top)
                    placed.append((item, rect))
        return placed, more

    def _band_rect(self, x0: float, width: float, row: int) -> QRectF:
        return QRectF(x0 + 2, HEADER_PX + row * ALL_DAY_ROW_PX + 1, width - 4, ALL_DAY_ROW_PX - 2)

    def _span(self, day: dt.date, start: dt.datetime, end: dt.datetime) -> tuple[float, float]:
        top = self.y_for(start)
        end = end if end.date() == day else dt.datetime.combine(day, dt.time(23, 59))
        bottom = max(self.y_for(end), top + self.hour_height() * SNAP_MIN / 60, top + MIN_BLOCK_PX)
        return top, bottom

    def _layout(self) -> list[tuple[CalendarItem, QRectF]]:
        return self._placement()[0]

    def more_blocks(self) -> list[More]:
        """The "+N" blocks shown now (tests and the click handler)."""
        return self._placement()[1]

    def item_rect(self, activity_id: int) -> QRect:
        for item, rect in self._layout():
            if item.activity_id == activity_id:
                return rect.toRect()
        return QRect()

    def _visible(self, rect: QRectF, pos: QPoint) -> bool:
        in_band = rect.top() < self.grid_top()
        return in_band or pos.y() >= self.grid_top()

    def item_at(self, pos: QPoint) -> CalendarItem | None:
        if pos.x() >= self._right():
            return None
        for item, rect in reversed(self._layout()):
            if rect.contains(pos.toPointF()) and self._visible(rect, pos):
                return item
        return None

    def more_at(self, pos: QPoint) -> More | None:
        if pos.x() >= self._right():
            return None
        for block in self.more_blocks():
            if block.rect.contains(pos.toPointF()) and self._visible(block.rect, pos):
                return block
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
        right = self._right()
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
                self._header_text(index, day),
            )
            painter.setPen(grid_pen)
            painter.drawLine(int(x), 0, int(x), self.height())
        painter.setFont(self.font())
        painter.save()
        painter.setClipRect(QRectF(0, top, right, self.height() - top))
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.y_for(dt.time(hour if hour < 24 else 23, 0 if hour < 24 else 59))
            painter.setPen(grid_pen)
            painter.drawLine(GUTTER_PX, int(y), right, int(y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, max(y - 8, top), GUTTER_PX - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}:00",
            )
        painter.restore()
        painter.setPen(grid_pen)
        painter.drawLine(0, top - 2, right, top - 2)
        band, hours = QRectF(0, 0, right, top - 2), QRectF(0, top, right, self.height() - top)
        for item, rect in self._layout():
            painter.save()
            painter.setClipRect(band if rect.top() < top else hours)
            self._paint_item(painter, item, rect)
            painter.restore()
        for block in self.more_blocks():
            painter.save()
            painter.setClipRect(band if block.rect.top() < top else hours)
            self._paint_more(painter, block)
            painter.restore()
        painter.end()

    def _paint_more(self, painter: QPainter, block: More) -> None:
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Dark)))
        painter.setBrush(palette.color(QPalette.ColorRole.Button))
        painter.drawRoundedRect(block.rect, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        inner = block.rect.adjusted(3, 1, -3, -1)
        text = f"+{len(block.items)}"
        if inner.width() > painter.fontMetrics().horizontalAdvance(text) * 3:
            text = self.tr("+%1 more").replace("%1", str(len(block.items)))
        painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, text)

    # --- mouse --------------------------------------------------------------------------

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self.more_at(pos) is not None:
            return
        item = self.item_at(pos)
        if item is not None:
            self.open_requested.emit(item.activity_id)
        elif GUTTER_PX <= pos.x() < self._right():
            moment, timeless = self.slot_at(pos)
            self.create_requested.emit(moment, timeless)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        block = self.more_at(pos)
        if block is not None and event.button() == Qt.MouseButton.LeftButton:
            self.show_more(block.items)
            return
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
            self.move_requested.emit(item.activity_id, item.start, duration, item.start)
            return
        if item.timeless or timeless:
            new_start = dt.datetime.combine(moment.date(), item.start.time())
        else:
            new_start = moment - drag.grab
            new_start -= dt.timedelta(minutes=new_start.minute % SNAP_MIN)
        if new_start != item.start:
            self.move_requested.emit(
                item.activity_id, new_start, 0 if item.timeless else duration, item.start
            )
