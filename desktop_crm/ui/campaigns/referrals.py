"""The referral report window ("Recommandé par"): referrers with how many they recommended,
how many became clients and the revenue they brought; who recommended whom; by source.
Double-click a line to open the contact; export as XLSX or PDF."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.reports import ReportParams
from desktop_crm.services.campaigns.referrals import ReferralReport, referral_report
from desktop_crm.services.reports.output import write_report
from desktop_crm.ui.campaigns.empty_notes import add_report_notes
from desktop_crm.ui.campaigns.view import FiguresModel
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.opportunities.texts import date_text, money_text


def _t(text: str) -> str:
    return QCoreApplication.translate("Referrals", text)


def _table(parent: QWidget, model: FiguresModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _cash(value: Decimal | None) -> str:
    """An amount, or a dash when the role may not see it."""
    return "—" if value is None else money_text(value)


class ReferralDialog(QDialog):
    """The referral report on screen. Signals: ``contact_open_requested(contact_id)``."""

    contact_open_requested = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: ReferralReport | None = None
        self.setWindowTitle(self.tr("Referral report"))
        self.resize(900, 560)
        self.summary = QLabel(self)
        self.referrers = FiguresModel(
            [
                self.tr("Referrer"),
                self.tr("Company"),
                self.tr("Referred"),
                self.tr("Became clients"),
                self.tr("Revenue"),
            ],
            2,
            self,
        )
        self.links = FiguresModel(
            [
                self.tr("Referrer"),
                self.tr("Referred contact"),
                self.tr("Company"),
                self.tr("Since"),
                self.tr("Client"),
                self.tr("Revenue"),
            ],
            5,
            self,
        )
        self.sources = FiguresModel(
            [
                self.tr("Source (Referred by)"),
                self.tr("Contacts"),
                self.tr("Clients"),
                self.tr("Revenue"),
            ],
            1,
            self,
        )
        self.tabs = QTabWidget(self)
        self.referrer_view = _table(self, self.referrers)
        self.link_view = _table(self, self.links)
        self.tabs.addTab(self.referrer_view, self.tr("Referrers"))
        self.tabs.addTab(self.link_view, self.tr("Who recommended whom"))
        self.source_view = _table(self, self.sources)
        self.tabs.addTab(self.source_view, self.tr("By source"))
        add_report_notes(self)
        self.referrer_view.doubleClicked.connect(
            lambda i: self._open(self.referrers.payload(i.row()))
        )
        self.link_view.doubleClicked.connect(lambda i: self._open(self.links.payload(i.row())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        xlsx = QPushButton(self.tr("Export &XLSX…"), self)
        pdf = QPushButton(self.tr("Export &PDF…"), self)
        xlsx.clicked.connect(lambda: self.export("xlsx"))
        pdf.clicked.connect(lambda: self.export("pdf"))
        buttons.addButton(xlsx, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(pdf, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        context.ops.read(referral_report, on_done=self._on_report)

    @classmethod
    def show_report(cls, context: AppContext, parent: QWidget | None = None) -> None:
        dialog = cls(context, parent)
        opener = getattr(parent.window(), "open_contact", None) if parent is not None else None
        if opener is not None:
            dialog.contact_open_requested.connect(opener)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _open(self, contact_id: object) -> None:
        if isinstance(contact_id, int):
            self.contact_open_requested.emit(contact_id)

    def _on_report(self, report: ReferralReport) -> None:
        self.report = report
        loc = QLocale()
        self.referrers.set_rows(
            [
                (
                    r.name,
                    r.company or "",
                    loc.toString(r.referred),
                    loc.toString(r.clients),
                    _cash(r.revenue),
                )
                for r in report.referrers
            ],
            [r.contact_id for r in report.referrers],
        )
        self.links.set_rows(
            [
                (
                    x.referrer,
                    x.referee,
                    x.referee_company or "",
                    date_text(x.since),
                    self.tr("yes") if x.client else self.tr("no"),
                    _cash(x.revenue),
                )
                for x in report.links
            ],
            [x.referee_id for x in report.links],
        )
        self.sources.set_rows(
            [
                (s.source, loc.toString(s.contacts), loc.toString(s.clients), _cash(s.revenue))
                for s in report.sources
            ]
        )
        clients = sum(1 for x in report.links if x.client)
        self.summary.setText(
            self.tr("%1 referrer(s) recommended %2 contact(s); %3 became clients.")
            .replace("%1", loc.toString(len(report.referrers)))
            .replace("%2", loc.toString(len(report.links)))
            .replace("%3", loc.toString(clients))
        )

    def export(self, kind: str, path: str | None = None) -> None:
        from desktop_crm.ui.campaigns.view import report_language

        if path is None:
            filters = (
                self.tr("Excel workbook (*.xlsx)")
                if kind == "xlsx"
                else self.tr("PDF file (*.pdf)")
            )
            path, _chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export"), f"{self.tr('referrals')}.{kind}", filters
            )
        if not path:
            return
        target = path
        self.context.ops.read(
            write_report,
            "referrals",
            ReportParams(language=report_language()),
            kind,
            target,
            on_error=lambda exc: QMessageBox.warning(self, self.tr("Export"), error_message(exc)),
        )
