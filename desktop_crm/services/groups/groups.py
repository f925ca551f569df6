"""Groups: the tree, static members, saved queries, exclusions, companies and what was sent.

A group's members are computed when asked (never stored for a query): ((query result ∪
its subgroups' members when ``include_subgroups`` is set) − excluded) ∪ pinned. Deleting a
group deletes its subgroups with it (the tree's foreign key cascades, as a folder does);
the contacts always stay. Services take a unit of work, never commit and return plain values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from desktop_crm.domain import wording
from desktop_crm.domain.clock import Clock, SystemClock
from desktop_crm.domain.errors import (
    ConflictError,
    DomainError,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from desktop_crm.domain.query import QueryError, format_query, parse
from desktop_crm.domain.roles import Permission
from desktop_crm.domain.text import clean
from desktop_crm.domain.wording import GROUP, say
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.groups.query import (
    PreviewRow,
    _today,
    available_fields,
    fetch_ids,
    members_condition,
    preview_rows,
)
from desktop_crm.services.groups.references import (
    canonical_groups,
    group_path,
    group_references,
    refuse_group_deletion,
    rewrite_group_references,
)
from desktop_crm.services.users.audit import record_deletion
from desktop_crm.services.users.permissions import require
from desktop_crm.storage.models import Contact, Group, GroupCompany, GroupMember, History
from desktop_crm.storage.uow import UnitOfWork

_CHUNK = 900
PATH_SEPARATOR = "/"


@dataclass(frozen=True)
class GroupNode:
    """One group of the tree (parents come before their subgroups)."""

    id: int
    parent_id: int | None
    name: str
    path: str
    description: str | None
    query_text: str | None
    include_subgroups: bool
    pinned: int
    excluded: int
    companies: int
    version: int
    depth: int

    @property
    def is_dynamic(self) -> bool:
        return bool(self.query_text)


@dataclass(frozen=True)
class GroupRun:
    """One mailing or print run sent to a group: its type, day, subject and reach."""

    type: str
    day: dt.date
    regarding: str | None
    contacts: int


def _group(uow: UnitOfWork, group_id: int) -> Group:
    group = uow.session.get(Group, group_id)
    if group is None:
        raise NotFoundError(say(GROUP, "Group #{id} does not exist.").format(id=group_id))
    return group


def _counts(uow: UnitOfWork, table: Any, where: Any = None) -> dict[int, int]:
    query = select(table.group_id, func.count()).group_by(table.group_id)
    if where is not None:
        query = query.where(where)
    return {gid: int(n) for gid, n in uow.session.execute(query)}


def group_tree(uow: UnitOfWork) -> list[GroupNode]:
    """Every group, depth first, siblings by name (the groups view's tree)."""
    groups = list(uow.session.scalars(select(Group)))
    pinned = _counts(uow, GroupMember, GroupMember.excluded.is_(False))
    excluded = _counts(uow, GroupMember, GroupMember.excluded.is_(True))
    companies = _counts(uow, GroupCompany)
    children: dict[int | None, list[Group]] = {}
    for group in groups:
        children.setdefault(group.parent_id, []).append(group)
    out: list[GroupNode] = []

    def visit(parent: int | None, prefix: str, depth: int) -> None:
        for group in sorted(children.get(parent, []), key=lambda g: (g.name.casefold(), g.id)):
            path = prefix + group.name
            out.append(
                GroupNode(
                    group.id,
                    group.parent_id,
                    group.name,
                    path,
                    group.description,
                    group.query_text,
                    bool(group.include_subgroups),
                    pinned.get(group.id, 0),
                    excluded.get(group.id, 0),
                    companies.get(group.id, 0),
                    group.version,
                    depth,
                )
            )
            visit(group.id, path + PATH_SEPARATOR, depth + 1)

    visit(None, "", 0)
    return out


NAME_LENGTH = 120  # contact_group.name


def _clean_name(name: str) -> str:
    value = clean(name)
    if not value:
        needed = say(GROUP, "A group needs a name: give one.")
        raise ValidationError([FieldProblem("name", "required", needed)])
    if PATH_SEPARATOR in value:
        slash = say(
            GROUP, "A group name cannot hold '{separator}' (it separates a path's groups)."
        ).format(separator=PATH_SEPARATOR)
        raise ValidationError([FieldProblem("name", "slash", slash)])
    if len(value) > NAME_LENGTH:  # the column's size: PostgreSQL would refuse the write
        too_long = say(
            GROUP, "A group name is at most {length} characters (this one has {count})."
        ).format(length=NAME_LENGTH, count=wording.count(len(value)))
        raise ValidationError([FieldProblem("name", "too_long", too_long)])
    return value


def _check_query(uow: UnitOfWork, text: str | None) -> str | None:
    value = clean(text)
    if value is None:
        return None
    node = parse(value, available_fields(uow))
    return format_query(canonical_groups(uow, node))


def _check_unique(uow: UnitOfWork, parent_id: int | None, name: str, group_id: int = 0) -> None:
    clash = uow.session.scalar(
        select(Group.id).where(
            Group.parent_id.is_(None) if parent_id is None else Group.parent_id == parent_id,
            func.lower(Group.name) == name.lower(),
            Group.id != group_id,
        )
    )
    if clash is not None:
        there = say(GROUP, "A group named '{name}' is already there: choose another name.").format(
            name=name
        )
        raise ValidationError([FieldProblem("name", "duplicate", there)])


def create_group(
    uow: UnitOfWork,
    name: str,
    *,
    parent_id: int | None = None,
    query_text: str | None = None,
    description: str | None = None,
    include_subgroups: bool = False,
) -> GroupNode:
    """A new group (static without a query, dynamic with one); returns its tree node."""
    name = _clean_name(name)
    if parent_id is not None:
        _group(uow, parent_id)
    _check_unique(uow, parent_id, name)
    group = Group(
        name=name,
        parent_id=parent_id,
        query_text=_check_query(uow, query_text),
        description=clean(description),
        include_subgroups=include_subgroups,
        record_manager_id=uow.user_id,
    )
    uow.session.add(group)
    uow.session.flush()
    if group.query_text:
        _check_runs(uow, group.id)
    return group_node(uow, group.id)


def _check_runs(uow: UnitOfWork, group_id: int) -> None:
    """Refuse queries naming missing groups or including the group itself."""
    members_condition(uow, group_id, SystemClock().now().date())


def group_node(uow: UnitOfWork, group_id: int) -> GroupNode:
    _group(uow, group_id)
    for node in group_tree(uow):
        if node.id == group_id:
            return node
    raise NotFoundError(say(GROUP, "Group #{id} does not exist.").format(id=group_id))


_CHANGEABLE = {"name", "parent_id", "query_text", "description", "include_subgroups"}


def update_group(
    uow: UnitOfWork, group_id: int, expected_version: int, **changes: Any
) -> GroupNode:
    """Rename, move (never under itself), change the query, description or inclusion."""
    unknown = set(changes) - _CHANGEABLE
    if unknown:
        raise ValueError(f"Unknown group fields: {sorted(unknown)}")
    group = _group(uow, group_id)
    if group.version != expected_version:
        raise ConflictError("Group", group.id, group.name, their_version=group.version)
    name = _clean_name(changes["name"]) if "name" in changes else group.name
    parent_id = changes.get("parent_id", group.parent_id)
    if parent_id is not None:
        _group(uow, parent_id)
        ancestor: int | None = parent_id
        while ancestor is not None:
            if ancestor == group_id:
                raise ValidationError(
                    [FieldProblem("parent_id", "cycle", "A group cannot move under itself")]
                )
            ancestor = uow.session.scalar(select(Group.parent_id).where(Group.id == ancestor))
    _check_unique(uow, parent_id, name, group_id)
    references: dict[int, dict[str, int]] = {}
    if name != group.name or parent_id != group.parent_id:
        # The queries naming this group or its subgroups follow them to their new paths.
        references = group_references(uow, _subtree(uow, group_id))
    group.name = name
    group.parent_id = parent_id
    if "query_text" in changes:
        group.query_text = _check_query(uow, changes["query_text"])
    if "description" in changes:
        group.description = clean(changes["description"])
    if "include_subgroups" in changes:
        group.include_subgroups = bool(changes["include_subgroups"])
    uow.session.flush()
    if references:
        rewrite_group_references(uow, references)
    try:
        _check_runs(uow, group_id)
    except RecursionError:
        raise QueryError(say(GROUP, "The group includes itself")) from None
    return group_node(uow, group_id)


def _subtree(uow: UnitOfWork, group_id: int) -> list[int]:
    """A group and its subgroups, parents first."""
    ids = [group_id]
    index = 0
    while index < len(ids):
        ids.extend(uow.session.scalars(select(Group.id).where(Group.parent_id == ids[index])))
        index += 1
    return ids


def delete_group(uow: UnitOfWork, group_id: int) -> list[int]:
    """Delete a group and its subgroups (the contacts stay); returns the deleted ids.

    Refused (InUseError naming them) while other groups' queries name one of them."""
    require(uow, Permission.DELETE)
    _group(uow, group_id)
    ids = _subtree(uow, group_id)
    refuse_group_deletion(uow, ids)
    contacts: set[int] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        contacts.update(
            uow.session.scalars(
                select(GroupMember.contact_id).where(GroupMember.group_id.in_(chunk))
            )
        )
        uow.session.execute(delete(GroupMember).where(GroupMember.group_id.in_(chunk)))
        uow.session.execute(delete(GroupCompany).where(GroupCompany.group_id.in_(chunk)))
        uow.session.execute(
            update(History).where(History.group_id.in_(chunk)).values(group_id=None)
        )
    found = uow.session.execute(select(Group.id, Group.name).where(Group.id.in_(ids)))
    names = {int(gid): str(name) for gid, name in found}
    for gid in reversed(ids):
        record_deletion(uow, "contact_group", gid, names.get(gid))
        uow.session.execute(delete(Group).where(Group.id == gid))
    uow.note_changes("contact_group", "deleted", ids)
    uow.note_changes("group_member", "deleted", ids, contact_ids=contacts)
    return ids


def resolve_group_id(uow: UnitOfWork, name_or_path: str) -> int | None:
    """The id of a group named by its path ("Salons/Lyon 2026"), its unique name or "#12"."""
    text = name_or_path.strip()
    if text.startswith("#") and text[1:].isdigit():
        return uow.session.scalar(select(Group.id).where(Group.id == int(text[1:])))
    parts = [p.strip() for p in text.split(PATH_SEPARATOR) if p.strip()]
    if not parts:
        return None
    if len(parts) == 1:
        ids = list(
            uow.session.scalars(
                select(Group.id)
                .where(func.lower(Group.name) == parts[0].lower())
                .order_by(Group.parent_id.is_not(None), Group.id)
            )
        )
        return ids[0] if ids else None
    parent: int | None = None
    for part in parts:
        parent = uow.session.scalar(
            select(Group.id).where(
                Group.parent_id.is_(None) if parent is None else Group.parent_id == parent,
                func.lower(Group.name) == part.lower(),
            )
        )
        if parent is None:
            return None
    return parent


def find_group(uow: UnitOfWork, name_or_path: str) -> GroupNode:
    """A group by path, name or "#id"; NotFoundError naming it otherwise."""
    group_id = resolve_group_id(uow, name_or_path)
    if group_id is None:
        raise NotFoundError(say(GROUP, "No group named '{name}'.").format(name=name_or_path))
    return group_node(uow, group_id)


def _existing_contacts(uow: UnitOfWork, contact_ids: Iterable[int]) -> list[int]:
    ids = list(dict.fromkeys(int(i) for i in contact_ids))
    found: set[int] = set()
    for start in range(0, len(ids), _CHUNK):
        found.update(
            uow.session.scalars(
                select(Contact.id).where(Contact.id.in_(ids[start : start + _CHUNK]))
            )
        )
    return [i for i in ids if i in found]


def missing_contacts(uow: UnitOfWork, contact_ids: Iterable[int]) -> list[int]:
    """The numbers of ``contact_ids`` no contact has (typed by mistake, merged, deleted), in
    the order given: ``add_members``/``remove_members`` skip them, a caller may refuse them."""
    ids = list(dict.fromkeys(int(i) for i in contact_ids))
    found = set(_existing_contacts(uow, ids))
    return [i for i in ids if i not in found]


def _rows(uow: UnitOfWork, group_id: int, contact_ids: Sequence[int]) -> dict[int, bool]:
    out: dict[int, bool] = {}
    for start in range(0, len(contact_ids), _CHUNK):
        rows = uow.session.execute(
            select(GroupMember.contact_id, GroupMember.excluded).where(
                GroupMember.group_id == group_id,
                GroupMember.contact_id.in_(contact_ids[start : start + _CHUNK]),
            )
        )
        out.update((cid, bool(excluded)) for cid, excluded in rows)
    return out


def add_members(uow: UnitOfWork, group_id: int, contact_ids: Iterable[int]) -> int:
    """Pin contacts to a group (lifting an exclusion); returns how many were added."""
    _group(uow, group_id)
    ids = _existing_contacts(uow, contact_ids)
    rows = _rows(uow, group_id, ids)
    lifted = [cid for cid, excluded in rows.items() if excluded]
    new = [cid for cid in ids if cid not in rows]
    for start in range(0, len(lifted), _CHUNK):
        uow.session.execute(
            update(GroupMember)
            .where(
                GroupMember.group_id == group_id,
                GroupMember.contact_id.in_(lifted[start : start + _CHUNK]),
            )
            .values(excluded=False)
        )
    if new:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        uow.session.execute(
            insert(GroupMember),
            [
                {"group_id": group_id, "contact_id": cid, "added_at": now, "excluded": False}
                for cid in new
            ],
        )
    changed = lifted + new
    if changed:
        uow.note_changes("group_member", "created", [group_id], contact_ids=changed)
    return len(changed)


def remove_members(
    uow: UnitOfWork, group_id: int, contact_ids: Iterable[int], *, clock: Clock | None = None
) -> int:
    """Take contacts out: a pinned row goes; a contact the query finds is marked excluded."""
    group = _group(uow, group_id)
    ids = _existing_contacts(uow, contact_ids)
    rows = _rows(uow, group_id, ids)
    pinned = [cid for cid, excluded in rows.items() if not excluded]
    for start in range(0, len(pinned), _CHUNK):
        uow.session.execute(
            delete(GroupMember).where(
                GroupMember.group_id == group_id,
                GroupMember.contact_id.in_(pinned[start : start + _CHUNK]),
            )
        )
    to_exclude: list[int] = []
    if group.query_text or group.include_subgroups:
        from desktop_crm.services.groups.query import compile_query

        candidates = [cid for cid in ids if cid not in rows or not rows[cid]]
        if group.query_text:
            statement = compile_query(uow, group.query_text, clock=clock)
            for start in range(0, len(candidates), _CHUNK):
                chunk = candidates[start : start + _CHUNK]
                to_exclude.extend(uow.session.scalars(statement.where(Contact.id.in_(chunk))))
        if group.include_subgroups:
            _refuse_subgroup_members(uow, group, set(candidates) - set(to_exclude), clock)
    if to_exclude:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        uow.session.execute(
            insert(GroupMember),
            [
                {"group_id": group_id, "contact_id": cid, "added_at": now, "excluded": True}
                for cid in to_exclude
            ],
        )
    changed = sorted(set(pinned) | set(to_exclude))
    if changed:
        uow.note_changes("group_member", "deleted", [group_id], contact_ids=changed)
    return len(changed)


def _refuse_subgroup_members(
    uow: UnitOfWork, group: Group, contact_ids: set[int], clock: Clock | None
) -> None:
    """A contact that is a member only through a subgroup is taken out there, not here:
    say so rather than leave it in silently."""
    if not contact_ids:
        return
    today = _today(clock)
    found: dict[int, int] = {}
    children = list(
        uow.session.scalars(
            select(Group.id).where(Group.parent_id == group.id).order_by(Group.name, Group.id)
        )
    )
    ids = sorted(contact_ids)
    for child in children:
        try:
            condition = members_condition(uow, child, today)
        except QueryError:
            continue
        for start in range(0, len(ids), _CHUNK):
            chunk = [cid for cid in ids[start : start + _CHUNK] if cid not in found]
            if chunk:
                for cid in uow.session.scalars(
                    select(Contact.id).where(Contact.id.in_(chunk), condition)
                ):
                    found.setdefault(cid, child)
    if not found:
        return
    cid, child = next(iter(sorted(found.items())))
    row = uow.session.execute(
        select(Contact.first_name, Contact.last_name, Contact.company_name).where(Contact.id == cid)
    ).one()
    name = (
        " ".join(p for p in (row[0], row[1]) if p)
        or row[2]
        or say(GROUP, "Contact #{id}").format(id=cid)
    )
    others = (
        say(GROUP, " (and {count} more)").format(count=len(found) - 1) if len(found) > 1 else ""
    )
    raise DomainError(
        say(
            GROUP,
            "{name}{others} is a member of '{group}' through the subgroup "
            "'{path}': remove it there.",
        ).format(name=name, others=others, group=group.name, path=group_path(uow, child)),
        code="member_through_subgroup",
    )


def add_companies(uow: UnitOfWork, group_id: int, company_ids: Iterable[int]) -> int:
    """Put companies in a group; returns how many were added."""
    from desktop_crm.storage.models import Company

    _group(uow, group_id)
    ids = list(dict.fromkeys(int(i) for i in company_ids))
    present = set(
        uow.session.scalars(
            select(GroupCompany.company_id).where(
                GroupCompany.group_id == group_id, GroupCompany.company_id.in_(ids)
            )
        )
    )
    exist = set(uow.session.scalars(select(Company.id).where(Company.id.in_(ids))))
    new = [cid for cid in ids if cid in exist and cid not in present]
    for cid in new:
        uow.session.add(GroupCompany(group_id=group_id, company_id=cid))
    uow.session.flush()
    return len(new)


def remove_companies(uow: UnitOfWork, group_id: int, company_ids: Iterable[int]) -> int:
    _group(uow, group_id)
    ids = list(dict.fromkeys(int(i) for i in company_ids))
    result = uow.session.execute(
        delete(GroupCompany).where(
            GroupCompany.group_id == group_id, GroupCompany.company_id.in_(ids)
        )
    )
    removed = int(result.rowcount or 0)  # type: ignore[attr-defined]
    if removed:
        uow.note_changes("group_company", "deleted", [group_id])
    return removed


def company_ids(uow: UnitOfWork, group_id: int) -> list[int]:
    _group(uow, group_id)
    return list(
        uow.session.scalars(
            select(GroupCompany.company_id)
            .where(GroupCompany.group_id == group_id)
            .order_by(GroupCompany.company_id)
        )
    )


def contacts_of_companies(uow: UnitOfWork, group_id: int) -> list[int]:
    """The contacts of the companies in a group, in list order."""
    _group(uow, group_id)
    companies = select(GroupCompany.company_id).where(GroupCompany.group_id == group_id)
    return list(
        uow.session.scalars(
            select(Contact.id)
            .where(Contact.company_id.in_(companies))
            .order_by(Contact.last_name_key, Contact.first_name_key, Contact.id)
        )
    )


def members_select(uow: UnitOfWork, group_id: int, *, clock: Clock | None = None) -> Any:
    """``SELECT contact.id`` of a group's members now (unordered), for other queries."""
    _group(uow, group_id)
    return select(Contact.id).where(members_condition(uow, group_id, _today(clock)))


def member_ids(uow: UnitOfWork, group_id: int, *, clock: Clock | None = None) -> list[int]:
    """A group's members now, in the contact list's order (last name, first name, id)."""
    statement = members_select(uow, group_id, clock=clock).order_by(
        Contact.last_name_key, Contact.first_name_key, Contact.id
    )
    return fetch_ids(uow, statement)


@dataclass(frozen=True)
class GroupMembers:
    """What opening a group shows: its members' ids in list order, and how many."""

    group_id: int
    ids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.ids)


