"""Report builders on hand-made data, on SQLite and PostgreSQL: the figures a sales manager
checks by hand (calls per user over a week, what is late, the pipeline), the population
rules (selection > group > lookup > all), and every report written as PDF and XLSX with the
same figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_crm.domain.clock import wall_to_utc
from desktop_crm.domain.errors import NotFoundError
from desktop_crm.domain.reports import ReportParams
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.groups.groups import add_members, create_group
from desktop_crm.services.reports.home import home_figures
from desktop_crm.services.reports.output import write_report
from desktop_crm.services.reports.population import ReportInputError, today
from desktop_crm.services.reports.registry import build, get, list_reports
from desktop_crm.storage.models import (
    Activity,
    Campaign,
    CampaignMember,
    History,
    Opportunity,
    SalesProcess,
    SalesStage,
    User,
)
from desktop_crm.storage.uow import Database
from tests.report_readback import check_same_figures

MONDAY = dt.date(2026, 11, 2)
WEEK = ReportParams(language="fr", date_from=MONDAY, date_to=MONDAY + dt.timedelta(days=6))


def _at(day: dt.date, hour: int) -> dt.datetime:
    """A Paris wall-clock moment stored as history stores it (naive UTC)."""
    return wall_to_utc(dt.datetime.combine(day, dt.time(hour)))


@pytest.fixture
def team(db: Database) -> dict[str, int]:
    """Two users, three contacts (two in Lyon, in the group "Lyon"), a week of history,
    activities around today, four opportunities and two campaigns."""
    ids: dict[str, int] = {}
    with db.uow() as uow:
        s = uow.session
        alice = User(login="alice", display_name="Alice Martin")
        bob = User(login="bob", display_name="Bob Durand")
        s.add_all([alice, bob])
        s.flush()
        ids["alice"], ids["bob"] = alice.id, bob.id
        for key, last, first, city in (
            ("dupont", "Dupont", "Marie", "Lyon"),
            ("durand", "Durand", "Paul", "Paris"),
            ("petit", "Petit", "Luc", "Lyon"),
        ):
            ids[key] = create_contact(
                uow, {"last_name": last, "first_name": first, "city": city}
            ).id
        group = create_group(uow, "Lyon")
        add_members(uow, group.id, [ids["dupont"], ids["petit"]])
        ids["group"] = group.id

        def history(user: str, contact: str, kind: str, day: dt.date, hour: int = 10) -> None:
            s.add(
                History(
                    contact_id=ids[contact],
                    user_id=ids[user],
                    type=kind,
                    occurred_at=_at(day, hour),
                    regarding="Relance",
                )
            )

        for i in range(3):
            history("alice", "dupont", "call_attempted", MONDAY + dt.timedelta(days=i))
        history("alice", "petit", "call_reached", MONDAY, 9)
        history("alice", "dupont", "call_reached", MONDAY + dt.timedelta(days=6), 23)  # Sunday
        history("alice", "dupont", "call_received", MONDAY)
        history("alice", "petit", "meeting_held", MONDAY + dt.timedelta(days=3))
        history("alice", "petit", "letter_sent", MONDAY + dt.timedelta(days=4))
        history("alice", "dupont", "call_attempted", MONDAY - dt.timedelta(days=1))  # before
        history("alice", "dupont", "call_attempted", MONDAY + dt.timedelta(days=7), 0)  # after
        history("bob", "durand", "call_reached", MONDAY + dt.timedelta(days=1))
        history("bob", "durand", "email_sent", MONDAY + dt.timedelta(days=1))
        history("bob", "durand", "email_sent", MONDAY + dt.timedelta(days=2))
        history("bob", "durand", "note", MONDAY + dt.timedelta(days=2))  # not counted

        now = dt.datetime.combine(today(), dt.time(10))
        for user, contact, when, cleared in (
            ("alice", "dupont", now - dt.timedelta(days=1), False),
            ("alice", "petit", now, False),
            ("alice", "dupont", now + dt.timedelta(days=3), False),
            ("alice", "dupont", now + dt.timedelta(days=30), False),  # beyond the week
            ("bob", "durand", now - dt.timedelta(days=2), False),
            ("bob", "durand", now - dt.timedelta(days=2), True),  # done: not due
        ):
            s.add(
                Activity(
                    type="call",
                    start_at=when,
                    contact_id=ids[contact],
                    scheduled_for_id=ids[user],
                    regarding="Rappeler",
                    cleared=cleared,
                )
            )
        process = SalesProcess(name="Essai rapports", is_default=False)
        s.add(process)
        s.flush()
        first = SalesStage(process_id=process.id, position=0, name="Découverte", probability=10)
        second = SalesStage(process_id=process.id, position=1, name="Offre", probability=50)
        s.add_all([first, second])
        s.flush()
        for name, contact, stage, prob, amount, status, user in (
            ("Copieurs", "dupont", first, 10, "1000.00", "open", "alice"),
            ("Maintenance", "petit", second, 50, "2500.50", "open", "alice"),
            ("Logiciel", "durand", second, 50, "4000.00", "open", "bob"),
            ("Ancien", "durand", second, 100, "9000.00", "won", "bob"),
        ):
            s.add(
                Opportunity(
                    name=name,
                    contact_id=ids[contact],
                    process_id=process.id,
                    stage_id=stage.id,
                    probability=prob,
                    amount=Decimal(amount),
                    status=status,
                    currency="EUR",
                    record_manager_id=ids[user],
                )
            )
        older = Campaign(name="Salon 2026", start_date=dt.date(2026, 3, 1))
        newer = Campaign(name="Mailing rentrée", start_date=dt.date(2026, 9, 1))
        draft = Campaign(name="Brouillon", start_date=dt.date(2026, 12, 20))  # no targets
        s.add_all([older, newer, draft])
        s.flush()
        ids["older"], ids["newer"] = older.id, newer.id
        for contact, responded in (("dupont", True), ("durand", False), ("petit", True)):
            s.add(
                CampaignMember(
                    campaign_id=newer.id,
                    contact_id=ids[contact],
                    responded_at=dt.datetime(2026, 9, 10) if responded else None,
                )
            )
        s.add(CampaignMember(campaign_id=older.id, contact_id=ids["durand"]))
        uow.commit()
    return ids


def _counts(document, table: int = 0) -> dict[str, tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return {str(row[0]): tuple(row[1:]) for row in document.tables[table].rows}


def test_activity_by_user_over_a_week(db: Database, team: dict[str, int]) -> None:
    document = db.read(build, "activity", WEEK)
    # Calls made, reached, received, meetings, letters, e-mails (by hand).
    assert _counts(document) == {
        "Alice Martin": (5, 2, 1, 1, 1, 0),
        "Bob Durand": (1, 1, 0, 0, 0, 2),
    }
    assert document.tables[0].totals == ("Total", 6, 3, 1, 1, 1, 2)
    figures = {f.label: f.value for f in document.figures}
    assert figures["Appels passés"] == 6 and figures["Taux de joignabilité"] == 0.5
    assert len(document.tables[1].rows) == 11  # the detail: every counted entry of the week
    assert "02/11/2026 – 08/11/2026" in document.population

    lyon = db.read(
        build,
        "activity",
        ReportParams(
            language="fr", date_from=MONDAY, date_to=MONDAY + dt.timedelta(days=6), group="Lyon"
        ),
    )
    assert _counts(lyon) == {"Alice Martin": (5, 2, 1, 1, 1, 0)}
    assert "Groupe « Lyon »" in lyon.population
    bob = db.read(
        build,
        "activity",
        ReportParams(
            language="en", date_from=MONDAY, date_to=MONDAY + dt.timedelta(days=6), user="bob"
        ),
    )
    assert _counts(bob) == {"Bob Durand": (1, 1, 0, 0, 0, 2)}


def test_population_order_selection_group_lookup_all(db: Database, team: dict[str, int]) -> None:
    def names(params: ReportParams) -> list[str]:
        return [str(r[0]) for r in db.read(build, "contacts", params).tables[0].rows]

    every = names(ReportParams())
    assert {"Dupont Marie", "Durand Paul", "Petit Luc"} <= set(every)
    assert names(ReportParams(lookup="petit")) == ["Petit Luc"]
    assert names(ReportParams(group="Lyon", lookup="petit")) == ["Dupont Marie", "Petit Luc"]
    assert names(ReportParams(contact_ids=(team["durand"],), group="Lyon", lookup="petit")) == [
        "Durand Paul"
    ]
    assert names(ReportParams(group=f"#{team['group']}")) == ["Dupont Marie", "Petit Luc"]
    with pytest.raises(NotFoundError):
        db.read(build, "contacts", ReportParams(group="Nowhere"))


def test_activities_due_per_user(db: Database, team: dict[str, int]) -> None:
    document = db.read(build, "activities-due", ReportParams(language="fr"))
    counts = _counts(document)
    assert counts["Alice Martin"] == (1, 1, 1, 3)  # overdue, today, coming (7 days), total
    assert counts["Bob Durand"] == (1, 0, 0, 1)
    lyon = db.read(build, "activities-due", ReportParams(group="Lyon"))
    assert set(_counts(lyon)) == {"Alice Martin"}


def test_pipeline_and_opportunities(db: Database, team: dict[str, int]) -> None:
    document = db.read(build, "pipeline", ReportParams(language="fr"))
    rows = {(r[0], r[1]): r[2:] for r in document.tables[0].rows}
    assert rows[("Essai rapports", "Découverte")] == (0.1, 1, Decimal("1000.00"), Decimal("100.00"))
    assert rows[("Essai rapports", "Offre")] == (0.5, 2, Decimal("6500.50"), Decimal("3250.25"))
    lyon = db.read(build, "pipeline", ReportParams(group="Lyon"))
    assert lyon.tables[0].totals == ("Total", "", None, 2, Decimal("3500.50"), Decimal("1350.25"))
    listing = db.read(build, "opportunities", ReportParams(user="bob"))
    assert sorted(r[0] for r in listing.tables[0].rows) == ["Ancien", "Logiciel"]
    assert {f.label: f.value for f in listing.figures}["Open amount"] == Decimal("4000.00")


def test_contact_detail_needs_a_contact(db: Database, team: dict[str, int]) -> None:
    with pytest.raises(ReportInputError, match="--contact"):
        db.read(build, "contact-detail", ReportParams())
    document = db.read(build, "contact-detail", ReportParams(contact_id=team["dupont"]))
    assert document.population == "Dupont Marie"
    history = document.tables[-1]
    assert len(history.rows) >= 7 and history.rows[0][0] >= history.rows[-1][0]
    with pytest.raises(NotFoundError):
        db.read(build, "contact-detail", ReportParams(contact_id=999_999))
    with pytest.raises(NotFoundError, match="contacts, contact-detail"):
        get("no-such-report")


def test_home_figures(db: Database, team: dict[str, int]) -> None:
    figures = db.read(home_figures, team["alice"], today())
    assert (figures.overdue, figures.due_today) == (1, 1)
    assert [a.overdue for a in figures.activities] == [False, True]
    everyone = db.read(home_figures, None, today())
    assert (everyone.overdue, everyone.due_today) == (2, 1)
    week = db.read(home_figures, team["alice"], MONDAY + dt.timedelta(days=3))
    # Monday: 1 attempted + 1 reached; Tuesday, Wednesday: 1 each; Sunday 23:00 (Paris).
    assert week.calls_this_week == (2, 1, 1, 0, 0, 0, 1)
    assert week.calls_last_week == (0, 0, 0, 0, 0, 0, 1)  # the Sunday before
    assert [c.name for c in figures.campaigns] == ["Mailing rentrée", "Salon 2026"]
    rates = {c.name: (c.targets, c.responses, round(c.rate, 3)) for c in figures.campaigns}
    assert rates["Mailing rentrée"] == (3, 2, 0.667)
    assert rates["Salon 2026"] == (1, 0, 0.0)
    stages = {s.name: s.count for s in figures.pipeline.stages}
    assert sum(stages.values()) == figures.pipeline.count


def test_home_figures_on_an_empty_database(db: Database) -> None:
    figures = db.read(home_figures, None, today())
    assert figures.campaigns == () and figures.activities == ()
    assert figures.calls_this_week == (0,) * 7 and figures.overdue == 0


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_report_writes_pdf_and_xlsx_with_the_same_figures(
    db: Database, team: dict[str, int], tmp_path: Path, language: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for spec in list_reports():
        params = ReportParams(
            language=language,
            date_from=MONDAY,
            date_to=MONDAY + dt.timedelta(days=6),
            contact_id=team["dupont"],
            campaign="Mailing rentrée",
        )
        pdf, xlsx = out / f"{spec.name}.pdf", out / f"{spec.name}.xlsx"
        written = db.read(write_report, spec.name, params, "pdf", pdf)
        db.read(write_report, spec.name, params, "xlsx", xlsx)
        assert written.pages >= 1
        check_same_figures(written.document, pdf, xlsx, language)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{s.name}.{ext}" for s in list_reports() for ext in ("pdf", "xlsx")
    )  # no temporary file left behind


def test_a_missing_folder_writes_nothing(db: Database, tmp_path: Path) -> None:
    from desktop_crm.domain.files import FileWriteError

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(FileWriteError, match="does not exist"):
        db.read(write_report, "pipeline", ReportParams(), "pdf", out / "no" / "r.pdf")
    with pytest.raises(FileWriteError, match="is a folder"):
        db.read(write_report, "pipeline", ReportParams(), "xlsx", out)
    assert list(out.iterdir()) == []


def test_contact_ids_beyond_parameter_limits(db: Database, team: dict[str, int]) -> None:
    ids = (*range(1_000_000, 1_100_000), team["petit"])
    document = db.read(build, "contacts", ReportParams(contact_ids=ids))
    assert [r[0] for r in document.tables[0].rows] == ["Petit Luc"]
    with db.uow(write=False) as uow:
        assert uow.session.scalar(select(User.id).where(User.login == "alice")) == team["alice"]


def test_a_cancelled_run_leaves_the_old_file(
    db: Database, team: dict[str, int], tmp_path: Path
) -> None:
    from desktop_crm.domain.progress import Cancelled, TaskControl

    out = tmp_path / "out"
    out.mkdir()
    target = out / "contacts.pdf"
    target.write_bytes(b"old")
    control = TaskControl()
    control.cancel()
    with pytest.raises(Cancelled):
        db.read(write_report, "contacts", ReportParams(), "pdf", target, control)
    assert target.read_bytes() == b"old" and [p.name for p in out.iterdir()] == ["contacts.pdf"]


def test_the_company_of_the_letters_heads_the_report(
    db: Database, team: dict[str, int], tmp_path: Path
) -> None:
    from dataclasses import replace

    from desktop_crm.services.mailing.settings import load_sender, save_sender
    from tests.report_readback import pdf_pages

    sender = db.read(load_sender)
    db.run(save_sender, replace(sender, company="Bureautique Rhône SARL"))
    pdf = tmp_path / "p.pdf"
    db.read(write_report, "pipeline", ReportParams(language="fr"), "pdf", pdf)
    assert pdf_pages(pdf)[0].startswith("Bureautique Rhône SARL")


def test_builders_without_a_control_are_registered_as_they_are(
    db: Database, team: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.domain.reports import Figure, ReportDocument, ReportSpec
    from desktop_crm.services.reports import registry
    from desktop_crm.services.reports.registry import uses

    def two_arguments(uow, params):  # type: ignore[no-untyped-def]
        return ReportDocument(
            "late",
            "Late",
            params.campaign or "all",
            dt.datetime(2026, 1, 1),
            figures=(Figure("n", 1),),
        )

    monkeypatch.setattr(registry, "REPORTS", list(registry.REPORTS))
    spec = ReportSpec("late", "Late", "Tardif", "d", "d")
    registry.register(spec, two_arguments)
    assert db.read(build, "late", ReportParams(campaign="Salon 2026")).population == "Salon 2026"
    assert registry.list_reports()[-1] == spec
    assert uses(spec) == frozenset({"population"})
    assert uses(ReportSpec("one", "", "", "", "", frozenset({"campaign"}))) == {"campaign"}
