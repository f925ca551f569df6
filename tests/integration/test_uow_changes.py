"""The unit of work's change collector: flushed rows, rollbacks, bulk statements, notes."""

from __future__ import annotations

from sqlalchemy import update

from desktop_crm.storage.models import Contact, History, Note
from desktop_crm.storage.uow import Database, UnitOfWork


def _contact(db: Database, name: str = "Dupont") -> int:
    def add(uow: UnitOfWork) -> int:
        contact = Contact(last_name=name, last_name_key=name.lower())
        uow.session.add(contact)
        uow.session.flush()
        return contact.id

    return db.run(add).value


def test_flushed_rows_are_reported_with_the_contact_they_hang_off(db: Database) -> None:
    cid = _contact(db)

    def work(uow: UnitOfWork) -> int:
        note = Note(contact_id=cid, text="Bonjour")
        uow.session.add(note)
        uow.session.flush()
        return note.id

    result = db.run(work)
    assert result.changes.ids("note", "created") == {result.value}
    assert result.changes.touches_contact(cid)
    assert result.changes.kinds() == {"note"}


def test_rolled_back_work_is_not_reported(db: Database) -> None:
    cid = _contact(db)
    with db.uow() as uow:
        uow.session.add(Note(contact_id=cid, text="Abandonnée"))
        uow.session.flush()
        uow.rollback()
        kept = Note(contact_id=cid, text="Gardée")
        uow.session.add(kept)
        uow.commit()
        assert uow.changes().ids("note") == {kept.id}
    with db.uow() as uow:
        uow.session.add(Note(contact_id=cid, text="Jamais validée"))
        uow.session.flush()
        assert not uow.changes()  # flushed but not committed: nothing to announce


def test_unchanged_values_are_not_updates(db: Database) -> None:
    cid = _contact(db)

    def touch(uow: UnitOfWork) -> None:
        contact = uow.session.get(Contact, cid)
        assert contact is not None
        contact.last_name = contact.last_name  # same value: no UPDATE, no notice
        uow.session.flush()

    assert not db.run(touch).changes


def test_orm_bulk_update_marks_the_kind_as_changed_in_bulk(db: Database) -> None:
    cid = _contact(db)
    other = _contact(db, "Martin")

    def bulk(uow: UnitOfWork) -> None:
        uow.session.execute(update(Contact).where(Contact.id == cid).values(city="Lyon"))

    changes = db.run(bulk).changes
    assert changes.bulk == {"contact"}
    assert changes.ids("contact") == frozenset()
    assert changes.touches("contact")
    assert changes.touches_contact(other)  # which contact is unknown: every one reloads


def test_note_changes_makes_a_bulk_statement_precise(db: Database) -> None:
    cid = _contact(db)
    other = _contact(db, "Martin")

    def precise(uow: UnitOfWork) -> None:
        uow.session.execute(update(Contact).where(Contact.id == cid).values(city="Lyon"))
        uow.note_changes("contact", "updated", [cid])
        uow.session.add(History(contact_id=other, type="note", regarding="x"))

    changes = db.run(precise).changes
    assert not changes.bulk
    assert changes.ids("contact", "updated") == {cid}
    assert len(changes.ids("history", "created")) == 1
    assert changes.touches_contact(cid) and changes.touches_contact(other)


def test_note_bulk_reports_rows_written_past_the_session(db: Database) -> None:
    def past(uow: UnitOfWork) -> None:
        uow.note_bulk("contact", "company")

    assert db.run(past).changes.bulk == {"contact", "company"}
    with db.uow() as uow:
        uow.note_bulk("contact")
        uow.rollback()
        uow.commit()
        assert not uow.changes()


def test_changes_of_several_commits_add_up(db: Database) -> None:
    cid = _contact(db)
    with db.uow() as uow:
        first = Note(contact_id=cid, text="Un")
        uow.session.add(first)
        uow.commit()
        second = Note(contact_id=cid, text="Deux")
        uow.session.add(second)
        uow.commit()
        assert uow.changes().ids("note", "created") == {first.id, second.id}
