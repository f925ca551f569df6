"""Writes the second set of sample files of this folder (run once; the files are committed).

Shapes not covered by make_samples.py: an Android/Samsung vCard 2.1 (every byte of a UTF-8
value quoted-printable, soft line breaks, X-ANDROID-CUSTOM lines, a base64 PHOTO block), an
iPhone vCard 3.0 (item labels on e-mails, dates and related names, a year-less birthday,
folded NOTE with escaped commas and semicolons, name suffix, photo), a French Outlook CSV
(Windows-1252, a quoted multi-line address, the columns of the French export), a Google
Contacts CSV of 2024 (nickname, relations, events, IM, custom fields) and a LinkedIn
Connections.csv with its "Notes:" preamble. See tests/integration/test_foreign_samples.py.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

HERE = Path(__file__).parent
CRLF = "\r\n"
PHOTO = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsO"
    "CwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k="
)


def android_qp(text: str) -> str:
    """Android's quoted-printable: every UTF-8 byte as =XX."""
    return "".join(f"={b:02X}" for b in text.encode("utf-8"))


def android_line(head: str, value: str) -> str:
    """A QP property as Android writes it: soft line breaks ("=" CRLF) every 76 characters
    of the value, the next line starting right away (no blank)."""
    lines, current = [], ""
    for piece in [value[i : i + 3] if value[i] == "=" else value[i] for i in _qp_units(value)]:
        if len(current) + len(piece) > 75:
            lines.append(current + "=")
            current = ""
        current += piece
    lines.append(current)
    return head + ":" + CRLF.join(lines)


def _qp_units(value: str) -> list[int]:
    starts, i = [], 0
    while i < len(value):
        starts.append(i)
        i += 3 if value[i] == "=" else 1
    return starts


QP = ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE"


def android() -> bytes:
    name = ";".join(android_qp(p) for p in ("Lévêque", "Élodie", "", "", ""))
    address = ";".join(
        android_qp(p) for p in ("", "", "14 rue de l'Église", "Villeurbanne", "", "69100", "France")
    )
    note = android_qp(
        "Commande de 40 bûches pour Noël ; livraison avant le 20/12.\r\n"
        "Payée par chèque, reçu envoyé."
    )
    lines = [
        "BEGIN:VCARD",
        "VERSION:2.1",
        android_line("N" + QP, name),
        android_line("FN" + QP, android_qp("Élodie Lévêque")),
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Lolo;1;;;;;;;;;;;;;",
        "TEL;CELL:06 12 34 56 78",
        "TEL;WORK:+33 4 72 11 22 33",
        "TEL;X-Standard:04 72 11 22 00",
        "TEL;HOME:04 78 11 22 33",
        "EMAIL;WORK:e.leveque@boulangerie-leveque.fr",
        "EMAIL;HOME:elodie.leveque@gmail.com",
        "EMAIL;X-Association:tresorerie@amicale-bouliste.fr",
        android_line("ORG" + QP, android_qp("Boulangerie Lévêque")),
        android_line("TITLE" + QP, android_qp("Gérante")),
        android_line("ADR;WORK" + QP, address),
        android_line("NOTE" + QP, note),
        "URL:http://www.boulangerie-leveque.fr",
        "BDAY:1980-04-15",
        android_line(
            "X-ANDROID-CUSTOM" + QP,
            "vnd.android.cursor.item/relation;" + android_qp("Marc Lévêque") + ";14;;;;;;;;;;;;;",
        ),
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;2008-06-21;1;;;;;;;;;;;;;",
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;2019-09-02;0;Ouverture;;;;;;;;;;;;",
        "X-PHONETIC-LAST-NAME:Leveque",
        "X-SKYPE-USERNAME:elodie.leveque",
        "PHOTO;ENCODING=BASE64;JPEG:" + PHOTO[:76],
        " " + PHOTO[76:],
        "",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Roux;Bernard;;;",
        "FN:Bernard Roux",
        "TEL;CELL;PREF:+33 6 77 88 99 00",
        "BDAY:--04-15",
        "END:VCARD",
    ]
    return (CRLF.join(lines) + CRLF).encode("ascii")


