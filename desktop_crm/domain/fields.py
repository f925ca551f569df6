"""The field catalogue: one description of every contact and company field.

Each field is written once here: its English label (the text the card shows), its kind, its
maximum length (the storage column takes the same), its pick list, its French export header,
its merge field name and the import headers that map to it. The storage models, the import
header guesser, the exports, the merge fields, the duplicate matcher and the validation rules
read this module instead of keeping their own copies; screens read the layouts below (card
sections, list columns with default widths) and ``field(name).label``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Literal

from desktop_crm.domain.field_aliases import EXPORT_HEADERS, IMPORT_ALIASES, MERGE_ALIASES

Record = Literal["contact", "company"]


class FieldKind(StrEnum):
    """What a field holds, which decides its editor, its checks and its storage type."""

    TEXT = "text"
    LONG_TEXT = "long_text"  # stored as TEXT; the length is a validation limit only
    PICKLIST = "picklist"
    POSTCODE = "postcode"
    URL = "url"
    PHONE = "phone"
    EMAIL = "email"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    REFERENCE = "reference"  # the id of another record


# Kinds typed as free text: cleaned, then checked against the maximum length.
TEXT_KINDS = frozenset(
    {FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.PICKLIST, FieldKind.POSTCODE, FieldKind.URL}
)
# Lengths shared by every phone and e-mail field (E.164 with room for typing; RFC 5321).
PHONE_LENGTH = 32
EMAIL_LENGTH = 254


@dataclass(frozen=True)
class FieldSpec:
    """One field of a contact or a company and everything the program needs to know of it."""

    name: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    max_length: int | None = None
    picklist: str | None = None
    # False for dates the program sets (created, last reach...): shown, never typed.
    editable: bool = True
    # False for a field kept on the record but not shown on its card (merged, not typed).
    on_card: bool = True
    # A change writes a "Field changed" history entry (contacts).
    tracked: bool = False
    export_header: str | None = None
    merge_name: str | None = None
    merge_label: str | None = None
    merge_aliases: tuple[str, ...] = ()
    import_aliases: tuple[str, ...] = ()
    # The label where the field stands outside its card section (import mapping, merge):
    # "Home city" where the card says "City" under "Home address".
    long_label: str | None = None

    @property
    def is_text(self) -> bool:
        return self.kind in TEXT_KINDS

    @property
    def multiline(self) -> bool:
        """Keeps tabs and line breaks when cleaned (``domain.cleaning``); others are one line."""
        return self.kind is FieldKind.LONG_TEXT

    @property
    def full_label(self) -> str:
        """The label that names the field on its own, away from its card section."""
        return self.long_label or self.label


def _text(name: str, label: str, length: int, **more: Any) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.TEXT, length, **more)


def _pick(name: str, label: str, length: int, **more: Any) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.PICKLIST, length, name, **more)


def _phone(name: str, label: str, **more: Any) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.PHONE, PHONE_LENGTH, **more)


def _email(name: str, label: str, **more: Any) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.EMAIL, EMAIL_LENGTH, **more)


def _flag(name: str, label: str) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.BOOL)


def _system_date(name: str, label: str) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.DATETIME, editable=False)


# The order is the order of the editable fields everywhere (text, phones, e-mails, flags,
# dates, references): services iterate it, so keep new fields at the end of their group.
_CONTACT_FIELDS: tuple[FieldSpec, ...] = (
    _pick(
        "civility",
        "Title",
        20,
        tracked=True,
        merge_name="civility",
        merge_label="Civility",
    ),
    _text(
        "first_name",
        "First name",
        80,
        tracked=True,
        merge_name="first_name",
    ),
    _text(
        "last_name",
        "Last name",
        80,
        tracked=True,
        merge_name="last_name",
    ),
    _text(
        "salutation",
        "Salutation",
        120,
    ),
    _text(
        "job_title",
        "Job title",
        120,
        merge_name="job_title",
    ),
    _text(
        "department",
        "Department",
        120,
        merge_name="department",
    ),
    _text(
        "company_name",
        "Company",
        160,
        tracked=True,
        merge_name="company",
    ),
    _text(
        "phone_ext",
        "Ext.",
        20,
        long_label="Extension",
    ),
    FieldSpec(
        "website",
        "Website",
        FieldKind.URL,
        200,
    ),
    _text(
        "address1",
        "Address",
        120,
        tracked=True,
        long_label="Address 1",
        merge_name="address1",
        merge_label="Address line 1",
    ),
    _text(
        "address2",
        "Address 2",
        120,
        tracked=True,
    ),
    _text(
        "address3",
        "Address 3",
        120,
        tracked=True,
    ),
    FieldSpec(
        "postcode",
        "Postcode",
        FieldKind.POSTCODE,
        20,
        tracked=True,
        merge_name="postcode",
    ),
    _text(
        "city",
        "City",
        80,
        tracked=True,
        merge_name="city",
    ),
    _text(
        "cedex",
        "Cedex",
        40,
    ),
    _text(
        "country",
        "Country",
        80,
        tracked=True,
        merge_name="country",
    ),
    _text(
        "home_address1",
        "Address",
        120,
        long_label="Home address 1",
    ),
    _text("home_address2", "Address 2", 120, long_label="Home address 2"),
    FieldSpec(
        "home_postcode",
        "Postcode",
        FieldKind.POSTCODE,
        20,
        long_label="Home postcode",
    ),
    _text(
        "home_city",
        "City",
        80,
        long_label="Home city",
    ),
    _text(
        "home_country",
        "Country",
        80,
        long_label="Home country",
    ),
    _pick(
        "status",
        "Status",
        60,
        tracked=True,
    ),
    _pick(
        "industry",
        "Industry",
        120,
    ),
    _pick(
        "company_size",
        "Company size",
        40,
    ),
    _pick(
        "referred_by",
        "Referred by",
        120,
    ),
    _text("potential", "Potential", 60),
    _text("id_status", "ID/Status", 60),
    _text("last_results", "Last results", 250),
    _text("equipment", "Equipment", 250),
    _phone(
        "phone_business",
        "Phone",
        tracked=True,
    ),
    _phone(
        "phone_mobile",
        "Mobile",
        tracked=True,
    ),
    _phone(
        "phone_home",
        "Home phone",
        tracked=True,
    ),
    _phone(
        "phone_fax",
        "Fax",
        tracked=True,
    ),
    _email(
        "email",
        "E-mail",
        tracked=True,
        merge_name="email",
    ),
    _email(
        "email2",
        "E-mail 2",
        tracked=True,
    ),
    _flag("do_not_mail", "Do not mail"),
    _flag("do_not_call", "Do not call"),
    _flag("do_not_email", "Do not e-mail"),
    _flag("npai", "Returned mail (NPAI)"),
    _flag("email_invalid", "E-mail invalid"),
    _flag("to_review", "To review"),
    FieldSpec(
        "contract_end",
        "Contract end",
        FieldKind.DATE,
    ),
    FieldSpec(
        "birthday",
        "Birthday",
        FieldKind.DATE,
    ),
    FieldSpec("company_id", "Company record", FieldKind.REFERENCE, tracked=True),
    FieldSpec("record_manager_id", "Record manager", FieldKind.REFERENCE, tracked=True),
    _system_date("created_at", "Created"),
    _system_date("edited_at", "Edited"),
    _system_date("last_reach", "Last reach"),
    _system_date("last_attempt", "Last attempt"),
    _system_date("last_meeting", "Last meeting"),
    _system_date("last_letter", "Last letter"),
    _system_date("last_email", "Last e-mail"),
)

# Each contact field with its export header and aliases (``domain.field_aliases``).
CONTACT_CATALOGUE: tuple[FieldSpec, ...] = tuple(
    replace(
        spec,
        export_header=EXPORT_HEADERS.get(spec.name),
        import_aliases=IMPORT_ALIASES.get(spec.name, ()),
        merge_aliases=MERGE_ALIASES.get(spec.name, ()),
    )
    for spec in _CONTACT_FIELDS
)

# The company card's fields (text first, then phones, e-mail and the parent company).
COMPANY_CATALOGUE: tuple[FieldSpec, ...] = (
    _text("name", "Name", 160),
    _text("legal_form", "Legal form", 40),
    _text("siren", "SIREN", 9),
    _text("siret", "SIRET", 14),
    _text("vat_number", "VAT number", 20),
    _pick("industry", "Industry", 120),
    _pick("company_size", "Company size", 40),
    _pick("status", "Status", 60),
    _pick("referred_by", "Referred by", 120),
    FieldSpec("website", "Website", FieldKind.URL, 200),
    _text("address1", "Address", 120, long_label="Address 1"),
    _text("address2", "Address 2", 120),
    _text("address3", "Address 3", 120),
    FieldSpec("postcode", "Postcode", FieldKind.POSTCODE, 20),
    _text("city", "City", 80),
    _text("cedex", "Cedex", 40),
    _text("country", "Country", 80),
    FieldSpec("details", "Details", FieldKind.LONG_TEXT, 100_000),
    _phone("phone", "Phone"),
    _phone("fax", "Fax"),
    _email("email", "E-mail"),
    FieldSpec("parent_id", "Division of", FieldKind.REFERENCE),
    # Kept by a merge of companies; no editor on the company card yet.
    FieldSpec("record_manager_id", "Record manager", FieldKind.REFERENCE, on_card=False),
    _system_date("created_at", "Created"),
    _system_date("edited_at", "Edited"),
)

_CATALOGUES: dict[Record, MappingProxyType[str, FieldSpec]] = {
    "contact": MappingProxyType({f.name: f for f in CONTACT_CATALOGUE}),
    "company": MappingProxyType({f.name: f for f in COMPANY_CATALOGUE}),
}


def catalogue(record: Record = "contact") -> tuple[FieldSpec, ...]:
    """Every field of a contact or a company, in catalogue order."""
    return tuple(_CATALOGUES[record].values())


def field(name: str, record: Record = "contact") -> FieldSpec:
    """The description of one field; ``KeyError`` for a name not in the catalogue."""
    return _CATALOGUES[record][name]


def names(specs: Iterable[FieldSpec]) -> tuple[str, ...]:
    return tuple(spec.name for spec in specs)


def of_kind(record: Record, *kinds: FieldKind) -> tuple[FieldSpec, ...]:
    """Editable fields of the given kinds, in catalogue order."""
    return tuple(f for f in catalogue(record) if f.editable and f.kind in kinds)


def text_lengths(record: Record = "contact") -> dict[str, int]:
    """Editable free-text fields and their maximum lengths, in catalogue order."""
    return {
        f.name: f.max_length
        for f in catalogue(record)
        if f.editable and f.is_text and f.max_length is not None
    }


def column_length(name: str, record: Record = "contact") -> int:
    """The ``String(n)`` length of a field's storage column."""
    spec = field(name, record)
    if spec.max_length is None or spec.kind is FieldKind.LONG_TEXT:
        raise ValueError(f"{record}.{name} is not stored as a sized string")
    return spec.max_length


