"""The opportunity list: one filter for the list, its totals, the funnel and the forecast;
windowed rows, ids in order, sums computed by the database, and the XLSX export."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Select,
    cast,
    func,
    literal,
    or_,
    select,
)

from desktop_crm.domain.opportunities import (
    DEFAULT_CURRENCY,
    SORT_KEYS,
    STATUS_LABELS_FR,
    ZERO,
    CurrencyCount,
    OpportunityFilter,
    OpportunityRow,
    OpportunityTotals,
    to_decimal,
    weighted,
)
from desktop_crm.domain.roles import Permission
from desktop_crm.domain.text import fold, strip_accents
from desktop_crm.domain.wording import OPPORTUNITY, say
from desktop_crm.services.opportunities.records import contact_label
from desktop_crm.services.users.amounts import amounts_hidden
from desktop_crm.services.users.permissions import require
from desktop_crm.storage.models import (
    Company,
    Contact,
    Opportunity,
    SalesProcess,
    SalesStage,
    User,
)
from desktop_crm.storage.uow import UnitOfWork

CENTS = Decimal(100)
WEIGHTED_CENTS = Decimal(10_000)


def _refuse_amount_filter(uow: UnitOfWork, flt: OpportunityFilter) -> None:
    if (flt.amount_min is not None or flt.amount_max is not None) and amounts_hidden(uow):
        from desktop_crm.domain.errors import DomainError

        raise DomainError(
            say(
                OPPORTUNITY,
                "Your role (Restricted) does not see amounts, so it cannot filter by "
                "amount. Clear the amount boxes of the filter.",
            ),
            code="forbidden",
        )


def amount_cents() -> ColumnElement[int]:
    """The amount in integer cents: sums over it are exact on SQLite (REAL storage) too."""
    return cast(func.round(Opportunity.amount * 100), BigInteger)


def sum_columns() -> tuple[Any, Any, Any]:
    """count, Σ amount (cents), Σ amount × probability (cents × %), for a filtered select."""
    cents = amount_cents()
    return (
        func.count(Opportunity.id),
        func.coalesce(func.sum(cents), 0),
        func.coalesce(func.sum(cents * Opportunity.probability), 0),
    )


def count_columns() -> tuple[Any, Any, Any]:
    """``sum_columns`` for a role that may not read the amount: the count and two zeros."""
    return (func.count(Opportunity.id), literal(0), literal(0))


def from_sums(count: Any, cents: Any, weighted_cents: Any) -> tuple[int, Decimal, Decimal]:
    """The sums of ``sum_columns`` as (count, amount, weighted) exact Decimals."""
    return (
        int(count or 0),
        Decimal(int(cents or 0)) / CENTS,
        Decimal(int(weighted_cents or 0)) / WEIGHTED_CENTS,
    )


def currency_column() -> ColumnElement[str]:
    """The opportunity's currency (stored upper case; an old row without one is in euros)."""
    return func.coalesce(Opportunity.currency, DEFAULT_CURRENCY)


def in_currency(currency: str) -> ColumnElement[bool]:
    """Only the opportunities in ``currency``: sums never add two currencies together."""
    return currency_column() == currency


def other_currencies(
    uow: UnitOfWork, where: Sequence[ColumnElement[bool]], currency: str
) -> tuple[CurrencyCount, ...]:
    """How many of the opportunities ``where`` selects are in each currency but ``currency``
    (left out of the sums, told apart), by currency code."""
    column = currency_column()
    rows = uow.session.execute(
        select(column, func.count(Opportunity.id))
        .where(*where, column != currency)
        .group_by(column)
        .order_by(column)
    )
    return tuple(CurrencyCount(str(code), int(n)) for code, n in rows)


def currencies_in_use(uow: UnitOfWork) -> tuple[str, ...]:
    """The currencies the opportunities are in, sorted (an old row without one: euros)."""
    column = currency_column()
    return tuple(str(c) for c in uow.session.scalars(select(column).distinct().order_by(column)))


def _like_pattern(key: str) -> str:
    """``%key%`` with the ``%``, ``_`` and ``\\`` the user typed taken literally
    (``LIKE … ESCAPE '\\'``)."""
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# Accented letters (both cases) and their plain letter, for PostgreSQL's translate().
_ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ"
_PLAIN = strip_accents(_ACCENTED)


def _folded(uow: UnitOfWork, column: Any) -> ColumnElement[str]:
    """``column`` as ``domain.text.fold`` gives it (no accents, lower case), in SQL.

    SQLite's lower() only knows ASCII: there the connection gets ``fold`` itself as a SQL
    function; PostgreSQL lowers Unicode and translate() drops the accents.
    """
    if uow.session.get_bind().dialect.name == "sqlite":
        raw = uow.session.connection().connection.driver_connection
        raw.create_function("crm_fold", 1, fold, deterministic=True)  # type: ignore[union-attr]
        sqlite_folded: ColumnElement[str] = func.crm_fold(column)
        return sqlite_folded
    folded: ColumnElement[str] = func.lower(
        func.translate(func.coalesce(column, ""), _ACCENTED, _PLAIN)
    )
    return folded