def fold(line: str) -> list[str]:
    """Apple's folding: 75 octets, then a line starting with one blank."""
    data = line.encode("utf-8")
    out, start, width = [], 0, 75
    while start < len(data):
        end = min(start + width, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1  # Apple never cuts a character
        out.append(data[start:end].decode("utf-8"))
        start, width = end, 74
    return [out[0], *(" " + part for part in out[1:])]


def iphone() -> bytes:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN",
        "N:Martin-Dubois;Jean-Baptiste;Marie;Dr;Jr.",
        "FN:Dr Jean-Baptiste Marie Martin-Dubois Jr.",
        "NICKNAME:JB",
        "ORG:Cabinet Martin\\, Dubois & Associés;Expertise comptable;",
        "TITLE:Associé",
        "item1.EMAIL;type=INTERNET;type=pref:jb@cabinet-md.fr",
        "item1.X-ABLabel:_$!<Other>!$_",
        "item2.EMAIL;type=INTERNET:jbmd@icloud.com",
        "item2.X-ABLabel:Club de voile",
        "item3.EMAIL;type=INTERNET:jean-baptiste.martin@laposte.net",
        "item3.X-ABLabel:_$!<Other>!$_",
        "TEL;type=CELL;type=VOICE;type=pref:06 98 76 54 32",
        "TEL;type=IPHONE;type=CELL;type=VOICE:07 11 22 33 44",
        "item4.TEL:04 72 40 50 60",
        "item4.X-ABLabel:_$!<Other>!$_",
        "TEL;type=HOME;type=FAX:04 78 40 50 61",
        "item5.ADR;type=HOME;type=pref:;;18 quai Saint-Vincent\\nAppartement 4;Lyon;;69001;France",
        "item5.X-ABADR:fr",
        "item6.X-ABDATE;type=pref:2005-06-18",
        "item6.X-ABLabel:_$!<Anniversary>!$_",
        "item7.X-ABRELATEDNAMES;type=pref:Sophie Martin-Dubois",
        "item7.X-ABLabel:_$!<Spouse>!$_",
        "X-SOCIALPROFILE;type=linkedin;x-user=jbmartindubois:http://www.linkedin.com/in/jbmartindubois",
        "IMPP;X-SERVICE-TYPE=Skype;type=HOME;type=pref:skype:jb.martin.dubois",
        "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15",
        *fold(
            "NOTE:Rencontré au congrès de l'Ordre\\, Lyon 2025. Préfère le courriel\\; ne "
            "pas appeler le lundi.\\nDossier : C:\\\\Clients\\\\MD\\, classeur bleu."
        ),
        "CATEGORIES:Clients,VIP",
        "PHOTO;ENCODING=b;TYPE=JPEG:" + PHOTO[:48],
        " " + PHOTO[48:122],
        " " + PHOTO[122:],
        "X-ABUID:5D1C1F6A-2B7E-4C4B-9A3E-1F2E3D4C5B6A:ABPerson",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//Mac OS X 14.4//EN",
        "N:Roussel;Agnès;;;",
        "FN:Agnès Roussel",
        "BDAY:--0415",
        "END:VCARD",
    ]
    return (CRLF.join(lines) + CRLF).encode("utf-8")


