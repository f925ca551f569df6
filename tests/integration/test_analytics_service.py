"""Targeting analytics on both backends: figures per client (sales, won opportunities,
contacts made, P), the analyses, the sales history import and its undo, saved groups."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.query import InAnalysis, format_query, parse
from desktop_crm.services.analytics.figures import Period, load_figures
from desktop_crm.services.analytics.groups import save_analysis_group
from desktop_crm.services.analytics.run import AnalysisSpec, run_analysis
from desktop_crm.services.analytics.sales_import import (
    import_sales,
    parse_mapping,
    undo_sales_import,
)
from desktop_crm.services.contacts.companies import create_company
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.fields import define_field, set_values
from desktop_crm.services.groups.groups import (
    add_members,
    create_group,
    delete_group,
    find_group,
    member_ids,
    update_group,
)
from desktop_crm.storage.models import History, Opportunity, Sale
from desktop_crm.storage.uow import Database, UnitOfWork

D = Decimal
Y2025 = Period.year(2025)


def _setup(uow: UnitOfWork) -> dict[str, int]:
    """Four companies (one per quadrant) and one company-less contact."""
    ids: dict[str, int] = {}
    for name, siren in (("Os", "732829320"), ("Glouton", "552100554")):
        ids[name] = create_company(uow, {"name": name, "siren": siren, "status": "Client"}).id
    for name in ("Vache", "Poule"):
        ids[name] = create_company(uow, {"name": name, "status": "Client"}).id
    for name in ("Os", "Glouton", "Vache", "Poule"):
        ids[f"c_{name}"] = create_contact(
            uow, {"last_name": f"Chef {name}", "company_id": ids[name], "company_name": name}
        ).id
    ids["solo"] = create_contact(
        uow, {"first_name": "Jean", "last_name": "Seul", "email": "jean@seul.fr"}
    ).id
    sales = [
        ("Os", "2025-03-01", "100"),
        ("Glouton", "2025-03-01", "150"),
        ("Vache", "2025-05-01", "5000"),
        ("Poule", "2025-06-01", "8000"),
        ("Poule", "2024-06-01", "4000"),
        ("Vache", "2024-06-01", "6000"),
        # 31/12/2025 is in 2025; 01/01/2026 is not.
        ("Os", "2025-12-31", "10"),
        ("Os", "2026-01-01", "999"),
        ("Os", "2022-05-01", "100"),
        ("Os", "2023-05-01", "105"),
        ("Os", "2024-05-01", "100"),
    ]
    for who, day, amount in sales:
        uow.session.add(
            Sale(company_id=ids[who], sold_on=dt.date.fromisoformat(day), amount=D(amount))
        )
    uow.session.add(Sale(contact_id=ids["solo"], sold_on=dt.date(2025, 2, 1), amount=D("300")))
    # A won opportunity without a sale line, closed 31/12/2025 23:30 Paris = 22:30 UTC.
    uow.session.add(
        Opportunity(
            name="Gagnée",
            company_id=ids["Vache"],
            status="won",
            amount=D("700"),
            closed_at=dt.datetime(2025, 12, 31, 22, 30),
        )
    )
    # Contacts made: Glouton and Poule many (10), the others 1; a kind that does not count.
    for who, n in (("Os", 1), ("Glouton", 10), ("Vache", 1), ("Poule", 10)):
        for i in range(n):
            uow.session.add(
                History(
                    contact_id=ids[f"c_{who}"],
                    type="call_reached",
                    occurred_at=dt.datetime(2025, 4, 1 + i, 9),
                )
            )
    uow.session.add(
        History(contact_id=ids["c_Os"], type="field_changed", occurred_at=dt.datetime(2025, 4, 1))
    )
    define_field(uow, "company", "potentiel_ca", "number", "Potentiel (P)")
    set_values(uow, "company", ids["Os"], {"potentiel_ca": "20000"})
    set_values(uow, "company", ids["Poule"], {"potentiel_ca": "8000"})
    uow.session.flush()
    return ids


def test_figures_and_analyses(db: Database) -> None:
    ids = db.run(_setup).value
    with db.uow() as uow:
        figs = load_figures(uow, Y2025)
    os_ = figs[("company", ids["Os"])]
    assert os_.revenue == D("110") and os_.contacts == 1 and os_.potential == D("20000")
    vache = figs[("company", ids["Vache"])]
    assert vache.revenue == D("5700") and vache.revenue_before == D("6000")
    assert figs[("contact", ids["solo"])].revenue == D("300")
    assert figs[("company", ids["Poule"])].yearly == {2024: D("4000"), 2025: D("8000")}

    def run(method: str, **kw: object) -> dict[object, str]:
        with db.uow() as uow:
            result = run_analysis(uow, AnalysisSpec(method, Y2025, **kw))  # type: ignore[arg-type]
        return {r.key: r.klass for r in result.rows}

    quad = run("quadrants")
    assert quad[("company", ids["Os"])] == "Squelettes"
    assert quad[("company", ids["Glouton"])] == "Contactivores"
    assert quad[("company", ids["Vache"])] == "Vaches à lait"
    assert quad[("company", ids["Poule"])] == "Poules aux œufs d'or"
    abc = run("abc")
    assert abc[("company", ids["Poule"])] == "A" and abc[("company", ids["Os"])] == "C"
    pr = run("pr")
    assert pr[("company", ids["Os"])] == "room"
    assert pr[("company", ids["Poule"])] == "reached"
    assert pr[("company", ids["Vache"])] == "no_potential"
    with db.uow() as uow:
        quart = run_analysis(uow, AnalysisSpec("quartiles", Y2025))
    # R: 110, 150, 300, 5 700, 8 000 -> bounds 150, 300, 5 700; P: 8 000 and 20 000.
    assert (quart.marks["q1"], quart.marks["q2"], quart.marks["q3"]) == (D(150), D(300), D(5700))
    scores = {r.key: (r.klass, r.score) for r in quart.rows}
    assert scores[("company", ids["Poule"])] == ("Q4", "P Q1")
    assert scores[("company", ids["Os"])] == ("Q1", "P Q4")
    assert scores[("company", ids["Vache"])] == ("Q3", "")
    with db.uow() as uow:
        idle = run_analysis(uow, AnalysisSpec("inactive", Y2025)).rows
    # Nothing since 30/06/2025 (6 months before 31/12): the longest silent first.
    assert [(r.key, r.klass, r.score) for r in idle[:3]] == [
        (("contact", ids["solo"]), "inactive", "01/02/2025"),
        (("company", ids["Glouton"]), "inactive", "01/03/2025"),
        (("company", ids["Poule"]), "inactive", "01/06/2025"),
    ]
    assert {r.klass for r in idle[3:]} == {"active"}
    maturity = run("maturity")
    assert maturity[("company", ids["Poule"])] == "démarrage"  # first bought in 2024
    assert maturity[("company", ids["Os"])] == "maturité"
    assert maturity[("company", ids["Glouton"])] == "démarrage"
    assert set(run("rfm").values()) <= {
        "champions",
        "loyal",
        "new",
        "at_risk",
        "hibernating",
        "lost",
        "attention",
        "no_purchase",
    }


def test_group_population_and_saved_group_reruns(db: Database) -> None:
    ids = db.run(_setup).value
    group = db.run(create_group, "Deux").value
    db.run(add_members, group.id, [ids["c_Os"], ids["c_Poule"]])
    with db.uow() as uow:
        result = run_analysis(uow, AnalysisSpec("abc", Y2025, group="Deux"))
    assert {r.key for r in result.rows} == {("company", ids["Os"]), ("company", ids["Poule"])}
    spec = AnalysisSpec("quadrants", Y2025)
    saved = db.run(save_analysis_group, "Vaches 2025", spec, "Vaches à lait").value
    with db.uow() as uow:
        assert member_ids(uow, saved.id) == [ids["c_Vache"]]
    # A new sale moves Os into the high-revenue half (and the median up to Vache's 5 700,
    # which now counts as low): the group follows when opened again.
    with db.uow() as uow:
        uow.session.add(Sale(company_id=ids["Os"], sold_on=dt.date(2025, 7, 1), amount=D("9000")))
        uow.commit()
    with db.uow() as uow:
        assert member_ids(uow, saved.id) == [ids["c_Os"]]
    among = db.run(
        save_analysis_group, "A parmi Deux", AnalysisSpec("abc", Y2025, group="Deux"), "A"
    ).value
    with db.uow() as uow:
        # Among Os (9 110) and Poule (8 000) both are A; Vache, bigger, is not in the group.
        assert set(member_ids(uow, among.id)) == {ids["c_Os"], ids["c_Poule"]}
    # Renaming the population group rewrites the query; deleting it is refused.
    db.run(update_group, group.id, group.version, name="Paire")
    with db.uow() as uow:
        text = find_group(uow, "A parmi Deux").query_text
        assert text == 'analysis abc = "A" period 2025 among group "Paire"'
        assert set(member_ids(uow, among.id)) == {ids["c_Os"], ids["c_Poule"]}
    with pytest.raises(DomainError, match="A parmi Deux"):
        db.run(delete_group, group.id)


def test_query_condition_round_trip_and_errors() -> None:
    node = parse('analysis abc = "a" period 2025')
    assert node == InAnalysis("abc", "A", dt.date(2025, 1, 1), dt.date(2025, 12, 31), pos=1)
    text = 'analysis quadrants = "Vaches à lait" from 2025-01-01 to 2025-06-30 among group "X"'
    assert format_query(parse(text)) == text
    for bad in (
        'analysis abc = "D" period 2025',
        'analysis abd = "A" period 2025',
        'analysis abc = "A"',
        'analysis abc = "A" from 2025-02-01 to 2025-01-01',
    ):
        with pytest.raises(DomainError):
            parse(bad)


def _write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_sales_import_checks_dry_run_and_undo(db: Database, tmp_path: Path) -> None:
    ids = db.run(_setup).value
    file = _write_csv(
        tmp_path / "ventes.csv",
        [
            "Client;Référence;Contact;Date;Montant;Famille",
            "Glouton;;;15/01/2025;1 200,50;Services",
            ";732 829 320;;2025-02-01;300;",
            ";;jean@seul.fr;01/03/2025;40;",
            "Inconnue SA;;;01/03/2025;10;",
            "Vache;;;pas une date;10;",
            "Vache;;;01/03/2025;dix;",
        ],
    )
    with db.uow() as uow:
        before = uow.session.scalar(select(func.count(Sale.id)))
    dry = db.run(import_sales, file, dry_run=True).value
    assert dry.imported == 0 and dry.batch_id is None and dry.rows_read == 6
    assert [p.code for p in dry.problems] == ["unknown_client", "bad_date", "bad_amount"]
    assert dry.problems[0].row == 5 and dry.total == D("1540.50")
    report = db.run(import_sales, file).value
    assert report.imported == 3 and report.batch_id is not None
    with db.uow() as uow:
        assert uow.session.scalar(select(func.count(Sale.id))) == before + 3
        glouton = uow.session.scalar(
            select(Sale.amount).where(
                Sale.import_batch_id == report.batch_id, Sale.company_id == ids["Glouton"]
            )
        )
        assert glouton == D("1200.50")
    assert db.run(undo_sales_import, report.batch_id).value == 3
    with db.uow() as uow:
        assert uow.session.scalar(select(func.count(Sale.id))) == before
    with pytest.raises(DomainError, match="already undone"):
        db.run(undo_sales_import, report.batch_id)


def test_sales_import_mapping_and_missing_columns(db: Database, tmp_path: Path) -> None:
    db.run(_setup)
    file = _write_csv(tmp_path / "v.csv", ["Qui;Quand;Combien", "Poule;01/01/2025;5"])
    with pytest.raises(DomainError, match="date column"):
        db.run(import_sales, file)
    mapping = parse_mapping("company=Qui,date=Quand,amount=Combien")
    assert db.run(import_sales, file, mapping=mapping).value.imported == 1
    with pytest.raises(DomainError):
        parse_mapping("price=Combien")


def test_demo_data_has_every_quadrant_and_phase(sqlite_db: Database) -> None:
    from desktop_crm.services.demo.generate import generate_demo

    sqlite_db.run(generate_demo, 400, seed=3, today=dt.date(2026, 6, 15))

    def counts(method: str) -> dict[str, int]:
        with sqlite_db.uow() as uow:
            return run_analysis(uow, AnalysisSpec(method, Y2025)).counts()

    assert all(n > 0 for n in counts("quadrants").values())
    maturity = counts("maturity")
    assert min(maturity[p] for p in ("démarrage", "croissance", "maturité", "vieillissement")) > 0
    pr = counts("pr")
    assert pr["room"] > 0 and pr["reached"] > 0 and pr["no_potential"] > 0
