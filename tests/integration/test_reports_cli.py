"""``desktop-crm report``: the list, a report written as PDF and XLSX, and the refusals
(unknown report, missing parameter, unwritable path) with nothing half written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_crm.cli import main
from desktop_crm.services.reports.registry import list_reports


@pytest.fixture
def demo_db(tmp_path: Path) -> str:
    path = tmp_path / "crm.sqlite"
    assert main(["demo", "--contacts", "120", "--seed", "4", "--db", str(path)]) == 0
    return str(path)


def test_list_in_english_and_french(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DESKTOP_CRM_LANG", "en")
    assert main(["report", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    names = [line for line in lines if not line.startswith(" ")]
    assert names == [spec.name for spec in list_reports()]
    assert lines[1].strip().startswith("Contact list:")
    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    assert main(["report", "--list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["title"] == "Liste des contacts"
    assert {d["name"]: d["needs"] for d in data}["contact-detail"] == ["contact_id"]


def test_report_as_pdf_and_xlsx(demo_db: str, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    pdf, xlsx = tmp_path / "pipeline.pdf", tmp_path / "activite.xlsx"
    assert main(["report", "pipeline", "--format", "pdf", "-o", str(pdf), "--db", demo_db]) == 0
    assert "Écrit" in capsys.readouterr().out
    assert pdf.read_bytes().startswith(b"%PDF")
    code = main(
        [
            "report",
            "activity",
            "-o",
            str(xlsx),
            "--from",
            "01/01/2026",
            "--to",
            "2026-12-31",
            "--db",
            demo_db,
            "--json",
        ]
    )
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["format"] == "xlsx" and summary["rows"] > 0
    book = load_workbook(xlsx)
    assert book.sheetnames[0] == "Synthèse"
    texts = [str(row[0]) for row in book.worksheets[0].iter_rows(max_row=4, values_only=True)]
    assert any("01/01/2026 – 31/12/2026" in text for text in texts)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "nope", "-o", "x.pdf"], "There is no report named 'nope'. Reports: contacts"),
        (["report", "contact-detail", "-o", "x.pdf"], "needs a contact (--contact ID)"),
        (["report", "contacts", "--format", "pdf"], "-o FILE"),
        (["report", "contacts", "-o", "x.txt"], "--format pdf or --format xlsx"),
        (["report", "contacts", "-o", "x.pdf", "--group", "A", "--lookup", "b"], "not both"),
        (["report"], "report --list"),
    ],
)
def test_refusals(args, message, capsys, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DESKTOP_CRM_LANG", "en")
    monkeypatch.chdir(tmp_path)
    assert main([*args, "--db", str(tmp_path / "crm.sqlite")]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output_leaves_nothing(
    demo_db: str, tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DESKTOP_CRM_LANG", "en")
    out = tmp_path / "out"
    out.mkdir()
    assert main(["report", "contacts", "-o", str(out / "no" / "c.pdf"), "--db", demo_db]) == 1
    assert "does not exist: choose another place" in capsys.readouterr().err
    assert main(["report", "contacts", "-o", str(out), "--format", "xlsx", "--db", demo_db]) == 1
    assert "is a folder" in capsys.readouterr().err
    assert list(out.iterdir()) == []
    previous = out / "c.xlsx"
    previous.write_bytes(b"old")
    assert (
        main(["report", "contacts", "-o", str(previous), "--group", "nope", "--db", demo_db]) == 2
    )
    assert previous.read_bytes() == b"old"  # a refused run never touches the old file
    assert [p.name for p in out.iterdir()] == ["c.xlsx"]