def import_aliases(name: str) -> tuple[str, ...]:
    """Import headers (French, English, Outlook, Google, ACT!) that fill a contact field."""
    return field(name).import_aliases


# ------------------------------------------------------------------------------ layouts


@dataclass(frozen=True)
class CardSection:
    """A group box of the contact card: its key, English title and fields in order."""

    key: str
    title: str
    fields: tuple[str, ...]


CARD_SECTIONS: tuple[CardSection, ...] = (
    CardSection(
        "Identity",
        "Identity",
        (
            "civility",
            "first_name",
            "last_name",
            "salutation",
            "job_title",
            "department",
            "birthday",
        ),
    ),
    CardSection("Company", "Company", ("company_name", "industry", "company_size", "website")),
    CardSection(
        "Phones",
        "Phones",
        ("phone_business", "phone_ext", "phone_mobile", "phone_home", "phone_fax"),
    ),
    CardSection("E-mails", "E-mails", ("email", "email2")),
    CardSection(
        "Business address",
        "Business address",
        ("address1", "address2", "address3", "postcode", "city", "cedex", "country"),
    ),
    CardSection(
        "Home address",
        "Home address",
        ("home_address1", "home_address2", "home_postcode", "home_city", "home_country"),
    ),
    CardSection(
        "Status",
        "Status",
        (
            "status",
            "referred_by",
            "potential",
            "id_status",
            "last_results",
            "equipment",
            "contract_end",
        ),
    ),
    CardSection(
        "Flags",
        "Mailing flags",
        ("do_not_mail", "do_not_call", "do_not_email", "npai", "email_invalid", "to_review"),
    ),
)
COMPANY_CARD_SECTIONS: tuple[CardSection, ...] = (
    CardSection(
        "company",
        "Company",
        (
            "name",
            "legal_form",
            "siren",
            "siret",
            "vat_number",
            "industry",
            "company_size",
            "status",
            "referred_by",
        ),
    ),
    CardSection("reach", "Phone and web", ("phone", "fax", "email", "website")),
    CardSection(
        "address",
        "Address",
        ("address1", "address2", "address3", "postcode", "city", "cedex", "country"),
    ),
)


