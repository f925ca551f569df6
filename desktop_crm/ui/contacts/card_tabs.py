"""Tabs of the contact card: history timeline, notes, activities, opportunities, groups,
consent. Each tab reads its data through the operation runner when shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_crm.domain.clock import utc_to_wall
from desktop_crm.domain.constants import (
    Channel,
    ConsentStatus,
    HistoryType,
)
from desktop_crm.domain.opportunities import STATUSES as OPPORTUNITY_STATUSES
from desktop_crm.domain.phones import format_phone
from desktop_crm.ui.activities.labels import history_result
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.lazy_services import lazy_service
from desktop_crm.ui.common.simple_table import RowsModel
from desktop_crm.ui.common.table_room import ColumnRoom, cap_row_heights
from desktop_crm.ui.contacts.card_form import field_label
from desktop_crm.ui.contacts.dates import short
from desktop_crm.ui.privacy.consent_tab import ConsentLedgerTab
from desktop_crm.ui.users.user_filter import UserFilterCombo

if TYPE_CHECKING:  # imported on the database thread when run (ui/common/lazy_services.py)
    from desktop_crm.services.contacts import history, notes
    from desktop_crm.services.contacts import links as contact_links
else:
    history = lazy_service("desktop_crm.services.contacts.history")
    notes = lazy_service("desktop_crm.services.contacts.notes")

# History type families offered in the timeline filter.
HISTORY_FAMILIES: dict[str, tuple[str, ...]] = {
    "calls": (
        HistoryType.CALL_ATTEMPTED,
        HistoryType.CALL_REACHED,
        HistoryType.CALL_LEFT_MESSAGE,
        HistoryType.CALL_RECEIVED,
        HistoryType.CALL_WRONG_NUMBER,
    ),
    "meetings": (HistoryType.MEETING_HELD, HistoryType.MEETING_NOT_HELD),
    "mail": (
        HistoryType.LETTER_SENT,
        HistoryType.EMAIL_SENT,
        HistoryType.FAX_SENT,
        HistoryType.LABEL_PRINTED,
        HistoryType.ENVELOPE_PRINTED,
        HistoryType.EMAIL_OPENED,
        HistoryType.EMAIL_CLICKED,
        HistoryType.EMAIL_BOUNCED,
        HistoryType.UNSUBSCRIBED,
    ),
    "changes": (
        HistoryType.FIELD_CHANGED,
        HistoryType.CONTACT_CREATED,
        HistoryType.CONTACT_MERGED,
        HistoryType.CONTACT_IMPORTED,
    ),
    "opportunities": (
        HistoryType.OPPORTUNITY_CREATED,
        HistoryType.OPPORTUNITY_STAGE_CHANGED,
        HistoryType.OPPORTUNITY_WON,
        HistoryType.OPPORTUNITY_LOST,
    ),
    "todos": (HistoryType.TODO_DONE, HistoryType.TODO_NOT_DONE, HistoryType.NOTE),
}


def _when(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    # Stored in UTC; shown on the business clock (Paris), as the call dialog proposed it.
    if isinstance(value, dt.datetime):
        return short(utc_to_wall(value))
    return short(value)


def _shown(value: str | None) -> str:
    if not value:
        return "∅"
    if value.startswith("+") and value[1:].isdigit():
        return format_phone(value)
    return value


def _table(parent: QWidget, model: RowsModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)  # 1 line
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    return view


class HistoryTab(QWidget):
    """Timeline, newest first, filtered by type family and dates, with a search box.

    ``owner`` is ("contact", id) or ("company", id).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = context.ops
        self._key = f"history-tab-{id(self)}"
        self.owner: tuple[str, int] | None = None
        self.family = QComboBox(self)
        self.family.setObjectName("historyFamily")
        self.family.addItem(QCoreApplication.translate("CardTabs", "All types"), "")
        for key, label in (
            ("calls", QCoreApplication.translate("CardTabs", "Calls")),
            ("meetings", QCoreApplication.translate("CardTabs", "Meetings")),
            ("mail", QCoreApplication.translate("CardTabs", "Letters and e-mails")),
            ("changes", QCoreApplication.translate("CardTabs", "Field changes")),
            ("opportunities", QCoreApplication.translate("CardTabs", "Opportunities")),
            ("todos", QCoreApplication.translate("CardTabs", "To-dos and notes")),
        ):
            self.family.addItem(label, key)
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setSpecialValueText(QCoreApplication.translate("CardTabs", "any date"))
        self.since.setMinimumDate(QDate(1990, 1, 1))
        self.since.setDate(self.since.minimumDate())
        self.search = QLineEdit(self)
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText(
            QCoreApplication.translate("CardTabs", "Search the history…")
        )
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.family.currentIndexChanged.connect(lambda _i: self.reload())
        self.since.dateChanged.connect(lambda _d: self.reload())
        self.by = UserFilterCombo(context, self)  # entries written by one person
        self.by.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = RowsModel(
            [
                QCoreApplication.translate("CardTabs", "Date"),
                QCoreApplication.translate("CardTabs", "Type"),
                QCoreApplication.translate("CardTabs", "Result"),
                QCoreApplication.translate("CardTabs", "Regarding"),
                QCoreApplication.translate("CardTabs", "Duration"),
                QCoreApplication.translate("CardTabs", "By"),
                QCoreApplication.translate("CardTabs", "Details"),
            ],
            self,
        )
        self.view = _table(self, self.model)
        self.view.setObjectName("historyTable")
        self.room = ColumnRoom(self.view, 3)  # a long subject leaves "Par" in sight
        bar = QHBoxLayout()
        bar.addWidget(QLabel(QCoreApplication.translate("CardTabs", "Show:"), self))
        bar.addWidget(self.family)
        bar.addWidget(QLabel(QCoreApplication.translate("CardTabs", "since"), self))
        bar.addWidget(self.since)
        bar.addWidget(self.by)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        nest(layout, bar)
        layout.addWidget(self.view, 1)
        self.entries: list[history.HistoryEntry] = []

    def set_owner(self, kind: str, record_id: int | None) -> None:
        self.owner = (kind, record_id) if record_id is not None else None
        self.reload()

    def reload(self) -> None:
        """Read the timeline again (the newest request wins)."""
        if self.owner is None:
            self._show_entries(None, [])
            return
        family = self.family.currentData()
        types = HISTORY_FAMILIES.get(family) if family else None
        since = None
        if self.since.date() != self.since.minimumDate():
            d = self.since.date()
            since = dt.datetime(d.year(), d.month(), d.day())
        owner = self.owner
        kind, record_id = owner
        query = history.company_history if kind == "company" else history.contact_history
        self.ops.read(
            query,
            record_id,
            types=types,
            since=since,
            search=self.search.text() or None,
            user_ids=self.by.user_ids(),
            key=self._key,
            on_done=lambda entries: self._show_entries(owner, entries),
        )

    def _show_entries(
        self, owner: tuple[str, int] | None, entries: list[history.HistoryEntry]
    ) -> None:
        if owner != self.owner:
            return  # the tab moved to another record meanwhile
        # The runner drops answers for deleted widgets, but cannot see through a lambda.
        if not isValid(self.model):
            return
        self.entries = entries
        rows = []
        for e in self.entries:
            detail = e.details or ""
            regarding = e.regarding or ""
            if e.field_name:
                # The stored "regarding" uses column names: show the field's label instead.
                regarding = field_label(e.field_name)
                if regarding == e.field_name and ": " in (e.regarding or ""):
                    # A user-defined field: its label as it was, stored before the colon.
                    regarding = (e.regarding or "").split(": ", 1)[0]
                detail = f"{_shown(e.old_value)} → {_shown(e.new_value)}"
                if e.field_name == "status" and {e.old_value, e.new_value} <= _OPPORTUNITY_STATUSES:
                    # An opportunity's status, stored as codes ("open"): say them.
                    from desktop_crm.ui.opportunities.texts import status_label

                    detail = (
                        f"{status_label(e.old_value or '')} → {status_label(e.new_value or '')}"
                    )
            elif e.type == HistoryType.CONTACT_CREATED and regarding == "Contact created":
                regarding = ""
            elif e.type == HistoryType.CONTACT_IMPORTED and regarding.startswith("Import: "):
                # Stored as "Import: <file name>" by the import service.
                regarding = QCoreApplication.translate("CardTabs", "Import: %1").replace(
                    "%1", regarding.removeprefix("Import: ")
                )
            # The result (one vocabulary with the call and clear dialogs), not the direction.
            result = history_result(e.type, e.result)
            who = e.user_name or ""
            if self.owner and self.owner[0] == "company" and e.contact_name:
                who = f"{e.contact_name} / {who}" if who else e.contact_name
            duration = f"{e.duration_s // 60}:{e.duration_s % 60:02d}" if e.duration_s else ""
            rows.append(
                (
                    _when(e.occurred_at),
                    history_label(e.type),
                    result,
                    regarding,
                    duration,
                    who,
                    detail,
                )
            )
        self.model.set_rows(rows, [e.id for e in self.entries])
        self.room.fit()


