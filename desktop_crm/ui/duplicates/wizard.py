"""The duplicate wizard: fields and modes -> background scan -> review groups -> merge ->
summary with "Undo merge"."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_crm.domain.matching import (
    COMPANY_MATCH_FIELDS,
    CONTACT_MATCH_FIELDS,
    FieldRule,
    MatchMode,
    MatchSettings,
    RecordKind,
    default_settings,
    evidence_settings,
)
from desktop_crm.domain.progress import TaskControl
from desktop_crm.services.duplicates.merge import MergeResult
from desktop_crm.services.duplicates.review_data import scan_for_duplicates
from desktop_crm.services.duplicates.scan import ScanResult
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text
from desktop_crm.ui.common.operations import OpHandle
from desktop_crm.ui.duplicates.review_page import ReviewPage, SummaryPage
from desktop_crm.ui.duplicates.texts import match_field_label, mode_label
from desktop_crm.ui.groups.picker import GroupPicker


class SettingsPage(QWizardPage):
    """Which records (all, or a group's members), which fields (up to three) and how each
    is compared."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Find duplicates"))
        self.setSubTitle(
            self.tr(
                "Compare every field, or choose up to three fields and how to compare each one."
            )
        )
        layout = QFormLayout(self)
        kinds = QHBoxLayout()
        self.contacts_radio = QRadioButton(self.tr("Contacts"), self)
        self.companies_radio = QRadioButton(self.tr("Companies"), self)
        # Two independent choices: each pair of radio buttons has its own group.
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.contacts_radio)
        self.kind_group.addButton(self.companies_radio)
        self.contacts_radio.setChecked(True)
        self.contacts_radio.toggled.connect(self._on_contacts_radio_toggled)
        kinds.addWidget(self.contacts_radio)
        kinds.addWidget(self.companies_radio)
        kinds.addStretch(1)
        layout.addRow(self.tr("Look for:"), kinds)
        self.scope_picker = GroupPicker(context, self, none_text=self.tr("All contacts"), label="")
        self.scope_picker.setToolTip(
            self.tr("Compare only the members of a group (its companies for companies)")
        )
        layout.addRow(self.tr("Scan:"), self.scope_picker)
        how = QVBoxLayout()
        self.evidence_radio = QRadioButton(
            self.tr("Compare every field both records fill (recommended)"), self
        )
        self.evidence_radio.setToolTip(
            self.tr(
                "Names, address, postcode, date of birth, phones, e-mails and company, each "
                "weighted by what agreeing on it means in this database; finds duplicates with "
                "typos, swapped names or missing values."
            )
        )
        self.fields_radio = QRadioButton(self.tr("Compare up to three chosen fields"), self)
        self.how_group = QButtonGroup(self)
        self.how_group.addButton(self.evidence_radio)
        self.how_group.addButton(self.fields_radio)
        self.evidence_radio.setChecked(True)
        self.evidence_radio.toggled.connect(self._on_evidence_radio_toggled)
        how.addWidget(self.evidence_radio)
        how.addWidget(self.fields_radio)
        layout.addRow(self.tr("Compare:"), how)
        self.field_boxes: list[QComboBox] = []
        self.mode_boxes: list[QComboBox] = []
        for n in range(3):
            row = QHBoxLayout()
            field_box = QComboBox(self)
            mode_box = QComboBox(self)
            for mode in MatchMode:
                mode_box.addItem(mode_label(mode.value), mode.value)
            row.addWidget(field_box, 1)
            row.addWidget(mode_box, 1)
            self.field_boxes.append(field_box)
            self.mode_boxes.append(mode_box)
            layout.addRow(self.tr("Field %1:").replace("%1", str(n + 1)), row)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(50, 100)
        self.threshold.setSuffix(" / 100")
        self.threshold.setMaximumWidth(140)
        layout.addRow(self.tr("Lowest score shown:"), self.threshold)
        self.strong_boxes: dict[str, QCheckBox] = {}
        strong_row = QHBoxLayout()
        strong_labels = {
            "email": self.tr("Same e-mail"),
            "phone": self.tr("Same phone"),
            "siren": self.tr("Same SIREN/SIRET"),
        }
        for code, text in strong_labels.items():
            box = QCheckBox(text, self)
            self.strong_boxes[code] = box
            strong_row.addWidget(box)
        strong_row.addStretch(1)
        layout.addRow(self.tr("Also propose:"), strong_row)
        self._apply(default_settings())
        self._on_evidence_radio_toggled(True)

    def evidence(self) -> bool:
        """True when every field is compared (contacts only)."""
        return self.evidence_radio.isChecked() and self.kind() is RecordKind.CONTACT

    def _on_evidence_radio_toggled(self, _on: bool) -> None:
        chosen = not self.evidence()
        for box in (*self.field_boxes, *self.mode_boxes, *self.strong_boxes.values()):
            box.setEnabled(chosen)

    def kind(self) -> RecordKind:
        return RecordKind.CONTACT if self.contacts_radio.isChecked() else RecordKind.COMPANY

    def group_id(self) -> int | None:
        """The group whose members are scanned (None: every record)."""
        return self.scope_picker.group_id()

    def _on_contacts_radio_toggled(self, _on: bool) -> None:
        self.scope_picker.set_none_text(
            self.tr("All contacts")
            if self.kind() is RecordKind.CONTACT
            else self.tr("All companies")
        )
        self._apply(default_settings(self.kind()))
        contacts = self.kind() is RecordKind.CONTACT
        self.evidence_radio.setEnabled(contacts)
        # Companies have no all-evidence mode; back on contacts it is the default again.
        (self.evidence_radio if contacts else self.fields_radio).setChecked(True)
        self._on_evidence_radio_toggled(True)

    def _apply(self, settings: MatchSettings) -> None:
        fields = (
            CONTACT_MATCH_FIELDS if settings.kind is RecordKind.CONTACT else COMPANY_MATCH_FIELDS
        )
        for n, box in enumerate(self.field_boxes):
            box.clear()
            box.addItem(self.tr("(none)"), "")
            for code in fields:
                box.addItem(match_field_label(code), code)
            rule = settings.rules[n] if n < len(settings.rules) else None
            box.setCurrentIndex(box.findData(rule.field) if rule else 0)
            mode = rule.mode if rule else MatchMode.FUZZY
            self.mode_boxes[n].setCurrentIndex(self.mode_boxes[n].findData(mode.value))
        self.threshold.setValue(settings.threshold)
        for code, check in self.strong_boxes.items():
            check.setChecked(code in settings.strong)
            check.setVisible(code != "siren" or settings.kind is RecordKind.COMPANY)

    def settings(self) -> MatchSettings:
        if self.evidence():
            return evidence_settings(self.kind(), self.threshold.value())
        rules = []
        seen = set()
        for field_box, mode_box in zip(self.field_boxes, self.mode_boxes, strict=True):
            code = field_box.currentData()
            if code and code not in seen:
                seen.add(code)
                rules.append(FieldRule(code, MatchMode(mode_box.currentData())))
        strong = tuple(
            c
            for c, b in self.strong_boxes.items()
            if b.isChecked() and (c != "siren" or self.kind() is RecordKind.COMPANY)
        )
        return MatchSettings(self.kind(), tuple(rules), self.threshold.value(), strong)

    def validatePage(self) -> bool:
        if not self.evidence() and not any(box.currentData() for box in self.field_boxes):
            QMessageBox.warning(
                self, self.tr("Find duplicates"), self.tr("Choose at least one field to compare.")
            )
            return False
        return True


