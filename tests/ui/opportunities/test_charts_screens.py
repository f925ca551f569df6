"""Screenshots of the pipeline funnel and the forecast in French on demo data (not a test:
it holds no test function, pytest collects nothing here).

Run: QT_QPA_PLATFORM=offscreen python tests/ui/opportunities/test_charts_screens.py OUT [--docs]
(writes OUT/pipeline-funnel-WxH.png and OUT/forecast-WxH.png at 1600×1000, 1400×860 and
700×450, and the kanban board as OUT/pipeline-board-WxH.png; ``--docs`` also copies the
1600×1000 funnel and forecast to docs/).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.operations import Operations
from desktop_crm.ui.opportunities.charts import make_forecast_tab, make_pipeline_tab
from desktop_crm.ui.opportunities.funnel import PipelineTab

SIZES = ((1600, 1000), (1400, 860), (700, 450))


def _settle(app: QApplication, context: AppContext) -> None:
    for _ in range(5):
        context.ops.wait()
        for _ in range(20):
            app.processEvents()


def main(out: Path, docs: bool) -> None:
    app = QApplication(sys.argv)
    i18n.install(app, "fr")
    folder = Path(tempfile.mkdtemp())
    db = open_database(resolve_database(str(folder / "demo.sqlite"))).db
    db.run(generate_demo, 500, seed=6)
    context = AppContext(
        Operations(db), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    )
    out.mkdir(parents=True, exist_ok=True)
    tabs: dict[str, QWidget] = {
        "pipeline-funnel": make_pipeline_tab(context, lambda _flt: None),
        "forecast": make_forecast_tab(context),
    }
    for name, tab in tabs.items():
        tab.show()
        for width, height in SIZES:
            tab.resize(width, height)
            _settle(app, context)
            tab.grab().save(str(out / f"{name}-{width}x{height}.png"))
        if docs:
            shutil.copyfile(out / f"{name}-1600x1000.png", Path("docs") / f"{name}.png")
        if isinstance(tab, PipelineTab):  # the board too (not copied to docs/)
            tab.show_board(True)
            for width, height in SIZES:
                tab.resize(width, height)
                _settle(app, context)
                tab.grab().save(str(out / f"pipeline-board-{width}x{height}.png"))
        tab.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--docs" in sys.argv[2:])
