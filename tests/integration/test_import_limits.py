"""``desktop-crm import`` of pathological or unusable files: a non-zero exit, one sentence
naming the limit and the line, and nothing written (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_crm.cli import main
from desktop_crm.interchange import limits
from desktop_crm.interchange.limits import ReadLimits
from desktop_crm.storage.models import Contact, ImportBatch
from desktop_crm.storage.uow import Database

SMALL = ReadLimits(max_field_chars=500, max_line_chars=2_000, max_fields=50, max_card_properties=40)


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> ReadLimits:
    monkeypatch.setattr(limits, "LIMITS", SMALL)
    return SMALL


def _counts(db: Database) -> tuple[int, int]:
    with db.uow(write=False) as uow:
        contacts = uow.session.scalar(select(func.count()).select_from(Contact)) or 0
        batches = uow.session.scalar(select(func.count()).select_from(ImportBatch)) or 0
        return int(contacts), int(batches)


def _refused(db: Database, path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["import", str(path), "--db", db.url]) == 1
    captured = capsys.readouterr()
    assert "unexpected" not in captured.err and "Traceback" not in captured.err
    assert captured.err.count("\n") == 1, captured.err  # one sentence
    assert _counts(db) == (0, 0)
    return captured.err


@pytest.mark.parametrize("times", [10, 100])
def test_single_line_csv_beyond_the_line_limit(
    db: Database,
    small_limits: ReadLimits,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    times: int,
) -> None:
    path = tmp_path / "line.csv"
    path.write_text("Nom;Prénom;Email\n" + "Dupont;" * (small_limits.max_line_chars * times // 7))
    err = _refused(db, path, capsys)
    assert "line 2 is longer than the limit of 2,000 characters per line" in err


@pytest.mark.parametrize("times", [10, 100])
def test_long_cell_is_named_a_long_cell(
    db: Database,
    small_limits: ReadLimits,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    times: int,
) -> None:
    path = tmp_path / "cell.csv"
    body = "".join(f"ligne {i}\n" for i in range(small_limits.max_field_chars * times // 8))
    path.write_text(f'Nom;Prénom;Notes\nDupont;Jean;"{body}"\n')
    err = _refused(db, path, capsys)
    assert "a cell starting on line 2 runs to line" in err
    assert "500 characters per cell" in err


@pytest.mark.parametrize("times", [10, 100])
def test_vcard_with_too_many_properties(
    db: Database,
    small_limits: ReadLimits,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    times: int,
) -> None:
    path = tmp_path / "many.vcf"
    emails = "".join(f"EMAIL:a{i}@example.org\n" for i in range(40 * times))
    path.write_text(f"BEGIN:VCARD\nVERSION:3.0\nN:Dupont;Jean;;;\n{emails}END:VCARD\n")
    err = _refused(db, path, capsys)
    assert "card 1 has more than 40 properties" in err


def test_header_only_file_is_an_error_not_zero_created(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("Nom;Prénom;Email\n;;\n")
    err = _refused(db, path, capsys)
    assert "Nothing was imported: empty.csv has no data row below its header row (1)" in err


def test_every_row_refused_is_an_error(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nameless.csv"
    path.write_text("Nom;Prénom;Ville\n;;Lyon\n;;Paris\n")
    assert main(["import", str(path), "--db", db.url]) == 1
    captured = capsys.readouterr()
    assert "0 created" in captured.out and "line 3" in captured.out
    assert "nothing was imported: every row of nameless.csv was skipped" in captured.err
    assert _counts(db)[0] == 0


def test_a_duplicate_only_import_still_succeeds(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ok.csv"
    path.write_text("Nom;Prénom;Email\nDupont;Jean;jean@example.org\n")
    assert main(["import", str(path), "--db", db.url]) == 0
    assert main(["import", str(path), "--db", db.url]) == 0
    assert "0 created, 0 updated, 1 skipped" in capsys.readouterr().out
