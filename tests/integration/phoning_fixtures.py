"""Five contacts, a group and a campaign for the phoning and campaign sends tests."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.services.contacts.links import record_consent
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.groups.groups import add_members, create_group
from desktop_crm.storage.models import Campaign
from desktop_crm.storage.uow import Database, UnitOfWork

PEOPLE = (
    {
        "first_name": "Anne",
        "last_name": "Arnaud",
        "phone_business": "01 42 00 00 01",
        "address1": "1 rue de la Paix",
        "postcode": "75002",
        "city": "Paris",
        "email": "anne.arnaud@arnaud-sa.fr",
        "company_name": "Arnaud SA",
    },
    {
        "first_name": "Bruno",
        "last_name": "Bernard",
        "phone_mobile": "06 12 00 00 02",
        "do_not_call": True,
        "email": "bruno@bernard.fr",
    },
    {
        "first_name": "Chloé",
        "last_name": "Colin",
        "phone_business": "01 42 00 00 03",
        "address1": "3 quai Saint-Vincent",
        "postcode": "69001",
        "city": "Lyon",
        "email": "chloe.colin@colin.fr",
    },
    {
        "first_name": "David",
        "last_name": "Durand",
        "phone_business": "01 42 00 00 04",
        "email": "david.durand@durand.fr",
    },
    {
        "first_name": "Emma",
        "last_name": "Etienne",
        "phone_mobile": "06 12 00 00 05",
        "email": "emma@etienne.fr",
    },
)


@dataclass(frozen=True)
class Seeded:
    contact_ids: tuple[int, ...]
    group_id: int
    campaign_id: int


def _seed(uow: UnitOfWork, *, opted_out: bool) -> Seeded:
    ids = tuple(create_contact(uow, person).id for person in PEOPLE)
    group = create_group(uow, "Prospects phoning")
    add_members(uow, group.id, ids)
    campaign = Campaign(name="Relance automne", channel="phone", target_group_id=group.id)
    uow.session.add(campaign)
    uow.session.flush()
    if opted_out:
        record_consent(uow, ids[4], "phone", "opt_out", "Demande écrite")
    return Seeded(ids, group.id, campaign.id)


def seed(db: Database, *, opted_out: bool = False) -> Seeded:
    return db.run(_seed, opted_out=opted_out).value
