"""Where a vCard's phones, e-mails and addresses go: into the contact's fields or the note.

``interchange.vcard`` reads the cards; here the values it found are placed. Nothing a card
says is dropped: a value with no field left goes to the note with its label or kind, and a
value that got a field keeps a label of the file's own (Apple's X-ABLabel, Android's X-
types) in the note beside it; the returned texts are the card's remarks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_crm.interchange import note_words as words
from desktop_crm.interchange.vcard_extras import mobile_number

# Columns of the table a vCard file becomes; the header aliases map them to contact fields.
# "Kind" and "Import remarks" are import targets of their own (see interchange.headers).
VCARD_COLUMNS = (
    "Civility",
    "First name",
    "Last name",
    "Company",
    "Department",
    "Job title",
    "E-mail",
    "E-mail 2",
    "Business phone",
    "Extension",
    "Mobile phone",
    "Home phone",
    "Business fax",
    "Street",
    "Street 2",
    "Street 3",
    "City",
    "Cedex",
    "Postcode",
    "Country",
    "Home street",
    "Home street 2",
    "Home postal code",
    "Home city",
    "Home country",
    "Website",
    "Birthday",
    "Groups",
    "Kind",
    "Import remarks",
    "Notes",
)
_CEDEX = re.compile(r"\s+(cedex(?:\s*\d{1,3})?)\s*$", re.IGNORECASE)
_TYPED = frozenset({"FAX", "PAGER", "CELL", "MOBILE", "IPHONE", "HOME", "WORK", "MAIN", "VOICE"})
_PLACING = _TYPED - {"VOICE"}  # kinds that name the phone's field
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
# Apple / Google labels (X-ABLabel, free text) -> vCard types.
_LABEL_TYPES = {
    "mobile": "CELL",
    "cell": "CELL",
    "iphone": "CELL",
    "portable": "CELL",
    "work": "WORK",
    "main": "WORK",
    "bureau": "WORK",
    "home": "HOME",
    "domicile": "HOME",
    "homefax": "FAX",
    "workfax": "FAX",
    "otherfax": "FAX",
    "home fax": "FAX",
    "work fax": "FAX",
    "fax": "FAX",
    "pager": "PAGER",
    "other": "OTHER",
    "homepage": "HOMEPAGE",
}
# Apple's built-in labels (``_$!<...>!$_``, compared case-blind) -> the kind the note says
# (``note_words.kind``, in the user's language); any other built-in one is said by its own
# name ("iCloud"), never as a wrong "other".
_APPLE_KINDS = {
    "home": "home",
    "work": "work",
    "other": "other",
    "main": "main",
    "mobile": "mobile",
    "iphone": "mobile",
    "homefax": "home fax",
    "workfax": "fax",
    "otherfax": "fax",
    "pager": "pager",
    "school": "school",
    "homepage": "home page",
    "anniversary": "anniversary",
    # The relations of X-ABRELATEDNAMES (the contact card's "related name" field).
    "spouse": "spouse",
    "partner": "partner",
    "father": "father",
    "mother": "mother",
    "parent": "parent",
    "brother": "brother",
    "sister": "sister",
    "child": "child",
    "friend": "friend",
    "assistant": "assistant",
    "manager": "manager",
}


def _field_label(text: str) -> str:
    """The label of a phone, e-mail or address as written: one of Apple's built-in labels
    keeps its ``_$!<...>!$_`` marks, which say it is a kind, never the user's own label
    (``_own_label``, ``_describe``)."""
    return text.strip()


def _own_label(label: str) -> bool:
    """Whether a label is the file's own ("Comptabilité", "Standard atelier"), not one of the
    kinds every program knows (any of Apple's _$!<...>!$_, "Work", "Mobile"…)."""
    return (
        bool(label)
        and _APPLE_LABEL.match(label) is None
        and _LABEL_TYPES.get(label.casefold()) is None
    )


def _describe(kinds: set[str], label: str) -> str:
    """What a value going to the note is: the file's own label as written; one of Apple's
    built-in labels as the kind it names in the user's language ("_$!<School>!$_": "school",
    French "école"; "_$!<Main>!$_": "main") or, for one this reader does not know, its own
    name ("_$!<iCloud>!$_": "iCloud"); else the kind of the property ("mobile", "other"…)."""
    builtin = _APPLE_LABEL.match(label)
    if builtin is not None and (name := builtin.group(1).strip()):
        known = _APPLE_KINDS.get(name.casefold())
        return words.kind(known) if known else name
    if _own_label(label):
        return label
    return words.kind(_kind_word(kinds))


def kind_label(label: str) -> str:
    """A label naming a kind the readers know, as Google's and Outlook's English exports
    write them ("Mobile", "Home Fax", "Anniversary", "Spouse"), in the user's language as
    the vCard's built-in ones are; any other label (the user's own) as written."""
    text = label.strip()
    known = _APPLE_KINDS.get(text.casefold().replace(" ", ""))
    if not known:
        return text
    said = words.kind(known)
    # In English the file's own spelling stays ("Home", not "home").
    return text if said.casefold().replace(" ", "") == known.replace(" ", "") else said


def extra_label(label: str) -> str:
    """The label of a value kept in the note without a field of its own (a date, a related
    name): one of Apple's built-in labels as the kind it names in the user's language
    ("_$!<Anniversary>!$_": "anniversary", "_$!<Spouse>!$_": "spouse", French "conjoint")
    or by its own name when no table knows it; any other label as written."""
    text = label.strip()
    builtin = _APPLE_LABEL.match(text)
    if builtin is None:
        return text
    name = builtin.group(1).strip()
    known = _APPLE_KINDS.get(name.casefold())
    return words.kind(known) if known else name


def _kind_word(kinds: set[str]) -> str:
    for kind, text in (
        ("FAX", "fax"),
        ("PAGER", "pager"),
        ("CELL", "mobile"),
        ("HOME", "home"),
        ("WORK", "work"),
        ("MAIN", "main"),
    ):
        if kind in kinds:
            if kind == "FAX" and "HOME" in kinds:
                return "home fax"
            return text
    return "other"


@dataclass
class _Address:
    kinds: set[str]
    label: str
    pobox: str
    lines: list[str]
    city: str
    region: str
    postcode: str
    country: str

    def text(self) -> str:
        parts = [*self.lines, self.pobox, " ".join(p for p in (self.postcode, self.city) if p)]
        parts += [self.region, self.country]
        return ", ".join(p for p in parts if p)


@dataclass
class _Card:
    row: dict[str, str] = field(default_factory=lambda: dict.fromkeys(VCARD_COLUMNS, ""))
    notes: list[str] = field(default_factory=list)  # the card's own NOTE values
    kept: list[str] = field(default_factory=list)  # "Label: value" lines for the note
    labels: list[str] = field(default_factory=list)  # own labels of values given a field
    remarks: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)  # the remarks' stable codes (Sheet)
    app: dict[str, str] = field(default_factory=dict)  # X-DESKTOP-CRM-<FIELD> values


