"""Tools › Sales processes… and Tools › Price list…: small editors writing through ops.

Each action is one operation; the lists are read again when it is done (and on change
notices, so two editors or a colleague's edit stay in step).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.opportunities import ProcessView, ProductView, StageView
from desktop_crm.services.opportunities import processes as procs
from desktop_crm.services.opportunities import products as prods
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.common.simple_table import RowsModel
from desktop_crm.ui.opportunities.rows import FigureRowsModel
from desktop_crm.ui.opportunities.texts import money_text, number_text, parse_decimal


def _table(parent: QWidget, model: RowsModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def _margin(product: ProductView) -> str:
    """Unit price − cost, and its share of the price."""
    margin = product.unit_price - product.cost
    if not product.unit_price:
        return money_text(margin)
    share = (margin * 100 / product.unit_price).quantize(Decimal("1"))
    return f"{money_text(margin)} ({share}\u00a0%)"


class SalesProcessEditor(QDialog):
    """Processes on the left; the chosen process's stages (order, probability, days to
    close) on the right, with add, update, remove, move up and down."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sales processes"))
        self.ops = context.ops
        self.processes: list[ProcessView] = []
        self._wanted_process: int | None = None
        self.process_list = QListWidget(self)
        self.process_list.setObjectName("processList")
        self.process_list.currentRowChanged.connect(lambda _r: self._show_stages())
        add_process = QPushButton(self.tr("New process…"), self)
        add_process.clicked.connect(lambda: self.add_process())
        rename = QPushButton(self.tr("Rename…"), self)
        rename.clicked.connect(lambda: self.rename_process())
        default = QPushButton(self.tr("Make default"), self)
        default.clicked.connect(self.make_default)
        delete = QPushButton(self.tr("Delete"), self)
        delete.clicked.connect(self.delete_process)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.process_list, 1)
        for button in (add_process, rename, default, delete):
            left_layout.addWidget(button)

        self.stage_model = FigureRowsModel(
            [self.tr("Order"), self.tr("Stage"), self.tr("Probability"), self.tr("Days to close")],
            (0, 2, 3),
            self,
        )
        self.stages = _table(self, self.stage_model)
        self.stages.setObjectName("stageTable")
        self.stages.selectionModel().currentRowChanged.connect(lambda *_a: self._fill_form())
        self.stage_name = QLineEdit(self)
        self.stage_name.setObjectName("stageName")
        self.stage_probability = QSpinBox(self)
        self.stage_probability.setRange(0, 100)
        self.stage_probability.setSuffix("\u00a0%")
        self.stage_days = QSpinBox(self)
        self.stage_days.setRange(0, 3650)
        form = QFormLayout()
        form.addRow(self.tr("Stage:"), self.stage_name)
        form.addRow(self.tr("Probability:"), self.stage_probability)
        form.addRow(self.tr("Days to close:"), self.stage_days)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add the stage"), lambda: self.add_stage()),
            (self.tr("Update"), lambda: self.update_stage()),
            (self.tr("Remove"), lambda: self.remove_stage()),
            (self.tr("Up"), lambda: self.move_stage(-1)),
            (self.tr("Down"), lambda: self.move_stage(1)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.stages, 1)
        nest(right_layout, form)
        nest(right_layout, buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(820, 480)
        self.ops.changed.connect(self._on_ops_changed)
        self.reload()

    def reload(self) -> None:
        self.ops.read(procs.list_processes, key=f"processes-{id(self)}", on_done=self._on_read)

    def _on_read(self, processes: list[ProcessView]) -> None:
        wanted = self._wanted_process
        if wanted is None and self.current_process() is not None:
            wanted = self.current_process().id  # type: ignore[union-attr]
        self.processes = processes
        self.process_list.blockSignals(True)
        self.process_list.clear()
        for process in processes:
            text = process.name + (" " + self.tr("(default)") if process.is_default else "")
            QListWidgetItem(text, self.process_list)
        row = next((n for n, p in enumerate(processes) if p.id == wanted), 0)
        self.process_list.setCurrentRow(row if processes else -1)
        self.process_list.blockSignals(False)
        self._wanted_process = None
        self._show_stages()

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("sales_process", "sales_stage"):
            self.reload()

    def current_process(self) -> ProcessView | None:
        row = self.process_list.currentRow()
        return self.processes[row] if 0 <= row < len(self.processes) else None

    def current_stage(self) -> StageView | None:
        stage = self.stage_model.payload(self.stages.currentIndex().row())
        return stage if isinstance(stage, StageView) else None

    def _show_stages(self) -> None:
        process = self.current_process()
        stages = process.stages if process else ()
        selected = self.current_stage()
        self.stage_model.set_rows(
            [(s.position + 1, s.name, f"{s.probability}\u00a0%", s.close_days) for s in stages],
            list(stages),
        )
        if selected is not None:
            row = next((n for n, s in enumerate(stages) if s.id == selected.id), -1)
            if row >= 0:
                self.stages.selectRow(row)
        self.stages.resizeColumnsToContents()

    def _fill_form(self) -> None:
        stage = self.current_stage()
        if stage is not None:
            self.stage_name.setText(stage.name)
            self.stage_probability.setValue(stage.probability)
            self.stage_days.setValue(stage.close_days)

    def _run(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        self.ops.run(
            fn,
            *args,
            on_error=lambda exc: QMessageBox.warning(
                self, self.tr("Sales processes"), error_message(exc)
            ),
            initiator=self,
            **kwargs,
        )

    def add_process(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New process"), self.tr("Name:"))
            if not ok:
                return
        if name.strip():
            self._run(procs.create_process, name.strip())

    def rename_process(self, name: str | None = None) -> None:
        process = self.current_process()
        if process is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename the process"), self.tr("Name:"), text=process.name
            )
            if not ok:
                return
        self._run(procs.rename_process, process.id, name)

    def make_default(self) -> None:
        process = self.current_process()
        if process is not None:
            self._run(procs.set_default_process, process.id)

    def delete_process(self) -> None:
        process = self.current_process()
        if process is not None:
            self._run(procs.delete_process, process.id)

    def add_stage(self) -> None:
        process = self.current_process()
        if process is None or not self.stage_name.text().strip():
            return
        current = self.current_stage()
        self._wanted_process = process.id
        self._run(
            procs.add_stage,
            process.id,
            self.stage_name.text().strip(),
            self.stage_probability.value(),
            self.stage_days.value(),
            position=current.position + 1 if current is not None else None,
        )

    def update_stage(self) -> None:
        stage = self.current_stage()
        if stage is not None:
            self._run(
                procs.update_stage,
                stage.id,
                name=self.stage_name.text().strip() or stage.name,
                probability=self.stage_probability.value(),
                close_days=self.stage_days.value(),
            )

    def remove_stage(self) -> None:
        stage = self.current_stage()
        if stage is not None:
            self._run(procs.delete_stage, stage.id)

    def move_stage(self, step: int) -> None:
        process, stage = self.current_process(), self.current_stage()
        if process is None or stage is None:
            return
        ids = [s.id for s in process.stages]
        at = ids.index(stage.id)
        to = at + step
        if not 0 <= to < len(ids):
            return
        ids[at], ids[to] = ids[to], ids[at]
        self._run(procs.reorder_stages, process.id, ids)

    @classmethod
    def show_editor(cls, context: AppContext, parent: QWidget | None = None) -> None:
        dialog = cls(context, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


class PriceListEditor(QDialog):
    """The products of the price list: name, family, unit price, cost (for the margin) and
    whether it is still offered."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Price list"))
        self.ops = context.ops
        self.model = FigureRowsModel(
            [
                self.tr("Product"),
                self.tr("Family"),
                self.tr("Unit price"),
                self.tr("Cost"),
                self.tr("Margin"),
                self.tr("Active"),
            ],
            (2, 3, 4),
            self,
        )
        self.table = _table(self, self.model)
        self.table.setObjectName("productTable")
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._fill_form())
        self.name = QLineEdit(self)
        self.family = QLineEdit(self)
        self.unit_price = QLineEdit(self)
        self.cost = QLineEdit(self)
        self.active = QCheckBox(self.tr("Offered"), self)
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Product:"), self.name)
        form.addRow(self.tr("Family:"), self.family)
        form.addRow(self.tr("Unit price:"), self.unit_price)
        form.addRow(self.tr("Cost:"), self.cost)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add as new"), self.add_product),
            (self.tr("Save changes"), self.update_product),
            (self.tr("Delete"), self.delete_product),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        nest(layout, form)
        nest(layout, buttons)
        layout.addWidget(close)
        self.resize(760, 520)
        self.ops.changed.connect(self._on_ops_changed)
        self.reload()

    def reload(self) -> None:
        self.ops.read(
            prods.list_products,
            include_inactive=True,
            key=f"products-{id(self)}",
            on_done=self._on_read,
        )

    def _on_read(self, products: list[ProductView]) -> None:
        self.model.set_rows(
            [
                (
                    p.name,
                    p.family or "",
                    money_text(p.unit_price),
                    money_text(p.cost),
                    _margin(p),
                    self.tr("yes") if p.active else self.tr("no"),
                )
                for p in products
            ],
            products,
        )
        self.table.resizeColumnsToContents()

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("product"):
            self.reload()

    def current(self) -> ProductView | None:
        product = self.model.payload(self.table.currentIndex().row())
        return product if isinstance(product, ProductView) else None

    def _fill_form(self) -> None:
        product = self.current()
        if product is None:
            return
        self.name.setText(product.name)
        self.family.setText(product.family or "")
        self.unit_price.setText(number_text(product.unit_price))
        self.cost.setText(number_text(product.cost))
        self.active.setChecked(product.active)

    def _values(self) -> dict[str, Any] | None:
        price = parse_decimal(self.unit_price.text())
        cost = parse_decimal(self.cost.text() or "0")
        if not self.name.text().strip() or price is None or cost is None:
            QMessageBox.warning(
                self, self.tr("Price list"), self.tr("Give a name, a unit price and a cost.")
            )
            return None
        return {
            "name": self.name.text().strip(),
            "unit_price": price,
            "family": self.family.text().strip() or None,
            "cost": cost,
            "active": self.active.isChecked(),
        }

    def _run(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        self.ops.run(
            fn,
            *args,
            on_error=lambda exc: QMessageBox.warning(
                self, self.tr("Price list"), error_message(exc)
            ),
            initiator=self,
            **kwargs,
        )

    def add_product(self) -> None:
        values = self._values()
        if values is not None:
            self._run(prods.create_product, **values)

    def update_product(self) -> None:
        product, values = self.current(), self._values()
        if product is not None and values is not None:
            self._run(prods.update_product, product.id, **values)

    def delete_product(self) -> None:
        product = self.current()
        if product is not None:
            self._run(prods.delete_product, product.id)

    @classmethod
    def show_editor(cls, context: AppContext, parent: QWidget | None = None) -> None:
        dialog = cls(context, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
