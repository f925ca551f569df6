"""Custom label sheet editor ("Nouvelle étiquette"): grid, sizes, margins and pitch in mm."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_crm.domain.errors import ValidationError
from desktop_crm.printing.labels import LabelOptions, layout_labels
from desktop_crm.printing.sheets import PAGE_SIZES, LabelSheet, sheet_from_dict
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.printing.preview import PagePreview

_SAMPLE = ("Mme Hélène Lefèvre", "12 RUE DES LILAS", "69003 LYON")


class SheetEditor(QDialog):
    """Edit a custom sheet with a live preview of the label outlines."""

    def __init__(self, sheet: LabelSheet | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Custom label sheet"))
        self.result_sheet: LabelSheet | None = None
        self.name = QLineEdit()
        self.page = QComboBox()
        self.page.addItems(list(PAGE_SIZES))
        self.columns = QSpinBox(minimum=1, maximum=10)
        self.rows = QSpinBox(minimum=1, maximum=40)
        self.spins: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Page:"), self.page)
        form.addRow(self.tr("Columns:"), self.columns)
        form.addRow(self.tr("Rows:"), self.rows)
        labels = {
            "width": self.tr("Label width (mm)"),
            "height": self.tr("Label height (mm)"),
            "top": self.tr("Top margin (mm)"),
            "left": self.tr("Left margin (mm)"),
            "pitch_x": self.tr("Horizontal pitch (mm)"),
            "pitch_y": self.tr("Vertical pitch (mm)"),
        }
        for key, text in labels.items():
            spin = QDoubleSpinBox(minimum=0.0, maximum=400.0, decimals=2, singleStep=0.1)
            self.spins[key] = spin
            form.addRow(text, spin)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.preview = PagePreview()
        layout = QHBoxLayout(self)
        nest(layout, form)
        layout.addWidget(self.preview, 1)
        self._load(sheet)
        boxes: list[QSpinBox | QDoubleSpinBox] = [self.columns, self.rows, *self.spins.values()]
        for box in boxes:
            box.valueChanged.connect(self._refresh)
        self.page.currentTextChanged.connect(self._refresh)
        self._refresh()

    def _load(self, sheet: LabelSheet | None) -> None:
        values: dict[str, Any] = (
            sheet.to_dict()
            if sheet is not None
            else {
                "code": "",
                "page": "A4",
                "columns": 2,
                "rows": 7,
                "width": 99.1,
                "height": 38.1,
                "top": 15.15,
                "left": 4.67,
                "pitch_x": 101.6,
                "pitch_y": 38.1,
            }
        )
        self.name.setText(str(values["code"]))
        self.page.setCurrentText(str(values["page"]))
        self.columns.setValue(int(values["columns"]))
        self.rows.setValue(int(values["rows"]))
        for key, spin in self.spins.items():
            spin.setValue(float(values[key]))

    def values(self) -> dict[str, object]:
        data: dict[str, object] = {key: spin.value() for key, spin in self.spins.items()}
        data.update(
            code=self.name.text().strip() or "Custom",
            brand=self.tr("Custom"),
            description="",
            page=self.page.currentText(),
            columns=self.columns.value(),
            rows=self.rows.value(),
            custom=True,
        )
        return data

    def _refresh(self) -> None:
        try:
            sheet = sheet_from_dict(self.values(), custom=True)
        except ValidationError as exc:
            self.problem.setText(exc.message)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.preview.set_page(None, self.tr("This sheet does not fit on the page."))
            return
        self.problem.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        pages = layout_labels([_SAMPLE] * sheet.per_page, sheet, LabelOptions(outlines=True))
        self.preview.set_page(next(pages))

    def _on_save(self) -> None:
        try:
            self.result_sheet = sheet_from_dict(self.values(), custom=True)
        except ValidationError as exc:
            self.problem.setText(exc.message)
            return
        self.accept()

    @classmethod
    def edit(
        cls, sheet: LabelSheet | None = None, parent: QWidget | None = None
    ) -> LabelSheet | None:
        """Show the editor; the checked sheet, or None if cancelled."""
        dialog = cls(sheet, parent)
        return dialog.result_sheet if dialog.exec() == QDialog.DialogCode.Accepted else None
