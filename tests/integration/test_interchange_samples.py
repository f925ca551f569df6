"""Real-shaped files from other programs (tests/data/interchange, see make_samples.py)
imported whole: nothing dropped without a word, the report says what went where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_crm.storage.models import Company, Contact, Group, GroupMember, Note
from desktop_crm.storage.uow import Database, UnitOfWork
from tests.integration.import_helpers import run_import, undo

DATA = Path(__file__).parent.parent / "data" / "interchange"


def _contacts(uow: UnitOfWork) -> dict[str, dict[str, Any]]:
    """Contacts by last name: their fields, notes and group names."""
    out: dict[str, dict[str, Any]] = {}
    for contact in uow.session.scalars(select(Contact).order_by(Contact.id)):
        values = {c.name: getattr(contact, c.name) for c in Contact.__table__.columns}
        values["notes"] = "\n".join(
            uow.session.scalars(select(Note.text).where(Note.contact_id == contact.id))
        )
        values["groups"] = sorted(
            uow.session.scalars(
                select(Group.name)
                .join(GroupMember, GroupMember.group_id == Group.id)
                .where(GroupMember.contact_id == contact.id)
            )
        )
        out[contact.last_name or contact.company_name or "?"] = values
    return out


def _companies(uow: UnitOfWork) -> dict[str, dict[str, Any]]:
    return {
        c.name: {col.name: getattr(c, col.name) for col in Company.__table__.columns}
        for c in uow.session.scalars(select(Company))
    }


def test_eleven_phones_five_emails_five_addresses_all_kept(db: Database) -> None:
    report = run_import(db, DATA / "eleven_phones.vcf")
    paul = db.read(_contacts)["Moreau"]
    assert (paul["phone_business"], paul["phone_mobile"]) == ("+33472101001", "+33610101003")
    assert (paul["phone_home"], paul["phone_fax"]) == ("+33478101005", "+33472101007")
    assert (paul["email"], paul["email2"]) == ("paul@moreau-a.fr", "paul.moreau@free.fr")
    # The work address with its PO box, the home one in the home fields, the region kept.
    assert (paul["address1"], paul["address2"], paul["city"]) == (
        "1 rue de la République",
        "BP 42",
        "Lyon",
    )
    assert (paul["home_address1"], paul["home_city"]) == ("2 rue des Lilas", "Villeurbanne")
    for kept in (
        "04 72 10 10 02",
        "07 10 10 10 04",
        "04 78 10 10 06",
        "Phone (home fax): 04 78 10 10 08",
        "Phone (pager): 06 10 10 10 09",
        "04 72 10 10 10",
        "04 72 10 10 11",
        "p.moreau@laposte.net",
        "contact@moreau-b.fr",
        "moreau.paul@gmail.com",
        "Region (address): Rhône",
        "Address (work): 3 quai Perrache, 69002 Lyon, France",
        "Address (home): 4 route des Crêtes, 74400 Chamonix, France",
        "Case 5, 1211 Genève, GE, Suisse",
    ):
        assert kept in paul["notes"], kept
    assert report.rows[0].action == "created" and not report.rows[0].flagged
    assert "11 phones (4 in phone fields, 7 in the note)" in report.rows[0].reasons
    assert "5 e-mails (2 in e-mail fields, 3 in the note)" in report.rows[0].reasons
    assert "5 addresses (1 in the address, 1 in the home address, 3 in the note)" in (
        report.rows[0].reasons
    )


def test_folded_mid_character_and_a_windows_card(db: Database) -> None:
    report = run_import(db, DATA / "folded_mid_character.vcf")
    found = db.read(_contacts)
    assert found["Écrivain"]["first_name"] == "Gérard"
    assert found["Écrivain"]["notes"].endswith(
        "équipe réunie : décision différée, voir Hélène et Mère Noël."
    )
    assert found["Dupré"]["company_name"] == "é" * 40 + "è" * 30
    # Only the third card is Windows-1252, and only it is flagged in the report.
    assert (found["Lefèvre"]["first_name"], found["Lefèvre"]["city"]) == ("André", "Sèvres")
    said = [("Windows-1252" in row.reasons) for row in report.rows]
    assert said == [False, False, True]
    assert not any("Ã" in str(v) for c in found.values() for v in c.values())


def test_utf16_without_bom(db: Database) -> None:
    run_import(db, DATA / "utf16_no_bom.vcf")
    found = db.read(_contacts)["Œuvre"]
    assert (found["first_name"], found["phone_mobile"]) == ("Françoise", "+33611223344")


def test_vcard_40_uris_org_group_and_location(db: Database) -> None:
    report = run_import(db, DATA / "vcard_40_uri_kinds.vcf")
    contacts = db.read(_contacts)
    companies = db.read(_companies)
    smith = contacts["Smith"]
    # tel: and mailto: stripped; the extension in its field; nothing flagged as impossible.
    assert smith["phone_business"] == "+12127365000" and smith["phone_ext"] == "102"
    assert smith["phone_mobile"] == "+14155550199"
    assert smith["email"] == "john.smith@example.com"
    assert smith["birthday"].isoformat() == "1980-04-15"
    assert "Region (address): IL" in smith["notes"]
    assert not smith["to_review"]
    # KIND:org and KIND:location are companies, never people; KIND:group is skipped.
    assert set(contacts) == {"Smith"}
    acme = companies["ACME Industries"]
    assert (acme["phone"], acme["email"]) == ("+33472000000", "contact@acme.example")
    assert (acme["city"], acme["cedex"], acme["postcode"]) == ("Lyon", "CEDEX 06", "69458")
    assert acme["website"] == "https://acme.example" and acme["details"] == "Fournisseur principal"
    assert companies["Salle Rameau"]["address1"] == "29 rue de la Martinière"
    by_line = {row.label: row for row in report.rows}
    assert by_line["ACME Industries"].action == "created"
    assert "created as company #" in by_line["ACME Industries"].reasons
    assert by_line["Comité des fêtes"].action == "skipped"
    assert "describes a group of contacts (vCard KIND:group)" in by_line["Comité des fêtes"].reasons
    # Undoing the import removes the companies it created.
    undo(db, report.batch_id)
    assert db.read(_companies) == {} and db.read(_contacts) == {}


def test_apple_company_card_and_labels(db: Database) -> None:
    run_import(db, DATA / "apple_iphone_30.vcf")
    contacts = db.read(_contacts)
    assert set(contacts) == {"Lefèvre"}  # "Apple Computer" is no fake person
    assert "Apple Computer" in db.read(_companies)
    helene = contacts["Lefèvre"]
    assert helene["phone_mobile"] == "+33612345678"  # item1 labelled Mobile
    assert helene["phone_business"] == "+33478123456"
    assert "Phone (Atelier): 04 78 99 88 77" in helene["notes"]
    assert (helene["address1"], helene["address2"]) == ("12 rue Mercière", "BP 123")
    assert "Region (address): Auvergne-Rhône-Alpes" in helene["notes"]
    assert helene["home_address1"] == "8 chemin des Vignes"
    assert helene["website"] == "http://www.atelier-lefevre.fr"
    assert helene["notes"].startswith("Cliente depuis 2019\nPréfère être appelée le matin, avant")


def test_gmail_vcard_unescaped_and_categories_as_groups(db: Database) -> None:
    run_import(db, DATA / "gmail_30.vcf")
    marc = db.read(_contacts)["Girard"]
    assert marc["website"] == "http://marcgirard.example.fr/portfolio"
    assert marc["notes"] == (
        "Rencontré au salon de Lyon; rappeler en janvier.\nChemin C:\\Partage\\Devis"
    )
    assert marc["groups"] == ["Salon 2026"]  # myContacts is Google's own
    assert marc["home_city"] == "Annecy"


def test_outlook_21_quoted_printable_windows_1252(db: Database) -> None:
    run_import(db, DATA / "outlook_21_qp_cp1252.vcf")
    elodie = db.read(_contacts)["Béranger"]
    assert (elodie["first_name"], elodie["company_name"]) == ("Élodie", "Société Générale d'Études")
    assert (elodie["address2"], elodie["city"], elodie["cedex"]) == (
        "Bâtiment B",
        "Paris",
        "CEDEX 09",
    )
    assert elodie["phone_home"] == "+33145000001" and elodie["phone_fax"] == "+33142142001"
    assert elodie["notes"] == "Rendez-vous pris pour le 12/01.\nApporter le devis signé."


def test_google_csv_labels_and_phone_types(db: Database) -> None:
    report = run_import(db, DATA / "google_contacts.csv")
    found = db.read(_contacts)
    claire = found["Fontaine"]
    # The mobile is listed first: it still lands in Mobile, by its label.
    assert claire["phone_mobile"] == "+33612121212"
    assert claire["phone_business"] == "+33472727272"
    assert claire["phone_fax"] == "+33472727273"
    assert "Phone (Pager): +33 6 99 99 99 99" in claire["notes"]
    assert (claire["email"], claire["email2"]) == (
        "claire@fontaine-conseil.fr",
        "claire.fontaine@gmail.com",
    )
    assert "E-mail (Other): c.fontaine@yahoo.fr" in claire["notes"]
    assert (claire["address1"], claire["address2"]) == ("10 rue du Port", "BP 77")
    assert claire["home_city"] == "Écully"
    # Labels are groups, not a status; Google's own labels are left out.
    assert claire["status"] is None and found["Bernard"]["status"] is None
    assert claire["groups"] == ["Clients", "Salon 2026"]
    assert "added to the groups Clients, Salon 2026" in report.rows[0].reasons
    assert found["Bernard"]["groups"] == []
    luc = found["Bernard"]
    assert (luc["phone_home"], luc["phone_mobile"]) == ("+33478000001", "+33600000003")
    assert "Phone (Home): 04 78 00 00 02" in luc["notes"]
    assert "4 phones (3 in phone fields, 1 in the note)" in report.rows[0].reasons
    # Groups created by the import go away with it.
    undo(db, report.batch_id)
    assert db.read(lambda uow: list(uow.session.scalars(select(Group.name)))) == []


def test_outlook_csv_phone_columns(db: Database) -> None:
    report = run_import(db, DATA / "outlook_contacts.csv")
    henri = db.read(_contacts)["Vidal"]
    assert (henri["phone_business"], henri["phone_mobile"]) == ("+33472001100", "+33622334455")
    assert (henri["phone_home"], henri["phone_fax"]) == ("+33478001100", "+33472001101")
    assert (henri["email"], henri["email2"]) == ("henri.vidal@vidal-fils.fr", "h.vidal@free.fr")
    for kept in (
        "Company Main Phone: 04 72 00 10 00",
        "Business Phone 2: 04 72 00 11 02",
        "Other Phone: 04 72 00 11 99",
        "Pager: 06 99 88 77 66",
        "Assistant's Phone: 04 72 00 11 22",
        "E-mail 3 Address: henri@vidal.example",
        "Client depuis 2010",
    ):
        assert kept in henri["notes"], kept
    assert henri["groups"] == ["Clients", "Salon 2026"]
    assert henri["home_address1"] == "9 rue Sala" and henri["status"] is None
    assert "6 values without a field of their own in the note" in report.rows[0].reasons


def test_an_organisation_already_on_file_is_not_created_twice(db: Database) -> None:
    run_import(db, DATA / "vcard_40_uri_kinds.vcf")
    again = run_import(db, DATA / "vcard_40_uri_kinds.vcf")
    assert sorted(db.read(_companies)) == ["ACME Industries", "Salle Rameau"]
    acme = next(row for row in again.rows if row.label == "ACME Industries")
    assert acme.action == "skipped" and "already has this name" in acme.reasons


def test_a_kind_column_of_another_meaning_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "kinds.csv"
    path.write_text("Nom;Kind\nDupont;client\nACME;org\n", encoding="utf-8")
    report = run_import(db, path)
    assert [row.action for row in report.rows] == ["created", "created"]
    assert set(db.read(_contacts)) == {"Dupont"} and set(db.read(_companies)) == {"ACME"}


def test_an_organisation_after_an_empty_line_is_said_on_its_own_line(
    db: Database, tmp_path: Path
) -> None:
    # The organisation's report line is found by its place in the report: an empty line of
    # the file before it used to take its "already on file" note, and it said "created".
    path = tmp_path / "kinds.csv"
    path.write_text("Nom;Kind\nACME;org\n", encoding="utf-8")
    run_import(db, path)
    path.write_text("Nom;Kind\nDupont;client\n;\nACME;org\n", encoding="utf-8")
    report = run_import(db, path)
    said = {row.line: (row.action, row.reasons) for row in report.rows}
    assert said[2][0] == "created"
    assert said[3][0] == "skipped" and "already has this name" not in said[3][1]
    assert said[4][0] == "skipped" and "already has this name" in said[4][1]
    assert sorted(db.read(_companies)) == ["ACME"]
