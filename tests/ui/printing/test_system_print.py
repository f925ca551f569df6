"""The system-print path (QPainter on a QPrinter) puts each label's text inside its cell too.

Qt's own PDF printer stands in for a real printer; pdfplumber reads the positions back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from desktop_crm.printing.envelopes import EnvelopeOptions, find_envelope, layout_envelopes
from desktop_crm.printing.labels import LabelOptions, layout_labels
from desktop_crm.printing.sheets import find_sheet
from desktop_crm.ui.printing.preview import print_pages
from tests.unit.printing.pdftext import page_sizes_mm, words_by_page

pytestmark = pytest.mark.qt_log_level_fail("WARNING")
BLOCK = (
    "Société Générale d'Équipement",
    "M. Jean-Baptiste Dupont",
    "12 BIS AV DU GENERAL",
    "69003 LYON",
)


def _pdf_printer(path: Path, size: QPageSize, landscape: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF()))
    return printer


@pytest.mark.parametrize("code", ["L7163", "L7160", "3474", "5160"])
def test_printed_labels_stay_in_their_cells(qapp: object, tmp_path: Path, code: str) -> None:
    sheet = find_sheet(code)
    target = tmp_path / "qt.pdf"
    size = QPageSize(
        QPageSize.PageSizeId.Letter if sheet.page == "Letter" else QPageSize.PageSizeId.A4
    )
    pages = list(layout_labels([BLOCK] * 3, sheet, LabelOptions(start=2)))
    assert print_pages(_pdf_printer(target, size), pages) == 1
    [(width, height)] = page_sizes_mm(target)
    assert abs(width - sheet.page_size[0]) < 0.5 and abs(height - sheet.page_size[1]) < 0.5
    [words] = words_by_page(target)
    assert " ".join(w.text for w in words).count("LYON") == 3
    cells = [sheet.cell(i) for i in (1, 2, 3)]
    for word in words:
        assert any(
            c.x - 0.3 <= word.box.x
            and word.box.right <= c.right + 0.3
            and c.y - 0.3 <= word.box.y
            and word.box.bottom <= c.bottom + 0.3
            for c in cells
        ), word


def test_printed_envelope_is_landscape_with_the_address_in_the_window(
    qapp: object, tmp_path: Path
) -> None:
    envelope = find_envelope("DL")
    target = tmp_path / "env.pdf"
    pages = list(layout_envelopes([BLOCK], envelope, EnvelopeOptions(use_window=True)))
    print_pages(_pdf_printer(target, QPageSize(QPageSize.PageSizeId.EnvelopeDL), True), pages)
    [(width, height)] = page_sizes_mm(target)
    assert abs(width - 220) < 0.5 and abs(height - 110) < 0.5
    window = envelope.window
    for word in words_by_page(target)[0]:
        assert window.x - 0.3 <= word.box.x and word.box.right <= window.right + 0.3
        assert window.y - 0.3 <= word.box.y and word.box.bottom <= window.bottom + 0.3
