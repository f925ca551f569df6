"""Odd values typed on the command line: each refusal is one sentence in the command line's
language, with a non-zero status, no traceback, no "internal fault", and nothing written.

The real entry point (``cli.main``) on a real SQLite file filled by ``desktop-crm demo``; the
language is chosen with ``DESKTOP_CRM_LANG`` (``cli/labels.py``). Commands that only refuse
share one database per module; the database's content is compared before and after.
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

ROOT = Path(__file__).resolve().parents[2]
HUGE = "99999999999999999999"
ENGLISH_WORDS = (" int ", "int)", "invalid", "cannot", " the ", " is ", " must ", "error")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("odd") / "démo crm.sqlite"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DESKTOP_CRM_LANG", "en")
        assert cli_main(["demo", "--contacts", "20", "--db", str(path)]) == 0
    yield path


def _content(path: Path) -> str:
    with sqlite3.connect(path) as con:
        return "\n".join(con.iterdump())


def _refused(
    argv: list[str], db: Path, language: str, monkeypatch: pytest.MonkeyPatch, capsys
) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """The status and the last line of stderr; the database must be unchanged."""
    monkeypatch.setenv("DESKTOP_CRM_LANG", language)
    before = _content(db)
    try:
        status = cli_main([*argv, "--db", str(db)])
    except SystemExit as exc:  # argparse's refusals
        status = exc.code if isinstance(exc.code, int) else 1
    err = capsys.readouterr().err
    assert status != 0, err
    assert "Traceback" not in err
    for word in ("internal fault", "erreur interne", "unexpected error", "inattendue"):
        assert word not in err
    assert _content(db) == before
    return status, err.strip().splitlines()[-1]


def _check_language(line: str, language: str) -> None:
    if language == "fr":
        lowered = f" {line.lower()} "
        assert not [w for w in ENGLISH_WORDS if w in lowered], line


# argv -> (French, English): numbers argparse let through (SQLite's OverflowError, nan) or
# named by Python's words ("invalid int value").
NUMBERS: dict[str, tuple[list[str], str, str]] = {
    "huge id": (
        ["not-duplicate", HUGE, "1"],
        f"« {HUGE} » est trop grand : donnez un nombre d'au plus "
        "9\u202f223\u202f372\u202f036\u202f854\u202f775\u202f807",
        f"'{HUGE}' is too large: give a number of at most 9,223,372,036,854,775,807",
    ),
    # 19 digits, one past SQLite's largest integer: the message said "at most 18 digits"
    # although 19-digit numbers up to 9223372036854775807 pass.
    "one past the largest id": (
        ["not-duplicate", str(2**63), "1"],
        "est trop grand : donnez un nombre d'au plus 9\u202f223\u202f372",
        "is too large: give a number of at most 9,223,372,036,854,775,807",
    ),
    "the largest id passes the number check": (
        ["not-duplicate", str(2**63 - 1), "1"],
        f"Le contact n° {2**63 - 1} n'existe pas",
        f"Contact #{2**63 - 1} does not exist",
    ),
    "a hugely negative id": (
        ["not-duplicate", f"-{HUGE}", "1"],
        "est trop petit : donnez un nombre d'au moins -9\u202f223\u202f372",
        "is too small: give a number of at least -9,223,372,036,854,775,807",
    ),
    "huge merge id": (["merge", "1", HUGE], "est trop grand", "is too large"),
    "huge unmerge id": (["unmerge", HUGE], "est trop grand", "is too large"),
    "huge import batch": (["import-undo", HUGE], "est trop grand", "is too large"),
    "huge sales batch": (["sales", "undo", HUGE], "est trop grand", "is too large"),
    "huge erased contact": (["privacy", "erase", HUGE, "--yes"], "est trop grand", "too large"),
    "huge report contact": (
        ["report", "contact-detail", "--contact", HUGE, "-o", "r.pdf"],
        "est trop grand",
        "is too large",
    ),
    "not a number": (
        ["sales", "undo", "abc"],
        "« abc » n'est pas un nombre entier : tapez seulement des chiffres, par exemple 12",
        "'abc' is not a whole number: type digits only, for example 12",
    ),
    "negative demo size": (
        ["demo", "--contacts", "-5"],
        "« -5 » est hors limites : donnez un nombre de 1 à 2\u202f000\u202f000",
        "'-5' is out of range: give a number from 1 to 2,000,000",
    ),
    "endless demo": (["demo", "--contacts", "100000000"], "hors limites", "out of range"),
    "nan rate": (
        ["demo-duplicates", "--rate", "nan"],
        "« nan » n'est pas un nombre : tapez par exemple 2,5",
        "'nan' is not a number: type for example 2.5",
    ),
    "endless copies": (
        ["labels", "--sheet", "L7163", "-o", "l.pdf", "--copies", "1000000"],
        "hors limites",
        "out of range",
    ),
    "nan offset": (
        ["labels", "--sheet", "L7163", "-o", "l.pdf", "--offset-x", "nan"],
        "n'est pas un nombre",
        "is not a number",
    ),
    "negative year": (
        ["analyse", "abc", "--period", "-1"],
        "« -1 » est hors limites : donnez un nombre de 1900 à 2200",
        "'-1' is out of range: give a number from 1900 to 2200",
    ),
    "huge months": (["analyse", "inactive", "--months", HUGE], "trop grand", "too large"),
    "percentage over 100": (
        ["analyse", "abc", "--a", "150"],
        "« 150 » n'est pas un pourcentage de 0 (exclu) à 100",
        "'150' is not a percentage from 0 (excluded) to 100",
    ),
    "negative limit": (
        ["merges", "--limit", "-1"],
        "« -1 » est trop petit : donnez un nombre d'au moins 1",
        "'-1' is too small: give a number of at least 1",
    ),
    "negative group listing": (
        ["groups", "show", "Newsletter", "--limit", "-1"],
        "trop petit",
        "too small",
    ),
    "negative opportunity listing": (
        ["opportunities", "list", "--limit", "0"],
        "trop petit",
        "too small",
    ),
    "a report period upside down": (
        ["report", "activity", "--from", "2026-12-01", "--to", "01/01/2026", "-o", "r.pdf"],
        "--to est avant --from : donnez le premier jour de la période avec --from et le "
        "dernier avec --to.",
        "--to is before --from: give the period's first day with --from and its last day "
        "with --to.",
    ),
    "threshold over 100": (["duplicates", "--threshold", "500"], "hors limites", "out of range"),
    "A above B": (
        ["analyse", "abc", "--a", "96"],
        "Le seuil A ne doit pas dépasser le seuil B (par défaut : --a 80, --b 95).",
        "The A threshold must not be above the B threshold (defaults: --a 80, --b 95).",
    ),
    "a word in an id list": (
        ["labels", "--sheet", "L7163", "-o", "l.pdf", "--ids", "1,abc"],
        "--ids : « abc » n'est pas un nombre entier",
        "--ids: 'abc' is not a whole number",
    ),
    "first label past the sheet": (
        ["labels", "--sheet", "L7163", "-o", "l.pdf", "--start", "99"],
        "--start 99 : une planche L7163 a les étiquettes 1 à 14 ; donnez le numéro de la "
        "première étiquette libre.",
        "--start 99: a L7163 sheet has labels 1 to 14; give the number of the first free label.",
    ),
    "sender labels past the sheet": (
        ["labels", "--sheet", "L7163", "-o", "l.pdf", "--sender", "--start", "0"],
        "--start 0 : une planche L7163",
        "--start 0: a L7163 sheet",
    ),
    "endless sender labels": (
        ["labels", "--sheet", "L7163", "-o", "l.pdf", "--sender", "--count", "5000"],
        "hors limites",
        "out of range",
    ),
    "printer offset too far": (
        ["labels", "--sheet", "L7163", "-o", "l.pdf", "--offset-y", "-25"],
        "« -25 » est hors limites : donnez un nombre de -20 à 20",
        "'-25' is out of range: give a number from -20 to 20",
    ),
    "unknown field to compare": (
        ["duplicates", "--fields", "nope"],
        "Réglage refusé (champ inconnu « nope » pour les contacts).",
        "unknown field 'nope' for contacts.",
    ),
    "unknown strong rule": (
        ["duplicates", "--strong", "nope"],
        "Réglage refusé (règle forte inconnue « nope »).",
        "unknown strong rule 'nope'.",
    ),
    "amount with an English thousands separator": (
        ["campaigns", "create", "Salon", "--channel", "email", "--cost", "1,234.5"],
        "« 1,234.5 » n'est pas un montant ; tapez un nombre comme 1250 ou 1250,50.",
        "'1,234.5' is not an amount; type a number such as 1250 or 1250,50.",
    ),
    "negative amount": (
        ["campaigns", "create", "Salon", "--channel", "email", "--budget", "-5"],
        "« -5 » n'est pas un montant positif ; tapez un nombre comme 1250.",
        "'-5' is not a positive amount; type a number such as 1250.",
    ),
    "unknown consent status": (
        ["privacy", "consent", "1", "--channel", "email", "--status", "oui", "--source", "web"],
        "Statut : Statut de consentement inconnu « oui » : utilisez opt_in, soft_opt_in "
        "(client), objection ou unknown.",
        "status: Unknown consent status 'oui': use opt_in, soft_opt_in (customer), "
        "objection or unknown.",
    ),
    "a very long group name": (
        ["groups", "create", "x" * 10_000],
        "Nom : Un nom de groupe compte au plus 120 caractères (celui-ci en a 10 000).",
        "name: A group name is at most 120 characters (this one has 10,000).",
    ),
    "a slash in a group name": (
        ["groups", "create", "Salons 2026/Lyon", "--parent", "Newsletter"],
        "Nom : Un nom de groupe ne peut pas contenir « / » (il sépare les groupes d'un chemin).",
        "name: A group name cannot hold '/' (it separates a path's groups).",
    ),
    "a consent without a source": (
        ["privacy", "consent", "1", "--channel", "email", "--status", "opt_in", "--source", ""],
        "Source : Indiquez d'où vient le consentement ou l'opposition.",
        "source: Say where the consent or objection comes from.",
    ),
    "a group without a name": (
        ["groups", "create", " "],
        "Nom : Un groupe doit avoir un nom : donnez-en un.",
        "name: A group needs a name: give one.",
    ),
    "a campaign without a name": (
        ["campaigns", "create", "", "--channel", "email"],
        "Nom : La campagne doit avoir un nom.",
        "name: The campaign needs a name.",
    ),
    "a campaign ending before it starts": (
        [
            "campaigns",
            "create",
            "Salon",
            "--channel",
            "email",
            "--start",
            "2026-12-01",
            "--end",
            "01/01/2026",
        ],
        "Date de fin : La campagne ne peut pas finir avant d'avoir commencé.",
        "end_date: The campaign cannot end before it starts.",
    ),
    "an empty value to look up": (
        ["privacy", "check", "  "],
        "Indiquez l'adresse e-mail ou le numéro de téléphone à chercher.",
        "Give the e-mail address or phone number to look up.",
    ),
    "a field without a name": (
        ["fields", "add", "", "--type", "text"],
        "Nom : Donnez un nom au champ.",
        "name: Give the field a name.",
    ),
    "a field name with a space": (
        ["fields", "add", "fin contrat", "--type", "text"],
        "Nom : « fin contrat » n'est pas un nom valide : utilisez des lettres minuscules, des "
        "chiffres et _, en commençant par une lettre (par exemple fin_contrat).",
        "name: 'fin contrat' is not a valid name: use lower-case letters, digits and _, "
        "starting with a letter (e.g. contract_end).",
    ),
    "a very long field name": (
        ["fields", "add", "x" * 10_000, "--type", "text"],
        "Nom : Le nom dépasse 60 caractères.",
        "name: The name is longer than 60 characters.",
    ),
    "a standard field's name": (
        ["fields", "add", "email", "--type", "text"],
        "« email » est déjà un champ standard des contacts ; choisissez un autre nom.",
        "'email' is already a standard contact field; choose another name.",
    ),
    "a choice field without choices": (
        ["fields", "add", "taille", "--type", "choice"],
        "Un champ à liste de choix demande au moins un choix.",
        "A choice field needs at least one choice.",
    ),
    "a bounced address that is not one": (
        ["email-bounced", "jean@acme.fr", "pas une adresse"],
        "« pas une adresse » n'est pas une adresse e-mail : donnez les adresses revenues en "
        "erreur, comme jean@exemple.fr.",
        "'pas une adresse' is not an e-mail address: give the addresses that bounced, such as "
        "jean@example.fr.",
    ),
    "an empty bounced address": (["email-bounced", ""], "n'est pas une adresse", "is not an"),
    "a pair with an unknown contact": (
        ["not-duplicate", "0", "1"],
        "Le contact n° 0 n'existe pas (il a peut-être déjà été fusionné ou supprimé).",
        "Contact #0 does not exist (it may have been merged or deleted already).",
    ),
    "a pair with an unknown company": (
        ["not-duplicate", "1", "-7", "--companies"],
        "La société n° -7 n'existe pas",
        "Company #-7 does not exist",
    ),
    "a huge id in a list": (
        ["labels", "--sheet", "L7163", "-o", "l.pdf", "--ids", f"2,{HUGE}"],
        "est trop grand",
        "is too large",
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("case", list(NUMBERS))
def test_odd_numbers_get_a_sentence(
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: str,
    language: str,
) -> None:
    argv, french, english = NUMBERS[case]
    monkeypatch.chdir(tmp_path)
    _status, line = _refused(argv, demo_db, language, monkeypatch, capsys)
    assert (french if language == "fr" else english) in line
    _check_language(line, language)
    assert not list(tmp_path.iterdir())  # no PDF, no half-written file


@pytest.fixture(scope="module")
def odd_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of odd files: a PNG, a JSON list, a CSV whose name has spaces and accents."""
    folder = tmp_path_factory.mktemp("fichiers bizarres")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + b"\xff" * 40)
    (folder / "liste.json").write_text("[1, 2, 3]", encoding="utf-8")
    (folder / "salon été.csv").write_text("Prénom,Nom\nJean,Dupont\n", encoding="utf-8")
    (folder / "dossier").mkdir()
    return folder


