"""Test files written by the tests themselves: the messy files users really import."""

from __future__ import annotations

from pathlib import Path

import openpyxl

FR_HEADER = [
    "Civilité",
    "Nom",
    "Prénom",
    "Société",
    "E-mail",
    "Téléphone",
    "Adresse",
    "Code postal",
    "Ville",
    "Commentaires",
]
FR_ROWS = [
    [
        "Monsieur",
        "Lefèvre",
        "André",
        "SARL Lefèvre & Fils",
        "andre.lefevre@orange.frr",
        "06.32.65.98.45",
        "12, rue de la Paix",
        "75002",
        "Paris",
        "Intéressé par l'offre",
    ],
    [
        "Mme",
        "Dupré",
        "Hélène",
        "Boulangerie Dupré",
        "helene@yahho.fr",
        "0612",
        "3 place Bellecour",
        "69002",
        "Lyon",
        "",
    ],
    [
        "M.",
        "Martin",
        "Luc",
        "ACME",
        "luc.martin@acme.fr",
        "+33 4 78 00 00 01",
        "1 quai; Saône",
        "69001",
        "Lyon",
        "ligne 1\nligne 2",
    ],
]

OUTLOOK_FR_HEADER = [
    "Titre",
    "Prénom",
    "Deuxième prénom",
    "Nom",
    "Suffixe",
    "Société",
    "Service",
    "Fonction",
    "Rue (bureau)",
    "Rue (bureau) 2",
    "Ville (bureau)",
    "Code postal (bureau)",
    "Pays/Région (bureau)",
    "Téléphone professionnel",
    "Tél. mobile",
    "Adresse de messagerie",
    "Remarques",
]
OUTLOOK_EN_HEADER = [
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business Street 2",
    "Business City",
    "Business Postal Code",
    "Business Country/Region",
    "Business Phone",
    "Mobile Phone",
    "E-mail Address",
    "Notes",
]
OUTLOOK_ROW = [
    "M.",
    "Paul",
    "",
    "Girard",
    "",
    "Girard SAS",
    "Achats",
    "Acheteur",
    "5 avenue Foch",
    "Bât. B",
    "Lille",
    "59000",
    "France",
    "03 20 00 00 00",
    "06 11 22 33 44",
    "paul.girard@girard.fr",
    "Vu au salon",
]
GOOGLE_HEADER = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Name Prefix",
    "Organization Name",
    "Organization Title",
    "Notes",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Address 1 - Street",
    "Address 1 - City",
    "Address 1 - Postal Code",
    "Address 1 - Country",
]
GOOGLE_ROW = [
    "Anne",
    "",
    "Roux",
    "",
    "Roux Conseil",
    "Gérante",
    "",
    "* Work",
    "anne@roux-conseil.fr",
    "Mobile",
    "+33 6 98 76 54 32",
    "8 rue Nationale",
    "Tours",
    "37000",
    "France",
]

VCARD_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Lef=E8vre;Andr=E9;;M.;\r\n"
    "FN:Andre Lefevre\r\nORG:SARL Dupont;Ventes\r\nTITLE:Directeur\r\n"
    "TEL;WORK;VOICE:01 23 45 67 89\r\nTEL;CELL:06 12 34 56 78\r\n"
    "EMAIL;PREF;INTERNET:andre@dupont.fr\r\n"
    "ADR;WORK;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:;;12 rue de la Paix=0D=0AB=E2t A;"
    "Paris;;75002;=\r\nFrance\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Client fid=C3=A8le=0D=0Adepuis 2010\r\n"
    "END:VCARD\r\n"
)


def write_text(
    path: Path,
    header: list[str],
    rows: list[list[str]],
    *,
    delimiter: str = ";",
    encoding: str = "cp1252",
) -> Path:
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def trade_show_xlsx(path: Path) -> Path:
    """A title line and a blank line above the headers, numeric phones and postcodes."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Visiteurs"
    sheet.append(["Salon Lyon 2026 - visiteurs du stand"])
    sheet.append([])
    sheet.append(["Nom", "Prénom", "Société", "E-mail", "Tél", "CP", "Ville", "Date visite"])
    sheet.append(
        ["Lefèvre", "André", "Lefèvre SARL", "andre@gmial.com", 632659845, 6000, "Nice", 46349]
    )
    sheet.append(["Petit", "Zoé", "Petit SAS", "zoe.petit@free.fr", 612, 69003.0, "Lyon", 46349])
    sheet.append([None] * 8)
    sheet.append(
        [
            "Bernard",
            "Marc",
            "Bernard et Cie",
            "marc@bernard.fr",
            "04 78 12 34 56",
            "69007",
            "Lyon CEDEX 07",
            46350,
        ]
    )
    workbook.create_sheet("Vide")
    workbook.save(path)
    return path
