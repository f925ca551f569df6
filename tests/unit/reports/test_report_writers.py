"""The PDF and XLSX writers on hand-made documents: French formats, typed cells, header rows
repeated on every page, page numbers, totals, and the same figures in both files."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_crm.domain.reports import Column, Figure, ReportDocument, Table
from desktop_crm.interchange.report_xlsx import write_report_xlsx
from desktop_crm.printing.report_cells import format_cell
from desktop_crm.printing.report_pdf import ReportHeader, write_report_pdf
from tests.report_readback import check_same_figures, normal, pdf_pages

WHEN = dt.datetime(2026, 12, 1, 9, 45)


def _document(rows: int = 3) -> ReportDocument:
    columns = (
        Column("name", "Nom", width=2),
        Column("day", "Date", "date"),
        Column("count", "Nombre", "int"),
        Column("amount", "Montant", "money"),
        Column("rate", "Taux", "percent"),
    )
    body = tuple(
        (f"Client {i:03d}", dt.date(2026, 12, 1), i, Decimal("1234.50") + i, 0.125)
        for i in range(rows)
    )
    totals = (
        "Total",
        None,
        sum(r[2] for r in body),
        sum((r[3] for r in body), Decimal(0)),
        None,
    )
    return ReportDocument(
        name="test",
        title="Rapport d'essai",
        population="Groupe « Salon 2026 »",
        generated_at=WHEN,
        figures=(
            Figure("Clients", rows, "int"),
            Figure("Chiffre", Decimal("98765.4"), "money"),
            Figure("Taux de réponse", 0.125, "percent"),
        ),
        tables=(Table("Ventes", columns, body, totals),),
    )


@pytest.mark.parametrize(
    ("value", "kind", "french", "english"),
    [
        (Decimal("1234.5"), "money", "1\u202f234,50\u00a0€", "€1,234.50"),
        (0.125, "percent", "12,5\u00a0%", "12.5%"),
        (0.5, "percent", "50\u00a0%", "50%"),
        (1234567, "int", "1\u202f234\u202f567", "1,234,567"),
        (dt.date(2026, 12, 1), "date", "01/12/2026", "2026-12-01"),
        (dt.datetime(2026, 12, 1, 14, 5), "datetime", "01/12/2026 14:05", "2026-12-01 14:05"),
        (Decimal("-0.005"), "decimal", "-0,01", "-0.01"),
        (None, "money", "", ""),
    ],
)
def test_cell_formats(value, kind, french, english) -> None:  # type: ignore[no-untyped-def]
    assert format_cell(value, kind, "fr") == french
    assert format_cell(value, kind, "en") == english


def test_pdf_and_xlsx_hold_the_same_figures_in_french(tmp_path: Path) -> None:
    document = _document()
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    pages = write_report_pdf(document, pdf, language="fr", header=ReportHeader("Acme SARL"))
    write_report_xlsx(document, xlsx, language="fr", company="Acme SARL")
    assert pages == 1
    text = pdf_pages(pdf)[0]
    for expected in (
        "Acme SARL",
        "Rapport d'essai",
        "Groupe « Salon 2026 »",
        "Édité le 01/12/2026 09:45",
        "1 234,50 €",
        "98 765,40 €",
        "12,5 %",
        "01/12/2026",
        "Page 1 / 1",
    ):
        assert normal(expected) in text, expected
    check_same_figures(document, pdf, xlsx, "fr")
    sheet = load_workbook(xlsx)["Ventes"]
    assert sheet["B2"].is_date and sheet["B2"].number_format == "DD/MM/YYYY"
    assert isinstance(sheet["C2"].value, int) and sheet["C2"].number_format == "#,##0"
    assert sheet["D2"].value == 1234.5 and "€" in sheet["D2"].number_format
    assert sheet["E2"].value == 0.125 and "%" in sheet["E2"].number_format
    assert sheet["A5"].value == "Total" and sheet["A5"].font.b
    assert sheet.freeze_panes == "A2"


def test_long_tables_repeat_their_header_and_number_pages(tmp_path: Path) -> None:
    document = _document(rows=260)
    pdf, xlsx = tmp_path / "long.pdf", tmp_path / "long.xlsx"
    pages = write_report_pdf(document, pdf, language="en")
    write_report_xlsx(document, xlsx, language="en")
    texts = pdf_pages(pdf)
    assert pages == len(texts) >= 4
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} / {pages}" in text
        assert "Nom Date Nombre Montant Taux" in text  # the header row on every page
    assert "Client 259" in texts[-1] and "Total" in texts[-1]
    assert "Total" not in " ".join(texts[:-1])
    check_same_figures(document, pdf, xlsx, "en")


def test_text_cells_never_become_formulas_and_long_text_is_cut(tmp_path: Path) -> None:
    long = "Société " * 40
    document = ReportDocument(
        name="t",
        title="T",
        population="=1+1",
        generated_at=WHEN,
        tables=(Table(None, (Column("n", "Name"), Column("x", "X")), (("=SUM(A1)", long),)),),
    )
    pdf, xlsx = tmp_path / "t.pdf", tmp_path / "t.xlsx"
    write_report_pdf(document, pdf)
    write_report_xlsx(document, xlsx)
    book = load_workbook(xlsx)
    assert book.worksheets[1]["A2"].data_type == "s"
    assert book.worksheets[1]["A2"].value == "=SUM(A1)"
    assert "…" in pdf_pages(pdf)[0]


def test_empty_tables_still_make_a_document(tmp_path: Path) -> None:
    document = ReportDocument(
        "e", "Vide", "Tous les contacts", WHEN, tables=(Table("Rien", (Column("a", "A"),), ()),)
    )
    pdf = tmp_path / "e.pdf"
    assert write_report_pdf(document, pdf, language="fr") == 1
    assert "Rien à afficher." in pdf_pages(pdf)[0]


def test_a_cancelled_pdf_stops_between_pages(tmp_path: Path) -> None:
    from desktop_crm.domain.progress import Cancelled, TaskControl

    control = TaskControl()
    pages_seen: list[int] = []

    def check() -> None:
        pages_seen.append(1)
        if len(pages_seen) == 3:
            control.cancel()
        control.check()

    with pytest.raises(Cancelled):
        write_report_pdf(_document(rows=400), tmp_path / "c.pdf", check=check)
    assert len(pages_seen) == 3  # stopped on the third page, not at the end


def test_progress_follows_the_pages(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    pages = write_report_pdf(
        _document(rows=300), tmp_path / "p.pdf", progress=lambda d, t: seen.append((d, t))
    )
    assert pages > 3 and len(seen) >= pages - 1
    assert all(total == 300 for _done, total in seen)
    done = [d for d, _t in seen]
    assert done == sorted(done) and done[0] == 0 and done[-1] > 200  # the last page fits


def test_many_money_columns_are_never_cut_the_names_are(tmp_path: Path) -> None:
    """The campaigns comparison: many narrow columns; its totals of 47 030,00 € were printed
    "47 030,0…". The figures now take their room from the text columns."""
    money = tuple(Column(f"m{i}", f"Montant {i}", "money") for i in range(10))
    columns = (Column("name", "Campagne", width=2), Column("channel", "Canal"), *money)
    rows = tuple(
        (f"Salon du commerce Lyon 2026 n° {i}", "Salon", *([Decimal("33450")] * 10))
        for i in range(3)
    )
    totals = ("Toutes les campagnes", None, *([Decimal("1234567.5")] * 10))
    document = ReportDocument(
        name="t",
        title="T",
        population="",
        generated_at=WHEN,
        tables=(Table(None, columns, rows, totals),),
    )
    pdf = tmp_path / "wide.pdf"
    write_report_pdf(document, pdf, language="fr")
    text = pdf_pages(pdf)[0]
    assert text.count(normal("1 234 567,50 €")) == 10
    assert text.count(normal("33 450,00 €")) == 30
    assert "Salon du commerce Lyon 2026 n° 1" not in text  # the name gave its room


def test_the_campaigns_comparison_titles_wrap_between_words_not_cut(tmp_path: Path) -> None:
    """The side-by-side campaigns table (17 narrow columns, French titles): each title is
    whole, wrapped between words in a taller header row ("Chiffre" / "d'affaires"), never
    "Rép…" or "Chiffre d'a…"."""
    from desktop_crm.services.reports.campaigns import FIGURE_ROWS, SHORT

    figures = tuple(
        Column(key, SHORT.get(key, (en, fr))[1], kind, 1.0) for key, en, fr, kind in FIGURE_ROWS
    )
    columns = (
        Column("name", "Campagne", "text", 2),
        Column("channel", "Canal", "text", 1),
        Column("start", "Début", "date", 1),
        *figures,
    )
    values = {"int": 160, "percent": 0.281, "money": Decimal("58010")}
    rows = tuple(
        (f"Campagne {i}", "Téléphone", dt.date(2026, 10, 12), *(values[c.kind] for c in figures))
        for i in range(3)
    )
    document = ReportDocument(
        name="campaigns",
        title="Comparaison des campagnes",
        population="",
        generated_at=WHEN,
        tables=(Table(None, columns, rows, None),),
    )
    pdf = tmp_path / "compared.pdf"
    write_report_pdf(document, pdf, language="fr")
    text = pdf_pages(pdf)[0]
    header = text.split("Campagne 0")[0]
    assert "…" not in header, header
    for column in columns:
        for word in column.title.split():
            assert normal(word) in header, (word, header)
    assert text.count(normal("58 010,00 €")) == 15  # five money columns, whole
