"""The shared base of the editable lines tables (opportunity lines, campaign costs): adding,
removing and replacing a line tell the views and the owner exactly once, with the right rows."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Signal

from desktop_crm.ui.campaigns.costs import CostLinesModel
from desktop_crm.ui.common.editable_lines import EditableLinesModel
from desktop_crm.ui.opportunities.lines_model import LinesModel


@dataclass(frozen=True)
class _Line:
    label: str
    amount: Decimal


class _Model(EditableLinesModel[_Line]):
    changed = Signal()
    column_count = 2

    def _lines_changed(self) -> None:
        self.changed.emit()

    def add(self, label: str, amount: str) -> int:
        return self._append_line(_Line(label, Decimal(amount)))

    def replace(self, row: int, label: str, amount: str) -> None:
        self._replace_line(row, _Line(label, Decimal(amount)))


def _record(model: _Model) -> list[tuple]:
    events: list[tuple] = []
    model.changed.connect(lambda: events.append(("changed",)))
    model.rowsInserted.connect(lambda _p, first, last: events.append(("inserted", first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: events.append(("removed", first, last)))
    model.modelReset.connect(lambda: events.append(("reset",)))
    model.dataChanged.connect(
        lambda tl, br, _roles=(): events.append(
            ("data", tl.row(), tl.column(), br.row(), br.column())
        )
    )
    return events


def test_adding_removing_and_replacing_lines_tell_the_views_and_the_owner(qtbot) -> None:
    model = _Model()
    events = _record(model)
    assert model.add("a", "1.50") == 0
    assert model.add("b", "2.25") == 1
    assert model.rowCount() == 2 and model.columnCount() == 2
    assert model.total() == Decimal("3.75")
    model.replace(1, "b2", "10")
    assert model.lines() == (_Line("a", Decimal("1.50")), _Line("b2", Decimal("10")))
    model.remove_line(0)
    model.remove_line(5)  # outside the lines: nothing happens, nothing is told
    model.remove_line(-1)
    assert model.lines() == (_Line("b2", Decimal("10")),)
    assert events == [
        ("inserted", 0, 0),
        ("changed",),
        ("inserted", 1, 1),
        ("changed",),
        ("data", 1, 0, 1, 1),
        ("changed",),
        ("removed", 0, 0),
        ("changed",),
    ]


def test_set_lines_resets_and_a_child_index_has_no_rows(qtbot) -> None:
    model = _Model()
    events = _record(model)
    model.set_lines([_Line("x", Decimal("4")), _Line("y", Decimal("0.5"))])
    assert events == [("reset",), ("changed",)]
    assert model.rowCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0
    assert model.total() == Decimal("4.5")
    model.set_lines([])
    assert model.total() == Decimal("0") and model.rowCount(QModelIndex()) == 0


def test_both_tables_use_the_shared_base(qtbot) -> None:
    costs, lines = CostLinesModel(), LinesModel()
    assert isinstance(costs, EditableLinesModel) and isinstance(lines, EditableLinesModel)
    told: list[str] = []
    costs.total_changed.connect(lambda: told.append("costs"))
    lines.amount_changed.connect(lambda: told.append("lines"))
    costs.add_line("postage")
    costs.setData(costs.index(0, 2), "100")
    costs.setData(costs.index(0, 3), "0,5")
    lines.add_line()
    lines.setData(lines.index(0, 1), "3")
    lines.setData(lines.index(0, 2), "10")
    costs.remove_line(0)
    lines.remove_line(0)
    assert told == ["costs"] * 3 + ["lines"] * 3 + ["costs", "lines"]
    assert costs.total() == lines.total() == Decimal("0")
    assert (costs.columnCount(), lines.columnCount()) == (5, 5)
