"""Tools › Sales processes… and Tools › Price list…."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.services.opportunities.processes import list_processes
from desktop_crm.services.opportunities.products import list_products
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.opportunities.editors import PriceListEditor, SalesProcessEditor
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

Fatal = QAbstractItemModelTester.FailureReportingMode.Fatal


def _names(model: QAbstractItemModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_process_editor_adds_moves_and_removes_a_stage(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    editor = SalesProcessEditor(context)
    qtbot.addWidget(editor)
    QAbstractItemModelTester(editor.stage_model, Fatal)
    editor.show()
    settle(qtbot, context)
    assert editor.stage_model.rowCount() == 5
    editor.stages.selectRow(1)
    editor.stage_name.setText("Démonstration faite")
    editor.stage_probability.setValue(30)
    editor.stage_days.setValue(50)
    editor.add_stage()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: editor.stage_model.rowCount() == 6)
    with opp_db.uow(write=False) as uow:
        stages = list_processes(uow)[0].stages
    assert stages[2].name == "Démonstration faite"
    assert (stages[2].probability, stages[2].close_days) == (30, 50)
    assert _names(editor.stage_model, 1)[2] == "Démonstration faite"
    editor.stages.selectRow(2)
    editor.move_stage(-1)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: _names(editor.stage_model, 1)[1] == "Démonstration faite")
    # A new process.
    editor.add_process("Renouvellement")
    settle(qtbot, context)
    qtbot.waitUntil(lambda: editor.process_list.count() == 2)


def test_price_list_editor_adds_and_updates_a_product(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    editor = PriceListEditor(context)
    qtbot.addWidget(editor)
    QAbstractItemModelTester(editor.model, Fatal)
    editor.show()
    settle(qtbot, context)
    assert editor.model.rowCount() == 3
    editor.name.setText("Audit RGPD")
    editor.family.setText("Services")
    editor.unit_price.setText("1 850.00")
    editor.cost.setText("900")
    editor.add_product()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: editor.model.rowCount() == 4)
    with opp_db.uow(write=False) as uow:
        audit = next(p for p in list_products(uow) if p.name == "Audit RGPD")
    assert (audit.unit_price, audit.cost, audit.family) == (
        Decimal("1850.00"),
        Decimal("900"),
        "Services",
    )
