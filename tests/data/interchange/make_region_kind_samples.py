"""Write the sixth set of samples: regions of labelled addresses, Apple's built-in labels on
values that go to the note, and numbers that cannot exist in Outlook's phone columns that do
not say which phone they hold (session 14).

Run from the repository root: ``python tests/data/interchange/make_region_kind_samples.py``.
Each file is written as its program writes it (CRLF, Apple's item groups, X-ABLabel and
X-ABADR, Google's label and region columns, Outlook's quoted cells in Windows-1252);
tests/integration/test_regions_kinds_invalid_phones.py imports them.

- iphone_regions_kinds_30.vcf: iPhone vCard 3.0, "item2.ADR;type=WORK" with a region
  ("Auvergne-Rhône-Alpes") and "item2.X-ABLabel:Entrepôt", a home address labelled
  "Maison" with its region; a card with five e-mails, the third and later ones labelled
  _$!<School>!$_, _$!<Main>!$_, _$!<Other>!$_ and _$!<Home>!$_ (Apple's built-in
  labels).
- google_region_labels.csv: Google's current export, "Address 2 - Label" "Entrepôt" with
  "Address 2 - Region" beside a "Home" address, in France (Google's formatted address has
  no region there) and in Quebec (it has: "Montréal QC H3A 3G4").
- outlook_invalid_phones.csv: the English Outlook export, "07 00 00 00 00" (a number that
  cannot exist) in "Primary Phone", "Other Phone", "Company Main Phone" and "Business
  Phone 2", alone or beside a business phone or a real mobile.
- outlook_fr_invalid_phones.csv: the French export, the same in "Téléphone principal",
  "Téléphone (autre)", "Téléphone société" and "Téléphone 2 (bureau)".
"""

from __future__ import annotations

from pathlib import Path

# (run as a script: the folder is on the path)
from make_address_outlook_samples import (
    _OUTLOOK_DEFAULTS,
    _OUTLOOK_FR_DEFAULTS,
    GOOGLE_HEADER,
    OUTLOOK_HEADER,
    _csv,
    _outlook,
)
from make_more_samples import OUTLOOK_FR_HEADER

HERE = Path(__file__).parent
CRLF = "\r\n"

IPHONE = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 18.3//EN",
    "N:Roux;Claire;;;",
    "FN:Claire Roux",
    "ORG:Roux Négoce;",
    "TEL;type=WORK;type=VOICE;type=pref:04 78 20 30 40",
    "item1.ADR;type=HOME;type=pref:;;5 avenue Foch;Lyon;;69006;France",
    "item1.X-ABADR:fr",
    "item2.ADR;type=WORK:;;1 rue X;Lyon;Auvergne-Rhône-Alpes;69002;France",
    "item2.X-ABLabel:Entrepôt",
    "item2.X-ABADR:fr",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 18.3//EN",
    "N:Blanc;Louis;;;",
    "FN:Louis Blanc",
    "item1.ADR;type=WORK;type=pref:;;3 quai Eustache Chappuis;Annecy;;74000;France",
    "item1.X-ABADR:fr",
    "item2.ADR;type=HOME:;;8 chemin des Vignes;Sévrier;Haute-Savoie;74320;France",
    "item2.X-ABLabel:Maison",
    "item2.X-ABADR:fr",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 18.3//EN",
    "N:Fontaine;Marc;;;",
    "FN:Marc Fontaine",
    "EMAIL;type=INTERNET;type=WORK;type=pref:marc@fontaine.fr",
    "EMAIL;type=INTERNET;type=WORK:contact@fontaine.fr",
    "item1.EMAIL;type=INTERNET:marc@ecole-lyon.fr",
    "item1.X-ABLabel:_$!<School>!$_",
    "item2.EMAIL;type=INTERNET:accueil@fontaine.fr",
    "item2.X-ABLabel:_$!<Main>!$_",
    "item3.EMAIL;type=INTERNET:marc.f@club.fr",
    "item3.X-ABLabel:_$!<Other>!$_",
    "EMAIL;type=INTERNET;type=HOME:marc.fontaine@free.fr",
    "END:VCARD",
]

_HEAD = ["", "", "", "", "", "", ""]  # phonetic first name .. file as


