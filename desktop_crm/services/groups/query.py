"""Compile group queries (domain/query.py) to SQLAlchemy, with whitelisted fields only.

No text of the user ever reaches SQL: field names map through ``_COLUMNS`` (or resolve to a
user-defined field's id), operators through the compiler's branches, and every value is a
bound parameter. Text fields held twice (``city`` and ``city_key``) compare their folded
copy, so ``city = "lyon"`` finds "Lyon" and "LYON" through the index; other text fields
compare as stored. Conditions never evaluate to NULL (each is guarded), so ``not`` means
"everybody else". Relative dates are computed here from ``today`` (an injectable clock).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    false,
    func,
    not_,
    or_,
    select,
    true,
)
from sqlalchemy.orm import InstrumentedAttribute

from desktop_crm.domain.clock import Clock, SystemClock
from desktop_crm.domain.constants import Channel, ConsentStatus, HistoryType
from desktop_crm.domain.fields import catalogue
from desktop_crm.domain.query import (
    COMPANY_PREFIX,
    FOLDED_FIELDS,
    OPERATORS,
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
    anniversary_keys,
    ascii_lower,
    contact_fields,
    evaluate,
    format_query,
    parse,
    relative_range,
)
from desktop_crm.domain.text import bindable, fold, prefix_upper_bound
from desktop_crm.domain.wording import QUERY, say
from desktop_crm.services.contacts.lookup import parse_lookup
from desktop_crm.storage.models import (
    Activity,
    ActivityContact,
    Company,
    Consent,
    Contact,
    ContactFieldValue,
    CustomField,
    Group,
    GroupMember,
    History,
    Opportunity,
    PickList,
    PickListItem,
    SalesStage,
)
from desktop_crm.storage.uow import UnitOfWork

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ESCAPE = str.maketrans({"\\": "\\\\", "%": "\\%", "_": "\\_"})
# Columns compared byte-wise on every backend (storage/models/people.py, revision
# "lookup_keys_bytewise"): a prefix range on them holds; on other columns PostgreSQL may
# use a linguistic collation.
_BYTEWISE = frozenset(
    {
        *(
            ("contact", name)
            for name in (
                "last_name_key",
                "first_name_key",
                "company_key",
                "city_key",
                "email_key",
                "phone_key",
                "mobile_key",
                "postcode",
            )
        ),
        ("company", "name_key"),
    }
)


def _bytewise(column: Any) -> bool:
    """Whether ``column`` is a mapped column of ``_BYTEWISE`` (aliases and expressions are
    not: they may compare under the database's own collation)."""
    if not isinstance(column, InstrumentedAttribute):
        return False
    table = getattr(column.class_, "__tablename__", None)
    return (table, column.key) in _BYTEWISE


_KEYS: dict[str, InstrumentedAttribute[Any]] = {
    "last_name": Contact.last_name_key,
    "first_name": Contact.first_name_key,
    "company_name": Contact.company_key,
    "city": Contact.city_key,
    "email": Contact.email_key,
}
_LOOKUP_TEXT_KEYS = tuple(_KEYS[name] for name in ("last_name", "first_name", "company_name"))
_LOOKUP_TEXT_KEYS += (Contact.city_key, Contact.email_key)
_CUSTOM_KINDS: dict[str, Any] = {
    "text": "text",
    "choice": "text",
    "number": "number",
    "date": "date",
    "yesno": "bool",
}


class GroupCycleError(QueryError):
    """A group that includes itself through ``in group`` (never tolerated as "broken")."""


@dataclass(frozen=True)
class QueryField:
    """A field the query builder offers: name, label, kind, operators and choices."""

    name: str
    label: str
    kind: str
    operators: tuple[str, ...]
    choices: tuple[str, ...] = ()
    user_defined: bool = False


@dataclass(frozen=True)
class PreviewRow:
    """One of the first members a query finds (the builder's preview)."""

    id: int
    name: str
    company: str | None
    city: str | None


def _contact_column(name: str) -> InstrumentedAttribute[Any]:
    # The catalogue is the whitelist: only its names reach here (checked by parse()).
    column: InstrumentedAttribute[Any] = getattr(Contact, name)
    return column


def available_fields(uow: UnitOfWork) -> dict[str, FieldInfo]:
    """Catalogue contact fields plus the user-defined contact fields, by name."""
    fields = contact_fields()
    rows = uow.session.execute(
        select(
            CustomField.id,
            CustomField.name,
            CustomField.label,
            CustomField.kind,
            CustomField.choices,
        )
        .where(CustomField.record == "contact")
        .order_by(CustomField.position, CustomField.id)
    )
    for field_id, name, label, kind, choices in rows:
        if name in fields or kind not in _CUSTOM_KINDS:
            continue
        options = tuple(c.strip() for c in (choices or "").splitlines() if c.strip())
        fields[name] = FieldInfo(name, label, _CUSTOM_KINDS[kind], options, field_id)
    return fields


def query_fields(uow: UnitOfWork) -> list[QueryField]:
    """What the query builder offers, field by field (pick-list fields with their values)."""
    picklists: dict[str, list[str]] = {}
    rows = uow.session.execute(
        select(PickList.key, PickListItem.value)
        .join(PickListItem, PickListItem.picklist_id == PickList.id)
        .order_by(PickList.key, PickListItem.position, PickListItem.id)
    )
    for key, value in rows:
        picklists.setdefault(key, []).append(value)
    specs = {spec.name: spec for spec in catalogue("contact")}
    specs.update((COMPANY_PREFIX + spec.name, spec) for spec in catalogue("company"))
    out = []
    for info in available_fields(uow).values():
        choices = info.choices
        spec = specs.get(info.name)
        if info.custom_id is None and spec is not None and spec.picklist:
            choices = tuple(picklists.get(spec.picklist, ()))
        out.append(
            QueryField(
                info.name,
                info.label,
                info.kind,
                OPERATORS[info.kind],
                choices,
                info.custom_id is not None,
            )
        )
    return out


def query_conditions() -> dict[str, tuple[str, ...]]:
    """The values the builder offers for conditions that are not fields."""
    return {
        "history": tuple(t.value.replace("_", " ") for t in HistoryType),
        "consent_channel": tuple(c.value for c in Channel),
        "consent_status": tuple(s.value for s in ConsentStatus),
        "relative_units": UNITS,
    }


def parse_query(uow: UnitOfWork, text: str) -> Node:
    """The checked tree of a query (unknown fields, operators or values raise QueryError)."""
    return parse(text, available_fields(uow))


def check_query(uow: UnitOfWork, text: str) -> str:
    """Raise QueryError if ``text`` cannot run (groups it names must exist, each once: a
    bare name several groups bear is refused, no cycles); returns the text as it is saved,
    each group named by its path."""
    from desktop_crm.services.groups.references import canonical_groups

    fields = available_fields(uow)
    node = canonical_groups(uow, parse(text, fields))
    compile_query(uow, node)
    return format_query(node)


class QueryCompiler:
    """Turns one checked tree into a condition on ``contact``."""

    def __init__(
        self,
        uow: UnitOfWork,
        today: dt.date,
        fields: dict[str, FieldInfo] | None = None,
        visiting: frozenset[int] = frozenset(),
    ) -> None:
        self.uow = uow
        self.today = today
        self.fields = fields if fields is not None else available_fields(uow)
        self.backend = uow.session.get_bind().dialect.name
        self.visiting = visiting

    def condition(self, node: Node) -> ColumnElement[bool]:
        if isinstance(node, And):
            return and_(*(self.condition(item) for item in node.items))
        if isinstance(node, Or):
            return or_(*(self.condition(item) for item in node.items))
        if isinstance(node, Not):
            return not_(self.condition(node.item))
        if isinstance(node, InGroup):
            return self._in_group(node)
        if isinstance(node, HasHistory):
            query = select(History.contact_id).where(
                History.type == node.type, History.contact_id.is_not(None)
            )
            if node.since is not None:
                query = query.where(History.occurred_at >= _midnight(node.since))
            return Contact.id.in_(query)
        if isinstance(node, HasOpenActivity):
            open_ = Activity.cleared.is_not(True)
            main = select(Activity.contact_id).where(open_, Activity.contact_id.is_not(None))
            extra = (
                select(ActivityContact.contact_id)
                .join(Activity, Activity.id == ActivityContact.activity_id)
                .where(open_)
            )
            return or_(Contact.id.in_(main), Contact.id.in_(extra))
        if isinstance(node, HasOpportunity):
            query = select(Opportunity.contact_id).where(
                Opportunity.status == "open", Opportunity.contact_id.is_not(None)
            )
            if node.stage is not None:
                query = query.join(SalesStage, SalesStage.id == Opportunity.stage_id).where(
                    SalesStage.name == node.stage
                )
            return Contact.id.in_(query)
        if isinstance(node, ConsentIs):
            if node.status == ConsentStatus.UNKNOWN:
                known = select(Consent.contact_id).where(
                    Consent.channel == node.channel, Consent.status != ConsentStatus.UNKNOWN.value
                )
                return Contact.id.not_in(known)
            return Contact.id.in_(
                select(Consent.contact_id).where(
                    Consent.channel == node.channel, Consent.status == node.status
                )
            )
        if isinstance(node, LookupText):
            return self._lookup(node.text)
        if isinstance(node, InAnalysis):
            return self._analysis(node)
        info = self.fields.get(node.field)
        if info is None:
            raise QueryError(
                say(QUERY, "Unknown field '{field}' at {pos}").format(
                    field=node.field, pos=node.pos
                ),
                node.pos,
                node.field,
            )
        if info.custom_id is not None:
            return self._custom(node, info)
        return self._builtin(node, info)

    # -- contact columns -----------------------------------------------------------------------

    def _company(self, node: Node, info: FieldInfo) -> ColumnElement[bool]:
        """A condition on the contact's company: its companies' ids, plus the contacts
        without a company when the condition holds for empty values (``!=``, is empty)."""
        name = info.name.removeprefix(COMPANY_PREFIX)
        column: Any = Company.name_key if name == "name" else getattr(Company, name)
        if info.kind == "text":
            condition = self._text(column, node, folded=name == "name")
        elif info.kind == "bool":
            assert isinstance(node, Compare)
            yes = and_(column.is_not(None), column == true())
            condition = yes if (node.value is True) == (node.op == "=") else not_(yes)
        else:
            condition = self._date(column, node, info.kind == "datetime", nullable=True)
        matched = and_(
            Contact.company_id.is_not(None),
            Contact.company_id.in_(select(Company.id).where(condition)),
        )
        if evaluate(node, {}, {info.name: info}, self.today):
            return or_(Contact.company_id.is_(None), matched)
        return matched

    def _builtin(self, node: Node, info: FieldInfo) -> ColumnElement[bool]:
        if info.name.startswith(COMPANY_PREFIX):
            return self._company(node, info)
        if info.kind == "text":
            if info.name in FOLDED_FIELDS:
                return self._text(_KEYS[info.name], node, folded=True)
            return self._text(_contact_column(info.name), node, folded=False)
        column = _contact_column(info.name)
        if info.kind == "bool":
            assert isinstance(node, Compare)
            yes = and_(column.is_not(None), column == true())
            return yes if (node.value is True) == (node.op == "=") else not_(yes)
        return self._date(column, node, info.kind == "datetime", nullable=True)

    def _text(self, column: Any, node: Node, *, folded: bool) -> ColumnElement[bool]:
        def norm(value: object) -> str:
            return bindable(fold(str(value)) if folded else str(value))

        present = true() if folded else column.is_not(None)
        if isinstance(node, IsEmpty):
            empty = column == "" if folded else or_(column.is_(None), column == "")
            return not_(empty) if node.negated else empty
        if isinstance(node, InList):
            return and_(present, column.in_([norm(v) for v in node.values]))
        assert isinstance(node, Compare)
        value = norm(node.value)
        if node.op == "=":
            return and_(present, column == value)
        if node.op == "!=":
            return column != value if folded else or_(column.is_(None), column != value)
        if node.op == "starts with":
            return and_(present, self._prefix(column, value))
        pattern = "%" + value.translate(_ESCAPE) + "%"
        if folded:
            return and_(present, column.like(pattern, escape="\\"))
        # ASCII case only, as evaluate(): SQLite's lower() lowers A-Z alone, and PostgreSQL's
        # follows the server's locale, so it gets an explicit A-Z translation.
        if self.backend == "sqlite":
            lowered = func.lower(column)
        else:
            lowered = func.translate(column, _UPPER, _UPPER.lower())
        return and_(present, lowered.like(ascii_lower(pattern), escape="\\"))

    def _prefix(self, column: Any, prefix: str) -> ColumnElement[bool]:
        if not prefix:
            return column.is_not(None)  # type: ignore[no-any-return]
        pattern = prefix.translate(_ESCAPE) + "%"
        if self.backend != "sqlite" and not _bytewise(column):
            # The range is built in code point order: under a linguistic collation ("z" <
            # "{" does not hold in fr-FR) it can be empty. LIKE alone is right under any.
            return column.like(pattern, escape="\\")  # type: ignore[no-any-return]
        high = prefix_upper_bound(prefix)
        clause = column >= prefix if high is None else and_(column >= prefix, column < high)
        if self.backend != "sqlite":
            # Linguistic collations order "ab c" near "abc": the LIKE keeps the range exact.
            clause = and_(clause, column.like(pattern, escape="\\"))
        return clause

    def _date(
        self, column: Any, node: Node, is_datetime: bool, *, nullable: bool
    ) -> ColumnElement[bool]:
        def at(day: dt.date) -> Any:
            return _midnight(day) if is_datetime else day

        one = dt.timedelta(days=1)
        present = column.is_not(None) if nullable else true()
        if isinstance(node, IsEmpty):
            return column.is_not(None) if node.negated else column.is_(None)  # type: ignore[no-any-return]
        if isinstance(node, Between):
            low_day, high_day = node.low, node.high
            assert isinstance(low_day, dt.date) and isinstance(high_day, dt.date)
            return and_(present, column >= at(low_day), column < at(high_day + one))
        if isinstance(node, Relative):
            low, high = relative_range(node.op, node.amount, node.unit, self.today)
            parts = [present, column < at(high)]
            if low is not None:
                parts.append(column >= at(low))
            return and_(*parts)
        if isinstance(node, Anniversary):
            if self.backend == "sqlite":
                key = func.strftime("%m-%d", column)
            else:
                key = func.to_char(column, "MM-DD")
            return and_(present, key.in_(sorted(anniversary_keys(self.today, node.days))))
        assert isinstance(node, Compare)
        day = node.value
        assert isinstance(day, dt.date)
        equal = and_(column >= at(day), column < at(day + one))
        if node.op == "=":
            return and_(present, equal)
        if node.op == "!=":
            return or_(column.is_(None), not_(equal))
        bound = {
            "<": column < at(day),
            "<=": column < at(day + one),
            ">": column >= at(day + one),
            ">=": column >= at(day),
        }[node.op]
        return and_(present, bound)

    # -- user-defined fields -------------------------------------------------------------------

    def _custom(self, node: Node, info: FieldInfo) -> ColumnElement[bool]:
        value_column: Any = {
            "text": ContactFieldValue.value_text,
            "number": ContactFieldValue.value_number,
            "date": ContactFieldValue.value_date,
            "bool": ContactFieldValue.value_number,
        }[info.kind]

        def having(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
            # An id list read from the (field_id, value) index, not a probe per contact.
            return Contact.id.in_(
                select(ContactFieldValue.contact_id).where(
                    ContactFieldValue.field_id == info.custom_id, *conditions
                )
            )

        if info.kind == "bool":
            assert isinstance(node, Compare)
            yes = having(value_column == 1)
            return yes if (node.value is True) == (node.op == "=") else not_(yes)
        if isinstance(node, IsEmpty):
            filled = value_column.is_not(None)
            if info.kind == "text":
                filled = and_(filled, value_column != "")
            present = having(filled)
            return present if node.negated else not_(present)
        if isinstance(node, Compare) and node.op == "!=":
            positive = Compare(node.field, "=", node.value, node.pos)
            return not_(self._custom(positive, info))
        if info.kind == "text":
            return having(self._text(value_column, node, folded=False))
        if info.kind == "number":
            if isinstance(node, InList):
                return having(value_column.in_(list(node.values)))
            if isinstance(node, Between):
                return having(value_column >= node.low, value_column <= node.high)
            assert isinstance(node, Compare)
            bound = {
                "=": value_column == node.value,
                "<": value_column < node.value,
                "<=": value_column <= node.value,
                ">": value_column > node.value,
                ">=": value_column >= node.value,
            }[node.op]
            return having(bound)
        return having(self._date(value_column, node, False, nullable=False))

    # -- groups and lookups --------------------------------------------------------------------

    def _in_group(self, node: InGroup) -> ColumnElement[bool]:
        from desktop_crm.services.groups.references import resolve_reference

        group_id = resolve_reference(self.uow, node.name, pos=node.pos)
        if group_id is None:
            raise QueryError(
                say(QUERY, "Unknown group '{name}' at {pos}").format(name=node.name, pos=node.pos),
                node.pos,
                node.name,
            )
        return members_condition(self.uow, group_id, self.today, self.visiting, self.fields)

    def _analysis(self, node: InAnalysis) -> ColumnElement[bool]:
        """The contacts of the clients an analysis puts in one class, computed now."""
        from desktop_crm.services.analytics.groups import analysis_contact_ids

        among = None
        if node.among is not None:
            among = self._in_group(InGroup(node.among, node.pos))
        return Contact.id.in_(analysis_contact_ids(self.uow, node, among))

    def _lookup(self, text: str) -> ColumnElement[bool]:
        """The quick lookup rule of services/contacts/lookup.py, as expressions."""
        lookup = parse_lookup(text)
        if lookup.digits is not None:
            terms = [
                self._prefix(Contact.phone_key, lookup.digits),
                self._prefix(Contact.mobile_key, lookup.digits),
            ]
            if len(lookup.digits) <= 5:
                terms.append(
                    and_(
                        Contact.postcode.is_not(None), self._prefix(Contact.postcode, lookup.digits)
                    )
                )
            return or_(*terms)
        if not lookup.words:
            return true()
        first, *others = lookup.words
        columns = (Contact.email_key,) if "@" in first else _LOOKUP_TEXT_KEYS
        clause = or_(*(self._prefix(column, first) for column in columns))
        if first.isdigit():
            clause = or_(
                clause, and_(Contact.postcode.is_not(None), self._prefix(Contact.postcode, first))
            )
        parts = [clause]
        for word in others:
            pattern = word.translate(_ESCAPE) + "%"
            parts.append(or_(*(c.like(pattern, escape="\\") for c in _LOOKUP_TEXT_KEYS)))
        return and_(*parts)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _today(clock: Clock | None) -> dt.date:
    return (clock or SystemClock()).now().date()


def members_condition(
    uow: UnitOfWork,
    group_id: int,
    today: dt.date,
    visiting: frozenset[int] = frozenset(),
    fields: dict[str, FieldInfo] | None = None,
) -> ColumnElement[bool]:
    """Who belongs to a group now, as a condition on ``contact``: ((query result ∪ the
    subgroups' members when the group includes them) − excluded) ∪ pinned."""
    if group_id in visiting:
        raise GroupCycleError(
            say(QUERY, "Group #{id} includes itself through 'in group'").format(id=group_id)
        )
    visiting = visiting | {group_id}
    group = uow.session.get(Group, group_id)
    if group is None:
        raise QueryError(say(QUERY, "Group #{id} does not exist").format(id=group_id))
    kinds = {
        bool(excluded)
        for (excluded,) in uow.session.execute(
            select(GroupMember.excluded).where(GroupMember.group_id == group_id).distinct()
        )
    }
    found: list[ColumnElement[bool]] = []
    if group.query_text:
        fields = fields if fields is not None else available_fields(uow)
        compiler = QueryCompiler(uow, today, fields, visiting)
        found.append(compiler.condition(parse(group.query_text, fields)))
    if group.include_subgroups:
        children = uow.session.scalars(select(Group.id).where(Group.parent_id == group_id))
        for child in list(children):
            try:
                found.append(members_condition(uow, child, today, visiting, fields))
            except GroupCycleError:
                raise
            except QueryError:
                continue  # a subgroup whose query cannot run: shown as broken, no members
    terms: list[ColumnElement[bool]] = []
    if found:
        # The group's exclusions keep a contact out whether its query or a subgroup has it.
        matched = or_(*found) if len(found) > 1 else found[0]
        if True in kinds:
            excluded = select(GroupMember.contact_id).where(
                GroupMember.group_id == group_id, GroupMember.excluded.is_(True)
            )
            matched = and_(matched, Contact.id.not_in(excluded))
        terms.append(matched)
    if False in kinds:
        terms.append(
            Contact.id.in_(
                select(GroupMember.contact_id).where(
                    GroupMember.group_id == group_id, GroupMember.excluded.is_(False)
                )
            )
        )
    if not terms:
        return false()
    return or_(*terms) if len(terms) > 1 else terms[0]


def compile_query(uow: UnitOfWork, query: str | Node, *, clock: Clock | None = None) -> Select[Any]:
    """``SELECT contact.id WHERE <query>`` (unordered), ready to run or nest."""
    fields = available_fields(uow)
    node = parse(query, fields) if isinstance(query, str) else query
    condition = QueryCompiler(uow, _today(clock), fields).condition(node)
    return select(Contact.id).where(condition)


def _ordered(query: Select[Any]) -> Select[Any]:
    return query.order_by(Contact.last_name_key, Contact.first_name_key, Contact.id)


def fetch_ids(uow: UnitOfWork, statement: Select[Any]) -> list[int]:
    """The ids a ``SELECT contact.id ...`` returns, in its order.

    On SQLite the driver runs the compiled statement directly: SQLAlchemy's result rows cost
    ~3x more per id, which shows at 100k ids (the same choice as ``lookup_ids``).
    """
    bind = uow.session.get_bind()
    if bind.dialect.name != "sqlite":
        return list(uow.session.scalars(statement))
    compiled = statement.compile(dialect=bind.dialect, compile_kwargs={"render_postcompile": True})
    processors: dict[str, Any] = dict(compiled._bind_processors)
    params = []
    for name in compiled.positiontup or []:
        value = compiled.params[name]
        processor = processors.get(name)
        value = processor(value) if processor is not None else value
        params.append(float(value) if isinstance(value, Decimal) else value)
    driver = uow.session.connection().connection.driver_connection
    cursor = driver.execute(compiled.string, params)  # type: ignore[union-attr]
    return [row[0] for row in cursor.fetchall()]


def matching_ids(uow: UnitOfWork, query: str | Node, *, clock: Clock | None = None) -> list[int]:
    """Ids of the contacts a query finds, in the contact list's order."""
    return fetch_ids(uow, _ordered(compile_query(uow, query, clock=clock)))


def count_matching(uow: UnitOfWork, query: str | Node, *, clock: Clock | None = None) -> int:
    """How many contacts a query finds (the builder's live count)."""
    inner = compile_query(uow, query, clock=clock).subquery()
    return int(uow.session.execute(select(func.count()).select_from(inner)).scalar_one())


def preview_rows(uow: UnitOfWork, query: Select[Any], limit: int) -> list[PreviewRow]:
    ids = select(query.subquery().c.id)
    rows = uow.session.execute(
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            func.coalesce(Company.name, Contact.company_name),
            Contact.city,
        )
        .outerjoin(Company, Company.id == Contact.company_id)
        .where(Contact.id.in_(ids))
        .order_by(Contact.last_name_key, Contact.first_name_key, Contact.id)
        .limit(limit)
    )
    return [
        PreviewRow(
            cid,
            " ".join(p for p in (first, last) if p) or company or f"#{cid}",
            company,
            city,
        )
        for cid, first, last, company, city in rows
    ]


def preview(
    uow: UnitOfWork, query: str | Node, limit: int = 20, *, clock: Clock | None = None
) -> list[PreviewRow]:
    """The first members a query finds, in list order (id, name, company, city)."""
    return preview_rows(uow, compile_query(uow, query, clock=clock), limit)


def explain_query(uow: UnitOfWork, query: str, *, clock: Clock | None = None) -> list[str]:
    """SQLite's plan for a query's id list (tests and support)."""
    statement = _ordered(compile_query(uow, query, clock=clock))
    compiled = statement.compile(
        dialect=uow.session.get_bind().dialect, compile_kwargs={"render_postcompile": True}
    )
    connection = uow.session.connection().connection.driver_connection
    params = [compiled.params[name] for name in (compiled.positiontup or [])]
    params = [_sqlite_param(p) for p in params]
    rows = connection.execute("EXPLAIN QUERY PLAN " + compiled.string, params)  # type: ignore[union-attr]
    return [str(row[-1]) for row in rows]


def _sqlite_param(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
