"""Sixth set of real-shaped files (tests/data/interchange, written by
make_region_kind_samples.py), imported through the pipeline into a real SQLite file and
read back, and through the command line in French and English.

Before: the region of a labelled address that went to the note was said twice (Apple's
"item2.ADR;type=WORK:;;1 rue X;Lyon;Auvergne-Rhône-Alpes;…" with "X-ABLabel:Entrepôt": in
the address's line and on a "Region (address)" line; Google's "Montréal QC H3A 3G4" the
same); an e-mail with an Apple built-in label (_$!<School>!$_, _$!<Main>!$_) written to the
note read "(other)" or "(work)"; "07 00 00 00 00" (a number that cannot exist) in Outlook's
"Primary Phone", "Company Main Phone"… took the mobile field, and a real mobile of a later
column then lost it; the command line's "Columns:" line named the import's own targets by
their codes ("groups", "record_kind", "note") in its French report.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import run_import
from tests.integration.test_cli_import_language import _run
from tests.integration.test_interchange_samples import _contacts
from tests.integration.test_labels_and_mobiles import DATA, _lines


def test_iphone_labelled_address_region_once_and_apple_kinds(sqlite_db: Database) -> None:
    report = run_import(sqlite_db, DATA / "iphone_regions_kinds_30.vcf")
    found = sqlite_db.read(_contacts)
    claire = found["Roux"]
    assert (claire["address1"], claire["postcode"], claire["city"]) == ("1 rue X", "69002", "Lyon")
    assert claire["home_address1"] == "5 avenue Foch"
    # The region is in the labelled address's line, once: no "Region (address)" line.
    assert _lines(claire["notes"]) == [
        "Other details from the vCard:",
        "Address (Entrepôt): 1 rue X, 69002 Lyon, Auvergne-Rhône-Alpes, France",
    ]
    assert report.rows[0].reasons == (
        "vCard: 1 label in the note (Entrepôt); "
        "2 addresses (1 in the address, 1 in the home address)."
    )
    louis = found["Blanc"]
    assert (louis["address1"], louis["home_address1"]) == (
        "3 quai Eustache Chappuis",
        "8 chemin des Vignes",
    )
    assert _lines(louis["notes"]) == [
        "Other details from the vCard:",
        "Home address (Maison): 8 chemin des Vignes, 74320 Sévrier, Haute-Savoie, France",
    ]
    marc = found["Fontaine"]
    assert (marc["email"], marc["email2"]) == ("marc@fontaine.fr", "contact@fontaine.fr")
    # Apple's built-in labels say what the address is, in the user's words.
    assert _lines(marc["notes"]) == [
        "Other details from the vCard:",
        "E-mail (school): marc@ecole-lyon.fr",
        "E-mail (main): accueil@fontaine.fr",
        "E-mail (other): marc.f@club.fr",
        "E-mail (home): marc.fontaine@free.fr",
    ]
    assert report.rows[2].reasons == "vCard: 6 e-mails (2 in e-mail fields, 4 in the note)."


def test_google_labelled_address_region_once(sqlite_db: Database) -> None:
    report = run_import(sqlite_db, DATA / "google_region_labels.csv")
    found = sqlite_db.read(_contacts)
    reasons = {row.label: row.reasons for row in report.rows}
    # France: Google's formatted address has no region: it has a line of its own, once.
    claire = found["Roux"]
    assert (claire["address1"], claire["home_address1"]) == ("1 rue X", "4 rue Juiverie")
    assert _lines(claire["notes"]) == [
        "Other details from the file:",
        "Address (Entrepôt): 1 rue X 69002 Lyon France",
        "Region (address): Auvergne-Rhône-Alpes",
    ]
    # Quebec: the formatted address says "QC": no second line for it.
    julie = found["Tremblay"]
    assert (julie["address1"], julie["city"], julie["postcode"]) == (
        "1000 rue Sherbrooke O",
        "Montréal",
        "H3A 3G4",
    )
    assert _lines(julie["notes"]) == [
        "Other details from the file:",
        "Region (home address): QC",
        "Address (Entrepôt): 1000 rue Sherbrooke O Montréal QC H3A 3G4 Canada",
    ]
    assert reasons["Julie Tremblay"] == "File: 1 label in the note (Entrepôt)."


def _phones(contact: dict[str, object]) -> tuple[object, object]:
    return contact["phone_business"], contact["phone_mobile"]


CANNOT_EXIST = "phone_business: This phone number cannot exist."


@pytest.mark.parametrize(
    ("name", "headers"),
    [
        (
            "outlook_invalid_phones.csv",
            ("Girard", "Huber", "Other Phone", "Fischer", "Perrin", "Business Phone 2"),
        ),
        (
            "outlook_fr_invalid_phones.csv",
            (
                "Rousseau",
                "Keller",
                "Téléphone (autre)",
                "Weber",
                "Dubois",
                "Téléphone 2 (bureau)",
            ),
        ),
    ],
)
def test_outlook_number_that_cannot_exist_is_no_mobile(
    sqlite_db: Database, name: str, headers: tuple[str, ...]
) -> None:
    report = run_import(sqlite_db, DATA / name)
    found = sqlite_db.read(_contacts)
    alone, beside, other_header, before_mobile, beside_2, second_header = headers
    reasons = {row.label.split()[-1]: row.reasons for row in report.rows}
    # Alone: where a number of no kind goes, the business phone, flagged with the remark.
    assert _phones(found[alone]) == ("07 00 00 00 00", None)
    assert found[alone]["to_review"] and reasons[alone] == CANNOT_EXIST
    # Beside a business phone: the note with its header, counted in the remarks.
    assert _phones(found[beside]) == ("+33472112233", None)
    assert _lines(found[beside]["notes"]) == [
        "Other details from the file:",
        f"{other_header}: 07 00 00 00 00",
    ]
    assert reasons[beside] == "File: 1 value without a field of its own in the note."
    # Before a real mobile: that mobile keeps the mobile field.
    assert found[before_mobile]["phone_business"] == "07 00 00 00 00"
    assert found[before_mobile]["phone_mobile"] in ("+33612345678", "+33781234567")
    assert reasons[before_mobile] == CANNOT_EXIST
    assert _lines(found[beside_2]["notes"]) == [
        "Other details from the file:",
        f"{second_header}: 07 00 00 00 00",
    ]
    assert found[beside_2]["phone_mobile"] is None


COLUMNS = {
    "fr": (
        # (a header of the file as written; the two the reader adds in the user's words)
        "Labels -> Groupes (libellés, catégories)",
        "Autres informations -> Note",
        "Remarques d'import -> Remarques du rapport d'import",
        # (a vCard's columns are the reader's: in the user's words too)
        "E-mail -> E-mail",
        "Type -> Nature de la fiche (personne, société, groupe)",
        "E-mail (école) : marc@ecole-lyon.fr",
    ),
    "en": (
        "Labels -> Groups (labels, categories)",
        "Other details -> Note",
        "Import remarks -> Import report remarks",
        "E-mail -> E-mail",
        "Kind -> Kind of card (person, company, group)",
        "E-mail (school): marc@ecole-lyon.fr",
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_cli_columns_line_names_the_targets_as_the_import_window(
    sqlite_db: Database, tmp_path: Path, language: str
) -> None:
    groups, note, remarks, email, kind, school = COLUMNS[language]
    done = _run(
        tmp_path, language, "import", str(DATA / "google_region_labels.csv"), "--db", sqlite_db.url
    )
    assert done.returncode == 0, done.stderr
    (line,) = [x for x in done.stdout.splitlines() if x.startswith(("Colonnes : ", "Columns: "))]
    assert line.startswith("Colonnes : " if language == "fr" else "Columns: ")
    for expected in (groups, note, remarks):
        assert expected in line, line
    assert re.search(r"-> (groups|note|history|import_remarks|record_kind)\b", line) is None
    assert "→" not in line, line
    done = _run(
        tmp_path,
        language,
        "import",
        str(DATA / "iphone_regions_kinds_30.vcf"),
        "--db",
        sqlite_db.url,
    )
    assert done.returncode == 0, done.stderr
    (line,) = [x for x in done.stdout.splitlines() if x.startswith(("Colonnes : ", "Columns: "))]
    assert email in line and kind in line, line
    if language == "fr":  # (it read "Business phone -> Téléphone", "Street -> Adresse 1")
        assert "Téléphone professionnel -> Téléphone" in line and "Rue -> Adresse 1" in line
        assert "Business phone" not in line and "Street" not in line, line
    # A vCard has no header row: its first line says what was read.
    first = done.stdout.splitlines()[0]
    assert first.endswith("fiches vCard" if language == "fr" else "vCard cards"), first
    notes = sqlite_db.read(_contacts)["Fontaine"]["notes"]
    assert school in _lines(notes)
