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
    VALUE     := TEXT | NUMBER | DATE | "yes" | "no"
    UNIT      := day(s) | week(s) | month(s) | year(s)
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from desktop_crm.domain.constants import Channel, ConsentStatus, HistoryType
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.fields import FieldKind, catalogue
from desktop_crm.domain.text import fold

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


@dataclass(frozen=True)
class Token:
    kind: str  # word, string, number, date, op, lparen, rparen, comma, end
    text: str
    pos: int  # 1-based character position
    value: Any = None


_TOKEN = re.compile(
    r"""(?P<space>\s+)
      | (?P<date>\d{4}-\d{2}-\d{2}(?![\w-]))
      | (?P<number>-?\d+(?:\.\d+)?(?![\w.]))
      | (?P<word>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)
      | (?P<op><=|>=|!=|<>|=|<|>)
      | (?P<lparen>\()
      | (?P<rparen>\))
      | (?P<comma>,)
      | (?P<string>")""",
    re.VERBOSE,
)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    index = 0
    while index < len(text):
        match = _TOKEN.match(text, index)
        if match is None:
            raise QueryError(
                f"Unexpected character {text[index]!r} at {index + 1}", index + 1, text[index]
            )
        kind = match.lastgroup or ""
        pos = index + 1
        if kind == "string":
            value, index = _read_string(text, index)
            tokens.append(Token("string", text[pos - 1 : index], pos, value))
            continue
        index = match.end()
        raw = match.group()
        if kind == "space":
            continue
        if kind == "date":
            try:
                tokens.append(Token("date", raw, pos, dt.date.fromisoformat(raw)))
            except ValueError:
                raise QueryError(f"Invalid date '{raw}' at {pos}", pos, raw) from None
        elif kind == "number":
            tokens.append(Token("number", raw, pos, Decimal(raw)))
        elif kind == "op":
            tokens.append(Token("op", "!=" if raw == "<>" else raw, pos))
        else:
            tokens.append(Token(kind, raw, pos))
    tokens.append(Token("end", "", len(text) + 1))
    return tokens


def _read_string(text: str, start: int) -> tuple[str, int]:
    out: list[str] = []
    index = start + 1
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            out.append(text[index + 1])
            index += 2
            continue
        if char == '"':
            return "".join(out), index + 1
        out.append(char)
        index += 1
    raise QueryError(f"Unclosed quote at {start + 1}", start + 1, '"')


# -- parser ------------------------------------------------------------------------------------


def _suggest(word: str, candidates: Iterable[str]) -> str:
    close = difflib.get_close_matches(word.lower(), list(candidates), n=1, cutoff=0.6)
    return f": did you mean '{close[0]}'?" if close else ""


def history_type(name: str) -> HistoryType | None:
    """A history type from its code ("letter_sent"), its words ("letter sent") or its
    French label ("Lettre envoyée")."""
    from desktop_crm.domain.constants import HISTORY_LABELS_FR

    key = fold(name).replace(" ", "_")
    for member in HistoryType:
        if member.value == key or fold(HISTORY_LABELS_FR.get(member, "")) == fold(name):
            return member
    return None


