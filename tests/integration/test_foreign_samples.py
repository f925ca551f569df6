"""Second set of real-shaped files from other programs (tests/data/interchange, written by
make_more_samples.py), imported whole and compared field by field: every piece of the file
lands in a field, the note or the groups, or the report names it as not imported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import run_import
from tests.integration.test_interchange_samples import _companies, _contacts

DATA = Path(__file__).parent.parent / "data" / "interchange"


def _clean(values: dict[str, object]) -> None:
    """No quoted-printable leftovers, vCard escapes, Apple label markers or mojibake."""
    for name, value in values.items():
        text = str(value)
        for garbled in ("=C3", "=E9", "\\,", "\\;", "\\n", "_$!<", ">!$_", "Ã", "Â"):
            assert garbled not in text, (name, text)


def test_android_samsung_21_quoted_printable_and_android_lines(db: Database) -> None:
    report = run_import(db, DATA / "android_samsung_21_qp.vcf")
    found = db.read(_contacts)
    elodie = found["Lévêque"]
    _clean(elodie)
    assert (elodie["first_name"], elodie["job_title"]) == ("Élodie", "Gérante")
    assert elodie["company_name"] == "Boulangerie Lévêque"
    assert (elodie["address1"], elodie["city"], elodie["postcode"]) == (
        "14 rue de l'Église",
        "Villeurbanne",
        "69100",
    )
    assert (elodie["phone_mobile"], elodie["phone_business"], elodie["phone_home"]) == (
        "+33612345678",
        "+33472112233",
        "+33478112233",
    )
    assert (elodie["email"], elodie["email2"]) == (
        "e.leveque@boulangerie-leveque.fr",
        "elodie.leveque@gmail.com",
    )
    assert elodie["birthday"] == dt.date(1980, 4, 15)
    assert elodie["website"] == "http://www.boulangerie-leveque.fr"
    # The QP note with its soft line breaks and CRLF, whole.
    assert elodie["notes"].startswith(
        "Commande de 40 bûches pour Noël ; livraison avant le 20/12.\n"
        "Payée par chèque, reçu envoyé."
    )
    # Android's own lines and custom labels: in the note, labelled.
    for kept in (
        "Nickname: Lolo",
        "Related (spouse): Marc Lévêque",
        "Date (anniversary): 21/06/2008",
        "Date (Ouverture): 02/09/2019",
        "Phonetic last name: Leveque",
        "Instant messaging (Skype): elodie.leveque",
        "Phone (Standard): 04 72 11 22 00",
        "E-mail (Association): tresorerie@amicale-bouliste.fr",
    ):
        assert kept in elodie["notes"], kept
    assert "vnd.android" not in elodie["notes"]
    # The photo cannot be kept: the report says so.
    assert "photo not imported" in report.rows[0].reasons
    # A birthday without a year is no error: day and month kept in the note.
    bernard = found["Roux"]
    assert bernard["birthday"] is None and not bernard["to_review"]
    assert "Birthday (no year): 15/04" in bernard["notes"]
    assert not report.rows[1].flagged


def test_iphone_labels_dates_suffix_and_folded_note(db: Database) -> None:
    report = run_import(db, DATA / "iphone_17_labels.vcf")
    found = db.read(_contacts)
    jb = found["Martin-Dubois"]
    _clean(jb)
    assert (jb["civility"], jb["first_name"]) == ("Dr", "Jean-Baptiste Marie")
    assert (jb["company_name"], jb["department"], jb["job_title"]) == (
        "Cabinet Martin, Dubois & Associés",
        "Expertise comptable",
        "Associé",
    )
    assert "Cabinet Martin, Dubois & Associés" in db.read(_companies)
    # The e-mail labelled Other (and preferred) first, the labelled one second, the third kept.
    assert (jb["email"], jb["email2"]) == ("jb@cabinet-md.fr", "jbmd@icloud.com")
    assert jb["phone_mobile"] == "+33698765432"
    assert (jb["home_address1"], jb["home_address2"], jb["home_city"]) == (
        "18 quai Saint-Vincent",
        "Appartement 4",
        "Lyon",
    )
    # Apple's 1604 means "no year": never a birthday in 1604.
    assert jb["birthday"] is None and not jb["to_review"]
    assert jb["notes"].startswith(
        "Rencontré au congrès de l'Ordre, Lyon 2025. Préfère le courriel; ne pas appeler "
        "le lundi.\nDossier : C:\\Clients\\MD, classeur bleu."
    )
    for kept in (
        "Name suffix: Jr.",
        "Nickname: JB",
        "Date (anniversary): 18/06/2005",
        "Related (spouse): Sophie Martin-Dubois",
        "Social profile: http://www.linkedin.com/in/jbmartindubois",
        "Instant messaging (Skype): skype:jb.martin.dubois",
        "Birthday (no year): 15/04",
        "Phone (mobile): 07 11 22 33 44",
        "Phone (other): 04 72 40 50 60",
        "Phone (home fax): 04 78 40 50 61",
        "E-mail (other): jean-baptiste.martin@laposte.net",
    ):
        assert kept in jb["notes"], kept
    assert jb["groups"] == ["Clients", "VIP"]
    assert "photo not imported" in report.rows[0].reasons
    # Technical lines (PRODID, X-ABUID, X-ABADR) are not notes.
    assert "ABPerson" not in jb["notes"] and "Apple" not in jb["notes"]
    agnes = found["Roussel"]
    assert agnes["birthday"] is None and "Birthday (no year): 15/04" in agnes["notes"]
    assert not any(row.flagged for row in report.rows)


def test_french_outlook_csv_every_column_placed_or_kept(db: Database) -> None:
    report = run_import(db, DATA / "outlook_fr_cp1252.csv")
    found = db.read(_contacts)
    anne = found["Châtelain"]
    _clean(anne)
    assert (anne["civility"], anne["first_name"]) == ("Mme", "Anne-Sophie")
    # The second "Titre" column of the French export is the job title.
    assert anne["job_title"] == "Gérante"
    assert (anne["company_name"], anne["department"]) == ("Fromagerie Châtelain SARL", "Direction")
    # Outlook's multi-line street cell: one line per street field.
    assert (anne["address1"], anne["address2"]) == ("Zone artisanale des Écharmeaux", "Bâtiment C")
    assert (anne["postcode"], anne["city"], anne["country"]) == (
        "69870",
        "Poule-les-Écharmeaux",
        "France",
    )
    assert (anne["home_address1"], anne["home_city"], anne["home_postcode"]) == (
        "3 impasse des Noisetiers",
        "Chénelette",
        "69430",
    )
    # French phone headers: "Téléphone (bureau)", "Télécopie (bureau)", "Tél. mobile"…
    assert (anne["phone_business"], anne["phone_fax"]) == ("+33474030000", "+33474030001")
    assert (anne["phone_mobile"], anne["phone_home"]) == ("+33645454545", "+33474039999")
    assert (anne["email"], anne["email2"]) == (
        "as.chatelain@fromagerie-chatelain.fr",
        "annesophie.chatelain@orange.fr",
    )
    assert anne["birthday"] == dt.date(1974, 11, 23)
    assert (anne["website"], anne["referred_by"]) == (
        "www.fromagerie-chatelain.fr",
        "Chambre des métiers",
    )
    assert anne["groups"] == ["Fournisseurs", "Salon 2026"]
    assert anne["notes"].startswith(
        "Livre le mardi.\nDemander le tarif « grossiste » en janvier.\n"
        "Other details from the file:\n"
    )
    for kept in (
        "Téléphone (autre): 04 78 60 12 12",
        "Dép/Région (bureau): Rhône",
        "Rue (autre): Marché couvert, stand 12",
        "Deuxième prénom: Marie",
        "Conjoint(e): Philippe Châtelain",
        "Enfants: Lucas, Emma",
        "Informations facturation: Compte client 411CHA",
        "Initiales: A.S.C.",
        "Nom de l'assistant(e): Julie Perrin",
        "Nom complet de l'adresse de messagerie 2: Anne-Sophie (perso)",
        "Sexe: Féminin",
    ):
        assert kept in anne["notes"], kept
    # Outlook's defaults and what repeats a field are not notes.
    for noise in ("SMTP", "0/0/00", "Normale", "Faux", "Anne-Sophie Châtelain (as."):
        assert noise not in anne["notes"], noise
    reasons = report.rows[0].reasons
    assert "8 columns without a field of their own in the note (Deuxième prénom," in reasons


def test_google_2024_csv_relations_events_im_and_name_parts(db: Database) -> None:
    report = run_import(db, DATA / "google_contacts_2024.csv")
    tom = db.read(_contacts)["Girardin"]
    _clean(tom)
    assert (tom["civility"], tom["first_name"], tom["job_title"]) == (
        "Dr",
        "Thomas",
        "Directeur scientifique",
    )
    assert (tom["company_name"], tom["department"]) == ("Laboratoire Girardin", "R&D")
    assert (tom["phone_mobile"], tom["phone_business"]) == ("+33631313131", "+33437000000")
    assert tom["email"] == "t.girardin@labo-girardin.fr"
    assert (tom["address1"], tom["address2"], tom["city"]) == (
        "Bioparc",
        "850 boulevard Sébastopol",
        "Lyon",
    )
    assert tom["website"] == "https://www.linkedin.com/in/tgirardin"
    assert tom["groups"] == ["Partenaires"]
    # A birthday without a year: kept, not an error.
    assert tom["birthday"] is None and not tom["to_review"]
    for kept in (
        "Connu via l'incubateur",
        "Birthday (no year): 14/07",
        "Related (Spouse): Camille Girardin",
        "Date (Anniversary): 08/09/2012",
        "Instant messaging (Skype): thomas.girardin.lab",
        "Numéro client: C-2291",
        "Middle Name: Pierre",
        "Name Suffix: PhD",
        "Nickname: Tom",
        "Photo: https://lh3.googleusercontent.com/contacts/AGhxyz=s100",
    ):
        assert kept in tom["notes"], kept
    assert not report.rows[0].flagged
    assert "(Middle Name, Name Suffix, Nickname, Photo)" in report.rows[0].reasons


def test_linkedin_connections_preamble_and_connection_date(db: Database) -> None:
    report = run_import(db, DATA / "linkedin_connections.csv")
    found = db.read(_contacts)
    assert set(found) == {"Benali", "Faure"}  # the "Notes:" lines are no contacts
    nadia, jerome = found["Benali"], found["Faure"]
    assert (nadia["first_name"], nadia["company_name"], nadia["job_title"]) == (
        "Nadia",
        "Groupe SEB",
        "Responsable achats",
    )
    assert nadia["website"] == "https://www.linkedin.com/in/nadia-benali-7a1b2c"
    assert nadia["email"] is None
    assert (jerome["first_name"], jerome["email"], jerome["company_name"]) == (
        "Jérôme",
        "jerome.faure@example.fr",
        "Faure, Fils & Cie",
    )
    assert "Connected On: 12 Mar 2024" in nadia["notes"]
    assert "Connected On: 03 Jan 2019" in jerome["notes"]
    assert [row.line for row in report.rows] == [5, 6]
    assert all("(Connected On)" in row.reasons for row in report.rows)


def test_outlook_2016_vcard_design_label_and_pictures(db: Database) -> None:
    report = run_import(db, DATA / "outlook_2016_21.vcf")
    found = db.read(_contacts)
    francois = found["Ménard"]
    _clean(francois)
    assert (francois["first_name"], francois["company_name"], francois["department"]) == (
        "François",
        "Ménard Frères",
        "Négoce",
    )
    assert francois["job_title"] == "Directeur commercial"
    assert (francois["phone_business"], francois["phone_mobile"]) == (
        "+33472334455",
        "+33633445566",
    )
    assert (francois["address1"], francois["postcode"], francois["city"]) == (
        "8 place Bellecour",
        "69002",
        "Lyon",
    )
    assert francois["email"] == "f.menard@menard-freres.fr"
    assert francois["website"] == "http://www.menard-freres.fr"
    assert francois["birthday"] == dt.date(1970, 3, 12)
    assert francois["notes"] == (
        "Other details from the vCard:\n"
        "Anniversary: 10/06/2000\n"
        "Related (spouse): Hélène\n"
        "Instant messaging (IM): francois.menard@outlook.fr"
    )  # the LABEL repeats the address; the card design and the revision are Outlook's own
    assert report.rows[0].reasons == "vCard: photo not imported."


def test_gmail_2024_vcard_labels_and_year_less_birthday(db: Database) -> None:
    report = run_import(db, DATA / "gmail_2024_30.vcf")
    tom = db.read(_contacts)["Girardin"]
    _clean(tom)
    assert (tom["civility"], tom["first_name"], tom["department"]) == ("Dr", "Thomas", "R&D")
    assert (tom["address1"], tom["address2"], tom["city"]) == (
        "Bioparc",
        "850 boulevard Sébastopol",
        "Lyon",
    )
    assert tom["website"] == "https://www.linkedin.com/in/tgirardin"
    assert tom["birthday"] is None and not tom["to_review"]
    assert tom["notes"] == (
        "Connu via l'incubateur\n\n"
        "Other details from the vCard:\n"
        "Name suffix: PhD\n"
        "Nickname: Tom\n"
        "Birthday (no year): 14/07\n"
        "Date (anniversary): 08/09/2012\n"
        "Related (spouse): Camille Girardin\n"
        "Web site: https://labo-girardin.fr"
    )
    assert tom["groups"] == ["Partenaires"]
    assert "photo not imported" in report.rows[0].reasons
