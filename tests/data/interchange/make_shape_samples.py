"""Write the third set of samples: the exact shapes of the brief's programs (session 10).

Run from the repository root: ``python tests/data/interchange/make_shape_samples.py``.
Each file is written byte for byte as its program writes it (CRLF, folding, quoted-printable
soft breaks, Windows-1252 for Outlook); tests/integration/test_real_shapes.py imports them.

- iphone_icloud_30.vcf: iPhone/iCloud vCard 3.0, "item1.TEL;type=pref" with Apple labels
  (_$!<Mobile>!$_, _$!<Main>!$_) and a custom label, a two-line street, X-ABShowAs:COMPANY,
  a folded base64 photo, "BDAY;value=date:", escaped \\n \\, \\; in the note; a company
  card that also names its contact person.
- android_21_custom_labels.vcf: Android vCard 2.1, quoted-printable UTF-8 name with soft
  line breaks, "TEL;CELL;PREF", "TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,…)".
- outlook_fr_21.vcf: French Outlook vCard 2.1 in Windows-1252 (N;LANGUAGE=fr-fr, ORG with a
  department, quoted-printable work address, EMAIL;PREF;INTERNET, REV).
- vcard_40_odd_birthdays.vcf: vCard 4.0 birthdays without a year, a year alone, a text.
- google_contacts_2026.csv: Google's current export with " ::: " values and labels.
- google_contacts_old.csv: Google's older export (Given Name, Group Membership).
- outlook_fr_short.csv: a short French Outlook export ("Titre" after "Société").
"""

from __future__ import annotations

import base64
import csv
import io
import re
from pathlib import Path

HERE = Path(__file__).parent
CRLF = "\r\n"


def _qp(text: str, codec: str = "utf-8") -> str:
    """Every byte quoted, as Android writes its quoted-printable values."""
    return "".join(f"={b:02X}" for b in text.encode(codec))


def _qp_latin(text: str) -> str:
    """Outlook's quoted-printable: only the non-ASCII bytes (and '=') quoted, Windows-1252."""
    return "".join(f"={b:02X}" if b > 127 or b == 61 else chr(b) for b in text.encode("cp1252"))


def _soft(text: str, width: int = 76) -> str:
    """Soft line breaks ('=' at the end of the line), never inside an =XX escape."""
    lines, line = [], ""
    for token in re.findall(r"=[0-9A-F]{2}|.", text):
        if len(line) + len(token) > width - 1:
            lines.append(line + "=")
            line = ""
        line += token
    lines.append(line)
    return CRLF.join(lines)


def _photo() -> str:
    data = base64.b64encode(bytes(range(256)) * 2).decode()
    head = "PHOTO;ENCODING=b;TYPE=JPEG:" + data[:48]
    return CRLF.join([head, *(" " + data[i : i + 74] for i in range(48, len(data), 74))])


IPHONE = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 18.1//EN",
    "N:Garnier;Sébastien;;;",
    "FN:Sébastien Garnier",
    "ORG:Garnier Menuiserie;Atelier;",
    "TITLE:Artisan menuisier",
    "item1.TEL;type=pref:06 11 22 33 44",
    "item1.X-ABLabel:_$!<Mobile>!$_",
    "item2.TEL:04 78 55 66 77",
    "item2.X-ABLabel:Standard atelier",
    "item3.TEL:04 78 55 66 78",
    "item3.X-ABLabel:_$!<Main>!$_",
    "TEL;type=HOME;type=VOICE:04 78 00 11 22",
    "item4.EMAIL;type=INTERNET;type=pref:sebastien@garnier-menuiserie.fr",
    "item4.X-ABLabel:_$!<Work>!$_",
    "item5.EMAIL;type=INTERNET:compta@garnier-menuiserie.fr",
    "item5.X-ABLabel:Compta",
    "ADR;type=WORK;type=pref:;;12 rue X\\nBâtiment B;Lyon;;69002;France",
    "item6.ADR;type=HOME:;;3 impasse des Lilas;Caluire-et-Cuire;;69300;France",
    "item6.X-ABADR:fr",
    "item7.URL;type=pref:https\\://garnier-menuiserie.fr",
    "item7.X-ABLabel:_$!<HomePage>!$_",
    "BDAY;value=date:1980-05-17",
    "NOTE:Devis n°12\\, relancer en juin.\\nPréfère les SMS\\; pas d'appel le mercredi.",
    _photo(),
    "item8.X-ABDATE;type=pref:2010-09-04",
    "item8.X-ABLabel:_$!<Anniversary>!$_",
    "item9.X-ABRELATEDNAMES:Julie Garnier",
    "item9.X-ABLabel:Associée",
    "X-ABUID:8A0F1C2D-AAAA-BBBB-CCCC-1234567890AB:ABPerson",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 18.1//EN",
    "N:;;;;",
    "FN:Boulangerie du Parc",
    "ORG:Boulangerie du Parc;",
    "X-ABShowAs:COMPANY",
    "item1.TEL;type=pref:04 72 00 00 10",
    "item1.X-ABLabel:_$!<Main>!$_",
    "item2.EMAIL;type=INTERNET;type=pref:contact@boulangerie-parc.fr",
    "item2.X-ABLabel:_$!<Work>!$_",
    "item3.ADR;type=WORK;type=pref:;;1 place du Parc;Villeurbanne;;69100;France",
    "item3.X-ABADR:fr",
    "NOTE:Livraison le mardi\\, 7h.",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 18.1//EN",
    "N:Dupont;Jean;;;",
    "FN:ACME Plomberie",
    "ORG:ACME Plomberie;",
    "TITLE:Gérant",
    "X-ABShowAs:COMPANY",
    "item1.TEL;type=pref:04 72 00 00 20",
    "item1.X-ABLabel:_$!<Main>!$_",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "N:Lacroix;Inès;;;",
    "FN:Inès Lacroix",
    "TEL:06 55 44 33 22",
    "END:VCARD",
]

