"""vCard properties without a field: kept in the note with a label, named when they cannot
be kept, left out only when technical (interchange.vcard_extras)."""

from __future__ import annotations

from desktop_crm.interchange.vcard import VCARD_COLUMNS, parse_vcards
from desktop_crm.interchange.vcard_extras import date_text, no_year


def _card(*lines: str) -> dict[str, str]:
    text = "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", "N:Roux;Anne;;;", *lines, "END:VCARD"])
    rows = parse_vcards(text + "\r\n")
    return dict(zip(VCARD_COLUMNS, rows[1], strict=False))


def test_dates_without_a_year() -> None:
    assert no_year("--0415", {}) == "15/04"
    assert no_year("--04-15", {}) == "15/04"
    assert no_year("1604-04-15", {"X-APPLE-OMIT-YEAR": "1604"}) == "15/04"
    assert no_year("1604-04-15", {}) == "15/04"  # Apple's year for "none", even unsaid
    assert no_year("1975-04-15", {}) is None
    # A date for the note reads as the team reads dates (dd/mm/yyyy), whatever its form.
    assert date_text("20000610", {}) == "10/06/2000"
    assert date_text("2000-06-10", {}) == "10/06/2000"
    assert date_text("2000-06-10T00:00:00Z", {}) == "10/06/2000"
    assert date_text("--0517", {}) == "17/05"
    assert date_text("2000-13-45", {}) == "2000-13-45"  # no date: kept as written
    assert date_text("printemps 2000", {}) == "printemps 2000"


def test_unknown_properties_are_kept_technical_ones_left_out() -> None:
    row = _card(
        "PRODID:-//Example//EN",
        "UID:urn:uuid:1234",
        "REV:2026-01-01T00:00:00Z",
        "X-EVOLUTION-VIDEO-URL:https://visio.example/anne",
        "X-CUSTOM-CODE;TYPE=work:A\\;B",
        "GEO:45.76;4.83",
    )
    assert row["Notes"] == (
        "Other details from the vCard:\n"
        "Evolution video url: https://visio.example/anne\n"
        "Custom code: A;B\n"
        "Location: 45.76 4.83"
    )
    assert "urn:uuid" not in row["Notes"] and "Example" not in row["Notes"]


def test_pictures_are_named_and_a_lone_label_is_the_address() -> None:
    row = _card(
        "PHOTO;VALUE=uri:https://example.com/anne.jpg",
        "LOGO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=",
        "X-UNKNOWN-BLOB;ENCODING=b:AAAA",
        "LABEL;TYPE=HOME:3 rue des Lilas\\n69100 Villeurbanne",
    )
    assert row["Import remarks"] == (
        "vCard: photo not imported, logo not imported, x-unknown-blob not imported."
    )
    assert row["Notes"] == (
        "Other details from the vCard:\nAddress label: 3 rue des Lilas\n69100 Villeurbanne"
    )


def test_android_custom_lines() -> None:
    row = _card(
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Paul;0;Parrain;;;;;;;;;;;;",
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;--12-24;2;;;;;;;;;;;;;",
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/sip_address;anne@sip.example;1;;;;;;;;;;;;;",
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;;1;;;;;;;;;;;;;",
    )
    assert row["Notes"] == (
        "Other details from the vCard:\n"
        "Related (Parrain): Paul\n"
        "Date (other): 24/12\n"
        "Sip address: anne@sip.example"
    )


def test_a_second_organisation_and_title_are_kept() -> None:
    row = _card(
        "ORG:Atelier Roux;Ventes",
        "TITLE:Gérante",
        "ORG:Association des artisans;Bureau",
        "TITLE:Trésorière",
    )
    assert (row["Company"], row["Department"], row["Job title"]) == (
        "Atelier Roux",
        "Ventes",
        "Gérante",
    )
    assert row["Notes"] == (
        "Other details from the vCard:\n"
        "Company: Association des artisans, Bureau\n"
        "Job title: Trésorière"
    )


def test_a_birthday_no_reader_takes_goes_whole_to_the_note() -> None:
    """A BDAY with three numbers used to go to the field cut to 10 characters "for the checks
    to read"; the checks then refused "5/17/1980" or "Le 17/05/1" and the birthday was lost.
    Now a whole date goes to the field as ISO, anything else whole to the note."""
    for typed, stored in (
        ("1980-5-7", "1980-05-07"),
        ("17/05/1980", "1980-05-17"),
        ("17.05.1980", "1980-05-17"),
        ("1980/05/07", "1980-05-07"),
    ):
        row = _card(f"BDAY:{typed}")
        assert row["Birthday"] == stored, typed
        assert "Birthday" not in row["Notes"]
    for typed in ("5/17/1980", "Le 17/05/1980", "20 mai 1980 à 10h", "31/02/1980"):
        row = _card(f"BDAY:{typed}")
        assert row["Birthday"] == "", typed
        assert f"Birthday: {typed}" in row["Notes"]


def test_a_second_birthday_line_does_not_replace_the_first() -> None:
    """RFC 6350's ALTID pattern: the date, then a text form of it; or two dates."""
    row = _card("BDAY;ALTID=1:19530315", "BDAY;ALTID=1;VALUE=text:le 15 mars 1953")
    assert row["Birthday"] == "1953-03-15"
    assert "Birthday: le 15 mars 1953" in row["Notes"]
    row = _card("BDAY:1953-03-15", "BDAY:1954-04-16")
    assert row["Birthday"] == "1953-03-15"
    assert "Birthday: 16/04/1954" in row["Notes"]


def test_a_cell_phone_after_a_voice_one_keeps_the_mobile_field() -> None:
    """VOICE says nothing of the field (every phone is one): a CELL phone listed after it
    takes the mobile field, and the VOICE one a field left free (it pushed the CELL number
    into the note when VOICE counted as a known kind)."""
    row = _card("TEL;TYPE=VOICE:06 11 11 11 11", "TEL;TYPE=CELL:06 22 22 22 22")
    assert row["Mobile phone"] == "06 22 22 22 22"
    assert row["Business phone"] == "06 11 11 11 11"
    assert "06 22" not in row["Notes"]
