"""The series running on one contact, as progress bars (the contact card's Activities tab).

Apart from the series dialogs (``series_dialogs.py``): the card is built right after the
list's first rows, before SQLAlchemy loads; its service is imported when its read runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from desktop_crm.domain.changes import Changes
from desktop_crm.ui.activities.feedback import while_alive
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import empty
from desktop_crm.ui.common.lazy_services import lazy_service

if TYPE_CHECKING:  # imported on the database thread when run (ui/common/lazy_services.py)
    from desktop_crm.services.activities.series import SeriesProgress, progress_for_contact
else:
    progress_for_contact = lazy_service(
        "desktop_crm.services.activities.series"
    ).progress_for_contact


class SeriesProgressWidget(QWidget):
    """The series running on one contact, as bars with the next step (for the contact card).

    Read through the operation runner, and read again when a change notice touches the
    contact's activities or series runs.

    Signals: ``loaded(count)`` each time the bars show what is stored (the card hides its
    box when the count is 0).
    """

    loaded = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._count = 0
        self._contact_id: int | None = None
        self._key = f"series-progress-{id(self)}"
        context.ops.changed.connect(self._on_ops_changed)

    def count(self) -> int:
        """How many series runs are shown (the card hides the box when none)."""
        return self._count

    def set_contact(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        if contact_id is None:
            # Supersede a read still on its way for the previous contact.
            self.context.ops.read(_no_runs, key=self._key, on_done=while_alive(self, self._show))
            return
        self.context.ops.read(
            progress_for_contact,
            contact_id,
            key=self._key,
            on_done=while_alive(self, self._show),
        )

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if self._contact_id is None:
            return
        if changes.touches("series_run", "activity_series", "series_step") or (
            changes.touches("activity") and changes.touches_contact(self._contact_id)
        ):
            self.set_contact(self._contact_id)

    def _show(self, runs: list[SeriesProgress]) -> None:
        empty(self._layout)
        self._count = len(runs)
        for run in runs:
            bar = QProgressBar(self)
            bar.setRange(0, max(1, run.total))
            # Skipped steps (past when the series started, or a refused channel) are no
            # longer ahead: the bar counts them, the text says how many.
            bar.setValue(run.done + run.skipped)
            next_text = (
                self.tr("next: %1 %2")
                .replace("%1", f"{run.next_start:%d/%m}")
                .replace("%2", run.next_regarding or "")
                if run.next_start
                else self.tr("finished")
            )
            skipped = " · " + self.tr("%n skipped", "", run.skipped) if run.skipped else ""
            bar.setFormat(f"{run.series_name} — {run.done}/{run.total}{skipped} · {next_text}")
            self._layout.addWidget(bar)
        self.loaded.emit(self._count)


def _no_runs(_uow: object) -> list[SeriesProgress]:
    return []
