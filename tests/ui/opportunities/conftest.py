"""The opportunity screen tests share the contact tests' seeded database and context, plus
a price list and a few opportunities."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_crm.domain.opportunities import OpportunityInput, ProductLine
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.opportunities.processes import list_processes
from desktop_crm.services.opportunities.products import create_product
from desktop_crm.services.opportunities.records import close_opportunity, create_opportunity
from desktop_crm.storage.uow import Database
from tests.ui.contacts.conftest import context, seeded_db, settings


@pytest.fixture
def opp_db(seeded_db: Database) -> Database:
    """Three products and twelve opportunities over the stages, two of them closed."""
    with seeded_db.uow() as uow:
        create_product(
            uow, "Licence CRM", Decimal("490.00"), family="Logiciels", cost=Decimal("50")
        )
        create_product(
            uow, "Formation", Decimal("1200.00"), family="Formation", cost=Decimal("600")
        )
        create_product(uow, "Maintenance", Decimal("99.90"), family="Maintenance")
        process = list_processes(uow)[0]
        contacts = list(lookup_ids(uow, "Martin"))[:6]
        made = []
        for n in range(12):
            stage = process.stages[n % 5]
            view = create_opportunity(
                uow,
                OpportunityInput(
                    name=f"Affaire {n:02d}",
                    contact_id=contacts[n % len(contacts)],
                    process_id=process.id,
                    stage_id=stage.id,
                    amount=Decimal(1000 + n * 250) + Decimal("0.50"),
                ),
            )
            made.append(view)
        close_opportunity(uow, made[10].id, made[10].version, "won", "Prix")
        close_opportunity(uow, made[11].id, made[11].version, "lost", "Budget", "Concurrent SA")
        uow.commit()
    return seeded_db


__all__ = ["ProductLine", "context", "opp_db", "seeded_db", "settings"]
