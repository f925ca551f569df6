"""More odd values on the command line (session 8): numbers no contact has, options a
command does not read, names that do not exist, texts that cannot be stored. Each refusal is
one sentence in the command line's language, a non-zero status, and nothing written.

The real entry point (``cli.main``) on a real SQLite file filled by ``desktop-crm demo``;
the helpers of ``test_cli_odd_inputs`` compare the database before and after.
"""

from __future__ import annotations

import json
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


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_removal_with_numbers_that_are_gone_removes_the_others(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys, language: str
) -> None:  # type: ignore[no-untyped-def]
    """A saved list of opt-outs may hold a contact merged away since: the others are taken
    out of the group (it was refused whole), and the numbers left aside are named on
    stderr; with --json they are listed."""
    monkeypatch.setenv("DESKTOP_CRM_LANG", language)
    first = _first_contact(demo_db)
    group = f"Désinscrits {language}"
    db = ["--db", str(demo_db)]
    assert cli_main(["groups", "create", group, *db]) == 0
    assert cli_main(["groups", "add", group, "--ids", f"{first},{first + 1},{first + 2}", *db]) == 0
    capsys.readouterr()
    assert cli_main(["groups", "remove", group, "--ids", f"{first},99998,{first + 1}", *db]) == 0
    assert _members(demo_db, group) == {first + 2}
    captured = capsys.readouterr()
    assert (
        captured.err.strip()
        == "Remarque : aucun contact n'a le(s) numéro(s) 99998 (mal tapés, fusionnés ou "
        "supprimés) : ils ont été laissés de côté, les autres ont été retirés."
        if language == "fr"
        else "Note: no contact has the number(s) 99998 (mistyped, merged or deleted): they "
        "were left aside, the others were removed."
    ), captured.err
    assert ("2 contact(s) retiré(s)" if language == "fr" else "Removed 2 contact(s)") in (
        captured.out
    )
    argv = ["groups", "remove", group, "--ids", f"{first + 2},99999", "--json", *db]
    assert cli_main(argv) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["removed"], out["unknown"]) == (1, [99999])
    assert _members(demo_db, group) == set()


GLABELS = """<?xml version="1.0"?>
<Glabels-templates>
  <Template brand="Avery" part="L7163" size="A4" _description="Address labels">
    <Label-rectangle id="0" width="99.1mm" height="38.1mm" round="0">
      <Layout nx="2" ny="7" x0="4.65mm" y0="15.15mm" dx="101.6mm" dy="38.1mm"/>
    </Label-rectangle>
  </Template>
</Glabels-templates>
"""