def conditions(uow: UnitOfWork, flt: OpportunityFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a filter on ``opportunity`` (empty criteria do not filter)."""
    out: list[ColumnElement[bool]] = []
    _refuse_amount_filter(uow, flt)
    if flt.process_id is not None:
        out.append(Opportunity.process_id == flt.process_id)
    if flt.stage_ids:
        out.append(Opportunity.stage_id.in_(list(flt.stage_ids)))
    if flt.statuses:
        out.append(Opportunity.status.in_(list(flt.statuses)))
    if flt.manager_id is not None:
        out.append(Opportunity.record_manager_id == flt.manager_id)
    if flt.close_from is not None:
        out.append(Opportunity.expected_close >= flt.close_from)
    if flt.close_to is not None:
        out.append(Opportunity.expected_close <= flt.close_to)
    if flt.amount_min is not None:
        out.append(Opportunity.amount >= to_decimal(flt.amount_min))
    if flt.amount_max is not None:
        out.append(Opportunity.amount <= to_decimal(flt.amount_max))
    if flt.contact_id is not None:
        out.append(Opportunity.contact_id == flt.contact_id)
    if flt.group_id is not None:
        from desktop_crm.services.groups.groups import members_select

        out.append(Opportunity.contact_id.in_(members_select(uow, flt.group_id)))
    if flt.currency:
        out.append(in_currency(flt.figures_currency()))
    # Accents and case are ignored the same way on SQLite and PostgreSQL: the contact and
    # company names through their folded *_key columns, the opportunity's name folded in SQL;
    # "%" and "_" typed by the user are plain characters.
    key = fold(flt.text)
    if key:
        pattern = _like_pattern(key)

        def like(column: Any) -> ColumnElement[bool]:
            found: ColumnElement[bool] = column.like(pattern, escape="\\")
            return found

        out.append(
            or_(
                like(_folded(uow, Opportunity.name)),
                Opportunity.contact_id.in_(
                    select(Contact.id).where(
                        or_(
                            like(Contact.last_name_key),
                            like(Contact.first_name_key),
                            like(Contact.company_key),
                        )
                    )
                ),
                Opportunity.company_id.in_(select(Company.id).where(like(Company.name_key))),
            )
        )
    return out


_CONTACT_SORT = func.coalesce(Contact.last_name, "")
_SORTS: dict[str, Any] = {
    "name": Opportunity.name,
    "contact": _CONTACT_SORT,
    "company": func.coalesce(Company.name, Contact.company_name, ""),
    "process": func.coalesce(SalesProcess.name, ""),
    "stage": func.coalesce(SalesStage.position, -1),
    "probability": Opportunity.probability,
    "amount": Opportunity.amount,
    "weighted": Opportunity.amount * Opportunity.probability,
    "expected_close": Opportunity.expected_close,
    "status": Opportunity.status,
    "manager": func.coalesce(User.display_name, ""),
}
assert set(_SORTS) == set(SORT_KEYS)


def _order(sort: str | None, no_amounts: bool = False) -> list[Any]:
    key = (sort or "expected_close").strip()
    descending = key.startswith("-")
    key = key.lstrip("-")
    if no_amounts and key in ("amount", "weighted"):
        key = "name"  # amounts not shown: the list keeps a stable order by name
    if key not in _SORTS:
        from desktop_crm.domain.errors import DomainError

        raise DomainError(
            say(OPPORTUNITY, "Unknown sort '{key}': use one of {names}.").format(
                key=key, names=", ".join(SORT_KEYS)
            ),
            code="bad_sort",
        )
    column = _SORTS[key]
    ordered = column.desc() if descending else column.asc()
    tie = Opportunity.id.desc() if descending else Opportunity.id.asc()
    if key == "expected_close":
        # Undated opportunities last whichever the direction (NULL order differs per backend).
        return [Opportunity.expected_close.is_(None), ordered, tie]
    return [ordered, tie]


def _joined(stmt: Any) -> Select[Any]:
    joined: Select[Any] = (
        stmt.outerjoin(Contact, Contact.id == Opportunity.contact_id)
        .outerjoin(Company, Company.id == Opportunity.company_id)
        .outerjoin(SalesProcess, SalesProcess.id == Opportunity.process_id)
        .outerjoin(SalesStage, SalesStage.id == Opportunity.stage_id)
        .outerjoin(User, User.id == Opportunity.record_manager_id)
    )
    return joined


def _rows_select(uow: UnitOfWork, flt: OpportunityFilter, sort: str | None) -> Select[Any]:
    no_amounts = amounts_hidden(uow)
    stmt = _joined(
        select(
            Opportunity.id,
            Opportunity.name,
            Opportunity.contact_id,
            Contact.first_name,
            Contact.last_name,
            func.coalesce(Company.name, Contact.company_name),
            SalesProcess.name,
            SalesStage.name,
            Opportunity.probability,
            literal(0) if no_amounts else Opportunity.amount,
            Opportunity.expected_close,
            Opportunity.status,
            User.display_name,
            Opportunity.stage_id,
            Opportunity.currency,
        )
    )
    return stmt.where(*conditions(uow, flt)).order_by(*_order(sort, no_amounts))


def _row(r: Any, no_amounts: bool = False) -> OpportunityRow:
    amount = to_decimal(r[9]).quantize(Decimal("0.01"))
    return OpportunityRow(
        id=r[0],
        name=r[1],
        contact_id=r[2],
        contact_name=contact_label(r[3], r[4]),
        company_name=r[5] or "",
        process_name=r[6] or "",
        stage_name=r[7] or "",
        probability=r[8],
        amount=amount,
        weighted=weighted(amount, r[8]),
        expected_close=r[10],
        status=r[11],
        manager_name=r[12] or "",
        stage_id=r[13],
        currency=r[14] or "EUR",
        amounts_hidden=no_amounts,
    )


def list_opportunities(
    uow: UnitOfWork,
    flt: OpportunityFilter,
    sort: str | None = "expected_close",
    offset: int = 0,
    limit: int | None = 200,
) -> list[OpportunityRow]:
    """One window of the filtered list, in ``sort`` order ("-amount" sorts descending)."""
    stmt = _rows_select(uow, flt, sort).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    no_amounts = amounts_hidden(uow)
    return [_row(r, no_amounts) for r in uow.session.execute(stmt)]


def rows_by_ids(uow: UnitOfWork, ids: Sequence[int]) -> list[OpportunityRow]:
    """The rows of these ids, in the order given (a list model filling its pages)."""
    found: dict[int, OpportunityRow] = {}
    for begin in range(0, len(ids), 500):
        chunk = list(ids[begin : begin + 500])
        stmt = _rows_select(uow, OpportunityFilter(statuses=()), None).where(
            Opportunity.id.in_(chunk)
        )
        no_amounts = amounts_hidden(uow)
        for r in uow.session.execute(stmt):
            row = _row(r, no_amounts)
            found[row.id] = row
    return [found[i] for i in ids if i in found]


def opportunity_ids(
    uow: UnitOfWork, flt: OpportunityFilter, sort: str | None = "expected_close"
) -> list[int]:
    """Every id the filter selects, in list order (the windowed list keeps only these)."""
    stmt = (
        _joined(select(Opportunity.id))
        .where(*conditions(uow, flt))
        .order_by(*_order(sort, amounts_hidden(uow)))
    )
    return list(uow.session.scalars(stmt))


def totals(uow: UnitOfWork, flt: OpportunityFilter) -> OpportunityTotals:
    """Count, amount and weighted amount of the filtered opportunities in the filter's
    currency (euros by default), sums in SQL; the others are counted per currency."""
    where = conditions(uow, flt)
    currency = flt.figures_currency()
    others = other_currencies(uow, where, currency)
    if amounts_hidden(uow):
        count = uow.session.scalar(
            select(func.count(Opportunity.id)).where(*where, in_currency(currency))
        )
        return OpportunityTotals(int(count or 0), ZERO, ZERO, currency, others, True)
    row = uow.session.execute(select(*sum_columns()).where(*where, in_currency(currency))).one()
    return OpportunityTotals(*from_sums(*row), currency, others)


def opportunities_of_contact(uow: UnitOfWork, contact_id: int) -> list[OpportunityRow]:
    """Every opportunity of a contact (any status), latest expected close first."""
    return list_opportunities(
        uow, OpportunityFilter(statuses=(), contact_id=contact_id), "-expected_close", 0, None
    )


EXPORT_HEADER = (
    "N°",
    "Opportunité",
    "Contact",
    "Société",
    "Processus",
    "Étape",
    "Probabilité (%)",
    "Montant",
    "Montant pondéré",
    "Devise",
    "Clôture prévue",
    "Statut",
    "Responsable",
)


def _export_rows(uow: UnitOfWork, flt: OpportunityFilter, sort: str | None) -> Iterator[list[Any]]:
    offset = 0
    while True:
        window = list_opportunities(uow, flt, sort, offset, 2_000)
        for r in window:
            yield [
                r.id,
                r.name,
                r.contact_name,
                r.company_name,
                r.process_name,
                r.stage_name,
                r.probability,
                r.amount,
                r.weighted.quantize(Decimal("0.01")),
                r.currency,
                r.expected_close,
                STATUS_LABELS_FR.get(r.status, r.status),
                r.manager_name,
            ]
        if len(window) < 2_000:
            return
        offset += len(window)


def export_opportunities(
    uow: UnitOfWork,
    flt: OpportunityFilter,
    path: str | Path,
    sort: str | None = "expected_close",
) -> int:
    """Write the filtered list to XLSX with French headers; text never becomes a formula.
    Returns the number of opportunities written."""
    require(uow, Permission.EXPORT)
    from desktop_crm.interchange.writers import write_xlsx  # openpyxl: only when exporting

    return write_xlsx(path, EXPORT_HEADER, _export_rows(uow, flt, sort), sheet_name="Opportunités")
