"""Paint the printing page model with QPainter: on-screen preview and system-dialog printing.

The positions come from ``desktop_crm.printing.layout`` exactly as the PDF writer uses them,
so what the preview shows is what the PDF and the printer get.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_crm.printing import fonts
from desktop_crm.printing.layout import PT_PER_MM, PageLayout, text_width_mm

_loaded: list[bool] = []


def _family() -> str:
    """The PDFs' font, loaded into Qt once so the preview draws the same glyphs."""
    if not _loaded:
        for path in fonts.font_files():
            QFontDatabase.addApplicationFont(str(path))
        _loaded.append(True)
    return fonts.QT_FAMILY


def _font(name: str, size_pt: float, pixels_per_mm: float) -> QFont:
    font = QFont(_family())
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setBold(name.endswith("Bold"))
    # Pixel size from points: the page scale decides, not the screen's DPI.
    font.setPixelSize(max(1, round(size_pt / PT_PER_MM * pixels_per_mm)))
    return font


def paint_page(
    painter: QPainter,
    page: PageLayout,
    origin: QPointF,
    pixels_per_mm: float,
    *,
    paper: bool = True,
) -> None:
    """Draw ``page`` with its top-left corner at ``origin`` and ``pixels_per_mm`` scale."""

    def rect(x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(
            origin.x() + x * pixels_per_mm,
            origin.y() + y * pixels_per_mm,
            w * pixels_per_mm,
            h * pixels_per_mm,
        )

    if paper:
        painter.fillRect(rect(0, 0, page.width, page.height), QColor("white"))
        painter.setPen(QPen(QColor(160, 160, 160), 1))
        painter.drawRect(rect(0, 0, page.width, page.height))
    painter.setPen(QPen(QColor(190, 190, 190), 1, Qt.PenStyle.DashLine))
    for outline in page.outlines:
        painter.drawRoundedRect(
            rect(outline.x, outline.y, outline.width, outline.height),
            1.5 * pixels_per_mm,
            1.5 * pixels_per_mm,
        )
    for image in page.images:
        picture = QImage(image.path)
        if not picture.isNull():
            target = rect(image.rect.x, image.rect.y, image.rect.width, image.rect.height)
            scaled = picture.size().scaled(
                target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
            )
            painter.drawImage(QRectF(target.topLeft(), scaled.toSizeF()), picture)
    painter.setPen(QColor("black"))
    for box in page.boxes:
        font = _font(box.font, box.size, pixels_per_mm)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for line in box.lines:
            x = origin.x() + line.x * pixels_per_mm
            y = origin.y() + line.baseline * pixels_per_mm
            # Qt's hinting may make the line a little wider than the PDF font's metrics,
            # which placed and sized the text: squeeze it to that width to stay in its box.
            wanted = text_width_mm(line.text, box.font, box.size) * pixels_per_mm
            actual = metrics.horizontalAdvance(line.text)
            if actual > wanted * 1.005 and actual > 0:
                painter.save()
                painter.translate(x, y)
                painter.scale(wanted / actual, 1.0)
                painter.drawText(QPointF(0, 0), line.text)
                painter.restore()
            else:
                painter.drawText(QPointF(x, y), line.text)


def print_pages(printer: QPrinter, pages: Sequence[PageLayout]) -> int:
    """Print pages at 100 % scale on ``printer`` (page size already set); returns the count."""
    # Full page: the painter's origin is the paper's corner, as in the page model.
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            paint_page(painter, page, QPointF(0, 0), printer.resolution() / 25.4, paper=False)
    finally:
        painter.end()
    return len(pages)


class PagePreview(QWidget):
    """Shows one page, scaled to fit, with a drop shadow like a sheet of paper.

    The page is either a page model (labels, envelopes: drawn with ``paint_page``) or the
    image of a PDF page (letters: rendered by ``pdf_pages.PdfPages``) with its size in mm.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page: PageLayout | None = None
        self._image: QImage | None = None
        self._image_mm = (210.0, 297.0)
        self._message = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 220)

    def sizeHint(self) -> QSize:
        return QSize(420, 560)

    @property
    def page(self) -> PageLayout | None:
        return self._page

    @property
    def image(self) -> QImage | None:
        return self._image

    def set_page(self, page: PageLayout | None, message: str = "") -> None:
        self._page = page
        self._image = None
        self._message = message
        self.update()

    def set_image(self, image: QImage, width_mm: float, height_mm: float) -> None:
        """Show a rendered PDF page of ``width_mm`` x ``height_mm``."""
        self._page = None
        self._image = image
        self._image_mm = (width_mm, height_mm)
        self._message = ""
        self.update()

    def _size_mm(self) -> tuple[float, float] | None:
        if self._page is not None:
            return self._page.width, self._page.height
        return self._image_mm if self._image is not None else None

    def scale(self) -> float:
        """Pixels per millimetre at the current widget size."""
        size = self._size_mm()
        if size is None:
            return 1.0
        margin = 12
        return min((self.width() - 2 * margin) / size[0], (self.height() - 2 * margin) / size[1])

    def page_origin(self) -> QPointF:
        size = self._size_mm()
        assert size is not None
        scale = self.scale()
        return QPointF((self.width() - size[0] * scale) / 2, (self.height() - size[1] * scale) / 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        size = self._size_mm()
        if size is None:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self._message or self.tr("Nothing to preview"),
            )
            painter.end()
            return
        origin = self.page_origin()
        scale = self.scale()
        sheet = QRectF(origin.x(), origin.y(), size[0] * scale, size[1] * scale)
        painter.fillRect(sheet.translated(4, 4), QColor(0, 0, 0, 60))
        if self._page is not None:
            paint_page(painter, self._page, origin, scale)
        elif self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(sheet, self._image)
            painter.setPen(QPen(QColor(160, 160, 160), 1))
            painter.drawRect(sheet)
        painter.end()
