"""User-defined fields: their definitions and their typed values for contacts and companies.

Values live in typed columns of one table per record kind, indexed by (field, value), so a
condition on a user field over 100k contacts is an index range scan, the schema never
changes at run time (no ALTER TABLE on a shared server whose logins lack DDL rights), and a
merge or an erasure follows the foreign key to the contact like every other table.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_crm.storage.models.base import Base, Timestamps, Versioned

VALUE_TEXT_LENGTH = 250


class CustomField(Versioned, Timestamps, Base):
    """A field the team added (Tools › Fields…): name, label, kind and choices."""

    __tablename__ = "custom_field"

    id: Mapped[int] = mapped_column(primary_key=True)
    record: Mapped[str] = mapped_column(String(16))  # "contact" or "company"
    name: Mapped[str] = mapped_column(String(60))  # identifier used in queries and merges
    label: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))  # text, number, date, choice, yesno
    choices: Mapped[str | None] = mapped_column(Text)  # one per line, for "choice"
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (UniqueConstraint("record", "name"),)


class ContactFieldValue(Base):
    """A contact's value of a user-defined field, in the column of its kind."""

    __tablename__ = "contact_field_value"

    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    value_text: Mapped[str | None] = mapped_column(String(VALUE_TEXT_LENGTH))
    value_number: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    value_date: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        Index("ix_contact_field_value_text", "field_id", "value_text"),
        Index("ix_contact_field_value_number", "field_id", "value_number"),
        Index("ix_contact_field_value_date", "field_id", "value_date"),
    )


class CompanyFieldValue(Base):
    """A company's value of a user-defined field, in the column of its kind."""

    __tablename__ = "company_field_value"

    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field.id", ondelete="CASCADE"), primary_key=True
    )
    company_id: Mapped[int] = mapped_column(
        ForeignKey("company.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    value_text: Mapped[str | None] = mapped_column(String(VALUE_TEXT_LENGTH))
    value_number: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    value_date: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        Index("ix_company_field_value_text", "field_id", "value_text"),
        Index("ix_company_field_value_number", "field_id", "value_number"),
        Index("ix_company_field_value_date", "field_id", "value_date"),
    )