def open_group(uow: UnitOfWork, group_id: int, *, clock: Clock | None = None) -> GroupMembers:
    """A group's members now, ids and count from one query (the groups view opening it)."""
    return GroupMembers(group_id, tuple(member_ids(uow, group_id, clock=clock)))


def count_members(uow: UnitOfWork, group_id: int, *, clock: Clock | None = None) -> int:
    inner = members_select(uow, group_id, clock=clock).subquery()
    return int(uow.session.execute(select(func.count()).select_from(inner)).scalar_one())


def preview_members(
    uow: UnitOfWork, group_id: int, limit: int = 20, *, clock: Clock | None = None
) -> list[PreviewRow]:
    """The first members (id, name, company, city), in list order."""
    return preview_rows(uow, members_select(uow, group_id, clock=clock), limit)


def groups_of_contact(
    uow: UnitOfWork, contact_id: int, *, clock: Clock | None = None
) -> list[GroupNode]:
    """The groups a contact belongs to now (pinned or found by the query), tree order.

    A group whose query cannot run any more is left out (the groups view shows it broken).
    """
    today = _today(clock)
    out: list[GroupNode] = []
    for node in group_tree(uow):
        try:
            condition = members_condition(uow, node.id, today)
        except QueryError:
            continue
        found = uow.session.scalar(select(Contact.id).where(Contact.id == contact_id, condition))
        if found is not None:
            out.append(node)
    return out


