"""The small rules behind the real-shape import fixes (tests/integration/test_real_shapes.py)."""

from __future__ import annotations

from desktop_crm.interchange.contact_exports import rearrange
from desktop_crm.interchange.export_leftovers import keep_leftovers
from desktop_crm.interchange.headers import auto_map, settle_title_column
from desktop_crm.interchange.table import Sheet
from desktop_crm.interchange.vcard import parse_vcards
from desktop_crm.interchange.vcard_extras import (
    android_label,
    birthday,
    french_mobile,
    mobile_number,
)


def _mapped(rows: list[list[str]]) -> dict[int, list[str]]:
    mapping = auto_map(rows[0])
    settle_title_column(rows[0], rows, 0, mapping)
    return mapping


def test_titre_holding_civilities_stays_the_civility() -> None:
    rows = [["Titre", "Prénom", "Nom"], ["M.", "Jean", "Dupont"], ["Mme", "Anne", "Roy"]]
    assert _mapped(rows)[0] == ["civility"]
    rows += [["Madame", "Léa", "Blanc"], ["", "Paul", "Vert"], ["Dr", "Yves", "Noir"]]
    assert _mapped(rows)[0] == ["civility"]


def test_titre_holding_job_titles_becomes_the_job_title() -> None:
    rows = [["Nom", "Société", "Titre"], ["Roy", "ACME", "Directeur"], ["Blanc", "X", "M."]]
    rows.append(["Vert", "Y", "Gérante"])
    assert _mapped(rows)[2] == ["job_title"]


def test_a_job_title_column_of_its_own_wins() -> None:
    rows = [["Titre", "Fonction", "Nom"], ["Directeur", "Gérant", "Roy"]]
    mapping = _mapped(rows)
    assert (mapping[0], mapping[1]) == (["civility"], ["job_title"])
    # "Civilité" is never second-guessed, whatever it holds.
    rows = [["Civilité", "Nom"], ["Directeur", "Roy"]]
    assert _mapped(rows)[0] == ["civility"]


def test_android_custom_labels() -> None:
    qp = "X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=54=72=C3=A9=73=6F=72=69=65)"
    assert android_label(qp) == "Trésorie"
    assert android_label("X-CUSTOM(Standard)") == "Standard"
    assert android_label("X-CUSTOM(CHARSET=ISO-8859-1,ENCODING=QUOTED-PRINTABLE,=E9t=E9)") == "été"
    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Roy;Anne\r\nTEL;WORK:04 72 00 00 01\r\n"
        f"TEL;{qp}:04 72 00 00 02\r\nEND:VCARD\r\n"
    )
    rows = parse_vcards(card)
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Business phone"] == "04 72 00 00 01"
    assert "Phone (Trésorie): 04 72 00 00 02" in row["Notes"]


def test_french_mobiles() -> None:
    for number in ("06 12 34 56 78", "+33 7 12 34 56 78", "0033612345678", "+33 (0)6 12 34 56 78"):
        assert french_mobile(number), number
    for number in ("04 72 00 00 01", "+44 7700 900123", "0612", "+33 1 23 45 67 89"):
        assert not french_mobile(number), number


def test_birthdays() -> None:
    assert birthday("1980-05-17", {}) == ("1980-05-17", None)
    assert birthday("19800517", {}) == ("1980-05-17", None)
    assert birthday("1980-05-17T00:00:00Z", {}) == ("1980-05-17", None)
    assert birthday("--0517", {}) == ("", "Birthday (no year): 17/05")
    assert birthday("1975", {}) == ("", "Birthday: 1975")
    assert birthday("1980-02-30", {}) == ("", "Birthday: 1980-02-30")
    assert birthday("", {}) == ("", None)
    # Other spellings of a whole date go to the field as ISO; one no reader takes, whole
    # to the note (cut to 10 characters for the checks, it was refused and lost).
    assert birthday("17/05/1980", {}) == ("1980-05-17", None)
    assert birthday("1980-5-7", {}) == ("1980-05-07", None)
    assert birthday("5/17/1980", {}) == ("", "Birthday: 5/17/1980")