_OPPORTUNITY_STATUSES: set[str | None] = {*OPPORTUNITY_STATUSES, None}


def history_label(type_code: str) -> str:
    labels = {
        HistoryType.CALL_ATTEMPTED: QCoreApplication.translate("CardTabs", "Call attempted"),
        HistoryType.CALL_REACHED: QCoreApplication.translate("CardTabs", "Call reached"),
        HistoryType.CALL_LEFT_MESSAGE: QCoreApplication.translate("CardTabs", "Left message"),
        HistoryType.CALL_RECEIVED: QCoreApplication.translate("CardTabs", "Call received"),
        HistoryType.CALL_WRONG_NUMBER: QCoreApplication.translate("CardTabs", "Wrong number"),
        HistoryType.MEETING_HELD: QCoreApplication.translate("CardTabs", "Meeting held"),
        HistoryType.MEETING_NOT_HELD: QCoreApplication.translate("CardTabs", "Meeting not held"),
        HistoryType.TODO_DONE: QCoreApplication.translate("CardTabs", "To-do done"),
        HistoryType.TODO_NOT_DONE: QCoreApplication.translate("CardTabs", "To-do not done"),
        HistoryType.LETTER_SENT: QCoreApplication.translate("CardTabs", "Letter sent"),
        HistoryType.EMAIL_SENT: QCoreApplication.translate("CardTabs", "E-mail sent"),
        HistoryType.FAX_SENT: QCoreApplication.translate("CardTabs", "Fax sent"),
        HistoryType.LABEL_PRINTED: QCoreApplication.translate("CardTabs", "Label printed"),
        HistoryType.ENVELOPE_PRINTED: QCoreApplication.translate("CardTabs", "Envelope printed"),
        HistoryType.FIELD_CHANGED: QCoreApplication.translate("CardTabs", "Field changed"),
        HistoryType.CONTACT_CREATED: QCoreApplication.translate("CardTabs", "Contact created"),
        HistoryType.CONTACT_MERGED: QCoreApplication.translate("CardTabs", "Contact merged"),
        HistoryType.CONTACT_IMPORTED: QCoreApplication.translate("CardTabs", "Contact imported"),
        HistoryType.NOTE: QCoreApplication.translate("CardTabs", "Note"),
        HistoryType.OPPORTUNITY_CREATED: QCoreApplication.translate(
            "CardTabs", "Opportunity created"
        ),
        HistoryType.OPPORTUNITY_STAGE_CHANGED: QCoreApplication.translate(
            "CardTabs", "Stage changed"
        ),
        HistoryType.OPPORTUNITY_WON: QCoreApplication.translate("CardTabs", "Opportunity won"),
        HistoryType.OPPORTUNITY_LOST: QCoreApplication.translate("CardTabs", "Opportunity lost"),
        HistoryType.EMAIL_OPENED: QCoreApplication.translate("CardTabs", "E-mail opened"),
        HistoryType.EMAIL_CLICKED: QCoreApplication.translate("CardTabs", "Link clicked"),
        HistoryType.EMAIL_BOUNCED: QCoreApplication.translate("CardTabs", "E-mail bounced"),
        HistoryType.UNSUBSCRIBED: QCoreApplication.translate("CardTabs", "Unsubscribed"),
    }
    return labels.get(type_code, type_code)  # type: ignore[call-overload]


