"""What a group's saved query names: other groups (``in group "Salons/Lyon"``) and fields.

A saved query names a group by its full path ("Salons/Lyon 2026"; a top-level group whose
name another group also bears as "/Lyon"), written so when the query is saved: a bare name
that several groups bear is refused. Renaming or moving a group rewrites the queries that
name it (or its subgroups); deleting it, or removing a field a query names, is refused with
the groups to edit first. Services take a unit of work and never commit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.query import (
    Condition,
    FieldInfo,
    InAnalysis,
    InGroup,
    Node,
    QueryError,
    field_names,
    format_query,
    map_conditions,
    parse,
    rename_field,
    walk,
)
from desktop_crm.domain.wording import GROUP, QUERY, say
from desktop_crm.storage.models import Group
from desktop_crm.storage.uow import UnitOfWork

SEPARATOR = "/"


class InUseError(DomainError):
    """A group or field that saved queries name cannot go: the message lists those groups."""

    code = "in_use"


@dataclass(frozen=True)
class SavedQuery:
    """One group's saved query, parsed (``node`` None and ``problem`` set when it cannot be)."""

    group_id: int
    path: str
    text: str
    node: Node | None
    problem: str | None


def group_path(uow: UnitOfWork, group_id: int) -> str:
    """A group's path from the top ("Salons/Lyon 2026")."""
    names: list[str] = []
    current: int | None = group_id
    while current is not None:
        row = uow.session.execute(
            select(Group.name, Group.parent_id).where(Group.id == current)
        ).one_or_none()
        if row is None:
            break
        names.append(row[0])
        current = row[1]
    return SEPARATOR.join(reversed(names))


def _same_name(uow: UnitOfWork, name: str) -> list[int]:
    return list(
        uow.session.scalars(
            select(Group.id)
            .where(func.lower(Group.name) == name.lower())
            .order_by(Group.parent_id.is_not(None), Group.id)
        )
    )


def reference(uow: UnitOfWork, group_id: int) -> str:
    """How a saved query names a group: its path, "/Name" for a top-level group whose name
    another group also bears (so the text stays unambiguous)."""
    path = group_path(uow, group_id)
    if SEPARATOR not in path and len(_same_name(uow, path)) > 1:
        return SEPARATOR + path
    return path


def _walk_path(uow: UnitOfWork, parts: list[str]) -> int | None:
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


def _ambiguous(uow: UnitOfWork, name: str, ids: Iterable[int], pos: int) -> QueryError:
    paths = ", ".join(f'"{group_path(uow, gid)}"' for gid in ids)
    return QueryError(
        say(
            QUERY,
            "Several groups are named '{name}' ({paths}) at {pos}: write the full "
            'path (for the top-level one, "/{name}")',
        ).format(name=name, paths=paths, pos=pos),
        pos,
        name,
    )


def resolve_reference(
    uow: UnitOfWork, text: str, *, strict: bool = False, pos: int = 0
) -> int | None:
    """The group a query's ``in group "…"`` names, or None when there is none.

    A path ("Salons/Lyon", "/Lyon") or "#12" names one group exactly. A bare name names the
    top-level group of that name, else the only group bearing it; several without a
    top-level one raise QueryError. ``strict`` (saving a query) refuses any bare name that
    several groups bear, listing their paths.
    """
    value = text.strip()
    if value.startswith("#") and value[1:].isdigit():
        return uow.session.scalar(select(Group.id).where(Group.id == int(value[1:])))
    parts = [p.strip() for p in value.split(SEPARATOR) if p.strip()]
    if not parts:
        return None
    if len(parts) > 1 or value.startswith(SEPARATOR):
        return _walk_path(uow, parts)
    ids = _same_name(uow, parts[0])
    if strict and len(ids) > 1:
        raise _ambiguous(uow, parts[0], ids, pos)
    top = _walk_path(uow, parts)
    if top is not None:
        return top
    if len(ids) > 1:
        raise _ambiguous(uow, parts[0], ids, pos)
    return ids[0] if ids else None


def canonical_groups(uow: UnitOfWork, node: Node) -> Node:
    """The tree with every ``in group`` naming its group by path (unknown or ambiguous
    names raise QueryError)."""

    def change(condition: Condition) -> Condition:
        if isinstance(condition, InAnalysis) and condition.among is not None:
            # "analysis … among group X": the population group, named by path like "in group".
            path = change(InGroup(condition.among, condition.pos))
            return replace(condition, among=path.name)  # type: ignore[union-attr]
        if not isinstance(condition, InGroup):
            return condition
        group_id = resolve_reference(uow, condition.name, strict=True, pos=condition.pos)
        if group_id is None:
            raise QueryError(
                say(QUERY, "Unknown group '{name}' at {pos}").format(
                    name=condition.name, pos=condition.pos
                ),
                condition.pos,
                condition.name,
            )
        return InGroup(reference(uow, group_id), condition.pos)

    return map_conditions(node, change)


