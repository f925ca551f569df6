"""Saving a card: the record's own fields and its user fields in one unit of work."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_crm.domain.contacts import ContactView
from desktop_crm.domain.custom_fields import CustomFieldSpec
from desktop_crm.domain.fields import Record
from desktop_crm.services.contacts.companies import (
    CompanyView,
    create_company,
    get_company,
    update_company,
)
from desktop_crm.services.contacts.records import create_contact, get_contact, update_contact
from desktop_crm.services.fields.definitions import custom_fields
from desktop_crm.services.fields.values import Values, set_values, values_of
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class CardFields:
    """A record's user field definitions and values, as the card shows them."""

    specs: tuple[CustomFieldSpec, ...]
    values: Mapping[str, Any]


def card_fields(uow: UnitOfWork, record: Record, record_id: int | None) -> CardFields:
    """The definitions of the record's user fields and, for a saved record, its values."""
    specs = custom_fields(uow, record)
    values: Values = {} if record_id is None else values_of(uow, record, record_id)
    return CardFields(specs, dict(values))


def save_contact_card(
    uow: UnitOfWork,
    contact_id: int,
    expected_version: int,
    changes: Mapping[str, Any],
    field_values: Mapping[str, object],
    *,
    original: Mapping[str, Any] | None = None,
) -> ContactView:
    """``update_contact`` and ``set_values`` together: both saved, or neither."""
    if changes:
        view = update_contact(uow, contact_id, expected_version, changes, original=original)
    else:
        view = get_contact(uow, contact_id)
    if field_values:
        set_values(uow, "contact", contact_id, field_values)
    return view


def create_contact_card(
    uow: UnitOfWork, values: Mapping[str, Any], field_values: Mapping[str, object]
) -> ContactView:
    """``create_contact`` and ``set_values`` together: both saved, or neither."""
    view = create_contact(uow, values)
    if field_values:
        set_values(uow, "contact", view.id, field_values)
    return view


def save_company_card(
    uow: UnitOfWork,
    company_id: int,
    expected_version: int,
    changes: Mapping[str, Any],
    field_values: Mapping[str, object],
    *,
    original: Mapping[str, Any] | None = None,
) -> CompanyView:
    """``update_company`` and the company's user fields together: both saved, or neither."""
    if changes:
        view = update_company(uow, company_id, expected_version, changes, original=original)
    else:
        view = get_company(uow, company_id)
    if field_values:
        set_values(uow, "company", company_id, field_values)
    return view


def create_company_card(
    uow: UnitOfWork, values: Mapping[str, Any], field_values: Mapping[str, object]
) -> CompanyView:
    """``create_company`` and its user fields together."""
    view = create_company(uow, values)
    if field_values:
        set_values(uow, "company", view.id, field_values)
    return view
