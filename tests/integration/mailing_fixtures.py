"""Contacts for the mailing tests: a mix of addresses, flags and consents."""

from __future__ import annotations

from typing import Any

from desktop_crm.services.contacts.records import create_contact
from desktop_crm.storage.models import Consent
from desktop_crm.storage.uow import Database

PEOPLE: dict[str, dict[str, Any]] = {
    "lefevre": {
        "civility": "Mme",
        "first_name": "Hélène",
        "last_name": "Lefèvre",
        "address1": "12 bis, avenue du Général-de-Gaulle",
        "postcode": "69003",
        "city": "Lyon",
        "email": "helene.lefevre@orange.fr",
    },
    "dupont_jean": {
        "civility": "M.",
        "first_name": "Jean",
        "last_name": "Dupont",
        "address1": "3 rue des Lilas",
        "postcode": "44000",
        "city": "Nantes",
        "email": "jean.dupont@gmail.com",
        "phone_business": "02 40 11 22 33",
    },
    "dupont_marie": {
        "civility": "Mme",
        "first_name": "Marie",
        "last_name": "Dupont",
        "address1": "3 rue des Lilas",
        "postcode": "44000",
        "city": "Nantes",
    },
    "martin": {
        "civility": "M.",
        "first_name": "Paul",
        "last_name": "Martin",
        "company_name": "Établissements Martin",
        "department": "Achats",
        "address1": "BP 12",
        "address2": "ZI des Vignes",
        "postcode": "33000",
        "city": "Bordeaux",
        "cedex": "9",
        "email": "p.martin@martin-sa.fr",
    },
    "bernard": {
        "civility": "Mme",
        "first_name": "Julie",
        "last_name": "Bernard",
        "company_name": "Établissements Martin",
        "address1": "BP 12",
        "address2": "ZI des Vignes",
        "postcode": "33000",
        "city": "Bordeaux",
        "cedex": "9",
        "email": "j.bernard@martin-sa.fr",
    },
    "npai": {
        "civility": "M.",
        "first_name": "Luc",
        "last_name": "Npai",
        "address1": "1 rue X",
        "postcode": "75001",
        "city": "Paris",
        "npai": True,
    },
    "nomail": {
        "civility": "M.",
        "first_name": "Marc",
        "last_name": "Nomail",
        "address1": "2 rue Y",
        "postcode": "75002",
        "city": "Paris",
        "do_not_mail": True,
        "do_not_email": True,
        "email": "marc@nomail.fr",
    },
    "noaddress": {"first_name": "Zoé", "last_name": "Sansadresse", "email": "zoe@free.fr"},
}


def seed(db: Database, consents: dict[str, dict[str, str]] | None = None) -> dict[str, int]:
    """Create :data:`PEOPLE`; ``consents`` maps a person to {channel: status}."""
    ids: dict[str, int] = {}
    with db.uow() as uow:
        for key, values in PEOPLE.items():
            ids[key] = create_contact(uow, values).id
        for key, channels in (consents or {}).items():
            for channel, status in channels.items():
                uow.session.add(Consent(contact_id=ids[key], channel=channel, status=status))
        uow.commit()
    return ids
