"""A former customer's soft opt-in lapses after 3 years without a sign of the relationship
(CNIL): the sending oracle refuses a private person's e-mail with "soft_opt_in_expired",
a purchase, a call reached or an answer keeps it alive, our own e-mails do not. Both
backends (the ``db`` fixture)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.mailing.email import email_recipients
from desktop_crm.services.mailing.recipients import EXCLUSION_MESSAGES, Selection
from desktop_crm.services.privacy import consent, oracle
from desktop_crm.services.privacy.retention import set_retention_months
from desktop_crm.storage.models import History, Sale, utcnow
from desktop_crm.storage.uow import Database

BOUGHT = dt.datetime(2022, 1, 10, 10)


def _person(db: Database, email: str, company: str | None = None) -> int:
    values = {"first_name": "Lucie", "last_name": "Morel", "email": email}
    if company:
        values["company_name"] = company
    return db.run(create_contact, values).value.id


def _customer(db: Database, email: str, company: str | None = None, when=BOUGHT) -> int:  # type: ignore[no-untyped-def]
    contact_id = _person(db, email, company)
    db.run(
        consent.record_entry,
        contact_id,
        "email",
        "soft_opt_in",
        source="Commande n° 118",
        basis="contract",
        given_at=when,
    )

    def sale(uow):  # type: ignore[no-untyped-def]
        uow.session.add(Sale(contact_id=contact_id, sold_on=when.date(), amount=Decimal("90")))

    db.run(sale)
    return contact_id


def _history(db: Database, contact_id: int, kind: HistoryType, when: dt.datetime) -> None:
    def add(uow):  # type: ignore[no-untyped-def]
        uow.session.add(
            History(contact_id=contact_id, type=kind.value, occurred_at=when, regarding="x")
        )

    db.run(add)


def _decision(db: Database, contact_id: int, on: dt.date) -> oracle.Decision:
    return db.read(oracle.may_contact, contact_id, "email", on)


def test_a_soft_opt_in_lapses_three_years_after_the_last_sign(db: Database) -> None:
    lucie = _customer(db, "lucie.morel@gmail.com")
    within = _decision(db, lucie, dt.date(2024, 12, 31))
    assert within.allowed and within.reason == "soft_opt_in"
    lapsed = _decision(db, lucie, dt.date(2025, 2, 1))
    assert not lapsed.allowed and lapsed.reason == "soft_opt_in_expired"
    assert lapsed.status == "soft_opt_in" and "soft_opt_in_expired" in oracle.REFUSALS
    # Our own e-mail sent in 2024 is no sign from her; a call she answered is.
    _history(db, lucie, HistoryType.EMAIL_SENT, dt.datetime(2024, 6, 1, 9))
    assert _decision(db, lucie, dt.date(2025, 2, 1)).reason == "soft_opt_in_expired"
    _history(db, lucie, HistoryType.CALL_REACHED, dt.datetime(2024, 5, 2, 11))
    assert _decision(db, lucie, dt.date(2025, 2, 1)).reason == "soft_opt_in"
    assert _decision(db, lucie, dt.date(2027, 5, 3)).reason == "soft_opt_in_expired"
    # A later purchase starts the clock again.
    db.run(
        lambda uow: uow.session.add(
            Sale(contact_id=lucie, sold_on=dt.date(2026, 9, 1), amount=Decimal("40"))
        )
    )
    assert _decision(db, lucie, dt.date(2027, 5, 3)).allowed
    # The team's retention period is the duration (Tools › Data retention).
    db.run(set_retention_months, 6)
    assert _decision(db, lucie, dt.date(2027, 5, 3)).reason == "soft_opt_in_expired"


def test_an_explicit_opt_in_and_a_work_address_do_not_lapse(db: Database) -> None:
    paul = _person(db, "paul.henry@gmail.com")
    db.run(
        consent.record_entry,
        paul,
        "email",
        "opt_in",
        source="Formulaire web",
        basis="consent",
        given_at=dt.datetime(2020, 1, 1, 8),
    )
    assert _decision(db, paul, dt.date(2027, 1, 1)).reason == "opt_in"
    pro = _customer(db, "anne.roy@roy-batiment.fr", company="Roy Bâtiment")
    decision = _decision(db, pro, dt.date(2027, 1, 1))
    assert decision.allowed and decision.reason == "b2b_no_objection"  # B2B rule, not consent


def test_an_e_mailing_leaves_out_the_lapsed_customer_with_the_reason(db: Database) -> None:
    now = utcnow()
    old = _customer(db, "old.client@gmail.com", when=now - dt.timedelta(days=4 * 365))
    recent = _customer(db, "new.client@gmail.com", when=now - dt.timedelta(days=200))
    found = db.read(email_recipients, Selection(contact_ids=(old, recent)))
    assert [c.id for c in found.recipients] == [recent]
    assert [(e.contact_id, e.reason) for e in found.excluded] == [(old, "soft_opt_in_expired")]
    assert "lapsed" in EXCLUSION_MESSAGES["soft_opt_in_expired"]
