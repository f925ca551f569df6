"""The import wizard: file -> sheet/header -> mapping -> checks -> summary -> import -> report.

Every step calls a service; reading, checking and writing run off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.progress import Cancelled, TaskControl
from desktop_crm.interchange.table import SourceFile
from desktop_crm.services.importing.model import (
    ImportMapping,
    ImportOptions,
    ImportReport,
    ProblemPolicy,
    RowAction,
    UndoReport,
)
from desktop_crm.services.importing.pipeline import (
    ImportOutcome,
    ImportRequest,
    run_import,
    undo_batch,
)
from desktop_crm.services.importing.service import ImportPlan, decide
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import OpHandle
from desktop_crm.ui.importing.checks_page import ChecksPage
from desktop_crm.ui.importing.mapping_page import MappingPage
from desktop_crm.ui.importing.models import ReportModel
from desktop_crm.ui.importing.pages import FilePage, SheetPage


def forecast(plan: ImportPlan, options: ImportOptions) -> dict[str, int]:
    """What the import will do, row by row, without writing."""
    written: dict[int, RowAction] = {}
    counts = {"add": 0, "update": 0, "skip": 0, "flag": 0}
    for row in plan.rows:
        action, _ = decide(row, options, written)
        if action is RowAction.UPDATE and row.match is None:
            action = RowAction.ADD
        counts[action.value] += 1
        if action is not RowAction.SKIP:
            written[row.index] = action
            if any(options.policy_for(p.code) is ProblemPolicy.FLAG for p in row.problems):
                counts["flag"] += 1
    counts["skip"] += len(plan.empty_lines)
    return counts


class SummaryPage(QWizardPage):
    """The counts the import will produce, before anything is written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Ready to import"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        plan = self._wizard.plan
        assert plan is not None
        counts = forecast(plan, self._wizard.import_options)
        group = self._wizard.mapping.group if self._wizard.mapping else None
        lines = [
            self.tr("File: {0}").format(plan.file_name),
            self.tr("Contacts to create: {0}").format(counts["add"]),
            self.tr("Contacts to update: {0}").format(counts["update"]),
            self.tr("Rows skipped: {0}").format(counts["skip"]),
            self.tr("Contacts flagged “to review”: {0}").format(counts["flag"]),
        ]
        if group:
            lines.append(self.tr("Added to the group: {0}").format(group))
        lines.append("")
        lines.append(
            self.tr(
                "Everything is written in one go: if anything fails or you "
                "cancel, the database stays as it was. The import can be "
                "undone afterwards."
            )
        )
        self.text.setText("<br>".join(lines))


