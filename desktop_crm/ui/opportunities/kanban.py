"""The kanban board of a sales process: a column of opportunity cards per stage, and two
drop zones, Won and Lost. Dragging a card to another stage changes its stage; dropping it on
Won or Lost asks the reason (and the competitor) before closing it. A double-click opens the
opportunity's card.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.opportunities import (
    STATUS_LOST,
    STATUS_WON,
    OpportunityRow,
    Pipeline,
    StageTotal,
)
from desktop_crm.services.opportunities.records import change_stage
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import empty
from desktop_crm.ui.opportunities.charts import money, short_money, stage_colour

MIME_TYPE = "application/x-desktop-crm-opportunity"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_WIDTH = 180
DROP_COLUMN_WIDTH = 140  # Won, Lost
WON_COLOUR = "#2e7d32"
LOST_COLOUR = "#c62828"
_AnyIndex = QModelIndex | QPersistentModelIndex
# Where a card can go: a stage id, or the status "won" / "lost".
Target = int | str | None


def short_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def encode(opportunity_id: int, source: Target) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(f"{opportunity_id}|{source}".encode()))
    return data


def decode(data: QMimeData) -> tuple[int, str] | None:
    if not data.hasFormat(MIME_TYPE):
        return None
    text = bytes(data.data(MIME_TYPE).data()).decode()
    opportunity_id, _, source = text.partition("|")
    return int(opportunity_id), source


def _amount(row: OpportunityRow) -> str:
    """ "4 500,00 € · " on a card, nothing when the role may not see amounts (Restricted)."""
    return "" if row.amounts_hidden else f"{money(row.amount)} · "


class CardsModel(QAbstractListModel):
    """The cards of one column. A drop never moves a row here: it announces
    ``dropped(opportunity_id, target)`` and the board reloads after the change.

    Signals: ``dropped(int, object)``.
    """

    dropped = Signal(int, object)

    def __init__(self, target: Target, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.rows: list[OpportunityRow] = []

    def set_rows(self, rows: Sequence[OpportunityRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            who = " · ".join(x for x in (row.contact_name, row.company_name) if x)
            close = short_date(row.expected_close) if (row.expected_close) else ""
            return "\n".join(
                x for x in (row.name, who, f"{_amount(row)}{row.probability} %", close) if x
            )
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        row = self.rows[indexes[0].row()] if indexes else None
        return encode(row.id if row else 0, self.target)

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _AnyIndex,
    ) -> bool:
        found = decode(data)
        return found is not None and found[1] != str(self.target)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _AnyIndex,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        found = decode(data)
        assert found is not None
        self.dropped.emit(found[0], self.target)
        return False  # the source keeps its row until the board reloads


class CardDelegate(QStyledItemDelegate):
    """A card: a stripe of the stage's colour, the name in bold, the contact and company,
    the amount and estimated close date (the probability is in the tool tip)."""

    def __init__(self, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour

    def sizeHint(self, option: QStyleOptionViewItem, index: _AnyIndex) -> QSize:
        height = QFontMetrics(option.font).height()  # type: ignore[attr-defined]
        return QSize(0, 3 * height + 16)  # as wide as the column

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, OpportunityRow):
            return
        rect: QRect = option.rect.adjusted(2, 3, -2, -3)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#1565c0") if selected else QColor("#c8c8c8")))
        painter.setBrush(QColor("#e3f2fd") if selected else QColor("#ffffff"))
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRect(rect.left(), rect.top(), 5, rect.height()), self.colour)
        font: QFont = option.font  # type: ignore[attr-defined]
        metrics = QFontMetrics(font)
        text_rect = rect.adjusted(11, 4, -6, -4)
        line = metrics.height()
        bold = QFont(font)
        bold.setBold(True)
        painter.setPen(QColor("#1a1a1a"))
        painter.setFont(bold)
        width = text_rect.width()
        painter.drawText(
            QRect(text_rect.left(), text_rect.top(), width, line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(bold).elidedText(row.name, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(font)
        who = " · ".join(x for x in (row.contact_name, row.company_name) if x)
        painter.setPen(QColor("#555555"))
        painter.drawText(
            QRect(text_rect.left(), text_rect.top() + line, width, line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(who, Qt.TextElideMode.ElideRight, width),
        )
        close = short_date(row.expected_close) if row.expected_close else ""
        painter.setPen(QColor("#1a1a1a"))
        painter.drawText(
            QRect(text_rect.left(), text_rect.top() + 2 * line, width, line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(
                " · ".join(x for x in (_amount(row).removesuffix(" · "), close) if x),
                Qt.TextElideMode.ElideRight,
                width,
            ),
        )
        painter.restore()


class KanbanColumn(QFrame):
    """A title (stage, count, total) over its cards."""

    def __init__(self, target: Target, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_WIDTH)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet(
            f"QLabel {{ border-top: 4px solid {colour.name()}; padding: 4px 2px; }}"
        )
        self.model = CardsModel(target, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(colour, self.view))
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)


class KanbanBoard(QWidget):
    """The columns of one process's stages, then Won and Lost.

    ``set_data(pipeline, rows)`` shows the open opportunities (``rows``) in the columns of
    ``pipeline``'s stages, with the stage totals as titles. A drop on a stage runs
    ``change_stage``; a drop on Won/Lost calls ``ask_close(opportunity_id, status)`` (by default
    the card's close dialog, then ``close_opportunity``).

    Signals: ``stage_changed(opportunity_id)`` once a drop's change was saved.
    """

    stage_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ask_close: Callable[[int, str], None] = self._close_with_dialog
        self.open_card: Callable[[int], None] = self._open_card
        self.columns: dict[Target, KanbanColumn] = {}
        self._stage_ids: tuple[int | None, ...] | None = None
        self.inner = QWidget(self)
        self.row = QHBoxLayout(self.inner)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)

    def set_data(self, pipeline: Pipeline, rows: Sequence[OpportunityRow]) -> None:
        stage_ids = tuple(s.stage_id for s in pipeline.stages)
        if stage_ids != self._stage_ids:
            self._build(pipeline.stages)
            self._stage_ids = stage_ids
        by_stage: dict[Target, list[OpportunityRow]] = {sid: [] for sid in stage_ids}
        for row in rows:
            key = row.stage_id if row.stage_id in by_stage else None
            by_stage.setdefault(key, []).append(row)
        for band in pipeline.stages:
            column = self.columns[band.stage_id]
            column.title.setText(
                f"<b>{_escape(band.name)}</b> ({band.probability} %)<br>"
                + self.tr("%n opportunity(ies)", "", band.count)
                + ("" if band.amounts_hidden else f" · {short_money(band.amount)}")
            )
            column.title.setToolTip(
                self.tr("Amounts hidden for your role")
                if band.amounts_hidden
                else self.tr("Total %1 · weighted %2")
                .replace("%1", money(band.amount))
                .replace("%2", money(band.weighted))
            )
            column.model.set_rows(by_stage.get(band.stage_id, []))

    def _build(self, stages: Sequence[StageTotal]) -> None:
        empty(self.row)
        self.columns = {}
        targets: list[tuple[Target, QColor, str]] = [
            (s.stage_id, stage_colour(i), "") for i, s in enumerate(stages)
        ]
        targets += [
            (STATUS_WON, QColor(WON_COLOUR), self.tr("<b>Won</b><br>Drop here to close as won")),
            (
                STATUS_LOST,
                QColor(LOST_COLOUR),
                self.tr("<b>Lost</b><br>Drop here to close as lost"),
            ),
        ]
        for target, colour, title in targets:
            column = KanbanColumn(target, colour, self.inner)
            column.title.setText(title)
            if title:
                column.setMinimumWidth(DROP_COLUMN_WIDTH)
            column.model.dropped.connect(self._on_model_dropped)
            column.view.doubleClicked.connect(self._on_view_double_clicked)
            self.columns[target] = column
            self.row.addWidget(column, 1 if title else 2)

    # -- drops ----------------------------------------------------------------------------
    def _on_model_dropped(self, opportunity_id: int, target: object) -> None:
        if target in (STATUS_WON, STATUS_LOST):
            self.ask_close(opportunity_id, str(target))
        elif isinstance(target, int):
            self.move(opportunity_id, target)

    def move(self, opportunity_id: int, stage_id: int) -> None:
        """Move an opportunity to another stage (the change notice redraws the board)."""
        self.context.ops.run(
            change_stage,
            opportunity_id,
            None,
            stage_id,
            on_done=lambda _view: self.stage_changed.emit(opportunity_id),
            initiator=self,
        )

    def _close_with_dialog(self, opportunity_id: int, status: str) -> None:
        try:
            from desktop_crm.ui.opportunities.close_dialog import (  # type: ignore[import-not-found,unused-ignore]
                close_flow,
            )
        except ImportError:  # pragma: no cover - the card's dialogs are another module
            return
        close_flow(self.context, opportunity_id, status, self)

    # -- the card -------------------------------------------------------------------------
    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, OpportunityRow):
            self.open_card(row.id)

    def _open_card(self, opportunity_id: int) -> None:
        try:
            from desktop_crm.ui.opportunities.card import (  # type: ignore[import-not-found,unused-ignore]
                OpportunityDialog,
            )
        except ImportError:  # pragma: no cover - the card is another module
            return
        OpportunityDialog.edit(self.context, opportunity_id, parent=self)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
