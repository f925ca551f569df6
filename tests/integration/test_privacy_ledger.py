"""The consent ledger, the oracle at a date, every sending path consulting the oracle, and the
suppression list re-applied after CSV, XLSX and vCard imports and after merges."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop_crm.cli import main as cli_main
from desktop_crm.services.activities.series import channel_flags
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.duplicates.merge import merge_contacts, unmerge
from desktop_crm.services.exporting import export_contacts
from desktop_crm.services.importing.model import ImportOptions, RowAction, UpdateMode
from desktop_crm.services.mailing.email import email_recipients
from desktop_crm.services.mailing.postal import postal_recipients
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.services.privacy import consent, oracle, suppression
from desktop_crm.storage.models import Consent, ConsentEntry, Contact, Suppression
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import run_import, undo

JEAN = {
    "first_name": "Jean",
    "last_name": "Dupont",
    "company_name": "ACME SAS",
    "email": "jean.dupont@acme.fr",
    "phone_mobile": "+33612345678",
    "address1": "1 rue de la Paix",
    "postcode": "75002",
    "city": "Paris",
}


def _jean(db: Database) -> int:
    with db.uow() as uow:
        contact_id = create_contact(uow, JEAN).id
        uow.commit()
    return contact_id


def _object(db: Database, contact_id: int, channel: str, **kw: object) -> None:
    db.run(consent.record_entry, contact_id, channel, "opt_out", source="Appel du 12/03", **kw)


def test_every_change_is_an_entry_and_the_latest_is_current(db: Database) -> None:
    jean = _jean(db)
    db.run(consent.record_entry, jean, "email", "opt_in", source="Salon Batimat", basis="consent")
    db.run(consent.record_entry, jean, "email", "opt_out", source="Appel", proof="note 12")
    # Recorded later but given earlier: not the current state.
    early = dt.datetime(2020, 1, 1, 12)
    db.run(consent.record_entry, jean, "email", "opt_in", source="Vieux fichier", given_at=early)
    states = {s.channel: s for s in db.read(consent.contact_ledger, jean)}
    assert states["email"].status == "opt_out"
    assert [e.source for e in states["email"].history] == [
        "Appel",
        "Salon Batimat",
        "Vieux fichier",
    ]
    assert states["email"].history[1].basis == "consent"
    assert states["phone"].status == "unknown" and states["phone"].history == ()
    with db.uow(write=False) as uow:
        assert uow.session.scalars(select(ConsentEntry.id)).all().__len__() == 3
        row = uow.session.scalars(select(Consent).where(Consent.contact_id == jean)).one()
        assert row.status == "opt_out"  # the current-state row mirrors the ledger


def test_oracle_answers_at_a_date(db: Database) -> None:
    jean = _jean(db)
    for channel in ("post", "sms"):
        db.run(
            consent.record_entry,
            jean,
            channel,
            "opt_in",
            source="Formulaire web",
            given_at=dt.datetime(2026, 3, 1, 12),
        )
        _object(db, jean, channel, given_at=dt.datetime(2026, 6, 1, 12))
    with db.uow(write=False) as uow:
        at = {
            day: oracle.decide_many(uow, [jean], "post", day)[jean]
            for day in (dt.date(2026, 2, 1), dt.date(2026, 4, 1), dt.date(2026, 7, 1))
        }
        sms_before = oracle.decide_many(uow, [jean], "sms", dt.date(2026, 4, 1))[jean]
    assert [(d.allowed, d.reason) for d in at.values()] == [
        (True, "no_objection"),
        (True, "opt_in"),
        (False, "opted_out"),
    ]
    # The SMS objection put the mobile on the suppression list: it wins whatever the date.
    assert (sms_before.allowed, sms_before.reason) == (False, "suppressed")


@pytest.mark.parametrize("channel", ["email", "post", "phone"])
def test_every_sending_path_consults_the_ledger(db: Database, tmp_path: Path, channel: str) -> None:
    jean = _jean(db)
    # An objection recorded only in the ledger (no "do not …" flag on the card).
    db.run(consent.record_entry, jean, channel, "opt_out", source="Courrier reçu")
    with db.uow(write=False) as uow:
        if channel == "email":
            chosen = email_recipients(uow, Selection())
            assert [c.id for c in chosen.recipients] == []
            assert [(e.contact_id, e.reason) for e in chosen.excluded] == [(jean, "suppressed")]
        if channel == "post":
            listed = postal_recipients(uow, Selection())
            assert listed.recipients == ()
            assert [(e.contact_id, e.reason) for e in listed.excluded] == [(jean, "opted_out")]
        flags = channel_flags(uow, [jean])[jean]
        refused = {
            "email": flags.email_opt_out,
            "post": flags.post_opt_out,
            "phone": flags.phone_opt_out,
        }
        assert refused[channel] is True
        assert sum(refused.values()) == 1
        out = export_contacts(uow, tmp_path / "x.csv", for_channel=channel)
        assert out.count == 0 and [e[0] for e in out.excluded] == [jean]
        everyone = export_contacts(uow, tmp_path / "y.csv")
        assert everyone.count == 1


def test_legacy_unsalted_rows_still_suppress(db: Database) -> None:
    jean = _jean(db)
    with db.uow() as uow:
        legacy = suppression.legacy_hash("email", " Jean.Dupont@ACME.fr ")
        uow.session.add(Suppression(channel="email", value_hash=legacy))
        uow.commit()
    with db.uow(write=False) as uow:
        info = suppression.suppression_info(uow, "email", "jean.dupont@acme.fr")
        assert info is not None and info.legacy
        assert oracle.may_contact(uow, jean, "email").reason == "suppressed"


def _erase(db: Database, contact_id: int) -> None:
    """What an erasure leaves: the hashes on the list, the person gone."""
    _object(db, contact_id, "email")
    _object(db, contact_id, "phone")
    with db.uow() as uow:
        uow.session.delete(uow.session.get(Contact, contact_id))
        uow.commit()


def _write_csv(path: Path) -> Path:
    path.write_text(
        "Prénom;Nom;Société;E-mail;Mobile;Opt-in e-mail\n"
        "Jean;Dupont;ACME SAS;JEAN.DUPONT@acme.fr;06 12 34 56 78;oui\n"
        "Anne;Martin;Beta SARL;anne.martin@beta.fr;;oui\n",
        encoding="utf-8",
    )
    return path


def _write_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Prénom", "Nom", "Société", "E-mail", "Mobile"])
    sheet.append(["Jean", "Dupont", "ACME SAS", "jean.dupont@acme.fr", "0612345678"])
    sheet.append(["Anne", "Martin", "Beta SARL", "anne.martin@beta.fr", ""])
    book.save(path)
    return path


def _write_vcard(path: Path) -> Path:
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dupont;Jean;;;\r\nFN:Jean Dupont\r\nORG:ACME SAS\r\n"
        "EMAIL;TYPE=INTERNET:jean.dupont@acme.fr\r\nTEL;TYPE=CELL:+33 6 12 34 56 78\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Martin;Anne;;;\r\n"
        "FN:Anne Martin\r\nORG:Beta SARL\r\n"
        "EMAIL;TYPE=INTERNET:anne.martin@beta.fr\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "writer", [_write_csv, _write_xlsx, _write_vcard], ids=["csv", "xlsx", "vcard"]
)
def test_reimported_objected_person_stays_objected(db: Database, tmp_path: Path, writer) -> None:  # type: ignore[no-untyped-def]
    _erase(db, _jean(db))
    ext = {"_write_csv": "csv", "_write_xlsx": "xlsx", "_write_vcard": "vcf"}[writer.__name__]
    path = writer(tmp_path / f"salon.{ext}")
    report = run_import(db, path)
    with db.uow(write=False) as uow:
        jean = uow.session.scalars(select(Contact.id).where(Contact.last_name == "Dupont")).one()
        anne = uow.session.scalars(select(Contact.id).where(Contact.last_name == "Martin")).one()
        assert oracle.may_contact(uow, jean, "email").allowed is False
        assert oracle.may_contact(uow, jean, "phone").allowed is False
        assert oracle.may_contact(uow, anne, "email").allowed is True  # B2B, no objection
        states = {s.channel: s for s in consent.contact_ledger(uow, jean)}
    assert states["email"].status == "opt_out"
    assert states["email"].source == f"import file salon.{ext}"
    assert states["sms"].status == "opt_out"  # the mobile was on the phone list
    row = next(r for r in report.rows if r.contact_id == jean)
    notes = [n for n in row.notes if n.kind == "suppressed"]
    assert row.flagged and notes and "email" in notes[0].codes
    assert not any(
        n.kind == "suppressed" for r in report.rows if r.contact_id == anne for n in r.notes
    )


def test_merge_keeps_the_objection_and_undo_removes_its_entries(db: Database) -> None:
    keep = _jean(db)
    with db.uow() as uow:
        other = create_contact(uow, {**JEAN, "email": "jdupont@acme.fr", "phone_mobile": None}).id
        uow.commit()
    db.run(consent.record_entry, keep, "email", "opt_in", source="Salon")
    db.run(consent.record_entry, other, "email", "opt_out", source="Désinscription")
    with db.uow() as uow:
        entries_before = len(uow.session.scalars(select(ConsentEntry.id)).all())
        result = merge_contacts(uow, keep, [other])
        uow.commit()
    with db.uow(write=False) as uow:
        states = {s.channel: s for s in consent.contact_ledger(uow, keep)}
        assert states["email"].status == "opt_out"  # objection wins over opt-in
        assert len(states["email"].history) == 3  # both records' entries + the merge's
        assert states["email"].history[0].source.startswith("Merge of #")
        assert oracle.may_contact(uow, keep, "email").allowed is False
    db.run(unmerge, result.merge_id)
    with db.uow(write=False) as uow:
        assert len(uow.session.scalars(select(ConsentEntry.id)).all()) == entries_before


def test_merge_reapplies_the_suppression_list(db: Database) -> None:
    gone = _jean(db)
    _erase(db, gone)
    with db.uow() as uow:
        keep = create_contact(uow, {"last_name": "Dupont", "first_name": "Jean"}).id
        other = create_contact(uow, {**JEAN, "company_name": None}).id
        uow.commit()
    db.run(consent.record_entry, other, "email", "soft_opt_in", source="Client")
    with db.uow() as uow:
        merge_contacts(uow, keep, [other])
        uow.commit()
    with db.uow(write=False) as uow:
        assert oracle.may_contact(uow, keep, "email").reason == "suppressed"
        assert {s.channel: s.status for s in consent.contact_ledger(uow, keep)}["email"] == (
            "opt_out"
        )


def test_cli_consent_set_and_check(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    jean = _jean(db)
    url = db.url
    code = cli_main(
        ["privacy", "consent", str(jean), "--db", url, "--channel", "email", "--status",
         "objection", "--source", "Appel du 01/12", "--basis", "legitimate_interest"]
    )  # fmt: skip
    assert code == 0
    capsys.readouterr()
    assert cli_main(["privacy", "check", "Jean.Dupont@acme.fr", "--db", url, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["suppressed"] is True
    assert data["entries"][0]["reason"] == "objection"
    assert data["entries"][0]["source"] == "Appel du 01/12"
    assert cli_main(["privacy", "check", "+33 6 00 00 00 00", "--db", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["suppressed"] is False
    assert cli_main(["privacy", "consent", str(jean), "--db", url, "--channel", "email",
                     "--status", "peut-être", "--source", "x"]) == 2  # fmt: skip


def test_a_new_explicit_opt_in_lifts_the_objection_but_not_an_erasure(db: Database) -> None:
    jean = _jean(db)
    _object(db, jean, "email")
    with db.uow(write=False) as uow:
        assert suppression.is_suppressed(uow, "email", JEAN["email"])
    db.run(consent.record_entry, jean, "email", "opt_in", source="Nouveau formulaire signé")
    with db.uow(write=False) as uow:
        assert not suppression.is_suppressed(uow, "email", JEAN["email"])
        assert oracle.may_contact(uow, jean, "email").allowed
    with db.uow() as uow:
        suppression.add_suppression(uow, "email", JEAN["email"], reason="erased", source="RGPD")
        uow.commit()
    db.run(consent.record_entry, jean, "email", "opt_in", source="Formulaire")
    with db.uow(write=False) as uow:
        assert suppression.is_suppressed(uow, "email", JEAN["email"])


def test_undoing_an_import_keeps_the_objection_it_recorded(db: Database, tmp_path: Path) -> None:
    jean = _jean(db)
    _object(db, jean, "email")
    with db.uow() as uow:  # the objection was lost by hand: only the list remembers it
        uow.session.execute(Consent.__table__.delete())
        uow.session.execute(ConsentEntry.__table__.delete())
        uow.commit()
    options = ImportOptions(on_duplicate=RowAction.UPDATE, update_mode=UpdateMode.OVERWRITE)
    report = run_import(db, _write_csv(tmp_path / "maj.csv"), options)
    with db.uow(write=False) as uow:
        assert consent.statuses_at(uow, [jean], "email") == {jean: "opt_out"}
    undo(db, report.batch_id)
    with db.uow(write=False) as uow:
        assert consent.statuses_at(uow, [jean], "email") == {jean: "opt_out"}
        assert oracle.may_contact(uow, jean, "email").allowed is False
