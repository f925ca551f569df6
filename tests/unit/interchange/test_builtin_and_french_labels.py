"""Review of the kept labels: Apple's built-in labels (``_$!<...>!$_``) are kinds, never
the user's; Google's French kinds ("* Travail", "Domicile", "Autre") are kinds too; a
mobile written "(+41) 79 …" is a mobile; an Android or Samsung mobile with a label of its
own takes the free mobile field, its label kept in the note."""

from __future__ import annotations

from desktop_crm.interchange.contact_exports import rearrange
from desktop_crm.interchange.note_words import labels_in_note
from desktop_crm.interchange.table import Sheet
from desktop_crm.interchange.vcard import parse_vcards
from desktop_crm.interchange.vcard_extras import mobile_number


def _card(*lines: str) -> dict[str, str]:
    text = "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", "N:Roy;Anne", *lines, "END:VCARD", ""])
    rows = parse_vcards(text)
    return dict(zip(rows[0], rows[1], strict=True))


def test_apple_builtin_labels_are_kinds_not_the_users_labels() -> None:
    row = _card(
        "item1.TEL;type=FAX:+33 4 72 00 00 09",
        "item1.X-ABLabel:_$!<OtherFAX>!$_",
        "item2.TEL:+33 4 72 00 00 01",
        "item2.X-ABLabel:_$!<Main>!$_",
        "EMAIL;type=INTERNET;type=pref:anne@roy.fr",
        "item3.EMAIL;type=INTERNET:anne@ecole.fr",
        "item3.X-ABLabel:_$!<School>!$_",
        "item4.EMAIL;type=INTERNET:anne@club.fr",
        "item4.X-ABLabel:_$!<School>!$_",
    )
    assert row["Business fax"] == "+33 4 72 00 00 09"
    assert row["Business phone"] == "+33 4 72 00 00 01"
    assert (row["E-mail"], row["E-mail 2"]) == ("anne@roy.fr", "anne@ecole.fr")
    # No English word of Apple's in the note: the kind its label names, in the user's words
    # (it read "other"); no label said in the report.
    assert row["Notes"].splitlines() == [
        "Other details from the vCard:",
        "E-mail (school): anne@club.fr",
    ]
    assert "label" not in row["Import remarks"]


def test_apple_builtin_labels_in_the_note_say_their_kind_or_their_own_name() -> None:
    row = _card(
        "EMAIL;type=INTERNET;type=pref:anne@roy.fr",
        "EMAIL;type=INTERNET:anne@free.fr",
        "item1.EMAIL;type=INTERNET:anne@icloud.com",
        "item1.X-ABLabel:_$!<iCloud>!$_",
        "item2.EMAIL;type=INTERNET:accueil@roy.fr",
        "item2.X-ABLabel:_$!<Main>!$_",
        "TEL;type=CELL:06 12 34 56 78",
        "item3.TEL:07 81 23 45 67",
        "item3.X-ABLabel:_$!<iPhone>!$_",
        "item4.TEL;type=PAGER:06 99 88 77 66",
        "item4.X-ABLabel:_$!<Pager>!$_",
        "item5.TEL:04 72 00 00 01",
        "item5.X-ABLabel:_$!<Main>!$_",
        "item6.ADR:;;1 rue X;Lyon;;69002;France",
        "item6.X-ABLabel:_$!<Work>!$_",
        "item7.ADR:;;2 rue Y;Lyon;;69003;France",
        "item7.X-ABLabel:_$!<School>!$_",
    )
    # "Main" still names the business phone; a built-in label no table knows ("iCloud")
    # is said by its own name, never as a wrong "other".
    assert row["Business phone"] == "04 72 00 00 01"
    assert row["Street"] == "1 rue X"
    assert row["Notes"].splitlines()[1:] == [
        "Phone (mobile): 07 81 23 45 67",
        "Phone (pager): 06 99 88 77 66",
        "E-mail (iCloud): anne@icloud.com",
        "E-mail (main): accueil@roy.fr",
        "Address (school): 2 rue Y, 69003 Lyon, France",
    ]
    assert "label" not in row["Import remarks"]


