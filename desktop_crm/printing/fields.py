"""Merge fields offered to templates and the values they take for one contact."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from desktop_crm.domain.contacts import ContactView
from desktop_crm.domain.fields import field, merge_fields
from desktop_crm.printing.address import AddressBlock, PostalAddress, format_address

# Civility -> the word used in a salutation and in a closing formula.
CIVILITY_WORDS = {
    "M.": "Monsieur",
    "Mme": "Madame",
    "Dr": "Docteur",
    "Me": "Maître",
    "Pr": "Professeur",
}
DEFAULT_SALUTATION = "Madame, Monsieur,"
_MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


@dataclass(frozen=True)
class FieldInfo:
    """A merge field: the name written in ``{{...}}`` and its label for the insert menu."""

    name: str
    label: str
    group: str


def _contact_field(name: str) -> FieldInfo:
    """A merge field taken from a contact field of the catalogue."""
    spec = field(name)
    return FieldInfo(spec.merge_name or name, spec.merge_label or spec.label, "Contact")


# In the order of the insert menu; merge fields of contact fields come from the catalogue,
# the others are computed (full name, postal block, salutation, date, sender).
FIELDS: tuple[FieldInfo, ...] = (
    _contact_field("civility"),
    _contact_field("first_name"),
    _contact_field("last_name"),
    FieldInfo("full_name", "Full name", "Contact"),
    _contact_field("job_title"),
    _contact_field("department"),
    _contact_field("company_name"),
    _contact_field("email"),
    FieldInfo("address", "Full address (postal block)", "Contact"),
    _contact_field("address1"),
    _contact_field("postcode"),
    _contact_field("city"),
    _contact_field("country"),
    FieldInfo("salutation", 'Salutation ("Madame Dupont,")', "Letter"),
    FieldInfo("salutation_word", 'Salutation without name ("Madame")', "Letter"),
    FieldInfo("today", "Today's date", "Letter"),
    FieldInfo("my_name", "My name", "Sender"),
    FieldInfo("my_title", "My job title", "Sender"),
    FieldInfo("my_email", "My e-mail", "Sender"),
    FieldInfo("my_phone", "My phone", "Sender"),
    FieldInfo("my_signature", "My signature", "Sender"),
    FieldInfo("my_company", "My company", "Sender"),
    FieldInfo("my_address", "My company's address", "Sender"),
)

# French names accepted as aliases, so users can type {{prenom}} or {{Nom}}; those of contact
# fields are kept in the catalogue.
ALIASES = {
    **{
        alias: spec.merge_name
        for spec in merge_fields()
        if spec.merge_name
        for alias in spec.merge_aliases
    },
    "nom_complet": "full_name",
    "adresse": "address",
    "formule": "salutation",
    "date": "today",
    "aujourdhui": "today",
    "mon_nom": "my_name",
    "ma_signature": "my_signature",
    "ma_societe": "my_company",
}


@dataclass(frozen=True)
class Sender:
    """The person signing and the company sending (header, sender block, e-mail identity)."""

    name: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    signature: str = ""
    company: str = ""
    address_lines: tuple[str, ...] = ()
    footer: str = ""  # legal mentions: SIRET, capital, RCS...
    country: str = "FR"

    @property
    def address_text(self) -> str:
        return "\n".join(line for line in self.address_lines if line)

    @property
    def block_lines(self) -> tuple[str, ...]:
        """Sender block of an envelope or a letter head: company (or name), then address."""
        first = self.company or self.name
        return tuple(line for line in (first, *self.address_lines) if line)


def french_date(day: dt.date) -> str:
    """ "23 novembre 2026" ("1er" for the first of the month, as the French write it)."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {_MONTHS_FR[day.month - 1]} {day.year}"


def salutation(contact: ContactView, *, with_name: bool = True) -> str:
    """ "Madame Dupont," / "Monsieur Dupont," / "Madame, Monsieur," (or the contact's override)."""
    if contact.salutation:
        text = contact.salutation.strip()
        return text if text.endswith(",") else f"{text},"
    word = CIVILITY_WORDS.get(contact.civility or "")
    if word is None:
        return DEFAULT_SALUTATION
    if with_name and contact.last_name:
        return f"{word} {contact.last_name},"
    return f"{word},"


def salutation_word(contact: ContactView) -> str:
    """The civility word for a closing formula ("agréer, Madame, ..."); "Madame, Monsieur"."""
    return CIVILITY_WORDS.get(contact.civility or "", "Madame, Monsieur")


def recipient_name(contact: ContactView) -> str:
    """Line 1 of a private address: "Mme Hélène Lefèvre"; nothing for a card with no name
    (a civility alone, "M.", is no line of an address: the company's name comes first)."""
    if not (contact.first_name or contact.last_name):
        return ""
    return " ".join(p for p in (contact.civility, contact.first_name, contact.last_name) if p)


def postal_address(contact: ContactView) -> PostalAddress:
    """The business address of a contact, as structured parts."""
    return PostalAddress(
        recipient=recipient_name(contact) or None,
        organisation=contact.company_name,
        attention=contact.department,
        lines=tuple(
            line for line in (contact.address1, contact.address2, contact.address3) if line
        ),
        postcode=contact.postcode,
        city=contact.city,
        cedex=contact.cedex,
        country=contact.country,
    )


def address_block(contact: ContactView, origin: str = "FR") -> AddressBlock:
    return format_address(postal_address(contact), origin=origin)


def merge_values(
    contact: ContactView,
    sender: Sender,
    today: dt.date,
    block: AddressBlock | None = None,
    custom: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Every field's value for ``contact`` (plain strings only: templates see nothing else).

    ``custom`` holds the contact's user-defined fields as text (``{{potentiel}}``); a
    built-in merge field of the same name wins.
    """
    block = block or address_block(contact, sender.country)
    values = {
        spec.merge_name or spec.name: str(getattr(contact, spec.name) or "")
        for spec in merge_fields()
    }
    values |= {
        "full_name": contact.full_name,
        "address": block.text,
        "salutation": salutation(contact),
        "salutation_word": salutation_word(contact),
        "today": french_date(today),
        "my_name": sender.name,
        "my_title": sender.title,
        "my_email": sender.email,
        "my_phone": sender.phone,
        "my_signature": sender.signature
        or "\n".join(part for part in (sender.name, sender.title) if part),
        "my_company": sender.company,
        "my_address": sender.address_text,
    }
    values.update({alias: values[name] for alias, name in ALIASES.items()})
    return {**(custom or {}), **values}