class _Parser:
    def __init__(self, text: str, fields: Mapping[str, FieldInfo] | None) -> None:
        self.tokens = tokenize(text)
        self.index = 0
        self.fields = fields

    # helpers
    @property
    def tok(self) -> Token:
        return self.tokens[self.index]

    def _next(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def _is_word(self, *words: str, offset: int = 0) -> bool:
        for n, word in enumerate(words):
            token = self.tokens[min(self.index + offset + n, len(self.tokens) - 1)]
            if token.kind != "word" or token.text.lower() != word:
                return False
        return True

    def _accept(self, *words: str) -> bool:
        if self._is_word(*words):
            self.index += len(words)
            return True
        return False

    def _fail(self, expected: str, token: Token | None = None) -> QueryError:
        token = token or self.tok
        if token.kind == "end":
            return QueryError(f"Expected {expected} at the end ({token.pos})", token.pos)
        return QueryError(
            f"Unexpected '{token.text}' at {token.pos}: expected {expected}", token.pos, token.text
        )

    def _expect(self, *words: str) -> None:
        if not self._accept(*words):
            raise self._fail("'" + " ".join(words) + "'")

    def _string(self, what: str = "a quoted text") -> tuple[str, int]:
        token = self.tok
        if token.kind != "string":
            raise self._fail(what)
        self.index += 1
        return str(token.value), token.pos

    def _integer(self) -> int:
        token = self.tok
        if token.kind != "number" or "." in token.text or token.text.startswith("-"):
            raise self._fail("a whole number")
        self.index += 1
        return int(token.text)

    # grammar
    def parse(self) -> Node:
        if self.tok.kind == "end":
            raise QueryError("The query is empty", 1)
        node = self._or()
        if self.tok.kind != "end":
            raise self._fail("'and', 'or' or the end")
        return node

    def _or(self) -> Node:
        items = [self._and()]
        while self._accept("or"):
            items.append(self._and())
        return _combine(Or, items)

    def _and(self) -> Node:
        items = [self._unary()]
        while self._accept("and"):
            items.append(self._unary())
        return _combine(And, items)

    def _unary(self) -> Node:
        if self._accept("not"):
            return Not(self._unary())
        if self.tok.kind == "lparen":
            self.index += 1
            node = self._or()
            if self.tok.kind != "rparen":
                raise self._fail("')'")
            self.index += 1
            return node
        return self._condition()

    def _condition(self) -> Node:
        token = self.tok
        if token.kind != "word":
            raise self._fail("a field name or a condition")
        pos = token.pos
        if self._accept("in", "group"):
            return InGroup(self._string("a group name in quotes")[0], pos)
        if self._accept("has", "open", "activity"):
            return HasOpenActivity(pos)
        if self._accept("has", "opportunity"):
            stage = self._string("a stage name")[0] if self._accept("in", "stage") else None
            return HasOpportunity(stage, pos)
        if self._is_word("has", "no", "history"):
            self.index += 2
            return Not(self._history(pos))
        if self._is_word("has", "history"):
            self.index += 1
            return self._history(pos)
        if self._is_word("consent") and self.tokens[self.index + 1].kind == "word":
            return self._consent(pos)
        if self._is_word("lookup") and self.tokens[self.index + 1].kind == "string":
            self.index += 1
            return LookupText(self._string()[0], pos)
        return self._field_condition()

    def _history(self, pos: int) -> HasHistory:
        self._expect("history")
        name, at = self._string("a history type in quotes")
        member = history_type(name)
        if member is None:
            codes = [m.value.replace("_", " ") for m in HistoryType]
            raise QueryError(
                f"Unknown history type '{name}' at {at}{_suggest(name, codes)}", at, name
            )
        since = None
        if self._accept("since"):
            token = self.tok
            if token.kind != "date":
                raise self._fail("a date such as 2026-01-31")
            self.index += 1
            since = token.value
        return HasHistory(member.value, since, pos)

    def _consent(self, pos: int) -> ConsentIs:
        self.index += 1
        token = self._next()
        channels = [c.value for c in Channel]
        if token.text.lower() not in channels:
            raise QueryError(
                f"Unknown consent channel '{token.text}' at {token.pos}"
                f"{_suggest(token.text, channels)}",
                token.pos,
                token.text,
            )
        self._expect("is")
        status, at = self._string("a consent status in quotes")
        statuses = [s.value for s in ConsentStatus]
        if status not in statuses:
            raise QueryError(
                f"Unknown consent status '{status}' at {at}{_suggest(status, statuses)}", at, status
            )
        return ConsentIs(token.text.lower(), status, pos)

    def _field_name(self) -> tuple[str, int, FieldInfo | None]:
        token = self._next()
        name = token.text
        if self.fields is None:
            return name, token.pos, None
        info = self.fields.get(name) or self.fields.get(name.lower())
        if info is None:
            raise QueryError(
                f"Unknown field '{name}' at {token.pos}{_suggest(name, self.fields)}",
                token.pos,
                name,
            )
        return info.name, token.pos, info

    _WORD_OPERATORS = (
        ("contains",),
        ("starts", "with"),
        ("is", "not", "empty"),
        ("is", "empty"),
        ("between",),
        ("older", "than"),
        ("in", "the", "last"),
        ("within", "next"),
        ("anniversary", "within", "next"),
        ("in",),
    )

    def _operator(self) -> str:
        token = self.tok
        if token.kind == "op":
            self.index += 1
            return token.text
        for words in self._WORD_OPERATORS:
            if self._accept(*words):
                return " ".join(words)
        raise self._fail("an operator (=, !=, contains, starts with, is empty, in...)")

    def _field_condition(self) -> Node:
        name, pos, info = self._field_name()
        op_token = self.tok
        op = self._operator()
        if info is not None and op not in OPERATORS[info.kind]:
            raise QueryError(
                f"Operator '{op}' does not apply to the {info.kind} field '{name}' "
                f"at {op_token.pos}",
                op_token.pos,
                op,
            )
        if op in COMPARISONS or op in ("contains", "starts with"):
            return Compare(name, op, self._value(info), pos)
        if op in ("is empty", "is not empty"):
            return IsEmpty(name, op == "is not empty", pos)
        if op == "between":
            low = self._value(info)
            self._expect("and")
            return Between(name, low, self._value(info), pos)
        if op in RELATIVE:
            return self._relative(name, op, pos)
        if op == "in":
            return InList(name, self._value_list(info), pos)
        days = self._integer()
        if not 0 <= days <= MAX_ANNIVERSARY_DAYS:
            raise QueryError(f"At most {MAX_ANNIVERSARY_DAYS} days ({pos})", pos)
        self._accept("days") or self._accept("day")
        return Anniversary(name, days, pos)

    def _relative(self, name: str, op: str, pos: int) -> Relative:
        amount = self._integer()
        token = self._next()
        unit = token.text.lower()
        unit = unit if unit.endswith("s") else unit + "s"
        if token.kind != "word" or unit not in UNITS:
            raise QueryError(
                f"Unknown unit '{token.text}' at {token.pos}{_suggest(unit, UNITS)}",
                token.pos,
                token.text,
            )
        return Relative(name, op, amount, unit, pos)

    def _value(self, info: FieldInfo | None) -> Value:
        token = self._next()
        value: Value
        if token.kind in ("string", "number", "date"):
            value = token.value
        elif token.kind == "word" and token.text.lower() in ("yes", "no"):
            value = token.text.lower() == "yes"
        else:
            self.index -= 1
            raise self._fail('a value ("text", a number, a date or yes/no)')
        if info is not None:
            value = _coerce(value, info, token)
        return value

    def _value_list(self, info: FieldInfo | None) -> tuple[Value, ...]:
        if self.tok.kind != "lparen":
            raise self._fail("'(' and a list of values")
        self.index += 1
        values = [self._value(info)]
        while self.tok.kind == "comma":
            self.index += 1
            values.append(self._value(info))
        if self.tok.kind != "rparen":
            raise self._fail("',' or ')'")
        self.index += 1
        return tuple(values)


def _coerce(value: Value, info: FieldInfo, token: Token) -> Value:
    """Check a value against the field's kind (numbers typed in quotes are accepted)."""
    wrong = QueryError(
        f"'{token.text}' at {token.pos} is not a {info.kind} value for '{info.name}'",
        token.pos,
        token.text,
    )
    if info.kind == "text":
        if isinstance(value, bool):
            raise wrong
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if info.kind == "number":
        if isinstance(value, Decimal):
            return value
        if isinstance(value, str):
            try:
                return Decimal(value)
            except InvalidOperation:
                raise wrong from None
        raise wrong
    if info.kind in ("date", "datetime"):
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise wrong from None
        raise wrong
    if not isinstance(value, bool):
        raise wrong
    return value


def _combine(cls: type[And] | type[Or], items: list[Node]) -> Node:
    if len(items) == 1:
        return items[0]
    flat: list[Node] = []
    for item in items:
        flat.extend(item.items if isinstance(item, cls) else (item,))
    return cls(tuple(flat))


def parse(text: str, fields: Mapping[str, FieldInfo] | None = None) -> Node:
    """The tree of a query; with ``fields`` every field name, operator and value is checked."""
    return _Parser(text, fields).parse()


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
    return f"lookup {format_value(node.text)}"


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