class RunPage(QWizardPage):
    """Writes the import in the background with a progress bar and a Cancel button."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar()
        self.status = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        nest(layout, row)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.handle: OpHandle | None = None
        self.control: TaskControl | None = None
        self.finished = False

    def initializePage(self) -> None:
        wizard = self._wizard
        plan, options = wizard.plan, wizard.import_options
        assert plan is not None
        self.finished = False
        self.status.setText(self.tr("Writing the contacts…"))
        self.cancel_button.setEnabled(True)
        group = wizard.mapping.group if wizard.mapping else None
        path = wizard.source.path if wizard.source is not None else plan.file_name
        request = ImportRequest(path, options=options, group=group)
        # The pipeline the command line runs, on the checked (and possibly edited) plan; the
        # runner commits once and announces the contacts written. This page shows progress
        # and Cancel itself, so the control is ours rather than run_long's progress dialog.
        self.control = TaskControl()
        self.handle = wizard.context.ops.run(
            run_import,
            self.control,
            request,
            plan,
            on_done=self._on_done,
            on_error=self._on_error,
            initiator=wizard,
        )
        self.handle.cancelled.connect(self._on_cancelled)
        self.timer.start()
        self._wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _on_timer_timeout(self) -> None:
        if self.control is None:
            return
        done, total, _ = self.control.snapshot()
        if total:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    def cancel(self) -> None:
        """Stop the writing: the unit of work is rolled back, nothing is written."""
        if self.control is not None:
            self.control.cancel()

    def _on_cancel_clicked(self) -> None:
        if self.handle is not None:
            self.cancel()
            self.cancel_button.setEnabled(False)

    def _stop(self, text: str) -> None:
        self.timer.stop()
        self.handle = None
        self.control = None
        self.cancel_button.setEnabled(False)
        self.status.setText(text)
        self._wizard.button(QWizard.WizardButton.BackButton).setEnabled(not self.finished)

    def _on_done(self, outcome: ImportOutcome) -> None:
        report = outcome.report
        self._wizard.report = report
        self.finished = True
        self._stop(self.tr("Done."))
        self.progress.setValue(self.progress.maximum())
        self.completeChanged.emit()
        self._wizard.import_finished.emit(report)
        self._wizard.next()

    def _on_error(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, DomainError) else str(exc)
        self._stop(self.tr("The import failed; nothing was written.") + "\n" + message)

    def _on_cancelled(self) -> None:
        self._stop(self.tr("Cancelled: nothing was written. Go back to change the import."))

    def isComplete(self) -> bool:
        return self.finished


class ReportPage(QWizardPage):
    """What was created, updated, skipped and flagged; save the report; undo the import."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import report"))
        self.summary = QLabel()
        self.table = QTableView()
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        save = QPushButton(self.tr("Save the report…"))
        save.clicked.connect(self._on_save_clicked)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.clicked.connect(self._on_undo_clicked)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(save)
        row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        nest(layout, row)
        layout.addWidget(self.table, 1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        report = self._wizard.report
        assert report is not None
        self.summary.setText(
            self.tr("Import #{0}: {1} created, {2} updated, {3} skipped, {4} to review.").format(
                report.batch_id, report.created, report.updated, report.skipped, report.flagged
            )
        )
        self.table.setModel(ReportModel(report.rows, self.table))
        self.undo_button.setEnabled(True)

    def _on_save_clicked(self) -> None:
        from desktop_crm.services.exporting import write_report

        report = self._wizard.report
        if report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(Path.home() / "rapport-import.xlsx"),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            try:
                write_report(report, path)
            except (DomainError, OSError) as exc:
                QMessageBox.warning(self, self.tr("Import"), str(exc))

    def _on_undo_clicked(self) -> None:
        report = self._wizard.report
        if report is None or report.batch_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo this import"),
            self.tr(
                "Delete the {0} contacts created and restore the {1} contacts updated by "
                "this import?"
            ).format(report.created, report.updated),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._wizard.undo(report.batch_id)
        self.undo_button.setEnabled(False)


class ImportWizard(QWizard):
    """Import contacts from a file. Signals: ``import_finished(report)``, ``import_undone(id)``."""

    import_finished = Signal(object)
    import_undone = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.source: SourceFile | None = None
        self.mapping: ImportMapping | None = None
        self.plan: ImportPlan | None = None
        self.import_options = ImportOptions()
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.checks_page = ChecksPage(self)
        self.summary_page = SummaryPage(self)
        self.run_page = RunPage(self)
        self.report_page = ReportPage(self)
        for page in (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.checks_page,
            self.summary_page,
            self.run_page,
            self.report_page,
        ):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.summary_page.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        self.run_page.setCommitPage(True)
        self.resize(1100, 720)

    def undo(self, batch_id: int) -> None:
        def done(result: UndoReport) -> None:
            # Told on the page, not in a modal box: the wizard stays usable and testable.
            self.report_page.summary.setText(
                self.tr("Import #{0} undone: {1} contacts deleted, {2} restored.").format(
                    batch_id, result.deleted, result.restored
                )
            )
            self.import_undone.emit(batch_id)

        def failed(exc: BaseException) -> None:
            message = exc.message if isinstance(exc, DomainError) else str(exc)
            QMessageBox.warning(self, "", message)

        self.context.ops.run_long(
            undo_batch,
            batch_id,
            title=self.tr("Undoing the import…"),
            parent=self,
            on_done=done,
            on_error=failed,
            initiator=self,
        )

    def reject(self) -> None:
        # Closing while the import writes: cancel it (it rolls back) instead of leaving it.
        if self.run_page.handle is not None:
            self.run_page.cancel()
            return
        super().reject()

    @classmethod
    def ask(
        cls, context: AppContext, parent: QWidget | None = None, path: str | None = None
    ) -> ImportReport | None:
        """Run the wizard; the report of the import made, or None if none was made."""
        wizard = cls(context, parent)
        if path:
            wizard.file_page.path_edit.setText(path)
        wizard.exec()
        return wizard.report


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


__all__ = ["Cancelled", "ImportWizard", "forecast"]
