"""Write the fifth set of samples: custom address labels and Outlook's phone columns that do
not say which phone they hold (session 13).

Run from the repository root: ``python tests/data/interchange/make_address_outlook_samples.py``.
Each file is written as its program writes it (CRLF, Apple's item groups and X-ABADR,
Android's X- types and quoted-printable 2.1 values, Google's label columns, Outlook's quoted
cells in Windows-1252); tests/integration/test_address_labels_outlook_mobiles.py imports
them.

- iphone_address_labels_30.vcf: iPhone vCard 3.0, "item2.ADR;type=HOME" with
  "item2.X-ABLabel:Entrepôt" beside a work address, an "item1.ADR" with "Dépôt" and no
  type beside an "_$!<Home>!$_" one, and a third address "Atelier" with no field left.
- android_address_labels.vcf: Android 2.1 ("ADR;HOME" and "ADR;X-Entrepot", quoted-
  printable), Android 3.0 ("ADR;TYPE=X-Entrepôt" alone, "ADR;TYPE=WORK"), Android 2.1 with a
  work address and an "ADR;X-CUSTOM(…Dépôt)" one that has no field left.
- google_address_labels.csv: Google's current export, "Address 1 - Label" "Entrepôt" beside
  a "Home" address, "Work" and "Other", "Other" alone, "Home" and "Dépôt" with an e-mail
  labelled "Comptabilité".
- outlook_phone_columns.csv: the English Outlook export (every column of "Export to a
  file", Windows-1252, every cell quoted), "Primary Phone", "Other Phone", "Company Main
  Phone", "Business Phone 2" holding French and foreign mobiles, with and without a mobile
  in "Mobile Phone" or "Car Phone"; labelled columns ("Business Phone", "Home Phone")
  holding mobiles.
- outlook_fr_phone_columns.csv: the French export (its header as make_more_samples.py
  writes it), "Téléphone principal", "Téléphone (autre)", "Téléphone société" and
  "Téléphone 2 (bureau)" holding mobiles.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from make_more_samples import OUTLOOK_FR_HEADER  # (run as a script: the folder is on the path)

HERE = Path(__file__).parent
CRLF = "\r\n"


def _qp(text: str) -> str:
    """Every byte of each part quoted, as Android writes its quoted-printable values."""
    return ";".join("".join(f"={b:02X}" for b in p.encode("utf-8")) for p in text.split(";"))


IPHONE = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 18.3//EN",
    "N:Roux;Claire;;;",
    "FN:Claire Roux",
    "ORG:Roux Négoce;",
    "TEL;type=WORK;type=VOICE;type=pref:04 78 20 30 40",
    "item1.ADR;type=WORK;type=pref:;;5 avenue Foch;Lyon;;69006;France",
    "item1.X-ABADR:fr",
    "item2.ADR;type=HOME:;;12 rue Mercière;Lyon;;69002;France",
    "item2.X-ABLabel:Entrepôt",
    "item2.X-ABADR:fr",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 18.3//EN",
    "N:Blanc;Louis;;;",
    "FN:Louis Blanc",
    "item1.ADR:;;3 quai Eustache Chappuis;Annecy;;74000;France",
    "item1.X-ABLabel:Dépôt",
    "item1.X-ABADR:fr",
    "item2.ADR:;;8 chemin des Vignes;Sévrier;;74320;France",
    "item2.X-ABLabel:_$!<Home>!$_",
    "item2.X-ABADR:fr",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 18.3//EN",
    "N:Fontaine;Marc;;;",
    "FN:Marc Fontaine",
    "item1.ADR;type=WORK;type=pref:;;1 place Bellecour;Lyon;;69002;France",
    "item1.X-ABLabel:_$!<Work>!$_",
    "ADR;type=HOME:;;4 rue Juiverie;Lyon;;69005;France",
    "item2.ADR:;;ZI Nord, lot 4;Vienne;;38200;France",
    "item2.X-ABLabel:Atelier",
    "END:VCARD",
]

ANDROID = [
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N:Morel;Julien;;;",
    "FN:Julien Morel",
    "ADR;HOME:;;4 rue de la Gare;Villeurbanne;;69100;France",
    "ADR;X-Entrepot;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
    + _qp(";;ZA des Pins;Décines-Charpieu;;69150;France"),
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "N:Peeters;An;;;",
    "FN:An Peeters",
    "ADR;TYPE=X-Entrepôt:;;Rue de la Loi 16;Bruxelles;;1000;Belgique",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "N:Leroy;Anne;;;",
    "FN:Anne Leroy",
    "ADR;TYPE=WORK:;;10 cours Lafayette;Lyon;;69003;France",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N:Girard;Paul;;;",
    "FN:Paul Girard",
    "ADR;WORK:;;2 rue Neuve;Lyon;;69001;France",
    "ADR;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=44=C3=A9=70=C3=B4=74):"
    ";;7 rue du Port;Givors;;69700;France",
    "END:VCARD",
]

GOOGLE_HEADER = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As",
    "Organization Name", "Organization Title", "Organization Department", "Birthday", "Notes",
    "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label",
    "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value",
    "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
    "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
    "Address 1 - Country", "Address 1 - Extended Address",
    "Address 2 - Label", "Address 2 - Formatted", "Address 2 - Street", "Address 2 - City",
    "Address 2 - PO Box", "Address 2 - Region", "Address 2 - Postal Code",
    "Address 2 - Country", "Address 2 - Extended Address",
]  # fmt: skip
_HEAD = ["", "", "", "", "", "", ""]  # phonetic first name .. file as


def _google_address(label: str, street: str, city: str, postcode: str, country: str) -> list[str]:
    formatted = f"{street}\n{postcode} {city}\n{country}"
    return [label, formatted, street, city, "", "", postcode, country, ""]


_NO_ADDRESS = ["", "", "", "", "", "", "", "", ""]
GOOGLE_ROWS = [
    # A label of the user's own on the address that gets the address fields, beside "Home".
    [
        "Claire", "", "Roux", *_HEAD, "Roux Négoce", "", "", "", "", "", "* myContacts",
        "* Work", "claire@roux-negoce.fr", "", "", "Work", "04 78 20 30 40",
        *_google_address("Entrepôt", "12 rue Mercière", "Lyon", "69002", "France"),
        *_google_address("Home", "4 rue Juiverie", "Lyon", "69005", "France"),
    ],
    # "Work" and "Other": kinds, nothing to keep; "Other" has no field left (the note).
    [
        "Paul", "", "Girard", *_HEAD, "", "", "", "", "", "", "* myContacts", "", "", "", "",
        "Mobile", "06 12 34 56 78",
        *_google_address("Work", "2 rue Neuve", "Lyon", "69001", "France"),
        *_google_address("Other", "7 rue du Port", "Givors", "69700", "France"),
    ],
    # "Other" alone: the address fields, nothing to keep.
    [
        "Anna", "", "Keller", *_HEAD, "", "", "", "", "", "", "* myContacts", "", "", "", "",
        "", "",
        *_google_address("Other", "Bahnhofstrasse 1", "Zürich", "8001", "Suisse"),
        *_NO_ADDRESS,
    ],
    # "Home", then "Dépôt" (the address fields), and an e-mail with a label of its own.
    [
        "Paul", "", "Moulin", *_HEAD, "Moulin SARL", "", "", "", "", "", "* myContacts",
        "* Work", "paul@moulin-sarl.fr", "Comptabilité", "compta@moulin-sarl.fr", "", "",
        *_google_address("Home", "8 chemin des Vignes", "Sévrier", "74320", "France"),
        *_google_address("Dépôt", "3 quai Eustache Chappuis", "Annecy", "74000", "France"),
    ],
]  # fmt: skip

# The header of Outlook's "Export to a file" (English), every column in its order.
OUTLOOK_LINE = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "Business Street,Business Street 2,Business Street 3,Business City,Business State,"
    "Business Postal Code,Business Country/Region,Home Street,Home Street 2,Home Street 3,"
    "Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other Street 2,"
    "Other Street 3,Other City,Other State,Other Postal Code,Other Country/Region,"
    "Assistant's Phone,Business Fax,Business Phone,Business Phone 2,Callback,Car Phone,"
    "Company Main Phone,Home Fax,Home Phone,Home Phone 2,ISDN,Mobile Phone,Other Fax,"
    "Other Phone,Pager,Primary Phone,Radio Phone,TTY/TDD Phone,Telex,Account,Anniversary,"
    "Assistant's Name,Billing Information,Birthday,Business Address PO Box,Categories,"
    "Children,Directory Server,E-mail Address,E-mail Type,E-mail Display Name,"
    "E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,E-mail 3 Type,"
    "E-mail 3 Display Name,Gender,Government ID Number,Hobby,Home Address PO Box,Initials,"
    "Internet Free Busy,Keywords,Language,Location,Manager's Name,Mileage,Notes,"
    "Office Location,Organizational ID Number,Other Address PO Box,Priority,Private,"
    "Profession,Referred By,Sensitivity,Spouse,User 1,User 2,User 3,User 4,Web Page"
)
OUTLOOK_HEADER = OUTLOOK_LINE.split(",")
# Outlook fills these in every row it writes.
_OUTLOOK_DEFAULTS = {
    "Anniversary": "0/0/00",
    "Birthday": "0/0/00",
    "Gender": "Unspecified",
    "Priority": "Normal",
    "Private": "False",
    "Sensitivity": "Normal",
}
OUTLOOK_ROWS: list[dict[str, str]] = [
    # "Primary Phone" with a French mobile, the mobile field free: the mobile field (it
    # went to the note, the business phone being taken).
    {
        "First Name": "Luc",
        "Last Name": "Girard",
        "Business Phone": "04 72 11 22 33",
        "Primary Phone": "06 11 22 33 44",
    },
    # "Other Phone" with a Swiss mobile: the mobile field (it went to the note).
    {
        "First Name": "Anna",
        "Last Name": "Huber",
        "Business Phone": "+41 44 123 45 67",
        "Other Phone": "+41 79 123 45 67",
    },
    # "Company Main Phone" with a UK mobile, "Mobile Phone" taken: the business phone, as
    # before.
    {
        "First Name": "Mary",
        "Last Name": "Jones",
        "Company Main Phone": "+44 7400 123456",
        "Mobile Phone": "+44 7400 654321",
    },
    # "Business Phone 2" with a German mobile: the mobile field (it went to the note).
    {
        "First Name": "Max",
        "Last Name": "Fischer",
        "Business Phone": "+49 30 1234567",
        "Business Phone 2": "+49 151 23456789",
    },
    # "Car Phone" claims the mobile field; "Other Phone" (a mobile) takes the business
    # phone, as before.
    {
        "First Name": "Julie",
        "Last Name": "Lambert",
        "Car Phone": "06 55 44 33 22",
        "Other Phone": "07 66 55 44 33",
    },
    # Two mobiles in unlabelled columns: the first takes the mobile field, the second the
    # business phone left free (it went to the note).
    {
        "First Name": "Hugo",
        "Last Name": "Marchand",
        "Primary Phone": "06 12 34 56 78",
        "Other Phone": "07 98 76 54 32",
    },
    # Labelled columns keep their numbers: a mobile in "Business Phone" and in "Home
    # Phone" stays there; "Primary Phone" (a fixed line) goes to the note, as before.
    {
        "First Name": "Nina",
        "Last Name": "Perrin",
        "Business Phone": "06 20 30 40 50",
        "Home Phone": "07 81 11 11 11",
        "Primary Phone": "04 78 00 00 01",
    },
    # An American number (fixed line or mobile: no telling) stays the business phone.
    {"First Name": "Tom", "Last Name": "Baker", "Primary Phone": "+1 415 555 0199"},
]
OUTLOOK_FR_ROWS: list[dict[str, str]] = [
    {
        "Prénom": "Louise",
        "Nom": "Rousseau",
        "Téléphone (bureau)": "04 72 11 22 33",
        "Téléphone principal": "06 11 22 33 44",
    },
    {"Prénom": "Jonas", "Nom": "Keller", "Téléphone (autre)": "+41 79 123 45 67"},
    {
        "Prénom": "Eva",
        "Nom": "Weber",
        "Téléphone (bureau)": "+49 30 1234567",
        "Téléphone 2 (bureau)": "+49 151 23456789",
        "Tél. mobile": "+49 160 1234567",
    },
    {
        "Prénom": "Marc",
        "Nom": "Dubois",
        "Téléphone (bureau)": "04 78 60 12 12",
        "Téléphone société": "07 81 23 45 67",
    },
]
_OUTLOOK_FR_DEFAULTS = {
    "Anniversaire": "0/0/00",
    "Anniversaire de mariage ou fête": "0/0/00",
    "Priorité": "Normale",
    "Privé": "Faux",
    "Sexe": "Non spécifié",
    "Critère de diffusion": "Normal",
}


def _outlook(header: list[str], rows: list[dict[str, str]], defaults: dict[str, str]) -> bytes:
    text = io.StringIO()
    # Outlook quotes every cell, ends lines with CRLF, writes Windows-1252.
    writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator=CRLF)
    writer.writerow(header)
    for values in rows:
        writer.writerow([values.get(h, defaults.get(h, "")) for h in header])
    return text.getvalue().encode("cp1252")


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator=CRLF).writerows([header, *rows])
    return out.getvalue().encode("utf-8")


def main() -> None:
    def card(lines: list[str]) -> bytes:
        return (CRLF.join(lines) + CRLF).encode("utf-8")

    (HERE / "iphone_address_labels_30.vcf").write_bytes(card(IPHONE))
    (HERE / "android_address_labels.vcf").write_bytes(card(ANDROID))
    (HERE / "google_address_labels.csv").write_bytes(_csv(GOOGLE_HEADER, GOOGLE_ROWS))
    (HERE / "outlook_phone_columns.csv").write_bytes(
        _outlook(OUTLOOK_HEADER, OUTLOOK_ROWS, _OUTLOOK_DEFAULTS)
    )
    (HERE / "outlook_fr_phone_columns.csv").write_bytes(
        _outlook(OUTLOOK_FR_HEADER, OUTLOOK_FR_ROWS, _OUTLOOK_FR_DEFAULTS)
    )


if __name__ == "__main__":
    main()