def test_a_french_number_that_cannot_exist_is_no_mobile() -> None:
    assert not mobile_number("07 00 00 00 00")
    assert not mobile_number("+33 7 00 00 00 00")
    assert mobile_number("07 81 23 45 67") and mobile_number("+33 (0)6 12 34 56 78")
    # A vCard's phone of no kind: where such a phone goes (the business phone), as a
    # foreign number that cannot exist does; a real mobile after it keeps the mobile field.
    row = _card("TEL:07 00 00 00 00", "TEL:06 12 34 56 78")
    assert (row["Business phone"], row["Mobile phone"]) == ("07 00 00 00 00", "06 12 34 56 78")


def test_apple_fax_and_mobile_labels_without_types_name_the_field() -> None:
    row = _card(
        "item1.TEL:+33 4 72 00 00 09",
        "item1.X-ABLabel:_$!<OtherFAX>!$_",
        "item2.TEL:+33 4 72 00 00 08",
        "item2.X-ABLabel:_$!<HomeFAX>!$_",
        "item3.TEL:+44 7400 123456",
        "item3.X-ABLabel:_$!<iPhone>!$_",
    )
    assert row["Business fax"] == "+33 4 72 00 00 09"
    assert row["Mobile phone"] == "+44 7400 123456"
    assert row["Notes"].splitlines()[1:] == ["Phone (home fax): +33 4 72 00 00 08"]
    assert "HomeFAX" not in row["Import remarks"] and "label" not in row["Import remarks"]


def _google(rows: list[list[str]]) -> list[dict[str, str]]:
    sheet = rearrange(Sheet("google", rows))
    return [dict(zip(sheet.rows[0], r, strict=True)) for r in sheet.rows[1:]]


GOOGLE_HEADER = [
    "Name", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value",
    "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value",
]  # fmt: skip


def test_google_french_kinds_are_no_labels_of_the_users() -> None:
    rows = [
        GOOGLE_HEADER,
        ["Anne Roy", "* Travail", "anne@roy.fr", "Domicile", "anne@free.fr",
         "Autre", "+44 7400 123456", "Travail", "04 72 00 00 01"],
        ["Paul Roy", "Autre", "paul@roy.fr", "Domicile", "paul@free.fr",
         "Autre", "+44 20 7946 0958", "", ""],
    ]  # fmt: skip
    anne, paul = _google(rows)
    assert (anne["E-mail"], anne["E-mail 2"]) == ("anne@roy.fr", "anne@free.fr")
    # "Autre" is Google's "Other": a mobile there takes the free mobile field.
    assert (anne["Mobile phone"], anne["Business phone"]) == ("+44 7400 123456", "04 72 00 00 01")
    assert not anne["Other details"] and not anne["Import remarks"]
    assert (paul["E-mail"], paul["E-mail 2"]) == ("paul@roy.fr", "paul@free.fr")
    # A fixed line labelled "Autre" goes where "Other" goes: the note.
    assert paul["Other details"].splitlines()[1:] == ["Phone (Autre): +44 20 7946 0958"]
    assert "label" not in paul["Import remarks"]


def test_a_label_kept_twice_is_said_once() -> None:
    rows = [
        GOOGLE_HEADER,
        ["Anne Roy", "Compta", "a@roy.fr ::: b@roy.fr", "", "", "", "", "", ""],
    ]
    (anne,) = _google(rows)
    assert anne["Other details"].splitlines()[1:] == [
        "E-mail (Compta): a@roy.fr",
        "E-mail 2 (Compta): b@roy.fr",
    ]
    assert anne["Import remarks"] == "File: 1 label in the note (Compta)."
    assert labels_in_note(["X", "Y", "X"]) == "2 labels in the note (X, Y)"


def test_a_mobile_with_its_country_code_in_brackets() -> None:
    assert mobile_number("(+41) 79 123 45 67")
    assert mobile_number(" ( +44 ) 7400 123456")
    assert mobile_number("(0041) 79 123 45 67")
    assert not mobile_number("(+44) 20 7946 0958")


