"""Letters inside the app: the print dialog previews every page, prints them through a
QPrinter, and says so when no PDF viewer opens the file; the template editor previews too."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.services.mailing.settings import TemplateView, save_template
from desktop_crm.storage.models import History
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.printing.print_dialog import PrintDialog
from desktop_crm.ui.printing.template_editor import TemplateEditor
from tests.ui.conftest import settle

# Two pages per letter: a body far longer than one A4 page.
LONG_BODY = "".join(
    f"<p>Paragraphe {n} : " + "texte de la lettre " * 30 + "</p>" for n in range(12)
)


def _template(ctx: AppContext, name: str = "Longue", body: str = LONG_BODY) -> None:
    with ctx.db.uow() as uow:
        save_template(uow, TemplateView(None, "letter", name, body_html=body))
        uow.commit()


def _letters_dialog(qtbot: QtBot, ctx: AppContext, selection: Selection) -> PrintDialog:
    dialog = PrintDialog(ctx, selection, "letters")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._loaded is not None, timeout=10000)
    dialog.template_combo.setCurrentText("Longue")
    qtbot.waitUntil(
        lambda: (
            dialog.letter_pages is not None
            and dialog._letter_key is not None
            and dialog._letter_key[0] == "Longue"
        ),
        timeout=15000,
    )
    return dialog


def _dark_pixels(image: QImage) -> int:
    small = image.scaled(120, 170)
    return sum(
        1
        for x in range(small.width())
        for y in range(small.height())
        if QColor(small.pixel(x, y)).lightness() < 128
    )


def test_the_preview_shows_every_page_of_the_letter_run(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int], tmp_path: Path
) -> None:
    _template(ctx)
    dialog = _letters_dialog(qtbot, ctx, Selection(lookup="dupont"))
    assert dialog.print_button.isEnabled()  # letters print like labels now
    # The same run written to a PDF: the preview has as many pages.
    target = tmp_path / "lettres.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=15000) as signal:
        dialog.write_pdf(target, record=True)
    run = signal.args[0]
    assert run.pages == len(PdfReader(target).pages) >= 4  # 2 letters of 2 pages or more
    assert dialog.letter_pages is not None and len(dialog.letter_pages) == run.pages
    assert dialog.page_spin.isVisible() or not dialog.isVisible()
    assert dialog.page_spin.maximum() == run.pages
    first = dialog.preview.image
    assert first is not None and _dark_pixels(first) > 50  # text, not a blank sheet
    dialog.page_spin.setValue(run.pages)
    last = dialog.preview.image
    assert last is not None and last != first
    for box in dialog.findChildren(QMessageBox):
        box.close()


def test_print_sends_every_letter_page_to_the_printer(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int], tmp_path: Path
) -> None:
    _template(ctx)
    dialog = _letters_dialog(qtbot, ctx, Selection(lookup="dupont"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    output = tmp_path / "imprime.pdf"
    printer.setOutputFileName(str(output))
    printer.setResolution(150)
    dialog.print_letters(printer)
    qtbot.waitUntil(lambda: dialog.last_run is not None, timeout=20000)
    run = dialog.last_run
    assert run is not None and run.pages >= 4
    assert len(PdfReader(output).pages) == run.pages
    width, height = (float(v) for v in PdfReader(output).pages[0].mediabox[2:])
    assert round(width / 72 * 25.4) == 210 and round(height / 72 * 25.4) == 297
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)))
    [report] = dialog.findChildren(QMessageBox)
    assert f"{run.pages} page(s) sent to the printer." in report.text()
    report.close()
    settle(qtbot, ctx)
    with ctx.db.uow(write=False) as uow:
        recorded = set(
            uow.session.scalars(
                select(History.contact_id).where(History.type == HistoryType.LETTER_SENT.value)
            )
        )
    assert recorded == {ids["dupont_jean"], ids["dupont_marie"]}


def test_a_missing_pdf_viewer_is_said(qtbot: QtBot, ctx: AppContext, ids: dict[str, int]) -> None:
    """The offscreen platform has no viewer: openUrl returns False, as on a bare system."""
    _template(ctx)
    dialog = _letters_dialog(qtbot, ctx, Selection(lookup="dupont"))
    dialog.open_button.click()
    qtbot.waitUntil(
        lambda: any(b.objectName() == "no-pdf-viewer" for b in dialog.findChildren(QMessageBox)),
        timeout=15000,
    )
    [box] = [b for b in dialog.findChildren(QMessageBox) if b.objectName() == "no-pdf-viewer"]
    assert "No PDF viewer is installed" in box.text() and ".pdf" in box.text()
    box.close()


def test_the_template_editor_previews_the_letter_in_the_app(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    _template(ctx, "Courte", "<p>Bonjour</p>")
    editor = TemplateEditor(ctx, "letter", "Courte")
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.name_edit.text() == "Courte", timeout=10000)
    editor.preview_lookup.setText("lefevre")
    editor._on_preview_clicked()
    qtbot.waitUntil(
        lambda: (
            editor.findChild(type(editor), "letter-preview") is not None
            or bool([d for d in editor.children() if d.objectName() == "letter-preview"])
        ),
        timeout=15000,
    )
    [preview] = [d for d in editor.children() if d.objectName() == "letter-preview"]
    assert len(preview.pages) == 1
    assert preview.preview.image is not None and _dark_pixels(preview.preview.image) > 20
    preview.close()
    settle(qtbot, ctx)