def _address(label: str, formatted: str, parts: tuple[str, str, str, str, str]) -> list[str]:
    street, city, region, postcode, country = parts
    return [label, formatted, street, city, "", region, postcode, country, ""]


GOOGLE_ROWS = [
    # France: Google's formatted address has no region; the region has a line of its own.
    [
        "Claire", "", "Roux", *_HEAD, "Roux Négoce", "", "", "", "", "", "* myContacts",
        "* Work", "claire@roux-negoce.fr", "", "", "Work", "04 78 20 30 40",
        *_address("Home", "4 rue Juiverie\n69005 Lyon\nFrance",
                  ("4 rue Juiverie", "Lyon", "", "69005", "France")),
        *_address("Entrepôt", "1 rue X\n69002 Lyon\nFrance",
                  ("1 rue X", "Lyon", "Auvergne-Rhône-Alpes", "69002", "France")),
    ],
    # Quebec: the formatted address has the region ("QC"), said once.
    [
        "Julie", "", "Tremblay", *_HEAD, "Tremblay inc.", "", "", "", "", "", "* myContacts",
        "", "", "", "", "", "",
        *_address("Home", "12 rue Saint-Denis\nMontréal QC H2X 3K2\nCanada",
                  ("12 rue Saint-Denis", "Montréal", "QC", "H2X 3K2", "Canada")),
        *_address("Entrepôt", "1000 rue Sherbrooke O\nMontréal QC H3A 3G4\nCanada",
                  ("1000 rue Sherbrooke O", "Montréal", "QC", "H3A 3G4", "Canada")),
    ],
]  # fmt: skip

INVALID = "07 00 00 00 00"
OUTLOOK_ROWS: list[dict[str, str]] = [
    # Alone in "Primary Phone": where a number of no kind goes, the business phone.
    {"First Name": "Luc", "Last Name": "Girard", "Primary Phone": INVALID},
    # "Other Phone" beside a business phone: the note, with its header.
    {
        "First Name": "Anna",
        "Last Name": "Huber",
        "Business Phone": "04 72 11 22 33",
        "Other Phone": INVALID,
    },
    # "Company Main Phone" before a real mobile in "Business Phone 2": the mobile takes the
    # mobile field, the number that cannot exist the business phone.
    {
        "First Name": "Max",
        "Last Name": "Fischer",
        "Company Main Phone": INVALID,
        "Business Phone 2": "06 12 34 56 78",
    },
    # "Business Phone 2" beside a business phone: the note.
    {
        "First Name": "Nina",
        "Last Name": "Perrin",
        "Business Phone": "04 78 00 00 01",
        "Business Phone 2": INVALID,
    },
]
OUTLOOK_FR_ROWS: list[dict[str, str]] = [
    {"Prénom": "Louise", "Nom": "Rousseau", "Téléphone principal": INVALID},
    {
        "Prénom": "Jonas",
        "Nom": "Keller",
        "Téléphone (bureau)": "04 72 11 22 33",
        "Téléphone (autre)": INVALID,
    },
    {
        "Prénom": "Eva",
        "Nom": "Weber",
        "Téléphone société": INVALID,
        "Téléphone 2 (bureau)": "07 81 23 45 67",
    },
    {
        "Prénom": "Marc",
        "Nom": "Dubois",
        "Téléphone (bureau)": "04 78 60 12 12",
        "Téléphone 2 (bureau)": INVALID,
    },
]


def main() -> None:
    (HERE / "iphone_regions_kinds_30.vcf").write_bytes((CRLF.join(IPHONE) + CRLF).encode())
    (HERE / "google_region_labels.csv").write_bytes(_csv(GOOGLE_HEADER, GOOGLE_ROWS))
    (HERE / "outlook_invalid_phones.csv").write_bytes(
        _outlook(OUTLOOK_HEADER, OUTLOOK_ROWS, _OUTLOOK_DEFAULTS)
    )
    (HERE / "outlook_fr_invalid_phones.csv").write_bytes(
        _outlook(OUTLOOK_FR_HEADER, OUTLOOK_FR_ROWS, _OUTLOOK_FR_DEFAULTS)
    )


if __name__ == "__main__":
    main()