class ScanPage(QWizardPage):
    """Scans in the background with a progress bar and a Cancel button."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: ScanResult | None = None
        self.handle: OpHandle | None = None
        self.control = TaskControl()
        self.setTitle(self.tr("Scanning"))
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.bar = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Cancel scan"), self)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._on_timer_timeout)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, DuplicateWizard)
        settings = wizard.settings_page.settings()
        group_id = wizard.settings_page.group_id()
        self.result = None
        self.status.setText(self.tr("Comparing records…"))
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        # The page shows its own bar and Cancel button: a read with our own control, not
        # run_long (whose progress dialog would duplicate them).
        self.control = TaskControl()
        self.handle = self.context.ops.read(
            scan_for_duplicates,
            settings,
            self.control,
            group_id,
            on_done=self._on_scan_done,
            on_error=self._on_scan_failed,
        )
        self.handle.cancelled.connect(self._on_scan_cancelled)
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        if self.handle is None:
            return
        done, total, _ = self.control.snapshot()
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _on_cancel_button_clicked(self) -> None:
        if self.handle is not None:
            self.control.cancel()

    def _stop(self) -> None:
        self.timer.stop()
        self.cancel_button.setEnabled(False)
        self.handle = None

    def _on_scan_done(self, result: ScanResult) -> None:
        self._stop()
        self.result = result
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(
            self.tr("%1 records compared: %2 groups of likely duplicates.")
            .replace("%1", count_text(result.records))
            .replace("%2", count_text(len(result.groups)))
        )
        self.completeChanged.emit()

    def _on_scan_failed(self, exc: BaseException) -> None:
        self._stop()
        self.status.setText(self.tr("The scan failed: %1").replace("%1", str(exc)))

    def _on_scan_cancelled(self) -> None:
        self._stop()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status.setText(self.tr("Scan cancelled. Go back to change the settings."))

    def isComplete(self) -> bool:
        return self.result is not None

    def cleanupPage(self) -> None:
        if self.handle is not None:
            self.control.cancel()
        self._stop()


class DuplicateWizard(QWizard):
    """Find, review and merge duplicates.

    Signals: ``record_open_requested(kind, record_id)`` when the user asks to open a record
    (the main window shows it), ``merges_done()`` when the wizard closes after merging.
    """

    record_open_requested = Signal(str, int)
    merges_done = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.merges: list[MergeResult] = []
        self.setWindowTitle(self.tr("Duplicates"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.settings_page = SettingsPage(context, self)
        self.scan_page = ScanPage(context, self)
        self.review_page = ReviewPage(context, self)
        self.summary_page = SummaryPage(context, self)
        for page in (self.settings_page, self.scan_page, self.review_page, self.summary_page):
            self.addPage(page)
        self.resize(1100, 680)
        self.finished.connect(self._on_finished)

    def show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Duplicates"), str(exc))

    def _on_finished(self, _code: int) -> None:
        if self.merges:
            self.merges_done.emit()

    @classmethod
    def run(cls, context: AppContext, parent: QWidget | None = None) -> list[MergeResult]:
        """Show the wizard modally; returns the merges made."""
        wizard = cls(context, parent)
        try:
            wizard.exec()
            return list(wizard.merges)
        finally:
            wizard.deleteLater()
