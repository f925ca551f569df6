"""``bulk_insert_contacts`` (demo data, generated sets) keeps every row's values, whatever
columns the first row has: it took the first row's columns only and silently dropped the
values of any other column of a later row."""

from __future__ import annotations

from sqlalchemy import select

from desktop_crm.services.contacts.records import bulk_insert_contacts
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database


def test_a_later_rows_own_columns_are_kept(db: Database) -> None:
    with db.uow() as uow:
        added = bulk_insert_contacts(
            uow,
            [
                {"last_name": "Roy"},
                {"last_name": "Durand", "email": "d@x.fr", "phone_mobile": "+33612345678"},
                {"last_name": "Petit", "city": "Lyon", "do_not_mail": True},
            ],
        )
        uow.commit()
    assert added == 3
    with db.uow(write=False) as uow:
        found = {
            c.last_name: (c.email, c.phone_mobile, c.email_key, c.city, c.do_not_mail)
            for c in uow.session.scalars(select(Contact).order_by(Contact.id))
        }
    assert found["Durand"] == ("d@x.fr", "+33612345678", "d@x.fr", None, False)
    assert found["Petit"] == (None, None, "", "Lyon", True)
    assert found["Roy"] == (None, None, "", None, False)
