"""Consent for a selection: a constant number of queries whatever the number of contacts
(two per contact before), with the same ledger, current states and suppression list as one
contact at a time. On SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, func, select

from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.privacy import consent, suppression
from desktop_crm.storage.models import Consent, ConsentEntry, Suppression
from desktop_crm.storage.uow import Database, UnitOfWork


def _contacts(db: Database, tag: str, count: int) -> list[int]:
    """``count`` contacts; every third shares the e-mail of the one before (one person, two
    cards), every fourth has a second address, every fifth no e-mail at all."""
    with db.uow() as uow:
        ids = []
        for i in range(count):
            data: dict[str, Any] = {"first_name": f"P{i}", "last_name": f"{tag}-{i}"}
            if i % 5 != 4:
                n = i - 1 if i % 3 == 2 else i
                data["email"] = f"{tag}.{n}@exemple.fr" if i % 2 else f"{tag}.{n}@EXEMPLE.fr"
            if i % 4 == 0:
                data["email2"] = f"{tag}.{i}@perso.fr"
            ids.append(create_contact(uow, data).id)
        uow.commit()
    return ids


@contextmanager
def _statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def _bulk(db: Database, ids: list[int], status: str) -> int:
    """The number of reads (SELECT) of one consent change for ``ids``; the rows written are
    one INSERT each, as the ORM writes them."""
    with _statements(db) as seen:
        db.run(consent.record_entries, ids, "email", status, source="Salon")
    return sum(1 for s in seen if s.lstrip().upper().startswith("SELECT"))


def _state(uow: UnitOfWork, ids: list[int]) -> tuple[Any, ...]:
    rows = uow.session.execute(
        select(Consent.contact_id, Consent.status, Consent.source)
        .where(Consent.contact_id.in_(ids), Consent.channel == "email")
        .order_by(Consent.contact_id)
    ).all()
    entries = uow.session.scalar(
        select(func.count()).select_from(ConsentEntry).where(ConsentEntry.contact_id.in_(ids))
    )
    listed = uow.session.scalar(
        select(func.count()).select_from(Suppression).where(Suppression.channel == "email")
    )
    return tuple((i - ids[0], s, src) for i, s, src in rows), entries, listed


def test_the_number_of_queries_does_not_grow_with_the_selection(db: Database) -> None:
    # A first batch sets the list and the database's UUID up, as in daily use.
    db.run(consent.record_entries, _contacts(db, "warm", 3), "email", "opt_out", source="x")
    few, many = _contacts(db, "few", 6), _contacts(db, "many", 60)
    assert _bulk(db, few, "opt_out") == _bulk(db, many, "opt_out")
    assert _bulk(db, few, "opt_in") == _bulk(db, many, "opt_in")
    assert _bulk(db, few, "unknown") == _bulk(db, many, "unknown")


def test_a_batch_gives_what_one_contact_at_a_time_gives(db: Database) -> None:
    together, alone = _contacts(db, "t", 30), _contacts(db, "a", 30)
    with db.uow() as uow:  # one address already objected, one erased person
        suppression.add_suppression(uow, "email", "t.0@exemple.fr", reason="objection")
        suppression.add_suppression(uow, "email", "a.0@exemple.fr", reason="objection")
        suppression.add_suppression(uow, "email", "t.1@exemple.fr", reason="erased")
        suppression.add_suppression(uow, "email", "a.1@exemple.fr", reason="erased")
        uow.commit()
    db.run(consent.record_entries, together[::2], "email", "opt_in", source="Salon")
    for contact_id in alone[::2]:
        db.run(consent.record_entry, contact_id, "email", "opt_in", source="Salon")

    def same_so_far() -> None:
        with db.uow(write=False) as uow:
            a, b = _state(uow, together), _state(uow, alone)
            listed = {
                h: (r, s)
                for h, r, s in uow.session.execute(
                    select(Suppression.value_hash, Suppression.reason, Suppression.source)
                )
            }
            hashes = {
                tag: {
                    suppression.value_hash(uow, "email", f"{tag}.{n}@exemple.fr") for n in range(30)
                }
                for tag in ("t", "a")
            }
        assert a[:2] == b[:2]
        on_t = sorted(v for h, v in listed.items() if h in hashes["t"])
        on_a = sorted(v for h, v in listed.items() if h in hashes["a"])
        assert on_t == on_a

    same_so_far()
    db.run(consent.record_entries, together, "email", "opt_out", source="Appel")
    for contact_id in alone:
        db.run(consent.record_entry, contact_id, "email", "opt_out", source="Appel")
    same_so_far()
    with db.uow(write=False) as uow:
        rows = _state(uow, together)[0]
        assert len(rows) == 30 and {s for _i, s, _src in rows} == {"opt_out"}
        listed = uow.session.scalar(select(func.count()).select_from(Suppression))
    # 30 contacts each: 24 with an e-mail, 18 distinct (some shared), 8 second addresses.
    assert listed == 2 * (18 + 8)
    db.run(consent.record_entries, together, "email", "opt_in", source="Formulaire")
    for contact_id in alone:
        db.run(consent.record_entry, contact_id, "email", "opt_in", source="Formulaire")
    same_so_far()
    with db.uow(write=False) as uow:
        reasons = list(uow.session.scalars(select(Suppression.reason)))
    assert reasons == ["erased", "erased"]  # an opt-in lifts objections, never an erasure
