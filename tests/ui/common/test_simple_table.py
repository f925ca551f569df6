"""RowsModel, the small table model of tabs and dialogs, under Qt's model tester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_crm.ui.common.simple_table import RowsModel


def test_rows_model_passes_the_model_tester(qapp: object) -> None:
    model = RowsModel(["Name", "City"])
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([("Durand", "Lyon"), ("Martin", None)], payloads=[1, 2])
    assert model.rowCount() == 2
    assert model.columnCount() == 2
    assert model.data(model.index(0, 1)) == "Lyon"
    assert model.data(model.index(1, 1)) is None
    assert model.data(model.index(1, 0), RowsModel.PAYLOAD_ROLE) == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "City"
    model.set_rows([])
    assert model.rowCount() == 0
    assert model.payload(5) is None
