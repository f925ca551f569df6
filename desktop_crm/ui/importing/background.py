"""Run one service call on the task runner while the wizard waits (the GUI stays live)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QWidget

from desktop_crm.domain.progress import TaskControl
from desktop_crm.ui.common.tasks import TaskRunner


def run_and_wait(
    runner: TaskRunner, fn: Callable[[TaskControl], Any], title: str, parent: QWidget | None
) -> Any:
    """Run ``fn`` off the GUI thread with the runner's progress dialog; return its result or
    raise its exception (``Cancelled`` when the user cancelled)."""
    from desktop_crm.domain.progress import Cancelled

    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    def cancelled() -> None:
        outcome["error"] = Cancelled()
        loop.quit()

    handle = runner.run(fn, title=title, parent_widget=parent)
    handle.done.connect(done)
    handle.failed.connect(failed)
    handle.cancelled.connect(cancelled)
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
