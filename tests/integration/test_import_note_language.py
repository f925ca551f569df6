"""What the import readers write into the contact's note and the report's remarks follows
the user's language: French under a French command line, English otherwise; the file's own
headers, labels and values stay as written. And a column of an export that the import's
mapping gives to a field (by hand, or a user field by its name) is not copied into the note
as well.

The real command in process (``DESKTOP_CRM_LANG``, as the locale sets it: the command line
installs the French catalogue into ``domain.wording``) on real SQLite files, with the
samples of tests/data/interchange.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.domain.progress import TaskControl
from desktop_crm.services.fields.definitions import define_field
from desktop_crm.services.fields.values import values_of
from desktop_crm.services.importing.pipeline import ImportRequest, read_source, resolve_mapping
from desktop_crm.services.importing.service import prepare_import
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import run_import
from tests.integration.test_interchange_samples import _contacts

DATA = Path(__file__).parent.parent / "data" / "interchange"

GOOGLE = {
    "fr": (
        "Autres informations du fichier :",
        "Anniversaire (sans année) : 14/07",
        # Google's English kinds, in French as a vCard's are.
        "Relation (conjoint(e)) : Camille Girardin",
        "Date (anniversaire de mariage) : 08/09/2012",
        "Messagerie instantanée (Skype) : thomas.girardin.lab",
        "Numéro client : C-2291",
        "Middle Name : Pierre",
        "Nickname : Tom",
    ),
    "en": (
        "Other details from the file:",
        "Birthday (no year): 14/07",
        "Related (Spouse): Camille Girardin",
        "Date (Anniversary): 08/09/2012",
        "Instant messaging (Skype): thomas.girardin.lab",
        "Numéro client: C-2291",
        "Middle Name: Pierre",
        "Nickname: Tom",
    ),
}
GOOGLE_REMARK = {
    "fr": "Fichier : 4 colonnes sans champ propre, dans la note (Middle Name, Name Suffix, "
    "Nickname, Photo).",
    "en": "File: 4 columns without a field of their own in the note (Middle Name, Name Suffix, "
    "Nickname, Photo).",
}
IPHONE = {
    "fr": (
        "Autres informations de la vCard :",
        "Suffixe du nom : Jr.",
        "Surnom : JB",
        "Relation (conjoint(e)) : Sophie Martin-Dubois",
        "Profil social : http://www.linkedin.com/in/jbmartindubois",
        "Anniversaire (sans année) : 15/04",
        "Téléphone (portable) : 07 11 22 33 44",
        "Téléphone (autre) : 04 72 40 50 60",
        "Téléphone (télécopie domicile) : 04 78 40 50 61",
        "E-mail (autre) : jean-baptiste.martin@laposte.net",
    ),
    "en": (
        "Other details from the vCard:",
        "Name suffix: Jr.",
        "Nickname: JB",
        "Related (spouse): Sophie Martin-Dubois",
        "Social profile: http://www.linkedin.com/in/jbmartindubois",
        "Birthday (no year): 15/04",
        "Phone (mobile): 07 11 22 33 44",
        "Phone (other): 04 72 40 50 60",
        "Phone (home fax): 04 78 40 50 61",
        "E-mail (other): jean-baptiste.martin@laposte.net",
    ),
}
IPHONE_REMARKS = {
    "fr": (
        "vCard : 4 téléphones (1 dans les champs téléphone, 3 dans la note) ; ",
        "photo non importée",
    ),
    "en": ("vCard: 4 phones (1 in phone fields, 3 in the note); ", "photo not imported"),
}
# What the other language writes: none of it may show.
ENGLISH_ONLY = (
    "Other details from",
    "Birthday (no year)",
    "Instant messaging",
    "Phone (",
    "(Spouse)",
    "(Anniversary)",
)
FRENCH_ONLY = ("Autres informations", "sans année", "Messagerie instantanée", "Téléphone (")


def _import(
    db: Database,
    path: Path,
    language: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    monkeypatch.setenv("DESKTOP_CRM_LANG", language)
    code = main(["import", str(path), "--db", db.url])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_exports_note_lines_and_remarks_follow_the_language(
    sqlite_db: Database,
    language: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = _import(sqlite_db, DATA / "google_contacts_2024.csv", language, capsys, monkeypatch)
    notes = sqlite_db.read(_contacts)["Girardin"]["notes"]
    for line in GOOGLE[language]:
        assert line in notes.splitlines(), (line, notes)
    assert GOOGLE_REMARK[language] in out
    for other in FRENCH_ONLY if language == "en" else ENGLISH_ONLY:
        assert other not in notes and other not in out, other


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_cards_note_lines_and_remarks_follow_the_language(
    sqlite_db: Database,
    language: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = _import(sqlite_db, DATA / "iphone_17_labels.vcf", language, capsys, monkeypatch)
    found = sqlite_db.read(_contacts)
    notes = found["Martin-Dubois"]["notes"]
    for line in IPHONE[language]:
        assert line in notes.splitlines(), (line, notes)
    assert IPHONE[language][5] in found["Roussel"]["notes"]  # the second card's birthday
    for said in IPHONE_REMARKS[language]:
        assert said in out, (said, out)
    for other in FRENCH_ONLY if language == "en" else ENGLISH_ONLY:
        assert other not in notes and other not in out, other


def test_a_column_a_user_field_takes_by_its_name_is_not_copied_into_the_note(
    sqlite_db: Database,
) -> None:
    sqlite_db.run(define_field, "contact", "nickname", "text", "Nickname")
    report = run_import(sqlite_db, DATA / "google_contacts_2024.csv")
    tom = sqlite_db.read(_contacts)["Girardin"]
    assert sqlite_db.read(values_of, "contact", tom["id"])["nickname"] == "Tom"
    assert "Nickname" not in tom["notes"] and "Tom" not in tom["notes"].split()
    assert "Middle Name: Pierre" in tom["notes"]  # the other leftovers are still kept
    assert "(Middle Name, Name Suffix, Photo)" in report.rows[0].reasons
    assert "3 columns without a field" in report.rows[0].reasons


def test_a_leftover_column_mapped_by_hand_fills_its_field_only(sqlite_db: Database) -> None:
    path = DATA / "google_contacts_2024.csv"
    control = TaskControl()
    source = read_source(control, str(path))
    mapping = resolve_mapping(source, ImportRequest(str(path)))
    headers = source.sheet().rows[mapping.header_row]
    mapping.columns[headers.index("Nickname")] = ["referred_by"]  # the wizard, by hand
    plan = sqlite_db.read(prepare_import, source, mapping)
    report = run_import(sqlite_db, path, plan=plan)
    tom = sqlite_db.read(_contacts)["Girardin"]
    assert tom["referred_by"] == "Tom"
    assert "Nickname" not in tom["notes"] and "Middle Name: Pierre" in tom["notes"]
    assert "Nickname" not in report.rows[0].reasons
    # The sheet read from the file is left as it was: another mapping gets the note again.
    again = resolve_mapping(source, ImportRequest(str(path)))
    other = sqlite_db.read(prepare_import, source, again)
    assert "Nickname: Tom" in other.rows[0].raw["note"]
