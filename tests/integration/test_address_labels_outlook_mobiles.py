"""Fifth set of real-shaped files (tests/data/interchange, written by
make_address_outlook_samples.py): custom address labels and Outlook's phone columns that do
not say which phone they hold, imported through the pipeline into a real SQLite file and
read back.

Before: a label of the user's own on an address that got the address or home address fields
(Apple's "item2.ADR;type=HOME" + "item2.X-ABLabel:Entrepôt", Android's "ADR;X-Entrepot" and
"ADR;TYPE=X-Entrepôt", read as "EntrepÃ´t", Google's "Address 1 - Label: Entrepôt") vanished
without a word; and a mobile in Outlook's "Primary Phone", "Other Phone", "Company Main
Phone" or "Business Phone 2" (French names too) went to the business phone or the note while
the mobile field stayed empty. Now the label is in the note beside its address and said in
the report, as for e-mails and phones; such a mobile takes the mobile field when no "Mobile
Phone" or "Car Phone" claims it, and any other number goes where it went before.
"""

from __future__ import annotations

import pytest

from desktop_crm.cli import main
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import run_import
from tests.integration.test_interchange_samples import _contacts
from tests.integration.test_labels_and_mobiles import DATA, _lines


def test_iphone_vcard_address_labels(sqlite_db: Database) -> None:
    report = run_import(sqlite_db, DATA / "iphone_address_labels_30.vcf")
    found = sqlite_db.read(_contacts)
    claire = found["Roux"]
    # "item2.ADR;type=HOME" labelled "Entrepôt": the home address fields, the label in the
    # note with the address; the work one (type=WORK) has nothing to keep.
    assert (claire["address1"], claire["postcode"], claire["city"]) == (
        "5 avenue Foch",
        "69006",
        "Lyon",
    )
    assert (claire["home_address1"], claire["home_postcode"], claire["home_city"]) == (
        "12 rue Mercière",
        "69002",
        "Lyon",
    )
    assert _lines(claire["notes"]) == [
        "Other details from the vCard:",
        "Home address (Entrepôt): 12 rue Mercière, 69002 Lyon, France",
    ]
    assert report.rows[0].reasons == (
        "vCard: 1 label in the note (Entrepôt); "
        "2 addresses (1 in the address, 1 in the home address)."
    )
    louis = found["Blanc"]
    # "Dépôt" without a type: the address fields, label kept; _$!<Home>!$_ is a kind.
    assert (louis["address1"], louis["city"], louis["home_address1"], louis["home_city"]) == (
        "3 quai Eustache Chappuis",
        "Annecy",
        "8 chemin des Vignes",
        "Sévrier",
    )
    assert _lines(louis["notes"]) == [
        "Other details from the vCard:",
        "Address (Dépôt): 3 quai Eustache Chappuis, 74000 Annecy, France",
    ]
    assert "1 label in the note (Dépôt)" in report.rows[1].reasons
    marc = found["Fontaine"]
    # _$!<Work>!$_ and type=HOME: kinds; "Atelier" has no field left: the note, as before,
    # and no label is said (it is the address's own line).
    assert (marc["address1"], marc["home_address1"]) == ("1 place Bellecour", "4 rue Juiverie")
    assert _lines(marc["notes"]) == [
        "Other details from the vCard:",
        "Address (Atelier): ZI Nord, lot 4, 38200 Vienne, France",
    ]
    assert report.rows[2].reasons == (
        "vCard: 3 addresses (1 in the address, 1 in the home address, 1 in the note)."
    )


def test_android_vcard_address_labels(sqlite_db: Database) -> None:
    report = run_import(sqlite_db, DATA / "android_address_labels.vcf")
    found = sqlite_db.read(_contacts)
    julien = found["Morel"]
    # 2.1: "ADR;HOME" and "ADR;X-Entrepot" (quoted-printable): the custom one takes the
    # address fields, its label in the note.
    assert (julien["address1"], julien["city"], julien["home_city"]) == (
        "ZA des Pins",
        "Décines-Charpieu",
        "Villeurbanne",
    )
    assert _lines(julien["notes"]) == [
        "Other details from the vCard:",
        "Address (Entrepot): ZA des Pins, 69150 Décines-Charpieu, France",
    ]
    assert report.rows[0].reasons.startswith("vCard: 1 label in the note (Entrepot); ")
    an = found["Peeters"]
    # 3.0: "ADR;TYPE=X-Entrepôt" (UTF-8 in the property's head, once read "EntrepÃ´t").
    assert (an["address1"], an["postcode"], an["city"], an["country"]) == (
        "Rue de la Loi 16",
        "1000",
        "Bruxelles",
        "Belgique",
    )
    assert _lines(an["notes"]) == [
        "Other details from the vCard:",
        "Address (Entrepôt): Rue de la Loi 16, 1000 Bruxelles, Belgique",
    ]
    assert report.rows[1].reasons == "vCard: 1 label in the note (Entrepôt)."
    anne = found["Leroy"]
    # "ADR;TYPE=WORK": a kind, nothing added.
    assert anne["address1"] == "10 cours Lafayette" and not anne["notes"]
    assert report.rows[2].reasons == ""
    paul = found["Girard"]
    # The X-CUSTOM(…Dépôt) address has no field left (WORK has it): the note, as before.
    assert paul["address1"] == "2 rue Neuve"
    assert _lines(paul["notes"]) == [
        "Other details from the vCard:",
        "Address (Dépôt): 7 rue du Port, 69700 Givors, France",
    ]
    assert report.rows[3].reasons == "vCard: 2 addresses (1 in the address, 1 in the note)."


