"""What one user action changed: record kinds and ids, handed to every view as a change notice.

A unit of work collects these as it flushes (see ``storage/uow.py``); the operation runner
(GUI) announces them with one signal and each view refreshes only what it shows and what
was touched. Kinds are table names (``contact``, ``history``, ``activity``…). A statement
that changed many rows without saying which (a bulk ``UPDATE``) marks its kind as changed
*in bulk*: listeners then reload what they show of that kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

Action = Literal["created", "updated", "deleted"]
ACTIONS: tuple[Action, ...] = ("created", "updated", "deleted")

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """An immutable change notice.

    ``records`` holds ``(kind, action, id)``; ``contacts`` the contacts whose own row or one of
    whose dependent records (history, notes, activities, opportunities…) changed; ``bulk`` the
    kinds changed by statements whose rows are not known one by one.
    """

    records: frozenset[tuple[str, Action, int]] = frozenset()
    contacts: frozenset[int] = frozenset()
    bulk: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.records or self.bulk or self.contacts)

    def kinds(self) -> frozenset[str]:
        """Every kind touched, one by one or in bulk."""
        return frozenset(kind for kind, _a, _i in self.records) | self.bulk

    def touches(self, *kinds: str) -> bool:
        """True if any record of these kinds changed (one by one or in bulk)."""
        touched = self.kinds()
        return any(kind in touched for kind in kinds)

    def ids(self, kind: str, *actions: Action) -> frozenset[int]:
        """Ids of ``kind`` changed by the given actions (all actions when none given)."""
        wanted = actions or ACTIONS
        return frozenset(i for k, a, i in self.records if k == kind and a in wanted)

    def touches_contact(self, contact_id: int | None) -> bool:
        """True if the contact or something hanging off it changed, or contacts changed in bulk."""
        if contact_id is None:
            return False
        return contact_id in self.contacts or "contact" in self.bulk

    def merged(self, other: Changes) -> Changes:
        return Changes(
            self.records | other.records, self.contacts | other.contacts, self.bulk | other.bulk
        )

    def describe(self) -> str:
        """A short English summary for logs and tests: ``contact 12 updated; history 3 created``."""
        parts = [f"{k} {i} {a}" for k, a, i in sorted(self.records, key=lambda r: (r[0], r[2]))]
        parts += [f"{k} (bulk)" for k in sorted(self.bulk)]
        return "; ".join(parts) or "nothing"


NO_CHANGES = Changes()


@dataclass
class ChangeCollector:
    """Mutable gatherer used by a unit of work while it runs; frozen into ``Changes`` at the end."""

    records: set[tuple[str, Action, int]] = field(default_factory=set)
    contacts: set[int] = field(default_factory=set)
    bulk: set[str] = field(default_factory=set)
    precise: set[str] = field(default_factory=set)

    def add(self, kind: str, action: Action, ids: Iterable[int]) -> None:
        id_list = list(ids)
        self.records.update((kind, action, record_id) for record_id in id_list)
        if kind == "contact":
            self.contacts.update(id_list)

    def note(
        self,
        kind: str,
        action: Action,
        ids: Iterable[int],
        *,
        contact_ids: Iterable[int] = (),
    ) -> None:
        """A service's own account of rows it wrote with plain SQL (bulk inserts, updates).

        Once a service has said which rows of a kind it changed, a bulk statement on that
        kind no longer marks the whole kind as changed.
        """
        self.add(kind, action, ids)
        self.contacts.update(contact_ids)
        self.precise.add(kind)

    def frozen(self) -> Changes:
        return Changes(
            frozenset(self.records), frozenset(self.contacts), frozenset(self.bulk - self.precise)
        )

    def clear(self) -> None:
        self.records.clear()
        self.contacts.clear()
        self.bulk.clear()
        self.precise.clear()


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """A service call's plain value and what it changed."""

    value: T
    changes: Changes = NO_CHANGES