class NotesTab(QWidget):
    """Notes, newest first, with author and time; add and edit in place.

    Signals: ``notes_changed()``.
    """

    notes_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = context.ops
        self._key = f"notes-tab-{id(self)}"
        self.owner: tuple[str, int] | None = None
        self.model = RowsModel(
            [
                QCoreApplication.translate("CardTabs", "Date"),
                QCoreApplication.translate("CardTabs", "By"),
                QCoreApplication.translate("CardTabs", "Note"),
            ],
            self,
        )
        self.view = _table(self, self.model)
        self.view.setWordWrap(True)
        metrics = self.view.fontMetrics()  # a date and a whole name on one line each
        self.view.setColumnWidth(0, metrics.horizontalAdvance("00/00/0000 00:00") + 16)
        self.view.setColumnWidth(1, metrics.horizontalAdvance("Sophie Marchand-Dubois") + 16)
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        add = QPushButton(QCoreApplication.translate("CardTabs", "&Add a note…"), self)
        add.setObjectName("addNote")
        edit = QPushButton(QCoreApplication.translate("CardTabs", "&Edit…"), self)
        add.clicked.connect(self.add_note)
        edit.clicked.connect(self.edit_current)
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addWidget(edit)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        nest(layout, bar)
        layout.addWidget(self.view, 1)
        self.ask_text: Callable[[str, str], str | None] = self._ask_text

    def set_owner(self, kind: str, record_id: int | None) -> None:
        self.owner = (kind, record_id) if record_id is not None else None
        self.reload()

    def _kwargs(self) -> dict[str, Any]:
        assert self.owner is not None
        return {"contact_id" if self.owner[0] == "contact" else "company_id": self.owner[1]}

    def reload(self) -> None:
        """Read the notes again (the newest request wins)."""
        if self.owner is None:
            self._show_notes(None, [])
            return
        owner = self.owner
        self.ops.read(
            notes.list_notes,
            **self._kwargs(),
            key=self._key,
            on_done=lambda items: self._show_notes(owner, items),
        )

    def _show_notes(self, owner: tuple[str, int] | None, items: list[notes.NoteView]) -> None:
        if owner != self.owner or not isValid(self.model):
            return
        self.model.set_rows([(_when(n.noted_at), n.author or "", n.text) for n in items], items)
        self.view.resizeColumnToContents(0)
        cap_row_heights(self.view)  # a page-long note leaves its date and author in sight

    def _ask_text(self, title: str, text: str) -> str | None:
        value, ok = QInputDialog.getMultiLineText(
            self, title, QCoreApplication.translate("CardTabs", "Note:"), text
        )
        return value if ok else None

    def add_note(self) -> None:
        if self.owner is None:
            return
        text = self.ask_text(QCoreApplication.translate("CardTabs", "New note"), "")
        if text and text.strip():
            self.ops.run(
                notes.add_note, text, **self._kwargs(), on_done=self._on_written, initiator=self
            )

    def edit_current(self) -> None:
        note = self.model.payload(self.view.currentIndex().row())
        if note is None:
            return
        text = self.ask_text(QCoreApplication.translate("CardTabs", "Edit note"), note.text)
        if text and text.strip() and text != note.text:
            self.ops.run(
                notes.update_note,
                note.id,
                note.version,
                text,
                on_done=self._on_written,
                initiator=self,
            )

    def _on_written(self, _note: object) -> None:
        self.reload()
        self.notes_changed.emit()