def card_fields(
    record: Record = "contact",
) -> tuple[tuple[CardSection, tuple[FieldSpec, ...]], ...]:
    """The card's sections with the description of each of their fields."""
    sections = CARD_SECTIONS if record == "contact" else COMPANY_CARD_SECTIONS
    return tuple((s, tuple(field(n, record) for n in s.fields)) for s in sections)


@dataclass(frozen=True)
class ListColumn:
    """A column of the contact list: its field, default width in pixels, shown by default."""

    name: str
    width: int = 110
    shown: bool = True

    @property
    def label(self) -> str:
        return field(self.name).label


# The one place the contact list's columns, their order, default widths and visibility live.
CONTACT_LIST_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("last_name"),
    ListColumn("first_name"),
    ListColumn("company_name", 150),
    ListColumn("phone_business"),
    ListColumn("phone_mobile"),
    ListColumn("email", 150),
    ListColumn("city"),
    ListColumn("postcode"),
    ListColumn("status"),
    ListColumn("job_title", shown=False),
    ListColumn("last_reach"),
    ListColumn("edited_at", shown=False),
)


def list_columns() -> tuple[ListColumn, ...]:
    """The contact list's columns in their default order."""
    return CONTACT_LIST_COLUMNS


# Columns of an export when the user picks none: what a salesperson's spreadsheet holds.
DEFAULT_EXPORT: tuple[str, ...] = (
    "civility",
    "first_name",
    "last_name",
    "company_name",
    "job_title",
    "department",
    "phone_business",
    "phone_mobile",
    "phone_fax",
    "email",
    "email2",
    "website",
    "address1",
    "address2",
    "address3",
    "postcode",
    "city",
    "cedex",
    "country",
    "status",
    "industry",
    "referred_by",
)


def export_fields() -> tuple[FieldSpec, ...]:
    """The contact fields exported by default, in column order."""
    return tuple(field(name) for name in DEFAULT_EXPORT)


def export_header(name: str) -> str:
    """The French column header of an exported field (the field name when it has none)."""
    return field(name).export_header or name


def merge_fields() -> tuple[FieldSpec, ...]:
    """The contact fields offered as letter merge fields, in catalogue order."""
    return tuple(f for f in CONTACT_CATALOGUE if f.merge_name)


# ---------------------------------------------------------------------- duplicate matcher


@dataclass(frozen=True)
class MatchField:
    """A field the duplicate matcher can compare, and the columns it reads per record kind
    (empty: not offered for that kind)."""

    code: str
    label: str
    contact_columns: tuple[str, ...]
    company_columns: tuple[str, ...] = ()


MATCH_FIELDS: tuple[MatchField, ...] = (
    MatchField("name", "Name", ("first_name", "last_name")),
    MatchField("company", "Company", ("company_name",), ("name",)),
    MatchField("phone", "Phone", ("phone_mobile", "phone_business", "phone_home"), ("phone",)),
    MatchField("email", "E-mail", ("email", "email2"), ("email",)),
    MatchField("first_name", "First name", ("first_name",)),
    MatchField("last_name", "Last name", ("last_name",)),
    MatchField("city", "City", ("city",), ("city",)),
    MatchField("postcode", "Postcode", ("postcode",), ("postcode",)),
    MatchField("address", "Address", ("address1",), ("address1",)),
    MatchField("siren", "SIREN", (), ("siren", "siret")),
)


def match_fields(record: Record) -> tuple[MatchField, ...]:
    """The fields the duplicate matcher offers for contacts or companies."""
    if record == "contact":
        return tuple(m for m in MATCH_FIELDS if m.contact_columns)
    return tuple(m for m in MATCH_FIELDS if m.company_columns)


def match_columns(record: Record) -> tuple[str, ...]:
    """Every column the matcher reads for a record kind, each once."""
    seen: dict[str, None] = {}
    for m in match_fields(record):
        for column in m.contact_columns if record == "contact" else m.company_columns:
            seen[column] = None
    return tuple(seen)