# argv (with {f} the folder of odd files) -> (French, English): options the import (or the
# file reading) stopped on with Python's own words, or with an internal fault.
FILES: dict[str, tuple[list[str], str, str]] = {
    "a PNG as mapping": (
        ["import", "{f}/salon été.csv", "--dry-run", "--mapping", "{f}/image.png"],
        "{f}/image.png n'est pas une correspondance enregistrée (un fichier JSON enregistré "
        "par la fenêtre d'import)",
        "{f}/image.png is not a saved mapping (a JSON file saved by the import window)",
    ),
    "a JSON list as mapping": (
        ["import", "{f}/salon été.csv", "--dry-run", "--mapping", "{f}/liste.json"],
        "n'est pas une correspondance enregistrée",
        "is not a saved mapping",
    ),
    "a missing mapping": (
        ["import", "{f}/salon été.csv", "--dry-run", "--mapping", "{f}/absente.json"],
        "{f}/absente.json n'existe pas : vérifiez le nom et le dossier, puis réessayez.",
        "{f}/absente.json does not exist: check the name and the folder, then try again.",
    ),
    "a folder as mapping": (
        ["import", "{f}/salon été.csv", "--dry-run", "--mapping", "{f}/dossier"],
        "{f}/dossier est un dossier : indiquez plutôt le nom d'un fichier.",
        "{f}/dossier is a folder: give the name of a file instead.",
    ),
    "two-character delimiter": (
        ["import", "{f}/salon été.csv", "--dry-run", "--delimiter", ";;"],
        "--delimiter attend un seul caractère, pas « ;; »",
        "--delimiter takes one character, not ';;'",
    ),
    "empty delimiter": (
        ["import", "{f}/salon été.csv", "--dry-run", "--delimiter", ""],
        "--delimiter attend un seul caractère",
        "--delimiter takes one character",
    ),
    "unknown encoding": (
        ["import", "{f}/salon été.csv", "--dry-run", "--encoding", "bogus"],
        "Encodage de texte inconnu « bogus »",
        "Unknown text encoding 'bogus'",
    ),
    "header row 0": (
        ["import", "{f}/salon été.csv", "--dry-run", "--header-row", "0"],
        "« 0 » est trop petit : donnez un nombre d'au moins 1",
        "'0' is too small: give a number of at least 1",
    ),
    "a missing gLabels template": (
        ["sheets", "--import-glabels", "{f}/absent.glabels"],
        "{f}/absent.glabels n'existe pas : vérifiez le nom et le dossier, puis réessayez.",
        "{f}/absent.glabels does not exist: check the name and the folder, then try again.",
    ),
    "an empty file as logo": (
        ["envelopes", "-o", "{f}/e.pdf", "--logo", "{f}/liste.json"],
        "{f}/liste.json n'est pas une image : donnez un fichier PNG ou JPEG pour --logo.",
        "{f}/liste.json is not a picture: give a PNG or JPEG file for --logo.",
    ),
    "a missing logo": (
        ["envelopes", "-o", "{f}/e.pdf", "--logo", "{f}/logo.png"],
        "{f}/logo.png n'existe pas",
        "{f}/logo.png does not exist",
    ),
    "a PNG as backup": (
        ["restore", "{f}/image.png"],
        "{f}/image.png n'est pas une sauvegarde Desktop CRM (c'est apparemment une image PNG). "
        "Rien n'a été modifié.",
        "{f}/image.png is not a Desktop CRM backup (it looks like a PNG image). Nothing was "
        "changed.",
    ),
    "a folder as backup": (
        ["restore", "{f}/dossier"],
        "{f}/dossier est un dossier : indiquez le fichier de sauvegarde qu'il contient.",
        "{f}/dossier is a folder: give the backup file inside it.",
    ),
    "a folder as export file": (
        ["export", "-o", "{f}/dossier"],
        "{f}/dossier est un dossier : indiquez plutôt le nom d'un fichier.",
        "{f}/dossier is a folder: give the name of a file instead.",
    ),
    "a folder as report file": (
        ["report", "contacts", "-o", "{f}/dossier"],
        "{f}/dossier est un dossier",
        "{f}/dossier is a folder",
    ),
    "a group name already there": (
        ["groups", "create", "Newsletter"],
        "Nom : Un groupe nommé « Newsletter » existe déjà : choisissez un autre nom.",
        "name: A group named 'Newsletter' is already there: choose another name.",
    ),
    "a login on two lines": (
        ["users", "add", "jean\ndupont"],
        "Un identifiant ne peut pas contenir de retour à la ligne ni de caractère de contrôle "
        ": tapez-le sur une seule ligne.",
        "A login cannot hold line breaks or control characters: type it on one line.",
    ),
    "a file of names as campaign responses": (
        ["campaigns", "responses", "import", "Newsletter fidélité", "{f}/salon été.csv"],
        "Fichier : 2 ligne(s) ne peuvent pas être enregistrées (ligne 1 : réponse inconnue « Nom »",
        "file: 2 line(s) cannot be recorded (line 1: unknown response 'Nom'",
    ),
    "a folder as gLabels template": (
        ["sheets", "--import-glabels", "{f}/dossier"],
        "{f}/dossier est un dossier",
        "{f}/dossier is a folder",
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("case", list(FILES))
def test_odd_files_and_import_options_get_a_sentence(
    demo_db: Path,
    odd_files: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: str,
    language: str,
) -> None:
    argv, french, english = FILES[case]
    f = str(odd_files)
    argv = [a.replace("{f}", f) for a in argv]
    _status, line = _refused(argv, demo_db, language, monkeypatch, capsys)
    assert (french if language == "fr" else english).replace("{f}", f) in line
    _check_language(line.replace(f, ""), language)


def test_undecodable_bytes_in_an_argument_get_a_french_sentence(
    demo_db: Path, tmp_path: Path
) -> None:
    """Bytes that are not UTF-8 (a file name from an old Windows disk) reach Python as lone
    surrogates: the command stopped on an internal fault where it printed, stored or wrote
    them. The real program under a French locale, the argument given as raw bytes."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.pop("DESKTOP_CRM_LANG", None)
    env.update(LANG="fr_FR.UTF-8", PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    before = _content(demo_db)
    for argv in (
        [b"groups", b"create", b"Salon \xe9t\xe9"],
        [b"export", b"-o", str(tmp_path).encode() + b"/r\xe9sum\xe9.csv"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "desktop_crm", *argv, b"--db", str(demo_db).encode()],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
        )
        err = done.stderr.decode("utf-8")
        assert done.returncode == 2, err
        assert (
            "contient des octets qui ne sont pas du texte dans l'encodage du système (UTF-8)" in err
        )
        assert "erreur interne" not in err and "Traceback" not in err
    assert _content(demo_db) == before
    assert not list(tmp_path.iterdir())


def test_lone_surrogates_in_english(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _status, line = _refused(["tasks", "--user", "\udcff"], demo_db, "en", monkeypatch, capsys)
    assert line == (
        "desktop-crm: The argument '\ufffd' holds bytes that are not text in this system's "
        "encoding (UTF-8): type it again, or give the file a name of ordinary letters."
    )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_database_of_a_newer_version_is_said_so_and_left_alone(
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
) -> None:
    """A schema this version does not know (a newer version made it): opening said Alembic's
    English ("Can't locate revision…") after copying the whole file beside it at every try,
    and ``db check`` advised ``db upgrade``, which cannot help."""
    newer = tmp_path / "plus récente.sqlite"
    source, con = sqlite3.connect(demo_db), sqlite3.connect(newer)
    source.backup(con)  # the demo file may keep its latest pages in its -wal file
    source.close()
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.close()
    _status, line = _refused(["whoami"], newer, language, monkeypatch, capsys)
    assert line == (
        "desktop-crm : Le schéma de la base (0099) n'est pas connu de cette version de Desktop "
        "CRM (le plus récent connu : 0018) ; une version plus récente l'a probablement créé. "
        "Utilisez la version la plus récente de Desktop CRM, ou restaurez une sauvegarde."
        if language == "fr"
        else "desktop-crm: The database's schema (0099) is one this version of Desktop CRM "
        "does not know (newest known: 0018); a newer version probably made it. Use the newest "
        "version of Desktop CRM, or restore a backup."
    )
    beside = {p.name for p in tmp_path.iterdir()} - {newer.name}
    assert beside <= {newer.name + "-wal", newer.name + "-shm"}  # no copy "before upgrade"
    monkeypatch.setenv("DESKTOP_CRM_LANG", language)
    assert cli_main(["db", "check", "--db", str(newer)]) == 3
    out = capsys.readouterr().out
    assert ("ne connaît pas ce schéma" if language == "fr" else "does not know that schema") in out
    assert "db upgrade" not in out


def test_why_contacts_were_left_out_is_said_in_french(
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The labels' "left out" list read "Marked 'do not mail'" under a French locale."""
    from desktop_crm.cli.labels import EXCLUSIONS_FR
    from desktop_crm.services.mailing.recipients import EXCLUSION_MESSAGES

    assert set(EXCLUSIONS_FR) == set(EXCLUSION_MESSAGES)
    with sqlite3.connect(demo_db) as con:
        con.execute("UPDATE contact SET do_not_mail = 1 WHERE id = (SELECT min(id) FROM contact)")
    con.close()
    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    out_file = tmp_path / "étiquettes.pdf"
    argv = ["labels", "--sheet", "L7163", "-o", str(out_file), "--db", str(demo_db)]
    assert cli_main([*argv, "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "Marqué « pas de courrier »" in out and "Marked" not in out


def test_an_envelope_offset_beyond_label_limits_is_allowed_and_one_off_the_envelope_refused(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    """The 20 mm bound is the label sheets': an envelope's address may move further, as long
    as it stays on the envelope (the printing's own check, said in the user's language)."""
    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    target = tmp_path / "enveloppes.pdf"
    assert (
        cli_main(["envelopes", "-o", str(target), "--offset-x", "-25", "--db", str(demo_db)]) == 0
    )
    assert target.stat().st_size > 0
    capsys.readouterr()
    far = tmp_path / "loin.pdf"
    _status, line = _refused(
        ["envelopes", "-o", str(far), "--offset-x", "500"], demo_db, "fr", monkeypatch, capsys
    )
    assert "ne tient pas sur une enveloppe DL" in line, line
    assert not far.exists()
