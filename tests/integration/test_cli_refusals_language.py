"""The command line says the services' refusals in its language, from the source.

The readers, the import, the merge and the storage say their sentences through
``domain.wording.say``; the command line plugs in the French of the window's catalogue
(``cli/catalogue.py``) under a French locale. The real command on real files, in a child
process for the locale variables (as ``test_cli_import_language.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.cli import main as cli_main
from desktop_crm.cli.catalogue import FRENCH as CATALOGUE_FR
from desktop_crm.cli.catalogue import CatalogueTranslator
from desktop_crm.domain import wording
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.storage.uow import Database
from tests.integration.test_cli_import_language import _run


def _files(folder: Path) -> dict[str, Path]:
    old = folder / "vieux.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    binary = folder / "export.csv"
    binary.write_bytes(bytes(range(1, 256)) + b"\0\0\0" + bytes(range(256)) * 4)
    quote = folder / "salon.csv"
    quote.write_text('Nom,E-mail\nDupont,jean@acme.fr\n"Martin,marie@acme.fr\n', encoding="utf-8")
    notes = folder / "notes.txt"
    notes.write_text("Bonjour,\nceci est une note.\n", encoding="utf-8")
    return {"xls": old, "binary": binary, "quote": quote, "notes": notes}


FRENCH = {
    "xls": "desktop-crm : C'est un ancien fichier Excel 97-2003 (.xls) : ouvrez-le dans Excel "
    "ou LibreOffice et enregistrez-le d'abord en .xlsx ou en CSV.",
    "binary": "desktop-crm : Ce n'est pas un fichier texte (il contient des données binaires). "
    "Choisissez un fichier CSV, TXT, XLSX ou vCard.",
    "quote": "desktop-crm : Le fichier n'est pas un CSV valide à partir de la ligne 3 : un "
    "guillemet (\") ouvert sur cette ligne n'est probablement jamais fermé.",
}
ENGLISH = {
    "xls": "desktop-crm: This is an old Excel 97-2003 file (.xls): open it in Excel or "
    "LibreOffice and save it as .xlsx or CSV first.",
    "binary": "desktop-crm: This is not a text file (it contains binary data). Choose a CSV, "
    "TXT, XLSX or vCard file.",
    "quote": "desktop-crm: The file is not valid CSV from line 3: unexpected end of data. A "
    'quote (") opened on that line is probably never closed.',
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_wrong_files_and_a_wrong_database_in_the_command_line_language(
    sqlite_db: Database, tmp_path: Path, language: str
) -> None:
    files = _files(tmp_path)
    said = FRENCH if language == "fr" else ENGLISH
    for name, expected in said.items():
        done = _run(tmp_path, language, "import", str(files[name]), "--db", sqlite_db.url)
        assert done.returncode == 1, done.stderr
        assert done.stderr.strip() == expected
    # A text file given as the database: the storage's refusal, through the same say().
    notes = files["notes"]
    refused = _run(tmp_path, language, "merges", "--db", str(notes))
    assert refused.returncode != 0
    if language == "fr":
        assert refused.stderr.strip() == (
            f"desktop-crm : {notes} n'est pas une base de données (c'est apparemment un "
            "fichier texte) : Desktop CRM ne l'a pas modifié. Choisissez un fichier de base "
            "Desktop CRM (.sqlite) avec --db ou Fichier › Ouvrir."
        )
    else:
        assert refused.stderr.strip() == (
            f"desktop-crm: {notes} is not a database (it looks like a text file): Desktop CRM "
            "did not change it. Choose a Desktop CRM database file (.sqlite) with --db or "
            "File > Open."
        )
    assert notes.read_text(encoding="utf-8") == "Bonjour,\nceci est une note.\n"


def test_merge_and_undo_refusals_in_french_then_english(
    sqlite_db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In process: the translator follows the language of the moment (tests switch it)."""
    first = sqlite_db.run(create_contact, {"first_name": "Marc", "last_name": "Lefèvre"}).value.id
    url = sqlite_db.url
    for name in ("LC_ALL", "LC_MESSAGES", "DESKTOP_CRM_LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    try:
        assert cli_main(["merge", str(first), "999", "--db", url]) == 2
        assert capsys.readouterr().err.strip() == (
            "desktop-crm : Le contact n° 999 n'existe pas (il a peut-être déjà été fusionné "
            "ou supprimé)."
        )
        assert cli_main(["merge", str(first), str(first), "--db", url]) == 1
        assert capsys.readouterr().err.strip() == (
            "desktop-crm : Choisissez au moins une autre fiche à fusionner dans celle qui est "
            "gardée."
        )
        assert cli_main(["not-duplicate", str(first), str(first), "--db", url]) == 1
        assert capsys.readouterr().err.strip() == (
            "desktop-crm : Une fiche ne peut pas être son propre doublon."
        )
        assert cli_main(["unmerge", "7", "--db", url]) == 2
        assert capsys.readouterr().err.strip() == "desktop-crm : La fusion n° 7 n'existe pas."
        assert cli_main(["import-undo", "4", "--db", url]) == 2
        assert capsys.readouterr().err.strip() == "desktop-crm : Il n'y a pas d'import n° 4."
        # The run put back the translation in use before it: English outside the command.
        assert wording.count(2_000_000) == "2,000,000"
        # The numbers of the limits: the French thousands separator, from the catalogue.
        wording.set_translator(CatalogueTranslator(CATALOGUE_FR, lambda: "fr"))
        assert wording.count(2_000_000) == "2\u202f000\u202f000"
        wording.set_translator(None)
        monkeypatch.setenv("LANG", "en_GB.UTF-8")
        assert cli_main(["unmerge", "7", "--db", url]) == 2
        assert capsys.readouterr().err.strip() == "desktop-crm: Merge #7 does not exist."
        assert wording.count(2_000_000) == "2,000,000"
    finally:
        wording.set_translator(None)
