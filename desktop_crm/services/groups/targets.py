"""A group as the target of a run: the choices a group picker offers (with member counts now)
and the runs of the window that start from a group's members (series apply).

Plain reads and writes over ``groups.py``; services take a unit of work and never commit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_crm.domain.progress import TaskControl
from desktop_crm.domain.query import QueryError
from desktop_crm.services.activities.batch import apply_series_with_progress
from desktop_crm.services.activities.series import ApplyResult
from desktop_crm.services.groups.groups import count_members, group_tree, member_ids
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class GroupChoice:
    """One group a run can target: its place in the tree and how many members it has now."""

    id: int
    name: str
    path: str
    depth: int
    members: int
    dynamic: bool


def group_choices(uow: UnitOfWork) -> list[GroupChoice]:
    """Every group, depth first (parents before their subgroups), with its member count now;
    a group whose query cannot run any more is not offered."""
    out = []
    for node in group_tree(uow):
        try:
            members = count_members(uow, node.id)
        except QueryError:
            continue
        out.append(GroupChoice(node.id, node.name, node.path, node.depth, members, node.is_dynamic))
    return out


def apply_series_to_group(
    uow: UnitOfWork,
    control: TaskControl,
    series_id: int,
    group_id: int,
    anchor: dt.date,
) -> ApplyResult:
    """Plan a series for the group's members now (resolved when the run starts)."""
    return apply_series_with_progress(uow, control, series_id, member_ids(uow, group_id), anchor)
