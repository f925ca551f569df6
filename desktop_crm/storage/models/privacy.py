"""The erasure log: that a person was erased, when, by whom and why, with no personal data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
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


__all__ = ["ErasureRecord"]
