"""``import --json``: each reason of a row comes with stable values for scripts (kind, code,
codes, field) beside its sentence. A reader's remark is said in the language of the import
(French under a French locale), its codes are the same in every language. The real command
on a real SQLite file, in a child process for the locale variables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_crm.storage.uow import Database
from tests.integration.test_cli_import_language import _run

DATA = Path(__file__).parent.parent / "data" / "interchange"


def _rows(tmp_path: Path, language: str, url: str, file: Path) -> list[dict[str, Any]]:
    done = _run(tmp_path, language, "import", str(file), "--db", url, "--dry-run", "--json")
    assert done.returncode == 0, done.stderr
    rows: list[dict[str, Any]] = json.loads(done.stdout)["rows"]
    return rows


def test_remarks_have_codes_that_do_not_follow_the_language(
    sqlite_db: Database, tmp_path: Path
) -> None:
    url = sqlite_db.url
    file = DATA / "iphone_icloud_30.vcf"
    french, english = _rows(tmp_path, "fr", url, file), _rows(tmp_path, "en", url, file)
    remark_fr = next(n for n in french[0]["notes"] if n["kind"] == "remark")
    remark_en = next(n for n in english[0]["notes"] if n["kind"] == "remark")
    # (its "item5.X-ABLabel:Compta" on the second e-mail: kept in the note, said)
    codes = ["phones_placed", "labels_in_note", "addresses_placed", "not_imported_photo"]
    assert remark_fr["codes"] == remark_en["codes"] == codes
    # The sentence stays, in the language of the import.
    assert remark_en["message"].startswith("vCard: 4 phones")
    assert remark_fr["message"] != remark_en["message"]
    assert "photo" in remark_fr["message"]
    # The human "reasons" are still there.
    assert remark_en["message"] in english[0]["reasons"]


def test_problems_duplicates_and_export_remarks_have_codes(
    sqlite_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "salon.csv"
    path.write_text(
        "first_name,last_name,email\nJean,Dupont,jean@acme.fr\nMarie,Curie,pas-une-adresse\n"
        "Jean,Dupont,jean@acme.fr\n",
        encoding="utf-8",
    )
    rows = {r["line"]: r for r in _rows(tmp_path, "fr", sqlite_db.url, path)}
    problem = rows[3]["notes"][0]
    assert (problem["kind"], problem["code"], problem["field"]) == (
        "problem",
        "email_invalid",
        "email",
    )
    duplicate = rows[4]["notes"][0]
    assert (duplicate["kind"], duplicate["code"]) == ("duplicate", "email")
    # A Google export: what went to the note, by code (the middle name is a column left).
    google = _rows(tmp_path, "fr", sqlite_db.url, DATA / "google_contacts_2026.csv")
    remark = next(n for n in google[0]["notes"] if n["kind"] == "remark")
    assert remark["codes"] == ["phones_placed", "emails_placed", "columns_in_note"]
    groups = next(n for n in google[0]["notes"] if n["kind"] == "added_to_groups")
    assert groups["codes"] == ["Salon 2026", "Traiteurs"]
