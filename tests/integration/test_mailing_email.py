"""E-mail merge against a real SMTP server on 127.0.0.1: consent, TLS, history, bounces."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.progress import Cancelled, TaskControl
from desktop_crm.printing.fields import Sender
from desktop_crm.services.mailing.email import (
    EmailTemplate,
    SendOptions,
    email_recipients,
    mark_bounced,
    send_merge,
)
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.services.mailing.settings import save_sender
from desktop_crm.services.mailing.transport import (
    DraftTransport,
    SmtpSettings,
    SmtpTransport,
    Throttle,
    load_smtp_settings,
    save_smtp_settings,
)
from desktop_crm.services.privacy.suppression import legacy_hash
from desktop_crm.storage.models import Contact, History, Suppression
from desktop_crm.storage.uow import Database
from tests.integration.mailing_fixtures import seed
from tests.integration.smtp_server import SmtpTestServer

TEMPLATE = EmailTemplate(
    "Relance salon",
    "Suite au salon, {{first_name}}",
    body_html="<p>{{salutation}}</p><p>Merci pour votre visite, {{company}}.</p>",
    body_text="Bonjour {{salutation}}\n\nMerci pour votre visite.",
)


class _FakeClock:
    """Injected clock for the throttle: sleeping advances time, nothing really waits."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def _settings(port: int, security: str = "none", **extra: object) -> SmtpSettings:
    return SmtpSettings(
        host="127.0.0.1", port=port, security=security, from_address="ventes@acme.fr", **extra
    )  # type: ignore[arg-type]


def _with_sender(db: Database) -> None:
    with db.uow() as uow:
        save_sender(
            uow, Sender(company="ACME SAS", address_lines=("3 rue de la Paix", "75002 PARIS"))
        )
        uow.commit()


def test_consent_rules_pick_the_recipients(db: Database) -> None:
    ids = seed(db, {"dupont_jean": {"email": "opt_in"}, "bernard": {"email": "opt_out"}})
    with db.uow() as uow:
        # A row of the old, unsalted list: still recognised (services/privacy/suppression.py).
        legacy = legacy_hash("email", "Zoe@Free.fr")
        uow.session.add(Suppression(channel="email", value_hash=legacy))
        uow.commit()
    with db.uow(write=False) as uow:
        chosen = email_recipients(uow, Selection())
    assert {c.id for c in chosen.recipients} == {ids["dupont_jean"], ids["martin"]}
    reasons = {e.contact_id: e.reason for e in chosen.excluded}
    assert reasons == {
        ids["lefevre"]: "no_consent",  # private address, no opt-in
        ids["bernard"]: "opted_out",  # professional, but objected
        ids["nomail"]: "do_not_email",
        ids["noaddress"]: "suppressed",
        ids["dupont_marie"]: "no_email",
        ids["npai"]: "no_email",
    }


def test_send_over_starttls_with_throttle_and_history(db: Database, tmp_path: Path) -> None:
    ids = seed(db, {"dupont_jean": {"email": "opt_in"}, "bernard": {"email": "opt_out"}})
    _with_sender(db)
    fake = _FakeClock()
    with SmtpTestServer(tmp_path, users={"ventes": "s3cret"}) as server:
        settings = _settings(server.port, "starttls", username="ventes")
        transport = SmtpTransport(
            settings,
            "s3cret",
            tls_context=server.client_context(),
            throttle=Throttle(10, fake.clock, fake.sleep),
        )
        run = send_merge(
            db, Selection(), TEMPLATE, transport, SendOptions(from_address=settings.from_address)
        )
    assert run.sent == 2 and run.failed == ()
    assert fake.sleeps == [6.0]  # 10 a minute: one message every 6 seconds
    received = {m.rcpt_to[0]: m for m in server.state.messages}
    assert set(received) == {"jean.dupont@gmail.com", "p.martin@martin-sa.fr"}
    assert all(m.tls and m.user == "ventes" for m in received.values())
    message = received["jean.dupont@gmail.com"].message
    assert message["Subject"] == "Suite au salon, Jean"
    assert message["List-Unsubscribe"] == "<mailto:ventes@acme.fr?subject=STOP>"
    text = message.get_body(("plain",)).get_content()
    assert "Bonjour Monsieur Dupont," in text and "ACME SAS - 3 rue de la Paix" in text
    assert "STOP" in text
    html = received["p.martin@martin-sa.fr"].message.get_body(("html",)).get_content()
    assert "Établissements Martin" in html and 'href="mailto:ventes@acme.fr' in html
    with db.uow(write=False) as uow:
        entries = set(
            uow.session.scalars(
                select(History.contact_id).where(History.type == HistoryType.EMAIL_SENT.value)
            )
        )
        contact = uow.session.get(Contact, ids["dupont_jean"])
        assert contact is not None and contact.last_email is not None
        history_ids = set(
            uow.session.scalars(
                select(History.id).where(History.type == HistoryType.EMAIL_SENT.value)
            )
        )
    assert entries == {ids["dupont_jean"], ids["martin"]}
    # What the send's own commits wrote, for the GUI to announce: one entry per contact.
    assert run.changes.ids("history", "created") == history_ids
    assert run.changes.ids("contact", "updated") == {ids["dupont_jean"], ids["martin"]}
    assert run.changes.touches_contact(ids["martin"])
    assert not run.changes.touches_contact(ids["bernard"]) and not run.changes.bulk