def set_contact_groups(
    uow: UnitOfWork, contact_id: int, group_ids: Iterable[int], *, clock: Clock | None = None
) -> None:
    """Make a contact a member of exactly these groups (the card's Groups tab)."""
    wanted = set(group_ids)
    current = {node.id for node in groups_of_contact(uow, contact_id, clock=clock)}
    for gid in sorted(wanted - current):
        add_members(uow, gid, [contact_id])
    for gid in sorted(current - wanted):
        remove_members(uow, gid, [contact_id], clock=clock)


def save_lookup_as_group(
    uow: UnitOfWork,
    name: str,
    lookup_text: str,
    *,
    dynamic: bool = True,
    parent_id: int | None = None,
) -> GroupNode:
    """ "Save this lookup as a group": a query ``lookup "…"`` or, static, today's finds."""
    from desktop_crm.domain.query import LookupText

    if dynamic:
        return create_group(
            uow, name, parent_id=parent_id, query_text=format_query(LookupText(lookup_text))
        )
    node = create_group(uow, name, parent_id=parent_id)
    add_members(uow, node.id, lookup_ids(uow, lookup_text))
    return group_node(uow, node.id)


def group_history(uow: UnitOfWork, group_id: int) -> list[GroupRun]:
    """What was sent to a group: one line per run (type, day, subject), newest first."""
    _group(uow, group_id)
    day = func.date(History.occurred_at)
    rows = uow.session.execute(
        select(History.type, day, History.regarding, func.count(func.distinct(History.contact_id)))
        .where(History.group_id == group_id)
        .group_by(History.type, day, History.regarding)
        .order_by(day.desc(), History.type)
    )
    out = []
    for type_, when, regarding, count in rows:
        when = when if isinstance(when, dt.date) else dt.date.fromisoformat(str(when))
        out.append(GroupRun(type_, when, regarding, int(count)))
    return out
