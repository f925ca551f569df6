"""What the groups view reads: the tree with member counts, one group's members and details."""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from desktop_crm.domain.query import QueryError
from desktop_crm.domain.query_words import describe_query
from desktop_crm.services.groups.describe import query_labels, query_words
from desktop_crm.services.groups.groups import (
    GroupNode,
    GroupRun,
    count_members,
    group_history,
    group_node,
    group_tree,
    member_ids,
)
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class TreeEntry:
    """A group of the tree and how many contacts are its members now.

    A group whose query cannot run any more (it names a group or field that is gone) has
    ``members`` None and ``problem`` saying why; the other groups are counted as usual.
    """

    node: GroupNode
    members: int | None
    problem: str | None = None
    words: str = ""  # the query in words, in the user's language ("" for a static group)

    @property
    def broken(self) -> bool:
        return self.problem is not None


@dataclass(frozen=True)
class GroupDetails:
    """The selected group: its node, its members (list order) and what was sent to it."""

    node: GroupNode
    ids: array[int]
    history: list[GroupRun]
    words: str = ""  # the query in words, in the user's language ("" for a static group)


def tree_with_counts(uow: UnitOfWork) -> list[TreeEntry]:
    """Every group, depth first, with its member count (queries run now)."""
    out = []
    labels = query_labels(uow)
    for node in group_tree(uow):
        words = describe_query(node.query_text, labels)
        try:
            out.append(TreeEntry(node, count_members(uow, node.id), words=words))
        except QueryError as exc:
            out.append(TreeEntry(node, None, str(exc), words))
    return out


def group_details(uow: UnitOfWork, group_id: int) -> GroupDetails:
    """A group's node, member ids and history in one read."""
    node = group_node(uow, group_id)
    ids = array("q", member_ids(uow, group_id))
    words = query_words(uow, node.query_text)
    return GroupDetails(node, ids, group_history(uow, group_id), words)


def remove_contact_from_groups(uow: UnitOfWork, contact_id: int, group_ids: list[int]) -> None:
    """Take one contact out of several groups (the card's Groups tab)."""
    from desktop_crm.services.groups.groups import remove_members

    for group_id in group_ids:
        remove_members(uow, group_id, [contact_id])
