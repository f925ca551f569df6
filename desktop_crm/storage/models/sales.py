"""Sales processes and stages, opportunities with their product lines, the price list, and
sales (purchase history)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_crm.storage.models.base import Base, Timestamps, Versioned


class SalesProcess(Versioned, Base):
    """A named sequence of stages, each with a probability and an expected-close offset."""

    __tablename__ = "sales_process"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)

    stages: Mapped[list[SalesStage]] = relationship(
        order_by="SalesStage.position", cascade="all, delete-orphan", passive_deletes=True
    )


class SalesStage(Base):
    """One stage of a sales process."""

    __tablename__ = "sales_stage"

    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(
        ForeignKey("sales_process.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(120))
    probability: Mapped[int] = mapped_column(Integer, default=0)
    close_days: Mapped[int] = mapped_column(Integer, default=30)


class Opportunity(Versioned, Timestamps, Base):
    """A possible sale moving through the stages of a process."""

    __tablename__ = "opportunity"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("company.id", ondelete="SET NULL"), index=True
    )
    process_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_process.id", ondelete="SET NULL")
    )
    stage_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_stage.id", ondelete="SET NULL"), index=True
    )
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaign.id", ondelete="SET NULL"), index=True
    )
    probability: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    expected_close: Mapped[dt.date | None] = mapped_column(Date)
    # open | won | lost | inactive (domain/opportunities.py STATUSES)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    reason: Mapped[str | None] = mapped_column(String(120))
    competitor: Mapped[str | None] = mapped_column(String(160))
    referred_by: Mapped[str | None] = mapped_column(String(120))
    details: Mapped[str | None] = mapped_column(Text)
    record_manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL"), index=True
    )
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    currency: Mapped[str] = mapped_column(String(3), default="EUR", server_default="EUR")
    # The contact who recommended us (the "source" of ACT!'s card).
    referrer_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )

    lines: Mapped[list[OpportunityLine]] = relationship(
        order_by="OpportunityLine.position", cascade="all, delete-orphan", passive_deletes=True
    )

    # The forecast reads open opportunities by expected close date.
    __table_args__ = (Index("ix_opportunity_status_expected_close", "status", "expected_close"),)


class Product(Versioned, Base):
    """One product or service of the price list: family, unit price and cost (for margin)."""

    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    family: Mapped[str | None] = mapped_column(String(120))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    cost: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class OpportunityLine(Base):
    """One product line of an opportunity: quantity × unit price − discount = amount."""

    __tablename__ = "opportunity_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("product.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3), default=Decimal("1"))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    discount_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))


class Sale(Base):
    """A purchase (date, amount, margin, product family): what RFM and ABC analyses read."""

    __tablename__ = "sale"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("company.id", ondelete="SET NULL"), index=True
    )
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity.id", ondelete="SET NULL"), index=True
    )
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaign.id", ondelete="SET NULL"), index=True
    )
    sold_on: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    margin: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    product_family: Mapped[str | None] = mapped_column(String(120))
    reference: Mapped[str | None] = mapped_column(String(60))
    # The sales import that wrote this line (undo deletes the batch's lines).
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )
