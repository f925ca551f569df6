"""Revenue hidden from a role: the one rule every service that shows money applies.

``domain/roles.FIELD_SECURITY`` hides the potential, opportunity amounts, product line
prices/amounts, sales amounts and margins from Restricted; on a team PostgreSQL database the
server refuses those columns to their logins (a query naming one fails with "permission
denied"). So a service that shows money asks here first:

- ``amounts_hidden(uow)``: whether the session's role may not see amounts;
- ``readable(uow, column)``: the column itself, or a typed NULL when the role may not read
  it (the query then never names the column, on either backend) — figures come back None;
- ``refuse_hidden_amounts(uow, what)``: for a screen made of amounts only (forecast, targeting
  analysis), a sentence naming the role (``PermissionDenied``-like code "forbidden"), that
  screens recognise (``is_amounts_refusal``) to show their own translated line instead of the chart;
- ``mask_amounts(uow, text)``: free text written by the program (history details such as
  "4 500,00 € · Raison : Prix") with its money amounts blanked for such a role.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import cast, null
from sqlalchemy.sql.elements import ColumnElement

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.wording import TEAM, say
from desktop_crm.services.users.permissions import current_role, hidden
from desktop_crm.storage.uow import UnitOfWork

AMOUNTS_HIDDEN = "amounts"  # DomainError.params["hidden"] of a refusal made of amounts only
MASK = "—"

# "4 500,00 €", "1 234.50 EUR", "€1,234.50", "12 000 $" (what format_money writes).
_MONEY = re.compile(
    r"(?:[€$£]\s?\d[\d\s\u00a0\u202f.,]*\d|\d(?:[\d\s\u00a0\u202f.,]*\d)?\s?"
    r"(?:€|EUR|USD|GBP|CHF|\$|£))"
)


def amounts_hidden(uow: UnitOfWork) -> bool:
    """Whether the session's role may not see amounts (Restricted on a team database)."""
    return "amount" in hidden(uow, "opportunity")


def readable(uow: UnitOfWork, column: Any) -> ColumnElement[Any]:
    """``column`` when the role may read it, else a NULL of the same type (never selected)."""
    table = getattr(getattr(column, "table", None), "name", None)
    name = getattr(column, "key", None) or getattr(column, "name", None)
    if table and name and name in hidden(uow, str(table)):
        return cast(null(), column.type)  # typed: sum(NULL) is ambiguous on PostgreSQL
    return column  # type: ignore[no-any-return]


def refuse_hidden_amounts(uow: UnitOfWork, what: str) -> None:
    """A sentence naming the role when it may not see amounts and ``what`` needs them."""
    if amounts_hidden(uow):
        role = current_role(uow)
        raise DomainError(
            say(
                TEAM,
                "Your role ({label}) does not see amounts, so it cannot {what}. Ask a "
                "colleague with a Standard role or above.",
            ).format(label=role.name_for_user, what=what),
            code="forbidden",
            hidden=AMOUNTS_HIDDEN,
        )


def mask_amounts(uow: UnitOfWork, text: str) -> str:
    """``text`` with its money amounts replaced by a dash when the role may not see them."""
    if not text or not amounts_hidden(uow):
        return text
    return _MONEY.sub(MASK, text)


def is_amounts_refusal(exc: BaseException) -> bool:
    """Whether ``exc`` is the refusal above (screens show their own translated line)."""
    return getattr(exc, "params", {}).get("hidden") == AMOUNTS_HIDDEN
