"""First pages of the import wizard: choose the file, then the sheet and header row."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_crm.domain.errors import DomainError
from desktop_crm.interchange.table import SourceFile, detect_header_row
from desktop_crm.services.importing.pipeline import read_source
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import OpHandle
from desktop_crm.ui.importing.models import PreviewModel

if TYPE_CHECKING:
    from desktop_crm.ui.importing.wizard import ImportWizard

PREVIEW_ROWS = 40
ENCODINGS = (
    ("", "Detect"),
    ("utf-8-sig", "UTF-8"),
    ("cp1252", "Windows (cp1252)"),
    ("latin-1", "ISO-8859-1"),
    ("utf-16", "UTF-16"),
)
DELIMITERS = (
    ("", "Detect"),
    (";", "; (semicolon)"),
    (",", ", (comma)"),
    ("\t", "Tab"),
    ("|", "| (pipe)"),
)


class FilePage(QWizardPage):
    """Choose the file (CSV/TXT, XLSX, vCard) and, for text files, encoding and delimiter."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("File to import"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx), a CSV or TXT file, or vCards "
                "(.vcf) exported from Outlook or Google."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Choose a file…"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.encoding = QComboBox()
        for code, label in ENCODINGS:
            self.encoding.addItem(self.tr(label), code)
        self.delimiter = QComboBox()
        for code, label in DELIMITERS:
            self.delimiter.addItem(self.tr(label), code)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Encoding (text files):"), self.encoding)
        form.addRow(self.tr("Delimiter (text files):"), self.delimiter)
        self.registerField("path*", self.path_edit)
        self.reading: OpHandle | None = None
        self._read: SourceFile | None = None

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("Contact files (*.xlsx *.csv *.txt *.vcf);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def validatePage(self) -> bool:
        # Reading runs on the database thread; when it ends, the page moves on by itself.
        if self._read is not None:
            self._wizard.source, self._read = self._read, None
            return True
        if self.reading is not None:
            return False
        path = self.path_edit.text().strip()
        encoding = self.encoding.currentData() or None
        delimiter = self.delimiter.currentData() or None
        self.reading = self._wizard.context.ops.call(
            read_source,
            path,
            encoding,
            delimiter,
            with_control=True,
            title=self.tr("Reading the file…"),
            parent=self,
            cancellable=True,
            on_done=self._on_read,
            on_error=self._on_read_failed,
        )
        self.reading.cancelled.connect(self._on_read_cancelled)
        return False

    def _on_read(self, source: SourceFile) -> None:
        self.reading = None
        self._read = source
        self._wizard.next()

    def _on_read_failed(self, exc: BaseException) -> None:
        self.reading = None
        if isinstance(exc, DomainError):
            QMessageBox.warning(self, self.tr("Import"), exc.message)
        else:
            self._wizard.context.ops.show_error(exc, self)

    def _on_read_cancelled(self) -> None:
        self.reading = None


class SheetPage(QWizardPage):
    """Pick the sheet and the header row (detected), with a preview of the first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(
            self.tr(
                "Title lines above the column names are skipped: check "
                "that the row in bold holds the column names."
            )
        )
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self._on_sheet_changed)
        self.header_row = QSpinBox()
        self.header_row.setMinimum(1)
        self.header_row.valueChanged.connect(self._on_header_row_changed)
        self.detected = QLabel()
        self.table = QTableView()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        form = QFormLayout()
        form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow(self.tr("Column names on row:"), self.header_row)
        layout = QVBoxLayout(self)
        nest(layout, form)
        layout.addWidget(self.detected)
        layout.addWidget(self.table, 1)
        self._model: PreviewModel | None = None

    def initializePage(self) -> None:
        source = self._wizard.source
        assert source is not None
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(source.sheet_names)
        self.sheet.setCurrentText(source.sheet().name)
        self.sheet.setEnabled(len(source.sheets) > 1)
        self.sheet.blockSignals(False)
        if source.delimiter:
            shown = {"\t": self.tr("tab")}.get(source.delimiter, source.delimiter)
            self.detected.setText(
                self.tr("Read as {0}, columns separated by “{1}”.").format(source.encoding, shown)
            )
        else:
            self.detected.setText("")
        self._on_sheet_changed()

    def _on_sheet_changed(self) -> None:
        source = self._wizard.source
        if source is None or not self.sheet.currentText():
            return
        rows = source.sheet(self.sheet.currentText()).rows
        self._model = PreviewModel(rows[:PREVIEW_ROWS], detect_header_row(rows), self.table)
        self.table.setModel(self._model)
        self.header_row.setMaximum(max(1, min(len(rows), PREVIEW_ROWS)))
        self.header_row.setValue(self._model.header_row + 1)

    def _on_header_row_changed(self, value: int) -> None:
        if self._model is not None:
            self._model.set_header_row(value - 1)

    def validatePage(self) -> bool:
        from desktop_crm.services.importing.service import default_mapping

        source = self._wizard.source
        assert source is not None
        sheet = source.sheet(self.sheet.currentText())
        self._wizard.mapping = default_mapping(sheet, self.header_row.value() - 1)
        return True


def stretch_last(view: QTableView) -> None:
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)


def spacer() -> QWidget:
    return QWidget()


__all__: list[Any] = ["FilePage", "SheetPage"]
