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