def test_google_csv_address_labels(sqlite_db: Database) -> None:
    report = run_import(sqlite_db, DATA / "google_address_labels.csv")
    found = sqlite_db.read(_contacts)
    reasons = {row.label: row.reasons for row in report.rows}
    claire = found["Roux"]
    # "Entrepôt" beside "Home": the address fields, the label kept; "Home" the home fields.
    assert (claire["address1"], claire["postcode"], claire["city"]) == (
        "12 rue Mercière",
        "69002",
        "Lyon",
    )
    assert (claire["home_address1"], claire["home_city"]) == ("4 rue Juiverie", "Lyon")
    assert _lines(claire["notes"]) == [
        "Other details from the file:",
        "Address (Entrepôt): 12 rue Mercière 69002 Lyon France",
    ]
    assert reasons["Claire Roux"] == "File: 1 label in the note (Entrepôt)."
    paul = found["Girard"]
    # "Work" and "Other" are kinds: no label kept; "Other" has no field left, as before.
    assert paul["address1"] == "2 rue Neuve" and paul["home_address1"] is None
    assert _lines(paul["notes"]) == [
        "Other details from the file:",
        "Address (Other): 7 rue du Port 69700 Givors France",
    ]
    assert "label" not in reasons["Paul Girard"]
    anna = found["Keller"]
    assert (anna["address1"], anna["city"]) == ("Bahnhofstrasse 1", "Zürich")
    assert not anna["notes"] and reasons["Anna Keller"] == ""
    moulin = found["Moulin"]
    # An e-mail's label and an address's label: both in the note, said once together.
    assert (moulin["home_address1"], moulin["address1"]) == (
        "8 chemin des Vignes",
        "3 quai Eustache Chappuis",
    )
    assert _lines(moulin["notes"]) == [
        "Other details from the file:",
        "E-mail 2 (Comptabilité): compta@moulin-sarl.fr",
        "Address (Dépôt): 3 quai Eustache Chappuis 74000 Annecy France",
    ]
    assert reasons["Paul Moulin"] == "File: 2 labels in the note (Comptabilité, Dépôt)."
    assert not any(c["to_review"] for c in found.values())


def _phones(contact: dict[str, object]) -> tuple[object, object, object]:
    return contact["phone_business"], contact["phone_mobile"], contact["phone_home"]


def test_outlook_csv_unlabelled_phone_columns_give_mobiles_the_mobile_field(
    sqlite_db: Database,
) -> None:
    report = run_import(sqlite_db, DATA / "outlook_phone_columns.csv")
    found = sqlite_db.read(_contacts)
    reasons = {row.label: row.reasons for row in report.rows}
    # "Primary Phone" 06…: the free mobile field (it went to the note).
    assert _phones(found["Girard"]) == ("+33472112233", "+33611223344", None)
    assert not found["Girard"]["notes"] and reasons["Luc Girard"] == ""
    # "Other Phone" with a Swiss mobile: the mobile field.
    assert _phones(found["Huber"]) == ("+41441234567", "+41791234567", None)
    assert not found["Huber"]["notes"] and reasons["Anna Huber"] == ""
    # "Company Main Phone" with a UK mobile, "Mobile Phone" taken: the business phone, as
    # before.
    assert _phones(found["Jones"]) == ("+447400123456", "+447400654321", None)
    # "Business Phone 2" with a German mobile: the mobile field.
    assert _phones(found["Fischer"]) == ("+49301234567", "+4915123456789", None)
    assert not found["Fischer"]["notes"] and reasons["Max Fischer"] == ""
    # "Car Phone" claims the mobile field; the mobile in "Other Phone" goes where it went
    # before: the free business phone.
    assert _phones(found["Lambert"]) == ("+33766554433", "+33655443322", None)
    # Two mobiles: "Primary Phone" takes the mobile field, "Other Phone" the business phone
    # (it went to the note).
    assert _phones(found["Marchand"]) == ("+33798765432", "+33612345678", None)
    assert not found["Marchand"]["notes"] and reasons["Hugo Marchand"] == ""
    # Labelled columns keep their numbers where they say, mobile or not; "Primary Phone"
    # (a fixed line) finds the business phone taken: the note with its header, as before.
    assert _phones(found["Perrin"]) == ("+33620304050", None, "+33781111111")
    assert _lines(found["Perrin"]["notes"]) == [
        "Other details from the file:",
        "Primary Phone: 04 78 00 00 01",
    ]
    assert reasons["Nina Perrin"] == "File: 1 value without a field of its own in the note."
    # An American number (fixed line or mobile: no telling): the business phone.
    assert _phones(found["Baker"]) == ("+14155550199", None, None)
    assert not any(c["to_review"] for c in found.values())


