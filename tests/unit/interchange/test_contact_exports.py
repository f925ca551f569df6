"""Google and Outlook CSV exports: phones and e-mails by label, labels as groups."""

from __future__ import annotations

from desktop_crm.interchange.contact_exports import OUTLOOK_MIN_COLUMNS, rearrange
from desktop_crm.interchange.export_leftovers import keep_leftovers
from desktop_crm.interchange.headers import GROUPS_TARGET, NOTE_TARGET, auto_map
from desktop_crm.interchange.table import Sheet
from desktop_crm.services.importing.labels import group_names


def _records(sheet: Sheet) -> list[dict[str, str]]:
    return [dict(zip(sheet.rows[0], row, strict=True)) for row in sheet.rows[1:]]


def test_old_google_export_with_types_and_group_membership() -> None:
    header = [
        "Name",
        "Given Name",
        "Family Name",
        "Group Membership",
        "E-mail 1 - Type",
        "E-mail 1 - Value",
        "Phone 1 - Type",
        "Phone 1 - Value",
        "Phone 2 - Type",
        "Phone 2 - Value",
    ]
    row = [
        "Anne Roux",
        "Anne",
        "Roux",
        "* My Contacts ::: Fournisseurs",
        "* Work",
        "anne@roux.fr ::: anne.roux@gmail.com",
        "Mobile",
        "06 98 76 54 32",
        "Work",
        "02 47 00 00 00",
    ]
    sheet = rearrange(Sheet("google", [header, row]))
    record = _records(sheet)[0]
    assert (record["Mobile phone"], record["Business phone"]) == (
        "06 98 76 54 32",
        "02 47 00 00 00",
    )
    assert (record["E-mail"], record["E-mail 2"]) == ("anne@roux.fr", "anne.roux@gmail.com")
    mapping = auto_map(sheet.rows[0])
    targets = {sheet.rows[0][i]: t[0] for i, t in mapping.items()}
    assert targets["Group Membership"] == GROUPS_TARGET
    assert targets["Mobile phone"] == "phone_mobile" and targets["Other details"] == NOTE_TARGET
    assert group_names(record["Group Membership"]) == ["Fournisseurs"]


def test_a_plain_table_is_left_alone() -> None:
    header = ["Nom", "Téléphone professionnel", "Tél. mobile", "Adresse de messagerie"]
    sheet = Sheet("own", [header, ["Dupont", "01 02 03 04 05", "06 01 02 03 04", "a@b.fr"]])
    assert rearrange(sheet) is sheet  # fewer than OUTLOOK_MIN_COLUMNS Outlook headers
    assert len(header) < OUTLOOK_MIN_COLUMNS


def test_google_labels_to_group_names() -> None:
    assert group_names("* myContacts ::: Clients ::: Salon 2026") == ["Clients", "Salon 2026"]
    assert group_names("* starred ::: * other ::: * Friends") == ["Friends"]
    assert group_names("Clients;Salon 2026; clients") == ["Clients", "Salon 2026"]
    assert group_names("myContacts ::: Starred") == []  # Gmail vCards: without the star
    assert group_names("") == [] and group_names(None) == []


def test_outlook_no_birthday_street_lines_and_french_job_title() -> None:
    """Outlook writes "0/0/00" for no birthday (it flagged every contact to review), every
    street line in one cell, and in French two "Titre" columns (civility, then job title)."""
    header = [
        "Titre",
        "Prénom",
        "Nom",
        "Titre",
        "Rue (bureau)",
        "Rue (bureau) 2",
        "Anniversaire",
        "Téléphone (bureau)",
        "Télécopie (bureau)",
        "Tél. mobile",
        "Téléphone (domicile)",
        "Téléphone (autre)",
        "Télécopie (autre)",
        "Récepteur de radiomessagerie",
        "Rappel",
        "Adresse de messagerie",
        "Adresse de messagerie 2",
        "Conjoint(e)",
        "Priorité",
    ]
    row = ["M.", "Paul", "Durand", "Gérant", "ZA des Prés\r\nBât. C", "", "0/0/00"]
    row += ["04 72 00 00 00", "04 72 00 00 01", "", "", "04 78 00 00 02", "", "", "", "p@d.fr"]
    row += ["", "Marie", "Normale"]
    sheet = rearrange(Sheet("outlook", [header, row]))
    record = _records(sheet)[0]
    assert sheet.rows[0][:4] == ["Titre", "Prénom", "Nom", "Fonction"]
    assert record["Fonction"] == "Gérant"
    assert (record["Rue (bureau)"], record["Rue (bureau) 2"]) == ("ZA des Prés", "Bât. C")
    assert record["Anniversaire"] == ""
    assert (record["Business phone"], record["Business fax"]) == (
        "04 72 00 00 00",
        "04 72 00 00 01",
    )
    assert (
        record["Other details"] == "Other details from the file:\nTéléphone (autre): 04 78 00 00 02"
    )
    # The columns no field takes join the note once the mapping is known (the import
    # service): "Conjoint(e)" then, not "Priorité" (a default) nor the mapped "Prénom".
    assert sheet.leftovers
    kept = _records(Sheet("outlook", keep_leftovers(sheet.rows)))[0]
    assert kept["Other details"] == (
        "Other details from the file:\nTéléphone (autre): 04 78 00 00 02\nConjoint(e): Marie"
    )
    assert kept["Import remarks"].endswith(
        "; 1 column without a field of its own in the note (Conjoint(e))."
    )
    assert record["Other details"].count("\n") == 1  # the sheet's own rows are left as read
    conjoint = sheet.rows[0].index("Conjoint(e)")
    mapped = _records(Sheet("outlook", keep_leftovers(sheet.rows, 0, [conjoint])))[0]
    assert "Conjoint" not in mapped["Other details"] + mapped["Import remarks"]
    targets = {sheet.rows[0][i]: t[0] for i, t in auto_map(sheet.rows[0]).items()}
    assert targets["Fonction"] == "job_title" and targets["Titre"] == "civility"
