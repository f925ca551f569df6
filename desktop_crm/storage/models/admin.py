"""Bookkeeping tables: import batches (undo), merges (undo), duplicate exclusions,
document templates, team settings and the opt-out suppression list."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_crm.storage.models.base import Base, Timestamps, Versioned, utcnow


class ImportBatch(Base):
    """One import run: its file, mapping, counts and whether it was undone."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    file_name: Mapped[str] = mapped_column(String(260))
    # What was imported: "contacts" (the contact import) or "sales" (the sales history).
    kind: Mapped[str] = mapped_column(String(20), default="contacts", server_default="contacts")
    mapping_json: Mapped[str | None] = mapped_column(Text)
    counts_json: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="applied")
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ImportChange(Base):
    """What an import did to one contact, with the values before, so it can be undone."""

    __tablename__ = "import_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    # Not a foreign key: the contact may be deleted by an undo while the log stays.
    contact_id: Mapped[int] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(20))  # created / updated
    before_json: Mapped[str | None] = mapped_column(Text)


class MergeRecord(Base):
    """A merge of records (contacts or companies) with a full snapshot for "Undo merge"."""

    __tablename__ = "merge_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="contact")
    kept_id: Mapped[int] = mapped_column(Integer, index=True)
    merged_ids: Mapped[str] = mapped_column(String(200))
    snapshot_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class DuplicateExclusion(Base):
    """A pair the user marked "not a duplicate" (ids stored low, high)."""

    __tablename__ = "duplicate_exclusion"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="contact")
    low_id: Mapped[int] = mapped_column(Integer)
    high_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("kind", "low_id", "high_id"),)


class DocumentTemplate(Versioned, Timestamps, Base):
    """A letter or e-mail template with merge fields."""

    __tablename__ = "document_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # letter / email
    name: Mapped[str] = mapped_column(String(120))
    subject: Mapped[str | None] = mapped_column(String(250))
    body_html: Mapped[str | None] = mapped_column(Text)
    body_text: Mapped[str | None] = mapped_column(Text)
    settings_json: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("kind", "name"),)


class AppSetting(Base):
    """Team-wide settings stored in the database (never passwords)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class Suppression(Base):
    """Hashed addresses that asked never to be contacted again, re-applied after imports."""

    __tablename__ = "suppression"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(10))
    value_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Why and from where (never the address itself): "objection", "erased", "unsubscribed".
    reason: Mapped[str | None] = mapped_column(String(30))
    source: Mapped[str | None] = mapped_column(String(250))

    __table_args__ = (UniqueConstraint("channel", "value_hash"),)


__all__ = [
    "AppSetting",
    "DocumentTemplate",
    "DuplicateExclusion",
    "ImportBatch",
    "ImportChange",
    "MergeRecord",
    "Suppression",
]
