"""Users, companies (with divisions), contacts and per-channel consent."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_crm.domain.fields import column_length
from desktop_crm.storage.models.base import Base, Timestamps, Versioned, utcnow


# Column lengths of catalogue fields come from the catalogue (domain/fields.py), so a label,
# a length check and the column can never disagree.
def _contact(name: str) -> int:
    return column_length(name, "contact")


def _company(name: str) -> int:
    return column_length(name, "company")


def _key(length: int) -> String:
    """A column searched by prefix range (the folded lookup keys, the postcode): byte-wise
    order on PostgreSQL (as SQLite's default), so that ``>= 'abc' AND < 'abd'`` holds under
    any database collation (under ICU "69" > "6:" and "100%" > "100&")."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def _where_set(name: str, column: str) -> Index:
    """A partial index of ``column`` over the rows where it is set (SQLite and PostgreSQL)."""
    where = text(f"{column} IS NOT NULL")
    return Index(name, column, sqlite_where=where, postgresql_where=where)


class User(Versioned, Timestamps, Base):
    """A team member: record manager, author of notes and history, owner of activities."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(20), default="standard")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    signature: Mapped[str | None] = mapped_column(Text)
    # Who the person is on letters and screens (migration 0013).
    initials: Mapped[str | None] = mapped_column(String(8))
    phone: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(String(120))
    team: Mapped[str | None] = mapped_column(String(120))


class Company(Versioned, Timestamps, Base):
    """A company; ``parent_id`` makes it a division of another company."""

    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("company.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(_company("name")))
    name_key: Mapped[str] = mapped_column(_key(_company("name")), default="", index=True)
    legal_form: Mapped[str | None] = mapped_column(String(_company("legal_form")))
    siren: Mapped[str | None] = mapped_column(String(_company("siren")), index=True)
    siret: Mapped[str | None] = mapped_column(String(_company("siret")))
    vat_number: Mapped[str | None] = mapped_column(String(_company("vat_number")))
    industry: Mapped[str | None] = mapped_column(String(_company("industry")))
    company_size: Mapped[str | None] = mapped_column(String(_company("company_size")))
    status: Mapped[str | None] = mapped_column(String(_company("status")))
    referred_by: Mapped[str | None] = mapped_column(String(_company("referred_by")))
    phone: Mapped[str | None] = mapped_column(String(_company("phone")))
    fax: Mapped[str | None] = mapped_column(String(_company("fax")))
    email: Mapped[str | None] = mapped_column(String(_company("email")))
    website: Mapped[str | None] = mapped_column(String(_company("website")))
    address1: Mapped[str | None] = mapped_column(String(_company("address1")))
    address2: Mapped[str | None] = mapped_column(String(_company("address2")))
    address3: Mapped[str | None] = mapped_column(String(_company("address3")))
    postcode: Mapped[str | None] = mapped_column(String(_company("postcode")))
    city: Mapped[str | None] = mapped_column(String(_company("city")))
    cedex: Mapped[str | None] = mapped_column(String(_company("cedex")))
    country: Mapped[str | None] = mapped_column(String(_company("country")))
    record_manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL"), index=True
    )
    # Visible to its record manager only (see domain/roles.py).
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    details: Mapped[str | None] = mapped_column(Text)

    divisions: Mapped[list[Company]] = relationship(back_populates="parent")
    parent: Mapped[Company | None] = relationship(
        back_populates="divisions", remote_side="Company.id"
    )
    contacts: Mapped[list[Contact]] = relationship(back_populates="company")

    # Never hand a deleted or merged id to a new record: merge logs, undo snapshots and
    # "not a duplicate" pairs refer to ids (PostgreSQL sequences never reuse them anyway).
    __table_args__ = ({"sqlite_autoincrement": True},)


class Contact(Versioned, Timestamps, Base):
    """A person: identity, reach, addresses, qualification, flags and system dates.

    The ``*_key`` columns hold accent-free, case-folded copies (and phone digits in national
    form) so that lookups are prefix searches on an index.
    """

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    civility: Mapped[str | None] = mapped_column(String(_contact("civility")))
    first_name: Mapped[str | None] = mapped_column(String(_contact("first_name")))
    last_name: Mapped[str | None] = mapped_column(String(_contact("last_name")))
    salutation: Mapped[str | None] = mapped_column(String(_contact("salutation")))
    job_title: Mapped[str | None] = mapped_column(String(_contact("job_title")))
    department: Mapped[str | None] = mapped_column(String(_contact("department")))
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("company.id", ondelete="SET NULL"), index=True
    )
    company_name: Mapped[str | None] = mapped_column(String(_contact("company_name")))
    phone_business: Mapped[str | None] = mapped_column(String(_contact("phone_business")))
    phone_ext: Mapped[str | None] = mapped_column(String(_contact("phone_ext")))
    phone_mobile: Mapped[str | None] = mapped_column(String(_contact("phone_mobile")))
    phone_home: Mapped[str | None] = mapped_column(String(_contact("phone_home")))
    phone_fax: Mapped[str | None] = mapped_column(String(_contact("phone_fax")))
    email: Mapped[str | None] = mapped_column(String(_contact("email")))
    email2: Mapped[str | None] = mapped_column(String(_contact("email2")))
    website: Mapped[str | None] = mapped_column(String(_contact("website")))
    address1: Mapped[str | None] = mapped_column(String(_contact("address1")))
    address2: Mapped[str | None] = mapped_column(String(_contact("address2")))
    address3: Mapped[str | None] = mapped_column(String(_contact("address3")))
    # Byte-wise on PostgreSQL like the keys: lookups and "starts with" search it by range.
    postcode: Mapped[str | None] = mapped_column(_key(_contact("postcode")))
    city: Mapped[str | None] = mapped_column(String(_contact("city")))
    cedex: Mapped[str | None] = mapped_column(String(_contact("cedex")))
    country: Mapped[str | None] = mapped_column(String(_contact("country")))
    home_address1: Mapped[str | None] = mapped_column(String(_contact("home_address1")))
    home_address2: Mapped[str | None] = mapped_column(String(_contact("home_address2")))
    home_postcode: Mapped[str | None] = mapped_column(String(_contact("home_postcode")))
    home_city: Mapped[str | None] = mapped_column(String(_contact("home_city")))
    home_country: Mapped[str | None] = mapped_column(String(_contact("home_country")))
    status: Mapped[str | None] = mapped_column(String(_contact("status")))
    industry: Mapped[str | None] = mapped_column(String(_contact("industry")))
    company_size: Mapped[str | None] = mapped_column(String(_contact("company_size")))
    referred_by: Mapped[str | None] = mapped_column(String(_contact("referred_by")))
    # The contact who recommended this one (revision 0009); ``referred_by`` stays the
    # source pick list ("Salon", "Ami"…).
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL")
    )
    potential: Mapped[str | None] = mapped_column(String(_contact("potential")))
    id_status: Mapped[str | None] = mapped_column(String(_contact("id_status")))
    last_results: Mapped[str | None] = mapped_column(String(_contact("last_results")))
    equipment: Mapped[str | None] = mapped_column(String(_contact("equipment")))
    record_manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL"), index=True
    )
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    do_not_mail: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_email: Mapped[bool] = mapped_column(Boolean, default=False)
    npai: Mapped[bool] = mapped_column(Boolean, default=False)
    email_invalid: Mapped[bool] = mapped_column(Boolean, default=False)
    to_review: Mapped[bool] = mapped_column(Boolean, default=False)
    contract_end: Mapped[dt.date | None] = mapped_column(Date)
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    last_reach: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_attempt: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_meeting: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_letter: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_email: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Not indexed (revision 0018): nothing looks contacts up by their batch (an undo reads
    # the batch's change rows) and batches are never deleted.
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL")
    )
    # Lookup keys (maintained by the services from the fields above, as long as them).
    last_name_key: Mapped[str] = mapped_column(_key(_contact("last_name")), default="")
    first_name_key: Mapped[str] = mapped_column(_key(_contact("first_name")), default="")
    company_key: Mapped[str] = mapped_column(_key(_contact("company_name")), default="")
    city_key: Mapped[str] = mapped_column(_key(_contact("city")), default="")
    email_key: Mapped[str] = mapped_column(_key(_contact("email")), default="")
    phone_key: Mapped[str] = mapped_column(_key(20), default="")
    mobile_key: Mapped[str] = mapped_column(_key(20), default="")

    company: Mapped[Company | None] = relationship(back_populates="contacts")

    __table_args__ = (
        Index("ix_contact_last_name_key", "last_name_key", "first_name_key"),
        Index("ix_contact_first_name_key", "first_name_key"),
        Index("ix_contact_company_key", "company_key"),
        Index("ix_contact_city_key", "city_key"),
        Index("ix_contact_email_key", "email_key"),
        Index("ix_contact_phone_key", "phone_key"),
        Index("ix_contact_mobile_key", "mobile_key"),
        Index("ix_contact_postcode", "postcode"),
        Index("ix_contact_status", "status"),
        Index("ix_contact_last_reach", "last_reach"),
        # Partial (revision 0018): most contacts have neither, and what looks them up names
        # a value (a referrer's id, a date range). A big import's rows, with neither, leave
        # these two alone instead of being sorted into them again (see storage.bulk).
        _where_set("ix_contact_referred_by_id", "referred_by_id"),
        _where_set("ix_contact_contract_end", "contract_end"),
        {"sqlite_autoincrement": True},
    )


class Consent(Versioned, Base):
    """Consent for one channel (e-mail, phone, post, SMS): status, date, source and proof."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20), default="unknown")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    source: Mapped[str | None] = mapped_column(String(250))
    proof: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL")
    )

    __table_args__ = (UniqueConstraint("contact_id", "channel"),)


class ConsentEntry(Base):
    """One entry of the consent ledger: who said what for one channel, when, where, on which
    lawful basis, with which proof. Entries are only ever added; the latest one (by
    ``given_at``, then ``id``) is the current state, mirrored in ``consent`` for queries."""

    __tablename__ = "consent_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20), default="unknown")
    given_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    source: Mapped[str | None] = mapped_column(String(250))
    proof: Mapped[str | None] = mapped_column(Text)
    basis: Mapped[str | None] = mapped_column(String(30))
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL")
    )

    __table_args__ = (
        Index("ix_consent_entry_contact_channel", "contact_id", "channel", "given_at"),
        {"sqlite_autoincrement": True},
    )