def _street_lines(address: _Address) -> list[str]:
    """Lines 1.. of a postal address: extended address and street, then the PO box."""
    return [*address.lines, *([address.pobox] if address.pobox else [])]


def _fill_lines(row: dict[str, str], columns: tuple[str, ...], lines: list[str]) -> None:
    """Lines into the columns; extra lines joined into the last one, never dropped."""
    count = len(columns)
    head, tail = lines[: count - 1], lines[count - 1 :]
    for column, text in zip(columns, [*head, ", ".join(tail)], strict=False):
        row[column] = text


def _place_addresses(card: _Card, addresses: list[_Address]) -> str:
    """The work (or only) address into the address fields, the home one into the home
    fields, the rest into the note; returns what the remarks say about them.

    No address is lost. One that got the address or home address fields keeps a label of
    its own (Apple's "item2.X-ABLabel:Entrepôt", Android's "ADR;X-Entrepot" or
    "ADR;TYPE=X-Entrepôt") in the note beside it ("Address (Entrepôt): 12 rue X, 69002
    Lyon, France", "Home address (Entrepôt): …"), and the remarks say so with the phones'
    and e-mails' labels; that line holds the region, which then has no line of its own
    (said once). WORK, HOME, Apple's _$!<Home>!$_ and _$!<Work>!$_ are kinds: nothing to
    keep. An address with no field left goes to the note with its label.
    """
    row = card.row
    work = next((a for a in addresses if "WORK" in a.kinds), None)
    if work is None:
        work = next((a for a in addresses if "HOME" not in a.kinds), None)
    home = next((a for a in addresses if a is not work and "HOME" in a.kinds), None)
    if work is not None:
        _fill_lines(row, ("Street", "Street 2", "Street 3"), _street_lines(work))
        row["City"], row["Postcode"], row["Country"] = work.city, work.postcode, work.country
        cedex = _CEDEX.search(work.city)
        if cedex:  # "LYON CEDEX 03": the CEDEX has a field of its own
            row["City"] = work.city[: cedex.start()].strip()
            row["Cedex"] = " ".join(cedex.group(1).upper().split())
        if not _keep_label(card, "Address", work) and work.region:
            card.kept.append(words.region(work.region, home=False))
    if home is not None:
        _fill_lines(row, ("Home street", "Home street 2"), _street_lines(home))
        row["Home city"], row["Home postal code"] = home.city, home.postcode
        row["Home country"] = home.country
        if not _keep_label(card, "Home address", home) and home.region:
            card.kept.append(words.region(home.region, home=True))
    others = [a for a in addresses if a is not work and a is not home]
    for other in others:
        card.kept.append(words.address(_describe(other.kinds, other.label), other.text()))
    if len(addresses) > 1 or others:
        return words.card_addresses_placed(
            len(addresses), work=work is not None, home=home is not None
        )
    return ""