def test_test_send_goes_to_one_address_only(db: Database) -> None:
    seed(db, {"dupont_jean": {"email": "opt_in"}})
    with SmtpTestServer() as server:
        settings = _settings(server.port)
        run = send_merge(
            db,
            Selection(),
            TEMPLATE,
            SmtpTransport(settings),
            SendOptions(from_address=settings.from_address, test_address="moi@acme.fr"),
        )
    assert run.sent == 1 and run.test and not run.changes
    assert [m.rcpt_to for m in server.state.messages] == [["moi@acme.fr"]]
    assert server.state.messages[0].message["Subject"].startswith("[TEST] ")
    with db.uow(write=False) as uow:
        assert (
            uow.session.scalar(
                select(History.id).where(History.type == HistoryType.EMAIL_SENT.value)
            )
            is None
        )


def test_header_injection_through_merge_fields_is_neutralised(db: Database) -> None:
    ids = seed(db, {"dupont_jean": {"email": "opt_in"}})
    with db.uow() as uow:
        contact = uow.session.get(Contact, ids["dupont_jean"])
        assert contact is not None
        contact.first_name = "Jean\r\nBcc: victim@evil.example\r\nX-Evil: 1"
        uow.commit()
    template = EmailTemplate("t", "Bonjour {{first_name}}", body_text="Texte")
    with SmtpTestServer() as server:
        settings = _settings(server.port)
        send_merge(
            db,
            Selection(contact_ids=(ids["dupont_jean"],)),
            template,
            SmtpTransport(settings),
            SendOptions(from_address=settings.from_address),
        )
    [received] = server.state.messages
    assert received.rcpt_to == ["jean.dupont@gmail.com"]
    message = received.message
    assert message["Bcc"] is None and message["X-Evil"] is None
    assert message["Subject"] == "Bonjour Jean Bcc: victim@evil.example X-Evil: 1"


def test_refused_recipient_is_reported_not_recorded(db: Database) -> None:
    ids = seed(db, {"dupont_jean": {"email": "opt_in"}, "bernard": {"email": "opt_out"}})
    with SmtpTestServer() as server:
        server.state.refuse.add("p.martin@martin-sa.fr")
        settings = _settings(server.port)
        run = send_merge(
            db,
            Selection(),
            TEMPLATE,
            SmtpTransport(settings),
            SendOptions(from_address=settings.from_address),
        )
    assert run.sent == 1
    assert [(c, a) for c, a, _e in run.failed] == [(ids["martin"], "p.martin@martin-sa.fr")]
    with db.uow(write=False) as uow:
        entries = set(
            uow.session.scalars(
                select(History.contact_id).where(History.type == HistoryType.EMAIL_SENT.value)
            )
        )
    assert entries == {ids["dupont_jean"]}


def test_wrong_password_is_a_clear_error(db: Database) -> None:
    with SmtpTestServer(users={"ventes": "right"}) as server:
        transport = SmtpTransport(_settings(server.port, username="ventes"), "wrong")
        with pytest.raises(DomainError) as err:
            transport.__enter__()
    assert err.value.code == "smtp_auth"


def test_cancel_keeps_history_of_what_was_sent(db: Database) -> None:
    seed(db, {"dupont_jean": {"email": "opt_in"}})
    control = TaskControl(
        on_progress=lambda done, _total, _msg: control.cancel() if done == 1 else None
    )
    with SmtpTestServer() as server, pytest.raises(Cancelled):
        settings = _settings(server.port)
        send_merge(
            db,
            Selection(),
            TEMPLATE,
            SmtpTransport(settings),
            SendOptions(from_address=settings.from_address),
            control,
        )
    assert len(server.state.messages) == 1
    with db.uow(write=False) as uow:
        assert (
            len(
                list(
                    uow.session.scalars(
                        select(History.id).where(History.type == HistoryType.EMAIL_SENT.value)
                    )
                )
            )
            == 1
        )


def test_drafts_are_written_as_eml(db: Database, tmp_path: Path) -> None:
    seed(db, {"dupont_jean": {"email": "opt_in"}, "bernard": {"email": "opt_out"}})
    drafts = DraftTransport(tmp_path / "drafts")
    run = send_merge(db, Selection(), TEMPLATE, drafts, SendOptions(from_address="ventes@acme.fr"))
    assert run.sent == 2 and len(drafts.written) == 2
    parsed = message_from_bytes(drafts.written[0].read_bytes(), policy=policy.default)
    assert parsed["X-Unsent"] == "1" and parsed["To"]


def test_bounce_flags_email_invalid_and_smtp_settings_roundtrip(db: Database) -> None:
    ids = seed(db)
    with db.uow() as uow:
        assert mark_bounced(uow, ["JEAN.DUPONT@gmail.com", "nobody@x.fr"]) == 1
        save_smtp_settings(uow, _settings(2525, "ssl", per_minute=5))
        uow.commit()
    with db.uow(write=False) as uow:
        contact = uow.session.get(Contact, ids["dupont_jean"])
        assert contact is not None and contact.email_invalid and contact.last_email is None
        assert load_smtp_settings(uow) == _settings(2525, "ssl", per_minute=5)
        chosen = email_recipients(uow, Selection(contact_ids=(ids["dupont_jean"],)))
    assert [e.reason for e in chosen.excluded] == ["email_invalid"]
