"""The campaign card: the brief (name, objective, channel, dates, target group, message,
budget, expected response rate, owner, status) and its cost lines. ``CampaignDialog.edit()``
returns the saved campaign's id, or None when cancelled."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.campaigns import CAMPAIGN_STATUSES, CHANNELS, parse_amount
from desktop_crm.services.campaigns.records import (
    NAME_LENGTH,
    CampaignInput,
    CardData,
    card_data,
    create_campaign,
    update_campaign,
)
from desktop_crm.ui.campaigns.costs import COL_KIND, COL_LABEL, CostLinesModel, KindDelegate
from desktop_crm.ui.campaigns.empty_notes import add_card_notes
from desktop_crm.ui.campaigns.targets_tab import TargetsTab
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.opportunities.texts import money_text, number_text

NO_DATE = QDate(2000, 1, 1)


def _t(text: str) -> str:
    return QCoreApplication.translate("Campaigns", text)


def channel_label(code: str) -> str:
    return {
        "mail": _t("Mail"),
        "email": _t("E-mail"),
        "phone": _t("Phone"),
        "trade_show": _t("Trade show"),
        "event": _t("Event"),
        "referral": _t("Referral"),
    }.get(code, code)


def status_label(code: str) -> str:
    return {
        "draft": _t("Draft"),
        "running": _t("Running"),
        "finished": _t("Finished"),
        "cancelled": _t("Cancelled"),
    }.get(code, code)


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(_t("none"))
    edit.setDate(NO_DATE)
    return edit


def _date_of(edit: QDateEdit) -> dt.date | None:
    day = edit.date()
    return None if day == NO_DATE else dt.date(day.year(), day.month(), day.day())


class CampaignDialog(QDialog):
    """Create or edit a campaign; saving runs through the operation runner."""

    def __init__(
        self, context: AppContext, campaign_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.campaign_id = campaign_id
        self.version: int | None = None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New campaign") if campaign_id is None else self.tr("Campaign"))
        self.resize(820, 720)
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_LENGTH)  # (the service refuses a longer one)
        self.channel = QComboBox(self)
        for code in CHANNELS:
            self.channel.addItem(channel_label(code), code)
        self.status = QComboBox(self)
        for code in CAMPAIGN_STATUSES:
            self.status.addItem(status_label(code), code)
        self.objective = QPlainTextEdit(self)
        self.objective.setFixedHeight(54)
        self.start = _date_edit(self)
        self.end = _date_edit(self)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("→", self))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.group = QComboBox(self)
        self.template = QComboBox(self)
        self.template.setEditable(True)
        self.budget = QLineEdit(self)
        self.expected = QDoubleSpinBox(self)
        self.expected.setRange(0, 100)
        self.expected.setDecimals(1)
        self.expected.setSuffix(" %")
        self.owner = QComboBox(self)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow(self.tr("&Objective:"), self.objective)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("&Target group:"), self.group)
        form.addRow(self.tr("&Message (template):"), self.template)
        form.addRow(self.tr("&Budget:"), self.budget)
        form.addRow(self.tr("E&xpected response rate:"), self.expected)
        form.addRow(self.tr("O&wner:"), self.owner)
        form.addRow(self.tr("&Status:"), self.status)

        self.costs = CostLinesModel(self)
        self.cost_table = QTableView(self)
        self.cost_table.setModel(self.costs)
        self.cost_table.setItemDelegateForColumn(COL_KIND, KindDelegate(self.cost_table))
        self.cost_table.verticalHeader().hide()
        header = self.cost_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("&Add a cost"), self)
        add.clicked.connect(self._on_add_clicked)
        remove = QPushButton(self.tr("&Remove"), self)
        remove.clicked.connect(self._on_remove_clicked)
        self.total = QLabel(self)
        self.costs.total_changed.connect(self._on_total_changed)
        cost_bar = QHBoxLayout()
        cost_bar.addWidget(add)
        cost_bar.addWidget(remove)
        cost_bar.addStretch(1)
        cost_bar.addWidget(self.total)

        self.problem = QLabel(self)
        self.problem.setObjectName("campaignProblem")
        self.problem.setStyleSheet("color: #c62828")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        brief = QWidget(self)
        brief_layout = QVBoxLayout(brief)
        nest(brief_layout, form)
        brief_layout.addWidget(
            QLabel(self.tr("Costs (quantity × unit cost, or a fixed amount):"), self)
        )
        brief_layout.addWidget(self.cost_table, 1)
        nest(brief_layout, cost_bar)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(brief, self.tr("Brie&f and costs"))
        self.targets = TargetsTab(context, campaign_id, self)
        self.tabs.addTab(self.targets, self.tr("Tar&gets"))
        self.tabs.setTabEnabled(1, campaign_id is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._on_total_changed()
        add_card_notes(self)
        context.ops.read(card_data, campaign_id, on_done=self._on_loaded, on_error=self._on_error)

    @classmethod
    def edit(
        cls, context: AppContext, campaign_id: int | None, parent: QWidget | None = None
    ) -> int | None:
        dialog = cls(context, campaign_id, parent)
        try:
            return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    # -- loading -------------------------------------------------------------------------------
    def _on_loaded(self, data: CardData) -> None:
        self.group.addItem(self.tr("(none)"), None)
        for choice in data.groups:
            self.group.addItem(choice.label, choice.id)
        self.template.addItem("")
        self.template.addItems(list(data.templates))
        self.owner.addItem(self.tr("(nobody)"), None)
        for choice in data.owners:
            self.owner.addItem(choice.label, choice.id)
        c = data.campaign
        if c is None:
            self.owner.setCurrentIndex(max(0, self.owner.findData(data.current_user_id)))
        else:
            self.version = c.version
            self.name.setText(c.name)
            self.channel.setCurrentIndex(max(0, self.channel.findData(c.channel)))
            self.status.setCurrentIndex(max(0, self.status.findData(c.status)))
            self.objective.setPlainText(c.objective or "")
            for edit, day in ((self.start, c.start_date), (self.end, c.end_date)):
                edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
            self.group.setCurrentIndex(max(0, self.group.findData(c.target_group_id)))
            self.template.setCurrentText(c.template_name or "")
            self.budget.setText(number_text(c.budget) if c.budget else "")
            if c.expected_response_rate is not None:
                self.expected.setValue(float(c.expected_response_rate))
            self.owner.setCurrentIndex(max(0, self.owner.findData(c.owner_id)))
        self.costs.set_lines(c.costs if c is not None else ())  # shows "no cost" when none
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.name.setFocus()

    def _on_error(self, exc: BaseException) -> None:
        self.problem.setText(error_message(exc))

    # -- editing -------------------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        row = self.costs.add_line()
        self.cost_table.setCurrentIndex(self.costs.index(row, COL_LABEL))
        self.cost_table.edit(self.costs.index(row, COL_LABEL))

    def _on_remove_clicked(self) -> None:
        self.costs.remove_line(self.cost_table.currentIndex().row())

    def _on_total_changed(self) -> None:
        self.total.setText(self.tr("Total cost: %1").replace("%1", money_text(self.costs.total())))

    def data(self) -> CampaignInput:
        """What the form holds; ValueError with a sentence when the budget is not an amount."""
        budget_text = self.budget.text().strip()
        try:
            budget = parse_amount(budget_text) if budget_text else Decimal(0)
        except ValueError:
            raise ValueError(
                self.tr("The budget '%1' is not an amount; type a number such as 1500.").replace(
                    "%1", budget_text
                )
            ) from None
        expected = self.expected.value()
        return CampaignInput(
            name=self.name.text(),
            channel=str(self.channel.currentData()),
            objective=self.objective.toPlainText().strip() or None,
            start_date=_date_of(self.start),
            end_date=_date_of(self.end),
            target_group_id=self.group.currentData(),
            template_name=self.template.currentText().strip() or None,
            budget=budget,
            expected_response_rate=Decimal(str(round(expected, 1))) if expected else None,
            owner_id=self.owner.currentData(),
            status=str(self.status.currentData()),
            costs=self.costs.lines(),
        )

    def save(self) -> None:
        try:
            data = self.data()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        self.buttons.setEnabled(False)
        if self.campaign_id is None:
            self.context.ops.run(
                create_campaign, data, on_done=self._on_saved, on_error=self._on_save_error
            )
        else:
            self.context.ops.run(
                update_campaign,
                self.campaign_id,
                data,
                expected_version=self.version,
                on_done=self._on_saved,
                on_error=self._on_save_error,
            )

    def _on_saved(self, view: object) -> None:
        self.saved_id = int(getattr(view, "id", 0)) or None
        self.accept()

    def _on_save_error(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(error_message(exc))

    def keyPressEvent(self, event: object) -> None:
        # Enter in the cost table edits the cell instead of saving the whole card.
        key = getattr(event, "key", lambda: None)()
        if self.cost_table.hasFocus() and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.cost_table.edit(self.cost_table.currentIndex())
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
