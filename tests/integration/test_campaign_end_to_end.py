"""Issue 14 "Done when", end to end through the command line, on SQLite and PostgreSQL.

A target group → ``campaigns create`` → letters for the campaign and a phoning session →
responses → an opportunity naming the campaign → won → ``campaigns report --json`` and
``report campaigns`` (PDF and XLSX) show the same hand-computed figures. Along the way an
objection recorded with ``privacy consent`` keeps the person out of both the letters and the
calls; then the person who bought is erased and the campaign keeps its amounts.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop_crm.cli import main
from desktop_crm.domain.opportunities import OpportunityInput
from desktop_crm.domain.reports import ReportParams
from desktop_crm.services.campaigns.records import campaign_id_by_name
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.groups.groups import add_members, create_group
from desktop_crm.services.mailing.settings import TemplateView, save_template
from desktop_crm.services.opportunities import records as opportunities
from desktop_crm.services.phoning.session import SessionTarget, load_session, log_session_call
from desktop_crm.services.reports.registry import build
from desktop_crm.storage.models import CampaignMember
from desktop_crm.storage.uow import Database
from tests.report_readback import check_same_figures, pdf_pages

PEOPLE = (
    ("Anne", "Arnaud", "01 42 00 00 01", "1 rue de la Paix", "75002", "Paris"),
    ("Bruno", "Bernard", "01 42 00 00 02", "2 rue Royale", "75008", "Paris"),
    ("Chloé", "Colin", "01 42 00 00 03", "3 quai Saint-Vincent", "69001", "Lyon"),
    ("David", "Durand", "01 42 00 00 04", "4 place Bellecour", "69002", "Lyon"),
    ("Emma", "Etienne", "01 42 00 00 05", "5 cours Mirabeau", "13100", "Aix-en-Provence"),
)
NOW = dt.datetime(2026, 11, 20, 10, 0)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _members(db: Database, campaign_id: int) -> dict[int, str]:
    with db.uow(write=False) as uow:
        return {
            m.contact_id: m.status
            for m in uow.session.scalars(
                select(CampaignMember).where(CampaignMember.campaign_id == campaign_id)
            )
        }


def test_a_campaign_from_group_to_roi_through_the_command_line(
    db: Database,
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_LANG", "en")
    ids = [
        db.run(
            create_contact,
            {
                "first_name": first,
                "last_name": last,
                "phone_business": phone,
                "address1": street,
                "postcode": code,
                "city": city,
                "company_name": f"{last} SA",
            },
        ).value.id
        for first, last, phone, street, code, city in PEOPLE
    ]
    anne, bruno, chloe, david, emma = ids
    group = db.run(create_group, "Salon Lyon 2026").value
    db.run(add_members, group.id, ids)
    db.run(
        save_template,
        TemplateView(None, "letter", "Invitation", body_html="<p>Bonjour {{prenom}}.</p>"),
    )
    url = ("--db", db_url)

    # Emma objects to letters and calls: recorded in the consent ledger.
    for channel in ("post", "phone"):
        code, _, err = _run(
            capsys,
            "privacy",
            "consent",
            str(emma),
            "--channel",
            channel,
            "--status",
            "objection",
            "--source",
            "phone call",
            *url,
        )
        assert code == 0, err

    code, out, err = _run(
        capsys,
        "campaigns",
        "create",
        "Salon Lyon",
        "--channel",
        "trade_show",
        "--group",
        "Salon Lyon 2026",
        "--cost",
        "1000",
        *url,
    )
    assert code == 0, err
    campaign_id = db.read(campaign_id_by_name, "Salon Lyon")
    assert set(_members(db, campaign_id)) == set(ids)

    letters = tmp_path / "invitations.pdf"
    code, out, err = _run(
        capsys,
        "letters",
        "--template",
        "Invitation",
        "--group",
        "Salon Lyon 2026",
        "--campaign",
        "Salon Lyon",
        "-o",
        str(letters),
        "--json",
        *url,
    )
    assert code == 0, err
    assert json.loads(out)["history_entries"] == 4, out
    text = " ".join(pdf_pages(letters))
    assert "Anne" in text and "Emma" not in text
    members = _members(db, campaign_id)
    assert members[emma] == "targeted"
    assert all(members[c] == "sent" for c in (anne, bruno, chloe, david))

    # The phoning session of the campaign: Emma is left out, the others are called.
    target = SessionTarget("campaign", campaign_id)
    plan = db.read(load_session, target)
    assert emma not in plan.contact_ids and set(plan.contact_ids) == {anne, bruno, chloe, david}
    for contact_id, outcome in (
        (anne, "meeting"),
        (bruno, "interested"),
        (chloe, "not_interested"),
        (david, "no_answer"),
    ):
        db.run(log_session_call, plan, contact_id, outcome, NOW, NOW.date(), None)
    members = _members(db, campaign_id)
    assert (members[anne], members[bruno], members[chloe]) == (
        "meeting",
        "interested",
        "not_interested",
    )

    # Anne buys: an opportunity naming the campaign, won.
    opp = db.run(
        opportunities.create_opportunity,
        OpportunityInput(
            name="Stand Arnaud", contact_id=anne, campaign_id=campaign_id, amount=Decimal(3000)
        ),
    ).value
    db.run(
        opportunities.close_opportunity,
        opp.id,
        opp.version,
        "won",
        "Prix",
        None,
        dt.date(2026, 11, 25),
    )

    def report() -> dict[str, object]:
        code, out, err = _run(capsys, "campaigns", "report", "Salon Lyon", "--json", *url)
        assert code == 0, err
        return dict(json.loads(out))

    figures = report()
    # 5 targets, 4 letters (Emma objected), 3 responses (meeting, interested, not interested),
    # 1 won for 3 000 (no cost of goods: all margin), cost 1 000 → ROI (3000 − 1000) / 1000.
    assert (figures["targets"], figures["sent"], figures["responses"]) == (5, 4, 3)
    assert (figures["opportunities"], figures["won"], figures["breakeven"]) == (1, 1, 1)
    assert figures["revenue"] == "3000.00" and figures["margin"] == "3000.00"
    assert figures["cost"] == "1000.00" and figures["roi"] == "2.0000"

    pdf, xlsx = tmp_path / "campagne.pdf", tmp_path / "campagne.xlsx"
    for path, fmt in ((pdf, "pdf"), (xlsx, "xlsx")):
        code, _, err = _run(
            capsys,
            "report",
            "campaigns",
            "--campaign",
            "Salon Lyon",
            "--format",
            fmt,
            "-o",
            str(path),
            *url,
        )
        assert code == 0, err
    sheet = load_workbook(xlsx).worksheets[0]
    values = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row and row[0]}
    assert (values["Targets"], values["Sent"], values["Responses"], values["Won"]) == (5, 4, 3, 1)
    assert Decimal(str(values["Revenue"])) == Decimal(3000)
    assert Decimal(str(values["ROI"])) == Decimal(2)
    text = " ".join(pdf_pages(pdf))
    assert "3,000.00" in text or "3 000,00" in text or "3000.00" in text, text[:400]
    # Every figure and cell of the PDF is the XLSX's, as the report builder made them.
    document = db.read(build, "campaigns", ReportParams(language="en", campaign="Salon Lyon"))
    check_same_figures(document, pdf, xlsx, "en")

    # Anne is erased: she leaves the targets, the campaign keeps its sale.
    code, _, err = _run(capsys, "privacy", "erase", str(anne), "--yes", *url)
    assert code == 0, err
    assert anne not in _members(db, campaign_id)
    after = report()
    assert (after["targets"], after["won"]) == (4, 1)
    assert after["revenue"] == "3000.00" and after["roi"] == "2.0000"
    code, _, err = _run(
        capsys, "report", "campaigns", "--format", "xlsx", "-o", str(tmp_path / "all.xlsx"), *url
    )
    assert code == 0, err


def test_access_export_and_erasure_meet_campaigns_consent_and_referrals(
    db: Database,
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop_crm.services.campaigns.records import CampaignInput, add_targets, create_campaign
    from desktop_crm.services.campaigns.referrals import referral_report, set_referrer
    from desktop_crm.services.campaigns.responses import log_response
    from desktop_crm.services.reports.home import home_figures

    anne = db.run(create_contact, {"first_name": "Anne", "last_name": "Arnaud"}).value.id
    bruno = db.run(create_contact, {"first_name": "Bruno", "last_name": "Bernard"}).value.id
    campaign = db.run(create_campaign, CampaignInput(name="Relance", channel="phone")).value
    db.run(add_targets, campaign.id, [anne, bruno])
    db.run(log_response, campaign.id, anne, "interested", NOW)
    db.run(set_referrer, bruno, anne)  # Anne recommended Bruno
    url = ("--db", db_url)
    code, _, err = _run(
        capsys,
        "privacy",
        "consent",
        str(anne),
        "--channel",
        "email",
        "--status",
        "opt_in",
        "--source",
        "web form",
        *url,
    )
    assert code == 0, err

    out = tmp_path / "anne.json"
    code, _, err = _run(capsys, "privacy", "export", str(anne), "-o", str(out), *url)
    assert code == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    tables = data["tables"]
    assert [r["campaign_id"] for r in tables["campaign_member"]] == [campaign.id]
    assert [(r["channel"], r["source"]) for r in tables["consent_entry"]] == [("email", "web form")]
    referees = [r["id"] for r in tables.get("contact", [])]
    assert bruno in referees, sorted(tables)

    today = dt.date(2026, 11, 20)
    before = next(c for c in db.read(home_figures, None, today).campaigns if c.id == campaign.id)
    assert (before.targets, before.responses) == (2, 1)
    code, _, err = _run(capsys, "privacy", "erase", str(anne), "--yes", *url)
    assert code == 0, err
    after = next(c for c in db.read(home_figures, None, today).campaigns if c.id == campaign.id)
    assert (after.targets, after.responses) == (1, 0)
    report = db.read(referral_report)
    assert all("Arnaud" not in (r.name or "") for r in report.referrers)
