"""The print dialog: recipients and exclusions, QPainter preview, PDF with history."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.domain.constants import HistoryType
from desktop_crm.printing.sheets import find_sheet
from desktop_crm.services.mailing.recipients import Excluded, Selection
from desktop_crm.storage.models import History
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.printing.models import ExcludedModel
from desktop_crm.ui.printing.print_dialog import PrintDialog
from desktop_crm.ui.printing.sheet_editor import SheetEditor

# The offscreen platform warns that it cannot propagate size hints when a window opens.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def _open(
    qtbot: QtBot, ctx: AppContext, kind: str = "labels", selection: Selection | None = None
) -> PrintDialog:
    dialog = PrintDialog(ctx, selection or Selection(), kind)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._loaded is not None, timeout=10000)
    return dialog


def test_excluded_model_passes_the_model_tester(qapp: object) -> None:
    model = ExcludedModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([Excluded(1, "Luc Npai", "npai"), Excluded(2, "Marc", "do_not_mail")])
    assert model.rowCount() == 2 and model.data(model.index(0, 1)) == "Returned mail (NPAI)"
    del tester


def test_recipients_and_exclusions_are_shown(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    dialog = _open(qtbot, ctx)
    assert dialog.summary.text().startswith("5 address")
    assert dialog.excluded.rowCount() == 3
    assert {dialog.excluded.contact_id(r) for r in range(3)} == {
        ids["npai"],
        ids["nomail"],
        ids["noaddress"],
    }
    dialog.by_household.setChecked(True)
    qtbot.waitUntil(lambda: len(dialog._loaded.recipients.recipients) == 4, timeout=10000)


def test_preview_paints_the_first_label_in_its_cell(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    dialog = _open(qtbot, ctx)
    dialog.sheet_combo.setCurrentIndex(
        [dialog.sheet_combo.itemData(i).code for i in range(dialog.sheet_combo.count())].index(
            "L7163"
        )
    )
    dialog.start_spin.setValue(4)
    preview = dialog.preview
    preview.resize(600, 800)  # rendered off screen: grab() paints a hidden widget
    page = preview.page
    assert page is not None and len(page.boxes) == 5
    sheet = find_sheet("L7163")
    first = page.boxes[0]
    assert first.rect == sheet.cell(3)  # start at label 4: the fourth cell
    image = preview.grab().toImage()
    origin, scale = preview.page_origin(), preview.scale()

    def dark_pixels(cell_index: int) -> int:
        cell = sheet.cell(cell_index)
        count = 0
        for x in range(int(cell.x * scale) + 2, int(cell.right * scale) - 2, 2):
            for y in range(int(cell.y * scale) + 2, int(cell.bottom * scale) - 2, 2):
                point = QPoint(int(origin.x()) + x, int(origin.y()) + y)
                if QColor(image.pixel(point)).lightness() < 128:
                    count += 1
        return count

    assert dark_pixels(3) > 0  # text in the fourth cell
    assert dark_pixels(0) == 0  # the used labels stay blank


def test_save_pdf_records_history(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int], tmp_path: Path
) -> None:
    dialog = _open(qtbot, ctx, "envelopes", Selection(lookup="dupont"))
    target = tmp_path / "env.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=15000) as signal:
        dialog.write_pdf(target, record=True)
    run = signal.args[0]
    assert run.pages == 2 and target.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)))
    [report] = dialog.findChildren(QMessageBox)
    assert "2 contact(s) recorded in the history" in report.text()
    report.close()
    with ctx.db.uow(write=False) as uow:
        entries = set(
            uow.session.scalars(
                select(History.contact_id).where(History.type == HistoryType.ENVELOPE_PRINTED.value)
            )
        )
    assert entries == {ids["dupont_jean"], ids["dupont_marie"]}


def test_envelope_window_moves_the_address(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    dialog = _open(qtbot, ctx, "envelopes")
    dialog.window_check.setChecked(True)
    dialog.window_x.setValue(20.0)
    box = dialog.pages()[0].boxes[-1]
    assert box.rect.x == 20.0


def test_sheet_editor_refuses_a_sheet_off_the_page(qtbot: QtBot) -> None:
    editor = SheetEditor(find_sheet("L7163"))
    qtbot.addWidget(editor)
    save = editor.buttons.buttons()[0]
    assert save.isEnabled() and editor.preview.page is not None
    editor.rows.setValue(9)
    assert not save.isEnabled() and "bottom" in editor.problem.text()
    editor.rows.setValue(7)
    editor.name.setText("Maison")
    save.click()
    assert editor.result_sheet is not None and editor.result_sheet.code == "Maison"


def test_sender_labels_preview_uses_the_company_block(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    from desktop_crm.printing.fields import Sender
    from desktop_crm.services.mailing.settings import save_sender

    with ctx.db.uow() as uow:
        save_sender(
            uow, Sender(company="ACME SAS", address_lines=("3 rue de la Paix", "75002 PARIS"))
        )
        uow.commit()
    dialog = _open(qtbot, ctx)
    dialog.sender_labels.setChecked(True)
    page = dialog.preview.page
    assert page is not None and len(page.boxes) == dialog.sheet().per_page
    assert page.boxes[0].text == "ACME SAS\n3 rue de la Paix\n75002 PARIS"


def test_a_printed_letter_is_announced_for_its_contact(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int], tmp_path: Path
) -> None:
    """The history written by a print run reaches the views through the runner's notice."""
    from desktop_crm.services.mailing.settings import TemplateView, save_template

    with ctx.db.uow() as uow:
        save_template(uow, TemplateView(None, "letter", "Relance", body_html="<p>Bonjour</p>"))
        uow.commit()
    contact_id = ids["dupont_jean"]
    dialog = _open(qtbot, ctx, "letters", Selection(contact_ids=(contact_id,)))
    dialog.template_combo.setCurrentText("Relance")
    assert dialog.template_combo.currentText() == "Relance"
    with qtbot.waitSignal(ctx.ops.changed, timeout=15000) as signal:
        dialog.write_pdf(tmp_path / "letter.pdf", record=True)
    changes, initiator = signal.args
    assert initiator is dialog
    assert changes.touches_contact(contact_id)
    created = changes.ids("history", "created")
    assert created
    with ctx.db.uow(write=False) as uow:
        entries = uow.session.execute(
            select(History.id, History.contact_id, History.type).where(History.id.in_(created))
        ).all()
    assert {(c, t) for _i, c, t in entries} == {(contact_id, HistoryType.LETTER_SENT.value)}
    qtbot.waitUntil(lambda: dialog.last_run is not None)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)))
    for box in dialog.findChildren(QMessageBox):
        box.close()