# The header line of the French Outlook export, as it writes it.
OUTLOOK_FR_LINE = (
    "Titre,Prénom,Deuxième prénom,Nom,Suffixe,Société,Service,Titre,"
    "Rue (bureau),Rue (bureau) 2,Rue (bureau) 3,Ville (bureau),Dép/Région (bureau),"
    "Code postal (bureau),Pays/Région (bureau),Rue (domicile),Rue (domicile) 2,"
    "Rue (domicile) 3,Ville (domicile),Dép/Région (domicile),Code postal (domicile),"
    "Pays/Région (domicile),Rue (autre),Rue (autre) 2,Rue (autre) 3,Ville (autre),"
    "Dép/Région (autre),Code postal (autre),Pays/Région (autre),"
    "Téléphone de l'assistant(e),Télécopie (bureau),Téléphone (bureau),"
    "Téléphone 2 (bureau),Rappel,Téléphone (voiture),Téléphone société,"
    "Télécopie (domicile),Téléphone (domicile),Téléphone 2 (domicile),RNIS,Tél. mobile,"
    "Télécopie (autre),Téléphone (autre),Récepteur de radiomessagerie,Téléphone principal,"
    "Radio téléphone,Téléphone TDD/TTY,Télex,Adresse de messagerie,Type de messagerie,"
    "Nom complet de l'adresse de messagerie,Adresse de messagerie 2,Type de messagerie 2,"
    "Nom complet de l'adresse de messagerie 2,Adresse de messagerie 3,Type de messagerie 3,"
    "Nom complet de l'adresse de messagerie 3,Anniversaire,Anniversaire de mariage ou fête,"
    "Autre boîte postale,B.P. professionnelle,Boîte postale du domicile,Bureau,Catégories,"
    "Code gouvernement,Compte,Conjoint(e),Critère de diffusion,Disponibilité Internet,"
    "Emplacement,Enfants,Informations facturation,Initiales,Kilométrage,Langue,Mots clés,"
    "Nom de l'assistant(e),Notes,Numéro d'identification de l'organisation,Page Web,"
    "Passe-temps,Priorité,Privé,Profession,Recommandé par,Responsable,Serveur d'annuaire,"
    "Sexe,Utilisateur 1,Utilisateur 2,Utilisateur 3,Utilisateur 4"
)
OUTLOOK_FR_HEADER = OUTLOOK_FR_LINE.split(",")

OUTLOOK_FR_VALUES = {
    "Titre": "Mme",
    "Prénom": "Anne-Sophie",
    "Deuxième prénom": "Marie",
    "Nom": "Châtelain",
    "Société": "Fromagerie Châtelain SARL",
    "Service": "Direction",
    "Rue (bureau)": "Zone artisanale des Écharmeaux\r\nBâtiment C",
    "Ville (bureau)": "Poule-les-Écharmeaux",
    "Dép/Région (bureau)": "Rhône",
    "Code postal (bureau)": "69870",
    "Pays/Région (bureau)": "France",
    "Rue (domicile)": "3 impasse des Noisetiers",
    "Ville (domicile)": "Chénelette",
    "Code postal (domicile)": "69430",
    "Pays/Région (domicile)": "France",
    "Rue (autre)": "Marché couvert, stand 12",
    "Ville (autre)": "Lyon",
    "Code postal (autre)": "69003",
    "Télécopie (bureau)": "04 74 03 00 01",
    "Téléphone (bureau)": "04 74 03 00 00",
    "Téléphone (domicile)": "04 74 03 99 99",
    "Tél. mobile": "06 45 45 45 45",
    "Téléphone (autre)": "04 78 60 12 12",
    "Adresse de messagerie": "as.chatelain@fromagerie-chatelain.fr",
    "Type de messagerie": "SMTP",
    "Nom complet de l'adresse de messagerie": (
        "Anne-Sophie Châtelain (as.chatelain@fromagerie-chatelain.fr)"
    ),
    "Adresse de messagerie 2": "annesophie.chatelain@orange.fr",
    "Type de messagerie 2": "SMTP",
    "Nom complet de l'adresse de messagerie 2": "Anne-Sophie (perso)",
    "Anniversaire": "23/11/1974",
    "Anniversaire de mariage ou fête": "0/0/00",
    "Catégories": "Fournisseurs;Salon 2026",
    "Conjoint(e)": "Philippe Châtelain",
    "Disponibilité Internet": "",
    "Enfants": "Lucas, Emma",
    "Initiales": "A.S.C.",
    "Nom de l'assistant(e)": "Julie Perrin",
    "Notes": "Livre le mardi.\r\nDemander le tarif « grossiste » en janvier.",
    "Page Web": "www.fromagerie-chatelain.fr",
    "Priorité": "Normale",
    "Privé": "Faux",
    "Recommandé par": "Chambre des métiers",
    "Sexe": "Féminin",
    "Kilométrage": "",
    "Informations facturation": "Compte client 411CHA",
}
OUTLOOK_FR_TITLE_2 = "Gérante"  # the second "Titre" column: the job title