def test_outlook_french_csv_unlabelled_phone_columns(sqlite_db: Database) -> None:
    report = run_import(sqlite_db, DATA / "outlook_fr_phone_columns.csv")
    found = sqlite_db.read(_contacts)
    reasons = {row.label: row.reasons for row in report.rows}
    # "Téléphone principal" 06…: the mobile field (it went to the note).
    assert _phones(found["Rousseau"]) == ("+33472112233", "+33611223344", None)
    assert not found["Rousseau"]["notes"]
    # "Téléphone (autre)" with a Swiss mobile: the mobile field (it was the business phone).
    assert _phones(found["Keller"]) == (None, "+41791234567", None)
    # "Téléphone 2 (bureau)" with a German mobile, "Tél. mobile" taken: the note with its
    # header, as before.
    assert _phones(found["Weber"]) == ("+49301234567", "+491601234567", None)
    assert _lines(found["Weber"]["notes"]) == [
        "Other details from the file:",
        "Téléphone 2 (bureau): +49 151 23456789",
    ]
    assert reasons["Eva Weber"] == "File: 1 value without a field of its own in the note."
    # "Téléphone société" 07…: the mobile field (it went to the note).
    assert _phones(found["Dubois"]) == ("+33478601212", "+33781234567", None)
    assert not found["Dubois"]["notes"] and reasons["Marc Dubois"] == ""
    assert not any(c["to_review"] for c in found.values())


WORDS = {
    "fr": (
        "Adresse personnelle (Entrepôt) : 12 rue Mercière, 69002 Lyon, France",
        "Adresse (Dépôt) : 3 quai Eustache Chappuis, 74000 Annecy, France",
        "1 libellé dans la note (Entrepôt)",
        "Adresse (Dépôt) : 3 quai Eustache Chappuis 74000 Annecy France",
        "2 libellés dans la note (Comptabilité, Dépôt)",
        "Téléphone 2 (bureau) : +49 151 23456789",
        "1 valeur sans champ propre, dans la note",
    ),
    "en": (
        "Home address (Entrepôt): 12 rue Mercière, 69002 Lyon, France",
        "Address (Dépôt): 3 quai Eustache Chappuis, 74000 Annecy, France",
        "1 label in the note (Entrepôt)",
        "Address (Dépôt): 3 quai Eustache Chappuis 74000 Annecy France",
        "2 labels in the note (Comptabilité, Dépôt)",
        "Téléphone 2 (bureau): +49 151 23456789",
        "1 value without a field of its own in the note",
    ),
}


def _import(db: Database, name: str, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["import", str(DATA / name), "--db", db.url])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize("language", ["fr", "en"])
def test_address_labels_and_outlook_phones_follow_the_language(
    sqlite_db: Database,
    language: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_LANG", language)
    home, work, one, google, two, outlook, values = WORDS[language]
    out = _import(sqlite_db, "iphone_address_labels_30.vcf", capsys)
    found = sqlite_db.read(_contacts)
    assert home in _lines(found["Roux"]["notes"])
    assert work in _lines(found["Blanc"]["notes"])
    assert one in out, out
    out = _import(sqlite_db, "google_address_labels.csv", capsys)
    assert google in _lines(sqlite_db.read(_contacts)["Moulin"]["notes"])
    assert two in out, out
    out = _import(sqlite_db, "outlook_fr_phone_columns.csv", capsys)
    found = sqlite_db.read(_contacts)
    assert found["Rousseau"]["phone_mobile"] == "+33611223344"
    assert found["Keller"]["phone_mobile"] == "+41791234567"
    assert outlook in _lines(found["Weber"]["notes"])
    assert values in out, out