ANDROID = [
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
    + _soft(_qp("Fréchette-Bérénice") + ";" + _qp("Amélie") + ";;;"),
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + _soft(_qp("Amélie Fréchette-Bérénice")),
    "TEL;CELL;PREF:+33 6 12 34 56 78",
    "TEL;WORK:04 72 11 22 33",
    "TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,"
    + _qp("Ligne directe")
    + "):04 72 11 22 34",
    "TEL;X-Ligne perso:06 99 88 77 66",
    "EMAIL;HOME:amelie.frechette@gmail.com",
    "EMAIL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,"
    + _qp("Trésorerie")
    + "):tresor@club-bouliste.fr",
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + _qp("Café des Arts"),
    "ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;"
    + _soft(_qp("5 rue de l'Église") + ";" + _qp("Mâcon") + ";;71000;France"),
    "ADR;WORK:;;10 avenue Foch;Mâcon;;71000;France",
    "ADR;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,"
    + _qp("Dépôt")
    + "):;;ZI Sud;Charnay-lès-Mâcon;;71850;France",
    "NOTE;ENCODING=QUOTED-PRINTABLE:" + _soft(_qp("Rencontrée au salon, intéressée par l'offre.")),
    "END:VCARD",
]

OUTLOOK = [
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N;LANGUAGE=fr-fr:Lemaître;Gérard",
    "FN:Gérard Lemaître",
    "ORG:Société Lemaître & Fils;Service achats",
    "TITLE:Responsable achats",
    "TEL;WORK;VOICE:04 76 12 34 56",
    "TEL;CELL;VOICE:06 12 00 00 01",
    "TEL;WORK;FAX:04 76 12 34 57",
    "ADR;WORK;PREF;ENCODING=QUOTED-PRINTABLE:;;"
    + _qp_latin("Zone artisanale des Prés")
    + "=0D=0A"
    + _qp_latin("Bâtiment C")
    + ";Grenoble;Isère;38000;France",
    "LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE:"
    + _qp_latin("Zone artisanale des Prés")
    + "=0D=0A38000 Grenoble",
    "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2",
    "EMAIL;PREF;INTERNET:g.lemaitre@lemaitre-fils.fr",
    "EMAIL;INTERNET:gerard.lemaitre@orange.fr",
    "NOTE;ENCODING=QUOTED-PRINTABLE:"
    + _qp_latin("Client fidèle depuis 2012.")
    + "=0D=0A"
    + _qp_latin("Remise 5 % accordée."),
    "REV:20260302T101500Z",
    "END:VCARD",
]

VCARD_40 = [
    "BEGIN:VCARD",
    "VERSION:4.0",
    "N:Perrin;Alice;;;",
    "FN:Alice Perrin",
    "BDAY:--0517",
    "ANNIVERSARY:20150620",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:4.0",
    "N:Colin;Yves;;;",
    "FN:Yves Colin",
    "BDAY:1975",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:4.0",
    "N:Masson;Léa;;;",
    "FN:Léa Masson",
    "BDAY;VALUE=text:vers 1960",
    "END:VCARD",
]

