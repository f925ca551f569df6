"""The Campaigns view: every campaign with its key figures, the selected campaign's ROI
dashboard (figures and funnel) and the campaigns compared side by side; the campaign card,
the referral report and the export of the dashboard (XLSX or PDF)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.campaigns import CampaignFigures
from desktop_crm.domain.changes import Changes
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.reports import ReportParams
from desktop_crm.services.campaigns.figures import CampaignOverview, CampaignRow, campaign_overview
from desktop_crm.services.campaigns.records import add_group_targets, delete_campaign
from desktop_crm.services.reports.output import write_report
from desktop_crm.ui.campaigns.card import CampaignDialog, channel_label, status_label
from desktop_crm.ui.campaigns.charts import ComparisonChart, FunnelChart
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.common.simple_table import RowsModel
from desktop_crm.ui.common.titles import ElidingTitle
from desktop_crm.ui.common.view import ViewWidget
from desktop_crm.ui.opportunities.texts import date_text, money_text

RELOAD_KINDS = (
    "campaign",
    "campaign_cost",
    "campaign_member",
    "opportunity",
    "opportunity_line",
    "sale",
    "history",
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Campaigns", text)


def percent_text(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(float(value * 100), "f", 1) + "\u00a0%"


def reason_text(code: str | None) -> str:
    return {
        "no_sends": _t("nothing sent yet"),
        "no_responses": _t("no response yet"),
        "no_cost": _t("no cost recorded"),
        "no_sales": _t("no sale yet"),
        "negative_margin": _t("the sales lose money: break-even cannot be reached"),
        "amounts_hidden": _t("hidden for your role"),
    }.get(code or "", "")


def cash_text(value: Decimal | None) -> str:
    """An amount, or a dash when there is none to show (hidden from the role)."""
    return "—" if value is None else money_text(value)


def report_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class CampaignsView(ViewWidget):
    """The list of campaigns above, the dashboard of the selected one below."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.overview: CampaignOverview | None = None
        self.rows: list[CampaignRow] = []
        self._selected_id: int | None = None
        self._key = f"campaigns-{id(self)}"

        title = QLabel(self.tr("Campaigns"), self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold")
        new = QPushButton(self.tr("&New campaign…"), self)
        new.clicked.connect(lambda: self.new_record())
        self.edit_button = QPushButton(self.tr("&Open the card…"), self)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.targets_button = QPushButton(self.tr("Add the group's &targets"), self)
        self.targets_button.setToolTip(
            self.tr("Add the target group's current members who are not targets yet")
        )
        self.targets_button.clicked.connect(self._on_targets_clicked)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        referrals = QPushButton(self.tr("&Referral report…"), self)
        referrals.clicked.connect(self._on_referrals_clicked)
        # A push button: its menu's arrow stands beside the text (over it on a tool button).
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        menu = QMenu(self.export_button)
        self.xlsx_this = menu.addAction(self.tr("This campaign as a spreadsheet (XLSX)…"))
        self.pdf_this = menu.addAction(self.tr("This campaign as PDF…"))
        menu.addSeparator()
        self.xlsx_all = menu.addAction(self.tr("All campaigns compared (XLSX)…"))
        self.pdf_all = menu.addAction(self.tr("All campaigns compared (PDF)…"))
        self.xlsx_this.triggered.connect(lambda: self.export("xlsx", True))
        self.pdf_this.triggered.connect(lambda: self.export("pdf", True))
        self.xlsx_all.triggered.connect(lambda: self.export("xlsx", False))
        self.pdf_all.triggered.connect(lambda: self.export("pdf", False))
        self.export_button.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(12)
        for widget in (new, self.edit_button, self.targets_button, self.delete_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(referrals)
        bar.addWidget(self.export_button)

        self.headers = [
            self.tr("Campaign"),
            self.tr("Channel"),
            self.tr("Status"),
            self.tr("Start"),
            self.tr("Targets"),
            self.tr("Responses"),
            self.tr("Rate"),
            self.tr("Meetings"),
            self.tr("Won"),
            self.tr("Revenue"),
            self.tr("Margin"),
            self.tr("Cost"),
            self.tr("ROI"),
            self.tr("Break-even"),
        ]
        self.model = FiguresModel(self.headers, 4, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.doubleClicked.connect(lambda _i: self._on_edit_clicked())
        self.total_label = QLabel(self)

        self.figure_title = ElidingTitle(self)  # a long campaign name must not squeeze the charts
        self.figure_title.setStyleSheet("font-weight: bold; font-size: 11pt")
        self.figure_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        entries = (
            ("targets", self.tr("Targets")),
            ("sent", self.tr("Sent")),
            ("responses", self.tr("Responses")),
            ("response_rate", self.tr("Response rate")),
            ("meetings", self.tr("Meetings")),
            ("opportunities", self.tr("Opportunities")),
            ("won", self.tr("Won")),
            ("revenue", self.tr("Revenue")),
            ("margin", self.tr("Margin")),
            ("cost", self.tr("Total cost")),
            ("cost_per_response", self.tr("Cost per response")),
            ("cost_per_sale", self.tr("Cost per sale")),
            ("roi", self.tr("ROI")),
            ("breakeven", self.tr("Break-even (sales)")),
        )
        for index, (key, label) in enumerate(entries):
            row, column = index % 7, (index // 7) * 2
            name = QLabel(label + " :" if report_language() == "fr" else label + ":", self)
            value = QLabel("—", self)
            value.setObjectName(f"figure_{key}")
            value.setStyleSheet("font-weight: bold")
            grid.addWidget(name, row, column)
            grid.addWidget(value, row, column + 1)
            self.figure_labels[key] = value
        self.funnel = FunnelChart(self)
        figures_box = QWidget(self)
        figures_layout = QVBoxLayout(figures_box)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addWidget(self.figure_title)
        nest(figures_layout, grid)
        figures_layout.addWidget(self.funnel, 1)

        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Cost, revenue and margin"), "money")
        self.mode.addItem(self.tr("Return on investment (ROI)"), "roi")
        self.mode.currentIndexChanged.connect(lambda _i: self._draw_comparison())
        self.comparison = ComparisonChart(self)
        self.comparison.campaign_clicked.connect(self.select_campaign)
        compare_box = QWidget(self)
        compare_layout = QVBoxLayout(compare_box)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        compare_bar = QHBoxLayout()
        compare_bar.addWidget(QLabel(self.tr("Campaigns side by side:"), self))
        compare_bar.addWidget(self.mode)
        compare_bar.addStretch(1)
        nest(compare_layout, compare_bar)
        compare_layout.addWidget(self.comparison, 1)

        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(figures_box)
        bottom.addWidget(compare_box)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.total_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        nest(layout, bar)
        layout.addWidget(splitter, 1)
        context.ops.changed.connect(self._on_ops_changed)
        self._update_buttons()

    # -- ViewWidget ----------------------------------------------------------------------------
    def start(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.context.ops.read(
            campaign_overview, on_done=self._on_overview, on_error=self._on_refused, key=self._key
        )

    def _on_refused(self, exc: BaseException) -> None:
        """A role that may not see amounts (Restricted): the sentence in the view, no pop-up
        on every refresh."""
        if not isinstance(exc, DomainError):
            self.context.ops.show_error(exc, self)
            return
        self.total_label.setText(error_message(exc))

    def new_record(self) -> bool:
        saved = CampaignDialog.edit(self.context, None, self)
        if saved is not None:
            self._selected_id = saved
        return True

    def status(self) -> tuple[str, int] | None:
        return ("", len(self.rows))

    # -- data ----------------------------------------------------------------------------------
    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if any(changes.touches(kind) for kind in RELOAD_KINDS):
            self.refresh()

    def _on_overview(self, overview: CampaignOverview) -> None:
        self.overview = overview
        self.rows = list(overview.rows)
        keep = self._selected_id
        self.model.set_rows(
            [self._cells(r.name, r, r.figures) for r in self.rows], [r.id for r in self.rows]
        )
        t = overview.total
        self.total_label.setText(
            self.tr(
                "All campaigns: %1 targets, %2 responses (%3), %4 won, revenue %5, cost %6, ROI %7"
            )
            .replace("%1", QLocale().toString(t.targets))
            .replace("%2", QLocale().toString(t.responses))
            .replace("%3", percent_text(t.response_rate))
            .replace("%4", QLocale().toString(t.won))
            .replace("%5", cash_text(t.revenue))
            .replace("%6", money_text(t.cost))
            .replace("%7", percent_text(t.roi))
        )
        ids = [r.id for r in self.rows]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        if row >= 0:
            self.table.selectRow(row)
            self._show_row(self.rows[row])
        else:
            self._show_row(None)
        self._draw_comparison()
        self.status_changed.emit("", len(self.rows))

    def _cells(self, name: str, r: CampaignRow, f: CampaignFigures) -> list[str]:
        return [
            name,
            channel_label(r.channel),
            status_label(r.status),
            date_text(r.start_date),
            QLocale().toString(f.targets),
            QLocale().toString(f.responses),
            percent_text(f.response_rate),
            QLocale().toString(f.meetings),
            QLocale().toString(f.won),
            cash_text(f.revenue),
            cash_text(f.margin),
            money_text(f.cost),
            percent_text(f.roi),
            "—" if f.breakeven is None else QLocale().toString(f.breakeven),
        ]

    def _draw_comparison(self) -> None:
        self.comparison.set_rows(self.rows, str(self.mode.currentData()))

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        self._show_row(self.rows[row] if 0 <= row < len(self.rows) else None)

    def select_campaign(self, campaign_id: int) -> None:
        ids = [r.id for r in self.rows]
        if campaign_id in ids:
            self.table.selectRow(ids.index(campaign_id))
        else:  # rows not loaded yet (the view was just built): select it when they come
            self._selected_id = campaign_id

    def _show_row(self, row: CampaignRow | None) -> None:
        self._selected_id = row.id if row else None
        self._update_buttons()
        if row is None:
            self.figure_title.setText(self.tr("No campaign yet: create one with “New campaign…”."))
            for label in self.figure_labels.values():
                label.setText("—")
            self.funnel.set_figures("", None)
            return
        f = row.figures
        self.figure_title.setText(row.name)
        texts = {
            "targets": QLocale().toString(f.targets),
            "sent": QLocale().toString(f.sent),
            "responses": QLocale().toString(f.responses),
            "response_rate": percent_text(f.response_rate),
            "meetings": QLocale().toString(f.meetings),
            "opportunities": QLocale().toString(f.opportunities),
            "won": QLocale().toString(f.won),
            "revenue": cash_text(f.revenue),
            "margin": cash_text(f.margin),
            "cost": money_text(f.cost),
            "cost_per_response": "—"
            if f.cost_per_response is None
            else money_text(f.cost_per_response),
            "cost_per_sale": "—" if f.cost_per_sale is None else money_text(f.cost_per_sale),
            "roi": percent_text(f.roi),
            "breakeven": "—" if f.breakeven is None else QLocale().toString(f.breakeven),
        }
        for key, label in self.figure_labels.items():
            label.setText(texts[key])
            reason = reason_text(f.reasons.get(key))
            label.setToolTip(reason)
            if reason and f.reasons.get(key) != "amounts_hidden":  # that one: the tool tip
                label.setText(texts[key] + " (" + reason + ")")
        colour = "#2e7d32" if (f.roi or 0) >= 0 else "#c62828"
        self.figure_labels["roi"].setStyleSheet(f"font-weight: bold; color: {colour}")
        self.funnel.set_figures(self.tr("From targets to sales"), f)

    def _update_buttons(self) -> None:
        chosen = self._selected_id is not None
        for widget in (self.edit_button, self.delete_button, self.targets_button):
            widget.setEnabled(chosen)
        self.xlsx_this.setEnabled(chosen)
        self.pdf_this.setEnabled(chosen)

    def _current(self) -> CampaignRow | None:
        return next((r for r in self.rows if r.id == self._selected_id), None)

    # -- actions -------------------------------------------------------------------------------
    def _on_edit_clicked(self) -> None:
        if self._selected_id is not None:
            CampaignDialog.edit(self.context, self._selected_id, self)

    def _on_targets_clicked(self) -> None:
        row = self._current()
        if row is None:
            return
        self.context.ops.run(
            add_group_targets,
            row.id,
            on_done=lambda n: self.message.emit(
                self.tr("Targets added: %1").replace("%1", QLocale().toString(int(n)))
            ),
            on_error=lambda exc: QMessageBox.warning(
                self, self.tr("Campaigns"), error_message(exc)
            ),
        )

    def _on_delete_clicked(self) -> None:
        row = self._current()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the campaign"),
            self.tr(
                "Delete the campaign “%1”, its costs and its target list? History entries, "
                "opportunities and sales stay, without their campaign."
            ).replace("%1", row.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._selected_id = None
            self.context.ops.run(delete_campaign, row.id)

    def _on_referrals_clicked(self) -> None:
        from desktop_crm.ui.campaigns.referrals import ReferralDialog

        ReferralDialog.show_report(self.context, self)

    def export(self, kind: str, this_campaign: bool, path: str | None = None) -> None:
        """Export the selected campaign's report, or all campaigns compared, as XLSX or PDF."""
        row = self._current() if this_campaign else None
        if this_campaign and row is None:
            return
        base = (row.name if row else self.tr("campaigns")).replace("/", "-")
        if path is None:
            filters = (
                self.tr("Excel workbook (*.xlsx)")
                if kind == "xlsx"
                else self.tr("PDF file (*.pdf)")
            )
            path, _chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export"), f"{base}.{kind}", filters
            )
        if not path:
            return
        params = ReportParams(language=report_language(), campaign=f"#{row.id}" if row else None)
        target = path
        self.context.ops.read(
            write_report,
            "campaigns",
            params,
            kind,
            target,
            on_done=lambda written: self.message.emit(
                self.tr("Exported to %1").replace("%1", written.path)
            ),
            on_error=lambda exc: QMessageBox.warning(self, self.tr("Export"), error_message(exc)),
        )


class FiguresModel(RowsModel):
    """Rows of figures: the columns from ``first_number`` on are right-aligned."""

    def __init__(self, headers: list[str], first_number: int, parent: QWidget) -> None:
        super().__init__(headers, parent)
        self.first_number = first_number

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.first_number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
