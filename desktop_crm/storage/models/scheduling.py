"""Activities (calls, meetings, to-dos...), activity series templates and their runs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_crm.domain.alarms import alarm_ring_at
from desktop_crm.storage.models.base import Base, Timestamps, Versioned, utcnow


class Activity(Versioned, Timestamps, Base):
    """A scheduled call, meeting, to-do, letter, e-mail or personal time."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(20))
    regarding: Mapped[str | None] = mapped_column(String(250))
    details: Mapped[str | None] = mapped_column(Text)
    start_at: Mapped[dt.datetime] = mapped_column(DateTime)
    timeless: Mapped[bool] = mapped_column(Boolean, default=False)
    duration_min: Mapped[int] = mapped_column(Integer, default=0)
    priority: Mapped[int] = mapped_column(Integer, default=3)
    alarm_lead_min: Mapped[int | None] = mapped_column(Integer)
    alarm_snoozed_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    alarm_dismissed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Derived from the four columns around it (domain.alarms.alarm_ring_at), kept by the ORM
    # hooks below and by every bulk insert; NULL when nothing will ring.
    alarm_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    recurrence: Mapped[str | None] = mapped_column(String(20))  # daily/weekly/monthly/yearly
    recurrence_interval: Mapped[int] = mapped_column(Integer, default=1)
    recurrence_until: Mapped[dt.date | None] = mapped_column(Date)
    scheduled_for_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL")
    )
    scheduled_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL")
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("company.id", ondelete="SET NULL"), index=True
    )
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity.id", ondelete="SET NULL"), index=True
    )
    series_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("series_run.id", ondelete="SET NULL"), index=True
    )
    series_step_id: Mapped[int | None] = mapped_column(
        ForeignKey("series_step.id", ondelete="SET NULL")
    )
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    cleared: Mapped[bool] = mapped_column(Boolean, default=False)
    cleared_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    result: Mapped[str | None] = mapped_column(String(40))

    extra_contacts: Mapped[list[ActivityContact]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_activity_scheduled_for_id_start_at", "scheduled_for_id", "cleared", "start_at"),
        Index("ix_activity_start_at", "start_at"),
        Index("ix_activity_alarm_at", "alarm_at"),
    )


@event.listens_for(Activity, "before_insert")
@event.listens_for(Activity, "before_update")
def _keep_alarm_at(_mapper: Any, _connection: Any, target: Activity) -> None:
    """Recompute the ring time on every ORM write, whichever service changed the activity."""
    target.alarm_at = alarm_ring_at(
        target.start_at,
        target.alarm_lead_min,
        target.alarm_snoozed_until,
        dismissed=bool(target.alarm_dismissed),
        cleared=bool(target.cleared),
    )


class ActivityContact(Base):
    """Further contacts an activity is associated with (a meeting with three people)."""

    __tablename__ = "activity_contact"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ActivitySeries(Versioned, Timestamps, Base):
    """A template of steps with day offsets from an anchor date (loyalty chains, J+7...)."""

    __tablename__ = "activity_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    shift_on_late: Mapped[bool] = mapped_column(Boolean, default=False)
    # Automatic start: None, "opportunity_won" or "date_field" (days before a contact date).
    trigger_kind: Mapped[str | None] = mapped_column(String(30))
    trigger_field: Mapped[str | None] = mapped_column(String(60))
    trigger_days_before: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    steps: Mapped[list[SeriesStep]] = relationship(
        order_by="SeriesStep.position", cascade="all, delete-orphan", passive_deletes=True
    )


class SeriesStep(Base):
    """One step of a series: offset in days (negative allowed), type, regarding, priority."""

    __tablename__ = "series_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(
        ForeignKey("activity_series.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    day_offset: Mapped[int] = mapped_column(Integer, default=0)
    type: Mapped[str] = mapped_column(String(20))
    regarding: Mapped[str | None] = mapped_column(String(250))
    priority: Mapped[int] = mapped_column(Integer, default=3)
    duration_min: Mapped[int] = mapped_column(Integer, default=0)
    details: Mapped[str | None] = mapped_column(Text)


class SeriesRun(Base):
    """A series applied to one contact from an anchor date; a trigger applies it only once."""

    __tablename__ = "series_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(
        ForeignKey("activity_series.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    anchor_date: Mapped[dt.date] = mapped_column(Date)
    trigger_key: Mapped[str] = mapped_column(String(120), default="manual")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL")
    )

    __table_args__ = (UniqueConstraint("series_id", "contact_id", "trigger_key"),)
