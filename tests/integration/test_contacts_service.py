"""Contact use cases on both backends: create, update with history, conflicts, delete."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_crm.services.contacts.records import (
    create_contact,
    delete_contact,
    get_contact,
    related_counts,
    update_contact,
)
from desktop_crm.storage.models import History
from desktop_crm.storage.uow import Database


def _new(db: Database, **values: object) -> int:
    base = {
        "first_name": "Hélène",
        "last_name": "Lefèvre",
        "phone_mobile": "06.32.65.98.45",
        "email": "Helene.Lefevre@Orange.FR",
        "city": "Lyon",
        "postcode": "69003",
    }
    base.update(values)
    return db.run(create_contact, base).value.id


def test_create_normalises_and_indexes(db: Database) -> None:
    contact_id = _new(db)
    with db.uow(write=False) as uow:
        view = get_contact(uow, contact_id)
        row = uow.session.get(
            __import__("desktop_crm.storage.models", fromlist=["Contact"]).Contact, contact_id
        )
        assert row is not None
        assert (row.last_name_key, row.mobile_key) == ("lefevre", "0632659845")
    assert view.phone_mobile == "+33632659845"
    assert view.email == "Helene.Lefevre@orange.fr"
    assert view.version == 1


def test_invalid_values_are_refused_with_field_codes(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.uow() as uow:
        create_contact(uow, {"last_name": "Durand", "phone_mobile": "0632", "email": "durand.fr"})
    codes = {(p.field, p.code) for p in caught.value.problems}
    assert codes == {("phone_mobile", "phone_too_short"), ("email", "email_invalid")}
    with db.uow(write=False) as uow:
        assert uow.session.scalar(select(History.id).limit(1)) is None


def test_update_writes_field_changed_history(db: Database) -> None:
    contact_id = _new(db)
    with db.uow() as uow:
        view = update_contact(
            uow, contact_id, 1, {"city": "Villeurbanne", "postcode": "69100", "job_title": "PDG"}
        )
        uow.commit()
    assert view.version == 2 and view.city == "Villeurbanne"
    with db.uow(write=False) as uow:
        changes = uow.session.execute(
            select(History.field_name, History.old_value, History.new_value)
            .where(History.type == HistoryType.FIELD_CHANGED)
            .order_by(History.field_name)
        ).all()
    assert [tuple(c) for c in changes] == [
        ("city", "Lyon", "Villeurbanne"),
        ("postcode", "69003", "69100"),
    ]


def test_two_editors_get_a_conflict_not_a_lost_update(db: Database) -> None:
    contact_id = _new(db)
    with db.uow(write=False) as uow:
        opened_by_a = get_contact(uow, contact_id)
        opened_by_b = get_contact(uow, contact_id)
    with db.uow() as uow:
        update_contact(
            uow,
            contact_id,
            opened_by_a.version,
            {"city": "Paris", "postcode": "75011"},
            original=opened_by_a.values(),
        )
        uow.commit()
    with pytest.raises(ConflictError) as caught, db.uow() as uow:
        update_contact(
            uow,
            contact_id,
            opened_by_b.version,
            {"city": "Marseille", "postcode": "13008"},
            original=opened_by_b.values(),
        )
    conflict = caught.value
    assert "Lefèvre" in conflict.label and conflict.record_id == contact_id
    by_field = {c.field: c for c in conflict.conflicts}
    assert (by_field["city"].original, by_field["city"].mine, by_field["city"].theirs) == (
        "Lyon",
        "Marseille",
        "Paris",
    )
    with db.uow(write=False) as uow:
        assert get_contact(uow, contact_id).city == "Paris"


def test_non_overlapping_edits_report_no_field_conflict(db: Database) -> None:
    contact_id = _new(db)
    with db.uow(write=False) as uow:
        start = get_contact(uow, contact_id)
    with db.uow() as uow:
        update_contact(
            uow, contact_id, start.version, {"job_title": "Gérante"}, original=start.values()
        )
        uow.commit()
    with pytest.raises(ConflictError) as caught, db.uow() as uow:
        update_contact(
            uow,
            contact_id,
            start.version,
            {"city": "Lille", "postcode": "59000"},
            original=start.values(),
        )
    assert caught.value.conflicts == []
    assert caught.value.their_version == 2


def test_delete_removes_contact_and_counts_related(db: Database) -> None:
    contact_id = _new(db)
    with db.uow(write=False) as uow:
        assert related_counts(uow, contact_id).history == 1
    with db.uow() as uow:
        delete_contact(uow, contact_id, expected_version=1)
        uow.commit()
    with pytest.raises(NotFoundError), db.uow(write=False) as uow:
        get_contact(uow, contact_id)
