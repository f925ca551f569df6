"""``--campaign`` on the print commands and ``campaigns responses import`` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop_crm.cli import main
from desktop_crm.storage.models import CampaignMember, History
from desktop_crm.storage.uow import Database
from tests.integration.phoning_fixtures import seed


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _campaign_rows(db: Database, campaign_id: int) -> tuple[dict[int, str], list[str]]:
    with db.uow(write=False) as uow:
        members = {
            m.contact_id: m.status
            for m in uow.session.scalars(
                select(CampaignMember).where(CampaignMember.campaign_id == campaign_id)
            )
        }
        history = list(
            uow.session.scalars(select(History.regarding).where(History.campaign_id == campaign_id))
        )
    return members, [h or "" for h in history]


def test_labels_for_a_campaign(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = seed(sqlite_db)
    target = tmp_path / "labels.pdf"
    code, out, _ = _run(
        capsys,
        "labels",
        "--db",
        sqlite_url,
        "--sheet",
        "L7163",
        "--campaign",
        "relance automne",
        "-o",
        str(target),
        "--json",
    )
    assert code == 0, out
    assert json.loads(out)["history_entries"] == 2, out
    assert target.exists()  # the two contacts with an address
    members, history = _campaign_rows(sqlite_db, s.campaign_id)
    assert members == {s.contact_ids[0]: "sent", s.contact_ids[2]: "sent"}
    assert history == ["Étiquettes « L7163 » imprimées (campagne Relance automne)"] * 2
    with sqlite_db.uow(write=False) as uow:  # one entry per contact, not two
        assert (
            len(
                list(uow.session.scalars(select(History.id).where(History.type == "label_printed")))
            )
            == 2
        )


def test_unknown_campaign_is_refused_before_printing(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(sqlite_db)
    target = tmp_path / "labels.pdf"
    code, _out, err = _run(
        capsys,
        "labels",
        "--db",
        sqlite_url,
        "--sheet",
        "L7163",
        "--campaign",
        "Noël",
        "-o",
        str(target),
    )
    assert code != 0
    assert "no campaign called 'Noël'" in err and "Relance automne" in err
    assert not target.exists()
    with sqlite_db.uow(write=False) as uow:
        assert uow.session.scalar(select(History.id).where(History.type == "label_printed")) is None


def test_responses_import_csv_and_xlsx(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = seed(sqlite_db)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "email;réponse\nanne.arnaud@arnaud-sa.fr;interested\ninconnu@nulle-part.fr;replied\n",
        encoding="utf-8",
    )
    code, _out, err = _run(
        capsys, "campaigns", "responses", "import", "Relance automne", str(bad), "--db", sqlite_url
    )
    assert code != 0
    assert "line 3: no contact has 'inconnu@nulle-part.fr'" in err
    assert "Nothing was recorded" in err
    assert _campaign_rows(sqlite_db, s.campaign_id)[0] == {}

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Contact", "Response", "Note"])
    sheet.append([s.contact_ids[0], "meeting", "RDV le 12"])
    sheet.append(["emma@etienne.fr", "unsubscribed", None])
    good = tmp_path / "reponses.xlsx"
    book.save(good)
    code, out, _ = _run(
        capsys,
        "campaigns",
        "responses",
        "import",
        "Relance automne",
        str(good),
        "--db",
        sqlite_url,
        "--json",
    )
    assert code == 0
    assert json.loads(out) == {
        "campaign": "Relance automne",
        "recorded": 2,
        "already_recorded": 0,
        "by_kind": {"meeting": 1, "unsubscribed": 1},
    }
    members, _history = _campaign_rows(sqlite_db, s.campaign_id)
    assert members == {s.contact_ids[0]: "meeting", s.contact_ids[4]: "unsubscribed"}
    code, out, _ = _run(
        capsys, "campaigns", "responses", "import", "Relance automne", str(good), "--db", sqlite_url
    )
    assert code == 0 and "0 response(s) recorded; 2 already recorded" in out


def test_email_drafts_and_series_for_a_campaign(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_crm.services.activities.series import list_series, seed_series
    from desktop_crm.services.mailing.settings import TemplateView, save_template

    s = seed(sqlite_db)
    with sqlite_db.uow() as uow:
        save_template(
            uow, TemplateView(None, "email", "Relance", subject="Bonjour", body_text="Merci.")
        )
        seed_series(uow)
        series = list_series(uow)[0].name
        uow.commit()
    code, _out, err = _run(
        capsys,
        "email",
        "--db",
        sqlite_url,
        "--template",
        "Relance",
        "--ids",
        str(s.contact_ids[0]),
        "--drafts",
        str(tmp_path / "drafts"),
        "--campaign",
        "Relance automne",
    )
    assert code == 0, err
    code, _out, err = _run(
        capsys,
        "series",
        "apply",
        series,
        "--db",
        sqlite_url,
        "--group",
        "Prospects phoning",
        "--anchor",
        "2026-12-01",
        "--campaign",
        "Relance automne",
    )
    assert code == 0, err
    members, history = _campaign_rows(sqlite_db, s.campaign_id)
    assert set(members) == set(s.contact_ids)
    assert "E-mail « Relance » envoyé (campagne Relance automne)" in history
    assert history.count(f"Série « {series} » démarrée (campagne Relance automne)") == 5
