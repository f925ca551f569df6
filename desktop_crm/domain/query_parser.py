"""The query language's tokenizer and parser: text to a checked syntax tree."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_crm.domain.constants import Channel, ConsentStatus, HistoryType
from desktop_crm.domain.query_nodes import (
    COMPARISONS,
    MAX_ANNIVERSARY_DAYS,
    OPERATORS,
    RELATIVE,
    UNITS,
    And,
    Anniversary,
    Between,
    Compare,
    ConsentIs,
    FieldInfo,
    HasHistory,
    HasOpenActivity,
    HasOpportunity,
    InAnalysis,
    InGroup,
    InList,
    IsEmpty,
    LookupText,
    Node,
    Not,
    Or,
    QueryError,
    Relative,
    Value,
)
from desktop_crm.domain.text import fold
from desktop_crm.domain.wording import QUERY, say


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
                say(QUERY, "Unexpected character {text!r} at {index}").format(
                    text=text[index], index=index + 1
                ),
                index + 1,
                text[index],
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
                raise QueryError(
                    say(QUERY, "Invalid date '{raw}' at {pos}").format(raw=raw, pos=pos), pos, raw
                ) from None
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
    raise QueryError(
        say(QUERY, "Unclosed quote at {start}").format(start=start + 1), start + 1, '"'
    )


# -- parser ------------------------------------------------------------------------------------


def _kind_word(kind: str) -> str:
    """The name of a field's kind in the user's language ("text", "date"…)."""
    words = {
        "text": say(QUERY, "text"),
        "number": say(QUERY, "number"),
        "date": say(QUERY, "date"),
        "datetime": say(QUERY, "datetime"),
        "bool": say(QUERY, "bool"),
    }
    return words.get(kind, kind)


def _suggest(word: str, candidates: Iterable[str]) -> str:
    close = difflib.get_close_matches(word.lower(), list(candidates), n=1, cutoff=0.6)
    return say(QUERY, ": did you mean '{word}'?").format(word=close[0]) if close else ""


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
            return QueryError(
                say(QUERY, "Expected {expected} at the end ({pos})").format(
                    expected=expected, pos=token.pos
                ),
                token.pos,
            )
        return QueryError(
            say(QUERY, "Unexpected '{text}' at {pos}: expected {expected}").format(
                text=token.text, pos=token.pos, expected=expected
            ),
            token.pos,
            token.text,
        )

    def _expect(self, *words: str) -> None:
        if not self._accept(*words):
            raise self._fail(say(QUERY, "'{word}'").format(word=" ".join(words)))

    def _string(self, what: str = "") -> tuple[str, int]:
        token = self.tok
        if token.kind != "string":
            raise self._fail(what or say(QUERY, "a quoted text"))
        self.index += 1
        return str(token.value), token.pos

    def _integer(self) -> int:
        token = self.tok
        if token.kind != "number" or "." in token.text or token.text.startswith("-"):
            raise self._fail(say(QUERY, "a whole number"))
        self.index += 1
        return int(token.text)

    # grammar
    def parse(self) -> Node:
        if self.tok.kind == "end":
            raise QueryError(say(QUERY, "The query is empty"), 1)
        node = self._or()
        if self.tok.kind != "end":
            raise self._fail(say(QUERY, "'and', 'or' or the end"))
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
                raise self._fail(say(QUERY, "')'"))
            self.index += 1
            return node
        return self._condition()

    def _condition(self) -> Node:
        token = self.tok
        if token.kind != "word":
            raise self._fail(say(QUERY, "a field name or a condition"))
        pos = token.pos
        if self._accept("in", "group"):
            return InGroup(self._string(say(QUERY, "a group name in quotes"))[0], pos)
        if self._accept("has", "open", "activity"):
            return HasOpenActivity(pos)
        if self._accept("has", "opportunity"):
            stage = (
                self._string(say(QUERY, "a stage name"))[0] if self._accept("in", "stage") else None
            )
            return HasOpportunity(stage, pos)
        if self._is_word("has", "no", "history"):
            self.index += 2
            return Not(self._history(pos))
        if self._is_word("has", "history"):
            self.index += 1
            return self._history(pos)
        if self._is_word("consent") and self.tokens[self.index + 1].kind == "word":
            return self._consent(pos)
        if (
            self._is_word("analysis")
            and self.tokens[self.index + 1].kind == "word"
            and self.tokens[self.index + 2].text == "="
        ):
            return self._analysis(pos)
        if self._is_word("lookup") and self.tokens[self.index + 1].kind == "string":
            self.index += 1
            return LookupText(self._string()[0], pos)
        return self._field_condition()

    def _analysis(self, pos: int) -> InAnalysis:
        from desktop_crm.domain.analytics import METHOD_CLASSES, canonical_class

        self.index += 1
        word = self._next()
        method = word.text.lower()
        if method not in METHOD_CLASSES:
            raise QueryError(
                say(QUERY, "Unknown analysis '{text}' at {pos}{suggest}").format(
                    text=word.text, pos=word.pos, suggest=_suggest(method, METHOD_CLASSES)
                ),
                word.pos,
                word.text,
            )
        self.index += 1  # "="
        text, at = self._string(say(QUERY, "a class in quotes"))
        klass = canonical_class(method, text)
        if klass is None:
            choices = ", ".join(METHOD_CLASSES[method])
            raise QueryError(
                say(
                    QUERY, "'{text}' at {at} is not a class of {method} (classes: {choices})"
                ).format(text=text, at=at, method=method, choices=choices),
                at,
                text,
            )
        if self._accept("period"):
            token = self.tok
            year = self._integer()
            if not 1900 <= year <= 9999:
                raise QueryError(
                    say(QUERY, "Invalid year '{text}' at {pos}").format(
                        text=token.text, pos=token.pos
                    ),
                    token.pos,
                )
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        elif self._accept("from"):
            start = self._date()
            self._expect("to")
            end = self._date()
            if end < start:
                raise QueryError(
                    say(QUERY, "The period at {pos} ends before it starts").format(pos=pos), pos
                )
        else:
            raise self._fail(say(QUERY, "'period YEAR' or 'from DATE to DATE'"))
        among = None
        if self._accept("among", "group"):
            among = self._string(say(QUERY, "a group name in quotes"))[0]
        return InAnalysis(method, klass, start, end, among, pos=pos, **self._analysis_settings())

    _SETTINGS = ("kinds", "potential", "thresholds", "months")

    def _analysis_settings(self) -> dict[str, Any]:
        """``kinds ("call_reached", …)``, ``potential "field"``, ``thresholds A B`` and
        ``months N`` after an analysis, in any order, each at most once."""
        found: dict[str, Any] = {}
        while self.tok.kind == "word" and self.tok.text.lower() in self._SETTINGS:
            word = self.tok.text.lower()
            if word in found:
                raise self._fail(say(QUERY, "'and', 'or' or the end"))
            self.index += 1
            if word == "kinds":
                found[word] = self._kinds()
            elif word == "potential":
                found[word] = self._string(say(QUERY, "a field name in quotes"))[0]
            elif word == "thresholds":
                token = self.tok
                low, high = self._percent(), self._percent()
                if low > high:
                    raise QueryError(
                        say(QUERY, "The A threshold at {pos} is above the B threshold").format(
                            pos=token.pos
                        ),
                        token.pos,
                        token.text,
                    )
                found[word] = (low, high)
            else:
                token = self.tok
                months = self._integer()
                if not 1 <= months <= 1200:
                    raise self._fail(say(QUERY, "a number of months from 1 to 1200"), token)
                found[word] = months
        return found

    def _kinds(self) -> tuple[str, ...]:
        if self.tok.kind != "lparen":
            raise self._fail(say(QUERY, "'(' and a list of values"))
        kinds: list[str] = []
        while self.tok.kind in ("lparen", "comma"):
            self.index += 1
            name, at = self._string(say(QUERY, "a history type in quotes"))
            kinds.append(_history_kind(name, at).value)
        if self.tok.kind != "rparen":
            raise self._fail(say(QUERY, "',' or ')'"))
        self.index += 1
        return tuple(dict.fromkeys(kinds))

    def _percent(self) -> Decimal:
        token = self.tok
        if token.kind != "number" or not Decimal(0) < token.value <= Decimal(100):
            raise self._fail(say(QUERY, "a percentage from 0 (excluded) to 100"))
        self.index += 1
        return Decimal(token.value)

    def _date(self) -> dt.date:
        token = self.tok
        if token.kind != "date":
            raise self._fail(say(QUERY, "a date (YYYY-MM-DD)"))
        self.index += 1
        return dt.date.fromisoformat(token.text)

    def _history(self, pos: int) -> HasHistory:
        self._expect("history")
        name, at = self._string(say(QUERY, "a history type in quotes"))
        member = _history_kind(name, at)
        since = None
        if self._accept("since"):
            token = self.tok
            if token.kind != "date":
                raise self._fail(say(QUERY, "a date such as 2026-01-31"))
            self.index += 1
            since = token.value
        return HasHistory(member.value, since, pos)

    def _consent(self, pos: int) -> ConsentIs:
        self.index += 1
        token = self._next()
        channels = [c.value for c in Channel]
        if token.text.lower() not in channels:
            raise QueryError(
                say(QUERY, "Unknown consent channel '{text}' at {pos}{suggest}").format(
                    text=token.text, pos=token.pos, suggest=_suggest(token.text, channels)
                ),
                token.pos,
                token.text,
            )
        self._expect("is")
        status, at = self._string(say(QUERY, "a consent status in quotes"))
        statuses = [s.value for s in ConsentStatus]
        if status not in statuses:
            raise QueryError(
                say(QUERY, "Unknown consent status '{status}' at {at}{suggest}").format(
                    status=status, at=at, suggest=_suggest(status, statuses)
                ),
                at,
                status,
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
                say(QUERY, "Unknown field '{name}' at {pos}{suggest}").format(
                    name=name, pos=token.pos, suggest=_suggest(name, self.fields)
                ),
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
        raise self._fail(say(QUERY, "an operator (=, !=, contains, starts with, is empty, in...)"))

    def _field_condition(self) -> Node:
        name, pos, info = self._field_name()
        op_token = self.tok
        op = self._operator()
        if info is not None and op not in OPERATORS[info.kind]:
            raise QueryError(
                say(
                    QUERY, "Operator '{op}' does not apply to the {kind} field '{name}' at {pos}"
                ).format(op=op, kind=_kind_word(info.kind), name=name, pos=op_token.pos),
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
            raise QueryError(
                say(QUERY, "At most {days} days ({pos})").format(
                    days=MAX_ANNIVERSARY_DAYS, pos=pos
                ),
                pos,
            )
        self._accept("days") or self._accept("day")
        return Anniversary(name, days, pos)

    def _relative(self, name: str, op: str, pos: int) -> Relative:
        amount = self._integer()
        token = self._next()
        unit = token.text.lower()
        unit = unit if unit.endswith("s") else unit + "s"
        if token.kind != "word" or unit not in UNITS:
            raise QueryError(
                say(QUERY, "Unknown unit '{text}' at {pos}{suggest}").format(
                    text=token.text, pos=token.pos, suggest=_suggest(unit, UNITS)
                ),
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
            raise self._fail(say(QUERY, 'a value ("text", a number, a date or yes/no)'))
        if info is not None:
            value = _coerce(value, info, token)
        return value

    def _value_list(self, info: FieldInfo | None) -> tuple[Value, ...]:
        if self.tok.kind != "lparen":
            raise self._fail(say(QUERY, "'(' and a list of values"))
        self.index += 1
        values = [self._value(info)]
        while self.tok.kind == "comma":
            self.index += 1
            values.append(self._value(info))
        if self.tok.kind != "rparen":
            raise self._fail(say(QUERY, "',' or ')'"))
        self.index += 1
        return tuple(values)


def _coerce(value: Value, info: FieldInfo, token: Token) -> Value:
    """Check a value against the field's kind (numbers typed in quotes are accepted)."""

    def wrong() -> QueryError:  # said only when the value is refused
        return QueryError(
            say(QUERY, "'{text}' at {pos} is not a {kind} value for '{name}'").format(
                text=token.text, pos=token.pos, kind=_kind_word(info.kind), name=info.name
            ),
            token.pos,
            token.text,
        )

    if info.kind == "text":
        if isinstance(value, bool):
            raise wrong()
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if info.kind == "number":
        if isinstance(value, Decimal):
            return value
        if isinstance(value, str):
            try:
                return Decimal(value)
            except InvalidOperation:
                raise wrong() from None
        raise wrong()
    if info.kind in ("date", "datetime"):
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise wrong() from None
        raise wrong()
    if not isinstance(value, bool):
        raise wrong()
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


def _history_kind(name: str, at: int) -> HistoryType:
    """The history type a query names (its code or its label), or a refusal saying which
    name is unknown, where, and the closest ones."""
    member = history_type(name)
    if member is None:
        codes = [m.value.replace("_", " ") for m in HistoryType]
        raise QueryError(
            say(QUERY, "Unknown history type '{name}' at {at}{suggest}").format(
                name=name, at=at, suggest=_suggest(name, codes)
            ),
            at,
            name,
        )
    return member
