"""The preview of a built report: its PDF page by page, "Save PDF…" and "Export XLSX…".

The document was built once (on the database thread); saving writes that same document,
so the PDF and the XLSX saved from one preview always carry the same figures.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.services.reports.output import BuiltReport, write_document
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.printing.pdf_pages import PREVIEW_DPI, PdfPages
from desktop_crm.ui.printing.preview import PagePreview


def _file_stem(title: str) -> str:
    return re.sub(r'[\\/:*?"<>|]+', " ", title).strip() or "report"


class ReportPreviewDialog(QDialog):
    """Shows a built report; signals nothing, writes through the operation runner.

    ``saved_path`` holds the last file written (tests and the status bar read it).
    """

    def __init__(
        self,
        context: AppContext,
        built: BuiltReport,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.context = context
        self.built = built
        self.language = language
        self.saved_path = ""
        self.setWindowTitle(built.document.title)
        self.resize(900, 820)
        self.pages = PdfPages(built.pdf_path)
        self.preview = PagePreview(self)
        self.page_spin = QSpinBox(self)
        self.page_spin.setRange(1, max(1, len(self.pages)))
        self.page_spin.setPrefix(self.tr("Page "))
        self.page_spin.setSuffix(self.tr(" of %1").replace("%1", str(len(self.pages))))
        self.save_pdf_button = QPushButton(self.tr("Save &PDF…"), self)
        self.save_xlsx_button = QPushButton(self.tr("Export &XLSX…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.status = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.page_spin)
        row.addWidget(self.status, 1)
        row.addWidget(self.save_pdf_button)
        row.addWidget(self.save_xlsx_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        nest(layout, row)
        self.page_spin.valueChanged.connect(self.show_page)
        self.save_pdf_button.clicked.connect(lambda: self._ask_and_save("pdf"))
        self.save_xlsx_button.clicked.connect(lambda: self._ask_and_save("xlsx"))
        self.close_button.clicked.connect(self.accept)
        self.finished.connect(self._on_finished)
        self.show_page(1)

    def show_page(self, number: int) -> None:
        """Show page ``number`` (from 1)."""
        index = min(max(number, 1), len(self.pages)) - 1
        self.preview.set_image(
            self.pages.render(index, PREVIEW_DPI), *self.pages.page_size_mm(index)
        )

    def _ask_and_save(self, fmt: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{_file_stem(self.built.document.title)}.{fmt}")
        if fmt == "pdf":
            title, pattern = self.tr("Save the report as PDF"), self.tr("PDF file (*.pdf)")
        else:
            title, pattern = (
                self.tr("Export the report to Excel"),
                self.tr("Excel workbook (*.xlsx)"),
            )
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, pattern)
        if path:
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
            self.save(path, fmt)

    def save(self, path: str, fmt: str) -> None:
        """Write the report to ``path`` as ``fmt`` (pdf or xlsx) in the background."""
        self.status.setText(self.tr("Writing…"))
        self.context.ops.call(
            write_document,
            self.built.document,
            self.built.header,
            path,
            fmt,
            self.language,
            on_done=lambda _pages: self._on_saved(path),
            on_error=self._on_save_failed,
            parent=self,
        )

    def _on_saved(self, path: str) -> None:
        self.saved_path = path
        self.status.setText(self.tr("Saved: %1").replace("%1", path))

    def _on_save_failed(self, exc: BaseException) -> None:
        from desktop_crm.ui.common.operations import error_message

        self.status.setText(error_message(exc))

    def _on_finished(self, _code: int) -> None:
        self.pages.close()
        with contextlib.suppress(OSError):
            Path(self.built.pdf_path).unlink()
