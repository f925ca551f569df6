"""Saving over a file another program holds: a sentence to act on, not "[Errno 13]"."""

from __future__ import annotations

import builtins
import datetime as dt
import errno
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_crm.domain.files import FileWriteError, file_write_error, writing_file
from desktop_crm.interchange.icalendar import IcsEvent, write_ics
from desktop_crm.interchange.writers import write_csv, write_xlsx
from desktop_crm.printing.labels import layout_labels
from desktop_crm.printing.letters import LetterInput, LetterTemplate, write_letters
from desktop_crm.printing.pdf import write_pages
from desktop_crm.printing.sheets import catalogue

LOCKED = "is open in another program (or read-only): close it and try again."
BLOCK = ("M. Łukasz Çelik", "12 RUE DES LILAS", "44000 NANTES")


def _labels(target: Path) -> None:
    sheet = next(s for s in catalogue() if s.code == "L7163")
    write_pages(layout_labels([BLOCK], sheet), target)


def _letter(target: Path) -> None:
    write_letters([LetterInput(BLOCK, {})], LetterTemplate("t", body_text="Bonjour."), target)


def _csv(target: Path) -> None:
    write_csv(target, ["Nom"], [["Çelik"]])


def _xlsx(target: Path) -> None:
    write_xlsx(target, ["Nom"], [["Çelik"]])


def _ics(target: Path) -> None:
    start = dt.datetime(2026, 12, 1, 9, 0)
    write_ics(target, [IcsEvent(uid="1@crm", summary="Appel", start=start, duration_min=30)])


WRITERS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "labels": ("pdf", _labels),
    "letter": ("pdf", _letter),
    "csv": ("csv", _csv),
    "xlsx": ("xlsx", _xlsx),
    "ics": ("ics", _ics),
}


def _locked(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Windows' answer when Acrobat or Excel holds ``target``: winerror 32."""
    real_open = builtins.open

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) in {str(target), str(target) + ".part"}:
            exc = PermissionError(errno.EACCES, "Permission denied", str(file))
            exc.winerror = 32  # type: ignore[attr-defined]
            raise exc
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)


@pytest.mark.parametrize("kind", WRITERS)
def test_a_file_held_by_another_program_gets_a_sentence(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suffix, write = WRITERS[kind]
    target = tmp_path / f"sortie.{suffix}"
    _locked(monkeypatch, target)
    with pytest.raises(FileWriteError) as caught:
        write(target)
    assert caught.value.message == f"The file {target} {LOCKED}"
    assert caught.value.code == "file_locked"
    assert "Errno" not in caught.value.message


@pytest.mark.parametrize("kind", WRITERS)
def test_a_folder_in_the_way_is_named(kind: str, tmp_path: Path) -> None:
    # A real condition (chmod does not stop root): a folder where the file should go.
    # Linux says "is a directory"; Windows says "permission denied" for the same thing.
    suffix, write = WRITERS[kind]
    target = tmp_path / f"sortie.{suffix}"
    target.mkdir()
    with pytest.raises(FileWriteError) as caught:
        write(target)
    assert str(target) in caught.value.message
    assert caught.value.code in {"file_is_folder", "file_locked"}
    assert "Errno" not in caught.value.message


def test_other_files_failing_are_not_blamed_on_the_target(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    with pytest.raises(FileNotFoundError), writing_file(tmp_path / "out.pdf"):
        logo.read_bytes()


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "file_locked"),
        (OSError(errno.EROFS, "Read-only file system"), "file_locked"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "file_folder_missing"),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), "file_is_folder"),
        (OSError(errno.EIO, "Input/output error"), "file_write"),
    ],
)
def test_each_failure_has_its_own_sentence(exc: OSError, code: str) -> None:
    error = file_write_error(exc, Path("C:/Users/alice/export.csv"))
    assert error.code == code and "export.csv" in error.message and "Errno" not in error.message


def test_the_command_line_says_the_file_is_open(
    tmp_path: Path,
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop_crm.cli import main

    assert main(["demo", "--contacts", "5", "--seed", "2", "--db", sqlite_url]) == 0
    capsys.readouterr()
    target = tmp_path / "export.xlsx"
    _locked(monkeypatch, target)
    assert main(["export", "--format", "xlsx", "-o", str(target), "--db", sqlite_url]) == 1
    assert capsys.readouterr().err.strip() == f"desktop-crm: The file {target} {LOCKED}"


def test_a_backup_onto_a_folder_is_named(tmp_path: Path, sqlite_url: str) -> None:
    from desktop_crm.services.maintenance import backup_database
    from desktop_crm.storage.uow import Database

    target = tmp_path / "copie.sqlite"
    target.mkdir()
    db = Database(sqlite_url)
    try:
        with pytest.raises(FileWriteError) as caught:
            backup_database(db, target)
    finally:
        db.dispose()
    assert str(target) in caught.value.message and "Errno" not in caught.value.message
