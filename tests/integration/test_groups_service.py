"""Groups service: tree, cycles, dynamic + pinned + excluded members, subgroups, companies,
stale versions and change notices, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_crm.domain.clock import FixedClock
from desktop_crm.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_crm.domain.query import QueryError
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.groups import groups as g
from desktop_crm.services.groups import query as q
from desktop_crm.storage.models import Company, Contact, History
from desktop_crm.storage.uow import Database

CLOCK = FixedClock(dt.datetime(2026, 6, 15, 10, 0))


def _seed(db: Database) -> dict[str, int]:
    people = {
        "lefevre": {
            "first_name": "Jean",
            "last_name": "Lefèvre",
            "city": "Lyon",
            "postcode": "69001",
            "status": "Client",
            "email": "j@x.fr",
        },
        "martin": {
            "first_name": "Élise",
            "last_name": "Martin",
            "city": "Paris",
            "postcode": "75011",
            "status": "Prospect",
        },
        "bron": {
            "first_name": "Paul",
            "last_name": "Abel",
            "city": "BRON",
            "postcode": "69500",
            "status": "Client",
        },
        "dupont": {
            "first_name": "Marie",
            "last_name": "Dupont",
            "city": "Lyon",
            "postcode": "69003",
            "status": "Prospect",
            "email": "m@y.fr",
        },
    }
    with db.uow() as uow:
        ids = {key: create_contact(uow, values).id for key, values in people.items()}
        uow.commit()
    return ids


def test_query_text_finds_accent_and_case_free(db: Database) -> None:
    ids = _seed(db)
    with db.uow(write=False) as uow:
        assert q.matching_ids(uow, 'city = "lyon"') == [ids["dupont"], ids["lefevre"]]
        found = q.matching_ids(uow, 'status = "Client" and postcode starts with "69"')
        assert found == [ids["bron"], ids["lefevre"]]
        assert q.count_matching(uow, '(city = "Lyon" or city = "Bron") and email is not empty') == 2
        assert q.matching_ids(uow, 'not city = "Lyon"') == [ids["bron"], ids["martin"]]
        assert q.matching_ids(uow, 'last_name contains "EVR"') == [ids["lefevre"]]
        assert q.matching_ids(uow, 'lookup "jean lef"') == [ids["lefevre"]]
        rows = q.preview(uow, 'city = "Lyon"', limit=1)
        assert rows == [q.PreviewRow(ids["dupont"], "Marie Dupont", None, "Lyon")]
        fields = {f.name: f for f in q.query_fields(uow)}
        names = set(fields)
        assert "Client" in fields["status"].choices
        assert fields["birthday"].operators[-1] == "anniversary within next"
        assert "letter sent" in q.query_conditions()["history"]
        assert {"city", "last_reach", "birthday"} <= names
        with pytest.raises(QueryError, match="did you mean 'city'"):
            q.check_query(uow, 'citty = "Lyon"')


def test_dynamic_pinned_excluded_and_subgroups(db: Database) -> None:
    ids = _seed(db)
    with db.uow() as uow:
        parent = g.create_group(uow, "Salons")
        child = g.create_group(uow, "Lyon 2026", parent_id=parent.id, query_text='city = "Lyon"')
        g.add_members(uow, child.id, [ids["martin"]])
        assert g.member_ids(uow, child.id) == [ids["dupont"], ids["lefevre"], ids["martin"]]
        g.remove_members(uow, child.id, [ids["dupont"], ids["martin"]])
        assert g.member_ids(uow, child.id) == [ids["lefevre"]]
        g.add_members(uow, child.id, [ids["dupont"]])  # lifts the exclusion
        assert g.member_ids(uow, child.id) == [ids["dupont"], ids["lefevre"]]
        assert g.member_ids(uow, parent.id) == []
        g.update_group(uow, parent.id, parent.version, include_subgroups=True)
        assert g.count_members(uow, parent.id) == 2
        assert g.find_group(uow, "Salons/Lyon 2026").id == child.id
        assert g.find_group(uow, "lyon 2026").id == child.id
        tree = g.group_tree(uow)
        assert [(n.path, n.depth, n.is_dynamic) for n in tree] == [
            ("Salons", 0, False),
            ("Salons/Lyon 2026", 1, True),
        ]
        other = g.create_group(uow, "Lyonnais", query_text='in group "Salons/Lyon 2026"')
        assert g.member_ids(uow, other.id) == [ids["dupont"], ids["lefevre"]]
        assert [n.id for n in g.groups_of_contact(uow, ids["lefevre"])] == [
            other.id,
            parent.id,
            child.id,
        ]
        g.set_contact_groups(uow, ids["martin"], [parent.id])
        assert g.member_ids(uow, parent.id)[-1] == ids["martin"]
        uow.commit()


def test_cycles_conflicts_and_delete(db: Database) -> None:
    _seed(db)
    with db.uow() as uow:
        a = g.create_group(uow, "A")
        b = g.create_group(uow, "B", parent_id=a.id)
        with pytest.raises(ValidationError, match="under itself"):
            g.update_group(uow, a.id, a.version, parent_id=b.id)
        with pytest.raises(ValidationError, match="already there"):
            g.create_group(uow, "b", parent_id=a.id)
        with pytest.raises(QueryError, match="Unknown group"):
            g.create_group(uow, "C", query_text='in group "Nope"')
        renamed = g.update_group(uow, b.id, b.version, name="B2")
        with pytest.raises(ConflictError):
            g.update_group(uow, b.id, b.version, name="B3")
        uow.commit()
    with db.uow() as uow, pytest.raises(QueryError, match="includes itself"):
        g.update_group(uow, a.id, a.version, query_text='in group "A"')
    with db.uow() as uow:
        assert g.delete_group(uow, a.id) == [a.id, renamed.id]
        with pytest.raises(NotFoundError):
            g.find_group(uow, "A")
        uow.commit()


def test_companies_history_and_change_notices(db: Database) -> None:
    ids = _seed(db)
    with db.uow() as uow:
        company = Company(name="Acme", name_key="acme")
        uow.session.add(company)
        uow.session.flush()
        uow.session.get(Contact, ids["martin"]).company_id = company.id  # type: ignore[union-attr]
        uow.commit()
    group = db.run(g.create_group, "Salon").value
    result = db.run(g.add_members, group.id, [ids["bron"], ids["lefevre"]])
    assert result.value == 2
    assert result.changes.touches("group_member")
    assert result.changes.touches_contact(ids["bron"])
    result = db.run(g.add_companies, group.id, [company.id])
    assert result.changes.touches("group_company")
    with db.uow() as uow:
        assert g.contacts_of_companies(uow, group.id) == [ids["martin"]]
        for cid in (ids["bron"], ids["lefevre"]):
            uow.session.add(
                History(
                    contact_id=cid,
                    group_id=group.id,
                    type="letter_sent",
                    regarding="Invitation",
                    occurred_at=dt.datetime(2026, 3, 2, 9),
                )
            )
        uow.commit()
    runs = db.read(g.group_history, group.id)
    assert runs == [g.GroupRun("letter_sent", dt.date(2026, 3, 2), "Invitation", 2)]
    result = db.run(g.remove_members, group.id, [ids["bron"]])
    assert result.changes.touches_contact(ids["bron"])
    result = db.run(g.delete_group, group.id)
    assert result.changes.touches("contact_group")
    with db.uow() as uow:
        assert uow.session.scalar(select(History.group_id).limit(1)) is None


def test_save_lookup_as_group(db: Database) -> None:
    ids = _seed(db)
    with db.uow() as uow:
        dynamic = g.save_lookup_as_group(uow, "Jean", "jean lef")
        assert dynamic.query_text == 'lookup "jean lef"'
        static = g.save_lookup_as_group(uow, "Lyon now", "lyon", dynamic=False)
        assert static.pinned == 2 and not static.is_dynamic
        assert g.member_ids(uow, dynamic.id) == [ids["lefevre"]]
        uow.commit()


def test_relative_dates_use_the_clock(db: Database) -> None:
    ids = _seed(db)
    with db.uow() as uow:
        old = uow.session.get(Contact, ids["martin"])
        assert old is not None
        old.last_reach = dt.datetime(2025, 11, 1, 12)
        recent = uow.session.get(Contact, ids["dupont"])
        assert recent is not None
        recent.last_reach = dt.datetime(2026, 6, 1, 12)
        recent.birthday = dt.date(1980, 2, 29)
        uow.commit()
    with db.uow(write=False) as uow:
        assert q.matching_ids(uow, "last_reach older than 6 months", clock=CLOCK) == [ids["martin"]]
        assert q.matching_ids(uow, "last_reach in the last 30 days", clock=CLOCK) == [ids["dupont"]]
        assert q.matching_ids(uow, "last_reach = 2026-06-01", clock=CLOCK) == [ids["dupont"]]
        feb = FixedClock(dt.datetime(2027, 2, 20, 8))
        assert q.matching_ids(uow, "birthday anniversary within next 8 days", clock=feb) == [
            ids["dupont"]
        ]
        assert q.matching_ids(uow, "birthday anniversary within next 7 days", clock=feb) == []


def test_email_merge_to_a_dynamic_group_records_the_group(db: Database, tmp_path: Path) -> None:
    from desktop_crm.services.mailing.email import EmailTemplate, SendOptions, send_merge
    from desktop_crm.services.mailing.recipients import Selection, select_contacts
    from desktop_crm.services.mailing.transport import DraftTransport
    from tests.integration.mailing_fixtures import seed

    ids = seed(db, {"dupont_jean": {"email": "opt_in"}})
    group = db.run(g.create_group, "Nantais", query_text='city = "Nantes"').value
    # Never stale: a contact moving to Nantes joins the group's mailing at once.
    with db.uow() as uow:
        moved = uow.session.get(Contact, ids["lefevre"])
        assert moved is not None
        moved.city, moved.city_key = "Nantes", "nantes"
        uow.commit()
    selected = {c.id for c in db.read(select_contacts, Selection(group_id=group.id))}
    assert ids["lefevre"] in selected and ids["dupont_jean"] in selected
    template = EmailTemplate("Salon", "Bonjour", body_text="Bonjour")
    run = send_merge(
        db,
        Selection(group_id=group.id),
        template,
        DraftTransport(tmp_path / "drafts"),
        SendOptions(from_address="ventes@acme.fr"),
    )
    assert run.sent >= 1
    with db.uow(write=False) as uow:
        groups_of_sent = set(
            uow.session.scalars(select(History.group_id).where(History.type == "email_sent"))
        )
    assert groups_of_sent == {group.id}
    assert db.read(g.group_history, group.id)[0].type == "email_sent"


def test_conditions_on_the_contacts_company(db: Database) -> None:
    ids = _seed(db)
    with db.uow() as uow:
        acme = Company(name="Acmé Industrie", name_key="acme industrie", city="Lyon")
        other = Company(name="Borel", name_key="borel", city=None)
        uow.session.add_all([acme, other])
        uow.session.flush()
        for key, company in (("lefevre", acme), ("martin", other)):
            contact = uow.session.get(Contact, ids[key])
            assert contact is not None
            contact.company_id = company.id
        uow.commit()
    with db.uow(write=False) as uow:
        assert q.matching_ids(uow, 'company.name starts with "ACME"') == [ids["lefevre"]]
        assert q.matching_ids(uow, 'company.city = "Lyon"') == [ids["lefevre"]]
        # Contacts without a company have an empty company city.
        assert q.matching_ids(uow, "company.city is empty") == [
            ids["bron"],
            ids["dupont"],
            ids["martin"],
        ]
        assert q.matching_ids(uow, 'not company.city != "Lyon"') == [ids["lefevre"]]
        fields = {f.name: f for f in q.query_fields(uow)}
        assert fields["company.city"].label == "Company: City"


def test_group_writes_announce_their_changes(db: Database) -> None:
    created = db.run(g.create_group, "Salon")
    assert created.changes.ids("contact_group", "created") == {created.value.id}
    updated = db.run(g.update_group, created.value.id, created.value.version, name="Salon 2026")
    assert updated.value.name == "Salon 2026" and updated.value.version > created.value.version
    assert updated.changes.ids("contact_group", "updated") == {created.value.id}
