"""Helpers for the privacy tests: a row in any table (found by introspection), a person
with a trace in every table that refers to contacts, and a dump of the whole database."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Text,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.orm import Session

from desktop_crm.services.contacts.records import lookup_keys_full
from desktop_crm.storage.models import Base
from desktop_crm.storage.uow import Database

T0 = dt.datetime(2020, 3, 4, 10, 0)
_unique = itertools.count(1)

# The person erased in the tests: identifiers nobody else has.
FIRST = "Hyacinthe"
LAST = "Zorglubian"
FULL = f"{FIRST} {LAST}"
EMAIL = "hyacinthe.zorglubian@exemple-prive.fr"
EMAIL2 = "hz.perso@courriel-test.fr"
MOBILE = "+33612345678"
MOBILE_WRITTEN = "06 12 34 56 78"
BUSINESS = "+33145678912"
HOME_ADDRESS = "17 impasse des Grives Bleues"
WORK_ADDRESS = "42 quai des Brumes Lointaines"
TRACE = (
    f"Appel de {FULL} ({EMAIL}, {MOBILE_WRITTEN}, 01.45.67.89.12), habite "
    f"{HOME_ADDRESS}, bureau {WORK_ADDRESS}"
)
NEEDLES = (
    FULL,
    LAST,
    EMAIL,
    EMAIL2,
    MOBILE,
    "0612345678",
    MOBILE_WRITTEN,
    BUSINESS,
    "0145678912",
    "01.45.67.89.12",
    HOME_ADDRESS,
    WORK_ADDRESS,
)


def _value(column: Any, trace: str | None) -> Any:
    kind = column.type
    if isinstance(kind, JSON):
        return {"sample": trace or "x"}
    if isinstance(kind, LargeBinary):
        return b"x"
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, DateTime):
        return T0
    if isinstance(kind, Date):
        return T0.date()
    if isinstance(kind, Numeric):
        return Decimal("12.50")
    if isinstance(kind, Integer):
        return next(_unique)
    if isinstance(kind, String | Text):
        length = getattr(kind, "length", None)
        if trace is not None and (length is None or length >= 60):
            return trace[:length] if length else trace
        return f"v{next(_unique)}"[: length or 20]
    raise AssertionError(f"no sample value for {column!r}")


def insert_row(
    session: Session,
    table: Table,
    values: dict[str, Any] | None = None,
    trace: str | None = None,
) -> dict[str, Any]:
    """Insert a row into ``table`` with every required column filled (parents created as
    needed); nullable text columns hold ``trace`` when given. Returns the row's values."""
    row = dict(values or {})
    single_int_pk = len(table.primary_key.columns) == 1 and isinstance(
        next(iter(table.primary_key.columns)).type, Integer
    )
    for column in table.columns:
        if column.name in row:
            continue
        if column.primary_key and single_int_pk:
            continue
        if column.foreign_keys:
            if column.nullable and not column.primary_key:
                continue
            fk = next(iter(column.foreign_keys))
            parent = insert_row(session, fk.column.table)
            row[column.name] = parent[fk.column.name]
            continue
        has_default = column.default is not None or column.server_default is not None
        texty = isinstance(column.type, String | Text)
        long_text = texty and (getattr(column.type, "length", None) or 60) >= 60
        if has_default and not (trace is not None and long_text):
            continue
        if column.nullable and trace is None:
            continue
        if column.nullable and not isinstance(column.type, String | Text):
            continue
        if table.name == "contact" and column.name.endswith("_key"):
            continue
        row[column.name] = _value(column, trace)
    if table.name == "contact":
        row.update(lookup_keys_full(row))
    result = session.execute(insert(table).values(**row))
    if single_int_pk:
        pk = next(iter(table.primary_key.columns)).name
        row[pk] = result.inserted_primary_key[0]
    return row


def add_person(db: Database, **more: Any) -> int:
    """The person to export or erase, with every identifier filled."""
    values = {
        "first_name": FIRST,
        "last_name": LAST,
        "email": EMAIL,
        "email2": EMAIL2,
        "phone_mobile": MOBILE,
        "phone_business": BUSINESS,
        "address1": WORK_ADDRESS,
        "home_address1": HOME_ADDRESS,
        "postcode": "75011",
        "city": "Paris",
        "status": "Prospect",
        "version": 1,
        "created_at": T0,
        "edited_at": T0,
        **more,
    }
    with db.uow() as uow:
        row = insert_row(uow.session, Base.metadata.tables["contact"], values)
        uow.commit()
    return int(row["id"])


def contact_foreign_keys(db: Database) -> set[tuple[str, str]]:
    """(table, column) of every foreign key to contact, as the live database declares them."""
    inspector = inspect(db.engine)
    return {
        (table, column)
        for table in inspector.get_table_names()
        for fk in inspector.get_foreign_keys(table)
        if fk["referred_table"] == "contact"
        for column in fk["constrained_columns"]
    }


def add_a_row_per_reference(db: Database, contact_id: int) -> dict[tuple[str, str], Any]:
    """One row in every table referring to contacts, pointing at ``contact_id``."""
    made = {}
    with db.uow() as uow:
        for table_name, column in sorted(contact_foreign_keys(db)):
            table = Base.metadata.tables[table_name]
            made[(table_name, column)] = insert_row(
                uow.session, table, {column: contact_id}, trace=TRACE
            )
        uow.commit()
    return made


def dump(db: Database) -> str:
    """Every column of every table of the live database, as one case-folded text."""
    inspector = inspect(db.engine)
    parts = []
    with db.engine.connect() as conn:
        for table in inspector.get_table_names():
            columns = [c["name"] for c in inspector.get_columns(table)]
            quoted = ", ".join(f'"{c}"' for c in columns)
            for row in conn.execute(text(f'SELECT {quoted} FROM "{table}"')):
                parts.append(f"{table}: " + " | ".join(str(v) for v in row))
    return "\n".join(parts).casefold()


def count(db: Database, table: str, **where: Any) -> int:
    t = Base.metadata.tables[table]
    with db.engine.connect() as conn:
        query = select(t)
        for k, v in where.items():
            query = query.where(t.c[k] == v)
        return len(conn.execute(query).all())
