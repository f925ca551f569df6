"""More odd values on the command line (session 8): numbers no contact has, options a
command does not read, names that do not exist, texts that cannot be stored. Each refusal is
one sentence in the command line's language, a non-zero status, and nothing written.

The real entry point (``cli.main``) on a real SQLite file filled by ``desktop-crm demo``;
the helpers of ``test_cli_odd_inputs`` compare the database before and after.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.cli import main as cli_main
from tests.integration.test_cli_odd_inputs import ROOT, _check_language, _content, _refused


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("odd more") / "démo crm.sqlite"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DESKTOP_CRM_LANG", "en")
        assert cli_main(["demo", "--contacts", "20", "--db", str(path)]) == 0
    yield path


def _first_contact(db: Path) -> int:
    with sqlite3.connect(db) as con:
        first = int(con.execute("SELECT min(id) FROM contact").fetchone()[0])
    con.close()
    return first


def _members(db: Path, group: str) -> set[int]:
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT contact_id FROM group_member JOIN contact_group g ON g.id = group_id "
            "WHERE g.name = ? AND NOT excluded",
            (group,),
        ).fetchall()
    con.close()
    return {int(r[0]) for r in rows}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_numbers_no_contact_has_are_named_and_nothing_is_pinned(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys, language: str
) -> None:  # type: ignore[no-untyped-def]
    """``groups add NAME --ids 0`` said "0 contact(s) added"; with a known number beside an
    unknown one, the known one was added and the typo dropped without a word."""
    first = _first_contact(demo_db)
    before = _members(demo_db, "Newsletter")
    _status, line = _refused(
        ["groups", "add", "Newsletter", "--ids", f"{first},0,99999"],
        demo_db,
        language,
        monkeypatch,
        capsys,
    )
    assert line.endswith(
        "Aucun contact n'a le(s) numéro(s) 0, 99999 : rien n'a été ajouté. Vérifiez les "
        "numéros (ils figurent sur la fiche du contact et dans « desktop-crm export ») et "
        "réessayez."
        if language == "fr"
        else "No contact has the number(s) 0, 99999: nothing was added. Check the numbers "
        "(they show on the contact's card and in 'desktop-crm export') and try again."
    ), line
    _check_language(line, language)
    assert _members(demo_db, "Newsletter") == before
    _status, line = _refused(
        ["groups", "remove", "Newsletter", "--ids", "99999"], demo_db, language, monkeypatch, capsys
    )
    assert ("rien n'a été retiré" if language == "fr" else "nothing was removed") in line


def test_known_numbers_are_still_added_and_removed(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DESKTOP_CRM_LANG", "en")
    first = _first_contact(demo_db)
    assert cli_main(["groups", "create", "Essai ids", "--db", str(demo_db)]) == 0
    argv = ["groups", "add", "Essai ids", "--ids", f"{first},{first + 1}", "--db", str(demo_db)]
    assert cli_main(argv) == 0
    assert "Added 2 contact(s)" in capsys.readouterr().out
    assert _members(demo_db, "Essai ids") == {first, first + 1}
    argv = ["groups", "remove", "Essai ids", "--ids", str(first), "--db", str(demo_db)]
    assert cli_main(argv) == 0
    assert _members(demo_db, "Essai ids") == {first + 1}
