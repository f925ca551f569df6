"""Google Contacts and Outlook CSV exports: phones, e-mails, addresses and web sites placed
by their labels, never by their position, and nothing dropped.

Google writes "Phone 1 - Label" / "Phone 1 - Value" pairs (older exports: "- Type"), where a
mobile may come first and one cell may hold several values joined by " ::: "; Outlook writes
one column per kind of phone (Business Phone, Business Phone 2, Mobile Phone, Pager…). Both
are rewritten here into the plain columns the header aliases know (Business phone, Mobile
phone, E-mail 2, Home street…); values with no field of their own go to an "Other details"
column (imported into the contact's note, each with its label) and an "Import remarks"
column says, for the import report, what went where. A label of the user's own
("Comptabilité", "Entrepôt") on an e-mail or an address that did get a field goes to the
note with it as well. Outlook's columns that do not say which phone they hold ("Primary
Phone", "Other Phone"…) give a mobile number to the mobile field when no column claims it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_crm.interchange import note_words as words
from desktop_crm.interchange.export_leftovers import (
    OTHER_DETAILS,
    REMARKS,
    linkedin,
)
from desktop_crm.interchange.headers import header_key
from desktop_crm.interchange.table import Sheet
from desktop_crm.interchange.vcard_extras import (
    date_text,
    iso_day_text,
    mobile_number,
    no_year,
)
from desktop_crm.interchange.vcard_placing import kind_label

PHONE_COLUMNS = ("Business phone", "Mobile phone", "Home phone", "Business fax")
MAIN_ADDRESS = ("Street", "Street 2", "Street 3", "City", "Postcode", "Country")
HOME_ADDRESS = ("Home street", "Home street 2", "Home city", "Home postal code", "Home country")
_GOOGLE = re.compile(
    r"^(e-?mail|phone|address|website|relation|event|im|custom field)\s+(\d+)\s+-\s+(.+)$",
    re.IGNORECASE,
)
OUTLOOK_MIN_COLUMNS = 10
_MULTI = re.compile(r"\s*:::\s*")

# Phone label (Google) -> column, by meaning.
_PHONE_LABELS = {
    "mobile": "Mobile phone",
    "cell": "Mobile phone",
    "portable": "Mobile phone",
    "iphone": "Mobile phone",
    "work": "Business phone",
    "main": "Business phone",
    "business": "Business phone",
    "company main": "Business phone",
    "bureau": "Business phone",
    "travail": "Business phone",
    "home": "Home phone",
    "domicile": "Home phone",
    "work fax": "Business fax",
    "fax": "Business fax",
    "business fax": "Business fax",
    "home fax": "Business fax",
    "other fax": "Business fax",
}
# Google's own e-mail labels (the kinds its form offers), English or French ("* Travail",
# "Domicile", "Autre"): nothing to keep once the address has a field. Any other label is
# the user's ("Comptabilité").
_EMAIL_KINDS = frozenset(
    {"", "home", "work", "other", "mobile", "domicile", "travail", "autre", "portable"}
)
# Phone labels that do not say which phone it is: Google's "Other" (French "Autre").
_PHONE_OTHER = frozenset({"other", "autre"})
# Google's address labels, English or French: the same, for addresses. "Home" and its
# French "Domicile" name the home address.
_ADDRESS_HOME = frozenset({"home", "domicile"})
_ADDRESS_KINDS = _ADDRESS_HOME | {"", "work", "other", "travail", "autre"}

# Outlook phone and e-mail headers (EN and FR, compared by header_key) -> (column, label),
# in the order they claim a column: a later one only fills a column still empty.
_OUTLOOK_ORDER: tuple[tuple[tuple[str, ...], str | None, str], ...] = (
    (
        ("business phone", "telephone professionnel", "tel bureau", "telephone bureau"),
        "Business phone",
        "business",
    ),
    (("mobile phone", "tel mobile", "telephone mobile"), "Mobile phone", "mobile"),
    (("home phone", "telephone domicile", "telephone personnel"), "Home phone", "home"),
    (("business fax", "telecopie professionnelle", "telecopie bureau"), "Business fax", "fax"),
    (("e mail address", "adresse de messagerie"), "E-mail", "e-mail"),
    (("e mail 2 address", "adresse de messagerie 2"), "E-mail 2", "e-mail 2"),
    (("primary phone", "telephone principal"), "Business phone", "primary"),
    (("company main phone", "telephone societe"), "Business phone", "company main"),
    (
        ("business phone 2", "telephone professionnel 2", "telephone 2 bureau"),
        "Business phone",
        "business 2",
    ),
    (("other phone", "autre telephone", "telephone autre"), "Business phone", "other"),
    (("car phone", "telephone voiture"), "Mobile phone", "car"),
    (("home phone 2", "telephone domicile 2", "telephone 2 domicile"), "Home phone", "home 2"),
    (("home fax", "telecopie domicile", "telecopie personnelle"), "Business fax", "home fax"),
    (("other fax", "autre telecopie", "telecopie autre"), "Business fax", "other fax"),
    (("e mail 3 address", "adresse de messagerie 3"), None, "e-mail 3"),
    (("pager", "radiomessagerie", "recepteur de radiomessagerie"), None, "pager"),
    (("assistant s phone", "telephone de l assistant e", "telephone assistant"), None, "assistant"),
    (("callback", "rappel"), None, "callback"),
    (("isdn", "rnis"), None, "ISDN"),
    (("radio phone", "radiotelephone", "radio telephone"), None, "radio"),
    (("telex",), None, "telex"),
    (("tty tdd phone", "telephone tdd tty"), None, "TTY/TDD"),
    # Address parts without a field (the rest maps by the header aliases).
    (("business state", "dep region bureau", "business po box", "home state"), None, "region"),
    (("dep region domicile", "home po box", "home street 3", "rue domicile 3"), None, "home"),
    (("other street", "other street 2", "other street 3", "other po box"), None, "other"),
    (("other city", "other state", "other postal code", "other country region"), None, "other"),
    (("rue autre", "ville autre", "code postal autre", "pays region autre"), None, "other"),
    (("rue autre 2", "rue autre 3", "dep region autre"), None, "other"),
)
# Outlook's phone columns that do not say which phone they hold (by their labels above):
# a mobile number there takes the mobile field when no column claims it (``_outlook``).
_OUTLOOK_UNSAID = frozenset({"primary", "company main", "business 2", "other"})
# Outlook's street columns (EN and FR), by header_key: line 1, 2 and 3 of each address.
_OUTLOOK_STREETS = (
    ("business street", "business street 2", "business street 3"),
    ("rue bureau", "rue bureau 2", "rue bureau 3"),
    ("home street", "home street 2"),
    ("rue domicile", "rue domicile 2"),
)
_NO_DATE = frozenset({"0/0/00", "00/00/00", "0/0/0000", "00/00/0000"})
_OUTLOOK_KEYS = {key: index for index, entry in enumerate(_OUTLOOK_ORDER) for key in entry[0]}


@dataclass
class _Row:
    cells: dict[str, str] = field(default_factory=dict)
    other: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)  # the remarks' stable codes
    labels: list[str] = field(default_factory=list)  # own labels of values given a field

    def remark(self, code: str, text: str, at: int | None = None) -> None:
        at = len(self.remarks) if at is None else at
        self.remarks.insert(at, text)
        self.codes.insert(at, code)

    def put(self, column: str | None, value: str) -> bool:
        """The value into the column if it is free (else the caller keeps it in the note)."""
        if column is not None and not self.cells.get(column):
            self.cells[column] = value
            return True
        return False


def _label(text: str) -> tuple[str, bool]:
    """A Google label without its primary marker: ("Mobile", False) from "Mobile",
    ("Work", True) from "* Work"."""
    text = text.strip()
    return text.lstrip("*").strip(), text.startswith("*")


def _values(text: str) -> list[str]:
    return [v for v in (p.strip() for p in _MULTI.split(text or "")) if v]


def _google(sheet: Sheet) -> Sheet | None:
    header = sheet.rows[0]
    groups: dict[tuple[str, int], dict[str, int]] = {}
    for index, text in enumerate(header):
        found = _GOOGLE.match(text.strip())
        if found:
            kind = found.group(1).casefold().replace("-", "")
            part = found.group(3).strip().casefold()
            groups.setdefault((kind, int(found.group(2))), {})[part] = index
    if not any(kind == "phone" for kind, _n in groups) and not any(
        kind in ("email", "address") and n > 1 for kind, n in groups
    ):
        return None
    consumed = {i for parts in groups.values() for i in parts.values()}
    ordered = sorted(groups.items(), key=lambda item: (item[0][0], item[0][1]))
    columns = [
        *PHONE_COLUMNS,
        "E-mail",
        "E-mail 2",
        *MAIN_ADDRESS,
        *HOME_ADDRESS,
        "Website",
        OTHER_DETAILS,
        REMARKS,
    ]
    kept = [i for i in range(len(header)) if i not in consumed]
    rows = [[header[i] for i in kept] + columns]
    keys = [header_key(header[i]) for i in kept]
    birthday = keys.index("birthday") if "birthday" in keys else None
    codes: dict[int, tuple[str, ...]] = {}
    for cells in sheet.rows[1:]:

        def get(parts: dict[str, int], name: str, cells: list[str] = cells) -> str:
            index = parts.get(name)
            return cells[index].strip() if index is not None and index < len(cells) else ""

        row = _Row()
        phones: list[tuple[str, str]] = []
        emails: list[tuple[str, bool, str]] = []
        addresses: list[tuple[str, dict[str, str]]] = []
        sites: list[tuple[str, str]] = []
        for (kind, _n), parts in ordered:
            label, primary = _label(get(parts, "label") or get(parts, "type"))
            if kind == "phone":
                phones += [(label, v) for v in _values(get(parts, "value"))]
            elif kind == "email":
                emails += [(label, primary, v) for v in _values(get(parts, "value"))]
            elif kind == "website":
                sites += [(label, v) for v in _values(get(parts, "value"))]
            elif kind != "address":
                row.other += _google_other(kind, label, get(parts, "service"), get(parts, "value"))
            else:
                address = {
                    name: get(parts, name) for name in parts if name not in ("label", "type")
                }
                if any(address.values()):
                    addresses.append((label, address))
        _place_phones(row, phones)
        _place_emails(row, emails)
        at = len(row.remarks)  # the labels kept are said after the e-mails
        _place_addresses(row, addresses)
        if row.labels:
            row.remark("labels_in_note", words.labels_in_note(row.labels), at)
        for position, (label, site) in enumerate(sites):
            if position == 0:
                row.cells["Website"] = site
            else:
                row.other.append(words.website(site, kind_label(label) or words.kind("other")))
        values = [cells[i] if i < len(cells) else "" for i in kept]
        if birthday is not None and (day := no_year(values[birthday], {})):
            values[birthday] = ""  # "--07-14": Google's birthday without a year
            row.other.append(words.birthday_no_year(day))
        codes[len(rows)] = tuple(row.codes)
        rows.append(_finish(row, values, columns))
    return Sheet(sheet.name, rows, leftovers=True, remark_codes=_nonempty(codes))


def _google_other(kind: str, label: str, service: str, text: str) -> list[str]:
    """Relations, events, instant messaging and custom fields as lines for the note."""
    lines = []
    other = words.kind("other")
    for value in _values(text):
        if kind == "relation":
            lines.append(words.related(kind_label(label) or other, value))
        elif kind == "event":
            lines.append(words.date(kind_label(label) or other, date_text(value, {})))
        elif kind == "im":
            lines.append(words.messaging(service or kind_label(label) or other, value))
        else:
            value = iso_day_text(value)
            lines.append(words.line(label, value) if label else words.custom_field(value))
    return lines


def _place_phones(row: _Row, phones: list[tuple[str, str]]) -> None:
    """Phones into the phone fields by their labels, the rest into the note.

    Labelled phones ("Mobile", "* Work", "Home fax") claim their field first. One that does
    not say which phone it is (no label, or Google's "Other", French "Autre") then takes
    the mobile field
    when it is a mobile number, French or foreign (``vcard_extras.mobile_number``) and the
    field is free; else an unlabelled one takes the business phone if free and one labelled
    "Other" goes to the note. A label of the user's own ("Standard") has no field: the note,
    with that label. Nothing is dropped; the remarks count what went to the note.
    """
    extra = 0
    for label, number in sorted(phones, key=lambda p: p[0].casefold() not in _PHONE_LABELS):
        column = _PHONE_LABELS.get(label.casefold())
        if column is None and (not label or label.casefold() in _PHONE_OTHER):
            if not row.cells.get("Mobile phone") and mobile_number(number):
                column = "Mobile phone"
            elif not label:
                column = "Business phone"
        if not row.put(column, number):
            row.other.append(words.phone(kind_label(label) or words.kind("no label"), number))
            extra += 1
    if extra:
        row.remark("phones_placed", words.phones_placed(len(phones), extra))


def _place_emails(row: _Row, emails: list[tuple[str, bool, str]]) -> None:
    """E-mails into the two e-mail fields (the primary one, "* Work", first; then in the
    file's order, each address of a " ::: " cell on its own), the rest into the note.

    No address is lost. One that got a field has nothing else to say, unless its label is
    the user's own ("Comptabilité"): the note keeps it beside the address ("E-mail 2
    (Comptabilité): compta@x.fr") and the remarks say so ("1 label in the note
    (Comptabilité)", said by the caller with the addresses' labels). Google's "Work",
    "Home", "Other" and their French "Travail", "Domicile", "Autre" are kinds: nothing to
    keep. An address with no field left goes to the
    note with its label ("E-mail (Home): …").
    """
    ordered = sorted(emails, key=lambda e: not e[1])  # the primary one first
    for position, (label, _primary, value) in enumerate(ordered):
        column = ("E-mail", "E-mail 2")[position] if position < 2 else None
        if not row.put(column, value):
            row.other.append(words.email(kind_label(label) or words.kind("other"), value))
        elif column and label.casefold() not in _EMAIL_KINDS:
            row.other.append(words.in_field(column, label, value))
            row.labels.append(label)
    if len(ordered) > 2:
        row.remark("emails_placed", words.emails_placed(len(ordered)))


def _lines(address: dict[str, str]) -> list[str]:
    lines = [address.get("extended address", ""), *address.get("street", "").split("\n")]
    lines.append(address.get("po box", ""))
    return [line.strip() for line in lines if line.strip()]


def _fill(row: _Row, columns: tuple[str, ...], lines: list[str]) -> None:
    head, tail = lines[: len(columns) - 1], lines[len(columns) - 1 :]
    for column, text in zip(columns, [*head, ", ".join(tail)], strict=False):
        if text:
            row.cells[column] = text


def _place_addresses(row: _Row, addresses: list[tuple[str, dict[str, str]]]) -> None:
    """The first address labelled "Home" (French "Domicile") into the home fields, the
    first other one into the address fields, the rest into the note with their labels.

    No address is lost. One that got the address fields keeps a label of the user's own
    ("Address 1 - Label: Entrepôt") in the note beside it ("Address (Entrepôt): 12 rue
    Mercière, 69002 Lyon, France"), as e-mails do (``_place_emails``); Google's "Work",
    "Home", "Other" and their French "Travail", "Domicile", "Autre" are kinds: nothing to
    keep. A region has no field: a line of its own in the note ("Region (address): …"),
    unless that labelled line already says it ("Montréal QC H3A 3G4"): said once.
    """

    def placeable(address: dict[str, str]) -> bool:
        return any(address.get(k) for k in ("street", "city", "postal code", "po box"))

    home = next(
        (a for a in addresses if a[0].casefold() in _ADDRESS_HOME and placeable(a[1])), None
    )
    work = next((a for a in addresses if a is not home and placeable(a[1])), None)
    for entry in addresses:
        label, address = entry
        if entry is work:
            _fill(row, MAIN_ADDRESS[:3], _lines(address))
            row.cells["City"] = address.get("city", "")
            row.cells["Postcode"] = address.get("postal code", "")
            row.cells["Country"] = address.get("country", "")
            is_home = False
            if label.casefold() not in _ADDRESS_KINDS:
                text = _address_text(address)
                row.other.append(words.in_field("Address", label, text))
                row.labels.append(label)
                if _says(text, address.get("region", "")):
                    continue  # ("Montréal QC H3A 3G4": the region is said once)
        elif entry is home:
            _fill(row, HOME_ADDRESS[:2], _lines(address))
            row.cells["Home city"] = address.get("city", "")
            row.cells["Home postal code"] = address.get("postal code", "")
            row.cells["Home country"] = address.get("country", "")
            is_home = True
        else:
            text = _address_text(address)
            row.other.append(words.address(kind_label(label) or words.kind("other"), text))
            continue
        if address.get("region"):
            row.other.append(words.region(address["region"], home=is_home))
    if len(addresses) > 2 or (addresses and work is None and home is None):
        placed = sum(1 for a in (work, home) if a is not None)
        row.remark("addresses_placed", words.addresses_placed(len(addresses), placed))


def _says(text: str, region: str) -> bool:
    """Whether an address's line for the note already holds its region as a word of its own
    ("QC" in "1000 rue Sherbrooke O Montréal QC H3A 3G4 Canada"; Google's French formatted
    address has none)."""
    return bool(region) and re.search(rf"(?<!\w){re.escape(region)}(?!\w)", text) is not None


def _address_text(address: dict[str, str]) -> str:
    """An address on one line, for the note: Google's formatted text, else its parts."""
    text = address.get("formatted") or ", ".join(
        p
        for p in (
            *_lines(address),
            address.get("postal code", ""),
            address.get("city", ""),
            address.get("region", ""),
            address.get("country", ""),
        )
        if p
    )
    return " ".join(text.split())


def _finish(row: _Row, kept: list[str], columns: list[str]) -> list[str]:
    if row.other:
        row.cells[OTHER_DETAILS] = "\n".join([words.intro_file(), *row.other])
    if row.remarks:
        row.cells[REMARKS] = words.file_remarks(row.remarks)
    return kept + [row.cells.get(c, "") for c in columns]


def _outlook(sheet: Sheet) -> Sheet | None:
    """Outlook's CSV export, its phone and e-mail columns rearranged into the fields.

    Each column claims its field in the order of ``_OUTLOOK_ORDER``: labelled ones first
    ("Business Phone", "Mobile Phone", "Home Phone"…: their numbers stay where they say,
    mobile or not), then those that do not say which phone they hold ("Primary Phone",
    "Company Main Phone", "Business Phone 2", "Other Phone", and their French names). A
    mobile number there, French (06/07, one that can exist: "07 00 00 00 00" is none) or
    foreign (``vcard_extras.mobile_number``), takes
    the mobile field when neither "Mobile Phone" nor "Car Phone" holds a number (the first
    such column in that order); any other number, or a mobile when the field is claimed,
    goes where it always went: the business phone if still free, else the note with its
    header ("Other Phone: …"), counted in the remarks. Nothing is dropped.
    """
    header = sheet.rows[0]
    found = {
        index: _OUTLOOK_KEYS[key]
        for index, text in enumerate(header)
        if (key := header_key(text)) in _OUTLOOK_KEYS
    }
    # Outlook writes all its phone columns, even empty: a file with only a few of these
    # headers is someone's own table, left as it is (its saved mappings keep working).
    if len(found) < OUTLOOK_MIN_COLUMNS:
        return None
    consumed = set(found)
    columns = [*PHONE_COLUMNS, "E-mail", "E-mail 2", OTHER_DETAILS, REMARKS]
    kept = [i for i in range(len(header)) if i not in consumed]
    # Each Outlook column, in the order it claims a field.
    order = sorted(found.items(), key=lambda item: item[1])
    names = [header[i] for i in kept]
    titles = [n for n, name in enumerate(names) if header_key(name) == "titre"]
    if len(titles) > 1:  # French Outlook: "Titre" (Mr, Mrs), then "Titre" (the job title)
        names[titles[1]] = "Fonction"
    rows = [names + columns]
    keys = [header_key(name) for name in names]
    streets = [[keys.index(k) for k in group if k in keys] for group in _OUTLOOK_STREETS]
    dates = [n for n, key in enumerate(keys) if key in ("birthday", "anniversaire")]
    codes: dict[int, tuple[str, ...]] = {}
    for cells in sheet.rows[1:]:
        row = _Row()
        extra = 0
        given = [
            (index, entry, cells[index].strip()) for index, entry in order if index < len(cells)
        ]
        # "Mobile Phone" and "Car Phone" claim the mobile field before any other column.
        claimed = any(value and _OUTLOOK_ORDER[e][1] == "Mobile phone" for _i, e, value in given)
        for index, entry, value in given:
            if not value:
                continue
            _keys, column, label = _OUTLOOK_ORDER[entry]
            if label in _OUTLOOK_UNSAID and not claimed and mobile_number(value):
                column, claimed = "Mobile phone", True
            if not row.put(column, value):
                row.other.append(words.line(header[index].strip(), value))
                extra += 1
        if extra:
            row.remark("values_in_note", words.values_in_note(extra))
        values = [cells[i] if i < len(cells) else "" for i in kept]
        for places in streets:
            if places and "\n" in values[places[0]]:
                _split_street(values, places)
        for place in dates:
            if values[place].strip() in _NO_DATE:
                values[place] = ""  # Outlook's "no birthday", not a date to flag
        codes[len(rows)] = tuple(row.codes)
        rows.append(_finish(row, values, columns))
    return Sheet(sheet.name, rows, leftovers=True, remark_codes=_nonempty(codes))


def _nonempty(codes: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
    return {index: found for index, found in codes.items() if found}


def _split_street(values: list[str], places: list[int]) -> None:
    """Outlook's street cell holds every line of the street ("ZA des Prés" CR LF "Bât. C"):
    one line per street column still empty, the rest joined into the last one."""
    lines = [line.strip() for line in values[places[0]].splitlines() if line.strip()]
    targets = [places[0], *(p for p in places[1:] if not values[p].strip())]
    head, tail = lines[: len(targets) - 1], lines[len(targets) - 1 :]
    for place, text in zip(targets, [*head, ", ".join(tail)], strict=False):
        values[place] = text


def rearrange(sheet: Sheet) -> Sheet:
    """A Google Contacts or Outlook CSV export rearranged as described above; any other
    sheet unchanged."""
    if not sheet.rows:
        return sheet
    return _google(sheet) or _outlook(sheet) or linkedin(sheet) or sheet
