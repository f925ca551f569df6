"""Where issues 14 and 15 meet on a team PostgreSQL database: a Standard user's campaign
report, contact-list report and phoning session never name a colleague's private contact, and
a Restricted login asking for campaign reports gets them without amounts, never a traceback."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.domain.reports import ReportParams
from desktop_crm.services.campaigns.records import CampaignInput, add_targets, create_campaign
from desktop_crm.services.contacts.lookup import count_contacts
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.groups.groups import add_members, create_group
from desktop_crm.services.phoning.session import SessionTarget, load_session
from desktop_crm.services.reports.home import home_figures
from desktop_crm.services.reports.registry import build
from desktop_crm.services.users.records import set_private
from tests.integration.team_helpers import Team

pytestmark = pytest.mark.postgres

SECRET = "Zanzibar"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _texts(doc: object) -> str:
    parts = [str(doc.title)]  # type: ignore[attr-defined]
    for table in doc.tables:  # type: ignore[attr-defined]
        for row in table.rows:
            parts.extend(str(cell) for cell in row)
    parts.extend(str(n) for n in doc.notes)  # type: ignore[attr-defined]
    return " ".join(parts)


def test_a_colleagues_private_contact_stays_out_of_campaigns_reports_and_phoning(
    team: Team, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ann, bob = team.db("ann"), team.db("bob")
    secret = ann.run(
        create_contact, {"last_name": SECRET, "first_name": "Zoé", "phone_business": "0142000001"}
    ).value
    ann.run(set_private, "contact", secret.id, True)
    public = ann.run(create_contact, {"last_name": "Public", "phone_business": "0142000002"}).value
    group = ann.run(create_group, "Salon").value
    ann.run(add_members, group.id, [secret.id, public.id])
    campaign = ann.run(
        create_campaign,
        CampaignInput(name="Salon équipe", channel="phone", target_group_id=group.id),
    ).value
    ann.run(add_targets, campaign.id, [secret.id, public.id])

    plan = bob.read(load_session, SessionTarget("campaign", campaign.id))
    assert secret.id not in plan.contact_ids
    assert all(SECRET not in s.name for s in plan.skipped)
    assert plan.contact_ids == (public.id,)

    for name, params in (
        ("campaigns", ReportParams(language="en", campaign="Salon équipe")),
        ("campaigns", ReportParams(language="en")),
        ("contacts", ReportParams(language="en")),
        ("contacts", ReportParams(language="en", group="Salon")),
    ):
        doc = bob.read(build, name, params)
        assert SECRET not in _texts(doc), name
    # Ann herself sees her contact in the same list (the check above could fail).
    mine = ann.read(build, "contacts", ReportParams(language="en"))
    assert SECRET in _texts(mine)

    code, out, err = _run(
        capsys, "campaigns", "report", "Salon équipe", "--json", "--db", team.url_for("bob")
    )
    assert code == 0, err
    assert SECRET not in out
    # Even the count: campaign_member rows of a private contact are hidden by the server.
    assert json.loads(out)["targets"] == 1
    code, out, err = _run(
        capsys, "campaigns", "report", "Salon équipe", "--json", "--db", team.url_for("ann")
    )
    assert code == 0 and json.loads(out)["targets"] == 2, err


def test_a_restricted_login_gets_campaign_reports_without_amounts(
    team: Team, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ann = team.db("ann")
    ann.run(create_campaign, CampaignInput(name="Relance", channel="phone"))
    rex = ("--db", team.url_for("rex"))
    for argv in (
        ("report", "campaigns", "-o", str(tmp_path / "c.pdf")),
        ("report", "campaigns", "--campaign", "Relance", "-o", str(tmp_path / "c.xlsx")),
        ("campaigns", "report", "Relance"),
        ("campaigns", "list"),
    ):
        code, out, err = _run(capsys, *argv, *rex)
        assert code == 0, (argv, err)
        assert "Traceback" not in err and "unexpected" not in err.lower(), (argv, err)
    code, out, err = _run(capsys, "campaigns", "report", "Relance", "--json", *rex)
    figures = json.loads(out)
    assert code == 0 and figures["revenue"] is None and figures["roi"] is None, out
    assert figures["undefined"]["revenue"] == "hidden for your role"
    # Her colleague, a Standard user, gets the figures.
    code, out, err = _run(capsys, "campaigns", "list", "--db", team.url_for("bob"))
    assert code == 0 and "Relance" in out, err


def test_a_restricted_login_gets_a_home_page_without_amounts(team: Team) -> None:
    from desktop_crm.domain.opportunities import OpportunityInput
    from desktop_crm.services.opportunities.records import create_opportunity

    ann = team.db("ann")
    group = ann.run(create_group, "Salon").value
    person = ann.run(create_contact, {"last_name": "Public"}).value
    ann.run(add_members, group.id, [person.id])
    campaign = ann.run(
        create_campaign, CampaignInput(name="Relance", channel="phone", target_group_id=group.id)
    ).value
    ann.run(add_targets, campaign.id, [person.id])
    for name in ("Serveur", "Baie"):
        ann.run(
            create_opportunity,
            OpportunityInput(name=name, contact_id=person.id, amount=Decimal("4321")),
        )
    today = dt.date.today()
    rex = team.db("rex").read(home_figures, None, today)
    mine = ann.read(home_figures, None, today)
    assert not mine.amounts_hidden and mine.pipeline.amount == Decimal("8642")
    # Restricted: the same stages and counts (as the pipeline view shows them), no amount.
    assert rex.amounts_hidden and rex.pipeline.amounts_hidden
    assert [(s.name, s.count) for s in rex.pipeline.stages] == [
        (s.name, s.count) for s in mine.pipeline.stages
    ]
    assert rex.pipeline.count == 2 and rex.pipeline.amount == rex.pipeline.weighted == 0
    assert {s.amount for s in rex.pipeline.stages} == {Decimal(0)}
    assert [(c.name, c.targets) for c in rex.campaigns] == [("Relance", 1)]


def test_a_restricted_login_gets_the_contact_report_and_referrals_without_amounts(
    team: Team, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from desktop_crm.domain.opportunities import OpportunityInput
    from desktop_crm.services.opportunities.records import create_opportunity
    from tests.report_readback import pdf_pages

    ann = team.db("ann")
    person = ann.run(create_contact, {"last_name": "Public"}).value
    ann.run(
        create_opportunity,
        OpportunityInput(name="Serveur Public", contact_id=person.id, amount=Decimal("4321")),
    )
    rex, bob = ("--db", team.url_for("rex")), ("--db", team.url_for("bob"))
    for who, shown in ((bob, True), (rex, False)):
        pdf = tmp_path / f"detail-{shown}.pdf"
        code, _, err = _run(
            capsys, "report", "contact-detail", "--contact", str(person.id), "-o", str(pdf), *who
        )
        assert code == 0, err
        text = " ".join(pdf_pages(pdf))
        assert "Serveur Public" in text
        assert ("4,321.00" in text or "4 321,00" in text) is shown, text
    for argv in (("referrals",), ("report", "referrals", "-o", str(tmp_path / "r.pdf"))):
        for who in (rex, bob):  # Rex: the referrals without their revenue
            code, _, err = _run(capsys, *argv, *who)
            assert code == 0, (argv, err)


def test_a_restricted_login_may_neither_export_nor_erase_a_person(
    team: Team, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ann = team.db("ann")
    person = ann.run(create_contact, {"last_name": "Public", "email": "p@x.fr"}).value
    rex, bob = ("--db", team.url_for("rex")), ("--db", team.url_for("bob"))
    out = tmp_path / "p.json"
    code, _, err = _run(capsys, "privacy", "export", str(person.id), "-o", str(out), *rex)
    assert code != 0 and "Your role (Restricted) does not allow you to export" in err, err
    assert not out.exists()
    code, _, err = _run(capsys, "privacy", "erase", str(person.id), "--yes", *rex)
    assert code != 0 and "Your role (Restricted) does not allow you to delete" in err, err
    assert ann.read(count_contacts) == 1
    # A Standard colleague may export; erasing needs the maintenance account on a team
    # database (a member cannot see colleagues' private notes that may name the person).
    code, _, err = _run(capsys, "privacy", "export", str(person.id), "-o", str(out), *bob)
    assert code == 0 and out.exists(), err
    code, _, err = _run(capsys, "privacy", "erase", str(person.id), "--yes", *bob)
    assert code != 0 and "maintenance account" in err and "Nothing was erased" in err, err
    assert ann.read(count_contacts) == 1
    code, _, err = _run(capsys, "privacy", "erase", str(person.id), "--yes", "--db", team.url)
    assert code == 0, err
    assert ann.read(count_contacts) == 0
