"""Show and print PDF files inside the app: pages drawn to images by PDFium (pypdfium2).

Why pypdfium2 and not QtPdf: QtPdf ships in PySide6-Addons (a 175 MB wheel, the project keeps
to the 60 MB PySide6-Essentials); pypdfium2 is a 4 MB wheel (PDFium, the renderer of
Chromium) that draws a page into a pixel buffer, which Qt shows as a ``QImage``. The same
images, rendered at the printer's resolution, print the letters through the system dialog.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.ui.common.layouts import nest

POINTS_PER_INCH = 72.0
# Resolution of the on-screen preview images: sharp on a large screen, quick to draw.
PREVIEW_DPI = 110


def _t(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


class PdfPages:
    """A PDF file whose pages are rendered on demand.

    The file is opened only while reading it (its page sizes now, a page when rendered), so
    nothing stays open or locked: the preview's scratch file can be replaced or removed.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        document = pdfium.PdfDocument(str(self.path))
        try:
            self._sizes = [document[i].get_size() for i in range(len(document))]
        finally:
            document.close()

    def __len__(self) -> int:
        return len(self._sizes)

    def page_size_mm(self, index: int) -> tuple[float, float]:
        width, height = self._sizes[index]
        return width / POINTS_PER_INCH * 25.4, height / POINTS_PER_INCH * 25.4

    def render(self, index: int, dpi: float) -> QImage:
        """Page ``index`` (from 0) as an image at ``dpi`` dots per inch, on white."""
        document = pdfium.PdfDocument(str(self.path))
        try:
            page = document[index]
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, may_draw_forms=False)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_BGR888
                if bitmap.n_channels == 3
                else QImage.Format.Format_ARGB32,
            ).copy()  # own the pixels: the bitmap's buffer goes with it
            bitmap.close()
            page.close()
        finally:
            document.close()
        return image

    def close(self) -> None:
        """Nothing stays open (kept for callers that release the preview)."""


def print_pdf(printer: QPrinter, path: str | Path, *, max_dpi: int = 300) -> int:
    """Print every page of the PDF at ``path`` at 100 % scale; returns the page count.

    Each page is rendered at the printer's resolution (at most ``max_dpi``) and drawn at its
    real size from the paper's corner, as the labels are printed.
    """
    pages = PdfPages(path)
    printer.setFullPage(True)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            return 0
        try:
            dpi = min(printer.resolution(), max_dpi)
            dots_per_mm = printer.resolution() / 25.4
            for index in range(len(pages)):
                if index:
                    printer.newPage()
                width, height = pages.page_size_mm(index)
                image = pages.render(index, dpi)
                painter.drawImage(QRectF(0, 0, width * dots_per_mm, height * dots_per_mm), image)
        finally:
            painter.end()
        return len(pages)
    finally:
        pages.close()


def open_externally(parent: QWidget | None, path: str | Path) -> bool:
    """Open the PDF in the system's viewer; says so in a message box when none opens it."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _t("No PDF viewer"),
        _t(
            "No PDF viewer is installed on this computer, so the file could not be opened. "
            "The preview in Desktop CRM shows it; the file is kept at:\n%1"
        ).replace("%1", str(path)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("no-pdf-viewer")
    box.open()
    return False


class PdfPreviewDialog(QDialog):
    """A PDF shown inside the app, page by page, with "Open in PDF viewer" at hand."""

    def __init__(self, path: str | Path, title: str, parent: QWidget | None = None) -> None:
        from desktop_crm.ui.printing.preview import PagePreview

        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 860)
        self.pages = PdfPages(path)
        self.preview = PagePreview()
        self.page_spin = QSpinBox(minimum=1, maximum=max(1, len(self.pages)))
        self.page_spin.setPrefix(self.tr("Page "))
        self.page_spin.setSuffix(self.tr(" of %1").replace("%1", str(len(self.pages))))
        external = QPushButton(self.tr("Open in PDF viewer"))
        close = QPushButton(self.tr("Close"))
        row = QHBoxLayout()
        row.addWidget(self.page_spin)
        row.addStretch(1)
        row.addWidget(external)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        nest(layout, row)
        self.page_spin.valueChanged.connect(self.show_page)
        external.clicked.connect(lambda: open_externally(self, self.pages.path))
        close.clicked.connect(self.accept)
        self.finished.connect(lambda _code: self.pages.close())
        self.show_page(1)

    def show_page(self, number: int) -> None:
        """Show page ``number`` (from 1)."""
        index = min(max(number, 1), len(self.pages)) - 1
        self.preview.set_image(
            self.pages.render(index, PREVIEW_DPI), *self.pages.page_size_mm(index)
        )
