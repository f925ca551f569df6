"""Property test: random contacts, related rows, merges and undos keep the database sound."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from desktop_crm.services.duplicates.merge import merge_contacts, unmerge
from desktop_crm.storage.models import Consent, Contact, GroupMember
from desktop_crm.storage.uow import Database
from tests.integration.merge_helpers import (
    RELATED_KINDS,
    add_contact,
    add_related,
    dump,
    orphans,
    related_count,
    shared_parents,
)

MOVED_TABLES = ("history", "note", "activity", "opportunity", "sale", "activity_contact")


def _opt_outs(db: Database, ids: list[int]) -> set[str]:
    with db.uow(write=False) as uow:
        return set(
            uow.session.scalars(
                select(Consent.channel).where(
                    Consent.contact_id.in_(ids), Consent.status == "opt_out"
                )
            )
        )


def _groups(db: Database, ids: list[int]) -> set[int]:
    with db.uow(write=False) as uow:
        return set(
            uow.session.scalars(select(GroupMember.group_id).where(GroupMember.contact_id.in_(ids)))
        )


def _flags(db: Database, ids: list[int]) -> bool:
    with db.uow(write=False) as uow:
        return any(uow.session.scalars(select(Contact.do_not_mail).where(Contact.id.in_(ids))))


def make_machine(db: Database) -> type[RuleBasedStateMachine]:
    class MergeMachine(RuleBasedStateMachine):
        """Contacts with related rows; merges and undos in random order."""

        @initialize()
        def setup(self) -> None:
            self.parents = shared_parents_once(db)
            self.alive: list[int] = []
            # (merge id, kept id, dump before, still clean since)
            self.stack: list[tuple[int, int, Any, bool]] = []

        def _dirty(self) -> None:
            self.stack = [(m, k, d, False) for m, k, d, _ in self.stack]

        @rule(name=st.sampled_from(["Martin", "Lefèvre", "Dupont"]), dnm=st.booleans())
        def new_contact(self, name: str, dnm: bool) -> None:
            self.alive.append(add_contact(db, last_name=name, do_not_mail=dnm, city=name[:3]))
            self._dirty()

        @precondition(lambda self: self.alive)
        @rule(data=st.data(), kind=st.sampled_from(RELATED_KINDS))
        def relate(self, data: st.DataObject, kind: str) -> None:
            contact = data.draw(st.sampled_from(self.alive))
            add_related(db, contact, self.parents, kind, len(self.alive))
            self._dirty()

        @precondition(lambda self: len(self.alive) >= 2)
        @rule(
            data=st.data(),
            channel=st.sampled_from(["email", "post"]),
            statuses=st.lists(
                st.sampled_from(["opt_in", "opt_out", "unknown", "soft_opt_in"]),
                min_size=2,
                max_size=2,
            ),
        )
        def consents_on_two(self, data: st.DataObject, channel: str, statuses: list[str]) -> None:
            """The interesting case: both records hold a consent for the same channel."""
            pair = data.draw(
                st.lists(st.sampled_from(self.alive), min_size=2, max_size=2, unique=True)
            )
            for contact, status in zip(pair, statuses, strict=True):
                add_related(db, contact, self.parents, f"consent:{channel}:{status}")
            self._dirty()

        @precondition(lambda self: len(self.alive) >= 2)
        @rule(data=st.data())
        def merge(self, data: st.DataObject) -> None:
            ids = data.draw(
                st.lists(st.sampled_from(self.alive), min_size=2, max_size=3, unique=True)
            )
            keep, others = ids[0], ids[1:]
            before = dump(db)
            counts = related_count(db, ids)
            opt_outs = _opt_outs(db, ids)
            groups = _groups(db, ids)
            flag = _flags(db, ids)
            with db.uow() as uow:
                result = merge_contacts(uow, keep, others)
                uow.commit()
            after = related_count(db, [keep])
            for name in MOVED_TABLES:
                extra = {"history": 1, "note": 1 if result.note_id else 0}.get(name, 0)
                assert after[name] == counts[name] + extra, name
            assert related_count(db, others) == dict.fromkeys(counts, 0)
            assert _opt_outs(db, [keep]) == opt_outs
            assert _groups(db, [keep]) == groups
            assert _flags(db, [keep]) == flag
            for other in others:
                self.alive.remove(other)
            self.stack.append((result.merge_id, keep, before, True))

        @precondition(lambda self: self.stack)
        @rule()
        def undo_latest(self) -> None:
            merge_id, _kept, before, clean = self.stack[-1]
            # Ids are never reused (AUTOINCREMENT on SQLite, sequences on PostgreSQL), so
            # the latest merge can always be undone.
            with db.uow() as uow:
                result = unmerge(uow, merge_id)
                uow.commit()
            self.stack.pop()
            self.alive.extend(result.restored_ids)
            if clean:
                assert dump(db) == before
            self._dirty()

        @invariant()
        def no_orphans(self) -> None:
            assert orphans(db) == []

    return MergeMachine


_PARENTS: dict[str, dict[str, int]] = {}


def shared_parents_once(db: Database) -> dict[str, int]:
    if db.url not in _PARENTS:
        _PARENTS[db.url] = shared_parents(db)
    return _PARENTS[db.url]


def test_random_merges_and_undos(db: Database) -> None:
    run_state_machine_as_test(
        make_machine(db),
        settings=settings(
            max_examples=30,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