class ListTab(QWidget):
    """A read-only list (opportunities, groups): ``read(uow, id)`` on the database thread,
    ``rows(values)`` on the GUI thread to show them."""

    def __init__(
        self,
        context: AppContext,
        headers: list[str],
        read: Callable[..., Any],
        rows: Callable[[Any], list[tuple[Any, ...]]],
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = context.ops
        self._key = f"list-tab-{id(self)}"
        self.read = read
        self.rows = rows
        self.record_id: int | None = None
        self.model = RowsModel(headers, self)
        self.view = _table(self, self.model)
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.view, 1)

    def set_owner(self, _kind: str, record_id: int | None) -> None:
        self.record_id = record_id
        if record_id is None:
            self._show(None, [])
            return
        self.ops.read(
            self.read,
            record_id,
            key=self._key,
            on_done=lambda values: self._show(record_id, self.rows(values)),
        )

    def _show(self, record_id: int | None, rows: list[tuple[Any, ...]]) -> None:
        if record_id != self.record_id:
            return
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()


def opportunity_rows(items: list[contact_links.OpportunityLine]) -> list[tuple[Any, ...]]:
    from desktop_crm.ui.opportunities.texts import status_label

    return [
        (
            o.name,
            o.stage or "",
            f"{o.probability} %",
            QLocale().toCurrencyString(float(o.amount), "€"),
            _when(o.expected_close),
            status_label(o.status),
        )
        for o in items
    ]


