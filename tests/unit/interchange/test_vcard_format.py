"""vCard text rules: escape once and unescape once, fold at 75 octets on character
boundaries, tel:/mailto: URIs, KIND, Apple labels, decoding per card."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.interchange.vcard import parse_vcards, unescape
from desktop_crm.interchange.vcard_write import MAX_OCTETS, contact_uid, escape, fold, vcard_text


def _record(text: str) -> dict[str, str]:
    rows = parse_vcards(text)
    return dict(zip(rows[0], rows[1], strict=True))


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=60))
def test_unescape_undoes_escape_exactly(text: str) -> None:
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert unescape(escape(text)) == expected
    assert unescape(escape(unescape(escape(text)))) == expected  # twice: no doubling


@given(st.text(alphabet="aé€😀 ;,\\x", min_size=0, max_size=300))
def test_every_folded_line_fits_in_75_octets_and_unfolds_back(text: str) -> None:
    folded = fold("NOTE:" + text)
    lines = folded.split("\r\n")
    assert lines[-1] == ""
    for line in lines[:-1]:
        assert len(line.encode("utf-8")) <= MAX_OCTETS  # never a cut character either
    assert "".join([lines[0], *(line[1:] for line in lines[1:-1])]) == "NOTE:" + text


def test_written_card_reads_back_with_escapes_undone_once() -> None:
    card = vcard_text(
        {
            "last_name": "Dupré; Fils",
            "first_name": "Zoé",
            "website": "http://example.fr/a,b",
            "department": "R\\D",
            "notes": ["ligne 1\nligne 2 ; avec, tout \\ ça"],
            "uid": "urn:uuid:1",
            "company_name": "É" * 80,
        }
    )
    assert all(len(line.encode()) <= 75 for line in card.split("\r\n"))
    assert "N:Dupré\\; Fils;Zoé;;;" in card and "URL:http://example.fr/a,b" in card
    record = _record(card)
    assert record["Last name"] == "Dupré; Fils" and record["Department"] == "R\\D"
    assert record["Notes"] == "ligne 1\nligne 2 ; avec, tout \\ ça"
    assert record["Website"] == "http://example.fr/a,b" and record["Company"] == "É" * 80


def test_uid_is_stable_per_contact_and_differs_between_databases() -> None:
    a = "6f1d3f1e-3b0a-4f55-9a43-1c6c2f0d7e21"
    b = "0b5c0a52-36f4-4c8e-8e31-5d0f7b1f0a11"
    assert contact_uid(a, 7) == contact_uid(a, 7)
    assert len({contact_uid(a, 7), contact_uid(a, 8), contact_uid(b, 7)}) == 3
    assert contact_uid(a, 7).startswith("urn:uuid:")


def test_gmail_escaped_url_and_vcard4_uris() -> None:
    record = _record(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Smith;John;;;\r\nURL:http\\://example.com/x\r\n"
        "TEL;VALUE=uri;TYPE=cell:tel:+33-6-12-34-56-78\r\n"
        "EMAIL:mailto:john@example.com\r\nEND:VCARD\r\n"
    )
    assert record["Website"] == "http://example.com/x"
    assert record["Mobile phone"] == "+33-6-12-34-56-78"
    assert record["E-mail"] == "john@example.com"


def test_kind_org_and_apple_show_as_company() -> None:
    org = _record("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:ACME\r\nEND:VCARD\r\n")
    assert (org["Kind"], org["Company"], org["Last name"]) == ("org", "ACME", "")
    apple = _record(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:AG\r\nORG:AG;\r\n"
        "X-ABShowAs:COMPANY\r\nEND:VCARD\r\n"
    )
    assert (apple["Kind"], apple["Company"], apple["Last name"]) == ("org", "AG", "")


def test_a_windows_card_does_not_change_how_the_others_read() -> None:
    data = (
        "BEGIN:VCARD\r\nN:Zoé;;;;\r\nEND:VCARD\r\n".encode()
        + "BEGIN:VCARD\r\nN:Zoé;;;;\r\nEND:VCARD\r\n".encode("cp1252")
    )
    rows = parse_vcards(data)
    names = [row[rows[0].index("Last name")] for row in rows[1:]]
    remarks = [row[rows[0].index("Import remarks")] for row in rows[1:]]
    assert names == ["Zoé", "Zoé"]
    assert remarks[0] == "" and "Windows-1252" in remarks[1]


def test_vcard_21_backslashes_are_text() -> None:
    record = _record(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Dupont\\;Fils;Jean\r\nNOTE:Voir C:\\Devis\\n1\r\n"
        "END:VCARD\r\n"
    )
    assert record["Last name"] == "Dupont;Fils" and record["Notes"] == "Voir C:\\Devis\\n1"
