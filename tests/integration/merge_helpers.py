"""Helpers for merge tests: contacts with related rows, a full dump, orphan checks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select, text

from desktop_crm.services.contacts.records import lookup_keys
from desktop_crm.services.duplicates.merge_refs import CONTACT_REFS
from desktop_crm.storage.models import (
    Activity,
    ActivityContact,
    ActivitySeries,
    Base,
    Campaign,
    CampaignMember,
    Company,
    Consent,
    Contact,
    Group,
    GroupMember,
    History,
    Note,
    Opportunity,
    Sale,
    SeriesRun,
)
from desktop_crm.storage.uow import Database

T0 = dt.datetime(2026, 1, 5, 9, 30)


def add_contact(db: Database, **values: Any) -> int:
    row = {
        "first_name": "Jean",
        "last_name": "Martin",
        "version": 1,
        "created_at": T0,
        "edited_at": T0,
        **values,
    }
    row.update(lookup_keys(row))
    with db.uow() as uow:
        cid = uow.session.execute(insert(Contact).values(**row)).inserted_primary_key[0]
        uow.commit()
    return int(cid)


def add_company(db: Database, name: str, **values: Any) -> int:
    with db.uow() as uow:
        cid = uow.session.execute(
            insert(Company).values(
                name=name, name_key=name.lower(), version=1, created_at=T0, edited_at=T0, **values
            )
        ).inserted_primary_key[0]
        uow.commit()
    return int(cid)


def shared_parents(db: Database) -> dict[str, int]:
    """A group, a campaign and a series that related rows can point at."""
    with db.uow() as uow:
        s = uow.session
        ids = {
            "group": s.execute(
                insert(Group).values(name="G", version=1, created_at=T0, edited_at=T0)
            ).inserted_primary_key[0],
            "group2": s.execute(
                insert(Group).values(name="G2", version=1, created_at=T0, edited_at=T0)
            ).inserted_primary_key[0],
            "campaign": s.execute(
                insert(Campaign).values(
                    name="C",
                    version=1,
                    created_at=T0,
                    edited_at=T0,
                    budget=Decimal("0"),
                    cost=Decimal("0"),
                    status="draft",
                )
            ).inserted_primary_key[0],
            "series": s.execute(
                insert(ActivitySeries).values(
                    name="S",
                    version=1,
                    created_at=T0,
                    edited_at=T0,
                    shift_on_late=False,
                    active=True,
                )
            ).inserted_primary_key[0],
        }
        uow.commit()
    return {k: int(v) for k, v in ids.items()}


def add_related(
    db: Database, contact_id: int, parents: dict[str, int], what: str, n: int = 0
) -> None:
    """Attach one related row of kind ``what`` to a contact."""
    with db.uow() as uow:
        s = uow.session
        if what == "history":
            s.execute(
                insert(History).values(
                    contact_id=contact_id,
                    type="call_reached",
                    occurred_at=T0,
                    regarding=f"h{n}",
                    private=False,
                )
            )
        elif what == "note":
            s.execute(
                insert(Note).values(
                    contact_id=contact_id,
                    text=f"n{n}",
                    version=1,
                    created_at=T0,
                    edited_at=T0,
                    noted_at=T0,
                    private=False,
                )
            )
        elif what == "activity":
            aid = s.execute(
                insert(Activity).values(
                    contact_id=contact_id,
                    type="call",
                    start_at=T0,
                    version=1,
                    created_at=T0,
                    edited_at=T0,
                    priority=3,
                    duration_min=0,
                    timeless=False,
                    private=False,
                    cleared=False,
                    alarm_dismissed=False,
                    recurrence_interval=1,
                )
            ).inserted_primary_key[0]
            s.execute(insert(ActivityContact).values(activity_id=aid, contact_id=contact_id))
        elif what == "opportunity":
            s.execute(
                insert(Opportunity).values(
                    contact_id=contact_id,
                    name=f"o{n}",
                    version=1,
                    created_at=T0,
                    edited_at=T0,
                    probability=10,
                    amount=Decimal("100.50"),
                    status="open",
                )
            )
        elif what == "sale":
            s.execute(
                insert(Sale).values(
                    contact_id=contact_id,
                    sold_on=dt.date(2026, 1, 2),
                    amount=Decimal("12.30"),
                    margin=Decimal("1.00"),
                )
            )
        elif what in ("group", "group2"):
            if not s.scalar(
                select(func.count())
                .select_from(GroupMember)
                .where(GroupMember.group_id == parents[what], GroupMember.contact_id == contact_id)
            ):
                s.execute(
                    insert(GroupMember).values(
                        group_id=parents[what], contact_id=contact_id, added_at=T0
                    )
                )
        elif what == "campaign":
            if not s.scalar(
                select(func.count())
                .select_from(CampaignMember)
                .where(
                    CampaignMember.campaign_id == parents["campaign"],
                    CampaignMember.contact_id == contact_id,
                )
            ):
                s.execute(
                    insert(CampaignMember).values(
                        campaign_id=parents["campaign"], contact_id=contact_id, status="targeted"
                    )
                )
        elif what == "series":
            if not s.scalar(
                select(func.count())
                .select_from(SeriesRun)
                .where(SeriesRun.contact_id == contact_id)
            ):
                run = s.execute(
                    insert(SeriesRun).values(
                        series_id=parents["series"],
                        contact_id=contact_id,
                        trigger_key="manual",
                        anchor_date=dt.date(2026, 1, 1),
                        created_at=T0,
                    )
                ).inserted_primary_key[0]
                s.execute(
                    insert(Activity).values(
                        contact_id=contact_id,
                        type="todo",
                        start_at=T0,
                        version=1,
                        created_at=T0,
                        edited_at=T0,
                        priority=3,
                        duration_min=0,
                        timeless=False,
                        private=False,
                        cleared=False,
                        alarm_dismissed=False,
                        recurrence_interval=1,
                        series_run_id=run,
                    )
                )
        elif what.startswith("consent:"):
            _, channel, status = what.split(":")
            existing = s.scalar(
                select(Consent.id).where(
                    Consent.contact_id == contact_id, Consent.channel == channel
                )
            )
            if existing is None:
                s.execute(
                    insert(Consent).values(
                        contact_id=contact_id,
                        channel=channel,
                        status=status,
                        recorded_at=T0,
                        version=1,
                    )
                )
        else:
            raise ValueError(what)
        uow.commit()


RELATED_KINDS = (
    "history",
    "note",
    "activity",
    "opportunity",
    "sale",
    "group",
    "group2",
    "campaign",
    "series",
    "consent:email:opt_out",
    "consent:email:opt_in",
    "consent:post:opt_in",
    "consent:phone:unknown",
)


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the logs (merges, deletions: an undone merge stays in
    both), sorted, for exact comparisons."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.uow(write=False) as uow:
        for table in Base.metadata.sorted_tables:
            if table.name in ("merge_record", "deletion_log"):
                continue
            rows = uow.session.execute(select(table)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def related_count(db: Database, contact_ids: list[int]) -> dict[str, int]:
    """Rows pointing at the given contacts, per referencing table."""
    counts = {}
    with db.uow(write=False) as uow:
        for table_name, column in CONTACT_REFS:
            table = Base.metadata.tables[table_name]
            counts[table_name] = int(
                uow.session.scalar(
                    select(func.count()).select_from(table).where(table.c[column].in_(contact_ids))
                )
                or 0
            )
    return counts


def orphans(db: Database) -> list[str]:
    """Foreign keys pointing nowhere (the same check on both backends)."""
    found = []
    with db.uow(write=False) as uow:
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                parent = fk.column.table
                q = text(
                    f"SELECT count(*) FROM {table.name} t WHERE t.{fk.parent.name} IS NOT NULL "
                    f"AND NOT EXISTS (SELECT 1 FROM {parent.name} p "
                    f"WHERE p.{fk.column.name} = t.{fk.parent.name})"
                )
                if uow.session.scalar(q):
                    found.append(f"{table.name}.{fk.parent.name}")
    return found
