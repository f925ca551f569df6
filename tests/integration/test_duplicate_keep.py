"""Which record of a duplicate group is kept by default: the one the team works with.

Found by hand on the demo database: the scan suggested keeping the copy that came in with a
file ("Mathieu Rodrgruez", more fields filled, nothing attached) over the contact with 44
history entries and 28 sales, and "merge with the suggested choices" then spread the copy's
typo over the record everybody used.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop_crm.domain.matching import default_settings
from desktop_crm.services.contacts.notes import add_note
from desktop_crm.services.contacts.records import bulk_insert_contacts
from desktop_crm.services.duplicates.merge import merge_contacts
from desktop_crm.services.duplicates.review_data import default_keep, preview_keeping_default
from desktop_crm.services.duplicates.scan import scan
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database

WORKED_WITH = {
    "first_name": "Mathieu",
    "last_name": "Rodriguez",
    "company_name": "Imprimerie Cristal",
    "city": "Lyon",
    "postcode": "69003",
    "phone_business": "+33478112233",
}
# The same man from a trade-show file: a typo, and more fields filled.
FROM_A_FILE = {
    **WORKED_WITH,
    "last_name": "Rodrgruez",
    "email": "m.rodriguez@cristal.fr",
    "phone_mobile": "+33612345678",
    "address1": "12 rue Garibaldi",
    "job_title": "Gérant",
}


def _ids(db: Database) -> tuple[int, int]:
    with db.uow(write=False) as uow:
        rows = uow.session.query(Contact.id, Contact.last_name).order_by(Contact.id).all()
    named = {last: cid for cid, last in rows}
    return named["Rodriguez"], named["Rodrgruez"]


def test_the_record_with_history_is_kept_over_a_fuller_copy(db: Database) -> None:
    with db.uow() as uow:
        bulk_insert_contacts(uow, [WORKED_WITH, FROM_A_FILE])
        uow.commit()
    worked, copy = _ids(db)
    with db.uow() as uow:
        for text in ("Appel : devis demandé", "Devis envoyé", "Relance"):
            add_note(uow, text, contact_id=worked)
        uow.commit()
    with db.uow(write=False) as uow:
        result = scan(uow, default_settings())
        (group,) = [g for g in result.groups if set(g.ids) == {worked, copy}]
        # The scan's suggestion and the merge dialog's default are the same record.
        assert group.keep == worked
        assert default_keep(uow, "contact", [copy, worked]) == worked
        preview = preview_keeping_default(uow, "contact", [copy, worked])
    assert preview.ids[0] == worked
    # Its own spelling wins by default; the copy's extra values fill its empty fields.
    assert preview.values[preview.winners["last_name"]]["last_name"] == "Rodriguez"
    assert preview.values[preview.winners["phone_mobile"]]["phone_mobile"] == "+33612345678"


def test_without_anything_attached_the_most_complete_is_kept(db: Database) -> None:
    with db.uow() as uow:
        bulk_insert_contacts(uow, [WORKED_WITH, {**FROM_A_FILE, "last_name": "Rodriguez"}])
        uow.commit()
    with db.uow(write=False) as uow:
        worked, copy = sorted(uow.session.scalars(select(Contact.id)))
        result = scan(uow, default_settings())
        (group,) = [g for g in result.groups if set(g.ids) == {worked, copy}]
        assert group.keep == copy
        assert default_keep(uow, "contact", [worked, copy]) == copy


def test_a_newer_copys_typo_never_wins_a_name_but_a_changed_name_does(db: Database) -> None:
    old = dt.datetime(2025, 1, 1)
    new = dt.datetime(2026, 11, 30)
    with db.uow() as uow:
        bulk_insert_contacts(
            uow,
            [
                {**WORKED_WITH, "edited_at": old},
                {**FROM_A_FILE, "city": "Villeurbanne", "edited_at": new},
                {"first_name": "Anne", "last_name": "Martin", "edited_at": old},
                {"first_name": "Anne", "last_name": "Martin-Dubois", "edited_at": new},
            ],
        )
        uow.commit()
    with db.uow() as uow:
        rodriguez, rodrgruez, martin, married = sorted(uow.session.scalars(select(Contact.id)))
        merge_contacts(uow, rodriguez, [rodrgruez])
        merge_contacts(uow, martin, [married])
        uow.commit()
    with db.uow(write=False) as uow:
        kept = uow.session.get(Contact, rodriguez)
        assert kept is not None
        # A slip of the keyboard in the newer copy: the kept spelling stays...
        assert kept.last_name == "Rodriguez"
        # ...while its other newer values still win (the town it moved to).
        assert kept.city == "Villeurbanne"
        # A name that really changed is no typo: the most recent one wins, as before.
        anne = uow.session.get(Contact, martin)
        assert anne is not None and anne.last_name == "Martin-Dubois"
