"""The contact card report's history in the report's language (screens10: a French report
printed "outgoing" in the Result column and "city: Créteil → …" with the column's name)."""

from __future__ import annotations

import datetime as dt

from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.reports import ReportParams
from desktop_crm.services.contacts.calls import CallInput, log_call
from desktop_crm.services.contacts.records import create_contact, get_contact, update_contact
from desktop_crm.services.reports.registry import build
from desktop_crm.storage.uow import Database, UnitOfWork


def _contact(uow: UnitOfWork) -> int:
    contact_id = create_contact(uow, {"last_name": "Duval", "city": "Créteil"}).id
    log_call(
        uow,
        CallInput(
            contact_id=contact_id,
            result=HistoryType.CALL_REACHED,
            occurred_at=dt.datetime(2026, 11, 2, 9, 0),
            regarding="Relance devis",
        ),
    )
    view = get_contact(uow, contact_id)
    update_contact(uow, contact_id, view.version, {"city": "Saint-Genis-les-Ollières"})
    return contact_id


def _history(db: Database, language: str) -> list[tuple[object, ...]]:
    contact_id = db.run(_contact).value
    document = db.read(build, "contact-detail", ReportParams(language, contact_id=contact_id))
    return [tuple(row) for row in document.tables[-1].rows]


def test_a_french_report_says_the_field_and_the_direction(sqlite_db: Database) -> None:
    rows = _history(sqlite_db, "fr")
    subjects = [row[3] for row in rows]
    results = [row[4] for row in rows]
    assert "Ville : Créteil → Saint-Genis-les-Ollières" in subjects
    assert not any(str(s).startswith("city") for s in subjects)
    assert "Sortant" in results and "outgoing" not in results
    assert "Relance devis" in subjects
    assert "Contact created" not in subjects  # the Type column says "Contact créé"


def test_an_english_report_says_them_in_english(sqlite_db: Database) -> None:
    rows = _history(sqlite_db, "en")
    assert "City: Créteil → Saint-Genis-les-Ollières" in [row[3] for row in rows]
    assert "Outgoing" in [row[4] for row in rows]


def test_an_opportunitys_change_and_a_user_field_keep_their_own_words(
    sqlite_db: Database,
) -> None:
    """An opportunity's status and stage and a user field also write a field name; they are
    printed as they were said (the opportunity's name, the user field's label), not as a
    contact field ("Statut : won → open" read as the contact's status, "budget_annuel")."""
    from decimal import Decimal

    from sqlalchemy import select

    from desktop_crm.domain.opportunities import OpportunityInput
    from desktop_crm.services.fields.definitions import define_field
    from desktop_crm.services.fields.values import set_values
    from desktop_crm.services.opportunities.records import (
        change_stage,
        close_opportunity,
        create_opportunity,
        reopen_opportunity,
    )
    from desktop_crm.storage.models import SalesStage

    def fill(uow: UnitOfWork) -> int:
        contact_id = create_contact(uow, {"last_name": "Duval", "status": "prospect"}).id
        deal = create_opportunity(
            uow, OpportunityInput(name="Devis flotte", contact_id=contact_id, amount=Decimal(9))
        )
        stages = list(uow.session.scalars(select(SalesStage).order_by(SalesStage.id)))
        change_stage(uow, deal.id, None, stages[2].id)
        close_opportunity(uow, deal.id, None, "won", "Prix")
        reopen_opportunity(uow, deal.id, None)
        define_field(uow, "contact", "budget_annuel", "number", label="Budget annuel")
        set_values(uow, "contact", contact_id, {"budget_annuel": "1200"})
        view = get_contact(uow, contact_id)
        update_contact(uow, contact_id, view.version, {"status": "client"})
        return contact_id

    contact_id = sqlite_db.run(fill).value
    document = sqlite_db.read(build, "contact-detail", ReportParams("fr", contact_id=contact_id))
    subjects = [str(row[3]) for row in document.tables[-1].rows]
    assert "Statut : prospect → client" in subjects  # (the contact's own: in words)
    assert any(s.startswith("Devis flotte: ") and "→" in s for s in subjects), subjects
    assert not any(s.startswith(("Statut : won", "stage", "budget_annuel")) for s in subjects)
    assert any(s.startswith("Budget annuel") for s in subjects), subjects
