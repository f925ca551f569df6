"""The compiled SQL of random whitelisted queries finds exactly the contacts the plain-Python
evaluation of the same query finds over the same rows; injections are refused or harmless."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop_crm.domain import query as q
from desktop_crm.domain.clock import FixedClock
from desktop_crm.domain.text import fold
from desktop_crm.services.groups import query as compiler
from desktop_crm.storage.models import Contact, ContactFieldValue, CustomField
from desktop_crm.storage.uow import Database

TODAY = dt.date(2026, 6, 15)
CLOCK = FixedClock(dt.datetime(2026, 6, 15, 9, 30))
POOLS: dict[str, list[Any]] = {
    "city": ["Lyon", "LYON", "Lyôn", "Bron", "Saint-Étienne", "", None],
    "status": ["Client", "Prospect", "client", "ÉTUDIANT", "étudiant", "Élève", "", None],
    "postcode": ["69001", "69500", "75011", "6", None],
    "do_not_mail": [True, False, None],
    "birthday": [dt.date(1980, 2, 29), dt.date(1975, 6, 20), dt.date(1990, 12, 31), None],
    "last_reach": [
        dt.datetime(2025, 11, 1, 12),
        dt.datetime(2026, 6, 14, 23, 59),
        dt.datetime(2026, 6, 15, 0, 0),
        dt.datetime(2026, 1, 15, 8),
        None,
    ],
    "score": [Decimal("1"), Decimal("2.5"), Decimal("10"), None],
    "salon": ["Lyon 2026", "Paris", "Été ÀLYON", "été", "", None],
    "renewal": [dt.date(2026, 6, 15), dt.date(2026, 7, 10), dt.date(2025, 1, 1), None],
    "vip": [Decimal("1"), Decimal("0"), None],
}
CUSTOM = {"score": "number", "salon": "text", "renewal": "date", "vip": "yesno"}
_COLUMNS = {
    "number": "value_number",
    "text": "value_text",
    "date": "value_date",
    "yesno": "value_number",
}


def _seed(db: Database) -> list[dict[str, Any]]:
    rng = random.Random(11)
    rows: list[dict[str, Any]] = []
    with db.uow() as uow:
        field_ids = {}
        for position, (name, kind) in enumerate(CUSTOM.items()):
            definition = CustomField(
                record="contact", name=name, label=name.title(), kind=kind, position=position
            )
            uow.session.add(definition)
            uow.session.flush()
            field_ids[name] = definition.id
        for n in range(40):
            row = {name: rng.choice(pool) for name, pool in POOLS.items()}
            contact = Contact(
                last_name=f"N{n:02d}",
                last_name_key=f"n{n:02d}",
                city=row["city"],
                city_key=fold(row["city"]),
                status=row["status"],
                postcode=row["postcode"],
                do_not_mail=row["do_not_mail"],
                birthday=row["birthday"],
                last_reach=row["last_reach"],
            )
            uow.session.add(contact)
            uow.session.flush()
            row["id"] = contact.id
            for name, kind in CUSTOM.items():
                if row[name] is not None:
                    uow.session.add(
                        ContactFieldValue(
                            field_id=field_ids[name],
                            contact_id=contact.id,
                            **{_COLUMNS[kind]: row[name]},
                        )
                    )
            rows.append(row)
        uow.commit()
    return rows


def _values(name: str) -> st.SearchStrategy[Any]:
    return st.sampled_from([v for v in POOLS[name] if v is not None]).map(
        lambda v: v.date() if isinstance(v, dt.datetime) else v
    )


def _leaf(info: q.FieldInfo) -> st.SearchStrategy[q.Node]:
    name = info.name
    if info.kind == "bool":
        return st.builds(q.Compare, st.just(name), st.sampled_from(["=", "!="]), st.booleans())
    if info.kind == "text":
        words = st.one_of(
            _values(name),
            st.sampled_from(["ly", "LY", "Cl", "6", "on", "", "É", "é", "TUD", "Ét", "ÀL", "à"]),
        )
        return st.one_of(
            st.builds(
                q.Compare,
                st.just(name),
                st.sampled_from(["=", "!=", "contains", "starts with"]),
                words,
            ),
            st.builds(q.IsEmpty, st.just(name), st.booleans()),
            st.builds(q.InList, st.just(name), st.lists(words, min_size=1, max_size=3).map(tuple)),
        )
    values = _values(name)
    if info.kind == "number":
        values = st.one_of(values, st.sampled_from([Decimal("0"), Decimal("2.5"), Decimal("5")]))
    else:
        values = st.one_of(
            values, st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2027, 1, 1))
        )
    leaves = [
        st.builds(q.Compare, st.just(name), st.sampled_from(q.COMPARISONS), values),
        st.builds(q.IsEmpty, st.just(name), st.booleans()),
        st.builds(q.Between, st.just(name), values, values),
    ]
    if info.kind in ("date", "datetime"):
        leaves.append(
            st.builds(
                q.Relative,
                st.just(name),
                st.sampled_from(q.RELATIVE),
                st.integers(0, 14),
                st.sampled_from(q.UNITS),
            )
        )
        if info.kind == "date":
            leaves.append(st.builds(q.Anniversary, st.just(name), st.integers(0, 366)))
    else:
        leaves.append(
            st.builds(q.InList, st.just(name), st.lists(values, min_size=1, max_size=3).map(tuple))
        )
    return st.one_of(*leaves)


def _trees(fields: dict[str, q.FieldInfo]) -> st.SearchStrategy[q.Node]:
    leaves = st.one_of(*(_leaf(fields[name]) for name in POOLS))
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: q._combine(q.And, xs)),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: q._combine(q.Or, xs)),
            inner.map(q.Not),
        ),
        max_leaves=6,
    )


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_sql_finds_what_python_finds(
    backend: str, request: pytest.FixtureRequest, data: st.DataObject
) -> None:
    db = _database(request, backend)
    rows, fields = _STATE[backend]
    tree = data.draw(_trees(fields))
    expected = sorted(r["id"] for r in rows if q.evaluate(tree, r, fields, TODAY))
    with db.uow(write=False) as uow:
        found = sorted(compiler.matching_ids(uow, tree, clock=CLOCK))
        assert found == expected, q.format_query(tree)
        # The canonical text compiles to the same answer.
        assert sorted(compiler.matching_ids(uow, q.format_query(tree), clock=CLOCK)) == found


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_contains_agrees_on_non_ascii_letters(backend: str, request: pytest.FixtureRequest) -> None:
    # SQLite's lower() lowers ASCII only: "É" and "é" must find what evaluate() finds.
    db = _database(request, backend)
    rows, fields = _STATE[backend]
    with db.uow(write=False) as uow:
        for name in ("status", "salon", "city"):
            for word in ("É", "é", "ÉTUD", "étud", "TUD", "Ét", "ÀL", "àl", "à", "Ève"):
                tree = q.Compare(name, "contains", word)
                expected = sorted(r["id"] for r in rows if q.evaluate(tree, r, fields, TODAY))
                found = sorted(compiler.matching_ids(uow, tree, clock=CLOCK))
                assert found == expected, q.format_query(tree)


_STATE: dict[str, tuple[list[dict[str, Any]], dict[str, q.FieldInfo]]] = {}
_DBS: dict[str, Database] = {}


def _database(request: pytest.FixtureRequest, backend: str) -> Database:
    # One seeded database per backend for all examples (the rows never change).
    if backend not in _DBS:
        url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url")
        db = Database(url)
        rows = _seed(db)
        with db.uow(write=False) as uow:
            _STATE[backend] = (rows, compiler.available_fields(uow))
        _DBS[backend] = db
        request.addfinalizer(lambda: (_DBS.pop(backend).dispose(), _STATE.pop(backend)))
    return _DBS[backend]


def test_injections_are_refused_or_harmless(db: Database) -> None:
    _seed(db)
    with db.uow(write=False) as uow:
        for text in [
            'city = "x\'; drop table contact; --"',
            'last_name contains "%\' or 1=1 --"',
            'lookup "\'); delete from contact; --"',
            'city in ("a\\" or 1=1", "b")',
        ]:
            assert compiler.matching_ids(uow, text) == []
        for text in [
            'id; drop = "x"',
            "contact.id = 1",
            '"city" = "x"',
            "city = x",
            "1 = 1",
            'city = "a" or 1=1',
            "company.parent_id = 1",
        ]:
            with pytest.raises(q.QueryError):
                compiler.check_query(uow, text)
        assert uow.session.scalar(select(func.count()).select_from(Contact)) == 40