def saved_queries(uow: UnitOfWork, fields: Mapping[str, FieldInfo]) -> list[SavedQuery]:
    """Every group's saved query, parsed with ``fields`` (broken ones with their problem)."""
    out = []
    rows = uow.session.execute(
        select(Group.id, Group.query_text).where(Group.query_text.is_not(None)).order_by(Group.id)
    )
    for group_id, text in list(rows):
        if not text:
            continue
        try:
            node: Node | None = parse(text, fields)
            problem = None
        except QueryError as exc:
            node, problem = None, str(exc)
        out.append(SavedQuery(group_id, group_path(uow, group_id), text, node, problem))
    return out


def _referenced(uow: UnitOfWork, node: Node) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for item in walk(node):
        name = item.among if isinstance(item, InAnalysis) else None
        if isinstance(item, InGroup):
            name = item.name
        if name is not None and name not in out:
            try:
                out[name] = resolve_reference(uow, name)
            except QueryError:
                out[name] = None
    return out


def _fields(uow: UnitOfWork) -> dict[str, FieldInfo]:
    from desktop_crm.services.groups.query import available_fields

    return available_fields(uow)


def _used_by(paths: list[str], what: str) -> InUseError:
    listed = ", ".join(sorted(paths, key=str.casefold))
    return InUseError(
        say(GROUP, "{what} Used by the query of: {listed} — edit those queries first.").format(
            what=what, listed=listed
        )
    )


def group_references(
    uow: UnitOfWork, group_ids: Iterable[int], *, others_only: bool = False
) -> dict[int, dict[str, int]]:
    """The saved queries naming one of ``group_ids`` (with ``others_only``, of groups not
    among them): group id -> the names they use -> the group each names."""
    targets = set(group_ids)
    out: dict[int, dict[str, int]] = {}
    for saved in saved_queries(uow, _fields(uow)):
        if saved.node is None or (others_only and saved.group_id in targets):
            continue
        found = {
            name: gid
            for name, gid in _referenced(uow, saved.node).items()
            if gid is not None and gid in targets
        }
        if found:
            out[saved.group_id] = found
    return out


def refuse_group_deletion(uow: UnitOfWork, group_ids: list[int]) -> None:
    """InUseError when another group's query names one of the groups about to go."""
    users = group_references(uow, group_ids, others_only=True)
    if users:
        name = group_path(uow, group_ids[0])
        raise _used_by(
            [group_path(uow, gid) for gid in users],
            say(GROUP, "The group '{name}' cannot be deleted.").format(name=name),
        )


def rewrite_group_references(uow: UnitOfWork, references: Mapping[int, Mapping[str, int]]) -> None:
    """After a rename or a move: the queries naming the groups again, by their new paths
    (the rows are updated through the ORM, so the change notices and versions follow)."""
    fields = _fields(uow)
    for group_id, names in references.items():
        group = uow.session.get(Group, group_id)
        if group is None or not group.query_text:
            continue
        new = {name: reference(uow, gid) for name, gid in names.items()}

        def change(condition: Condition, new: Mapping[str, str] = new) -> Condition:
            if isinstance(condition, InGroup) and condition.name in new:
                return InGroup(new[condition.name], condition.pos)
            if isinstance(condition, InAnalysis) and condition.among is not None:
                among = condition.among
                if among in new:
                    return replace(condition, among=new[among])
            return condition

        text = format_query(map_conditions(parse(group.query_text, fields), change))
        if text != group.query_text:
            group.query_text = text
    uow.session.flush()


def _field_users(uow: UnitOfWork, name: str) -> list[SavedQuery]:
    return [
        saved
        for saved in saved_queries(uow, _fields(uow))
        if saved.node is not None and name in field_names(saved.node)
    ]


def refuse_field_removal(uow: UnitOfWork, name: str, label: str) -> None:
    users = _field_users(uow, name)
    if users:
        raise _used_by(
            [saved.path for saved in users],
            say(GROUP, "The field '{label}' cannot be removed.").format(label=label),
        )


def rename_field_in_queries(uow: UnitOfWork, old: str, new: str) -> Callable[[], None]:
    """Read the queries naming field ``old`` now (while it has that name); the returned
    function, called once the field is renamed, writes them back naming ``new``."""
    users = _field_users(uow, old)

    def write() -> None:
        for saved in users:
            assert saved.node is not None
            group = uow.session.get(Group, saved.group_id)
            if group is not None:
                group.query_text = format_query(rename_field(saved.node, old, new))
        uow.session.flush()

    return write
