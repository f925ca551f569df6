"""Team-wide settings kept in the ``app_setting`` table (key -> text): one way to write one."""

from __future__ import annotations

from desktop_crm.storage.models import AppSetting
from desktop_crm.storage.uow import UnitOfWork


def store_setting(uow: UnitOfWork, key: str, value: str) -> None:
    """Set ``key`` to ``value`` (added the first time), flushed with the unit of work."""
    row = uow.session.get(AppSetting, key)
    if row is None:
        uow.session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
    uow.session.flush()
