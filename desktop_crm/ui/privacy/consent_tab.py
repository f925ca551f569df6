"""The card's Consent tab: the current state per channel and the ledger's history (every
entry, newest first), with "Change consent…" adding an entry."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.clock import utc_to_wall
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.lazy_services import lazy_service
from desktop_crm.ui.common.simple_table import RowsModel
from desktop_crm.ui.contacts.dates import short
from desktop_crm.ui.privacy.consent_texts import basis_name, channel_name, status_name

if TYPE_CHECKING:  # imported on the database thread when run (ui/common/lazy_services.py)
    from desktop_crm.services.privacy.consent import ChannelState, contact_ledger
else:
    _service = lazy_service("desktop_crm.services.privacy.consent")
    contact_ledger = _service.contact_ledger

translate = QCoreApplication.translate


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return short(utc_to_wall(value).date())  # stored in UTC, shown on the business day


class _FittedTable(QTableView):
    """A table that fits its width: short columns (dates, channel, status) as wide as their
    text, the free texts (``flexible``) share the rest in proportion to what they hold,
    elided when short (the tooltip says it all). Nothing scrolls sideways, even at 1400 px
    with the list beside the card."""

    def __init__(self, parent: QWidget, model: RowsModel, flexible: tuple[int, ...]) -> None:
        super().__init__(parent)
        self.flexible = flexible
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(40)
        for column in range(model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Interactive
                if column in flexible
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setMinimumHeight(30)
        # One line of text per row: the four channels and a few history lines fit the short
        # tab area the card leaves at 1400x860.
        rows = self.verticalHeader()
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        model.modelReset.connect(self.fit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Each free-text column gets its title's width, then the room left in proportion
        to the rest of its widest text."""
        header = self.horizontalHeader()
        count = header.count()
        fixed = sum(header.sectionSize(c) for c in range(count) if c not in self.flexible)
        room = self.viewport().width() - fixed
        titles = {c: max(40, header.sectionSizeFromContents(c).width()) for c in self.flexible}
        extra = {c: max(0, self.sizeHintForColumn(c) - titles[c]) for c in self.flexible}
        left = room - sum(titles.values())
        if left < 0:  # not even the titles fit: share the room by title
            total = sum(titles.values())
            widths = {c: max(40, room * titles[c] // total) for c in self.flexible}
        else:
            total = sum(extra.values()) or 1
            widths = {c: titles[c] + left * extra[c] // total for c in self.flexible}
            if not any(extra.values()):  # nothing to show: the room goes to the first
                widths[self.flexible[0]] += left
        for column, width in widths.items():
            header.resizeSection(column, width)


class ConsentLedgerTab(QWidget):
    """Consent per channel (e-mail, phone, SMS, post) and its history."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = context.ops
        self._key = f"consent-ledger-{id(self)}"
        self.contact_id: int | None = None
        self.states: list[ChannelState] = []
        self.current = RowsModel(
            [
                translate("Consent", "Channel"),
                translate("Consent", "Status"),
                translate("Consent", "Since"),
                translate("Consent", "Source"),
                translate("Consent", "Lawful basis"),
            ],
            self,
        )
        self.history = RowsModel(
            [
                translate("Consent", "Given on"),
                translate("Consent", "Channel"),
                translate("Consent", "Status"),
                translate("Consent", "Source"),
                translate("Consent", "Lawful basis"),
                translate("Consent", "Proof"),
                translate("Consent", "Recorded by"),
                translate("Consent", "Recorded on"),
            ],
            self,
        )
        # The free texts: source (and lawful basis, proof, who recorded it).
        self.current_view = _FittedTable(self, self.current, flexible=(3, 4))
        self.history_view = _FittedTable(self, self.history, flexible=(3, 4, 5, 6))
        self.change = QPushButton(translate("Consent", "Change consent…"), self)
        self.change.clicked.connect(self.edit)
        # One above the other: side by side, the history's eight columns could not fit the
        # card's width at 1400 px and scrolled sideways. The state (four channels) takes
        # the height of its rows, the history the rest.
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Consent", "Current state per channel"), self), 1)
        bar.addWidget(self.change)
        layout = QVBoxLayout(self)  # the margins of the card's other tabs (not flush)
        nest(layout, bar)
        layout.addWidget(self.current_view)  # its rows' height (_fit_height), no more
        layout.addWidget(QLabel(translate("Consent", "History (every entry, newest first)"), self))
        layout.addWidget(self.history_view, 1)

    def sizeHint(self) -> QSize:
        """As tall as one table and its bar, as when the two stood side by side: the card
        shares its height between fields and tabs from this, and the address must stay
        above the fold at 1400x860. The tables scroll vertically when short."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.change.sizeHint().height() + self._one_table())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.change.sizeHint().height() + 60)

    def _one_table(self) -> int:
        return self.history_view.sizeHint().height()

    def set_owner(self, _kind: str, record_id: int | None) -> None:
        self.contact_id = record_id
        self.change.setEnabled(record_id is not None)
        if record_id is None:
            self._show(None, [])
            return
        self.ops.read(
            contact_ledger,
            record_id,
            key=self._key,
            on_done=lambda states: self._show(record_id, states),
        )

    def _show(self, record_id: int | None, states: list[ChannelState]) -> None:
        if record_id != self.contact_id:
            return
        self.states = states
        self.current.set_rows(
            [
                (
                    channel_name(s.channel),
                    status_name(s.status),
                    _when(s.given_at),
                    s.source or "",
                    basis_name(s.basis),
                )
                for s in states
            ]
        )
        entries = sorted(
            (e for s in states for e in s.history),
            key=lambda e: (e.given_at, e.id),
            reverse=True,
        )
        self.history.set_rows(
            [
                (
                    _when(e.given_at),
                    channel_name(e.channel),
                    status_name(e.status),
                    e.source or "",
                    basis_name(e.basis),
                    e.proof or "",
                    e.recorded_by or "",
                    _when(e.recorded_at),
                )
                for e in entries
            ]
        )
        self._fit_height(self.current_view)

    @staticmethod
    def _fit_height(view: QTableView) -> None:
        """As tall as the header and its rows (the four channels), no taller; shorter (it
        scrolls) when the card leaves the tabs little room, so the fields above keep theirs."""
        rows = sum(view.rowHeight(r) for r in range(view.model().rowCount()))
        frame = 2 * view.frameWidth()
        view.setMaximumHeight(view.horizontalHeader().sizeHint().height() + rows + frame)

    def edit(self) -> None:
        if self.contact_id is None:
            return
        contact_id = self.contact_id
        rows = self.current_view.selectionModel().selectedRows()
        channel = self.states[rows[0].row()].channel if rows and self.states else "email"
        from desktop_crm.ui.privacy.consent_dialog import ConsentDialog  # (its service: on use)

        dialog = ConsentDialog(
            self.context,
            [contact_id],
            self,
            channel=channel,
            on_recorded=lambda: self.set_owner("contact", contact_id),
        )
        dialog.open()
