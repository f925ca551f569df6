"""Merging follows every foreign key of the schema, found by introspection (no hand-copied list).

For each table with a foreign key to the merged kind, a minimal row is built for the record that
goes away (and, for rows unique per record, a twin on the kept record), plus a child row under
each of those rows wherever another table points at them. After the merge every row and every
child must lead to the kept record, and undoing the merge must give back the database exactly.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Table, and_, insert, select, types
from sqlalchemy.orm import Session

from desktop_crm.services.duplicates.merge import merge_companies, merge_contacts, unmerge
from desktop_crm.services.duplicates.merge_refs import (
    RefStrategy,
    references_to,
    strategies,
)
from desktop_crm.storage.models import ActivitySeries, Base, SeriesRun
from desktop_crm.storage.uow import Database
from tests.integration.merge_helpers import add_contact, dump, orphans

T0 = dt.datetime(2026, 1, 5, 9, 30)
_counter = itertools.count(1)


def _value(column: Any) -> Any:
    """A plain value of the column's type, different on every call where that matters."""
    n = next(_counter)
    kind = column.type
    if isinstance(kind, types.Boolean):
        return False
    if isinstance(kind, types.DateTime):
        return T0
    if isinstance(kind, types.Date):
        return T0.date()
    if isinstance(kind, types.Numeric):
        return Decimal("1")
    if isinstance(kind, types.Integer):
        return n
    if column.name == "channel":
        return "email"
    text = f"v{n}"
    length = getattr(kind, "length", None)
    return text[-length:] if length else text


