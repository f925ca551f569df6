"""Checks page: every row validated, each problem next to its row, duplicates decided."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_crm.domain.errors import DomainError
from desktop_crm.services.importing.model import ProblemPolicy, RowAction, UpdateMode
from desktop_crm.services.importing.pipeline import check_and_match
from desktop_crm.services.importing.service import ImportPlan
from desktop_crm.ui.common.counts import grouped
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.problems import problem_label
from desktop_crm.ui.importing.models import CheckedRowsModel
from desktop_crm.ui.importing.texts import field_label

if TYPE_CHECKING:
    from desktop_crm.ui.importing.wizard import ImportWizard


class ChecksPage(QWizardPage):
    """Problems by kind (flag or skip), duplicate decisions, and the rows to look at."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Checks and duplicates"))
        self.setSubTitle(
            self.tr(
                "Nothing is written yet. Choose what to do with each kind "
                "of problem and with contacts already on file; fix values "
                "row by row if you wish."
            )
        )
        self.kinds_box = QGroupBox(self.tr("Problems found"))
        self.kinds_form = QFormLayout(self.kinds_box)
        self.duplicates_box = QGroupBox(self.tr("Already on file"))
        self.on_duplicate = QComboBox()
        for action, label in (
            (RowAction.SKIP, "Skip the row"),
            (RowAction.UPDATE, "Update the existing contact"),
            (RowAction.ADD, "Add anyway"),
        ):
            self.on_duplicate.addItem(self.tr(label), action)
        self.on_duplicate.currentIndexChanged.connect(self._on_default_changed)
        self.update_mode = QComboBox()
        self.update_mode.addItem(self.tr("Fill empty fields only"), UpdateMode.FILL_EMPTY)
        self.update_mode.addItem(self.tr("Values from the file win"), UpdateMode.OVERWRITE)
        self.duplicates_label = QLabel()
        self.duplicates_label.setWordWrap(True)
        for combo in (self.on_duplicate, self.update_mode):
            _shrinkable(combo)
        dup_form = QFormLayout(self.duplicates_box)
        # Each label above its choice: the choices take the box's width and read whole.
        dup_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        dup_form.addRow(self.duplicates_label)
        dup_form.addRow(self.tr("For every duplicate:"), self.on_duplicate)
        dup_form.addRow(self.tr("When updating:"), self.update_mode)
        self.only_attention = QCheckBox(self.tr("Only rows with a problem or a duplicate"))
        self.only_attention.setChecked(True)
        self.only_attention.toggled.connect(self._on_only_attention_toggled)
        self.table = QTableView()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        accept = QPushButton(self.tr("Accept suggestion"))
        accept.clicked.connect(self._on_accept_clicked)
        edit = QPushButton(self.tr("Fix a value…"))
        edit.clicked.connect(self._on_edit_clicked)
        self.row_action = QComboBox()
        for choice, label in (
            (None, "Default action"),
            (RowAction.ADD, "Add"),
            (RowAction.UPDATE, "Update"),
            (RowAction.SKIP, "Skip"),
        ):
            self.row_action.addItem(self.tr(label), choice)
        apply_action = QPushButton(self.tr("Apply to selected rows"))
        apply_action.clicked.connect(self._on_row_action_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.only_attention)
        buttons.addStretch(1)
        buttons.addWidget(accept)
        buttons.addWidget(edit)
        buttons.addWidget(self.row_action)
        buttons.addWidget(apply_action)
        top = QHBoxLayout()
        top.addWidget(self.kinds_box, 3)
        top.addWidget(self.duplicates_box, 2)
        layout = QVBoxLayout(self)
        nest(layout, top)
        nest(layout, buttons)
        layout.addWidget(self.table, 1)
        self.model: CheckedRowsModel | None = None
        self.policies: dict[str, QComboBox] = {}
        self._generation = 0

    def initializePage(self) -> None:
        wizard = self._wizard
        source, mapping = wizard.source, wizard.mapping
        assert source is not None and mapping is not None
        wizard.plan = None
        self.completeChanged.emit()
        # A newer check (the user went back and forth) makes an older result stale.
        self._generation += 1
        generation = self._generation

        def done(plan: ImportPlan) -> None:
            if generation == self._generation:
                self.set_plan(plan)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(exc, DomainError):
                QMessageBox.warning(self, self.tr("Import"), exc.message)
            else:
                wizard.context.ops.show_error(exc, self)

        # Read-only: the same stage the import pipeline runs, nothing written yet.
        wizard.context.ops.run_long(
            check_and_match,
            source,
            mapping,
            title=self.tr("Checking the rows…"),
            parent=self,
            write=False,
            on_done=done,
            on_error=failed,
        )

    def set_plan(self, plan: ImportPlan) -> None:
        self._wizard.plan = plan
        self.model = CheckedRowsModel(plan.rows, self.table)
        self.model.default_action = RowAction(self.on_duplicate.currentData())
        self.model.only_attention = self.only_attention.isChecked()
        mapped = self._wizard.mapping_page.model
        self.model.custom_labels = {s.name: s.label for s in (mapped.specs if mapped else ())}
        self.model.refilter()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((1, 130), (2, 130), (3, 200), (4, 130), (5, 250), (6, 220)):
            header.resizeSection(column, width)
        self._fill_kinds(plan)
        matched = len(plan.matched)
        self.duplicates_label.setText(
            grouped(
                self.tr("%n row(s) match a contact on file or an earlier row.", "", matched),
                matched,
            )
        )
        self.completeChanged.emit()

    def _fill_kinds(self, plan: ImportPlan) -> None:
        while self.kinds_form.rowCount():
            self.kinds_form.removeRow(0)
        self.policies = {}
        counts = plan.problem_counts()
        if not counts:
            self.kinds_form.addRow(QLabel(self.tr("No problem: every row is valid.")))
        for code, count in sorted(counts.items(), key=lambda kv: -kv[1]):
            combo = QComboBox()
            combo.addItem(self.tr("Import and flag for review"), ProblemPolicy.FLAG)
            combo.addItem(self.tr("Skip these rows"), ProblemPolicy.SKIP)
            default = self._wizard.import_options.policy_for(code)
            combo.setCurrentIndex(max(combo.findData(default.value), 0))
            _shrinkable(combo)
            self.policies[code] = combo
            row: QWidget = combo
            if code == "email_typo":
                # The button under the choice, not beside it: the choice reads whole.
                holder = QWidget()
                lines = QVBoxLayout(holder)
                lines.setContentsMargins(0, 0, 0, 0)
                lines.addWidget(combo)
                accept_all = QPushButton(self.tr("Accept all suggestions"))
                accept_all.clicked.connect(self._on_accept_all_clicked)
                line = QHBoxLayout()
                line.addWidget(accept_all)
                line.addStretch(1)
                nest(lines, line)
                row = holder
            self.kinds_form.addRow(f"{problem_label(code)} ({count})", row)

    def isComplete(self) -> bool:
        return self._wizard.plan is not None

    def _selected(self) -> list[int]:
        if self.model is None:
            return []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.planned(r).index for r in rows]

    def _on_default_changed(self) -> None:
        if self.model is not None:
            self.model.default_action = RowAction(self.on_duplicate.currentData())
            self.model.refresh_all()

    def _on_only_attention_toggled(self, checked: bool) -> None:
        if self.model is not None:
            self.model.only_attention = checked
            self.model.refilter()

    def _after_edit(self) -> None:
        plan = self._wizard.plan
        assert plan is not None and self.model is not None
        self.model.refresh_all()
        self._fill_kinds(plan)

    def _on_accept_all_clicked(self) -> None:
        plan = self._wizard.plan
        if plan is not None:
            plan.accept_suggestions("email_typo")
            self._after_edit()

    def _on_accept_clicked(self) -> None:
        plan = self._wizard.plan
        selected = self._selected()
        if plan is None or not selected:
            return
        for code in {p.code for i in selected for p in plan.rows[i].problems if p.suggestion}:
            plan.accept_suggestions(code, selected)
        self._after_edit()

    def _on_edit_clicked(self) -> None:
        plan = self._wizard.plan
        selected = self._selected()
        if plan is None or len(selected) != 1:
            return
        row = plan.rows[selected[0]]
        problem = row.problems[0] if row.problems else None
        field_name = problem.field if problem else "email"
        current = str(row.raw.get(field_name, ""))
        text, ok = QInputDialog.getText(
            self,
            self.tr("Fix a value"),
            self.tr("Line {0}, {1}:").format(row.line, field_label(field_name)),
            text=current,
        )
        if ok:
            plan.edit_row(row.index, field_name, text)
            self._after_edit()

    def _on_row_action_clicked(self) -> None:
        plan = self._wizard.plan
        if plan is None:
            return
        for index in self._selected():
            chosen = self.row_action.currentData()
            plan.rows[index].action = RowAction(chosen) if chosen else None
        self._after_edit()

    def validatePage(self) -> bool:
        options = self._wizard.import_options
        # Qt hands enum members back as plain strings: turn them into enums again.
        options.on_duplicate = RowAction(self.on_duplicate.currentData())
        options.update_mode = UpdateMode(self.update_mode.currentData())
        options.problem_policy = {
            code: ProblemPolicy(combo.currentData()) for code, combo in self.policies.items()
        }
        return self._wizard.plan is not None


def _shrinkable(combo: QComboBox) -> None:
    """A choice that may narrow (its text elided) so that the problem's name beside it reads
    whole in a narrow wizard ("Faute de frappe probabl" otherwise); at 1100 px (the wizard on
    a 1400 px screen) the layout leaves it room to read whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
