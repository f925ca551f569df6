"""The print dialog: recipients (with who is left out), labels / envelopes / letters, preview,
then save the PDF or print through the system dialog. Each run is recorded in the history."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QSizeF, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.errors import DomainError
from desktop_crm.printing.envelopes import EnvelopeOptions, envelope_catalogue, layout_envelopes
from desktop_crm.printing.fields import Sender
from desktop_crm.printing.labels import LabelOptions, layout_labels
from desktop_crm.printing.layout import PageLayout
from desktop_crm.printing.sheets import LabelSheet, Rect, catalogue
from desktop_crm.services.campaigns.sends import (
    record_system_print_for_campaign,
    write_print_run_for_campaign,
)
from desktop_crm.services.mailing.dialog_data import (
    PrintDialogData,
    PrintRequest,
    load_print_dialog,
    preview_letters,
)
from desktop_crm.services.mailing.postal import MergeOptions, PrintRun
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.services.mailing.settings import save_custom_sheet
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text, grouped
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.groups.picker import GroupPicker, selection_text
from desktop_crm.ui.phoning.campaign_picker import CampaignPicker
from desktop_crm.ui.printing.models import ExcludedModel, notify
from desktop_crm.ui.printing.pdf_pages import PREVIEW_DPI, PdfPages, open_externally, print_pdf
from desktop_crm.ui.printing.preview import PagePreview, print_pages
from desktop_crm.ui.printing.sheet_editor import SheetEditor

KINDS = ("labels", "envelopes", "letters")
# The letters preview merges the first recipients only: enough to check the text.
LETTER_PREVIEW_RECIPIENTS = 10


def _mm_spin(value: float = 0.0, low: float = -20.0, high: float = 20.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(minimum=low, maximum=high, decimals=1, singleStep=0.5)
    spin.setValue(value)
    spin.setSuffix(" mm")
    return spin


# Overlong address lines named in the report after printing (the rest are counted).
OVERLONG_SHOWN = 5


def _filled(template: str, *values: object) -> str:
    """``template``'s %1, %2... replaced in one pass (a name holding "%2" stays as it is)."""
    texts = [str(value) for value in values]
    return re.sub(r"%(\d)", lambda m: texts[int(m.group(1)) - 1], template)


