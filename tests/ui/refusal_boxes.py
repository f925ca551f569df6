"""Read the message box a refusal opens, then close it (no dialog is left waiting)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot


def box_after(qtbot: QtBot, owner: QObject, action: Callable[[], None]) -> tuple[str, str]:
    """(title, text) of the first message box opened after ``action``; the box is closed."""
    seen: list[tuple[str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not seen:
            seen.append((box.windowTitle(), box.text()))
            box.accept()

    poll = QTimer(owner)
    poll.setInterval(20)
    poll.timeout.connect(answer)
    poll.start()
    try:
        action()
        qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    finally:
        poll.stop()
    return seen[0]