def test_the_report_names_texts_printed_shortened(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    from desktop_crm.services.mailing.postal import PrintRun

    dialog = _open(qtbot, ctx, "letters", Selection(lookup="dupont"))
    run = PrintRun("letters", 1, 1, 1, (), (), 1, shortened=("X" * 200, "Y" * 150))
    dialog._report(run, "Saved.")
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)))
    [report] = dialog.findChildren(QMessageBox)
    assert "2 text(s) were too long for the page and were printed shortened" in report.text()
    report.close()


def test_the_report_names_the_cards_of_overlong_address_lines(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    # Among 3,000 labels "1 address line is longer than 38 characters" said nothing of
    # which card to fix (found by hand): the first few are named, the rest counted.
    from desktop_crm.services.mailing.postal import OverlongLine, PrintRun

    long = "Direction des achats et de la logistique %2 internationale " * 2
    overlong = tuple(OverlongLine(100 + i, f"Dupont %1 n{i}", long) for i in range(7))
    run = PrintRun("labels", 1, 7, 7, (), overlong, 7)
    dialog = _open(qtbot, ctx, "labels", Selection(lookup="dupont"))
    dialog._report(run, "Saved.")
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)))
    [report] = dialog.findChildren(QMessageBox)
    text = report.text()
    assert "7 address line(s) are longer than 38 characters" in text
    # (a name or a line holding "%1" or "%2" is shown as it is)
    assert "  • Dupont %1 n0 (#100): “Direction des achats et de la logistique %2 " in text
    assert "Dupont %1 n4 (#104)" in text and "#105" not in text
    assert "… and 2 more" in text
    report.close()
