"""The printing subcommands end to end: labels, envelopes, letters, sheets, --json reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_crm.cli import main
from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.mailing.settings import TemplateView, save_template
from desktop_crm.storage.models import History
from desktop_crm.storage.uow import Database
from tests.integration.mailing_fixtures import seed


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_labels_json_report(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = seed(sqlite_db)
    target = tmp_path / "labels.pdf"
    code, out, _ = _run(
        capsys,
        "labels",
        "--db",
        sqlite_url,
        "--sheet",
        "L7163",
        "--start",
        "3",
        "--lookup",
        "NPAI",
        "-o",
        str(target),
        "--json",
    )
    assert code == 0
    report = json.loads(out)
    assert report["pages"] == 0 and report["excluded"][0]["reason"] == "npai"
    code, out, _ = _run(
        capsys, "labels", "--db", sqlite_url, "--sheet", "l7163", "-o", str(target), "--json"
    )
    report = json.loads(out)
    assert (code, report["pages"], report["recipients"]) == (0, 1, 5)
    assert {e["contact_id"] for e in report["excluded"]} == {
        ids["npai"],
        ids["nomail"],
        ids["noaddress"],
    }
    assert target.read_bytes().startswith(b"%PDF")
    with sqlite_db.uow(write=False) as uow:
        count = uow.session.scalar(
            select(func.count(History.id)).where(History.type == HistoryType.LABEL_PRINTED.value)
        )
    assert count == 5


def test_overlong_lines_in_the_text_report(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_crm.services.contacts.records import create_contact

    with sqlite_db.uow() as uow:
        create_contact(
            uow,
            {
                "last_name": "Long",
                "company_name": "Association des Amis du Patrimoine Industriel de la Vallée",
                "address1": "1 rue A",
                "postcode": "38000",
                "city": "Grenoble",
            },
        )
        uow.commit()
    code, out, _ = _run(
        capsys,
        "envelopes",
        "--db",
        sqlite_url,
        "--size",
        "C6/5",
        "--window",
        "-o",
        str(tmp_path / "e.pdf"),
        "--test",
    )
    assert code == 0
    assert "Address lines over 38 characters (1)" in out and "(58)" in out


def test_letters_and_unknown_template(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(sqlite_db)
    code, _, err = _run(
        capsys, "letters", "--db", sqlite_url, "--template", "Nope", "-o", str(tmp_path / "l.pdf")
    )
    assert code == 2 and "No letter template named 'Nope'" in err
    with sqlite_db.uow() as uow:
        save_template(uow, TemplateView(None, "letter", "Voeux", body_text="Bonne année !"))
        uow.commit()
    code, out, _ = _run(
        capsys,
        "letters",
        "--db",
        sqlite_url,
        "--template",
        "Voeux",
        "--merge-household",
        "-o",
        str(tmp_path / "l.pdf"),
        "--json",
    )
    report = json.loads(out)
    assert code == 0 and (report["recipients"], report["contacts"]) == (4, 5)


def test_sheets_lists_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "sheets", "--json")
    data = json.loads(out)
    assert code == 0 and "L7163" in {s["code"] for s in data["sheets"]}
    assert {e["code"] for e in data["envelopes"]} >= {"DL", "US10"}
    code, out, _ = _run(capsys, "sheets")
    assert "5160" in out and "Herma 4677" in out


def test_email_drafts_test_send_and_bounces(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_crm.services.mailing.transport import SmtpSettings, save_smtp_settings
    from tests.integration.smtp_server import SmtpTestServer

    ids = seed(sqlite_db, {"dupont_jean": {"email": "opt_in"}})
    with sqlite_db.uow() as uow:
        save_template(
            uow,
            TemplateView(None, "email", "Salon", subject="Bonjour {{prenom}}", body_text="Merci."),
        )
        uow.commit()
    code, out, _ = _run(
        capsys,
        "email",
        "--db",
        sqlite_url,
        "--template",
        "Salon",
        "--drafts",
        str(tmp_path / "drafts"),
        "--json",
    )
    report = json.loads(out)
    assert code == 0 and report["sent"] == 3
    assert len(list((tmp_path / "drafts").glob("*.eml"))) == 3
    code, _, err = _run(capsys, "email", "--db", sqlite_url, "--template", "Salon")
    assert code == 2 and "SMTP server" in err  # not set up yet
    with SmtpTestServer() as server:
        with sqlite_db.uow() as uow:
            save_smtp_settings(
                uow,
                SmtpSettings(
                    host="127.0.0.1",
                    port=server.port,
                    security="none",
                    from_address="ventes@acme.fr",
                ),
            )
            uow.commit()
        code, out, _ = _run(
            capsys, "email", "--db", sqlite_url, "--template", "Salon", "--test-to", "moi@acme.fr"
        )
    assert code == 0 and "1 message(s) sent (test)" in out
    assert [m.rcpt_to for m in server.state.messages] == [["moi@acme.fr"]]
    code, out, _ = _run(capsys, "email-bounced", "--db", sqlite_url, "jean.dupont@gmail.com")
    assert code == 0 and out.startswith("1 contact(s)")
    with sqlite_db.uow(write=False) as uow:
        from desktop_crm.storage.models import Contact

        contact = uow.session.get(Contact, ids["dupont_jean"])
        assert contact is not None and contact.email_invalid
