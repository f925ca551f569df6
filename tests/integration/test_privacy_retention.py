"""Retention: with an injected clock, the prospects flagged are exactly those whose last
inbound contact is older than the period (an e-mail opened or sent does not count)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import insert

from desktop_crm.cli import main
from desktop_crm.services.privacy.retention import (
    INBOUND_TYPES,
    apply_retention,
    due_for_retention,
    last_inbound,
    months_before,
    retention_months,
    set_retention_months,
)
from desktop_crm.storage.models import Base, History, Sale
from desktop_crm.storage.uow import Database
from tests.integration.privacy_helpers import add_person, count

NOW = dt.datetime(2027, 6, 15, 12, 0)
TYPES = (*INBOUND_TYPES, "email_opened", "email_sent", "letter_sent", "call_attempted")
STATUSES = (None, "Prospect", "Suspect", "prospect", "Client", "Ancien client", "Fournisseur")


def _moment(rng: random.Random) -> dt.datetime:
    return NOW - dt.timedelta(days=rng.randint(0, 6 * 365), hours=rng.randint(0, 23))


def test_flagged_set_equals_the_oracle(db: Database) -> None:
    rng = random.Random(16)
    expected: set[int] = set()
    for i in range(60):
        created = _moment(rng)
        reach = _moment(rng) if rng.random() < 0.3 else None
        meeting = _moment(rng) if rng.random() < 0.2 else None
        status = rng.choice(STATUSES)
        contact = add_person(
            db,
            first_name=f"P{i}",
            last_name=f"Nom{i}",
            email=f"p{i}@x.fr",
            email2=None,
            phone_mobile=None,
            phone_business=None,
            status=status,
            created_at=created,
            last_reach=reach,
            last_meeting=meeting,
        )
        inbound = []
        with db.uow() as uow:
            for _ in range(rng.randint(0, 3)):
                kind, when = rng.choice(TYPES), _moment(rng)
                uow.session.execute(
                    insert(History).values(contact_id=contact, type=kind, occurred_at=when)
                )
                if kind in INBOUND_TYPES:
                    inbound.append(when)
            bought = rng.random() < 0.1
            if bought:
                uow.session.execute(
                    insert(Sale).values(contact_id=contact, sold_on=dt.date(2020, 1, 1))
                )
            uow.commit()
        prospect = (status or "").lower() in ("", "prospect", "suspect") and not bought
        cutoff = months_before(NOW, 36)
        if prospect and last_inbound(created, reach, meeting, inbound) < cutoff:
            expected.add(contact)
    report = db.read(due_for_retention, 36, now=NOW)
    assert {c.contact_id for c in report.candidates} == expected
    assert expected  # the random world has some
    assert report.cutoff == dt.datetime(2024, 6, 15, 12, 0)


def test_months_before_keeps_the_end_of_month() -> None:
    assert months_before(dt.datetime(2027, 3, 31), 1) == dt.datetime(2027, 2, 28)
    assert months_before(dt.datetime(2028, 3, 31), 1) == dt.datetime(2028, 2, 29)
    assert months_before(dt.datetime(2027, 1, 15), 36) == dt.datetime(2024, 1, 15)


def test_setting_and_apply_erase_the_due_prospects(db: Database) -> None:
    assert db.read(retention_months) == 36
    db.run(set_retention_months, 12)
    assert db.read(retention_months) == 12
    old = add_person(db, created_at=NOW - dt.timedelta(days=800))
    recent = add_person(
        db,
        first_name="Rose",
        last_name="Récente",
        email="r@x.fr",
        email2=None,
        phone_mobile=None,
        phone_business=None,
        created_at=NOW - dt.timedelta(days=20),
    )
    report = db.read(due_for_retention, None, now=NOW)
    assert [c.contact_id for c in report.candidates] == [old]
    results = db.run(apply_retention, None, [old]).value
    assert [r.contact_id for r in results] == [old]
    assert count(db, "contact", id=old) == 0 and count(db, "contact", id=recent) == 1
    assert count(db, "erasure_record", origin="retention") == 1
    assert Base.metadata.tables["erasure_record"] is not None


def test_cli_retention_lists_and_applies(sqlite_url: str, capsys, monkeypatch) -> None:
    db = Database(sqlite_url)
    old = add_person(db, created_at=dt.datetime(2001, 1, 1))
    db.dispose()
    assert main(["privacy", "retention", "--json", "--db", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert f'"contact_id": {old}' in out and '"erased": 0' in out
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert main(["privacy", "retention", "--apply", "--db", sqlite_url]) == 2
    assert main(["privacy", "retention", "--apply", "--yes", "--db", sqlite_url]) == 0
    assert "Erased 1 prospect(s)" in capsys.readouterr().out
    assert main(["privacy", "retention", "--months", "0", "--db", sqlite_url]) == 2


def test_cli_register_pdf(sqlite_url: str, tmp_path: Path, monkeypatch) -> None:
    from desktop_crm.services.privacy.register import register_figures, register_paper

    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    target = tmp_path / "registre.pdf"
    assert main(["privacy", "register", "-o", str(target), "--db", sqlite_url]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    db = Database(sqlite_url)
    paper = register_paper(db.read(register_figures), "fr")
    db.dispose()
    assert paper.title == "Registre des traitements"
    texts = " ".join(v for s in paper.sections for b in s.blocks for _k, v in b.lines)
    assert "36 mois" in texts and "Intérêt légitime" in texts
    assert main(["privacy", "register", "-o", str(tmp_path), "--db", sqlite_url]) == 1


def test_an_answer_to_a_campaign_is_an_inbound_contact(db: Database) -> None:
    """A prospect who answered a campaign last month (a note in the history, not a call) is
    not due; an old answer or an unsubscription does not keep the record."""
    from desktop_crm.services.campaigns.records import CampaignInput, add_targets, create_campaign
    from desktop_crm.services.campaigns.responses import log_response

    old = NOW - dt.timedelta(days=5 * 365)
    people = {
        name: add_person(
            db,
            first_name=name,
            last_name="Prospect",
            email=f"{name}@x.fr",
            email2=None,
            phone_mobile=None,
            phone_business=None,
            created_at=old,
        )
        for name in ("recent", "unsubscribed", "long_ago", "silent")
    }
    campaign = db.run(create_campaign, CampaignInput(name="Relance", channel="mail")).value
    db.run(add_targets, campaign.id, list(people.values()))
    last_month = NOW - dt.timedelta(days=30)
    db.run(log_response, campaign.id, people["recent"], "interested", last_month)
    db.run(log_response, campaign.id, people["unsubscribed"], "unsubscribed", last_month)
    db.run(log_response, campaign.id, people["long_ago"], "replied", old + dt.timedelta(days=10))
    report = db.read(due_for_retention, 36, now=NOW)
    due = {c.contact_id: c.last_inbound for c in report.candidates}
    assert set(due) == {people["unsubscribed"], people["long_ago"], people["silent"]}
    assert due[people["long_ago"]] == old + dt.timedelta(days=10)
