"""The Targeting view: each method draws and lists; a click on a class lists its clients;
"Save as group" creates the dynamic group; XLSX and PNG exports write the numbers/chart."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from desktop_crm.domain.analytics import METHODS
from desktop_crm.services.groups.groups import find_group, member_ids
from desktop_crm.storage.uow import Database
from desktop_crm.ui.analytics.view import TargetingView
from tests.integration.test_analytics_service import _setup
from tests.ui.conftest import make_context, settle


def test_targeting_view_methods_classes_group_and_exports(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ids = sqlite_db.run(_setup).value
    context = make_context(sqlite_db, tmp_path)
    view = TargetingView(context)
    qtbot.addWidget(view)
    view.year.setValue(2025)
    view.start()
    view.show()
    settle(qtbot, context)
    for method in METHODS:
        with qtbot.waitSignal(view.loaded, timeout=10000):
            if view.method.currentData() == method:
                view.refresh()
            else:
                view.set_method(method)
        settle(qtbot, context)
        assert view.result is not None and view.result.spec.method == method
        assert view.model.rowCount() == len(view.result.rows) == 5
        assert view.explain.text().count("\n") == 1  # two lines of explanation
    view.set_method("quadrants")
    settle(qtbot, context)
    view.chart.class_clicked.emit("Vaches à lait")  # as a click on a point does
    assert [r.name for r in view.model.rows] == ["Vache"]
    assert view.show_all.isVisible()
    view.save_group("Vaches", "Vaches à lait")
    settle(qtbot, context)
    with sqlite_db.uow() as uow:
        group = find_group(uow, "Vaches")
        assert group.query_text == 'analysis quadrants = "Vaches à lait" period 2025'
        assert member_ids(uow, group.id) == [ids["c_Vache"]]
    xlsx = tmp_path / "ciblage.xlsx"
    view.export_xlsx(str(xlsx))
    sheet = load_workbook(xlsx).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == "Vache" and float(rows[1][2]) == 5700.0
    png = tmp_path / "ciblage.png"
    view.export_png(str(png))
    assert png.stat().st_size > 1000
    view.show_all.click()
    assert view.model.rowCount() == 5
    # Double-click: a company row opens its contact's card.
    row = next(i for i, r in enumerate(view.model.rows) if r.name == "Poule")
    with qtbot.waitSignal(view.contact_open_requested, timeout=10000) as opened:
        view.table.doubleClicked.emit(view.model.index(row, 0))
    assert opened.args == [ids["c_Poule"]]
