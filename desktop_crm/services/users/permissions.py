"""What the current team member may do: the roles table of ``domain/roles.py`` applied.

On SQLite the one person using the file is its administrator; on a team database
(PostgreSQL after ``team setup``) the role is the session's app user's, and the server
enforces the same rules underneath (``storage/team.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desktop_crm.domain.roles import (
    FIELD_SECURITY,
    Access,
    Permission,
    Role,
    check,
    hidden_fields,
    read_only_fields,
)
from desktop_crm.storage.uow import UnitOfWork


def current_role(uow: UnitOfWork) -> Role:
    uow.db.resolve_team()  # PostgreSQL: the session's team member (SQLite: administrator)
    try:
        return Role(uow.db.role)
    except ValueError:
        return Role.STANDARD


def require(uow: UnitOfWork, permission: Permission) -> None:
    """Raise ``PermissionDenied`` naming the role when the user may not do ``permission``."""
    check(current_role(uow), permission)


def may(uow: UnitOfWork, permission: Permission) -> bool:
    from desktop_crm.domain.roles import allowed

    return allowed(current_role(uow), permission)


def hidden(uow: UnitOfWork, table: str) -> frozenset[str]:
    return hidden_fields(current_role(uow), table)


def read_only(uow: UnitOfWork, table: str) -> frozenset[str]:
    return read_only_fields(current_role(uow), table)


def mask(uow: UnitOfWork, table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with the fields hidden from the user's role emptied (None)."""
    secret = hidden(uow, table)
    return {k: (None if k in secret else v) for k, v in values.items()}


def refuse_read_only(uow: UnitOfWork, table: str, changes: Iterable[str]) -> None:
    """Refuse changes to fields the role may only read, naming them and the role."""
    from desktop_crm.domain.roles import read_only_refusal

    locked = sorted(set(changes) & read_only(uow, table))
    if locked:
        raise read_only_refusal(current_role(uow), [_field_label(table, n) for n in locked])


def _field_label(table: str, column: str) -> str:
    """The field's card label in the user's language (its column name if it has none)."""
    from desktop_crm.domain.fields import field
    from desktop_crm.domain.wording import say

    try:
        label = field(column, "company" if table == "company" else "contact").label
    except KeyError:
        return column
    return say("ContactCard", label)


def field_rules(uow: UnitOfWork, table: str) -> dict[str, Access]:
    """The fields of ``table`` the user may only read or may not see (screens grey out or
    leave out these; the services and, on PostgreSQL, the server refuse them anyway)."""
    role = current_role(uow)
    return {
        column: rules[role]
        for (tbl, column), rules in FIELD_SECURITY.items()
        if tbl == table and role in rules
    }