GOOGLE_HEADER = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As",
    "Organization Name", "Organization Title", "Organization Department", "Birthday", "Notes",
    "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label",
    "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label",
    "Phone 2 - Value", "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street",
    "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
    "Address 1 - Country", "Address 1 - Extended Address", "Event 1 - Label",
    "Event 1 - Value", "Website 1 - Label", "Website 1 - Value",
]  # fmt: skip
GOOGLE_ROWS = [
    [
        "Marion", "Claire", "Vidal", "", "", "", "", "", "", "", "Vidal Traiteur", "Gérante",
        "", "1984-03-09", "Vue au salon.\nRappeler en mars.", "",
        "* myContacts ::: Salon 2026 ::: Traiteurs", "* Work",
        "marion@vidal-traiteur.fr ::: contact@vidal-traiteur.fr", "Home",
        "marion.vidal@gmail.com", "Mobile", "+33 6 45 45 45 45 ::: +33 7 45 45 45 46", "Work",
        "04 72 45 45 45", "Work", "12 rue X\nBâtiment B\n69002 Lyon\nFrance",
        "12 rue X\nBâtiment B", "Lyon", "", "", "69002", "France", "", "Anniversary",
        "2011-06-25", "Work", "https://vidal-traiteur.fr",
    ],
    [
        "Hugo", "", "Brun", "", "", "", "", "", "", "", "", "", "", "--05-17", "", "",
        "* myContacts", "", "hugo.brun@free.fr", "", "", "", "06 10 20 30 40", "", "", "",
        "", "", "", "", "", "", "", "", "", "", "", "",
    ],
]  # fmt: skip
OLD_HEADER = [
    "Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
    "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials",
    "Nickname", "Short Name", "Maiden Name", "Birthday", "Gender", "Location",
    "Billing Information", "Directory Server", "Mileage", "Occupation", "Hobby", "Sensitivity",
    "Priority", "Subject", "Notes", "Language", "Photo", "Group Membership", "E-mail 1 - Type",
    "E-mail 1 - Value", "E-mail 2 - Type", "E-mail 2 - Value", "Phone 1 - Type",
    "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value", "Address 1 - Type",
    "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box",
    "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
    "Address 1 - Extended Address", "Organization 1 - Type", "Organization 1 - Name",
    "Organization 1 - Yomi Name", "Organization 1 - Title", "Organization 1 - Department",
    "Organization 1 - Symbol", "Organization 1 - Location", "Organization 1 - Job Description",
    "Website 1 - Type", "Website 1 - Value",
]  # fmt: skip
OLD_ROWS = [
    [
        "Nadia Roche", "Nadia", "", "Roche", "", "", "", "", "", "", "", "", "", "",
        "1979-11-02", "", "", "", "", "", "", "", "", "", "", "Cliente fidèle", "", "",
        "* My Contacts ::: Clients ::: Salon 2026", "* Work", "n.roche@roche-immo.fr", "Home",
        "nadia.roche@orange.fr", "Work", "04 78 90 90 90", "Mobile",
        "06 31 90 90 90 ::: 07 81 90 90 91", "Work", "8 cours Vitton\n69006 Lyon",
        "8 cours Vitton", "Lyon", "", "", "69006", "France", "", "", "Roche Immobilier", "",
        "Directrice", "Gestion", "", "", "", "Profile", "https://roche-immo.fr",
    ]
]  # fmt: skip
OUTLOOK_FR_HEADER = [
    "Prénom", "Nom", "Société", "Titre", "Téléphone (bureau)", "Tél. mobile",
    "Adresse de messagerie",
]  # fmt: skip
OUTLOOK_FR_ROWS = [
    ["Benoît", "Lefèvre", "Établissements Lefèvre", "Directeur général", "04 72 10 20 30",
     "06 10 20 30 40", "b.lefevre@ets-lefevre.fr"],
    ["Zoé", "Dupré", "Crèmerie Dupré", "Gérante", "", "0612345678", "zoe@cremerie-dupre.fr"],
]  # fmt: skip


def _csv(header: list[str], rows: list[list[str]], *, quote_all: bool = False) -> str:
    out = io.StringIO()
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    writer = csv.writer(out, lineterminator=CRLF, quoting=quoting)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def main() -> None:
    def card(lines: list[str]) -> str:
        return CRLF.join(lines) + CRLF

    (HERE / "iphone_icloud_30.vcf").write_bytes(card(IPHONE).encode("utf-8"))
    (HERE / "android_21_custom_labels.vcf").write_bytes(card(ANDROID).encode("utf-8"))
    (HERE / "outlook_fr_21.vcf").write_bytes(card(OUTLOOK).encode("cp1252"))
    (HERE / "vcard_40_odd_birthdays.vcf").write_bytes(card(VCARD_40).encode("utf-8"))
    (HERE / "google_contacts_2026.csv").write_bytes(
        _csv(GOOGLE_HEADER, GOOGLE_ROWS).encode("utf-8")
    )
    (HERE / "google_contacts_old.csv").write_bytes(_csv(OLD_HEADER, OLD_ROWS).encode("utf-8"))
    (HERE / "outlook_fr_short.csv").write_bytes(
        _csv(OUTLOOK_FR_HEADER, OUTLOOK_FR_ROWS, quote_all=True).encode("cp1252")
    )


if __name__ == "__main__":
    main()
