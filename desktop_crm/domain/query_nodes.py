"""The query language's syntax tree: frozen node types, QueryError, fields and operators."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.fields import FieldKind, catalogue

Value = str | Decimal | dt.date | bool
Kind = Literal["text", "number", "date", "datetime", "bool"]
UNITS = ("days", "weeks", "months", "years")
COMPARISONS = ("=", "!=", "<", "<=", ">", ">=")
RELATIVE = ("older than", "in the last", "within next")
MAX_ANNIVERSARY_DAYS = 366


class QueryError(DomainError):
    """A query that cannot be read or run; the message names the wrong word and where."""

    code = "invalid_query"

    def __init__(self, message: str, position: int = 0, word: str = "") -> None:
        super().__init__(message, code="invalid_query", position=position, word=word)
        self.position = position
        self.word = word


# -- the syntax tree ---------------------------------------------------------------------------


def _pos() -> Any:
    return field(default=0, compare=False, repr=False)


@dataclass(frozen=True)
class Compare:
    """``field op value`` with op one of = != < <= > >= contains, starts with."""

    field: str
    op: str
    value: Value
    pos: int = _pos()


@dataclass(frozen=True)
class IsEmpty:
    field: str
    negated: bool = False
    pos: int = _pos()


@dataclass(frozen=True)
class InList:
    field: str
    values: tuple[Value, ...]
    pos: int = _pos()


@dataclass(frozen=True)
class Between:
    field: str
    low: Value
    high: Value
    pos: int = _pos()


@dataclass(frozen=True)
class Relative:
    """A date relative to today: ``older than``, ``in the last``, ``within next``."""

    field: str
    op: str
    amount: int
    unit: str
    pos: int = _pos()


@dataclass(frozen=True)
class Anniversary:
    """The day and month fall within the next ``days`` days (year ignored)."""

    field: str
    days: int
    pos: int = _pos()


@dataclass(frozen=True)
class InGroup:
    name: str
    pos: int = _pos()


@dataclass(frozen=True)
class HasHistory:
    type: str  # a HistoryType code
    since: dt.date | None = None
    pos: int = _pos()


@dataclass(frozen=True)
class HasOpenActivity:
    pos: int = _pos()


@dataclass(frozen=True)
class HasOpportunity:
    stage: str | None = None
    pos: int = _pos()


@dataclass(frozen=True)
class ConsentIs:
    channel: str
    status: str
    pos: int = _pos()


@dataclass(frozen=True)
class LookupText:
    """The contact list's quick lookup rule ("jean dup"), so a lookup can become a group."""

    text: str
    pos: int = _pos()


@dataclass(frozen=True)
class InAnalysis:
    """``analysis abc = "A" period 2025 [among group "X"] [settings]``: the clients a
    targeting analysis puts in one class (re-run each time the group is opened)."""

    method: str
    klass: str
    start: dt.date
    end: dt.date
    among: str | None = None
    # The analysis's settings when not the defaults (``kinds ("call_reached")``,
    # ``potential "field"``, ``thresholds 70 90``, ``months 3``); None: the default.
    kinds: tuple[str, ...] | None = None
    potential: str | None = None
    thresholds: tuple[Decimal, Decimal] | None = None
    months: int | None = None
    pos: int = _pos()


@dataclass(frozen=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    item: Node


Condition = (
    Compare
    | IsEmpty
    | InList
    | Between
    | Relative
    | Anniversary
    | InGroup
    | HasHistory
    | HasOpenActivity
    | HasOpportunity
    | ConsentIs
    | LookupText
    | InAnalysis
)
Node = Condition | And | Or | Not
FIELD_NODES = (Compare, IsEmpty, InList, Between, Relative, Anniversary)


# -- fields and operators ----------------------------------------------------------------------


@dataclass(frozen=True)
class FieldInfo:
    """A field a query may name: its kind and (for choices) its allowed values."""

    name: str
    label: str
    kind: Kind
    choices: tuple[str, ...] = ()
    custom_id: int | None = None  # user-defined field id (custom_field.id)


OPERATORS: dict[Kind, tuple[str, ...]] = {
    "text": ("=", "!=", "contains", "starts with", "in", "is empty", "is not empty"),
    "number": ("=", "!=", "<", "<=", ">", ">=", "between", "in", "is empty", "is not empty"),
    "date": (
        "=",
        "!=",
        "<",
        "<=",
        ">",
        ">=",
        "between",
        "is empty",
        "is not empty",
        *RELATIVE,
        "anniversary within next",
    ),
    "datetime": (
        "=",
        "!=",
        "<",
        "<=",
        ">",
        ">=",
        "between",
        "is empty",
        "is not empty",
        *RELATIVE,
    ),
    "bool": ("=", "!="),
}

# Contact fields held twice, as typed and folded (``*_key``): compared without accents or case.
FOLDED_FIELDS = frozenset({"last_name", "first_name", "company_name", "city", "email"})

_KIND_OF: dict[FieldKind, Kind] = {
    FieldKind.BOOL: "bool",
    FieldKind.DATE: "date",
    FieldKind.DATETIME: "datetime",
}


COMPANY_PREFIX = "company."
# Company fields held twice, as typed and folded (``name_key``).
FOLDED_COMPANY_FIELDS = frozenset({"company.name"})


def contact_fields() -> dict[str, FieldInfo]:
    """The catalogue's contact fields a query may name (references left out), then the
    fields of the contact's company as ``company.<field>``."""
    out: dict[str, FieldInfo] = {}
    for spec in catalogue("contact"):
        if spec.kind == FieldKind.REFERENCE:
            continue
        out[spec.name] = FieldInfo(spec.name, spec.label, _KIND_OF.get(spec.kind, "text"))
    for spec in catalogue("company"):
        if spec.kind == FieldKind.REFERENCE:
            continue
        name = COMPANY_PREFIX + spec.name
        label = f"Company: {spec.label}"
        out[name] = FieldInfo(name, label, _KIND_OF.get(spec.kind, "text"))
    return out


# -- tokenizer ---------------------------------------------------------------------------------
