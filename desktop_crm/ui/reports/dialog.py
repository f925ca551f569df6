"""The small dialog asking a report's parameters: which contacts, which period, which user.

Only what the report reads is shown (``services/reports/registry.uses``). The population
offers the current selection or lookup of the contact list, a group (the one open in the
Groups view first) or every contact.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.clock import SystemClock
from desktop_crm.domain.reports import ReportParams, ReportSpec
from desktop_crm.services.reports.choices import ReportChoices, report_choices
from desktop_crm.services.reports.registry import description, title, uses
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.groups.picker import GroupPicker
from desktop_crm.ui.reports.scope import CurrentScope, ui_language


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ReportParamsDialog(QDialog):
    """Asks the parameters of one report; ``ask()`` returns them, or None when cancelled."""

    def __init__(
        self,
        context: AppContext,
        spec: ReportSpec,
        scope: CurrentScope,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportParamsDialog")
        self.context = context
        self.spec = spec
        self.scope = scope
        self.language = ui_language()
        self.uses = uses(spec)
        self.setWindowTitle(title(spec, self.language))
        about = QLabel(description(spec, self.language), self)
        about.setWordWrap(True)
        form = QFormLayout()
        self.population = QButtonGroup(self)
        self.selection_radio = QRadioButton(self)
        self.lookup_radio = QRadioButton(self)
        self.group_radio = QRadioButton(self.tr("A &group:"), self)
        self.all_radio = QRadioButton(self.tr("&All contacts"), self)
        self.group_picker = GroupPicker(
            context, self, none_text=self.tr("(choose a group)"), label=""
        )
        if "population" in self.uses:
            box = QVBoxLayout()
            if len(scope.selected_ids) > 1:
                self.selection_radio.setText(
                    self.tr("The selected contacts (%1)").replace(
                        "%1", count_text(len(scope.selected_ids))
                    )
                )
                box.addWidget(self.selection_radio)
            if scope.lookup:
                self.lookup_radio.setText(
                    self.tr("The current lookup « %1 »").replace("%1", scope.lookup)
                )
                box.addWidget(self.lookup_radio)
            row = QHBoxLayout()
            row.addWidget(self.group_radio)
            row.addWidget(self.group_picker, 1)
            nest(box, row)
            box.addWidget(self.all_radio)
            for radio in (
                self.selection_radio,
                self.lookup_radio,
                self.group_radio,
                self.all_radio,
            ):
                self.population.addButton(radio)
            if len(scope.selected_ids) > 1:
                self.selection_radio.setChecked(True)
            elif scope.group_id is not None:
                self.group_radio.setChecked(True)
            elif scope.lookup:
                self.lookup_radio.setChecked(True)
            else:
                self.all_radio.setChecked(True)
            if scope.group_id is not None:
                self.group_picker.set_group(scope.group_id)
            self.group_picker.group_changed.connect(self._on_group_changed)
            form.addRow(self.tr("Contacts:"), box)
        today = SystemClock().now().date()
        monday = today - dt.timedelta(days=today.weekday())
        self.period_check = QCheckBox(self.tr("Only from"), self)
        self.from_edit = QDateEdit(_qdate(monday), self)
        self.to_edit = QDateEdit(_qdate(monday + dt.timedelta(days=6)), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.has_period = bool(self.uses & {"period", "close_period"})
        if self.has_period:
            row = QHBoxLayout()
            if "period" in spec.needs:  # a period the report always has (default: this week)
                self.period_check.setChecked(True)
                self.period_check.hide()
                row.addWidget(QLabel(self.tr("From"), self))
            else:
                row.addWidget(self.period_check)
                self.period_check.toggled.connect(self._update_period)
            row.addWidget(self.from_edit)
            row.addWidget(QLabel(self.tr("to"), self))
            row.addWidget(self.to_edit)
            row.addStretch(1)
            form.addRow(
                self.tr("Period:") if "period" in self.uses else self.tr("Expected close:"), row
            )
        elif "period_end" in self.uses:
            self.to_edit.setDate(_qdate(today + dt.timedelta(days=6)))
            form.addRow(self.tr("Up to:"), self.to_edit)
        self._update_period()
        self.user_combo = QComboBox(self)
        self.user_combo.addItem(self.tr("All users"), None)
        if "user" in self.uses:
            form.addRow(self.tr("User:"), self.user_combo)
        self.campaign_combo = QComboBox(self)
        if "campaign" not in spec.needs:  # optional: every campaign side by side
            self.campaign_combo.addItem(self.tr("All campaigns"), None)
        if "campaign" in self.uses:
            form.addRow(self.tr("Campaign:"), self.campaign_combo)
        self.contact_spin = QSpinBox(self)
        self.contact_spin.setRange(1, 2_000_000_000)
        if scope.contact_id is not None:
            self.contact_spin.setValue(scope.contact_id)
        if "contact_id" in self.uses:
            form.addRow(self.tr("Contact number:"), self.contact_spin)
        # What this report does not read is not shown (the widgets exist for ``params``).
        unused: list[QWidget] = []
        if "population" not in self.uses:
            unused += [
                self.selection_radio,
                self.lookup_radio,
                self.group_radio,
                self.all_radio,
                self.group_picker,
            ]
        else:
            if len(scope.selected_ids) <= 1:
                unused.append(self.selection_radio)
            if not scope.lookup:
                unused.append(self.lookup_radio)
        if not self.has_period:
            unused += [self.period_check, self.from_edit]
            if "period_end" not in self.uses:
                unused.append(self.to_edit)
        if "user" not in self.uses:
            unused.append(self.user_combo)
        if "campaign" not in self.uses:
            unused.append(self.campaign_combo)
        if "contact_id" not in self.uses:
            unused.append(self.contact_spin)
        for widget in unused:
            widget.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Preview"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #c0392b;")
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        nest(layout, form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        if self.uses & {"user", "campaign"}:
            context.ops.read(report_choices, on_done=self._on_choices)

    def _on_group_changed(self, group_id: object) -> None:
        if group_id is not None:
            self.group_radio.setChecked(True)
            self.hint.hide()

    def accept(self) -> None:
        if (
            "population" in self.uses
            and self.group_radio.isChecked()
            and self.group_picker.group_id() is None
        ):
            self.hint.setText(self.tr("Choose the group, or another set of contacts."))
            self.hint.show()
            self.group_picker.combo.setFocus()
            return
        super().accept()

    def _update_period(self) -> None:
        on = self.period_check.isChecked()
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on or "period_end" in self.uses)

    def _on_choices(self, choices: ReportChoices) -> None:
        if not choices.across_users:
            self.user_combo.clear()  # Standard/Restricted: their own work only
        for user in choices.users:
            self.user_combo.addItem(user.display_name, user.login)
        for name in choices.campaigns:
            self.campaign_combo.addItem(name, name)

    def params(self) -> ReportParams:
        """The parameters as chosen now."""
        group = lookup = None
        contact_ids: tuple[int, ...] | None = None
        if "population" in self.uses:
            if self.selection_radio.isChecked():
                contact_ids = tuple(self.scope.selected_ids)
            elif self.lookup_radio.isChecked():
                lookup = self.scope.lookup
            elif self.group_radio.isChecked() and self.group_picker.group_id() is not None:
                group = f"#{self.group_picker.group_id()}"
        date_from = date_to = None
        if self.has_period and self.period_check.isChecked():
            date_from, date_to = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        elif "period_end" in self.uses:
            date_to = _pydate(self.to_edit.date())
        user = self.user_combo.currentData() if "user" in self.uses else None
        campaign = self.campaign_combo.currentData() if "campaign" in self.uses else None
        contact = self.contact_spin.value() if "contact_id" in self.uses else None
        return ReportParams(
            language=self.language,
            group=group,
            lookup=lookup,
            contact_ids=contact_ids,
            date_from=date_from,
            date_to=date_to,
            user=user,
            campaign=campaign,
            contact_id=contact,
        )

    @classmethod
    def ask(
        cls,
        context: AppContext,
        spec: ReportSpec,
        scope: CurrentScope,
        parent: QWidget | None = None,
    ) -> ReportParams | None:
        dialog = cls(context, spec, scope, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.params()
        finally:
            dialog.deleteLater()
