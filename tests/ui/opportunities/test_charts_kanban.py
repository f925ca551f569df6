"""The kanban board of the Pipeline tab on a real database: a column per stage with the
service's cards, a drop changes the stage, a drop on Won/Lost asks to close, a double-click
opens the card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_crm.domain.opportunities import STATUS_LOST, STATUS_WON, OpportunityFilter
from desktop_crm.services.opportunities.analysis import pipeline
from desktop_crm.services.opportunities.records import get_opportunity
from desktop_crm.storage.uow import Database
from desktop_crm.ui.opportunities.funnel import PipelineTab
from desktop_crm.ui.opportunities.kanban import KanbanBoard
from tests.ui.conftest import make_context, settle
from tests.ui.opportunities.test_charts import _seed


@pytest.fixture
def seeded(db: Database) -> int:
    return int(db.run(_seed).value)


def _board(qtbot, db, tmp_path):  # type: ignore[no-untyped-def]
    context = make_context(db, tmp_path)
    tab = PipelineTab(context, lambda _flt: None)
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.show()
    with qtbot.waitSignal(tab.board_loaded, timeout=10000):
        tab.show_board(True)
    settle(qtbot, context)
    assert isinstance(tab.board, KanbanBoard)
    return context, tab, tab.board


def _names(board: KanbanBoard, target: object) -> list[str]:
    return [r.name for r in board.columns[target].model.rows]  # type: ignore[index]


def test_board_has_a_column_per_stage_with_its_cards(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    _context, tab, board = _board(qtbot, db, tmp_path)
    expected = db.run(pipeline, OpportunityFilter(), seeded).value
    stage_ids = [s.stage_id for s in expected.stages]
    assert list(board.columns) == [*stage_ids, STATUS_WON, STATUS_LOST]
    for band in expected.stages:
        assert len(board.columns[band.stage_id].model.rows) == band.count
    assert _names(board, stage_ids[0]) == ["A", "B"]  # soonest to close first
    assert "Prospect" in board.columns[stage_ids[0]].title.text()
    for column in board.columns.values():
        QAbstractItemModelTester(column.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert tab.pages.currentWidget() is board


def test_a_drop_on_another_stage_changes_the_stage(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    context, tab, board = _board(qtbot, db, tmp_path)
    first, second = (s.stage_id for s in tab.pipeline.stages[:2])
    source = board.columns[first].model
    target = board.columns[second].model
    card = source.rows[0]
    data = source.mimeData([source.index(0, 0)])
    assert not source.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    with qtbot.waitSignal(tab.board_loaded, timeout=10000):
        target.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    settle(qtbot, context)
    moved = db.run(get_opportunity, card.id).value
    assert moved.stage_id == second and moved.probability == 60
    assert card.name in _names(board, second) and card.name not in _names(board, first)
    # the funnel follows too
    assert [b.count for b in tab.pipeline.stages] == [1, 2, 2]


def test_a_drop_on_won_or_lost_asks_to_close(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    _context, tab, board = _board(qtbot, db, tmp_path)
    asked: list[tuple[int, str]] = []
    board.ask_close = lambda opp_id, status: asked.append((opp_id, status))
    source = board.columns[tab.pipeline.stages[2].stage_id].model
    data = source.mimeData([source.index(1, 0)])
    board.columns[STATUS_LOST].model.dropMimeData(
        data, Qt.DropAction.MoveAction, -1, -1, QModelIndex()
    )
    board.columns[STATUS_WON].model.dropMimeData(
        data, Qt.DropAction.MoveAction, -1, -1, QModelIndex()
    )
    assert asked == [(source.rows[1].id, STATUS_LOST), (source.rows[1].id, STATUS_WON)]


def test_double_click_opens_the_card(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    _context, tab, board = _board(qtbot, db, tmp_path)
    opened: list[int] = []
    board.open_card = opened.append
    column = board.columns[tab.pipeline.stages[1].stage_id]
    column.view.doubleClicked.emit(column.model.index(0, 0))
    assert opened == [column.model.rows[0].id]
