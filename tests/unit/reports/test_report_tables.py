"""The shared table set-up of the report builders: headings in the report's language, the
common columns the same in every report, rows and totals kept as given."""

from __future__ import annotations

from decimal import Decimal

from desktop_crm.domain.reports import Column, Table
from desktop_crm.services.reports.tables import columns, common, report_time, table


def test_common_columns_have_one_heading_in_each_language() -> None:
    assert columns("fr", [common("date", 1.35), common("for"), common("revenue", 1.5)]) == (
        Column("when", "Date", "datetime", 1.35),
        Column("user", "Pour", "text", 1.0),
        Column("revenue", "Chiffre d'affaires", "money", 1.5),
    )
    assert columns("en", [common("when", 2), common("regarding", 1.8)]) == (
        Column("when", "When", "datetime", 2),
        Column("regarding", "Regarding", "text", 1.8),
    )


def test_a_table_is_titled_in_the_language_and_keeps_rows_and_totals() -> None:
    specs = [common("contact", 1.3), ("amount", "Amount", "Montant", "money", 1.0)]
    rows = (r for r in [["Durand Ana", Decimal("12.50")], ("Martin Léo", None)])
    built = table("fr-FR", ("Detail", "Détail"), specs, rows, ["Total", Decimal("12.50")])
    assert built == Table(
        "Détail",
        (Column("contact", "Contact", "text", 1.3), Column("amount", "Montant", "money", 1.0)),
        (("Durand Ana", Decimal("12.50")), ("Martin Léo", None)),
        ("Total", Decimal("12.50")),
    )
    assert table("en", None, specs, []) == Table(
        None,
        (Column("contact", "Contact", "text", 1.3), Column("amount", "Amount", "money", 1.0)),
        (),
    )


def test_report_time_is_to_the_second() -> None:
    assert report_time().microsecond == 0
