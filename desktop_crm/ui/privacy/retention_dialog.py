"""Data retention: the prospects with no inbound contact for the team's period, and their
erasure (in the background, with progress and Cancel) after a typed confirmation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.services.privacy.erasure import ErasureResult
from desktop_crm.services.privacy.retention import (
    DEFAULT_MONTHS,
    RetentionReport,
    apply_retention,
    due_for_retention,
    retention_months,
    set_retention_months,
)
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.common.simple_table import RowsModel
from desktop_crm.ui.privacy.erase_dialog import confirmation_word


def _t(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


class RetentionDialog(QDialog):
    """Lists the prospects due for erasure and erases them after confirmation.

    Signals: ``erased(int)`` with how many contacts were erased.
    """

    erased = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: RetentionReport | None = None
        self.setWindowTitle(_t("Data retention"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _t(
                "Prospects (status empty, Suspect or Prospect, never bought) with no inbound "
                "contact — collection, call reached or received, meeting held, click in an "
                "e-mail, answer to a campaign — for the period below. The CNIL advises deleting "
                "them after 3 years. Clients and former clients are never listed here."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(_t("No inbound contact for")))
        self.months = QSpinBox()
        self.months.setObjectName("retentionMonths")
        self.months.setRange(1, 1200)
        self.months.setValue(DEFAULT_MONTHS)
        self.months.setSuffix(_t(" months"))
        row.addWidget(self.months)
        self.list_button = QPushButton(_t("&List"))
        self.list_button.setToolTip(_t("Keep this period as the team's setting and list again"))
        self.list_button.clicked.connect(self._on_list_clicked)
        row.addWidget(self.list_button)
        row.addStretch(1)
        nest(layout, row)
        self.model = RowsModel(
            [_t("Name"), _t("Company"), _t("Status"), _t("Last inbound contact")], self
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(_t("Loading…"))
        self.count_label.setObjectName("retentionCount")
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.erase_button = buttons.addButton(
            _t("&Erase these prospects…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self._on_erase_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        context.ops.read(retention_months, on_done=self._on_months_loaded)

    # -- loading ---------------------------------------------------------------------------

    def _on_months_loaded(self, months: int) -> None:
        self.months.setValue(months)
        self.reload()

    def reload(self) -> None:
        self.erase_button.setEnabled(False)
        self.context.ops.read(
            due_for_retention,
            self.months.value(),
            on_done=self._on_report_loaded,
            on_error=lambda exc: self.count_label.setText(error_message(exc)),
            key="privacy.retention",
        )

    def _on_report_loaded(self, report: RetentionReport) -> None:
        self.report = report
        self.model.set_rows(
            [
                (c.label, c.company, c.status, c.last_inbound.strftime("%d/%m/%Y"))
                for c in report.candidates
            ],
            [c.contact_id for c in report.candidates],
        )
        self.count_label.setText(
            _t("%1 prospect(s) with no inbound contact since %2.")
            .replace("%1", count_text(len(report.candidates)))
            .replace("%2", report.cutoff.strftime("%d/%m/%Y"))
        )
        self.erase_button.setEnabled(bool(report.candidates))

    def _on_list_clicked(self) -> None:
        self.context.ops.run(
            set_retention_months, self.months.value(), on_done=lambda _m: self.reload()
        )

    # -- erasing ---------------------------------------------------------------------------

    def _on_erase_clicked(self) -> None:
        if self.report is None or not self.report.candidates:
            return
        ids = [c.contact_id for c in self.report.candidates]
        word = confirmation_word()
        typed, accepted = QInputDialog.getText(
            self,
            _t("Erase these prospects"),
            _t(
                "Erase %1 prospect(s) and every trace of them? This cannot be undone: no copy "
                "is kept in the database (backups made before now still hold them).\n\n"
                "Type %2 to confirm:"
            )
            .replace("%1", count_text(len(ids)))
            .replace("%2", word),
            QLineEdit.EchoMode.Normal,
        )
        if not accepted or typed.strip().casefold() != word.casefold():
            return
        self.context.ops.run_long(
            apply_retention,
            ids,
            _t("Retention period elapsed (no inbound contact)"),
            title=_t("Erasing prospects…"),
            parent=self,
            on_done=self._on_erased,
            on_error=lambda exc: QMessageBox.warning(
                self, _t("Data retention"), error_message(exc)
            ),
        )

    def _on_erased(self, results: list[ErasureResult]) -> None:
        self.erased.emit(len(results))
        self.count_label.setText(
            _t("%1 prospect(s) erased.").replace("%1", count_text(len(results)))
        )
        self.reload()

    @classmethod
    def show_dialog(cls, context: AppContext, parent: QWidget | None = None) -> None:
        dialog = cls(context, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
