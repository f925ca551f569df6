"""The opportunity card: a dialog to create or edit one opportunity, with its product lines,
closing as won or lost, reopening and its history.

``OpportunityDialog.edit(context, opportunity_id | None, contact_id=…, parent=…)`` returns
the id saved (or closed, or reopened), None when cancelled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.clock import SystemClock, utc_to_wall
from desktop_crm.domain.errors import ConflictError
from desktop_crm.domain.opportunities import (
    DEFAULT_CURRENCY,
    STATUS_INACTIVE,
    STATUS_LOST,
    STATUS_OPEN,
    STATUS_WON,
    OpportunityInput,
    OpportunityView,
    ProcessView,
    StageView,
    weighted,
)
from desktop_crm.services.contacts.history import HistoryEntry
from desktop_crm.services.opportunities.records import (
    create_opportunity,
    get_opportunity,
    reopen_opportunity,
    update_opportunity,
)
from desktop_crm.services.opportunities.view_data import (
    CardChoices,
    ContactChoice,
    card_choices,
    opportunity_history,
)
from desktop_crm.ui.campaigns.source_field import CampaignCombo
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.common.simple_table import RowsModel
from desktop_crm.ui.opportunities.card_amounts import hide_amounts
from desktop_crm.ui.opportunities.close_dialog import AskClose, CloseDialog, close_flow
from desktop_crm.ui.opportunities.contact_field import ContactField
from desktop_crm.ui.opportunities.lines_model import LinesModel, ProductDelegate
from desktop_crm.ui.opportunities.texts import (
    date_text,
    money_text,
    number_text,
    parse_decimal,
    status_label,
)
from desktop_crm.ui.users.names import person_name

CURRENCIES = ("EUR", "USD", "GBP", "CHF")
# What the card reads when it opens: choices, the opportunity, its history, the user.
Loaded = tuple[CardChoices, OpportunityView | None, list[HistoryEntry], int | None]


class OpportunityDialog(QDialog):
    """Creates or edits one opportunity (every read and write through ``context.ops``)."""

    def __init__(
        self,
        context: AppContext,
        opportunity_id: int | None = None,
        *,
        contact_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("opportunityDialog")
        self.context = context
        self.ops = context.ops
        self.opportunity_id = opportunity_id
        self.view: OpportunityView | None = None
        self.choices: CardChoices | None = None
        self.saved_id: int | None = None
        self.loaded = False
        self._contact_id = contact_id
        self._probability_touched = False
        self._filling = False
        self._user_id: int | None = None
        # Swappable in tests: the close-reason question and the messages.
        self.ask_close: AskClose = CloseDialog.ask
        self.tell: Callable[[str, str], object] = lambda title, text: QMessageBox.warning(
            self, title, text
        )
        self.setWindowTitle(self.tr("New opportunity") if opportunity_id is None else "…")
        self._build()
        self.resize(980, 720)
        self._load()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.name = QLineEdit(self)
        self.name.setObjectName("opportunityName")
        self.contact = ContactField(self.context, self)
        self.contact.contact_chosen.connect(self._on_contact_chosen)
        self.company = QLabel(self)
        self.process = QComboBox(self)
        self.stage = QComboBox(self)
        self.probability = QSpinBox(self)
        self.probability.setRange(0, 100)
        self.probability.setSuffix("\u00a0%")
        self.probability.valueChanged.connect(self._on_probability_edited)
        self.expected_close = QDateEdit(self)
        self.expected_close.setCalendarPopup(True)
        self.expected_close.setMinimumDate(QDate(2000, 1, 1))
        self.expected_close.setSpecialValueText(self.tr("none"))
        self.status = QComboBox(self)
        self.status.addItem(status_label(STATUS_OPEN), STATUS_OPEN)
        self.status.addItem(status_label(STATUS_INACTIVE), STATUS_INACTIVE)
        self.closed_label = QLabel(self)
        self.closed_label.setObjectName("closedLabel")
        self.closed_label.setWordWrap(True)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCIES))
        self.currency.currentTextChanged.connect(lambda _t: self._on_amount_changed())
        self.manager = QComboBox(self)
        self.referrer = ContactField(self.context, self)
        self.campaign = CampaignCombo(self.context, self)
        self.competitor = QLineEdit(self)
        self.process.currentIndexChanged.connect(lambda _i: self._on_process_changed())
        self.stage.currentIndexChanged.connect(lambda _i: self._on_stage_changed())

        left = QFormLayout()
        left.addRow(self.tr("&Name:"), self.name)
        left.addRow(self.tr("&Contact:"), self.contact)
        left.addRow(self.tr("Company:"), self.company)
        left.addRow(self.tr("&Process:"), self.process)
        left.addRow(self.tr("&Stage:"), self.stage)
        left.addRow(self.tr("Pro&bability:"), self.probability)
        right = QFormLayout()
        right.addRow(self.tr("E&xpected close:"), self.expected_close)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.closed_label, 1)
        status_label_widget = QLabel(self.tr("S&tatus:"), self)
        status_label_widget.setBuddy(self.status)
        right.addRow(status_label_widget, status_row)
        right.addRow(self.tr("C&urrency:"), self.currency)
        right.addRow(self.tr("Record &manager:"), self.manager)
        right.addRow(self.tr("&Referred by:"), self.referrer)
        right.addRow(self.tr("Source campai&gn:"), self.campaign)
        right.addRow(self.tr("Co&mpetitor:"), self.competitor)
        top = QGridLayout()
        nest(top, left, 0, 0)
        nest(top, right, 0, 1)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)

        # Products tab: the lines, or a plain amount when there are none.
        self.lines_model = LinesModel(self)
        self.lines_model.amount_changed.connect(self._on_amount_changed)
        self.lines = QTableView(self)
        self.lines.setObjectName("opportunityLines")
        self.lines.setModel(self.lines_model)
        self.lines.setItemDelegateForColumn(0, ProductDelegate(self.lines_model, self.lines))
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.verticalHeader().setVisible(False)
        self._layout_lines()
        self.lines.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.add_line_button = QPushButton(self.tr("&Add a product"), self)
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button = QPushButton(self.tr("Remove the line"), self)
        self.remove_line_button.clicked.connect(self.remove_line)
        self.plain_amount = QLineEdit(self)
        self.plain_amount.setObjectName("plainAmount")
        self.plain_amount.setPlaceholderText(self.tr("Amount without product lines"))
        self.plain_amount.setMinimumWidth(220)
        self.plain_amount.textChanged.connect(lambda _t: self._on_amount_changed())
        line_bar = QHBoxLayout()
        line_bar.addWidget(self.add_line_button)
        line_bar.addWidget(self.remove_line_button)
        line_bar.addStretch(1)
        line_bar.addWidget(QLabel(self.tr("Amount:"), self))
        line_bar.addWidget(self.plain_amount)
        products = QWidget(self)
        products_layout = QVBoxLayout(products)
        products_layout.addWidget(self.lines, 1)
        nest(products_layout, line_bar)

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("opportunityDetails")
        self.history_model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Regarding"),
                self.tr("By"),
                self.tr("Details"),
            ],
            self,
        )
        self.history = QTableView(self)
        self.history.setModel(self.history_model)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(products, self.tr("Products"))
        self.tabs.addTab(self.details, self.tr("Notes and details"))
        self.tabs.addTab(self.history, self.tr("History"))

        self.total = QLabel(self)
        self.total.setObjectName("opportunityTotal")
        self.won_button = QPushButton(self.tr("Close as &won…"), self)
        self.won_button.clicked.connect(lambda: self.close_as(STATUS_WON))
        self.lost_button = QPushButton(self.tr("Close as &lost…"), self)
        self.lost_button.clicked.connect(lambda: self.close_as(STATUS_LOST))
        self.reopen_button = QPushButton(self.tr("&Reopen"), self)
        self.reopen_button.clicked.connect(self.reopen)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        for button in (
            self.won_button,
            self.lost_button,
            self.reopen_button,
            self.save_button,
            cancel,
        ):
            bottom.addWidget(button)

        layout = QVBoxLayout(self)
        nest(layout, top)
        layout.addWidget(self.tabs, 1)
        nest(layout, bottom)
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------
    def _load(self) -> None:
        opportunity_id = self.opportunity_id

        def read(uow: Any) -> Loaded:
            choices = card_choices(uow)
            if opportunity_id is None:
                return choices, None, [], uow.user_id
            return (
                choices,
                get_opportunity(uow, opportunity_id),
                opportunity_history(uow, opportunity_id),
                uow.user_id,
            )

        self.ops.read(read, on_done=self._on_loaded, on_error=self._on_load_failed)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.tell(self.tr("Opportunity"), error_message(exc))
        self.reject()

    def _on_loaded(self, values: Loaded) -> None:
        choices, view, entries, self._user_id = values
        self.choices = choices
        self.lines_model.set_products(choices.products)
        self._filling = True
        try:
            self.process.clear()
            for process in choices.processes:
                self.process.addItem(process.name, process.id)
            self.manager.clear()
            self.manager.addItem(self.tr("(none)"), None)
            for user in choices.users:
                self.manager.addItem(person_name(user.display_name), user.id)
            if view is None:
                self._fill_new()
            else:
                self._fill(view)
            self._show_history(entries)
        finally:
            self._filling = False
        self.loaded = True
        self._on_amount_changed()
        self._update_buttons()

    def _fill_new(self) -> None:
        self.process.setCurrentIndex(0 if self.process.count() else -1)
        self._fill_stages()
        stage = self._current_stage()
        self.probability.setValue(stage.probability if stage else 0)
        days = stage.close_days if stage else 30
        self._set_date(SystemClock().now().date() + dt.timedelta(days=days))
        index = self.manager.findData(self._user_id)
        self.manager.setCurrentIndex(max(index, 0))
        self.currency.setCurrentText(DEFAULT_CURRENCY)
        if self._contact_id is not None:
            self._preset_contact(self._contact_id)

    def _preset_contact(self, contact_id: int) -> None:
        from desktop_crm.services.contacts.records import get_contact

        def shown(view: Any) -> None:
            label = view.full_name or view.company_name or f"#{view.id}"
            self.contact.set_contact(view.id, label)
            self.company.setText(view.company_name or "")
            if not self.name.text():
                self.name.setPlaceholderText(self.tr("Opportunity with %1").replace("%1", label))

        self.ops.read(get_contact, contact_id, on_done=shown)

    def _fill(self, view: OpportunityView) -> None:
        self.view = view
        self.opportunity_id = view.id
        self.setWindowTitle(self.tr("Opportunity: %1").replace("%1", view.name))
        self.name.setText(view.name)
        self.contact.set_contact(view.contact_id, view.contact_name)
        self.company.setText(view.company_name)
        index = self.process.findData(view.process_id)
        self.process.setCurrentIndex(index)
        self._fill_stages()
        self.stage.setCurrentIndex(max(self.stage.findData(view.stage_id), 0))
        self.probability.setValue(view.probability)
        self._probability_touched = False
        self._set_date(view.expected_close)
        closed = view.status in (STATUS_WON, STATUS_LOST)
        self.status.setVisible(not closed)
        self.status.setCurrentIndex(max(self.status.findData(view.status), 0))
        if closed:
            text = status_label(view.status)
            if view.closed_at is not None:
                text += " " + self.tr("on %1").replace("%1", date_text(view.closed_at.date()))
            if view.reason:
                text += " — " + self.tr("reason: %1").replace("%1", view.reason)
            self.closed_label.setText(f"<b>{text}</b>")
        else:
            self.closed_label.clear()
        self.currency.setCurrentText(view.currency)
        self.manager.setCurrentIndex(max(self.manager.findData(view.record_manager_id), 0))
        self.referrer.set_contact(view.referrer_contact_id, view.referrer_name)
        self.campaign.set_campaign(view.campaign_id)
        self.competitor.setText(view.competitor or "")
        self.details.setPlainText(view.details or "")
        self.lines_model.currency = view.currency
        self.lines_model.set_lines(view.lines)
        self._layout_lines()
        self.plain_amount.setText("" if view.lines else number_text(view.amount))
        self.amounts_hidden = hide_amounts(self, view.amounts_hidden)

    def _layout_lines(self) -> None:
        # A model reset forgets the sections' modes: the product takes the width left.
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 130), (3, 100), (4, 140)):
            header.resizeSection(column, width)

    def _show_history(self, entries: list[HistoryEntry]) -> None:
        from desktop_crm.ui.contacts.card_tabs import history_label

        rows = []
        for e in entries:
            detail = e.details or ""
            if e.field_name and (e.old_value or e.new_value):
                old, new = e.old_value, e.new_value
                if e.field_name == "status":  # stored as codes ("open"): say them
                    old, new = (status_label(v) if v else v for v in (old, new))
                detail = f"{old or '∅'} → {new or '∅'}" + (f" · {detail}" if detail else "")
            when = utc_to_wall(e.occurred_at)  # stored in UTC, shown on the business clock
            rows.append(
                (
                    date_text(when.date()) + when.strftime(" %H:%M"),
                    history_label(e.type),
                    e.regarding or "",
                    e.user_name or "",
                    detail,
                )
            )
        self.history_model.set_rows(rows, [e.id for e in entries])
        self.history.resizeColumnsToContents()

    def _set_date(self, day: dt.date | None) -> None:
        if day is None:
            self.expected_close.setDate(self.expected_close.minimumDate())
        else:
            self.expected_close.setDate(QDate(day.year, day.month, day.day))

    def _date(self) -> dt.date | None:
        value = self.expected_close.date()
        if value == self.expected_close.minimumDate():
            return None
        return dt.date(value.year(), value.month(), value.day())

    # -- process, stage, probability ----------------------------------------------------
    def _current_process(self) -> ProcessView | None:
        if self.choices is None:
            return None
        wanted = self.process.currentData()
        return next((p for p in self.choices.processes if p.id == wanted), None)

    def _current_stage(self) -> StageView | None:
        process = self._current_process()
        wanted = self.stage.currentData()
        if process is None:
            return None
        return next((s for s in process.stages if s.id == wanted), None)

    def _fill_stages(self) -> None:
        process = self._current_process()
        blocked = self.stage.blockSignals(True)
        self.stage.clear()
        for stage in process.stages if process else ():
            self.stage.addItem(f"{stage.name} ({stage.probability}\u00a0%)", stage.id)
        self.stage.blockSignals(blocked)

    def _on_process_changed(self) -> None:
        if self._filling:
            return
        self._fill_stages()
        self.stage.setCurrentIndex(0 if self.stage.count() else -1)
        self._on_stage_changed()

    def _on_stage_changed(self) -> None:
        if self._filling:
            return
        stage = self._current_stage()
        # The stage's probability is the default, unless the user typed one.
        if stage is not None and not self._probability_touched:
            self._set_probability(stage.probability)
        self._on_amount_changed()

    def _set_probability(self, value: int) -> None:
        blocked = self.probability.blockSignals(True)
        self.probability.setValue(value)
        self.probability.blockSignals(blocked)

    def _on_probability_edited(self, _value: int) -> None:
        if not self._filling:
            self._probability_touched = True
        self._on_amount_changed()

    # -- amount ---------------------------------------------------------------------------
    def amount(self) -> Decimal:
        """The opportunity's amount: the sum of the lines, else the plain amount typed."""
        if self.lines_model.rowCount():
            return self.lines_model.total()
        return parse_decimal(self.plain_amount.text()) or Decimal("0")

    def _on_amount_changed(self) -> None:
        if getattr(self, "amounts_hidden", False):
            return  # Restricted: blank amounts (card_amounts.hide_amounts)
        has_lines = self.lines_model.rowCount() > 0
        self.plain_amount.setEnabled(not has_lines)
        currency = self.currency.currentText().strip().upper() or DEFAULT_CURRENCY
        self.lines_model.currency = currency
        amount = self.amount()
        self.total.setText(
            self.tr("Amount: %1 · weighted (%2 %): %3")
            .replace("%1", money_text(amount, currency))
            .replace("%2", str(self.probability.value()))
            .replace("%3", money_text(weighted(amount, self.probability.value()), currency))
        )

    def add_line(self) -> None:
        row = self.lines_model.add_line()
        self.lines.setCurrentIndex(self.lines_model.index(row, 0))
        self.lines.edit(self.lines_model.index(row, 0))

    def remove_line(self) -> None:
        self.lines_model.remove_line(self.lines.currentIndex().row())

    def _on_contact_chosen(self, choice: ContactChoice | None) -> None:
        if choice is not None and choice.company_name:
            self.company.setText(choice.company_name)
        elif choice is None:
            self.company.clear()

    # -- saving ---------------------------------------------------------------------------
    def form_input(self) -> OpportunityInput:
        status = self.status.currentData() or STATUS_OPEN
        if self.view is not None and self.view.status in (STATUS_WON, STATUS_LOST):
            status = self.view.status
        name = self.name.text().strip() or self.name.placeholderText().strip()
        stage = self._current_stage()
        return OpportunityInput(
            name=name,
            contact_id=self.contact.contact_id(),
            process_id=self.process.currentData(),
            stage_id=stage.id if stage else None,
            probability=self.probability.value(),
            amount=self.amount(),
            currency=(self.currency.currentText().strip().upper() or DEFAULT_CURRENCY),
            expected_close=self._date(),
            record_manager_id=self.manager.currentData(),
            referrer_contact_id=self.referrer.contact_id(),
            referred_by=self.view.referred_by if self.view is not None else None,
            campaign_id=self.campaign.campaign_id(),
            competitor=self.competitor.text().strip() or None,
            details=self.details.toPlainText().strip() or None,
            lines=self.lines_model.lines(),
            status=status,
        )

    def save(self, then: Callable[[OpportunityView], None] | None = None) -> None:
        """Save the card (create or update with the version read); ``then`` after success."""
        if not self.loaded:
            return
        typed = self.plain_amount.text().strip()
        if not self.lines_model.rowCount() and typed and parse_decimal(typed) is None:
            # Never save 0 in place of what the user typed.
            self.tell(
                self.windowTitle(),
                self.tr('The amount "%1" is not a number: type it like %2.')
                .replace("%1", typed)
                .replace("%2", QLocale().toString(1234.5, "f", 2)),
            )
            self.plain_amount.setFocus()
            return
        data = self.form_input()
        done = then or self._on_saved_close
        if self.view is None:
            self.ops.run(
                create_opportunity,
                data,
                on_done=done,
                on_error=self._on_save_failed,
                initiator=self,
            )
        else:
            self.ops.run(
                update_opportunity,
                self.view.id,
                self.view.version,
                data,
                on_done=done,
                on_error=self._on_save_failed,
                initiator=self,
            )

    def _on_saved_close(self, view: OpportunityView) -> None:
        self.saved_id = view.id
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            self.tell(
                self.tr("Opportunity changed by a colleague"),
                self.tr(
                    "A colleague changed this opportunity since you opened it. "
                    "Your changes were not saved: the card now shows their version."
                ),
            )
            self._reload()
            return
        self.tell(self.tr("Opportunity not saved"), error_message(exc))

    def _reload(self) -> None:
        self.loaded = False
        self._load()

    # -- closing and reopening ------------------------------------------------------------
    def close_as(self, status: str) -> None:
        """Ask the reason (and competitor when lost), then close; unsaved edits saved first."""
        if self.view is None or not self.loaded:
            return

        def closed(view: OpportunityView) -> None:
            self.saved_id = view.id
            self._reload()

        def close_now(_saved: OpportunityView | None = None) -> None:
            assert self.view is not None
            close_flow(self.context, self.view.id, status, self, ask=self.ask_close, on_done=closed)

        def saved_then_close(view: OpportunityView) -> None:
            self.view = view
            close_now(view)

        if self.is_dirty():
            self.save(then=saved_then_close)
        else:
            close_now()

    def reopen(self) -> None:
        if self.view is None:
            return

        def reopened(view: OpportunityView) -> None:
            self.saved_id = view.id
            self._reload()

        self.ops.run(
            reopen_opportunity,
            self.view.id,
            self.view.version,
            on_done=reopened,
            on_error=self._on_save_failed,
            initiator=self,
        )

    def is_dirty(self) -> bool:
        if self.view is None:
            return True
        data = self.form_input()
        v = self.view
        return (
            data.name != v.name
            or data.contact_id != v.contact_id
            or data.stage_id != v.stage_id
            or data.probability != v.probability
            or data.amount != v.amount
            or data.expected_close != v.expected_close
            or data.record_manager_id != v.record_manager_id
            or data.competitor != (v.competitor or None)
            or data.details != (v.details or None)
            or data.lines != v.lines
            or data.currency != v.currency
        )

    def _update_buttons(self) -> None:
        status = self.view.status if self.view is not None else None
        self.won_button.setEnabled(status == STATUS_OPEN and not getattr(self, "amounts_hidden", 0))
        self.lost_button.setEnabled(status == STATUS_OPEN)
        self.reopen_button.setEnabled(status in (STATUS_WON, STATUS_LOST, STATUS_INACTIVE))
        self.save_button.setEnabled(self.loaded)
        # A closed opportunity keeps its stage; moving it means reopening first.
        closed = status in (STATUS_WON, STATUS_LOST)
        for widget in (self.process, self.stage, self.probability):
            widget.setEnabled(not closed)

    @classmethod
    def edit(
        cls,
        context: AppContext,
        opportunity_id: int | None = None,
        *,
        contact_id: int | None = None,
        parent: QWidget | None = None,
    ) -> int | None:
        """Open the card; the id saved, closed or reopened, or None when nothing was."""
        dialog = cls(context, opportunity_id, contact_id=contact_id, parent=parent)
        try:
            dialog.exec()
            return dialog.saved_id
        finally:
            dialog.deleteLater()
