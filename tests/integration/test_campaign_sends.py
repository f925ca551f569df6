"""Sends and responses for a campaign, and the phoning session's service, on both backends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.services.campaigns.responses import (
    ResponseRow,
    import_responses,
    log_response,
)
from desktop_crm.services.campaigns.sends import find_campaign, record_sends
from desktop_crm.services.phoning.session import (
    SKIP_DO_NOT_CALL,
    SKIP_NO_PHONE,
    SKIP_SUPPRESSED,
    SessionTarget,
    call_sheet,
    load_session,
    log_session_call,
    save_position,
)
from desktop_crm.storage.models import (
    Activity,
    CampaignMember,
    Consent,
    Contact,
    History,
)
from desktop_crm.storage.uow import Database
from tests.integration.phoning_fixtures import seed

WHEN = dt.datetime(2026, 11, 30, 10, 0)


def _members(db: Database, campaign_id: int) -> dict[int, tuple[str, dt.datetime | None]]:
    with db.uow(write=False) as uow:
        return {
            m.contact_id: (m.status, m.sent_at)
            for m in uow.session.scalars(
                select(CampaignMember).where(CampaignMember.campaign_id == campaign_id)
            )
        }


def _history(db: Database, campaign_id: int) -> list[tuple[int | None, str, str | None]]:
    with db.uow(write=False) as uow:
        return [
            (h.contact_id, h.type, h.regarding)
            for h in uow.session.scalars(
                select(History).where(History.campaign_id == campaign_id).order_by(History.id)
            )
        ]


def test_record_sends_upserts_targets_and_writes_history_with_the_campaign(db: Database) -> None:
    s = seed(db)
    first = db.run(record_sends, s.campaign_id, s.contact_ids[:3], "letters", "Offre", WHEN).value
    assert (first.added, first.updated, first.history_entries) == (3, 0, 3)
    later = WHEN + dt.timedelta(days=2)
    again = db.run(record_sends, s.campaign_id, s.contact_ids[1:4], "email", "Relance", later)
    assert (again.value.added, again.value.updated) == (1, 2)
    members = _members(db, s.campaign_id)
    assert len(members) == 4  # no doubled target rows
    assert members[s.contact_ids[0]] == ("sent", WHEN)
    assert members[s.contact_ids[1]] == ("sent", WHEN)  # the first sending date is kept
    assert members[s.contact_ids[3]] == ("sent", later)
    history = _history(db, s.campaign_id)
    assert len(history) == 6
    assert history[0] == (
        s.contact_ids[0],
        "letter_sent",
        "Lettre « Offre » envoyée (campagne Relance automne)",
    )
    assert history[-1][1:] == ("email_sent", "E-mail « Relance » envoyé (campagne Relance automne)")
    with db.uow(write=False) as uow:
        last_letter = uow.session.scalar(
            select(Contact.last_letter).where(Contact.id == s.contact_ids[0])
        )
    assert last_letter == WHEN
    # A member who answered keeps the answer when a reminder is sent.
    db.run(log_response, s.campaign_id, s.contact_ids[0], "interested", WHEN, None)
    db.run(record_sends, s.campaign_id, s.contact_ids[:1], "letters", "Rappel", later)
    assert _members(db, s.campaign_id)[s.contact_ids[0]][0] == "interested"


def test_record_sends_refuses_unknown_campaign_or_contact_and_writes_nothing(db: Database) -> None:
    s = seed(db)
    with pytest.raises(NotFoundError):
        db.run(record_sends, 999_999, s.contact_ids, "letters", "Offre", WHEN)
    with pytest.raises(NotFoundError):
        db.run(record_sends, s.campaign_id, [s.contact_ids[0], 999_999], "letters", "X", WHEN)
    with pytest.raises(ValidationError):
        db.run(record_sends, s.campaign_id, s.contact_ids, "pigeon", "X", WHEN)
    assert _members(db, s.campaign_id) == {}
    assert _history(db, s.campaign_id) == []
    with db.uow(write=False) as uow, pytest.raises(NotFoundError, match="no campaign called"):
        find_campaign(uow, "Inconnue")


def test_log_response_is_idempotent_and_unsubscribe_stops_emails(db: Database) -> None:
    s = seed(db)
    cid = s.contact_ids[2]
    first = db.run(log_response, s.campaign_id, cid, "replied", WHEN, "Mail reçu").value
    second = db.run(log_response, s.campaign_id, cid, "replied", WHEN, "Mail reçu").value
    assert first.written and not second.written
    assert _members(db, s.campaign_id)[cid][0] == "replied"
    db.run(log_response, s.campaign_id, cid, "unsubscribed", WHEN, None)
    history = _history(db, s.campaign_id)
    assert [h[1] for h in history] == ["note", "unsubscribed"]
    assert history[0][2] == "Réponse à la campagne « Relance automne » : a répondu"
    with db.uow(write=False) as uow:
        do_not_email = uow.session.scalar(select(Contact.do_not_email).where(Contact.id == cid))
        consent = uow.session.scalar(
            select(Consent.status).where(Consent.contact_id == cid, Consent.channel == "email")
        )
    assert do_not_email is True
    assert consent == "opt_out"
    with pytest.raises(ValidationError, match="Unknown response"):
        db.run(log_response, s.campaign_id, cid, "maybe", WHEN, None)
    with pytest.raises(NotFoundError):
        db.run(log_response, 999_999, cid, "replied", WHEN, None)


def test_import_responses_is_all_or_nothing(db: Database) -> None:
    s = seed(db)
    bad = [
        ResponseRow(2, "anne.arnaud@arnaud-sa.fr", "interested"),
        ResponseRow(3, "nobody@nowhere.fr", "replied"),
        ResponseRow(4, str(s.contact_ids[2]), "perhaps"),
    ]
    with pytest.raises(ValidationError) as caught:
        db.run(import_responses, s.campaign_id, bad, WHEN)
    message = str(caught.value)
    assert "line 3: no contact has 'nobody@nowhere.fr'" in message
    assert "line 4: unknown response 'perhaps'" in message
    assert "Nothing was recorded" in message
    assert _members(db, s.campaign_id) == {}
    good = [
        ResponseRow(2, "ANNE.ARNAUD@arnaud-sa.fr", "interested"),
        ResponseRow(3, f"#{s.contact_ids[2]}", "meeting"),
    ]
    done = db.run(import_responses, s.campaign_id, good, WHEN).value
    assert (done.written, done.already, done.by_kind) == (2, 0, {"interested": 1, "meeting": 1})
    assert db.run(import_responses, s.campaign_id, good, WHEN).value.already == 2


def test_phoning_session_skips_with_reasons_logs_and_resumes(db: Database) -> None:
    s = seed(db, opted_out=True)
    with db.uow() as uow:
        contact = uow.session.get(Contact, s.contact_ids[3])
        assert contact is not None
        contact.phone_business = None  # David has no number any more
        uow.commit()
    target = SessionTarget("campaign", s.campaign_id)
    plan = db.read(load_session, target)
    assert plan.title == "Relance automne" and plan.position == 0
    assert plan.contact_ids == (s.contact_ids[0], s.contact_ids[2])
    assert {k.contact_id: k.reason for k in plan.skipped} == {
        s.contact_ids[1]: SKIP_DO_NOT_CALL,
        s.contact_ids[3]: SKIP_NO_PHONE,
        # the phone objection put the number on the suppression list, which the oracle
        # names first
        s.contact_ids[4]: SKIP_SUPPRESSED,
    }
    sheet = db.read(call_sheet, s.contact_ids[0], s.campaign_id)
    assert sheet.name == "Anne Arnaud" and sheet.company == "Arnaud SA"
    assert [p.display for p in sheet.phones] == ["01 42 00 00 01"]
    logged = db.run(
        log_session_call,
        plan,
        s.contact_ids[0],
        "meeting",
        WHEN,
        WHEN.date(),
        s.contact_ids[2],
    ).value
    assert logged.response == "meeting" and logged.activity_id is not None
    with db.uow(write=False) as uow:
        entry = uow.session.get(History, logged.history_id)
        activity = uow.session.get(Activity, logged.activity_id)
        calls = uow.session.scalar(
            select(func.count()).select_from(History).where(History.type.like("call%"))
        )
        assert entry is not None and entry.campaign_id == s.campaign_id
        assert entry.type == "call_reached"
        assert activity is not None and activity.type == "meeting"
        assert activity.start_at == dt.datetime(2026, 12, 7, 10, 0)
    assert calls == 1  # the response tags the call, it does not add a second entry
    member = _members(db, s.campaign_id)[s.contact_ids[0]]
    assert member == ("meeting", WHEN)
    # Reopened: the session resumes at the contact it moved on to.
    assert db.read(load_session, target).position == 1
    db.run(save_position, target, None)
    assert db.read(load_session, target).position == 2  # every contact passed


def test_phoning_session_refuses_empty_group_and_unknown_campaign(db: Database) -> None:
    from desktop_crm.services.groups.groups import create_group

    group = db.run(create_group, "Vide").value
    with pytest.raises(ValidationError, match="has no contacts"):
        db.read(load_session, SessionTarget("group", group.id))
    with pytest.raises(NotFoundError):
        db.read(load_session, SessionTarget("campaign", 999_999))


def test_email_merge_and_series_for_a_campaign(db: Database, tmp_path: Path) -> None:
    from desktop_crm.domain.progress import TaskControl
    from desktop_crm.services.activities.series import seed_series
    from desktop_crm.services.campaigns.sends import apply_series_for_campaign
    from desktop_crm.services.mailing.email import EmailTemplate, SendOptions, send_merge
    from desktop_crm.services.mailing.recipients import Selection
    from desktop_crm.services.mailing.transport import DraftTransport

    s = seed(db)
    template = EmailTemplate("Offre", "Notre offre", "<p>Bonjour</p>", "Bonjour")
    run = send_merge(
        db,
        Selection(contact_ids=s.contact_ids[:1]),
        template,
        DraftTransport(tmp_path / "drafts"),
        SendOptions(from_address="ventes@acme.fr", campaign_id=s.campaign_id),
    )
    assert run.sent == 1
    assert _history(db, s.campaign_id) == [
        (s.contact_ids[0], "email_sent", "E-mail « Offre » envoyé (campagne Relance automne)")
    ]
    db.run(seed_series)
    with db.uow(write=False) as uow:
        from desktop_crm.services.activities.series import list_series

        series = list_series(uow)[0]
    result = db.run(
        apply_series_for_campaign,
        TaskControl(),
        s.campaign_id,
        series.id,
        (),
        s.group_id,
        WHEN.date(),
    ).value
    assert result.runs == 5
    members = _members(db, s.campaign_id)
    assert set(members) == set(s.contact_ids)
    assert members[s.contact_ids[0]] == ("sent", members[s.contact_ids[0]][1])
    series_entries = [h for h in _history(db, s.campaign_id) if h[1] == "note"]
    assert len(series_entries) == 5
    assert series_entries[0][2] == f"Série « {series.name} » démarrée (campagne Relance automne)"


def test_a_number_on_the_suppression_list_is_not_called(db: Database) -> None:
    from desktop_crm.services.phoning.session import SKIP_SUPPRESSED
    from desktop_crm.services.privacy.suppression import add_suppression

    s = seed(db)
    db.run(add_suppression, "phone", "+33 1 42 00 00 03")  # Chloé's number, written otherwise
    plan = db.read(load_session, SessionTarget("group", s.group_id))
    reasons = {k.contact_id: k.reason for k in plan.skipped}
    assert reasons == {s.contact_ids[1]: SKIP_DO_NOT_CALL, s.contact_ids[2]: SKIP_SUPPRESSED}
    assert plan.contact_ids == (s.contact_ids[0], s.contact_ids[3], s.contact_ids[4])
    assert plan.title == "Prospects phoning" and plan.group_id == s.group_id
