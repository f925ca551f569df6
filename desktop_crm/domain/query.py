"""The query language of dynamic groups: tokenizer, parser, frozen syntax tree, formatter.

A saved query is text (``status = "Client" and postcode starts with "69"``); ``parse`` turns
it into a tree of frozen nodes, ``format_query`` writes the canonical text back, and
``format_query(parse(t))`` parses to the same tree. Pure Python: the services compile the
tree to SQL (services/groups/query.py) with whitelisted fields and operators; ``evaluate``
here gives the same answer over plain rows (the property test compares the two).

Grammar (words are case-insensitive, values are "quoted", numbers or ISO dates)::

    query     := or
    or        := and ("or" and)*
    and       := unary ("and" unary)*
    unary     := "not" unary | "(" or ")" | condition
    condition := FIELD "=" | "!=" | "<" | "<=" | ">" | ">=" VALUE
               | FIELD "contains" TEXT | FIELD "starts with" TEXT
               | FIELD "is empty" | FIELD "is not empty" | FIELD "in" "(" VALUE ("," VALUE)* ")"
               | FIELD "between" VALUE "and" VALUE
               | FIELD "older than" N UNIT | FIELD "in the last" N UNIT
               | FIELD "within next" N UNIT | FIELD "anniversary within next" N "days"
               | "in group" TEXT | "has history" TEXT ["since" DATE] | "has no history" ...
               | "has open activity" | "has opportunity" ["in stage" TEXT]
               | "consent" CHANNEL "is" TEXT | "lookup" TEXT
               | "analysis" METHOD "=" TEXT ("period" YEAR | "from" DATE "to" DATE)
                 ["among group" TEXT] ["kinds" "(" TEXT, … ")"] ["potential" TEXT]
                 ["thresholds" PCT PCT] ["months" N]
    VALUE     := TEXT | NUMBER | DATE | "yes" | "no"
    UNIT      := day(s) | week(s) | month(s) | year(s)
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.query_nodes import (
    COMPANY_PREFIX,
    COMPARISONS,
    FIELD_NODES,
    FOLDED_COMPANY_FIELDS,
    FOLDED_FIELDS,
    MAX_ANNIVERSARY_DAYS,
    OPERATORS,
    RELATIVE,
    UNITS,
    And,
    Anniversary,
    Between,
    Compare,
    Condition,
    ConsentIs,
    FieldInfo,
    HasHistory,
    HasOpenActivity,
    HasOpportunity,
    InAnalysis,
    InGroup,
    InList,
    IsEmpty,
    Kind,
    LookupText,
    Node,
    Not,
    Or,
    QueryError,
    Relative,
    Value,
    contact_fields,
)
from desktop_crm.domain.query_parser import (
    Token,
    _combine,
    history_type,
    parse,
    tokenize,
)
from desktop_crm.domain.text import fold

# Re-exported: callers import the whole query language from here.
__all__ = [
    "COMPANY_PREFIX",
    "COMPARISONS",
    "FIELD_NODES",
    "FOLDED_COMPANY_FIELDS",
    "FOLDED_FIELDS",
    "MAX_ANNIVERSARY_DAYS",
    "OPERATORS",
    "RELATIVE",
    "UNITS",
    "And",
    "Anniversary",
    "Between",
    "Compare",
    "Condition",
    "ConsentIs",
    "FieldInfo",
    "HasHistory",
    "HasOpenActivity",
    "HasOpportunity",
    "HistoryType",
    "InAnalysis",
    "InGroup",
    "InList",
    "IsEmpty",
    "Kind",
    "LookupText",
    "Node",
    "Not",
    "Or",
    "QueryError",
    "Relative",
    "Row",
    "Token",
    "Value",
    "_combine",
    "anniversary_keys",
    "ascii_lower",
    "check_fields",
    "contact_fields",
    "evaluate",
    "field_names",
    "format_query",
    "format_value",
    "history_type",
    "map_conditions",
    "parse",
    "relative_range",
    "rename_field",
    "shift",
    "tokenize",
    "walk",
]


def check_fields(node: Node, fields: Mapping[str, FieldInfo]) -> Node:
    """Check a tree built in code against the fields (the text form goes through ``parse``)."""
    return parse(format_query(node), fields)


# -- formatter ---------------------------------------------------------------------------------


def format_value(value: Value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def format_query(node: Node) -> str:
    """The canonical text of a tree (``parse`` reads it back to an equal tree)."""
    if isinstance(node, And | Or):
        word = " and " if isinstance(node, And) else " or "
        return word.join(_wrap(item, node) for item in node.items)
    if isinstance(node, Not):
        inner = format_query(node.item)
        if isinstance(node.item, And | Or):
            inner = f"({inner})"
        return f"not {inner}"
    return _format_condition(node)


def _wrap(item: Node, parent: And | Or) -> str:
    text = format_query(item)
    return f"({text})" if isinstance(item, And | Or) else text


def _format_condition(node: Condition) -> str:
    if isinstance(node, Compare):
        return f"{node.field} {node.op} {format_value(node.value)}"
    if isinstance(node, IsEmpty):
        return f"{node.field} is {'not ' if node.negated else ''}empty"
    if isinstance(node, InList):
        return f"{node.field} in ({', '.join(format_value(v) for v in node.values)})"
    if isinstance(node, Between):
        return f"{node.field} between {format_value(node.low)} and {format_value(node.high)}"
    if isinstance(node, Relative):
        return f"{node.field} {node.op} {node.amount} {node.unit}"
    if isinstance(node, Anniversary):
        return f"{node.field} anniversary within next {node.days} days"
    if isinstance(node, InGroup):
        return f"in group {format_value(node.name)}"
    if isinstance(node, HasHistory):
        text = f"has history {format_value(node.type.replace('_', ' '))}"
        return text + (f" since {node.since.isoformat()}" if node.since else "")
    if isinstance(node, HasOpenActivity):
        return "has open activity"
    if isinstance(node, HasOpportunity):
        stage = f" in stage {format_value(node.stage)}" if node.stage is not None else ""
        return "has opportunity" + stage
    if isinstance(node, ConsentIs):
        return f"consent {node.channel} is {format_value(node.status)}"
    if isinstance(node, InAnalysis):
        return format_analysis(node)
    return f"lookup {format_value(node.text)}"


def format_analysis(node: InAnalysis) -> str:
    text = f"analysis {node.method} = {format_value(node.klass)}"
    if node.start == dt.date(node.start.year, 1, 1) and node.end == dt.date(
        node.start.year, 12, 31
    ):
        text += f" period {node.start.year}"
    else:
        text += f" from {node.start.isoformat()} to {node.end.isoformat()}"
    text += f" among group {format_value(node.among)}" if node.among else ""
    if node.kinds is not None:
        text += f" kinds ({', '.join(format_value(k) for k in node.kinds)})"
    if node.potential is not None:
        text += f" potential {format_value(node.potential)}"
    if node.thresholds is not None:
        text += f" thresholds {' '.join(format_value(t) for t in node.thresholds)}"
    return text + (f" months {node.months}" if node.months is not None else "")


def walk(node: Node) -> Iterable[Node]:
    """Every node of the tree, depth first."""
    yield node
    if isinstance(node, And | Or):
        for item in node.items:
            yield from walk(item)
    elif isinstance(node, Not):
        yield from walk(node.item)


def map_conditions(node: Node, change: Callable[[Condition], Condition]) -> Node:
    """The tree with every condition replaced by ``change(condition)`` (and/or/not kept)."""
    if isinstance(node, And):
        return And(tuple(map_conditions(item, change) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(map_conditions(item, change) for item in node.items))
    if isinstance(node, Not):
        return Not(map_conditions(node.item, change))
    return change(node)


def rename_field(node: Node, old: str, new: str) -> Node:
    """The tree with the field ``old`` named ``new`` wherever a condition names it."""

    def change(condition: Condition) -> Condition:
        if isinstance(condition, FIELD_NODES) and condition.field == old:
            return replace(condition, field=new)
        return condition

    return map_conditions(node, change)


def field_names(node: Node) -> set[str]:
    """The fields a tree names."""
    return {n.field for n in walk(node) if isinstance(n, FIELD_NODES)}


# -- relative dates ----------------------------------------------------------------------------


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """``day`` moved by ``amount`` units (months clamp to the month's last day)."""
    if unit == "days":
        return day + dt.timedelta(days=amount)
    if unit == "weeks":
        return day + dt.timedelta(weeks=amount)
    months = amount * (12 if unit == "years" else 1)
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def relative_range(
    op: str, amount: int, unit: str, today: dt.date
) -> tuple[dt.date | None, dt.date]:
    """Half-open day range [low, high) of a relative condition (low None: no lower bound)."""
    if op == "older than":
        return None, shift(today, -amount, unit)
    if op == "in the last":
        return shift(today, -amount, unit), today + dt.timedelta(days=1)
    return today, shift(today, amount, unit) + dt.timedelta(days=1)


def anniversary_keys(today: dt.date, days: int) -> frozenset[str]:
    """The "MM-DD" keys of the next ``days`` days from today; 29 February birthdays are
    celebrated on 28 February in years without one."""
    keys: set[str] = set()
    for n in range(min(days, MAX_ANNIVERSARY_DAYS) + 1):
        day = today + dt.timedelta(days=n)
        keys.add(day.strftime("%m-%d"))
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            keys.add("02-29")
    return frozenset(keys)


# -- plain-Python evaluation -------------------------------------------------------------------

Row = Mapping[str, Any]


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """``text`` with A–Z lowered and every other letter kept: how ``contains`` ignores case
    on fields without a folded copy, the same on SQLite, PostgreSQL (any locale) and here."""
    return text.translate(_ASCII_LOWER)


def evaluate(
    node: Node,
    row: Row,
    fields: Mapping[str, FieldInfo],
    today: dt.date,
    lookup: Callable[[str, Row], bool] | None = None,
) -> bool:
    """Whether ``row`` (field name -> stored value) matches; the reference semantics of the
    compiled SQL. Rows may hold ``_groups`` (names), ``_history`` ((type, date) pairs),
    ``_open_activity``, ``_stages`` (open opportunities' stage names), ``_consent``."""
    if isinstance(node, And):
        return all(evaluate(i, row, fields, today, lookup) for i in node.items)
    if isinstance(node, Or):
        return any(evaluate(i, row, fields, today, lookup) for i in node.items)
    if isinstance(node, Not):
        return not evaluate(node.item, row, fields, today, lookup)
    if isinstance(node, InGroup):
        return node.name in row.get("_groups", ())
    if isinstance(node, HasHistory):
        return any(
            t == node.type and (node.since is None or d >= node.since)
            for t, d in row.get("_history", ())
        )
    if isinstance(node, HasOpenActivity):
        return bool(row.get("_open_activity"))
    if isinstance(node, HasOpportunity):
        stages = row.get("_stages", ())
        return bool(stages) if node.stage is None else node.stage in stages
    if isinstance(node, ConsentIs):
        return bool(row.get("_consent", {}).get(node.channel, "unknown") == node.status)
    if isinstance(node, LookupText):
        return lookup(node.text, row) if lookup is not None else False
    if isinstance(node, InAnalysis):
        return (node.method, node.klass) in row.get("_analyses", ())
    return _evaluate_field(node, row, fields[node.field], today)


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def _evaluate_field(node: Condition, row: Row, info: FieldInfo, today: dt.date) -> bool:
    raw = row.get(info.name)
    if info.kind == "text":
        folded = (
            info.name in FOLDED_FIELDS or info.name in FOLDED_COMPANY_FIELDS
        ) and info.custom_id is None
        text = fold(raw) if folded else raw
        norm: Callable[[Any], Any] = (lambda v: fold(str(v))) if folded else (lambda v: v)
        if isinstance(node, IsEmpty):
            return bool(text) == node.negated
        if isinstance(node, InList):
            return text is not None and text in {norm(v) for v in node.values}
        assert isinstance(node, Compare)
        value = norm(node.value)
        if node.op == "!=":
            return text is None or text != value
        if text is None:
            return False
        if node.op == "=":
            return bool(text == value)
        if node.op == "starts with":
            return bool(text.startswith(value))
        if folded:
            return value in text
        return ascii_lower(value) in ascii_lower(text)
    if info.kind == "bool":
        assert isinstance(node, Compare)
        return (bool(raw) == node.value) == (node.op == "=")
    if info.kind == "number":
        number = None if raw is None else Decimal(str(raw))
        if isinstance(node, IsEmpty):
            return (number is not None) == node.negated
        if isinstance(node, Compare) and node.op == "!=":
            return number is None or number != node.value
        if number is None:
            return False
        if isinstance(node, InList):
            return number in node.values
        if isinstance(node, Between):
            return bool(node.low <= number <= node.high)  # type: ignore[operator]
        assert isinstance(node, Compare)
        return _order(node.op, number, node.value)
    day = _day(raw)
    if isinstance(node, IsEmpty):
        return (day is not None) == node.negated
    if isinstance(node, Compare) and node.op == "!=":
        return day is None or day != node.value
    if day is None:
        return False
    if isinstance(node, Between):
        return bool(node.low <= day <= node.high)  # type: ignore[operator]
    if isinstance(node, Relative):
        low, high = relative_range(node.op, node.amount, node.unit, today)
        return (low is None or day >= low) and day < high
    if isinstance(node, Anniversary):
        return day.strftime("%m-%d") in anniversary_keys(today, node.days)
    assert isinstance(node, Compare)
    return _order(node.op, day, node.value)


def _order(op: str, left: Any, right: Any) -> bool:
    return bool(
        {
            "=": left == right,
            "<": left < right,
            "<=": left <= right,
            ">": left > right,
            ">=": left >= right,
        }[op]
    )
