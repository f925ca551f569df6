"""The Targeting view's client table on a real file's volume (screens10: 745 clients froze the
window 5 s: the columns sized to their contents read every cell many times, and each read
built the whole row again, translating ~25 class names)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_crm.services.analytics.run import ClientRow
from desktop_crm.storage.uow import Database
from desktop_crm.ui.analytics import view as targeting
from desktop_crm.ui.analytics.view import CONTENTS_ROWS, ClientsModel, TargetingView
from desktop_crm.ui.opportunities.charts import money
from tests.ui.conftest import make_context

pytestmark = [pytest.mark.qt_log_level_fail("WARNING")]


def _rows(count: int) -> list[ClientRow]:
    return [
        ClientRow(
            kind="company",
            id=n,
            name=f"Société {n}",
            revenue=Decimal(100_000 - n),
            revenue_before=Decimal(50_000),
            potential=None if n % 3 else Decimal(200_000),
            gap=None,
            penetration_pct=None,
            contacts=n % 7,
            contacts_before=2,
            purchases=3,
            last_purchase=dt.date(2025, 11, 1 + n % 28),
            last_activity=None,
            yearly=(),
            klass=("A", "B", "C")[n % 3],
        )
        for n in range(count)
    ]


def test_reading_a_cell_builds_no_row(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    model = ClientsModel()
    rows = _rows(745)
    model.set_rows(rows)
    calls: list[str] = []
    real = targeting.class_title
    monkeypatch.setattr(targeting, "class_title", lambda k: calls.append(k) or real(k))
    texts = [
        model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    assert calls == []  # the class names were translated once, when the rows came
    assert texts[: model.columnCount()][:3] == ["Société 0", real("A"), money(rows[0].revenue)]
    assert model.index(1, 4).data() == "—"  # no potential given


def test_the_columns_are_sized_on_a_sample_of_rows(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    context = make_context(sqlite_db, tmp_path)
    view = TargetingView(context)
    qtbot.addWidget(view)
    assert view.table.horizontalHeader().resizeContentsPrecision() == CONTENTS_ROWS < 1000
    context.ops.wait()
