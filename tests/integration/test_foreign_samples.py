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
        "Date (anniversary): 2008-06-21",
        "Date (Ouverture): 2019-09-02",
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
        "Date (Anniversary): 2005-06-18",
        "Related (Spouse): Sophie Martin-Dubois",
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
