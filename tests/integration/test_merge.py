"""Merging contacts and companies, and undoing merges, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_crm.domain.errors import ConflictError, DomainError
from desktop_crm.services.duplicates.merge import (
    list_merges,
    merge_companies,
    merge_contacts,
    unmerge,
)
from desktop_crm.services.duplicates.merge_refs import (
    COMPANY_REFS,
    CONTACT_REFS,
    PLAIN_ID_REFS,
    plain_id_columns,
    references_to,
)
from desktop_crm.storage.models import Company, Consent, Contact, History, Note, Opportunity
from desktop_crm.storage.uow import Database
from tests.integration.merge_helpers import (
    RELATED_KINDS,
    add_company,
    add_contact,
    add_related,
    dump,
    orphans,
    related_count,
    shared_parents,
)


def test_handled_references_are_exactly_the_schema() -> None:
    assert set(CONTACT_REFS) == references_to("contact")
    assert set(COMPANY_REFS) == references_to("company")
    assert set(PLAIN_ID_REFS) == plain_id_columns()


def test_merge_moves_everything_and_undo_restores_exactly(db: Database) -> None:
    parents = shared_parents(db)
    keep = add_contact(db, phone_mobile="+33612345678", email="jean@exemple.fr", city="Lyon")
    other = add_contact(
        db,
        first_name="Jean",
        last_name="MARTIN",
        phone_business="+33144556677",
        email="jmartin@exemple.fr",
        city="Lyon 3e",
        do_not_mail=True,
    )
    for kind in RELATED_KINDS:
        add_related(db, other, parents, kind)
    add_related(db, keep, parents, "group")
    add_related(db, keep, parents, "consent:email:opt_in")
    add_related(db, keep, parents, "series")
    before = dump(db)
    before_counts = related_count(db, [keep, other])

    with db.uow() as uow:
        result = merge_contacts(uow, keep, [other])
        uow.commit()

    assert result.merged_ids == (other,)
    assert orphans(db) == []
    after_counts = related_count(db, [keep])
    # Every related row is on the kept contact; duplicates of unique rows are merged.
    for name, count in before_counts.items():
        if name in ("group_member", "consent", "series_run"):
            continue
        if name == "consent_entry":  # every entry kept, plus one per channel saying who won
            assert after_counts[name] > count, name
            continue
        extra = {"history": 1, "note": 1}.get(name, 0)
        assert after_counts[name] == count + extra, name
    assert after_counts["group_member"] == 2  # G (both) and G2
    with db.uow(write=False) as uow:
        kept = uow.session.get(Contact, keep)
        assert kept is not None
        assert kept.do_not_mail is True  # the strictest flag survives
        assert kept.email == "jean@exemple.fr"
        assert kept.email2 == "jmartin@exemple.fr"  # the losing e-mail is not lost
        assert kept.phone_business == "+33144556677"  # empty on the kept one: filled
        consents = {
            c.channel: c.status
            for c in uow.session.scalars(select(Consent).where(Consent.contact_id == keep))
        }
        assert consents["email"] == "opt_out"
        assert uow.session.get(Contact, other) is None
        note = uow.session.scalars(
            select(Note).where(Note.contact_id == keep, Note.text.like("Fusion%"))
        ).one()
        assert "Lyon 3e" in note.text and "MARTIN" in note.text
        merged = uow.session.scalars(
            select(History).where(History.contact_id == keep, History.type == "contact_merged")
        ).one()
        assert str(other) in (merged.regarding or "")

    with db.uow() as uow:
        undone = unmerge(uow, result.merge_id)
        uow.commit()
    assert undone.restored_ids == (other,)
    assert dump(db) == before
    with db.uow(write=False) as uow:
        assert list_merges(uow)[0].undone_at is not None


def test_undo_refuses_out_of_order_and_after_edit(db: Database) -> None:
    a, b, c = (add_contact(db, last_name=n) for n in ("Martin", "Martin", "Martin"))
    with db.uow() as uow:
        first = merge_contacts(uow, a, [b])
        uow.commit()
    with db.uow() as uow:
        second = merge_contacts(uow, a, [c])
        uow.commit()
    with db.uow() as uow, pytest.raises(DomainError) as info:
        unmerge(uow, first.merge_id)
    assert info.value.code == "later_merge"
    with db.uow() as uow:
        unmerge(uow, second.merge_id)
        uow.commit()
    with db.uow() as uow:
        kept = uow.session.get(Contact, a)
        assert kept is not None
        kept.city = "Paris"
        uow.commit()
    with db.uow() as uow, pytest.raises(DomainError) as info:
        unmerge(uow, first.merge_id)
    assert info.value.code == "edited_since_merge"
    with db.uow() as uow:
        unmerge(uow, first.merge_id, force=True)
        uow.commit()
    with db.uow(write=False) as uow:
        assert uow.session.get(Contact, b) is not None


def test_merge_never_leaves_an_opportunity_recommended_by_its_own_contact(db: Database) -> None:
    """The kept contact's opportunity recommended by the duplicate, the duplicate's
    recommended by the kept one, one between two duplicates: each would become the kept
    contact's, recommended by itself. The referrer is unlinked; other referrals follow; undo
    puts every one back."""
    keep, first, second = (add_contact(db, last_name=n) for n in ("Martin", "MARTIN", "Martín"))
    outsider = add_contact(db, last_name="Petit")
    links = {
        "kept, by the duplicate": (keep, first),
        "duplicate, by the kept": (first, keep),
        "between duplicates": (first, second),
        "kept, by an outsider": (keep, outsider),
        "outsider, by the duplicate": (outsider, second),
        "already its own": (outsider, outsider),
    }
    with db.uow() as uow:
        opps = {
            label: Opportunity(name=label, contact_id=c, referrer_contact_id=r)
            for label, (c, r) in links.items()
        }
        uow.session.add_all(opps.values())
        uow.commit()
        ids = {label: int(o.id) for label, o in opps.items()}
    before = dump(db)

    with db.uow() as uow:
        merged = merge_contacts(uow, keep, [first, second])
        uow.commit()
    with db.uow(write=False) as uow:
        now = {
            label: tuple(
                uow.session.execute(
                    select(Opportunity.contact_id, Opportunity.referrer_contact_id).where(
                        Opportunity.id == oid
                    )
                ).one()
            )
            for label, oid in ids.items()
        }
    assert now == {
        "kept, by the duplicate": (keep, None),
        "duplicate, by the kept": (keep, None),
        "between duplicates": (keep, None),
        "kept, by an outsider": (keep, outsider),
        "outsider, by the duplicate": (outsider, keep),
        "already its own": (outsider, outsider),  # not the merge's business
    }
    with db.uow() as uow:
        unmerge(uow, merged.merge_id)
        uow.commit()
    assert dump(db) == before


def test_three_way_merge_keeps_opt_out_from_any(db: Database) -> None:
    parents = shared_parents(db)
    a, b, c = (add_contact(db, last_name="Durand") for _ in range(3))
    add_related(db, a, parents, "consent:phone:opt_in")
    add_related(db, c, parents, "consent:phone:opt_out")
    with db.uow() as uow:
        merge_contacts(uow, a, [b, c])
        uow.commit()
    with db.uow(write=False) as uow:
        status = uow.session.scalar(select(Consent.status).where(Consent.contact_id == a))
    assert status == "opt_out"


def test_field_winners_can_be_chosen(db: Database) -> None:
    a = add_contact(db, city="Lyon")
    b = add_contact(db, city="Paris")
    with db.uow() as uow:
        merge_contacts(uow, a, [b], winners={"city": b})
        uow.commit()
    with db.uow(write=False) as uow:
        kept = uow.session.get(Contact, a)
        assert kept is not None and kept.city == "Paris" and kept.city_key == "paris"


def test_company_merge_moves_contacts_and_divisions(db: Database) -> None:
    keep = add_company(db, "Dupont et Fils", phone="+33144556677")
    other = add_company(db, "SARL Dupont & Fils", city="Lyon")
    division = add_company(db, "Dupont Sud", parent_id=other)
    person = add_contact(db, company_id=other, company_name="SARL Dupont & Fils")
    before = dump(db)
    with db.uow() as uow:
        result = merge_companies(uow, keep, [other])
        uow.commit()
    with db.uow(write=False) as uow:
        contact = uow.session.get(Contact, person)
        assert contact is not None
        assert contact.company_id == keep and contact.company_name == "Dupont et Fils"
    assert orphans(db) == []
    after = dump(db)
    assert any(row[0] == division and keep in row for row in after["company"])
    with db.uow() as uow:
        unmerge(uow, result.merge_id)
        uow.commit()
    assert dump(db) == before


def test_company_merge_taking_the_other_name_renames_the_kept_contacts(db: Database) -> None:
    keep = add_company(db, "Dupont et Fils")
    other = add_company(db, "SARL Dupont & Fils")
    own = add_contact(db, last_name="Roux", company_id=keep, company_name="Dupont et Fils")
    moved = add_contact(db, last_name="Petit", company_id=other, company_name="SARL Dupont")
    before = dump(db)
    with db.uow() as uow:
        result = merge_companies(uow, keep, [other], winners={"name": other})
        uow.commit()
    assert result.moved.get("contact") == 1  # the kept company's own contact was not moved
    with db.uow(write=False) as uow:
        for cid in (own, moved):
            contact = uow.session.get(Contact, cid)
            assert contact is not None
            assert (contact.company_id, contact.company_name, contact.company_key) == (
                keep,
                "SARL Dupont & Fils",
                "sarl dupont & fils",
            )
            assert contact.version == 2
    with db.uow() as uow:
        unmerge(uow, result.merge_id)
        uow.commit()
    assert dump(db) == before


def test_merge_refuses_records_changed_since_the_dialog_opened(db: Database) -> None:
    a = add_contact(db, city="Lyon")
    b = add_contact(db, city="Paris")
    with db.uow() as uow:
        other = uow.session.get(Contact, b)
        assert other is not None
        other.city = "Marseille"  # a colleague saves: version 2
        uow.commit()
    with db.uow() as uow, pytest.raises(ConflictError):
        merge_contacts(uow, a, [b], expected_versions={a: 1, b: 1})
    with db.uow(write=False) as uow:
        assert uow.session.get(Contact, b) is not None


def test_new_contacts_never_take_a_merged_id(db: Database) -> None:
    keep = add_contact(db, last_name="Martin")
    other = add_contact(db, last_name="Martin")
    with db.uow() as uow:
        merge_contacts(uow, keep, [other])
        uow.commit()
    assert add_contact(db, last_name="Nouveau") > other


def test_undo_refuses_when_the_merged_id_was_reused(sqlite_db: Database) -> None:
    keep = add_contact(sqlite_db, last_name="Martin")
    other = add_contact(sqlite_db, last_name="Martin")
    with sqlite_db.uow() as uow:
        result = merge_contacts(uow, keep, [other])
        uow.commit()
    # Ids are never reused by the app (AUTOINCREMENT); a record restored by hand can still
    # bring the id back, and undo must not overwrite it.
    with sqlite_db.uow() as uow:
        uow.session.add(Contact(id=other, last_name="Nouveau"))
        uow.commit()
    with sqlite_db.uow() as uow, pytest.raises(DomainError) as info:
        unmerge(uow, result.merge_id)
    assert info.value.code == "id_reused"
    with sqlite_db.uow(write=False) as uow:
        kept_new = uow.session.get(Contact, other)
        assert kept_new is not None and kept_new.last_name == "Nouveau"


def test_better_typed_value_wins_by_default(db: Database) -> None:
    a = add_contact(db, last_name="Lefèvre", city="Paris")
    b = add_contact(
        db, last_name="LEFEVRE", city="Lyon", edited_at=dt.datetime(2026, 6, 1)
    )  # more recent
    with db.uow() as uow:
        merge_contacts(uow, a, [b])
        uow.commit()
    with db.uow(write=False) as uow:
        kept = uow.session.get(Contact, a)
        assert kept is not None
        assert kept.last_name == "Lefèvre"  # same name typed better
        assert kept.city == "Lyon"  # a different value: the most recent edit wins


def test_merge_a_pinned_group_member_wins_over_the_kept_contacts_exclusion(
    db: Database,
) -> None:
    from desktop_crm.services.groups import groups as g

    keep = add_contact(db, last_name="Martin", city="Lyon")
    other = add_contact(db, last_name="Martin", city="Paris")
    with db.uow() as uow:
        group = g.create_group(uow, "Lyonnais", query_text='city = "Lyon"').id
        g.remove_members(uow, group, [keep])  # the kept one: excluded from the query
        g.add_members(uow, group, [other])  # the merged one: pinned by hand
        uow.commit()
    with db.uow(write=False) as uow:
        assert g.member_ids(uow, group) == [other]
    before = dump(db)

    with db.uow() as uow:
        result = merge_contacts(uow, keep, [other])
        uow.commit()

    with db.uow(write=False) as uow:
        assert g.member_ids(uow, group) == [keep]
    with db.uow() as uow:
        unmerge(uow, result.merge_id)
        uow.commit()
    assert dump(db) == before


def test_company_merge_never_makes_an_ancestor_of_the_kept_company_its_division(
    db: Database,
) -> None:
    """Kept company K under D, D under E, E a division of the merged X: E becoming K's
    division would make a loop K -> D -> E -> K. E is unlinked instead; undo puts it back."""
    other = add_company(db, "SARL Dupont & Fils")
    upper = add_company(db, "Dupont Europe", parent_id=other)
    lower = add_company(db, "Dupont France", parent_id=upper)
    keep = add_company(db, "Dupont et Fils", parent_id=lower)
    sibling = add_company(db, "Dupont Sud", parent_id=other)
    before = dump(db)
    with db.uow() as uow:
        result = merge_companies(uow, keep, [other], winners={"parent_id": keep})
        uow.commit()
    with db.uow(write=False) as uow:
        parents = dict(
            uow.session.execute(
                select(Company.id, Company.parent_id).where(
                    Company.id.in_([upper, lower, keep, sibling])
                )
            ).all()
        )
    assert parents == {upper: None, lower: upper, keep: lower, sibling: keep}
    with db.uow() as uow:
        unmerge(uow, result.merge_id)
        uow.commit()
    assert dump(db) == before