def _keep_label(card: _Card, column: str, address: _Address) -> bool:
    """A label of the file's own on an address that got a field: in the note beside it,
    the whole address with its region (which then needs no line of its own: said once).
    Whether the label was kept."""
    if not _own_label(address.label):
        return False
    card.kept.append(words.in_field(column, address.label, address.text()))
    card.labels.append(address.label)
    return True


def _place_phones(card: _Card, phones: list[tuple[set[str], str, str, str]]) -> str:
    """The card's phones into the phone fields, the rest into the note; returns what the
    remarks say about them.

    Phones of a known kind claim their field first. One that does not say which phone it
    is (no kind, only VOICE or PREF, Apple's "Other", a label of its own such as "Standard
    atelier", Android's "TEL;X-Standard", Samsung's X-CUSTOM(…,Portable UK)) then takes
    the mobile field, if still free, when it is a mobile, French (06/07) or foreign
    (``vcard_extras.mobile_number``: +44 7400…, +49 151…); else the business phone if
    free, for one with no kind or only VOICE/PREF (not for "Other", nor for a label in the
    property's head, Android's or Samsung's: those go to the note). A phone with no field
    goes to the note with its label ("Phone (Standard atelier): …"). A phone that got a
    field keeps its own label in the note too ("Mobile phone (Portable UK): …", said in
    the remarks): nothing the card says is dropped. Apple's built-in labels
    (``_$!<OtherFAX>!$_``…) are kinds, never labels of the user's (``_describe``).
    """
    row = card.row
    extra = 0
    for kinds, label, number, ext in sorted(phones, key=lambda p: not p[0] & _PLACING):
        # No kind that names a field (a label of the file's own, Android's "X-Standard",
        # Samsung's X-CUSTOM(…), names none).
        unsaid = not {k for k in kinds if not k.startswith("X-")} - {"VOICE", "PREF", "OTHER"}
        if "FAX" in kinds:
            column = "Business fax" if "HOME" not in kinds else ""
        elif "PAGER" in kinds:
            column = ""
        elif kinds & {"CELL", "MOBILE", "IPHONE"}:
            column = "Mobile phone"
        elif "HOME" in kinds:
            column = "Home phone"
        elif unsaid and not row["Mobile phone"] and mobile_number(number):
            column = "Mobile phone"  # no kind, but "06 12 34 56 78", "+49 151…" is a mobile
        elif kinds & {"WORK", "MAIN", "VOICE", "PREF"} or not kinds - {"OTHER"} or not kinds:
            column = "Business phone" if "OTHER" not in kinds else ""
        else:
            column = ""
        if column and not row[column]:
            row[column] = number
            if ext and column == "Business phone":
                row["Extension"] = ext
            elif ext:
                row[column] = f"{number} ext. {ext}"  # (a field: read back by the checks)
            if _own_label(label):
                text = words.extension(number, ext) if ext else number
                card.kept.append(words.in_field(column, label, text))
                card.labels.append(label)
            continue
        text = words.extension(number, ext) if ext else number
        card.kept.append(words.phone(_describe(kinds, label), text))
        extra += 1
    return words.phones_placed(len(phones), extra) if extra else ""


def _place_emails(card: _Card, emails: list[tuple[set[str], str, str]]) -> str:
    """The card's e-mails into the two e-mail fields (the preferred one first, then in the
    card's order), the rest into the note; returns what the remarks say about them.

    No address is lost. One that got a field has nothing else to say, unless it has a label
    of its own (Apple's "item1.X-ABLabel:Comptabilité", Android's "EMAIL;X-Comptabilite"
    or X-CUSTOM(…)): that label goes to the note with its address ("E-mail 2
    (Comptabilité): compta@x.fr") and the remarks say so. Apple's _$!<Other>!$_, WORK,
    HOME are kinds, not labels: nothing to keep. An address with no field left goes to the
    note with its label, or its kind ("E-mail (Comptabilité): …", "E-mail (other): …").
    """
    ordered = sorted(emails, key=lambda e: "PREF" not in e[0])  # the preferred one first
    row = card.row
    for (_kinds, label, value), column in zip(ordered, ("E-mail", "E-mail 2"), strict=False):
        row[column] = value
        if _own_label(label):
            card.kept.append(words.in_field(column, label, value))
            card.labels.append(label)
    for kinds, label, value in ordered[2:]:
        card.kept.append(words.email(_describe(kinds, label), value))
    return words.emails_placed(len(ordered)) if len(ordered) > 2 else ""
