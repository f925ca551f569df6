"""The daily check that starts automatic series (opportunity won, contract end), off-thread.

What a check started is never silent: a notice lists each series started, for whom, with
the steps planned and the steps skipped (past, or a channel the contact refuses), and opens
the contact on a double click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.services.activities.batch import check_triggers
from desktop_crm.services.activities.series import StartedRun, TriggerReport
from desktop_crm.ui.activities.feedback import while_alive
from desktop_crm.ui.common.context import AppContext

# On start, then every few hours while the application runs.
CHECK_EVERY_MS = 3 * 60 * 60 * 1000


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SeriesStartedNotice", text, None, n)


def run_line(run: StartedRun) -> str:
    """ "Marie Dupont — Fidélisation après achat: 5 steps planned, 3 skipped"."""
    steps = _t("%n step(s) planned", run.planned)
    if run.skipped:
        steps += ", " + _t("%n skipped", run.skipped)
    return _t("{0} — {1}: {2}").format(run.contact_name, run.series_name, steps)


class SeriesStartedNotice(QDialog):
    """Non-modal: the series an automatic check started, one line per contact.

    Signals: ``contact_open_requested(contact_id)`` on a double click or "Open the contact".
    """

    contact_open_requested = Signal(int)

    def __init__(self, report: TriggerReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Activity series started"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = _t("%n automatic series started.", report.total)
        if report.skipped_steps:
            text += " " + _t(
                "%n step(s) recorded as skipped: their date had passed when the series "
                "started, or the contact refuses that channel (NPAI, do not mail, objection…).",
                report.skipped_steps,
            )
        self.summary = QLabel(text, self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        for run in report.started:
            item = QListWidgetItem(run_line(run))
            item.setData(Qt.ItemDataRole.UserRole, run.contact_id)
            self.list.addItem(item)
        if len(report.started) < report.total:
            more = QListWidgetItem(_t("… and %n more", report.total - len(report.started)))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(more)
        self.list.itemActivated.connect(self._on_list_item_activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(_t("&Open the contact"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self._on_open_clicked)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.resize(640, 320)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        if contact_id is not None:
            self.contact_open_requested.emit(int(contact_id))

    def _on_open_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._on_list_item_activated(item)


class TriggerScheduler(QObject):
    """Runs the series triggers through the runner on ``start()`` and every three hours.

    Signals: ``checked(report)`` after every run, with the runs created per series;
    ``contact_open_requested(contact_id)`` from the notice of what a run started.
    """

    checked = Signal(object)
    contact_open_requested = Signal(int)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_now)
        self._running = False
        self.notice: SeriesStartedNotice | None = None

    def start(self) -> None:
        self.run_now()
        self.timer.start()

    def run_now(self) -> None:
        if self._running:
            return
        self._running = True
        # A long operation (progress only if it lasts): the check may plan many activities.
        handle = self.context.ops.run_long(
            check_triggers,
            title=self.tr("Starting due activity series"),
            on_done=while_alive(self, self._on_done),
            on_error=while_alive(self, self._on_error),
        )
        handle.cancelled.connect(self._on_cancelled)

    def _on_done(self, report: TriggerReport) -> None:
        self._running = False
        if report.total:
            self._show_notice(report)
        self.checked.emit(report)

    def _show_notice(self, report: TriggerReport) -> None:
        parent = self.parent()
        if self.notice is not None:
            self.notice.close()
        notice = SeriesStartedNotice(report, parent if isinstance(parent, QWidget) else None)
        notice.contact_open_requested.connect(self.contact_open_requested)
        notice.destroyed.connect(self._on_notice_destroyed)
        self.notice = notice
        notice.show()

    def _on_notice_destroyed(self) -> None:
        self.notice = None

    def _on_cancelled(self) -> None:
        self._running = False  # the user stopped it: everything was rolled back

    def _on_error(self, _exc: BaseException) -> None:
        # A failed check (database busy) is retried at the next tick; nothing was written.
        self._running = False
