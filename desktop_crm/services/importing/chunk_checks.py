"""Checking a chunk of rows column by column: the usual row without a loop over its cells.

``checks.check_rows`` checks a row cell by cell (what kind of field, which check, which
problem), about ten cells a row. Most rows of a big file have nothing to say: plain texts
that fit, French phones and e-mails that are valid as typed or only need normalising, a
French postcode and a town. Here each column of the chunk is checked in one pass, and a row
whose values all pass keeps its raw values, with the phones and e-mails normalised in place
(same keys, same order). Any row that any column has something to say about (a problem, a
CEDEX to split, a generic phone column, a date or a flag, an empty text, a country) is
checked by ``check_row`` as before, so every problem, message and value is the same; a
test compares both on random rows.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain
from typing import Any

from desktop_crm.domain.contacts import TEXT_FIELDS
from desktop_crm.domain.errors import FieldProblem
from desktop_crm.services.importing.checks import (
    _EMAIL,
    _KINDS,
    _PHONE,
    _TEXT,
    GENERIC_PHONE,
    _civility,
    _french_postcode,
    _split_cedex,
    check_row,
)
from desktop_crm.services.importing.keys import (
    column_of,
    contact_key_rows_many,
    fast_check_email,
    fast_check_phone,
    french_e164,
)

Checked = tuple[dict[str, Any], list[FieldProblem], tuple[str, ...]]
# Rows with a problem that only their own cell has to say (a phone number that cannot exist,
# an e-mail with a typo to suggest): row -> its problems, as ``check_row`` words them.
Said = dict[int, list[FieldProblem]]
ColumnCheck = Callable[[str, list[Any], list[dict[str, Any]], set[int], Said], None]
# The kinds checked column by column; a row with any other field (a flag, a date) or one
# this module does not check at all (country, CEDEX: the address rules) is checked alone.
_COLUMN_KINDS = {
    name: kind
    for name, kind in _KINDS.items()
    if kind in (_TEXT, _PHONE, _EMAIL) and name not in ("country", "cedex")
}
# Names that are no contact field (notes, history, groups, user fields...): left out of
# the values, as ``check_row`` leaves them, without sending the row to it.
_ROW_ALONE = frozenset(name for name in _KINDS if name not in _COLUMN_KINDS) | {GENERIC_PHONE}


def check_chunk(raws: list[dict[str, str]]) -> list[Checked]:
    """``checks.check_rows`` (values, problems, lookup keys of each row), column by column."""
    names = list(dict.fromkeys(chain.from_iterable(raws)))  # every name, first seen first
    alone: set[int] = set()  # rows that go through check_row
    said: Said = {}  # rows whose cells say a problem of their own, the rest of the row fine
    for name in names:
        if name in _ROW_ALONE:
            alone.update(i for i, raw in enumerate(raws) if name in raw)
    fields = [name for name in names if name in _COLUMN_KINDS]
    if len(fields) == len(names):
        values_list: list[dict[str, Any]] = list(map(dict, raws))
    else:
        kept = frozenset(fields)
        values_list = [{k: v for k, v in raw.items() if k in kept} for raw in raws]
    for name in fields:
        column: list[Any] = column_of(raws, name)
        if "" in column:  # (``check_row`` drops an empty text)
            alone.update(i for i, text in enumerate(column) if text == "")
        _CHECKERS[_COLUMN_KINDS[name]](name, column, values_list, alone, said)
    _address_rules(values_list, alone)
    problems_of: dict[int, list[FieldProblem]] = {}
    for i, problems in said.items():
        if i not in alone:  # (in the row's order of fields, as ``check_row`` lists them)
            problems_of[i] = problems if len(problems) == 1 else _in_row_order(problems, raws[i])
    for i in sorted(alone):
        values_list[i], problems_of[i] = check_row(raws[i])
    keys = contact_key_rows_many(values_list)
    get = problems_of.get
    return [
        (values, get(i) or [], key)
        for i, (values, key) in enumerate(zip(values_list, keys, strict=True))
    ]


def _in_row_order(problems: list[FieldProblem], raw: dict[str, str]) -> list[FieldProblem]:
    order = {name: position for position, name in enumerate(raw)}
    return sorted(problems, key=lambda problem: order[problem.field])


def _text(
    name: str, column: list[Any], values_list: list[dict[str, Any]], alone: set[int], _said: Said
) -> None:
    if name == "civility":  # (a few spellings per file: normalised once each)
        for i, text in enumerate(column):
            if text:
                spelled = _civility(text)
                if spelled != text:
                    values_list[i][name] = column[i] = spelled
    limit = TEXT_FIELDS[name]
    if max(map(len, filter(None, column)), default=0) > limit:
        alone.update(i for i, text in enumerate(column) if text and len(text) > limit)


def _phone(
    name: str, column: list[Any], values_list: list[dict[str, Any]], alone: set[int], said: Said
) -> None:
    for i, text in enumerate(column):
        if text:
            # A plainly French valid number without the cache (most numbers of a file are
            # distinct: a cache miss costs more than the check); the rest as before.
            e164 = french_e164(text)
            if e164 is None:
                e164, code, message = fast_check_phone(text)
                if e164 is None:  # kept as typed, with the problem ``check_row`` gives
                    values_list[i][name] = text[:32]
                    problem = FieldProblem(
                        name, code or "phone_invalid", message or "Invalid phone number."
                    )
                    said.setdefault(i, []).append(problem)
                    continue
            values_list[i][name] = e164


def _email(
    name: str, column: list[Any], values_list: list[dict[str, Any]], alone: set[int], said: Said
) -> None:
    check = fast_check_email.__wrapped__  # (addresses rarely repeat: see ``_phone``)
    for i, text in enumerate(column):
        if text:
            normalised, code, _message, suggestion = check(text)
            if code is None and normalised is not None:
                values_list[i][name] = normalised
                if suggestion:  # (a typo to suggest, worded as ``check_row`` does)
                    problem = FieldProblem(
                        name, "email_typo", f"Did you mean {suggestion}?", suggestion
                    )
                    said.setdefault(i, []).append(problem)
            else:
                alone.add(i)  # (an invalid address: check_row adds its flag in its place)


_CHECKERS: dict[str, ColumnCheck] = {
    _TEXT: _text,
    _PHONE: _phone,
    _EMAIL: _email,
}


def _address_rules(values_list: list[dict[str, Any]], alone: set[int]) -> None:
    """``checks._check_address`` and the "nothing identifies" rule for rows with no
    country (France): a row they would change or complain about is left to ``check_row``,
    except a postcode only compacted ("75 002", Excel's 6000 for 06000), set here."""
    for i, values in enumerate(values_list):
        get = values.get
        city = get("city")
        postcode = get("postcode")
        if postcode:
            compact = _french_postcode(postcode)
            if compact is None or not city:
                alone.add(i)
                continue
            if compact != postcode:
                values["postcode"] = compact
        elif city and get("address1"):
            alone.add(i)
            continue
        if (city and _split_cedex(city) is not None) or not (
            get("last_name") or get("first_name") or get("company_name") or get("email")
        ):
            alone.add(i)  # (a CEDEX to split; nothing identifies the contact)