def test_android_and_samsung_mobiles_with_their_own_label_take_the_free_mobile_field() -> None:
    android = _card("TEL;X-Standard:+44 7400 123456", "TEL;X-Atelier:+44 20 7946 0958")
    assert android["Mobile phone"] == "+44 7400 123456"
    assert android["Notes"].splitlines()[1:] == [
        "Mobile phone (Standard): +44 7400 123456",
        "Phone (Atelier): +44 20 7946 0958",  # a fixed line: where it went before
    ]
    assert "1 label in the note (Standard)" in android["Import remarks"]
    samsung = _card(
        "TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,Portable UK):+44 7400 123456",
        "TEL;CELL:06 12 34 56 78",
        "TEL;TYPE=X-Perso:+32 470 12 34 56",
    )
    # The mobile field is claimed by CELL: the labelled mobiles go to the note.
    assert samsung["Mobile phone"] == "06 12 34 56 78"
    assert samsung["Notes"].splitlines()[1:] == [
        "Phone (Portable UK): +44 7400 123456",
        "Phone (Perso): +32 470 12 34 56",
    ]
    alone = _card(
        "TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,Portable UK):+44 7400 123456"
    )
    assert alone["Mobile phone"] == "+44 7400 123456"
    assert alone["Notes"].splitlines()[1:] == ["Mobile phone (Portable UK): +44 7400 123456"]


ADDRESS_HEADER = [
    "Name", "Phone 1 - Label", "Phone 1 - Value",
    "Address 1 - Label", "Address 1 - Street", "Address 1 - City",
    "Address 1 - Postal Code", "Address 1 - Country",
    "Address 2 - Label", "Address 2 - Street", "Address 2 - City",
    "Address 2 - Postal Code", "Address 2 - Country",
]  # fmt: skip


def test_google_french_address_kinds_are_no_labels_of_the_users() -> None:
    rows = [
        ADDRESS_HEADER,
        ["Anne Roy", "", "",
         "Domicile", "3 rue Neuve", "Lyon", "69001", "France",
         "Travail", "12 rue Mercière", "Lyon", "69002", "France"],
        ["Paul Roy", "", "",
         "Autre", "5 quai Jaÿr", "Lyon", "69009", "France", "", "", "", "", ""],
        ["Léa Roy", "", "",
         "Domicile", "3 rue Neuve", "Lyon", "69001", "France",
         "Entrepôt", "8 rue Juiverie", "Lyon", "69005", "France"],
    ]  # fmt: skip
    anne, paul, lea = _google(rows)
    # "Domicile" is Google's "Home": the home address fields, like "Home".
    assert (anne["Home street"], anne["Home city"], anne["Home postal code"]) == (
        "3 rue Neuve",
        "Lyon",
        "69001",
    )
    # "Travail" is Google's "Work": the address fields.
    assert (anne["Street"], anne["City"], anne["Postcode"]) == ("12 rue Mercière", "Lyon", "69002")
    assert not anne["Other details"] and not anne["Import remarks"]
    # "Autre" is Google's "Other": the address fields, nothing to keep.
    assert (paul["Street"], paul["City"]) == ("5 quai Jaÿr", "Lyon")
    assert not paul["Home street"]
    assert not paul["Other details"] and not paul["Import remarks"]
    # A label of the user's own still goes to the note and the report.
    assert lea["Home street"] == "3 rue Neuve" and lea["Street"] == "8 rue Juiverie"
    assert lea["Other details"].splitlines()[1:] == [
        "Address (Entrepôt): 8 rue Juiverie, 69005, Lyon, France"
    ]
    assert lea["Import remarks"] == "File: 1 label in the note (Entrepôt)."


def test_apple_builtin_labels_of_dates_and_related_names_say_their_kind() -> None:
    # Apple writes a date or a related name with a built-in label as _$!<Anniversary>!$_,
    # _$!<Spouse>!$_...: the note says the kind in the user's words, as for phones (it
    # read "Date (Anniversary)", "Related (Spouse)"); a label of the user's own stays as
    # written, and a built-in one no table knows is said by its own name.
    row = _card(
        "item1.X-ABDATE;type=pref:2010-06-12",
        "item1.X-ABLabel:_$!<Anniversary>!$_",
        "item2.X-ABRELATEDNAMES;type=pref:Paul Roy",
        "item2.X-ABLabel:_$!<Spouse>!$_",
        "item3.X-ABRELATEDNAMES:Luc",
        "item3.X-ABLabel:_$!<Brother>!$_",
        "item4.X-ABDATE:2015-01-02",
        "item4.X-ABLabel:Rencontre salon",
        "item5.X-ABRELATEDNAMES:Zoé",
        "item5.X-ABLabel:_$!<Goddaughter>!$_",
    )
    assert row["Notes"].splitlines()[1:] == [
        "Date (anniversary): 12/06/2010",
        "Related (spouse): Paul Roy",
        "Related (brother): Luc",
        "Date (Rencontre salon): 02/01/2015",
        "Related (Goddaughter): Zoé",
    ]
