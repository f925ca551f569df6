"""``desktop-crm import`` / ``export`` end to end, and export -> import round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_crm.cli import main
from desktop_crm.services.exporting import export_contacts
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import dump, run_import
from tests.unit.interchange import corpus

ROUND_TRIP_FIELDS = (
    "civility",
    "first_name",
    "last_name",
    "company_name",
    "email",
    "phone_business",
    "phone_mobile",
    "address1",
    "address2",
    "postcode",
    "city",
    "country",
    "job_title",
)


def _count(db: Database) -> int:
    with db.uow(write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Contact)) or 0)


def test_cli_dry_run_writes_nothing_then_import(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus.trade_show_xlsx(tmp_path / "salon.xlsx")
    before = dump(sqlite_db)
    assert main(["import", str(path), "--db", sqlite_db.url, "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["created"] == 3 and data["dry_run"] is True
    assert data["header_row"] == 3
    assert data["problems"]["email_typo"] == 1
    assert dump(sqlite_db) == before

    report = tmp_path / "rapport.csv"
    assert (
        main(
            [
                "import",
                str(path),
                "--db",
                sqlite_db.url,
                "--report",
                str(report),
                "--set",
                "status=Prospect",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "3 created" in out and "line 5" in out
    assert _count(sqlite_db) == 3
    text = report.read_text(encoding="utf-8-sig")
    assert text.startswith("Ligne;Action") and "gmail.com" in text
    assert main(["import", str(path), "--db", sqlite_db.url, "--on-duplicate", "skip"]) == 0
    assert "0 created" in capsys.readouterr().out


def test_cli_refuses_a_broken_file_clearly(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(corpus.trade_show_xlsx(tmp_path / "ok.xlsx").read_bytes()[:500])
    assert main(["import", str(path), "--db", sqlite_db.url]) == 1
    assert "damaged" in capsys.readouterr().err


def test_cli_undo_and_export(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus.write_text(tmp_path / "a.csv", corpus.FR_HEADER, corpus.FR_ROWS)
    report = run_import(sqlite_db, path)
    out = tmp_path / "out.csv"
    assert main(["export", "--db", sqlite_db.url, "-o", str(out), "--lookup", "dupr"]) == 0
    assert "Exported 1 contacts" in capsys.readouterr().out
    assert "Hélène" in out.read_text(encoding="utf-8-sig")
    assert main(["import-undo", str(report.batch_id), "--db", sqlite_db.url]) == 0
    assert "3 contacts deleted" in capsys.readouterr().out
    assert _count(sqlite_db) == 0


def _values(db: Database) -> list[tuple[object, ...]]:
    with db.uow(write=False) as uow:
        rows = uow.session.execute(
            select(*(getattr(Contact, f) for f in ROUND_TRIP_FIELDS)).order_by(Contact.last_name)
        ).all()
    return [tuple(r) for r in rows]


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "vcf"])
def test_export_then_import_gives_the_same_contacts(db: Database, tmp_path: Path, fmt: str) -> None:
    rows = [
        *corpus.FR_ROWS,
        [
            "M.",
            "Smith",
            "John",
            "=Evil Corp",
            "john@smith.co.uk",
            "+44 20 7946 0958",
            "-1 Baker St",
            "NW1",
            "London",
            "",
        ],
    ]
    path = corpus.write_text(tmp_path / "a.csv", corpus.FR_HEADER, rows)
    run_import(db, path)
    original = _values(db)
    out = tmp_path / f"export.{fmt}"
    with db.uow(write=False) as uow:
        assert export_contacts(uow, out).count == 4
    with db.uow() as uow:
        uow.session.execute(Contact.__table__.delete())
        uow.commit()
    run_import(db, out)
    assert _values(db) == original


def test_cli_saved_mapping_file(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_crm.services.importing.model import ImportMapping

    path = corpus.write_text(
        tmp_path / "a.csv",
        ["Titre", "Nom famille", "Courriel"],
        [["Salon", "Durand", "paul@durand.fr"]],
    )
    mapping = tmp_path / "m.json"
    mapping.write_text(
        ImportMapping(columns={1: ["last_name"], 2: ["email"]}).to_json(
            ["Titre", "Nom famille", "Courriel"]
        ),
        encoding="utf-8",
    )
    assert (
        main(
            [
                "import",
                str(path),
                "--db",
                sqlite_db.url,
                "--mapping",
                str(mapping),
                "--header-row",
                "1",
                "--json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["mapping"] == {"Nom famille": ["last_name"], "Courriel": ["email"]}
    assert data["counts"]["created"] == 1
