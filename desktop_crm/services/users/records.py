"""Per-record team settings: the record manager and the private flag."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop_crm.domain.errors import DomainError, NotFoundError
from desktop_crm.domain.roles import MANAGED_TABLES, PRIVATE_TABLES, Permission
from desktop_crm.domain.wording import TEAM, say
from desktop_crm.services.users.accounts import find_user
from desktop_crm.services.users.permissions import may
from desktop_crm.storage.models import Activity, Company, Contact, Group, History, Note, Opportunity
from desktop_crm.storage.uow import UnitOfWork

MODELS: dict[str, Any] = {
    "contact": Contact,
    "company": Company,
    "contact_group": Group,
    "opportunity": Opportunity,
    "activity": Activity,
    "note": Note,
    "history": History,
}


def _table_word(table: str) -> str:
    """The kind of record in a sentence ("contact", "opportunity"), in the user's language."""
    words = {
        "contact": say(TEAM, "contact"),
        "company": say(TEAM, "company"),
        "contact_group": say(TEAM, "contact group"),
        "opportunity": say(TEAM, "opportunity"),
        "activity": say(TEAM, "activity"),
        "note": say(TEAM, "note"),
        "history": say(TEAM, "history"),
    }
    return words.get(table, table.replace("_", " "))


def _load(uow: UnitOfWork, table: str, record_id: int) -> Any:
    model = MODELS.get(table)
    if model is None:
        raise DomainError(
            say(TEAM, "'{table}' records have no manager nor private flag.").format(table=table),
            code="invalid",
        )
    row = uow.session.get(model, record_id)
    if row is None:
        raise NotFoundError(_not_visible(table).format(table=_table_word(table), id=record_id))
    return row


def _not_visible(table: str) -> str:
    """ "There is no contact #{id} you can see.": one template per kind (French genders)."""
    templates = {
        "contact": say(TEAM, "There is no contact #{id} you can see."),
        "company": say(TEAM, "There is no company #{id} you can see."),
        "contact_group": say(TEAM, "There is no contact group #{id} you can see."),
        "opportunity": say(TEAM, "There is no opportunity #{id} you can see."),
        "activity": say(TEAM, "There is no activity #{id} you can see."),
        "note": say(TEAM, "There is no note #{id} you can see."),
        "history": say(TEAM, "There is no history #{id} you can see."),
    }
    return templates.get(table) or say(TEAM, "There is no {table} #{id} you can see.")


def set_private(uow: UnitOfWork, table: str, record_id: int, private: bool) -> bool:
    """Make a record private (seen by its manager only) or public again.

    Only the record's manager may change it: a private record of someone else could not be
    seen afterwards, and a colleague's private record is not visible anyway.
    """
    if table not in PRIVATE_TABLES:
        raise DomainError(
            say(TEAM, "'{table}' records cannot be private.").format(table=table), code="invalid"
        )
    row = _load(uow, table, record_id)
    owner_column = PRIVATE_TABLES[table]
    owner = getattr(row, owner_column)
    me = uow.user_id
    if owner is None:
        setattr(row, owner_column, me)
    elif uow.db.team and me is not None and owner != me:
        raise DomainError(
            say(
                "Refusals",
                "Only the record's manager can make it private or public: ask them, or an "
                "administrator to give you the record first.",
            ),
            code="forbidden",
        )
    row.private = bool(private)
    uow.session.flush()
    return bool(row.private)


def set_manager(uow: UnitOfWork, table: str, record_id: int, login: str) -> int:
    """Give one record to another team member (administrators, or its current manager)."""
    if table not in MANAGED_TABLES:
        raise DomainError(
            say(TEAM, "'{table}' records have no record manager.").format(table=table),
            code="invalid",
        )
    row = _load(uow, table, record_id)
    column = MANAGED_TABLES[table]
    target = find_user(uow, login)
    if getattr(row, column) not in (None, uow.user_id) and not may(uow, Permission.MANAGE_USERS):
        raise DomainError(
            say(
                "Refusals",
                "Only the record's manager or an administrator can give it to someone else.",
            ),
            code="forbidden",
        )
    setattr(row, column, target.id)
    uow.session.flush()
    return target.id


def manager_name(uow: UnitOfWork, table: str, record_id: int) -> str | None:
    from desktop_crm.storage.models import User

    column = MANAGED_TABLES.get(table) or PRIVATE_TABLES[table]
    model = MODELS[table]
    row = uow.session.execute(
        select(User.display_name, User.login)
        .join(model, getattr(model, column) == User.id)
        .where(model.id == record_id)
    ).first()
    if row is None:
        return None
    # A colleague who has not typed their name yet is known by their login (as in the
    # users dialog), never by a blank that the card would have to call "nobody".
    return (row.display_name or "").strip() or row.login


@dataclass(frozen=True)
class RecordPrivacy:
    """What the card shows under a record: its manager, whether it is private, and whether
    this user may change that (the manager; anybody on a single-user file)."""

    record_id: int
    manager_name: str | None
    private: bool
    may_change: bool
    # Fields this user's role may not change / may not see (the form disables them).
    read_only: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()


def record_privacy(uow: UnitOfWork, table: str, record_id: int) -> RecordPrivacy | None:
    """None when the record is gone (or is someone else's private record)."""
    model = MODELS[table]
    row = uow.session.get(model, record_id)
    if row is None:
        return None
    column = MANAGED_TABLES.get(table) or PRIVATE_TABLES[table]
    owner = getattr(row, column)
    may_change = not uow.db.team or owner is None or owner == uow.user_id
    from desktop_crm.services.users.permissions import hidden, read_only

    return RecordPrivacy(
        record_id,
        manager_name(uow, table, record_id) if owner is not None else None,
        bool(getattr(row, "private", False)),
        may_change,
        tuple(sorted(read_only(uow, table))),
        tuple(sorted(hidden(uow, table))),
    )