class PrintDialog(QDialog):
    """Print labels, envelopes or letters for a selection of contacts or a group's members.

    "Recipients" offers the selection the dialog was opened with (the list's selected rows
    or lookup) or any group; a group's members are resolved now and the run is recorded
    as sent to the group.

    Signals: ``printed(PrintRun)`` after a PDF was saved or pages were sent to a printer.
    """

    printed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        selection: Selection,
        kind: str = "labels",
        parent: QWidget | None = None,
        *,
        group_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.base_selection = selection
        self.selection = selection if group_id is None else Selection(group_id=group_id)
        self.last_run: PrintRun | None = None
        self._loaded: PrintDialogData | None = None
        # The letters preview: its PDF's pages and what it was made from.
        self.letter_pages: PdfPages | None = None
        self._letter_key: tuple[object, ...] | None = None
        self._scratch = Path(tempfile.mkdtemp(prefix="crm-print-"))
        self.finished.connect(lambda _code: self._on_finished())
        self._printer_name = QPrinterInfo.defaultPrinterName() or "default"
        self.setWindowTitle(self.tr("Print labels, envelopes and letters"))
        self.resize(980, 680)

        self.recipients_picker = GroupPicker(
            ctx, self, none_text=selection_text(selection), label=self.tr("&Recipients:")
        )
        self.recipients_picker.set_group(group_id)
        self.summary = QLabel(self.tr("Finding the recipients…"))
        self.summary.setWordWrap(True)
        self.excluded = ExcludedModel(self)
        self.excluded_view = QTableView()
        self.excluded_view.setModel(self.excluded)
        self.excluded_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.excluded_view.setMaximumHeight(130)
        self.by_company = QCheckBox(self.tr("One address per company"))
        self.by_household = QCheckBox(self.tr('One address per household ("M. et Mme")'))
        self.record = QCheckBox(self.tr("Record in each contact's history"))
        self.record.setChecked(True)
        self.campaign_picker = CampaignPicker(ctx, self)
        self.record.toggled.connect(self.campaign_picker.setEnabled)  # a campaign is recorded

        self.tabs = QTabWidget()
        self.tabs.addTab(self._labels_tab(), self.tr("Labels"))
        self.tabs.addTab(self._envelopes_tab(), self.tr("Envelopes"))
        self.tabs.addTab(self._letters_tab(), self.tr("Letters"))
        self.tabs.setCurrentIndex(KINDS.index(kind) if kind in KINDS else 0)

        self.preview = PagePreview()
        self.page_spin = QSpinBox(minimum=1, maximum=1)
        self.page_spin.setPrefix(self.tr("Page "))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.open_button = QPushButton(self.tr("Open in PDF viewer"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.recipients_picker)
        left.addWidget(self.summary)
        left.addWidget(self.excluded_view)
        left.addWidget(self.by_company)
        left.addWidget(self.by_household)
        left.addWidget(self.tabs, 1)
        left.addWidget(self.record)
        left.addWidget(self.campaign_picker)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.page_spin)
        # A splitter so the user can give the preview more room.
        body = QSplitter()
        for part in (left, right):
            holder = QWidget()
            holder.setLayout(part)
            body.addWidget(holder)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setSizes([420, 560])
        for combo in (self.sheet_combo, self.envelope_combo, self.template_combo):
            # Long sheet descriptions must not push the preview off the dialog.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
            combo.setMinimumWidth(160)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_button, self.save_button, self.print_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        nest(layout, buttons)

        self.tabs.currentChanged.connect(self._refresh_preview)
        self.page_spin.valueChanged.connect(self._refresh_preview)
        self.recipients_picker.group_changed.connect(self._on_group_changed)
        self.by_company.toggled.connect(self.reload)
        self.by_household.toggled.connect(self.reload)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        # Nothing to print until the recipients arrive from the database thread.
        for button in (self.open_button, self.save_button, self.print_button):
            button.setEnabled(False)
        self.preview.set_page(None, self.tr("Loading…"))
        self.page_spin.setVisible(False)
        self.reload()

    # -- option pages -------------------------------------------------------------------
    def _labels_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.sheet_combo = QComboBox()
        new_sheet = QPushButton(self.tr("Custom sheet…"))
        new_sheet.clicked.connect(self._on_custom_sheet_clicked)
        row = QHBoxLayout()
        row.addWidget(self.sheet_combo, 1)
        row.addWidget(new_sheet)
        form.addRow(self.tr("Sheet:"), row)
        self.start_spin = QSpinBox(minimum=1, maximum=99)
        form.addRow(self.tr("Start at label:"), self.start_spin)
        self.copies_spin = QSpinBox(minimum=1, maximum=50)
        form.addRow(self.tr("Labels per contact:"), self.copies_spin)
        self.label_dx, self.label_dy = _mm_spin(), _mm_spin()
        offsets = QHBoxLayout()
        offsets.addWidget(self.label_dx)
        offsets.addWidget(self.label_dy)
        form.addRow(self.tr("Printer offset X / Y:"), offsets)
        self.outlines = QCheckBox(self.tr("Draw label borders (test on plain paper)"))
        form.addRow(self.outlines)
        self.sender_labels = QCheckBox(self.tr("Sender labels (our return address) instead"))
        form.addRow(self.sender_labels)
        hint = QLabel(
            self.tr(
                'Print at 100 % ("Actual size"): fitting the page to the paper shifts the labels.'
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self._refill_sheets(catalogue())
        for widget in (self.sheet_combo,):
            widget.currentIndexChanged.connect(self._on_sheet_changed)
        for spin in (self.start_spin, self.copies_spin, self.label_dx, self.label_dy):
            spin.valueChanged.connect(self._refresh_preview)
        self.outlines.toggled.connect(self._refresh_preview)
        self.sender_labels.toggled.connect(self._refresh_preview)
        return page

    def _envelopes_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.envelope_combo = QComboBox()
        for envelope in envelope_catalogue():
            self.envelope_combo.addItem(envelope.description, envelope)
        form.addRow(self.tr("Size:"), self.envelope_combo)
        self.window_check = QCheckBox(self.tr("Window envelope"))
        form.addRow(self.window_check)
        self.window_x, self.window_y = _mm_spin(0, 0, 320), _mm_spin(0, 0, 230)
        position = QHBoxLayout()
        position.addWidget(self.window_x)
        position.addWidget(self.window_y)
        form.addRow(self.tr("Window left / top:"), position)
        self.sender_check = QCheckBox(self.tr("Print the sender"))
        self.sender_check.setChecked(True)
        form.addRow(self.sender_check)
        self.envelope_combo.currentIndexChanged.connect(self._on_envelope_changed)
        for widget in (self.window_x, self.window_y):
            widget.valueChanged.connect(self._refresh_preview)
        self.window_check.toggled.connect(self._refresh_preview)
        self.sender_check.toggled.connect(self._refresh_preview)
        self._on_envelope_changed()
        return page

    def _letters_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.template_combo = QComboBox()
        form.addRow(self.tr("Template:"), self.template_combo)
        edit = QPushButton(self.tr("Edit templates…"))
        edit.clicked.connect(self._on_edit_templates_clicked)
        form.addRow(edit)
        note = QLabel(
            self.tr(
                "The preview shows the letters of the first %1 recipients; "
                "the PDF and the printer get them all."
            ).replace("%1", str(LETTER_PREVIEW_RECIPIENTS))
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.template_combo.currentIndexChanged.connect(self._refresh_preview)
        return page

    # -- state ----------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return KINDS[self.tabs.currentIndex()]

    def merge_options(self) -> MergeOptions:
        return MergeOptions(self.by_company.isChecked(), self.by_household.isChecked())

    def sheet(self) -> LabelSheet:
        return self.sheet_combo.currentData()  # type: ignore[no-any-return]

    def label_options(self) -> LabelOptions:
        return LabelOptions(
            start=min(self.start_spin.value(), self.sheet().per_page),
            copies=self.copies_spin.value(),
            offset_x=self.label_dx.value(),
            offset_y=self.label_dy.value(),
            outlines=self.outlines.isChecked(),
        )

    def envelope_options(self, sender: Sender | None = None) -> EnvelopeOptions:
        envelope = self.envelope_combo.currentData()
        window = Rect(
            self.window_x.value(),
            self.window_y.value(),
            envelope.window.width,
            envelope.window.height,
        )
        lines = sender.block_lines if sender is not None else ()
        return EnvelopeOptions(
            use_window=self.window_check.isChecked(),
            window=window,
            print_sender=self.sender_check.isChecked(),
            sender_lines=lines,
        )

    def _refill_sheets(self, sheets: tuple[LabelSheet, ...]) -> None:
        current = self.sheet_combo.currentData()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in sheets:
            suffix = f" — {sheet.description}" if sheet.description else ""
            self.sheet_combo.addItem(f"{sheet.title}{suffix}", sheet)
        codes = [s.code for s in sheets]
        wanted = current.code if current is not None else "L7163"
        self.sheet_combo.setCurrentIndex(codes.index(wanted) if wanted in codes else 0)
        self.sheet_combo.blockSignals(False)
        self._on_sheet_changed()

    def _on_sheet_changed(self) -> None:
        sheet = self.sheet_combo.currentData()
        if sheet is not None:
            self.start_spin.setMaximum(sheet.per_page)
        self._refresh_preview()

    def _on_envelope_changed(self) -> None:
        envelope = self.envelope_combo.currentData()
        self.window_x.setMaximum(envelope.width)
        self.window_y.setMaximum(envelope.height)
        self.window_x.setValue(envelope.window.x)
        self.window_y.setValue(envelope.window.y)
        self._refresh_preview()

    # -- loading and preview --------------------------------------------------------------
    def _on_group_changed(self, group_id: int | None) -> None:
        """Target the group's members (or the opening selection again) and reload."""
        wanted = self.base_selection if group_id is None else Selection(group_id=group_id)
        if wanted == self.selection:
            return
        self.selection = wanted
        self.summary.setText(self.tr("Finding the recipients…"))
        for button in (self.open_button, self.save_button, self.print_button):
            button.setEnabled(False)
        self.reload()

    def reload(self) -> None:
        """Find the recipients again (off the GUI thread; the newest request wins)."""
        self.ctx.ops.read(
            load_print_dialog,
            self.selection,
            self.merge_options(),
            self._printer_name,
            on_done=self._on_loaded,
            on_error=self._on_error,
            key=f"print-dialog-{id(self)}",
        )

    def _on_loaded(self, loaded: PrintDialogData) -> None:
        first_load = self._loaded is None
        self._loaded = loaded
        recipients = loaded.recipients
        n = len(recipients.recipients)
        self.summary.setText(
            grouped(self.tr("%n address(es) for %1 contact(s); %2 left out.", "", n), n)
            .replace("%1", count_text(recipients.contact_count))
            .replace("%2", count_text(len(recipients.excluded)))
        )
        self.excluded.set_rows(recipients.excluded)
        self.excluded_view.setVisible(bool(recipients.excluded))
        if loaded.sheets or first_load:
            self._refill_sheets((*loaded.sheets, *catalogue()))
        if first_load:
            self.label_dx.setValue(loaded.offset[0])
            self.label_dy.setValue(loaded.offset[1])
        current = self.template_combo.currentText()
        self.template_combo.clear()
        self.template_combo.addItems(list(loaded.templates))
        if current:
            self.template_combo.setCurrentText(current)
        self._refresh_preview()

    def pages(self) -> list[PageLayout]:
        """The label or envelope pages for the current options (letters: none)."""
        if self._loaded is None or self.kind == "letters":
            return []
        blocks = [r.block.lines for r in self._loaded.recipients.recipients]
        if self.sending_sender_labels:
            blocks = [self._loaded.sender.block_lines] * (
                self.sheet().per_page - self.label_options().start + 1
            )
        if not blocks:
            return []
        if self.kind == "labels":
            return list(layout_labels(blocks, self.sheet(), self.label_options()))
        return list(
            layout_envelopes(
                blocks,
                self.envelope_combo.currentData(),
                self.envelope_options(self._loaded.sender),
            )
        )

    @property
    def sending_sender_labels(self) -> bool:
        return self.kind == "labels" and self.sender_labels.isChecked()

    def _refresh_preview(self) -> None:
        if self._loaded is None:
            return
        has_recipients = bool(self._loaded.recipients.recipients) or self.sending_sender_labels
        letters = self.kind == "letters"
        self.save_button.setEnabled(
            has_recipients and (not letters or self.template_combo.count() > 0)
        )
        self.print_button.setEnabled(self.save_button.isEnabled())
        self.open_button.setEnabled(self.save_button.isEnabled())
        if letters:
            self._refresh_letters()
            return
        self.page_spin.setSuffix("")
        try:
            pages = self.pages()
        except DomainError as exc:
            self.preview.set_page(None, exc.message)
            return
        self.page_spin.setVisible(len(pages) > 1)
        self.page_spin.setMaximum(max(len(pages), 1))
        self.page_spin.setSuffix(self.tr(" of %1").replace("%1", QLocale().toString(len(pages))))
        if not pages:
            self.preview.set_page(None, self.tr("No recipient."))
        else:
            self.preview.set_page(pages[min(self.page_spin.value(), len(pages)) - 1])

    def _refresh_letters(self) -> None:
        """Merge the first recipients' letters into a scratch PDF (when what they are made
        from changed) and show the chosen page."""
        assert self._loaded is not None
        template = self.template_combo.currentText()
        if not template or not self._loaded.recipients.recipients:
            self._close_letter_pages()
            self.page_spin.setVisible(False)
            message = self.tr("No recipient.") if template else self.tr("No letter template.")
            self.preview.set_page(None, message)
            return
        ids = tuple(
            cid
            for recipient in self._loaded.recipients.recipients[:LETTER_PREVIEW_RECIPIENTS]
            for cid in recipient.contact_ids
        )
        key = (template, ids, self.merge_options())
        if key == self._letter_key:
            self._show_letter_page()
            return
        self._letter_key = key
        self.preview.set_page(None, self.tr("Preparing the letters…"))
        target = self._scratch / f"apercu-{len(list(self._scratch.iterdir()))}.pdf"
        self.ctx.ops.read(
            preview_letters,
            Selection(contact_ids=ids),
            template,
            self.merge_options(),
            target,
            on_done=lambda _run: self._on_letters_ready(key, target),
            on_error=self._on_letters_failed,
            key=f"print-letters-{id(self)}",
        )

    def _on_letters_ready(self, key: tuple[object, ...], target: Path) -> None:
        if key != self._letter_key or not target.exists():
            return
        self._close_letter_pages()
        self.letter_pages = PdfPages(target)
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(1)
        self.page_spin.blockSignals(False)
        self._show_letter_page()

    def _on_letters_failed(self, exc: BaseException) -> None:
        self._letter_key = None
        message = exc.message if isinstance(exc, DomainError) else str(exc)
        self.preview.set_page(None, message)

    def _show_letter_page(self) -> None:
        pages = self.letter_pages
        if pages is None or self.kind != "letters":
            return
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(1, len(pages)))
        self.page_spin.blockSignals(False)
        self.page_spin.setSuffix(self.tr(" of %1").replace("%1", str(len(pages))))
        self.page_spin.setVisible(len(pages) > 1)
        index = min(self.page_spin.value(), len(pages)) - 1
        self.preview.set_image(pages.render(index, PREVIEW_DPI), *pages.page_size_mm(index))

    def _on_finished(self) -> None:
        """The letters preview's scratch files go with the dialog."""
        self._close_letter_pages()
        shutil.rmtree(self._scratch, ignore_errors=True)

    def _close_letter_pages(self) -> None:
        if self.letter_pages is not None:
            self.letter_pages.close()
            self.letter_pages = None
        self.page_spin.setSuffix("")

    # -- output ---------------------------------------------------------------------------
    def write_pdf(self, target: Path, *, record: bool) -> None:
        """Write the current document to ``target`` in the background."""
        sender_labels = self.sending_sender_labels
        request = PrintRequest(
            "sender_labels" if sender_labels else self.kind,
            self.selection,
            target,
            record,
            self.merge_options(),
            sheet=self.sheet(),
            label_options=self.label_options(),
            envelope=self.envelope_combo.currentData(),
            envelope_options=self.envelope_options(),
            template=self.template_combo.currentText(),
        )
        self.ctx.ops.run_long(
            write_print_run_for_campaign,
            request,
            self.campaign_picker.campaign_id(),
            title=self.tr("Writing the PDF"),
            parent=self,
            on_done=lambda run: self._on_written(run, target, record),
            on_error=self._on_error,
            initiator=self,
        )

    def _on_written(self, run: PrintRun, target: Path, record: bool) -> None:
        if record:
            self.last_run = run
            self.printed.emit(run)
            self._report(run, self.tr("Saved %1.").replace("%1", str(target)))
        else:
            open_externally(self, target)

    def _report(self, run: PrintRun, first_line: str) -> None:
        lines = [
            first_line,
            self.tr("%1 page(s), %2 contact(s) recorded in the history.")
            .replace("%1", str(run.pages))
            .replace("%2", str(run.history_entries)),
        ]
        if run.overlong:
            lines.append(
                self.tr(
                    "%1 address line(s) are longer than 38 characters: shorten "
                    "them on the contact cards."
                ).replace("%1", str(len(run.overlong)))
            )
            # Which cards: the first few by name, so that they can be found among thousands.
            for line in run.overlong[:OVERLONG_SHOWN]:
                shown = line.line if len(line.line) <= 60 else line.line[:59] + "…"
                lines.append(
                    _filled(self.tr("  • %1 (#%2): “%3”"), line.name, line.contact_id, shown)
                )
            if len(run.overlong) > OVERLONG_SHOWN:
                lines.append(
                    self.tr("  … and %1 more (the command line lists them all).").replace(
                        "%1", str(len(run.overlong) - OVERLONG_SHOWN)
                    )
                )
        if run.shortened:
            lines.append(
                self.tr(
                    "%1 text(s) were too long for the page and were printed shortened "
                    "with '…': shorten them on the contact cards or in the letter settings."
                ).replace("%1", str(len(run.shortened)))
            )
        if run.unknown_fields:
            lines.append(self.tr("Unknown fields: %1").replace("%1", ", ".join(run.unknown_fields)))
        notify(self, "\n".join(lines))

    def _on_save_clicked(self) -> None:
        name = {
            "labels": "etiquettes.pdf",
            "envelopes": "enveloppes.pdf",
            "letters": "lettres.pdf",
        }[self.kind]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), name, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.write_pdf(Path(path), record=self.record.isChecked())

    def _on_open_clicked(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="crm-preview-"))
        self.write_pdf(folder / f"{self.kind}.pdf", record=False)

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.kind == "letters":
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            if self._ask_printer(printer):
                self.print_letters(printer)
            return
        pages = self.pages()
        if not pages:
            return
        if self.kind == "envelopes":
            envelope = self.envelope_combo.currentData()
            page_id = getattr(QPageSize.PageSizeId, envelope.qt_page, None)
            size = (
                QPageSize(page_id)
                if page_id is not None
                else QPageSize(QSizeF(envelope.height, envelope.width), QPageSize.Unit.Millimeter)
            )
            printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF()))
        else:
            page_id = (
                QPageSize.PageSizeId.Letter
                if self.sheet().page == "Letter"
                else QPageSize.PageSizeId.A4
            )
            printer.setPageSize(QPageSize(page_id))
        if not self._ask_printer(printer):
            return
        count = print_pages(printer, pages)
        self._printer_name = printer.printerName() or self._printer_name
        self._after_system_print(count)

    def _ask_printer(self, printer: QPrinter) -> bool:
        """The system print dialog: True when the user chose a printer and confirmed."""
        return QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted

    def print_letters(self, printer: QPrinter) -> None:
        """Merge every letter into a PDF (history as ticked), then print its pages on
        ``printer`` at 100 % and report."""
        target = self._scratch / f"lettres-{len(list(self._scratch.iterdir()))}.pdf"
        record = self.record.isChecked()
        request = PrintRequest(
            "letters",
            self.selection,
            target,
            record,
            self.merge_options(),
            template=self.template_combo.currentText(),
        )

        def done(run: PrintRun) -> None:
            count = print_pdf(printer, target) if run.pages else 0
            self._printer_name = printer.printerName() or self._printer_name
            self.last_run = run
            if record:
                self.printed.emit(run)
            self._report(run, self.tr("%1 page(s) sent to the printer.").replace("%1", str(count)))

        self.ctx.ops.run_long(
            write_print_run_for_campaign,
            request,
            self.campaign_picker.campaign_id(),
            title=self.tr("Preparing the letters"),
            parent=self,
            on_done=done,
            on_error=self._on_error,
            initiator=self,
        )

    def _after_system_print(self, pages: int) -> None:
        if self._loaded is None:
            return
        kind = self.kind
        record = self.record.isChecked() and not self.sending_sender_labels
        history = HistoryType.LABEL_PRINTED if kind == "labels" else HistoryType.ENVELOPE_PRINTED
        regarding = (
            f"Étiquettes {self.sheet().code}"
            if kind == "labels"
            else f"Enveloppes {self.envelope_combo.currentData().code}"
        )

        def done(run: PrintRun) -> None:
            self.last_run = run
            self.printed.emit(run)
            self._report(run, self.tr("Sent to the printer."))

        self.ctx.ops.run(
            record_system_print_for_campaign,
            self.campaign_picker.campaign_id(),
            kind,
            pages,
            self._loaded.recipients,
            history if record else None,
            regarding,
            self._printer_name,
            (self.label_dx.value(), self.label_dy.value()),
            group_id=self.selection.group_id,
            on_done=done,
            on_error=self._on_error,
            initiator=self,
        )

    def _on_custom_sheet_clicked(self) -> None:
        sheet = SheetEditor.edit(None, self)
        if sheet is None:
            return
        self.ctx.ops.run(
            save_custom_sheet,
            sheet,
            on_done=lambda _saved: self.reload(),
            on_error=self._on_error,
            initiator=self,
        )

    def _on_edit_templates_clicked(self) -> None:
        from desktop_crm.ui.printing.template_editor import TemplateEditor

        TemplateEditor.edit(self.ctx, "letter", self.template_combo.currentText() or None, self)
        self.reload()

    def _on_error(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, DomainError) else str(exc)
        notify(self, message, warning=True)

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        selection: Selection,
        kind: str = "labels",
        parent: QWidget | None = None,
        *,
        group_id: int | None = None,
    ) -> PrintRun | None:
        """Show the dialog (for ``group_id``'s members if given); the last recorded run, or
        None if nothing was printed."""
        dialog = cls(ctx, selection, kind, parent, group_id=group_id)
        dialog.exec()
        return dialog.last_run
