"""The Opportunities view: the list, the pipeline (funnel) and the forecast in tabs.

The two chart tabs come from ``ui/opportunities/charts.py`` when it is there
(``make_pipeline_tab(context, open_list)`` and ``make_forecast_tab(context)``); the funnel's
click-through calls ``open_list(filter)``, which shows the List tab with that filter.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_crm.domain.opportunities import OpportunityFilter
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.view import ViewWidget
from desktop_crm.ui.opportunities.list_view import OpportunityList

HEADER_KEY = "opportunities/list_header"


class OpportunitiesView(ViewWidget):
    """Tabs "List", "Pipeline", "Forecast" over the opportunities."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = OpportunityList(context, self)
        self.list.status_changed.connect(self.status_changed)
        self.list.contact_open_requested.connect(self.contact_open_requested)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("opportunityTabs")
        self.tabs.addTab(self.list, self.tr("List"))
        self.pipeline_tab = self._pipeline_tab()
        self.forecast_tab = self._forecast_tab()
        self.tabs.addTab(self.pipeline_tab, self.tr("Pipeline"))
        self.tabs.addTab(self.forecast_tab, self.tr("Forecast"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _coming(self) -> QWidget:
        label = QLabel(self.tr("Coming in a next version."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _pipeline_tab(self) -> QWidget:
        try:
            from desktop_crm.ui.opportunities.charts import (  # type: ignore[import-not-found,unused-ignore]
                make_pipeline_tab,
            )
        except ImportError:
            return self._coming()
        return make_pipeline_tab(self.context, self.open_list)  # type: ignore[no-any-return,unused-ignore]

    def _forecast_tab(self) -> QWidget:
        try:
            from desktop_crm.ui.opportunities.charts import (  # type: ignore[import-not-found,unused-ignore]
                make_forecast_tab,
            )
        except ImportError:
            return self._coming()
        return make_forecast_tab(self.context)  # type: ignore[no-any-return,unused-ignore]

    def open_list(self, flt: OpportunityFilter) -> None:
        """Show the List tab with ``flt`` applied (the funnel's click-through)."""
        self.tabs.setCurrentWidget(self.list)
        self.list.set_filter(flt)

    # -- ViewWidget ---------------------------------------------------------------------
    def start(self) -> None:
        state = self.context.settings.value(HEADER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.list.table.horizontalHeader().restoreState(state)
        self.list.start()

    def save_layout(self) -> None:
        self.context.settings.setValue(HEADER_KEY, self.list.table.horizontalHeader().saveState())

    def refresh(self) -> None:
        self.list.load_choices()
        self.list.reload()

    def focus_lookup(self) -> bool:
        self.tabs.setCurrentWidget(self.list)
        self.list.text.setFocus()
        return True

    def new_record(self) -> bool:
        self.list.new_opportunity()
        return True

    def status(self) -> tuple[str, int] | None:
        totals = self.list.shown_totals
        return (self.list.filter.text or "", totals.count) if totals is not None else None