def outlook_fr() -> bytes:
    row = []
    seen_title = False
    for header in OUTLOOK_FR_HEADER:
        if header == "Titre":
            row.append(OUTLOOK_FR_VALUES["Titre"] if not seen_title else OUTLOOK_FR_TITLE_2)
            seen_title = True
        else:
            row.append(OUTLOOK_FR_VALUES.get(header, ""))
    text = io.StringIO()
    # Outlook quotes every cell, ends lines with CRLF.
    writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(OUTLOOK_FR_HEADER)
    writer.writerow(row)
    return text.getvalue().encode("cp1252")


GOOGLE_2024_HEADER = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As",
    "Organization Name", "Organization Title", "Organization Department", "Birthday",
    "Notes", "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label",
    "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value", "Address 1 - Label",
    "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box",
    "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
    "Address 1 - Extended Address", "Relation 1 - Label", "Relation 1 - Value",
    "Event 1 - Label", "Event 1 - Value", "IM 1 - Label", "IM 1 - Service", "IM 1 - Value",
    "Website 1 - Label", "Website 1 - Value", "Custom Field 1 - Label",
    "Custom Field 1 - Value",
]  # fmt: skip
GOOGLE_2024_ROW = [
    "Thomas", "Pierre", "Girardin", "", "", "", "Dr", "PhD", "Tom", "",
    "Laboratoire Girardin", "Directeur scientifique", "R&D", "--07-14",
    "Connu via l'incubateur", "https://lh3.googleusercontent.com/contacts/AGhxyz=s100",
    "* myContacts ::: * starred ::: Partenaires", "* Work", "t.girardin@labo-girardin.fr",
    "Mobile", "+33 6 31 31 31 31", "Work", "+33 4 37 00 00 00", "Work",
    "Bioparc\n850 boulevard Sébastopol\n69003 Lyon\nFrance", "850 boulevard Sébastopol",
    "Lyon", "", "", "69003", "France", "Bioparc", "Spouse", "Camille Girardin",
    "Anniversary", "2012-09-08", "", "Skype", "thomas.girardin.lab", "Profile",
    "https://www.linkedin.com/in/tgirardin", "Numéro client", "C-2291",
]  # fmt: skip


def google_2024() -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(GOOGLE_2024_HEADER)
    writer.writerow(GOOGLE_2024_ROW)
    return text.getvalue().encode("utf-8")


def linkedin() -> bytes:
    preamble = (
        "Notes:\r\n"
        '"When exporting your connection data, you may notice that some of the email '
        "addresses are missing. You will only see email addresses for connections who have "
        "allowed their connections to see or download their email address using this "
        "setting https://www.linkedin.com/psettings/privacy/email. You can learn more here "
        'https://www.linkedin.com/help/linkedin/answer/261"\r\n'
        "\r\n"
    )
    body = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
        "Nadia,Benali,https://www.linkedin.com/in/nadia-benali-7a1b2c,,"
        "Groupe SEB,Responsable achats,12 Mar 2024\r\n"
        "Jérôme,Faure,https://www.linkedin.com/in/jeromefaure,jerome.faure@example.fr,"
        '"Faure, Fils & Cie",Gérant,03 Jan 2019\r\n'
    )
    return (preamble + body).encode("utf-8")


