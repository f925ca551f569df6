"""A saved mapping that cannot be used is refused with a sentence saying what happened and
what to do, in the user's language, without Python's own words ("Expecting value: line 1
column 1", "[Errno 2] No such file", "'utf-8' codec can't decode…")."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.cli.catalogue import FRENCH, CatalogueTranslator
from desktop_crm.domain import wording
from desktop_crm.domain.errors import DomainError
from desktop_crm.services.importing.model import ImportMapping

HEADERS = ["Nom", "E-mail"]
PYTHON_WORDS = ("Errno", "Expecting", "codec", "line 1", "object has no", "invalid literal")


@pytest.fixture
def french() -> Iterator[None]:
    previous = wording.current()
    wording.set_translator(CatalogueTranslator(FRENCH, lambda: "fr"))
    try:
        yield
    finally:
        wording.set_translator(previous)


def _cases(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "binary.json").write_bytes(b"\xff\xfe\x00PK\x03\x04\x99")
    (tmp_path / "notes.json").write_text("Nom -> last_name\n", encoding="utf-8")
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    (tmp_path / "other.json").write_text('{"theme": "dark"}', encoding="utf-8")
    (tmp_path / "row.json").write_text(
        '{"columns": {"Nom": ["last_name"]}, "header_row": "deux"}', encoding="utf-8"
    )
    (tmp_path / "folder.json").mkdir()
    return {
        "missing": tmp_path / "missing.json",
        "folder": tmp_path / "folder.json",
        "binary": tmp_path / "binary.json",
        "not json": tmp_path / "notes.json",
        "a list": tmp_path / "list.json",
        "another program's": tmp_path / "other.json",
        "a bad header row": tmp_path / "row.json",
    }


def _refusal(path: Path) -> str:
    with pytest.raises(DomainError) as caught:
        ImportMapping.load(path, HEADERS)
    assert caught.value.code == "bad_mapping"
    return caught.value.message


def test_refusals_say_what_to_do(tmp_path: Path) -> None:
    said = {case: _refusal(path) for case, path in _cases(tmp_path).items()}
    for case, message in said.items():
        assert not any(word in message for word in PYTHON_WORDS), (case, message)
        assert "choose" in message, (case, message)
    assert said["missing"].startswith("The mapping file ") and "does not exist" in said["missing"]
    assert said["folder"].endswith("is a folder: choose the mapping file (.json) inside it.")
    assert "notes.json is not a saved mapping (it holds no JSON text)" in said["not json"]
    assert "binary.json is not a saved mapping" in said["binary"]
    for case in ("a list", "another program's", "a bad header row"):
        assert "holds JSON text but not a column mapping" in said[case], case


def test_refusals_in_french(french: None, tmp_path: Path) -> None:
    said = {case: _refusal(path) for case, path in _cases(tmp_path).items()}
    assert "n'existe pas (ou plus) : choisissez un autre fichier" in said["missing"]
    assert "est un dossier : choisissez le fichier de correspondance" in said["folder"]
    assert "n'est pas une correspondance enregistrée" in said["not json"]
    assert "contient du texte JSON mais pas une correspondance" in said["another program's"]
    for message in said.values():
        assert not any(word in message for word in PYTHON_WORDS), message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.json"
    path.write_text('{"columns": {}}', encoding="utf-8")
    path.chmod(0)
    assert "you are not allowed to read it" in _refusal(path)


def test_a_saved_mapping_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "salon.json"
    saved = ImportMapping({0: ["last_name"], 1: ["email"]}, {"status": "Prospect"}, "Salon")
    path.write_text(saved.to_json(HEADERS), encoding="utf-8")
    assert ImportMapping.load(path, HEADERS) == saved
