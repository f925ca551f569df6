"""Third set of real-shaped files (tests/data/interchange, written by make_shape_samples.py):
the exact shapes of iPhone/iCloud, Android and French Outlook vCards, Google's current and
older CSV exports and a short French Outlook CSV, each imported through the pipeline the
command line runs, into a real SQLite file, and read back.

Every value of each file is looked for in what was written (a field, a phone slot, the
note, a group, the company): nothing is silently dropped. Then the placements that were
wrong are checked one by one (each failed before its fix).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from desktop_crm.cli import main
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import run_import
from tests.integration.test_interchange_samples import _companies, _contacts

DATA = Path(__file__).parent.parent / "data" / "interchange"
_PHONE = re.compile(r"^[+\d][\d .]{7,}$")


def _written(db: Database) -> tuple[dict[str, dict[str, Any]], str, str]:
    """The contacts by last name, and all that was written as one text and as digits."""
    contacts = db.read(_contacts)
    companies = db.read(_companies)
    text = "\n".join(str(v) for c in [*contacts.values(), *companies.values()] for v in c.values())
    text += "\n".join(g for c in contacts.values() for g in c["groups"])
    return contacts, text.casefold(), re.sub(r"\D", "", text.replace("+33", "0"))


def _all_kept(db: Database, values: list[str]) -> dict[str, dict[str, Any]]:
    """Each value of the file is somewhere in the database (phones compared by digits)."""
    contacts, text, digits = _written(db)
    for value in values:
        if _PHONE.match(value):
            number = re.sub(r"\D", "", value.replace("+33", "0"))
            assert number in digits, value
        else:
            assert value.casefold() in text, value
    return contacts


def test_iphone_icloud_card_every_value_kept_known_labels_first(sqlite_db: Database) -> None:
    report = run_import(sqlite_db, DATA / "iphone_icloud_30.vcf")
    found = _all_kept(
        sqlite_db,
        [
            "Sébastien", "Garnier", "Garnier Menuiserie", "Atelier", "Artisan menuisier",
            "06 11 22 33 44", "04 78 55 66 77", "04 78 55 66 78", "04 78 00 11 22",
            "sebastien@garnier-menuiserie.fr", "compta@garnier-menuiserie.fr", "12 rue X",
            "Bâtiment B", "Lyon", "69002", "3 impasse des Lilas", "Caluire-et-Cuire", "69300",
            "https://garnier-menuiserie.fr", "Devis n°12, relancer en juin.",
            "Préfère les SMS; pas d'appel le mercredi.", "04/09/2010", "Julie Garnier",
            "Associée", "Standard atelier", "Boulangerie du Parc", "04 72 00 00 10",
            "contact@boulangerie-parc.fr", "1 place du Parc", "Villeurbanne",
            "Livraison le mardi, 7h.", "ACME Plomberie", "Jean", "Dupont", "Gérant",
            "04 72 00 00 20", "Inès", "06 55 44 33 22",
        ],
    )  # fmt: skip
    seb = found["Garnier"]
    # The phone labelled "Main" (a known kind) takes the business phone; the one with a
    # label of its own goes to the note with that label (it took the field before).
    assert seb["phone_business"] == "+33478556678"
    assert seb["phone_mobile"] == "+33611223344" and seb["phone_home"] == "+33478001122"
    assert "Phone (Standard atelier): 04 78 55 66 77" in seb["notes"]
    assert (seb["address1"], seb["address2"], seb["postcode"]) == (
        "12 rue X",
        "Bâtiment B",
        "69002",
    )
    assert seb["birthday"] == dt.date(1980, 5, 17)
    # The anniversary in the note as the team reads dates, not 2010-09-04.
    assert "Date (anniversary): 04/09/2010" in seb["notes"]
    assert "photo not imported" in report.rows[0].reasons  # said, not silent
    # A phone without any kind that is a French mobile: the mobile field, not the business.
    ines = found["Lacroix"]
    assert (ines["phone_mobile"], ines["phone_business"]) == ("+33655443322", None)


def test_android_custom_labels_kept(sqlite_db: Database) -> None:
    run_import(sqlite_db, DATA / "android_21_custom_labels.vcf")
    found = _all_kept(
        sqlite_db,
        [
            "Amélie", "Fréchette-Bérénice", "+33 6 12 34 56 78", "04 72 11 22 33",
            "04 72 11 22 34", "06 99 88 77 66", "amelie.frechette@gmail.com",
            "tresor@club-bouliste.fr", "Café des Arts", "5 rue de l'Église", "Mâcon", "71000",
            "Rencontrée au salon, intéressée par l'offre.", "Ligne directe", "Ligne perso",
            "10 avenue Foch", "ZI Sud", "Charnay-lès-Mâcon", "71850", "Dépôt",
        ],
    )  # fmt: skip
    amelie = found["Fréchette-Bérénice"]
    assert amelie["first_name"] == "Amélie"  # QP with a soft break inside the é
    assert (amelie["phone_mobile"], amelie["phone_business"]) == ("+33612345678", "+33472112233")
    # Android's X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,…) label, decoded.
    assert "Phone (Ligne directe): 04 72 11 22 34" in amelie["notes"]
    assert "Phone (Ligne perso): 06 99 88 77 66" in amelie["notes"]
    assert (amelie["home_address1"], amelie["home_city"]) == ("5 rue de l'Église", "Mâcon")
    assert (amelie["address1"], amelie["city"]) == ("10 avenue Foch", "Mâcon")
    # A third address with Android's own label: in the note, with that label.
    assert "Address (Dépôt): ZI Sud, 71850 Charnay-lès-Mâcon, France" in amelie["notes"]


def test_french_outlook_21_card(sqlite_db: Database) -> None:
    run_import(sqlite_db, DATA / "outlook_fr_21.vcf")
    found = _all_kept(
        sqlite_db,
        [
            "Gérard", "Lemaître", "Société Lemaître & Fils", "Service achats",
            "Responsable achats", "04 76 12 34 56", "06 12 00 00 01", "04 76 12 34 57",
            "Zone artisanale des Prés", "Bâtiment C", "Grenoble", "Isère", "38000",
            "g.lemaitre@lemaitre-fils.fr", "gerard.lemaitre@orange.fr",
            "Client fidèle depuis 2012.", "Remise 5 % accordée.",
        ],
    )  # fmt: skip
    gerard = found["Lemaître"]
    assert (gerard["company_name"], gerard["department"]) == (
        "Société Lemaître & Fils",
        "Service achats",
    )
    assert (gerard["phone_business"], gerard["phone_fax"]) == ("+33476123456", "+33476123457")
    assert gerard["email"] == "g.lemaitre@lemaitre-fils.fr"  # the PREF one first


def test_vcard_40_birthdays_without_a_whole_date_go_to_the_note(sqlite_db: Database) -> None:
    report = run_import(sqlite_db, DATA / "vcard_40_odd_birthdays.vcf")
    found = _all_kept(sqlite_db, ["17/05", "20/06/2015", "1975", "vers 1960"])
    assert "Birthday (no year): 17/05" in found["Perrin"]["notes"]
    assert "Anniversary: 20/06/2015" in found["Perrin"]["notes"]
    # A year alone (vCard 4) or a text: in the note, no longer lost with a "not a date".
    assert "Birthday: 1975" in found["Colin"]["notes"]
    assert "Birthday: vers 1960" in found["Masson"]["notes"]
    assert all(c["birthday"] is None for c in found.values())
    assert not any(row.flagged for row in report.rows)


def test_google_2026_export(sqlite_db: Database) -> None:
    run_import(sqlite_db, DATA / "google_contacts_2026.csv")
    found = _all_kept(
        sqlite_db,
        [
            "Marion", "Claire", "Vidal", "Vidal Traiteur", "Gérante", "Vue au salon.",
            "Rappeler en mars.", "Salon 2026", "Traiteurs", "marion@vidal-traiteur.fr",
            "contact@vidal-traiteur.fr", "marion.vidal@gmail.com", "+33 6 45 45 45 45",
            "+33 7 45 45 45 46", "04 72 45 45 45", "12 rue X", "Bâtiment B", "Lyon", "69002",
            "25/06/2011", "https://vidal-traiteur.fr", "Hugo", "Brun", "17/05",
            "hugo.brun@free.fr", "06 10 20 30 40",
        ],
    )  # fmt: skip
    marion = found["Vidal"]
    assert marion["groups"] == ["Salon 2026", "Traiteurs"]
    assert marion["birthday"] == dt.date(1984, 3, 9)
    assert "Date (Anniversary): 25/06/2011" in marion["notes"]  # not 2011-06-25
    # An unlabelled phone that is a French mobile: the mobile field.
    assert (found["Brun"]["phone_mobile"], found["Brun"]["phone_business"]) == (
        "+33610203040",
        None,
    )


def test_google_old_export(sqlite_db: Database) -> None:
    report = run_import(sqlite_db, DATA / "google_contacts_old.csv")
    found = _all_kept(
        sqlite_db,
        [
            "Nadia", "Roche", "1979", "Cliente fidèle", "Clients", "Salon 2026",
            "n.roche@roche-immo.fr", "nadia.roche@orange.fr", "04 78 90 90 90",
            "06 31 90 90 90", "07 81 90 90 91", "8 cours Vitton", "69006", "Roche Immobilier",
            "Directrice", "Gestion", "https://roche-immo.fr",
        ],
    )  # fmt: skip
    nadia = found["Roche"]
    assert (nadia["company_name"], nadia["job_title"]) == ("Roche Immobilier", "Directrice")
    assert nadia["phone_mobile"] == "+33631909090" and nadia["groups"] == ["Clients", "Salon 2026"]
    assert not report.rows[0].flagged, report.rows[0].reasons


def test_short_french_outlook_csv_titre_is_the_job_title(sqlite_db: Database) -> None:
    run_import(sqlite_db, DATA / "outlook_fr_short.csv")
    found = _all_kept(
        sqlite_db,
        [
            "Benoît", "Lefèvre", "Établissements Lefèvre", "Directeur général",
            "04 72 10 20 30", "06 10 20 30 40", "b.lefevre@ets-lefevre.fr", "Zoé", "Dupré",
            "Crèmerie Dupré", "Gérante", "0612345678", "zoe@cremerie-dupre.fr",
        ],
    )  # fmt: skip
    # "Titre" after "Société", holding job titles: the job title, not the civility.
    assert (found["Lefèvre"]["job_title"], found["Lefèvre"]["civility"]) == (
        "Directeur général",
        None,
    )
    assert found["Dupré"]["job_title"] == "Gérante"
    assert found["Lefèvre"]["phone_business"] == "+33472102030"


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("fr", ["Prénom : Jean", "Nom : Dupont", "Fonction : Gérant"]),
        ("en", ["First name: Jean", "Last name: Dupont", "Job title: Gérant"]),
    ],
)
def test_a_company_cards_contact_person_in_the_companys_details(
    sqlite_db: Database,
    language: str,
    lines: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Apple's company card (X-ABShowAs:COMPANY) with a contact person: the person's name and
    job title are kept in the company's details, labelled in the user's language (they were
    "First name: Jean" for a French user too)."""
    monkeypatch.setenv("DESKTOP_CRM_LANG", language)
    assert main(["import", str(DATA / "iphone_icloud_30.vcf"), "--db", sqlite_db.url]) == 0
    capsys.readouterr()
    acme = sqlite_db.read(_companies)["ACME Plomberie"]
    assert acme["phone"] == "+33472000020"
    assert acme["details"].splitlines() == lines
