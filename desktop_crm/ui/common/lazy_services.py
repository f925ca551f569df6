"""Service modules the GUI names without importing them (nor SQLAlchemy with them).

The contact card is built right after the list's first painted rows, while the rest of the
database opening (SQLAlchemy, the models) waits: importing its services on the GUI thread
would load SQLAlchemy there first. A module imported as::

    if TYPE_CHECKING:
        from desktop_crm.services.contacts import records as contacts
    else:
        contacts = lazy_service("desktop_crm.services.contacts.records")

hands out its functions as ``imported_when_run`` wrappers: the module is imported when an
operation runs them, on the database thread. Only functions given to the operation runner
go through it; a class or a constant is imported where it is used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop_crm.ui.common.operations import imported_when_run


class _LazyService:
    def __init__(self, module: str) -> None:
        self._module = module
        self._functions: dict[str, Callable[..., Any]] = {}

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("__"):
            raise AttributeError(name)
        if name not in self._functions:
            self._functions[name] = imported_when_run(self._module, name)
        return self._functions[name]


def lazy_service(module: str) -> Any:
    """``module``'s functions, each imported when the operation runner runs it."""
    return _LazyService(module)
