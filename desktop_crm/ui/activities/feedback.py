"""How the activity widgets tell the user that an operation failed, and what they redo then."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from desktop_crm.domain.errors import DomainError
from desktop_crm.ui.common.context import AppContext


def warn_on_error(
    context: AppContext,
    parent: QWidget | None,
    title: str,
    after: Callable[[], None] | None = None,
) -> Callable[[BaseException], None]:
    """An ``on_error`` for operations: a rule's message in a box titled ``title``.

    Faults that are not a rule of ours go to the runner's own message. ``after`` runs in
    both cases (reload what the failed action may have left stale).
    """

    def failed(exc: BaseException) -> None:
        owner = parent if parent is None or isValid(parent) else None
        if isinstance(exc, DomainError):
            QMessageBox.warning(owner, title, exc.message)
        else:
            context.ops.show_error(exc, owner)
        if after is not None and owner is parent:
            after()

    return failed


def while_alive(owner: QObject, callback: Callable[..., Any]) -> Callable[..., None]:
    """``callback``, skipped once ``owner`` is gone (an answer arriving after its window closed)."""

    def call(*args: Any) -> None:
        if isValid(owner):
            callback(*args)

    return call
