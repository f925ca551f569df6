"""The erasure log: that a person was erased, when, by whom and why, with no personal data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from desktop_crm.storage.models.base import Base, utcnow


class ErasureRecord(Base):
    """One erasure (right to erasure or retention): the proof it happened, not the data.

    ``erased_id`` is the number the contact had (ids are never reused), so "export #12"
    can answer "erased on ..." instead of "unknown"; nothing else about the person is kept.
    """

    __tablename__ = "erasure_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    erased_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    erased_id: Mapped[int] = mapped_column(Integer, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    # "request" (the person asked) or "retention" (no contact for the retention period).
    origin: Mapped[str] = mapped_column(String(20), default="request")
    # Why, as typed; any of the person's names, addresses or numbers in it are redacted.
    reason: Mapped[str | None] = mapped_column(Text)
    # How many rows of each table were deleted or cleaned: {"note": 3, ...}.
    counts_json: Mapped[str | None] = mapped_column(Text)


class DeletionRecord(Base):
    """One deleted record: which table, its id, a short label, who deleted it and when.

    Written by the app (SQLite, plain PostgreSQL) or, on a team database, by a trigger that
    takes the person from the session. An erasure's label is a fixed text, never the name.
    """

    __tablename__ = "deletion_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str | None] = mapped_column(String(200))
    # A private record's deletion is seen by its deleter only (team databases).
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL"), index=True
    )

    __table_args__ = ({"sqlite_autoincrement": True},)


__all__ = ["DeletionRecord", "ErasureRecord"]
