"""Fixtures for the contact workspace tests: a seeded SQLite database, settings, a context."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_crm.services.contacts.records import bulk_insert_contacts, create_contact
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from tests.ui.conftest import make_context

LAST_NAMES = ("Bernard", "Dubois", "Durand", "Lefèvre", "Martin", "Moreau", "Petit", "Roux")


@pytest.fixture
def seeded_db(sqlite_db: Database) -> Database:
    """300 contacts plus a known "Jean Lefèvre" with a valid phone and e-mail."""
    rows = [
        {
            "last_name": LAST_NAMES[i % len(LAST_NAMES)],
            "first_name": f"Prénom{i:03d}",
            "city": ("Lyon", "Paris", "Nantes")[i % 3],
            "postcode": "69001",
            "phone_business": f"+3314{i:07d}",
            "email": f"p{i}@example.fr",
        }
        for i in range(300)
    ]
    with sqlite_db.uow() as uow:
        bulk_insert_contacts(uow, rows)
        uow.commit()
    with sqlite_db.uow() as uow:
        create_contact(
            uow,
            {
                "first_name": "Jean",
                "last_name": "Lefèvre",
                "city": "Lyon",
                "phone_mobile": "06 12 34 56 78",
                "email": "jean@orange.fr",
                "company_name": "Acme",
            },
        )
        uow.commit()
    return sqlite_db


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[QSettings]:
    yield QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def context(seeded_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    """The operation runner over the seeded database (drained before the database closes)."""
    made = make_context(seeded_db, tmp_path)
    yield made
    made.ops.wait()