def outlook_vcf() -> bytes:
    """Outlook 2016 "Save as vCard": 2.1, Windows-1252, LABEL after each ADR, its business
    card design (X-MS-OL-DESIGN, one long folded line), a photo, Outlook's own X-MS lines."""
    design = (
        'X-MS-OL-DESIGN;CHARSET=utf-8:<card xmlns="http://schemas.microsoft.com/office/'
        'outlook/12/electronicbusinesscards" ver="1.0" layout="left" bgcolor="ffffff">'
        '<img xmlns="" align="tleft" area="32" use="photo"/><fld xmlns="" prop="name" '
        'align="left" dir="ltr" style="b" color="000000" size="10"/><fld xmlns="" '
        'prop="org" align="left" dir="ltr" color="000000" size="8"/></card>'
    )
    folded = [design[:75], *(" " + design[i : i + 74] for i in range(75, len(design), 74))]
    lines = [
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;LANGUAGE=fr;CHARSET=Windows-1252:Ménard;François",
        "FN;CHARSET=Windows-1252:François Ménard",
        "ORG;CHARSET=Windows-1252:Ménard Frères;Négoce",
        "TITLE:Directeur commercial",
        "TEL;WORK;VOICE:04 72 33 44 55",
        "TEL;CELL;VOICE:06 33 44 55 66",
        "ADR;WORK;PREF;CHARSET=Windows-1252:;;8 place Bellecour;Lyon;;69002;France",
        "LABEL;WORK;PREF;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:"
        "8 place Bellecour=0D=0A69002 Lyon=0D=0AFrance",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2",
        "URL;WORK:http://www.menard-freres.fr",
        "BDAY:19700312",
        "X-MS-ANNIVERSARY:20000610",
        "X-MS-SPOUSE;N;CHARSET=Windows-1252:Hélène",
        "X-MS-IMADDRESS:francois.menard@outlook.fr",
        "EMAIL;PREF;INTERNET:f.menard@menard-freres.fr",
        "X-MS-CARDPICTURE;TYPE=JPEG;ENCODING=BASE64:",
        " " + PHOTO[:72],
        " " + PHOTO[72:],
        "",
        "PHOTO;TYPE=JPEG;ENCODING=BASE64:",
        " " + PHOTO[:72],
        " " + PHOTO[72:],
        "",
        *folded,
        "REV:20260115T093000Z",
        "END:VCARD",
    ]
    return (CRLF.join(lines) + CRLF).encode("cp1252")


def gmail_vcf() -> bytes:
    """Google Contacts' "Export > vCard": 3.0, item labels on dates, relations and web
    sites, a year-less birthday, categories with Google's own labels, a photo URL."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Thomas Girardin",
        "N:Girardin;Thomas;;Dr;PhD",
        "NICKNAME:Tom",
        "EMAIL;TYPE=INTERNET;TYPE=WORK:t.girardin@labo-girardin.fr",
        "TEL;TYPE=CELL:+33 6 31 31 31 31",
        "TEL;TYPE=WORK:+33 4 37 00 00 00",
        "ADR;TYPE=WORK:;Bioparc;850 boulevard Sébastopol;Lyon;;69003;France",
        "ORG:Laboratoire Girardin;R&D",
        "TITLE:Directeur scientifique",
        "BDAY:--0714",
        "item1.X-ABDATE:2012-09-08",
        "item1.X-ABLabel:_$!<Anniversary>!$_",
        "item2.X-ABRELATEDNAMES:Camille Girardin",
        "item2.X-ABLabel:_$!<Spouse>!$_",
        "item3.URL:https\\://www.linkedin.com/in/tgirardin".replace("\\\\", "\\"),
        "item3.X-ABLabel:Profile",
        "item4.URL:https\\://labo-girardin.fr".replace("\\\\", "\\"),
        "item4.X-ABLabel:",
        "NOTE:Connu via l'incubateur",
        "CATEGORIES:myContacts,starred,Partenaires",
        "PHOTO:https://lh3.googleusercontent.com/contacts/AGhxyz",
        "END:VCARD",
    ]
    return (CRLF.join(lines) + CRLF).encode("utf-8")


def main() -> None:
    (HERE / "android_samsung_21_qp.vcf").write_bytes(android())
    (HERE / "iphone_17_labels.vcf").write_bytes(iphone())
    (HERE / "outlook_fr_cp1252.csv").write_bytes(outlook_fr())
    (HERE / "google_contacts_2024.csv").write_bytes(google_2024())
    (HERE / "linkedin_connections.csv").write_bytes(linkedin())
    (HERE / "outlook_2016_21.vcf").write_bytes(outlook_vcf())
    (HERE / "gmail_2024_30.vcf").write_bytes(gmail_vcf())


if __name__ == "__main__":
    main()