def test_iso_days_kept_in_the_note_read_dd_mm_yyyy() -> None:
    rows = [
        ["Last Name", "Date premier contact", "Numéro", "Other details", "Import remarks"],
        ["Vidal", "1984-03-09", "20000610", "", ""],
    ]
    note = keep_leftovers(rows, 0, [0])[1][3].splitlines()
    # An ISO day as the team reads dates; a number of 8 digits is no date: as written.
    assert note[1:] == ["Date premier contact: 09/03/1984", "Numéro: 20000610"]
    header = ["First Name", "Phone 1 - Label", "Phone 1 - Value", "Custom Field 1 - Label"]
    google = [
        [*header, "Custom Field 1 - Value"],
        ["Marion", "Mobile", "06 45 45 45 45", "Fin de contrat", "2027-01-31"],
    ]
    sheet = rearrange(Sheet("g", google))
    row = dict(zip(sheet.rows[0], sheet.rows[1], strict=True))
    assert "Fin de contrat: 31/01/2027" in row["Other details"]


def test_mobile_numbers_french_and_foreign() -> None:
    for number in (
        "06 12 34 56 78",
        "+44 7400 123456",
        "0044 7400 123456",
        "+49 151 23456789",
        "+32 470 12 34 56",
        "+41 79 123 45 67",
    ):
        assert mobile_number(number), number
    # Fixed lines; the United States' "fixed line or mobile" (no telling); the British
    # drama number, which phonenumbers finds invalid (no type); a French fixed line.
    for number in ("+44 20 7946 0958", "+49 30 1234567", "+1 415 555 0199", "+44 7700 900123"):
        assert not mobile_number(number), number
    assert not mobile_number("04 72 00 00 01") and not mobile_number("")


def test_a_label_in_a_property_head_is_read_as_the_card_is() -> None:
    # "ADR;TYPE=X-Entrepôt" was read as Latin-1 with its head: "EntrepÃ´t".
    utf8 = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roy;Anne\r\n"
        "ADR;TYPE=X-Entrepôt:;;1 rue Neuve;Lyon;;69001;France\r\n"
        "EMAIL;X-Comptabilité:compta@roy.fr\r\nEND:VCARD\r\n"
    )
    rows = parse_vcards(utf8)
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Street"] == "1 rue Neuve" and row["E-mail"] == "compta@roy.fr"
    assert row["Notes"].splitlines()[1:] == [
        "E-mail (Comptabilité): compta@roy.fr",
        "Address (Entrepôt): 1 rue Neuve, 69001 Lyon, France",
    ]
    # A card in Windows-1252 (not UTF-8): its labels are read as Windows-1252.
    rows = parse_vcards(utf8.encode("cp1252"))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert "Address (Entrepôt): 1 rue Neuve, 69001 Lyon, France" in row["Notes"]


def test_outlook_other_french_phone_headers_give_a_mobile_the_mobile_field() -> None:
    # Another French Outlook's names: "Autre téléphone", "Téléphone professionnel".
    header = [
        "Prénom", "Nom", "Téléphone professionnel", "Télécopie professionnelle",
        "Téléphone mobile", "Téléphone domicile", "Adresse de messagerie",
        "Téléphone principal", "Téléphone société", "Téléphone professionnel 2",
        "Autre téléphone", "Téléphone voiture",
    ]  # fmt: skip
    rows = [
        header,
        ["Léa", "Roy", "04 72 00 00 01", "", "", "", "", "", "", "", "+32 470 12 34 56", ""],
        ["Yves", "Noir", "", "", "", "", "", "", "", "", "+32 470 12 34 56", "06 11 11 11 11"],
    ]
    sheet = rearrange(Sheet("outlook", rows))
    lea, yves = (dict(zip(sheet.rows[0], r, strict=True)) for r in sheet.rows[1:])
    assert (lea["Business phone"], lea["Mobile phone"]) == ("04 72 00 00 01", "+32 470 12 34 56")
    assert not lea["Other details"] and not lea["Import remarks"]
    # "Téléphone voiture" claims the mobile field: the mobile of "Autre téléphone" goes
    # where it always went, the business phone.
    assert (yves["Business phone"], yves["Mobile phone"]) == ("+32 470 12 34 56", "06 11 11 11 11")
