"""Groups (static members and saved queries), campaigns and their members, pick lists."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_crm.storage.models.base import Base, Timestamps, Versioned, utcnow


class Group(Versioned, Timestamps, Base):
    """A segment of contacts: static members and/or a saved query; groups can nest."""

    __tablename__ = "contact_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_group.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    query_json: Mapped[str | None] = mapped_column(Text)  # unused since revision 0004
    # The saved query of a dynamic group, in its text form (domain/query.py parses it).
    query_text: Mapped[str | None] = mapped_column(Text)
    # A parent's members include its subgroups' members when this is set.
    include_subgroups: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )

    record_manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL"), index=True
    )

    __table_args__ = (UniqueConstraint("parent_id", "name"),)


class GroupMember(Base):
    """A contact pinned to a group, or (``excluded``) kept out of its saved query's result."""

    __tablename__ = "group_member"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("contact_group.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    excluded: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )


class GroupCompany(Base):
    """A company in a group ("contacts of the companies in this group" is one click)."""

    __tablename__ = "group_company"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("contact_group.id", ondelete="CASCADE"), primary_key=True
    )
    company_id: Mapped[int] = mapped_column(
        ForeignKey("company.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Campaign(Versioned, Timestamps, Base):
    """A campaign brief: objective, target, channel, offer, dates, budget and results."""

    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    objective: Mapped[str | None] = mapped_column(Text)
    channel: Mapped[str | None] = mapped_column(String(40))
    offer: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    target_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_group.id", ondelete="SET NULL")
    )
    budget: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    cost: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    expected_responses: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    # Since revision 0009: who runs it, the letter/e-mail template it sends, the response
    # rate hoped for (a percentage, 2.50 = 2,5 %).
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL"), index=True
    )
    template_name: Mapped[str | None] = mapped_column(String(160))
    expected_response_rate: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))

    costs: Mapped[list[CampaignCost]] = relationship(
        order_by="CampaignCost.position", cascade="all, delete-orphan", passive_deletes=True
    )


class CampaignCost(Base):
    """One cost line of a campaign (printing, postage, stand, file purchase…)."""

    __tablename__ = "campaign_cost"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaign.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(160))
    # domain/campaigns.py COST_KINDS
    kind: Mapped[str] = mapped_column(String(20), default="other")
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3), default=Decimal("1"))
    unit_cost: Mapped[Decimal] = mapped_column(Numeric(14, 4), default=Decimal("0"))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))


class CampaignMember(Base):
    """A contact targeted by a campaign, with what happened to the message."""

    __tablename__ = "campaign_member"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaign.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    # domain/campaigns.py MEMBER_STATUSES
    status: Mapped[str] = mapped_column(String(20), default="targeted")
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    responded_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class PickList(Versioned, Base):
    """An editable drop-down list ("Recommandé par", status, industry...)."""

    __tablename__ = "picklist"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    label: Mapped[str] = mapped_column(String(120))
    allow_free_text: Mapped[bool] = mapped_column(Boolean, default=True)

    items: Mapped[list[PickListItem]] = relationship(
        order_by="PickListItem.position", cascade="all, delete-orphan", passive_deletes=True
    )


class PickListItem(Base):
    """One value of a pick list."""

    __tablename__ = "picklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    picklist_id: Mapped[int] = mapped_column(
        ForeignKey("picklist.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[str] = mapped_column(String(160))

    __table_args__ = (UniqueConstraint("picklist_id", "value"),)
