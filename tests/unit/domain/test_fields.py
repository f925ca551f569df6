"""The field catalogue agrees with the storage models and with every copy that reads it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import cast
from xml.etree import ElementTree

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table, Text

from desktop_crm.domain import fields as catalogue_module
from desktop_crm.domain.constants import DEFAULT_PICKLISTS
from desktop_crm.domain.contacts import EDITABLE_FIELDS, INT_FIELDS, TEXT_FIELDS, ContactView
from desktop_crm.domain.fields import (
    CARD_SECTIONS,
    COMPANY_CARD_SECTIONS,
    DEFAULT_EXPORT,
    FieldKind,
    Record,
    card_fields,
    catalogue,
    export_fields,
    export_header,
    field,
    import_aliases,
    list_columns,
    match_columns,
    match_fields,
    merge_fields,
)
from desktop_crm.domain.matching import COMPANY_FIELDS, CONTACT_FIELDS, FIELD_LABELS
from desktop_crm.interchange.headers import guess_field
from desktop_crm.printing.fields import FIELDS, Sender, merge_values
from desktop_crm.services.contacts.companies import COMPANY_FIELDS as COMPANY_CARD_FIELDS
from desktop_crm.services.contacts.lookup import LIST_COLUMNS, ContactRow
from desktop_crm.services.exporting import DEFAULT_COLUMNS, FIELD_LABELS_FR
from desktop_crm.services.importing.checks import COLUMN_SIZES, IMPORTABLE_FIELDS
from desktop_crm.storage.models import Company, Contact

ROOT = Path(catalogue_module.__file__).resolve().parents[1]

# Columns of the two tables that are not fields a user sees or types, and why.
SYSTEM_COLUMNS: dict[Record, frozenset[str]] = {
    "contact": frozenset(
        {
            "id",  # identity
            "version",  # optimistic lock counter
            "import_batch_id",  # which import created the row (undo of an import)
            "private",  # team rule, set by services/users/records.set_private
            "referred_by_id",  # the referrer, a link set from the card's Recommandations tab
            # Accent-free, case-folded lookup copies kept by the services (see the model).
            "last_name_key",
            "first_name_key",
            "company_key",
            "city_key",
            "email_key",
            "phone_key",
            "mobile_key",
        }
    ),
    "company": frozenset({"id", "version", "name_key", "private"}),
}
TABLES: dict[Record, Table] = {
    "contact": cast(Table, Contact.__table__),
    "company": cast(Table, Company.__table__),
}
RECORDS: tuple[Record, ...] = ("contact", "company")


@pytest.mark.parametrize("record", RECORDS)
def test_every_catalogue_field_is_a_column_of_its_kind_and_length(record: Record) -> None:
    table = TABLES[record]
    for spec in catalogue(record):
        assert spec.name in table.c, f"{record}.{spec.name} has no column"
        column_type = table.c[spec.name].type
        if spec.kind is FieldKind.LONG_TEXT:
            assert isinstance(column_type, Text), spec.name
        elif spec.kind is FieldKind.BOOL:
            assert isinstance(column_type, Boolean), spec.name
        elif spec.kind is FieldKind.DATE:
            assert isinstance(column_type, Date) and not isinstance(column_type, DateTime)
        elif spec.kind is FieldKind.DATETIME:
            assert isinstance(column_type, DateTime), spec.name
        elif spec.kind is FieldKind.REFERENCE:
            assert isinstance(column_type, Integer), spec.name
            assert table.c[spec.name].foreign_keys, spec.name
        else:
            assert isinstance(column_type, String) and not isinstance(column_type, Text)
            assert spec.max_length is not None, spec.name
            assert column_type.length == spec.max_length, (
                f"{record}.{spec.name}: column {column_type.length}, catalogue {spec.max_length}"
            )


@pytest.mark.parametrize("record", RECORDS)
def test_every_column_is_in_the_catalogue_or_a_listed_system_column(record: Record) -> None:
    known = {spec.name for spec in catalogue(record)}
    unlisted = [c.name for c in TABLES[record].c if c.name not in known | SYSTEM_COLUMNS[record]]
    assert unlisted == []
    # The system list names only real columns, and never a catalogue field.
    assert SYSTEM_COLUMNS[record] <= set(TABLES[record].c.keys())
    assert not SYSTEM_COLUMNS[record] & known


def test_validation_lengths_are_the_catalogue_lengths() -> None:
    assert {
        s.name: s.max_length for s in catalogue() if s.is_text and s.editable and s.max_length
    } == TEXT_FIELDS
    # The import checks keep their own table of sizes: it must say the same.
    for name, size in COLUMN_SIZES.items():
        assert field(name).max_length == size, name


def test_editable_contact_fields_are_the_contact_view_fields() -> None:
    view_fields = {f.name for f in dataclasses.fields(ContactView)} - {"id", "version"}
    assert set(EDITABLE_FIELDS) <= view_fields
    assert view_fields <= {s.name for s in catalogue()}


def test_every_editable_contact_field_has_one_place_on_the_card() -> None:
    placed = [name for section in CARD_SECTIONS for name in section.fields]
    assert len(placed) == len(set(placed))
    # Company and record manager are chosen with their own pickers, not typed in a section.
    assert set(placed) == set(EDITABLE_FIELDS) - set(INT_FIELDS)
    for section, specs in card_fields():
        assert tuple(s.name for s in specs) == section.fields


def test_company_card_sections_hold_the_company_fields() -> None:
    placed = {name for section in COMPANY_CARD_SECTIONS for name in section.fields}
    for _section, specs in card_fields("company"):
        assert all(s.on_card for s in specs)
    # Details has its own box and the parent its own picker.
    assert placed == set(COMPANY_CARD_FIELDS) - {"details", "parent_id"}


def test_list_columns_and_their_default_widths_come_from_the_catalogue() -> None:
    columns = list_columns()
    assert tuple(c.name for c in columns) == LIST_COLUMNS
    row_fields = tuple(f.name for f in dataclasses.fields(ContactRow) if f.name != "id")
    assert tuple(c.name for c in columns) == row_fields
    widths = {c.name: c.width for c in columns}
    assert widths["email"] == widths["company_name"] == 150
    assert widths["last_name"] == 110
    assert {c.name for c in columns if not c.shown} == {"job_title", "edited_at"}
    assert [c.label for c in columns][:3] == ["Last name", "First name", "Company"]


# Literal widths passed to the contact list's header (``resizeSection(column, 150 ...)``).
_LITERAL_WIDTH = re.compile(r"resizeSection\([^)]*\b\d{2,3}\b")


def test_the_contact_list_view_takes_its_widths_from_the_catalogue() -> None:
    source = (ROOT / "ui" / "contacts" / "list_view.py").read_text(encoding="utf-8")
    assert not _LITERAL_WIDTH.search(source)
    assert "list_columns" in source


def test_export_columns_and_headers_come_from_the_catalogue() -> None:
    assert DEFAULT_COLUMNS == DEFAULT_EXPORT == tuple(s.name for s in export_fields())
    assert FIELD_LABELS_FR["first_name"] == "Prénom"
    assert export_header("home_address2") == "Rue (domicile) 2"
    assert export_header("company_id") == "company_id"  # no header: the field name
    for name in FIELD_LABELS_FR:
        assert field(name).export_header == FIELD_LABELS_FR[name]


def test_an_exported_file_maps_back_on_import() -> None:
    for spec in catalogue():
        if spec.export_header:
            assert guess_field(spec.export_header) == spec.name, spec.export_header


def test_every_import_alias_maps_to_its_field() -> None:
    seen: dict[str, str] = {}
    for spec in catalogue():
        for alias in import_aliases(spec.name):
            assert guess_field(alias) == spec.name, alias
            assert seen.setdefault(alias, spec.name) == spec.name, f"{alias} used twice"
    assert guess_field("Tél. mobile") == "phone_mobile"


def test_merge_fields_of_contact_fields_come_from_the_catalogue() -> None:
    offered = {f.name: f for f in FIELDS}
    contact = ContactView(
        id=1, version=1, first_name="Hélène", company_name="ACME", address1="1 rue Haute"
    )
    values = merge_values(contact, Sender(name="Moi"), dt.date(2026, 11, 23))
    for spec in merge_fields():
        assert spec.merge_name is not None
        assert offered[spec.merge_name].label == (spec.merge_label or spec.label)
        assert values[spec.merge_name] == (getattr(contact, spec.name) or "")
        for alias in spec.merge_aliases:
            assert values[alias] == values[spec.merge_name]
    assert values["company"] == "ACME" and values["societe"] == "ACME"
    assert offered["address1"].label == "Address line 1"


def test_the_matcher_offers_the_catalogue_match_fields() -> None:
    assert tuple(m.code for m in match_fields("contact")) == CONTACT_FIELDS
    assert tuple(m.code for m in match_fields("company")) == COMPANY_FIELDS
    assert "siren" in COMPANY_FIELDS and "siren" not in CONTACT_FIELDS
    assert set(FIELD_LABELS) == set(CONTACT_FIELDS) | set(COMPANY_FIELDS)
    for record in RECORDS:
        known = {s.name for s in catalogue(record)}
        assert set(match_columns(record)) <= known, record


def test_labels_are_those_the_card_shows() -> None:
    assert field("civility").label == "Title"
    assert field("phone_business").label == "Phone"
    assert field("name", "company").label == "Name"
    with pytest.raises(KeyError):
        field("siren")  # a company field only


def _french_catalogue() -> dict[str, dict[str, str]]:
    """Context -> English source -> finished French translation, from the shipped .ts file."""
    ts = ROOT.parent / "resources" / "translations" / "desktop_crm_fr.ts"
    contexts: dict[str, dict[str, str]] = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        messages = contexts.setdefault(context.findtext("name") or "", {})
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                messages[message.findtext("source") or ""] = translation.text
    return contexts


def test_labels_shown_by_the_screens_are_in_the_french_catalogue() -> None:
    """The screens translate ``field(name).label`` in their existing contexts, so every label
    and title they show must already be a source text there."""
    french = _french_catalogue()
    card, company_card, listing = (
        french["ContactCard"],
        french["CompanyCard"],
        french["ContactList"],
    )
    for record in RECORDS:
        for _section, specs in card_fields(record):
            assert {s.label for s in specs} <= set(card), record
    system_dates = [s for s in catalogue() if s.kind is FieldKind.DATETIME]
    assert {s.label for s in system_dates} <= set(card)
    assert {s.title for s in CARD_SECTIONS} <= set(card)
    assert {s.title for s in COMPANY_CARD_SECTIONS} <= set(company_card)
    assert {c.label for c in list_columns()} <= set(listing)
    assert card["First name"] == "Prénom"


def test_full_labels_of_the_import_and_merge_screens_are_in_the_french_catalogue() -> None:
    """Outside its card section a field goes by ``full_label`` ("Home city", not "City")."""
    french = _french_catalogue()
    imported = {field(name).full_label for name in IMPORTABLE_FIELDS}
    assert imported <= set(french["ImportFields"])
    merged = {field(name).full_label for name in EDITABLE_FIELDS} | {
        field(name, "company").full_label for name in COMPANY_CARD_FIELDS
    }
    assert merged <= set(french["Duplicates"])
    assert field("home_city").full_label == "Home city" and field("city").full_label == "City"


def test_pick_list_fields_name_a_known_pick_list() -> None:
    for record in RECORDS:
        keys = {s.picklist for s in catalogue(record) if s.picklist}
        assert keys <= set(DEFAULT_PICKLISTS), record
    # The card's combo boxes today: civility, status, origin, industry and size.
    assert {s.name for s in catalogue() if s.kind is FieldKind.PICKLIST} == {
        "civility",
        "status",
        "referred_by",
        "industry",
        "company_size",
    }