# argv -> (French, English): options a command did not read, or values it did not know,
# silently ignored (the command ran as if they had not been given, or found nothing).
IGNORED: dict[str, tuple[list[str], str, str]] = {
    "options the contacts report does not read": (
        ["report", "contacts", "--user", "nobody", "--campaign", "nope", "-o", "r.pdf"],
        "Le rapport « contacts » n'utilise pas --user, --campaign : retirez ces options (il "
        "lit --group, --lookup).",
        "The report 'contacts' does not use --user, --campaign: leave them out (it reads "
        "--group, --lookup).",
    ),
    "a period for the pipeline report": (
        ["report", "pipeline", "--from", "2026-01-01", "-o", "r.pdf"],
        "Le rapport « pipeline » n'utilise pas --from : retirez cette option (il lit --group, "
        "--lookup, --user).",
        "The report 'pipeline' does not use --from: leave it out (it reads --group, --lookup, "
        "--user).",
    ),
    "a potential field no field has": (
        ["analyse", "pr", "--potential-field", "nope"],
        "--potential-field : aucun champ ne s'appelle « nope » ; les champs numériques sont : "
        "potentiel, potentiel_ca.",
        "--potential-field: no field is called 'nope'; the number fields are: potentiel, "
        "potentiel_ca.",
    ),
    "a potential field no field has, ABC": (
        ["analyse", "abc", "--potential-field", "nope"],
        "--potential-field : aucun champ ne s'appelle « nope »",
        "--potential-field: no field is called 'nope'",
    ),
    "ABC thresholds for quartiles": (
        ["analyse", "quartiles", "--a", "70"],
        "L'analyse quartiles n'utilise pas --a (elle sert à : abc) : retirez cette option.",
        "The quartiles analysis does not use --a (it is for: abc): leave it out.",
    ),
    "an unknown history kind": (
        ["analyse", "quadrants", "--kinds", "call_reached,nope"],
        "--kinds : « nope » n'est pas un type d'entrée d'historique ; donnez des types séparés "
        "par des virgules parmi : call_attempted, call_reached,",
        "--kinds: 'nope' is not a kind of history entry; give kinds separated by commas "
        "among: call_attempted, call_reached,",
    ),
    "no history kind": (["analyse", "elasticity", "--kinds", " , "], "est vide", "is empty"),
    "an unknown history kind, inactive": (
        ["analyse", "inactive", "--kinds", "nope"],
        "--kinds : « nope » n'est pas un type d'entrée d'historique",
        "--kinds: 'nope' is not a kind of history entry",
    ),
    "months for ABC": (
        ["analyse", "abc", "--months", "3"],
        "L'analyse abc n'utilise pas --months (elle sert à : inactive) : retirez cette option.",
        "The abc analysis does not use --months (it is for: inactive): leave it out.",
    ),
    "a part without a gLabels file": (
        ["sheets", "--part", "nope"],
        "--part choisit parmi les planches de --import-glabels FICHIER : donnez aussi le fichier.",
        "--part chooses among the sheets of --import-glabels FILE: give the file too.",
    ),
    "a part the gLabels file does not hold": (
        ["sheets", "--import-glabels", "{f}", "--part", "L7163", "--part", "nope"],
        "--part « nope » : {f} ne contient aucune planche de ce nom ; ses planches : Avery "
        "L7163. Rien n'a été importé.",
        "--part 'nope': {f} holds no sheet of that name; its sheets: Avery L7163. Nothing was "
        "imported.",
    ),
    "a currency no opportunity is in": (
        ["opportunities", "list", "--currency", "XYZ"],
        "Aucune opportunité n'est en XYZ : donnez à --currency l'une de EUR (les devises des "
        "opportunités ; EUR sans l'option).",
        "No opportunity is in XYZ: give --currency one of EUR (the currencies of the "
        "opportunities; EUR when left out).",
    ),
    "a currency no opportunity is in, pipeline": (
        ["pipeline", "--currency", "usd"],
        "Aucune opportunité n'est en USD",
        "No opportunity is in USD",
    ),
    "a currency no opportunity is in, forecast": (
        ["forecast", "--currency", "GBP"],
        "Aucune opportunité n'est en GBP",
        "No opportunity is in GBP",
    ),
    "a currency no opportunity is in, won and lost": (
        ["opportunities", "won-lost", "--currency", "XYZ"],
        "Aucune opportunité n'est en XYZ",
        "No opportunity is in XYZ",
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("case", list(IGNORED))
def test_options_a_command_would_ignore_are_refused(
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: str,
    language: str,
) -> None:
    argv, french, english = IGNORED[case]
    template = tmp_path / "modèles" / "avery.xml"
    template.parent.mkdir()
    template.write_text(GLABELS, encoding="utf-8")
    work = tmp_path / "travail"
    work.mkdir()
    monkeypatch.chdir(work)
    argv = [a.replace("{f}", str(template)) for a in argv]
    _status, line = _refused(argv, demo_db, language, monkeypatch, capsys)
    assert (french if language == "fr" else english).replace("{f}", str(template)) in line
    _check_language(line.replace(str(template), ""), language)
    assert not list(work.iterdir())  # no report, no half-written file


def test_the_options_a_command_reads_still_work(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DESKTOP_CRM_LANG", "en")
    db = ["--db", str(demo_db)]
    report = tmp_path / "r.pdf"
    assert cli_main(["report", "contacts", "--group", "Newsletter", "-o", str(report), *db]) == 0
    assert report.stat().st_size > 0
    assert cli_main(["analyse", "pr", "--potential-field", "potentiel_ca", "--json", *db]) == 0
    assert cli_main(["analyse", "quadrants", "--kinds", "call_reached", "--json", *db]) == 0
    assert cli_main(["opportunities", "list", "--currency", "eur", "--json", *db]) == 0
    template = tmp_path / "avery.xml"
    template.write_text(GLABELS, encoding="utf-8")
    assert cli_main(["sheets", "--import-glabels", str(template), "--part", "l7163", *db]) == 0
    assert "Avery L7163" in capsys.readouterr().out


@pytest.mark.parametrize(
    "method", ["abc", "quartiles", "quadrants", "pr", "elasticity", "maturity", "rfm", "inactive"]
)
def test_every_method_reads_the_potential_field_and_the_contact_kinds(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys, method: str
) -> None:  # type: ignore[no-untyped-def]
    """Every method shows P and the contacts made (its "P" and "Ctc" columns), so
    ``--potential-field`` and ``--kinds`` change every method's rows: they were refused as
    "not used" outside pr/quartiles and quadrants/elasticity."""

    monkeypatch.setenv("DESKTOP_CRM_LANG", "en")

    def rows(*options: str) -> dict[str, tuple[object, object]]:
        argv = ["analyse", method, "--json", *options]
        assert cli_main([*argv, "--db", str(demo_db)]) == 0, capsys.readouterr().err
        found = json.loads(capsys.readouterr().out)["rows"]
        return {f"{r['kind']} {r['id']}": (r["potential"], r["contacts"]) for r in found}

    default = rows()
    other_p = rows("--potential-field", "potentiel")
    assert {k: p for k, (p, _c) in other_p.items()} != {k: p for k, (p, _c) in default.items()}
    meetings = rows("--kinds", "meeting_held")
    assert {k: c for k, (_p, c) in meetings.items()} != {k: c for k, (_p, c) in default.items()}


def test_undecodable_bytes_in_a_saved_query_are_refused_and_a_counted_one_is_compared(
    demo_db: Path, tmp_path: Path
) -> None:
    """``groups create --where`` stores its query: bytes that are not UTF-8 were kept as
    "\ufffd" in place of the letter typed. ``groups count --where`` only compares (as
    ``--lookup``): it still runs. The real program under a French locale, raw bytes."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.pop("DESKTOP_CRM_LANG", None)
    env.update(LANG="fr_FR.UTF-8", PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    before = _content(demo_db)

    def run(*argv: bytes) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "desktop_crm", *argv, b"--db", str(demo_db).encode()],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
        )

    done = run(b"groups", b"create", b"Salon", b"--where", b'city = "Lyon \xe9t\xe9"')
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2, err
    assert err.strip() == (
        'desktop-crm : L\'argument « city = "Lyon \ufffdt\ufffd" » contient des octets qui ne '
        "sont pas du texte dans l'encodage du système (UTF-8) : retapez-le, ou donnez au "
        "fichier un nom en lettres ordinaires."
    )
    assert _content(demo_db) == before
    done = run(b"groups", b"count", b"--where", b'city = "Lyon \xe9t\xe9"')
    assert done.returncode == 0, done.stderr.decode("utf-8")
    assert done.stdout.decode("utf-8").strip() == "0 contact(s) correspondent."
    assert _content(demo_db) == before


# argv (with {f} a folder of odd files) -> (French, English): texts cut or stored silently,
# and sentences that held another language's words or punctuation.
TEXTS: dict[str, tuple[list[str], str, str]] = {
    "a picture as gLabels template": (
        ["sheets", "--import-glabels", "{f}/image.png"],
        "{f}/image.png n'est pas un fichier de modèles gLabels (son texte n'est pas du XML "
        "lisible, ligne 1) : donnez un fichier du dossier des modèles de gLabels "
        "(templates/*.xml).",
        "{f}/image.png is not a gLabels template file (its text is not readable XML, line 1): "
        "give a file of gLabels' templates folder (templates/*.xml).",
    ),
    "a gLabels template declaring entities": (
        ["sheets", "--import-glabels", "{f}/entités.xml"],
        "{f}/entités.xml n'est pas un fichier de modèles gLabels (il déclare des entités",
        "{f}/entités.xml is not a gLabels template file (it declares entities",
    ),
    "a campaign name one character too long": (
        ["campaigns", "create", "x" * 161, "--channel", "email"],
        "Nom : Un nom de campagne compte au plus 160 caractères (celui-ci en a 161).",
        "name: A campaign name is at most 160 characters (this one has 161).",
    ),
    "a very long campaign name": (
        ["campaigns", "create", "x" * 10_000, "--channel", "email"],
        "(celui-ci en a 10\u202f000)",
        "(this one has 10,000)",
    ),
    "a user's e-mail that is not one": (
        ["users", "add", "paul", "--email", "pas-mail"],
        "« pas-mail » n'est pas une adresse e-mail : tapez-la comme jean@exemple.fr, ou "
        "laissez-la de côté.",
        "'pas-mail' is not an e-mail address: type it like jean@example.fr, or leave it out.",
    ),
    "campaign responses on several wrong lines": (
        ["campaigns", "responses", "import", "Newsletter fidélité", "{f}/réponses.csv"],
        "(ligne 1 : réponse inconnue « rien » ; ligne 2 : réponse inconnue « oui »)",
        "(line 1: unknown response 'rien'; line 2: unknown response 'oui')",
    ),
}


@pytest.fixture(scope="module")
def odd_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fichiers bizarres")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + b"\xff" * 40)
    (folder / "entités.xml").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY a "aaaa">]>\n'
        "<Glabels-templates>&a;</Glabels-templates>\n",
        encoding="utf-8",
    )
    (folder / "réponses.csv").write_text("jean@nulle-part.fr,rien\n12345678,oui\n", "utf-8")
    return folder


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("case", list(TEXTS))
def test_texts_that_were_cut_or_said_in_another_language(
    demo_db: Path,
    odd_files: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: str,
    language: str,
) -> None:
    argv, french, english = TEXTS[case]
    f = str(odd_files)
    argv = [a.replace("{f}", f) for a in argv]
    _status, line = _refused(argv, demo_db, language, monkeypatch, capsys)
    assert (french if language == "fr" else english).replace("{f}", f) in line
    assert "well-formed" not in line and "invalid token" not in line
    _check_language(line.replace(f, ""), language)


def test_a_user_s_valid_e_mail_is_stored(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    argv = ["users", "add", "lea", "--email", " Lea.Martin@Exemple.FR ", "--db", str(demo_db)]
    assert cli_main(argv) == 0
    with sqlite3.connect(demo_db) as con:
        stored = con.execute("SELECT email FROM app_user WHERE login = 'lea'").fetchone()
    con.close()
    assert stored == ("Lea.Martin@exemple.fr",)


@pytest.mark.parametrize("address", ["alice@societe.local", "alice@intranet"])
def test_a_user_s_address_on_the_company_network_is_stored(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, address: str
) -> None:
    """Addresses of a company network (Active Directory's .local, a host without a dot) are
    real for a colleague: they were stored before e-mails were checked, and still are."""
    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    login = "alice" + address.rpartition(".")[2]
    argv = ["users", "add", login, "--email", address, "--db", str(demo_db)]
    assert cli_main(argv) == 0
    with sqlite3.connect(demo_db) as con:
        stored = con.execute("SELECT email FROM app_user WHERE login = ?", (login,)).fetchone()
    con.close()
    assert stored == (address,)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("argv", [["whoami"], ["groups", "create", "Vide"]])
def test_an_empty_db_option_is_refused_not_replaced_by_the_default(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    language: str,
) -> None:
    """``--db ""`` (a variable left empty in a script) opened the default database: the
    command read or wrote another file than the one meant. Here the default database is a
    file of this test (``DESKTOP_CRM_DB``): it must not be created or touched."""
    default = tmp_path / "par défaut.sqlite"
    monkeypatch.setenv("DESKTOP_CRM_DB", str(default))
    monkeypatch.setenv("DESKTOP_CRM_LANG", language)
    monkeypatch.chdir(tmp_path)
    for empty in ("", "  "):
        with pytest.raises(SystemExit) as stopped:
            cli_main([*argv, "--db", empty])
        assert stopped.value.code == 2
        line = capsys.readouterr().err.strip().splitlines()[-1]
        assert line.endswith(
            "argument --db : vide : donnez un fichier SQLite ou une adresse "
            "postgresql://utilisateur@hôte/base, ou retirez --db pour utiliser "
            "$DESKTOP_CRM_DB, puis le fichier de votre dossier de données"
            if language == "fr"
            else "argument --db: empty: give a SQLite file or a postgresql://user@host/db URL, "
            "or leave --db out to use $DESKTOP_CRM_DB, then the file in your data folder"
        ), line
        assert "Traceback" not in line
    assert not list(tmp_path.iterdir())


def test_an_empty_db_option_does_not_open_the_window(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a command, ``--db ""`` would open the window on the default database: the
    window's quick parse leaves the odd value to the whole parser, which refuses it (the
    window is not started here, whatever happens)."""
    from desktop_crm.cli import _gui_arguments, build_parser

    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    assert _gui_arguments(["--db", ""]) is None
    assert _gui_arguments(["--db", "base.sqlite"]) is not None  # the window still opens
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["--db", " "])
    assert stopped.value.code == 2
    assert "desktop-crm : erreur : argument --db : vide : donnez" in capsys.readouterr().err


def test_the_report_help_names_the_reports_that_read_each_option() -> None:
    """``report --help`` says which reports read --from and --user: kept true against the
    registry's list of what each report reads (what the refusal above relies on)."""
    import argparse

    from desktop_crm.cli import build_parser
    from desktop_crm.cli.reports import _OPTIONS
    from desktop_crm.services.reports.registry import list_reports, uses

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    report = sub.choices["report"]
    helps = {opt: a.help or "" for a in report._actions for opt in a.option_strings}
    for option, _name, gives in _OPTIONS:
        if option in ("--from", "--user"):
            readers = ", ".join(s.name for s in list_reports() if gives & uses(s))
            assert helps[option].endswith(f"; {readers})"), (option, helps[option])
