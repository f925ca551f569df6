"""Writes the sample files of this folder (run once; the files are committed).

Each file has the exact shape of what the named program writes, reduced to a few cards or
rows: see tests/integration/test_interchange_samples.py for what each one checks.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
CRLF = "\r\n"


def card(*lines: str) -> str:
    return CRLF.join(lines) + CRLF


APPLE = card(
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 17.2//EN",
    "N:Lefèvre;Hélène;;;",
    "FN:Hélène Lefèvre",
    "ORG:Atelier Lefèvre;Création",
    "TITLE:Gérante",
    "EMAIL;type=INTERNET;type=WORK;type=pref:helene@atelier-lefevre.fr",
    "EMAIL;type=INTERNET;type=HOME:helene.lefevre@orange.fr",
    "item1.TEL:06 12 34 56 78",
    "item1.X-ABLabel:_$!<Mobile>!$_",
    "TEL;type=WORK;type=VOICE;type=pref:04 78 12 34 56",
    "item2.TEL:04 78 99 88 77",
    "item2.X-ABLabel:Atelier",
    "item3.ADR;type=WORK;type=pref:BP 123;;12 rue Mercière;Lyon;Auvergne-Rhône-Alpes;69002;France",
    "item3.X-ABADR:fr",
    "ADR;type=HOME:;;8 chemin des Vignes;Tassin-la-Demi-Lune;;69160;France",
    "item4.URL;type=pref:http\\://www.atelier-lefevre.fr",
    "item4.X-ABLabel:_$!<HomePage>!$_",
    "NOTE:Cliente depuis 2019\\nPréfère être appelée le matin\\, avant 10 h.",
    "BDAY;value=date:1975-04-15",
    "END:VCARD",
) + card(
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//Mac OS X 10.15//EN",
    "N:;;;;",
    "FN:Apple Computer",
    "ORG:Apple Computer;",
    "X-ABShowAs:COMPANY",
    "TEL;type=WORK;type=VOICE;type=pref:+1 408 996 1010",
    "item1.ADR;type=WORK;type=pref:;;1 Infinite Loop;Cupertino;CA;95014;United States",
    "item1.X-ABADR:us",
    "item2.URL;type=pref:http\\://www.apple.com",
    "item2.X-ABLabel:_$!<HomePage>!$_",
    "END:VCARD",
)

GMAIL = card(
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Marc Girard",
    "N:Girard;Marc;;;",
    "EMAIL;TYPE=INTERNET;TYPE=HOME:marc.girard@gmail.com",
    "TEL;TYPE=CELL:+33 6 45 67 89 01",
    "ADR;TYPE=HOME:;;3 place du Marché;Annecy;;74000;France",
    "item1.URL:http\\://marcgirard.example.fr/portfolio",
    "item1.X-ABLabel:",
    "NOTE:Rencontré au salon de Lyon\\; rappeler en janvier.\\nChemin C:\\\\Partage\\\\Devis",
    "CATEGORIES:Salon 2026,myContacts",
    "END:VCARD",
)

VCARD_40 = (
    card(
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:individual",
        "FN:John Smith",
        "N:Smith;John;;Mr.;",
        'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-212-736-5000;ext=102',
        "TEL;VALUE=uri;TYPE=cell:tel:+1-415-555-0199",
        "EMAIL;TYPE=work:mailto:john.smith@example.com",
        'ADR;TYPE=work;LABEL="100 Main St\\nSpringfield, IL 62701":'
        ";;100 Main St;Springfield;IL;62701;USA",
        "BDAY:19800415",
        "END:VCARD",
    )
    + card(
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:org",
        "FN:ACME Industries",
        "ORG:ACME Industries",
        "TEL;VALUE=uri;TYPE=work:tel:+33-4-72-00-00-00",
        "EMAIL:contact@acme.example",
        "ADR;TYPE=work:;;5 avenue Foch;Lyon Cedex 06;;69458;France",
        "URL:https://acme.example",
        "NOTE:Fournisseur principal",
        "END:VCARD",
    )
    + card(
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:group",
        "FN:Comité des fêtes",
        "MEMBER:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af",
        "MEMBER:mailto:subscriber1@example.com",
        "END:VCARD",
    )
    + card(
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:location",
        "FN:Salle Rameau",
        "ADR:;;29 rue de la Martinière;Lyon;;69001;France",
        "END:VCARD",
    )
)

OUTLOOK_21 = (
    card(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;LANGUAGE=fr;CHARSET=Windows-1252:Béranger;Élodie",
        "FN;CHARSET=Windows-1252:Élodie Béranger",
        "ORG;CHARSET=Windows-1252:Société Générale d'Études;Comptabilité",
        "TITLE;CHARSET=Windows-1252:Directrice financière",
        "TEL;WORK;VOICE:01 42 14 20 00",
        "TEL;HOME;VOICE:01 45 00 00 01",
        "TEL;CELL;VOICE:06 07 08 09 10",
        "TEL;WORK;FAX:01 42 14 20 01",
        "ADR;WORK;PREF;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:"
        ";;29 boulevard Haussmann=0D=0A=",
        "B=E2timent B;Paris Cedex 09;;75009;France",
        "LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE:29 boulevard Haussmann=0D=0AParis 75009",
        "EMAIL;PREF;INTERNET:elodie.beranger@sge.example.fr",
        "NOTE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:"
        "Rendez-vous pris pour le 12/01.=0D=0A=",
        "Apporter le devis sign=E9.",
        "REV:20260115T093000Z",
        "END:VCARD",
    )
).encode("cp1252")

# 11 phones, 5 e-mails, 5 addresses on one card.
MANY = card(
    "BEGIN:VCARD",
    "VERSION:3.0",
    "N:Moreau;Paul;;;",
    "FN:Paul Moreau",
    "TEL;TYPE=WORK,VOICE:04 72 10 10 01",
    "TEL;TYPE=WORK,VOICE:04 72 10 10 02",
    "TEL;TYPE=CELL:06 10 10 10 03",
    "TEL;TYPE=CELL:07 10 10 10 04",
    "TEL;TYPE=HOME:04 78 10 10 05",
    "TEL;TYPE=HOME:04 78 10 10 06",
    "TEL;TYPE=WORK,FAX:04 72 10 10 07",
    "TEL;TYPE=HOME,FAX:04 78 10 10 08",
    "TEL;TYPE=PAGER:06 10 10 10 09",
    "TEL;TYPE=MAIN:04 72 10 10 10",
    "TEL:04 72 10 10 11",
    "EMAIL;TYPE=INTERNET,WORK:paul@moreau-a.fr",
    "EMAIL;TYPE=INTERNET,HOME:paul.moreau@free.fr",
    "EMAIL;TYPE=INTERNET:p.moreau@laposte.net",
    "EMAIL;TYPE=INTERNET,WORK:contact@moreau-b.fr",
    "EMAIL;TYPE=INTERNET:moreau.paul@gmail.com",
    "ADR;TYPE=WORK:BP 42;;1 rue de la République;Lyon;Rhône;69001;France",
    "ADR;TYPE=HOME:;;2 rue des Lilas;Villeurbanne;;69100;France",
    "ADR;TYPE=WORK:;;3 quai Perrache;Lyon;;69002;France",
    "ADR;TYPE=HOME:;;4 route des Crêtes;Chamonix;;74400;France",
    "ADR;TYPE=POSTAL:Case 5;;;Genève;GE;1211;Suisse",
    "END:VCARD",
)


def folded_mid_character() -> bytes:
    """Three cards, UTF-8, lines folded at 75 octets wherever that falls: the first cut
    splits "é" (C3|A9) and "è" (C3|A8) between two physical lines. The third card was
    pasted from an old Windows program: Windows-1252, not UTF-8."""

    def fold_bytes(line: bytes) -> bytes:
        out = [line[:75]]
        rest = line[75:]
        while rest:
            out.append(b" " + rest[:74])
            rest = rest[74:]
        return b"\r\n".join(out) + b"\r\n"

    first = "NOTE:" + "x" * 69 + "équipe réunie : décision différée, voir Hélène et Mère Noël."
    data = first.encode("utf-8")
    assert data[74:76] == "é".encode(), data[70:80]  # the fold cuts "é" in two
    cards = [
        [
            b"BEGIN:VCARD",
            b"VERSION:3.0",
            "N:Écrivain;Gérard;;;".encode(),
            fold_bytes(data)[:-2],
            b"END:VCARD",
        ],
        [
            b"BEGIN:VCARD",
            b"VERSION:3.0",
            fold_bytes(("ORG:" + "é" * 40 + "è" * 30).encode())[:-2],
            "N:Dupré;Zoé;;;".encode(),
            b"END:VCARD",
        ],
        [
            b"BEGIN:VCARD",
            b"VERSION:3.0",
            "N:Lefèvre;André;;;".encode("cp1252"),
            "ADR;TYPE=WORK:;;12 rue de la Forêt;Sèvres;;92310;France".encode("cp1252"),
            b"END:VCARD",
        ],
    ]
    return b"".join(b"\r\n".join(c) + b"\r\n" for c in cards)


UTF16_NO_BOM = card(
    "BEGIN:VCARD",
    "VERSION:3.0",
    "N:Œuvre;Françoise;;;",
    "FN:Françoise Œuvre",
    "TEL;TYPE=CELL:06 11 22 33 44",
    "END:VCARD",
).encode("utf-16-le")

GOOGLE_CSV_HEADER = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "E-mail 2 - Label",
    "E-mail 2 - Value",
    "E-mail 3 - Label",
    "E-mail 3 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Phone 2 - Label",
    "Phone 2 - Value",
    "Phone 3 - Label",
    "Phone 3 - Value",
    "Phone 4 - Label",
    "Phone 4 - Value",
    "Address 1 - Label",
    "Address 1 - Formatted",
    "Address 1 - Street",
    "Address 1 - City",
    "Address 1 - PO Box",
    "Address 1 - Region",
    "Address 1 - Postal Code",
    "Address 1 - Country",
    "Address 1 - Extended Address",
    "Address 2 - Label",
    "Address 2 - Formatted",
    "Address 2 - Street",
    "Address 2 - City",
    "Address 2 - PO Box",
    "Address 2 - Region",
    "Address 2 - Postal Code",
    "Address 2 - Country",
    "Address 2 - Extended Address",
    "Website 1 - Label",
    "Website 1 - Value",
]
GOOGLE_CSV_ROWS = [
    [
        "Claire",
        "",
        "Fontaine",
        "",
        "",
        "",
        "",
        "Fontaine Conseil",
        "Consultante",
        "",
        "1982-06-30",
        "Vue au salon",
        "* myContacts ::: Clients ::: Salon 2026",
        "* Work",
        "claire@fontaine-conseil.fr",
        "Home",
        "claire.fontaine@gmail.com",
        "Other",
        "c.fontaine@yahoo.fr",
        "Mobile",
        "+33 6 12 12 12 12",
        "Work",
        "+33 4 72 72 72 72",
        "Work Fax",
        "+33 4 72 72 72 73",
        "Pager",
        "+33 6 99 99 99 99",
        "Work",
        "BP 77\n10 rue du Port\n69001 Lyon",
        "10 rue du Port",
        "Lyon",
        "BP 77",
        "Auvergne-Rhône-Alpes",
        "69001",
        "France",
        "",
        "Home",
        "",
        "5 allée des Pins",
        "Écully",
        "",
        "",
        "69130",
        "France",
        "",
        "",
        "https://fontaine-conseil.fr",
    ],
    [
        "Luc",
        "",
        "Bernard",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "* myContacts ::: * starred",
        "",
        "luc.bernard@orange.fr",
        "",
        "",
        "",
        "",
        "Home",
        "04 78 00 00 01 ::: 04 78 00 00 02",
        "Mobile",
        "06 00 00 00 03",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
]

OUTLOOK_CSV_HEADER = [
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
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home City",
    "Home Postal Code",
    "Home Country/Region",
    "Assistant's Phone",
    "Business Fax",
    "Business Phone",
    "Business Phone 2",
    "Callback",
    "Car Phone",
    "Company Main Phone",
    "Home Fax",
    "Home Phone",
    "Home Phone 2",
    "ISDN",
    "Mobile Phone",
    "Other Fax",
    "Other Phone",
    "Pager",
    "Primary Phone",
    "Radio Phone",
    "TTY/TDD Phone",
    "Telex",
    "Categories",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "Notes",
    "Web Page",
]
OUTLOOK_CSV_ROWS = [
    [
        "M.",
        "Henri",
        "",
        "Vidal",
        "",
        "Vidal & Fils",
        "Achats",
        "Acheteur",
        "22 avenue Jean Jaurès",
        "",
        "Lyon",
        "",
        "69007",
        "France",
        "9 rue Sala",
        "Lyon",
        "69002",
        "France",
        "04 72 00 11 22",
        "04 72 00 11 01",
        "04 72 00 11 00",
        "04 72 00 11 02",
        "",
        "",
        "04 72 00 10 00",
        "",
        "04 78 00 11 00",
        "",
        "",
        "06 22 33 44 55",
        "",
        "04 72 00 11 99",
        "06 99 88 77 66",
        "",
        "",
        "",
        "",
        "Clients;Salon 2026",
        "henri.vidal@vidal-fils.fr",
        "SMTP",
        "Henri Vidal",
        "h.vidal@free.fr",
        "henri@vidal.example",
        "Client depuis 2010",
        "www.vidal-fils.fr",
    ],
]


def write_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str) -> None:
    import csv
    import io

    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(text.getvalue().encode(encoding))


def main() -> None:
    (HERE / "apple_iphone_30.vcf").write_bytes(APPLE.encode("utf-8"))
    (HERE / "gmail_30.vcf").write_bytes(GMAIL.encode("utf-8"))
    (HERE / "vcard_40_uri_kinds.vcf").write_bytes(VCARD_40.encode("utf-8"))
    (HERE / "outlook_21_qp_cp1252.vcf").write_bytes(OUTLOOK_21)
    (HERE / "eleven_phones.vcf").write_bytes(MANY.encode("utf-8"))
    (HERE / "folded_mid_character.vcf").write_bytes(folded_mid_character())
    (HERE / "utf16_no_bom.vcf").write_bytes(UTF16_NO_BOM)
    write_csv(HERE / "google_contacts.csv", GOOGLE_CSV_HEADER, GOOGLE_CSV_ROWS, "utf-8")
    write_csv(HERE / "outlook_contacts.csv", OUTLOOK_CSV_HEADER, OUTLOOK_CSV_ROWS, "cp1252")


if __name__ == "__main__":
    main()