class OpportunitiesTab(QWidget):
    """The contact's opportunities (stage, probability, amount, close date, status) with
    New, Open and Close as won/lost; reloads on change notices about opportunities."""

    KINDS = ("opportunity", "opportunity_line", "sales_stage", "sales_process")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = context.ops
        self._read = lazy_service(
            "desktop_crm.services.opportunities.listing"
        ).opportunities_of_contact
        self._key = f"opportunities-tab-{id(self)}"
        self.record_id: int | None = None
        from desktop_crm.ui.opportunities.rows import FigureRowsModel

        self.model = FigureRowsModel(
            [
                self.tr("Opportunity"),
                self.tr("Stage"),
                self.tr("Probability"),
                self.tr("Amount"),
                self.tr("Expected close"),
                self.tr("Status"),
            ],
            (2, 3),
            self,
        )
        self.view = _table(self, self.model)
        self.view.setObjectName("cardOpportunities")
        self.view.doubleClicked.connect(lambda _i: self.open_current())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.new_button = QPushButton(self.tr("&New opportunity…"), self)
        self.new_button.clicked.connect(self.new_opportunity)
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.open_button.clicked.connect(self.open_current)
        self.won_button = QPushButton(self.tr("Close as &won…"), self)
        self.won_button.clicked.connect(lambda: self.close_current("won"))
        self.lost_button = QPushButton(self.tr("Close as &lost…"), self)
        self.lost_button.clicked.connect(lambda: self.close_current("lost"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.won_button, self.lost_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        nest(layout, buttons)
        layout.addWidget(self.view, 1)
        # Swappable in tests: the card dialog and the close-reason question.
        self.edit_opportunity: Callable[..., int | None] | None = None
        self.ask_close: Any = None
        self.ops.changed.connect(self._on_ops_changed)
        self._update_buttons()

    def set_owner(self, _kind: str, record_id: int | None) -> None:
        self.record_id = record_id
        self._update_buttons()
        if record_id is None:
            self.model.set_rows([])
            return
        self.ops.read(self._read, record_id, key=self._key, on_done=self._show)

    def _show(self, rows: list[Any]) -> None:
        from desktop_crm.ui.opportunities.texts import (
            date_text,
            money_text,
            percent_text,
            status_label,
        )

        if self.record_id is None or not isValid(self.model):
            return
        self.model.set_rows(
            [
                (
                    r.name,
                    r.stage_name,
                    percent_text(r.probability),
                    "" if r.amounts_hidden else money_text(r.amount, r.currency),
                    date_text(r.expected_close),
                    status_label(r.status),
                )
                for r in rows
            ],
            rows,
        )
        self.view.resizeColumnsToContents()
        self._update_buttons()

    def _on_ops_changed(self, changes: Any, _initiator: object) -> None:
        if self.record_id is not None and changes.touches(*self.KINDS):
            self.set_owner("contact", self.record_id)

    def current(self) -> Any:
        return self.model.payload(self.view.currentIndex().row())

    def _update_buttons(self) -> None:
        row = self.current()
        self.new_button.setEnabled(self.record_id is not None)
        self.open_button.setEnabled(row is not None)
        is_open = row is not None and row.status == "open"
        self.won_button.setEnabled(is_open)
        self.lost_button.setEnabled(is_open)

    def _edit(self, opportunity_id: int | None) -> int | None:
        if self.edit_opportunity is not None:
            return self.edit_opportunity(opportunity_id)
        from desktop_crm.ui.opportunities.card import OpportunityDialog

        return OpportunityDialog.edit(
            self.context, opportunity_id, contact_id=self.record_id, parent=self
        )

    def new_opportunity(self) -> None:
        if self.record_id is not None:
            self._edit(None)

    def open_current(self) -> None:
        row = self.current()
        if row is not None:
            self._edit(row.id)

    def close_current(self, status: str) -> None:
        from desktop_crm.ui.opportunities.close_dialog import close_flow

        row = self.current()
        if row is not None:
            close_flow(self.context, row.id, status, self, ask=self.ask_close)


def group_rows(names: list[str]) -> list[tuple[Any, ...]]:
    return [(name,) for name in names]


class GroupsTab(QWidget):
    """The contact's groups (pinned or found by a query), with add and remove.

    Reloads when the card says the contact changed (``set_owner``) and when groups are
    renamed, moved or deleted elsewhere.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = context.ops
        self._read = lazy_service("desktop_crm.services.groups.groups").groups_of_contact
        self._key = f"groups-tab-{id(self)}"
        self.record_id: int | None = None
        self.model = RowsModel([self.tr("Group"), self.tr("Kind")], self)
        self.view = _table(self, self.model)
        self.view.setObjectName("cardGroups")
        self.add_button = QPushButton(self.tr("Add to a group…"), self)
        self.add_button.clicked.connect(lambda: self.add_to_group())
        self.remove_button = QPushButton(self.tr("Remove from the group"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        nest(layout, buttons)
        layout.addWidget(self.view, 1)
        self.ops.changed.connect(self._on_ops_changed)
        self._update_buttons()

    def set_owner(self, _kind: str, record_id: int | None) -> None:
        self.record_id = record_id
        self._update_buttons()
        if record_id is None:
            self.model.set_rows([])
            return
        # A bound method: the runner drops the answer if the tab was deleted meanwhile.
        self.ops.read(self._read, record_id, key=self._key, on_done=self._show)

    def _show(self, nodes: list[Any]) -> None:
        if self.record_id is None:
            return
        self.model.set_rows(
            [
                (
                    n.path.replace("/", " › "),
                    self.tr("dynamic") if n.is_dynamic else self.tr("static"),
                )
                for n in nodes
            ],
            [n.id for n in nodes],
        )
        self.view.resizeColumnsToContents()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.record_id is not None)
        self.remove_button.setEnabled(self.record_id is not None)

    def _on_ops_changed(self, changes: Any, _initiator: object) -> None:
        if self.record_id is not None and changes.touches("contact_group"):
            self.set_owner("contact", self.record_id)

    def group_ids(self) -> list[int]:
        return [self.model.payload(r) for r in range(self.model.rowCount())]

    def add_to_group(self, group_id: int | None = None) -> None:
        from desktop_crm.services.groups.groups import add_members

        if self.record_id is None:
            return
        if group_id is None:
            from desktop_crm.ui.groups.dialogs import GroupPicker

            group_id = GroupPicker.ask(self.context, self)
            if group_id is None:
                return
        self.ops.run(add_members, group_id, [self.record_id], initiator=self)

    def remove_selected(self) -> None:
        from desktop_crm.services.groups.view_data import remove_contact_from_groups

        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        group_ids = [self.model.payload(r) for r in rows]
        if self.record_id is not None and group_ids:
            self.ops.run(remove_contact_from_groups, self.record_id, group_ids, initiator=self)


def channel_label(code: str) -> str:
    return {
        Channel.EMAIL: QCoreApplication.translate("CardTabs", "E-mail"),
        Channel.PHONE: QCoreApplication.translate("CardTabs", "Phone"),
        Channel.POST: QCoreApplication.translate("CardTabs", "Post"),
        Channel.SMS: QCoreApplication.translate("CardTabs", "SMS"),
    }.get(code, code)  # type: ignore[call-overload]


def consent_label(code: str) -> str:
    return {
        ConsentStatus.UNKNOWN: QCoreApplication.translate("CardTabs", "Unknown"),
        ConsentStatus.OPT_IN: QCoreApplication.translate("CardTabs", "Opted in"),
        ConsentStatus.SOFT_OPT_IN: QCoreApplication.translate("CardTabs", "Soft opt-in (client)"),
        ConsentStatus.OPT_OUT: QCoreApplication.translate("CardTabs", "Opted out"),
    }.get(code, code)  # type: ignore


# The Consent tab shows the consent ledger (current state per channel and its history).
ConsentTab = ConsentLedgerTab
