"""Write the fourth set of samples: custom e-mail labels and foreign mobiles (session 12).

Run from the repository root: ``python tests/data/interchange/make_label_samples.py``.
Each file is written as its program writes it (CRLF, Apple's item groups, Android's X- and
X-CUSTOM(...) types, Google's " ::: " cells); tests/integration/test_labels_and_mobiles.py
imports them.

- google_email_labels.csv: Google's current export with "E-mail 1 - Label" … "E-mail 3 -
  Value", labels "* Work", "* Home", "Other", "Home" and custom ones ("Comptabilité"), a
  cell holding two addresses joined by " ::: ", and unlabelled / "Other" phones holding
  foreign mobiles (+49 151…, +32 470…, +41 79…, +44 7400…), a labelled "Work" one and an
  American number (fixed line or mobile: no telling).
- iphone_email_labels_30.vcf: iPhone vCard 3.0, "item1.EMAIL;type=INTERNET" with
  "item1.X-ABLabel:Comptabilité" (and _$!<Other>!$_), "EMAIL;type=INTERNET;type=WORK;
  type=pref", a fourth e-mail; an unlabelled "item.TEL" with a Swiss mobile.
- android_outlook_email_labels.vcf: Android vCard 2.1 ("EMAIL;X-Comptabilite",
  "EMAIL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,…)", "TEL;VOICE" with a German
  mobile), Android 3.0 ("EMAIL;TYPE=X-Comptabilite", "TEL:" with a Belgian mobile) and
  Outlook 2.1 (four "EMAIL;INTERNET", "TEL;VOICE" with a Belgian mobile, "TEL;WORK;VOICE"
  with a German mobile).
- phone_column_foreign.csv, phone_column_labelled_foreign.csv: hand-made French tables,
  one with an unlabelled "Téléphone" column, one with a labelled "Téléphone bureau"
  column, holding foreign mobiles.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

HERE = Path(__file__).parent
CRLF = "\r\n"


def _qp(text: str) -> str:
    """Every byte quoted, as Android writes its quoted-printable values."""
    return "".join(f"={b:02X}" for b in text.encode("utf-8"))


IPHONE = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 18.3//EN",
    "N:Garnier;Sophie;;;",
    "FN:Sophie Garnier",
    "ORG:Garnier Conseil;",
    "EMAIL;type=INTERNET;type=WORK;type=pref:sophie@garnier-conseil.fr",
    "item1.EMAIL;type=INTERNET:compta@garnier-conseil.fr",
    "item1.X-ABLabel:Comptabilité",
    "item2.EMAIL;type=INTERNET:sophie.garnier@icloud.com",
    "item2.X-ABLabel:_$!<Other>!$_",
    "item3.EMAIL;type=INTERNET:factures@garnier-conseil.fr",
    "item3.X-ABLabel:Factures fournisseurs",
    "TEL;type=WORK;type=VOICE;type=pref:04 78 20 30 40",
    "item4.TEL:+41 79 123 45 67",
    "item4.X-ABLabel:_$!<Other>!$_",
    "X-ABUID:1A2B3C4D-0000-1111-2222-333344445555:ABPerson",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 18.3//EN",
    "N:Moulin;Paul;;;",
    "FN:Paul Moulin",
    "item1.EMAIL;type=INTERNET;type=pref:compta@moulin-sarl.fr",
    "item1.X-ABLabel:Comptabilité",
    "EMAIL;type=INTERNET;type=HOME:paul.moulin@orange.fr",
    "item2.TEL:+44 7400 123456",
    "item2.X-ABLabel:Portable UK",
    "TEL;type=WORK;type=VOICE:+44 20 7946 0958",
    "END:VCARD",
]

ANDROID_OUTLOOK = [
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N:Morel;Julien;;;",
    "FN:Julien Morel",
    "TEL;VOICE:+49 151 23456789",
    "TEL;WORK:04 72 33 44 55",
    "EMAIL;HOME:julien.morel@gmail.com",
    "EMAIL;X-Comptabilite:compta@morel-sa.fr",
    "EMAIL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE," + _qp("Facturation") + "):"
    "factures@morel-sa.fr",
    "EMAIL;WORK:julien@morel-sa.fr",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "N:Peeters;An;;;",
    "FN:An Peeters",
    "TEL:+32 470 12 34 56",
    "EMAIL;TYPE=X-Comptabilite:boekhouding@peeters.be",
    "EMAIL;TYPE=X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE," + _qp("Réseau") + "):"
    "an@reseau-peeters.be",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N;LANGUAGE=fr-fr:Schmitt;Claire",
    "FN:Claire Schmitt",
    "ORG:Schmitt AG",
    "TEL;WORK;VOICE:+49 151 98765432",
    "TEL;VOICE:+32 470 98 76 54",
    "EMAIL;PREF;INTERNET:claire.schmitt@schmitt-ag.de",
    "EMAIL;INTERNET:c.schmitt@web.de",
    "EMAIL;INTERNET:buchhaltung@schmitt-ag.de",
    "EMAIL;INTERNET:claire@schmitt-familie.de",
    "REV:20260115T101010Z",
    "END:VCARD",
]

GOOGLE_HEADER = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As",
    "Organization Name", "Organization Title", "Organization Department", "Birthday", "Notes",
    "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label",
    "E-mail 2 - Value", "E-mail 3 - Label", "E-mail 3 - Value", "Phone 1 - Label",
    "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value",
]  # fmt: skip
_NAMES = ["", "", "", "", "", "", "", ""]  # middle name .. file as
GOOGLE_ROWS = [
    # The primary e-mail, a custom label on the second, two home addresses in one cell.
    [
        "Pierre", "", "Lacroix", *_NAMES[:7], "Lacroix BTP", "Gérant", "", "", "", "",
        "* myContacts", "* Work", "p.lacroix@lacroix-btp.fr", "Comptabilité",
        "compta@lacroix-btp.fr", "Home", "pierre.lacroix@orange.fr ::: p.lacroix@free.fr",
        "Mobile", "06 12 12 12 12", "", "",
    ],
    # The custom label first (not primary), the primary one second; a Swiss mobile without
    # a label, a Swiss business line labelled Work.
    [
        "Anna", "", "Keller", *_NAMES[:7], "Keller AG", "", "", "", "", "", "* myContacts",
        "Comptabilité", "buchhaltung@keller.ch", "* Home", "anna@keller.ch", "Other",
        "anna.keller@gmail.com", "", "+41 79 123 45 67", "Work", "+41 44 123 45 67",
    ],
    # Phones labelled "Other": a UK mobile, a UK fixed line; one custom label in third place.
    [
        "John", "", "Smith", *_NAMES[:7], "Smith Ltd", "", "", "", "", "", "* myContacts",
        "* Work", "john@smith-ltd.co.uk", "Other", "john.smith@gmail.com", "Accounts",
        "accounts@smith-ltd.co.uk", "Other", "+44 7400 123456", "Other", "+44 20 7946 0958",
    ],
    # A German mobile labelled Work stays the business phone; an unlabelled Belgian mobile
    # takes the free mobile field; an American number (fixed line or mobile) stays put.
    [
        "Lena", "", "Becker", *_NAMES[:7], "", "", "", "", "", "", "* myContacts", "* Work",
        "lena@becker.de", "", "", "", "", "Work", "+49 151 23456789", "",
        "+32 470 12 34 56 ::: +1 415 555 0199",
    ],
]  # fmt: skip
TABLE_HEADER = ["Nom", "Prénom", "Téléphone", "E-mail"]
TABLE_ROWS = [
    ["Huber", "Jonas", "+41 79 123 45 67", "jonas@huber.ch"],
    ["Jones", "Mary", "+44 7400 123456", "mary@jones.co.uk"],
    ["Wagner", "Eva", "+49 30 1234567", "eva@wagner.de"],
]
LABELLED_HEADER = ["Nom", "Prénom", "Téléphone bureau", "E-mail"]
LABELLED_ROWS = [["Fischer", "Max", "+49 151 23456789", "max@fischer.de"]]


def _csv(header: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=CRLF, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def main() -> None:
    def card(lines: list[str]) -> str:
        return CRLF.join(lines) + CRLF

    (HERE / "iphone_email_labels_30.vcf").write_bytes(card(IPHONE).encode("utf-8"))
    (HERE / "android_outlook_email_labels.vcf").write_bytes(card(ANDROID_OUTLOOK).encode("utf-8"))
    (HERE / "google_email_labels.csv").write_bytes(_csv(GOOGLE_HEADER, GOOGLE_ROWS).encode("utf-8"))
    (HERE / "phone_column_foreign.csv").write_bytes(
        _csv(TABLE_HEADER, TABLE_ROWS, ";").encode("utf-8")
    )
    (HERE / "phone_column_labelled_foreign.csv").write_bytes(
        _csv(LABELLED_HEADER, LABELLED_ROWS, ";").encode("utf-8")
    )


if __name__ == "__main__":
    main()
