"""A "by" drop-down filtering a list by team member: everybody, or one person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.lazy_services import lazy_service
from desktop_crm.ui.users.names import person_name

if TYPE_CHECKING:  # imported on the database thread when run (ui/common/lazy_services.py)
    from desktop_crm.services.activities.agenda import UserChoice, list_users
else:
    _service = lazy_service("desktop_crm.services.activities.agenda")
    list_users = _service.list_users


class UserFilterCombo(QComboBox):
    """ "All users" then each active person by name; ``user_ids()`` is the filter to apply.

    The people are read once in the background; the choice stays "All users" until then.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userFilter")
        # Narrow in a crowded filter bar: the search box beside it keeps its room.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setToolTip(self.tr("Show only what this person did"))
        self.addItem(self.tr("All users"), None)
        context.ops.read(list_users, on_done=self._on_users_loaded)

    def _on_users_loaded(self, users: list[UserChoice]) -> None:
        self.blockSignals(True)
        for user in users:
            self.addItem(person_name(user.display_name), user.id)
        self.blockSignals(False)

    def user_ids(self) -> tuple[int, ...]:
        value = self.currentData()
        return (int(value),) if value is not None else ()
