"""``desktop-crm analyse`` and ``desktop-crm sales`` end to end on SQLite."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.storage.uow import Database
from tests.integration.test_analytics_service import _setup


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_analyse_json_text_and_save_group(
    sqlite_db: Database, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = sqlite_db.run(_setup).value
    db = ("--db", sqlite_url)
    code, out, _ = _run(capsys, "analyse", "quadrants", "--period", "2025", "--json", *db)
    assert code == 0
    data = json.loads(out)
    by_id = {(r["kind"], r["id"]): r for r in data["rows"]}
    poule = by_id[("company", ids["Poule"])]
    assert poule["class"] == "Poules aux œufs d'or" and poule["revenue"] == "8000.00"
    assert data["counts"]["Squelettes"] >= 1 and Decimal(data["marks"]["contacts"]) == 1
    code, out, _ = _run(capsys, "analyse", "abc", "--period", "2025", *db)
    assert code == 0 and "seuil A 80 %" in out and "Poule" in out
    code, _, err = _run(capsys, "analyse", "abc", "--save-group", "X", "--period", "2025", *db)
    assert code == 2 and "--save-group needs --class" in err
    code, out, _ = _run(
        capsys,
        "analyse",
        "pr",
        "--from",
        "2025-01-01",
        "--to",
        "31/12/2025",
        "--class",
        "room",
        "--save-group",
        "À développer",
        *db,
    )
    assert code == 0 and "Groupe dynamique « À développer »" in out
    code, out, _ = _run(capsys, "groups", "list", "--json", *db)
    group = next(g for g in json.loads(out) if g["name"] == "À développer")
    assert group["query"] == 'analysis pr = "room" period 2025' and group["members"] == 1


def test_sales_import_dry_run_import_undo(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sqlite_db.run(_setup)
    db = ("--db", sqlite_url)
    file = tmp_path / "ventes.csv"
    file.write_text("Société;Date;Montant\nPoule;01/02/2025;100\nNulle part;01/02/2025;5\n")
    code, out, _ = _run(capsys, "sales", "import", str(file), "--dry-run", *db)
    assert code == 0 and "Essai : 1 ligne(s)" in out and "ligne 3" in out
    code, out, _ = _run(capsys, "sales", "import", str(file), "--json", *db)
    report = json.loads(out)
    assert report["imported"] == 1 and report["problems"][0]["code"] == "unknown_client"
    code, out, _ = _run(capsys, "sales", "undo", str(report["batch_id"]), *db)
    assert code == 0 and "1 ligne(s) supprimées" in out
    code, out, _ = _run(capsys, "sales", "batches", *db)
    assert "(annulé)" in out
