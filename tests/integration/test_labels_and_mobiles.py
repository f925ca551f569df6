"""Fourth set of real-shaped files (tests/data/interchange, written by
make_label_samples.py): custom e-mail labels and foreign mobiles, imported through the
pipeline into a real SQLite file and read back.

Before: a label of the user's own ("Comptabilité") on an e-mail that got the E-mail or
E-mail 2 field vanished without a word (Google's "E-mail 2 - Label", Apple's X-ABLabel,
Android's X- and X-CUSTOM(…) types), and a foreign mobile without a label ("+41 79…",
"+32 470…", Google's "Other", a vCard TEL without a type) went to the business phone or
the note while the mobile field stayed empty. Now every address is in a field or in the
note with its label, a label kept is said in the report, and a foreign mobile takes the
free mobile field as a French 06/07 did.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import run_import
from tests.integration.test_interchange_samples import _contacts

DATA = Path(__file__).parent.parent / "data" / "interchange"


def _lines(notes: str) -> list[str]:
    return notes.splitlines()


def test_google_csv_custom_email_labels_and_foreign_mobiles(sqlite_db: Database) -> None:
    report = run_import(sqlite_db, DATA / "google_email_labels.csv")
    found = sqlite_db.read(_contacts)
    reasons = {row.label: row.reasons for row in report.rows}
    pierre = found["Lacroix"]
    # "* Work" first (primary), "Comptabilité" in E-mail 2 with its label kept in the note,
    # both addresses of the " ::: " cell in the note with their label.
    assert (pierre["email"], pierre["email2"]) == (
        "p.lacroix@lacroix-btp.fr",
        "compta@lacroix-btp.fr",
    )
    assert _lines(pierre["notes"]) == [
        "Other details from the file:",
        "E-mail 2 (Comptabilité): compta@lacroix-btp.fr",
        "E-mail (Home): pierre.lacroix@orange.fr",
        "E-mail (Home): p.lacroix@free.fr",
    ]
    assert reasons["Pierre Lacroix"] == (
        "File: 4 e-mails (2 in e-mail fields, 2 in the note); 1 label in the note (Comptabilité)."
    )
    anna = found["Keller"]
    # The primary ("* Home") first, the custom label second; an unlabelled Swiss mobile in
    # the mobile field (it went to the note), the one labelled Work in the business phone.
    assert (anna["email"], anna["email2"]) == ("anna@keller.ch", "buchhaltung@keller.ch")
    assert (anna["phone_mobile"], anna["phone_business"]) == ("+41791234567", "+41441234567")
    assert _lines(anna["notes"]) == [
        "Other details from the file:",
        "E-mail 2 (Comptabilité): buchhaltung@keller.ch",
        "E-mail (Other): anna.keller@gmail.com",
    ]
    assert "1 label in the note (Comptabilité)" in reasons["Anna Keller"]
    assert "phones" not in reasons["Anna Keller"]  # both phones have a field
    john = found["Smith"]
    # "Other" is a kind: nothing to keep for the address in a field; the custom label of the
    # third is in the note with it. A UK mobile labelled "Other": the mobile field; the UK
    # fixed line labelled "Other" stays in the note, as before.
    assert (john["email"], john["email2"]) == ("john@smith-ltd.co.uk", "john.smith@gmail.com")
    assert (john["phone_mobile"], john["phone_business"]) == ("+447400123456", None)
    assert _lines(john["notes"]) == [
        "Other details from the file:",
        "Phone (Other): +44 20 7946 0958",
        "E-mail (Accounts): accounts@smith-ltd.co.uk",
    ]
    assert "label" not in reasons["John Smith"]
    lena = found["Becker"]
    # A German mobile labelled Work stays the business phone; the unlabelled Belgian mobile
    # takes the free mobile field; the American number (fixed line or mobile) is no mobile.
    assert (lena["phone_business"], lena["phone_mobile"]) == ("+4915123456789", "+32470123456")
    assert _lines(lena["notes"]) == [
        "Other details from the file:",
        "Phone (no label): +1 415 555 0199",
    ]
    assert reasons["Lena Becker"] == "File: 3 phones (2 in phone fields, 1 in the note)."
    assert not any(c["to_review"] for c in found.values())


def test_iphone_vcard_email_labels_and_an_other_foreign_mobile(sqlite_db: Database) -> None:
    report = run_import(sqlite_db, DATA / "iphone_email_labels_30.vcf")
    found = sqlite_db.read(_contacts)
    sophie = found["Garnier"]
    assert (sophie["email"], sophie["email2"]) == (
        "sophie@garnier-conseil.fr",
        "compta@garnier-conseil.fr",
    )
    # item4.TEL labelled _$!<Other>!$_ holding a Swiss mobile: the mobile field.
    assert (sophie["phone_business"], sophie["phone_mobile"]) == ("+33478203040", "+41791234567")
    assert _lines(sophie["notes"]) == [
        "Other details from the vCard:",
        "E-mail 2 (Comptabilité): compta@garnier-conseil.fr",
        "E-mail (other): sophie.garnier@icloud.com",
        "E-mail (Factures fournisseurs): factures@garnier-conseil.fr",
    ]
    assert report.rows[0].reasons == (
        "vCard: 4 e-mails (2 in e-mail fields, 2 in the note); 1 label in the note (Comptabilité)."
    )
    paul = found["Moulin"]
    # The preferred address has the custom label: E-mail, label in the note. The UK mobile
    # with a label of its own takes the free mobile field; its label is kept as well.
    assert (paul["email"], paul["email2"]) == ("compta@moulin-sarl.fr", "paul.moulin@orange.fr")
    assert (paul["phone_business"], paul["phone_mobile"]) == ("+442079460958", "+447400123456")
    assert _lines(paul["notes"]) == [
        "Other details from the vCard:",
        "Mobile phone (Portable UK): +44 7400 123456",
        "E-mail (Comptabilité): compta@moulin-sarl.fr",
    ]
    assert report.rows[1].reasons == "vCard: 2 labels in the note (Portable UK, Comptabilité)."


def test_android_and_outlook_vcards_labels_and_foreign_mobiles(sqlite_db: Database) -> None:
    report = run_import(sqlite_db, DATA / "android_outlook_email_labels.vcf")
    found = sqlite_db.read(_contacts)
    julien = found["Morel"]
    # Android 2.1: "TEL;VOICE" (Android's "Other") with a German mobile: the mobile field.
    assert (julien["phone_mobile"], julien["phone_business"]) == ("+4915123456789", "+33472334455")
    assert (julien["email"], julien["email2"]) == ("julien.morel@gmail.com", "compta@morel-sa.fr")
    assert _lines(julien["notes"]) == [
        "Other details from the vCard:",
        "E-mail 2 (Comptabilite): compta@morel-sa.fr",
        "E-mail (Facturation): factures@morel-sa.fr",
        "E-mail (work): julien@morel-sa.fr",
    ]
    assert report.rows[0].reasons == (
        "vCard: 4 e-mails (2 in e-mail fields, 2 in the note); 1 label in the note (Comptabilite)."
    )
    an = found["Peeters"]
    # Android 3.0: "TEL:" without a type, a Belgian mobile; "EMAIL;TYPE=X-Comptabilite" and
    # "EMAIL;TYPE=X-CUSTOM(…)" (its label was read as a type and lost).
    assert (an["phone_mobile"], an["phone_business"]) == ("+32470123456", None)
    assert (an["email"], an["email2"]) == ("boekhouding@peeters.be", "an@reseau-peeters.be")
    assert _lines(an["notes"]) == [
        "Other details from the vCard:",
        "E-mail (Comptabilite): boekhouding@peeters.be",
        "E-mail 2 (Réseau): an@reseau-peeters.be",
    ]
    assert report.rows[1].reasons == "vCard: 2 labels in the note (Comptabilite, Réseau)."
    claire = found["Schmitt"]
    # Outlook 2.1: "TEL;WORK;VOICE" keeps its (mobile) number in the business phone;
    # "TEL;VOICE" with a Belgian mobile takes the mobile field. Four e-mails: none lost.
    assert (claire["phone_business"], claire["phone_mobile"]) == (
        "+4915198765432",
        "+32470987654",
    )
    assert (claire["email"], claire["email2"]) == (
        "claire.schmitt@schmitt-ag.de",
        "c.schmitt@web.de",
    )
    assert _lines(claire["notes"]) == [
        "Other details from the vCard:",
        "E-mail (other): buchhaltung@schmitt-ag.de",
        "E-mail (other): claire@schmitt-familie.de",
    ]
    assert report.rows[2].reasons == "vCard: 4 e-mails (2 in e-mail fields, 2 in the note)."


def test_csv_phone_columns_unlabelled_and_labelled(sqlite_db: Database) -> None:
    run_import(sqlite_db, DATA / "phone_column_foreign.csv")
    found = sqlite_db.read(_contacts)
    # An unlabelled "Téléphone" column: its mobiles, French or foreign, go to the mobile
    # field, its other numbers to the business phone.
    assert (found["Huber"]["phone_mobile"], found["Huber"]["phone_business"]) == (
        "+41791234567",
        None,
    )
    assert found["Jones"]["phone_mobile"] == "+447400123456"
    assert (found["Wagner"]["phone_business"], found["Wagner"]["phone_mobile"]) == (
        "+49301234567",
        None,
    )
    # A labelled column keeps its number where it says, mobile or not.
    run_import(sqlite_db, DATA / "phone_column_labelled_foreign.csv")
    max_ = sqlite_db.read(_contacts)["Fischer"]
    assert (max_["phone_business"], max_["phone_mobile"]) == ("+4915123456789", None)


LABELS = {
    "fr": (
        "E-mail 2 (Comptabilité) : compta@garnier-conseil.fr",
        "Téléphone mobile (Portable UK) : +44 7400 123456",
        "1 libellé dans la note (Comptabilité)",
        "2 libellés dans la note (Portable UK, Comptabilité)",
    ),
    "en": (
        "E-mail 2 (Comptabilité): compta@garnier-conseil.fr",
        "Mobile phone (Portable UK): +44 7400 123456",
        "1 label in the note (Comptabilité)",
        "2 labels in the note (Portable UK, Comptabilité)",
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_kept_labels_follow_the_language(
    sqlite_db: Database,
    language: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_LANG", language)
    code = main(["import", str(DATA / "iphone_email_labels_30.vcf"), "--db", sqlite_db.url])
    out, err = capsys.readouterr()
    assert code == 0, err
    found = sqlite_db.read(_contacts)
    email_line, phone_line, one, two = LABELS[language]
    assert email_line in _lines(found["Garnier"]["notes"])
    assert phone_line in _lines(found["Moulin"]["notes"])
    assert one in out and two in out, out