def _pk(tbl: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {c.name: row[c.name] for c in tbl.primary_key.columns}


def make_row(session: Session, tbl: Table, **given: Any) -> dict[str, Any]:
    """Insert a minimal row: required parents are created, every plain column without a
    default gets a value (so unique keys are complete), optional foreign keys stay empty."""
    values = dict(given)
    for column in tbl.columns:
        if column.name in values:
            continue
        if column.primary_key and len(tbl.primary_key.columns) == 1:
            continue
        if column.foreign_keys:
            if column.nullable:
                continue
            (fk,) = column.foreign_keys
            parent = make_row(session, fk.column.table)
            values[column.name] = parent[fk.column.name]
        elif column.default is None and column.server_default is None:
            values[column.name] = _value(column)
    result = session.execute(insert(tbl).values(**values))
    pk_cols = list(tbl.primary_key.columns)
    if len(pk_cols) == 1 and pk_cols[0].name not in values:
        values[pk_cols[0].name] = result.inserted_primary_key[0]
    return session.execute(select(tbl).where(_where(tbl, _pk(tbl, values)))).one()._asdict()


def _where(tbl: Table, values: dict[str, Any]) -> Any:
    return and_(*(tbl.c[k] == v for k, v in values.items()))


def _unique_partners(tbl: Table, column: str) -> list[str]:
    """The other columns of the primary or unique key that holds ``column``."""
    keys = [[c.name for c in tbl.primary_key.columns]]
    keys += [
        [c.name for c in getattr(con, "columns", [])]
        for con in tbl.constraints
        if con.__class__.__name__ == "UniqueConstraint"
    ]
    for names in keys:
        if column in names and len(names) > 1:
            return [n for n in names if n != column]
    return []


@dataclass
class Planted:
    """A row pointing at the record that goes away, and what the merge must make of it."""

    table: Table
    column: str
    strategy: RefStrategy
    pk: dict[str, Any]
    twin_pk: dict[str, Any] | None


@dataclass
class Child:
    """A row pointing at a planted row (e.g. an activity of a series run)."""

    table: Table
    column: str
    key: dict[str, Any]  # how to find it again (its primary key minus the repointed column)
    parent: Planted


def _children_of(parent: Table) -> list[tuple[Table, str]]:
    return sorted(
        (
            (tbl, fk.parent.name)
            for tbl in Base.metadata.tables.values()
            for fk in tbl.foreign_keys
            if fk.column.table is parent and fk.parent.table is tbl
        ),
        key=lambda tc: (tc[0].name, tc[1]),
    )


def plant(db: Database, kind: str, keep: int, other: int) -> tuple[list[Planted], list[Child]]:
    planted: list[Planted] = []
    children: list[Child] = []
    with db.uow() as uow:
        s = uow.session
        for (name, column), strategy in sorted(strategies(kind).items()):
            tbl = Base.metadata.tables[name]
            row = make_row(s, tbl, **{column: other})
            twin_pk = None
            if strategy in (RefStrategy.UNIQUE, RefStrategy.CONSENT):
                partners = _unique_partners(tbl, column)
                if strategy is RefStrategy.CONSENT:
                    partners = ["channel"]
                twin = make_row(s, tbl, **{column: keep}, **{p: row[p] for p in partners})
                twin_pk = _pk(tbl, twin)
            item = Planted(tbl, column, strategy, _pk(tbl, row), twin_pk)
            planted.append(item)
            if [c.name for c in tbl.primary_key.columns] != ["id"] or tbl.name == kind:
                continue
            for child_tbl, child_col in _children_of(tbl):
                if child_tbl is tbl:
                    continue
                child = make_row(s, child_tbl, **{child_col: row["id"]})
                key = {k: v for k, v in _pk(child_tbl, child).items() if k != child_col}
                children.append(Child(child_tbl, child_col, key, item))
        uow.commit()
    return planted, children


def check_all_point_at_kept(
    db: Database, kind: str, keep: int, other: int, planted: list[Planted], children: list[Child]
) -> None:
    with db.uow(write=False) as uow:
        s = uow.session
        main = Base.metadata.tables[kind]
        assert s.execute(select(main).where(main.c.id == other)).first() is None
        for table_name, column in references_to(kind):
            tbl = Base.metadata.tables[table_name]
            left = s.execute(select(tbl).where(tbl.c[column] == other)).all()
            assert left == [], f"{table_name}.{column} still points at the merged record"
        for item in planted:
            label = f"{item.table.name}.{item.column}"
            row = s.execute(select(item.table).where(_where(item.table, item.pk))).first()
            if item.twin_pk is None:
                # Moved in place: same row, now on the kept record.
                assert row is not None, f"{label}: the row was lost"
                assert row._asdict()[item.column] == keep, label
            else:
                twin = s.execute(select(item.table).where(_where(item.table, item.twin_pk))).first()
                assert twin is not None, f"{label}: the kept record's row was lost"
                assert row is None or row._asdict()[item.column] == keep, label
        for child in children:
            label = f"{child.table.name}.{child.column} (child of {child.parent.table.name})"
            row = s.execute(select(child.table).where(_where(child.table, child.key))).first()
            assert row is not None, f"{label}: the child row was lost"
            parent_id = row._asdict()[child.column]
            assert parent_id is not None, f"{label}: the child lost its link"
            parent_tbl = child.parent.table
            parent = s.execute(select(parent_tbl).where(parent_tbl.c.id == parent_id)).first()
            assert parent is not None, label
            assert parent._asdict()[child.parent.column] == keep, f"{label}: not on the kept one"


def _merge_and_check(db: Database, kind: str, keep: int, other: int) -> None:
    planted, children = plant(db, kind, keep, other)
    # Every referencing column of the schema got a row; every referenced row kind got a child.
    assert {(p.table.name, p.column) for p in planted} == references_to(kind)
    assert any(c.table.name == "activity" and c.column == "series_run_id" for c in children) or (
        kind == "company"
    )
    before = dump(db)
    merge = merge_contacts if kind == "contact" else merge_companies
    with db.uow() as uow:
        result = merge(uow, keep, [other])
        uow.commit()
    assert orphans(db) == []
    check_all_point_at_kept(db, kind, keep, other, planted, children)
    with db.uow() as uow:
        unmerge(uow, result.merge_id)
        uow.commit()
    after = dump(db)
    # Undo gives back every row (the merge note and history entry go too).
    assert after == before


def test_contact_merge_follows_every_foreign_key(db: Database) -> None:
    keep = add_contact(db, email="keep@example.org")
    other = add_contact(db, email="other@example.org")
    _merge_and_check(db, "contact", keep, other)


def test_company_merge_follows_every_foreign_key(db: Database) -> None:
    with db.uow() as uow:
        company = Base.metadata.tables["company"]
        keep = make_row(uow.session, company, name="Acme")["id"]
        other = make_row(uow.session, company, name="ACME SA")["id"]
        uow.commit()
    _merge_and_check(db, "company", keep, other)


@pytest.mark.parametrize("runs", ["both", "loser_only"])
def test_activities_of_a_dropped_duplicate_series_run_follow_the_kept_run(
    db: Database, runs: str
) -> None:
    """The loser's run of a series both contacts are in is dropped; its activities must move
    to the kept contact's run, not lose their series (they would stop being rescheduled)."""
    keep = add_contact(db)
    other = add_contact(db, first_name="J.")
    with db.uow() as uow:
        s = uow.session
        series = s.execute(insert(ActivitySeries).values(name="Onboarding")).inserted_primary_key[0]
        activity = Base.metadata.tables["activity"]
        run_ids = {}
        for contact in (other, keep) if runs == "both" else (other,):
            run_ids[contact] = s.execute(
                insert(SeriesRun).values(
                    series_id=series, contact_id=contact, anchor_date=T0.date(), created_at=T0
                )
            ).inserted_primary_key[0]
        step = make_row(
            s, activity, contact_id=other, series_run_id=run_ids[other], type="todo", start_at=T0
        )
        uow.commit()
    with db.uow() as uow:
        merge_contacts(uow, keep, [other])
        uow.commit()
    with db.uow(write=False) as uow:
        moved = uow.session.execute(select(activity).where(activity.c.id == step["id"])).one()
        runs_left = uow.session.execute(select(SeriesRun.id, SeriesRun.contact_id)).all()
    assert moved.contact_id == keep
    assert len(runs_left) == 1 and runs_left[0].contact_id == keep
    assert moved.series_run_id == runs_left[0].id
