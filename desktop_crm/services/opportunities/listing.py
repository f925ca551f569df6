"""The opportunity list: one filter for the list, its totals, the funnel and the forecast;
windowed rows, ids in order, sums computed by the database, and the XLSX export."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Select, cast, func, or_, select

from desktop_crm.domain.opportunities import (
    SORT_KEYS,
    STATUS_LABELS_FR,
    OpportunityFilter,
    OpportunityRow,
    OpportunityTotals,
    to_decimal,
    weighted,
)
from desktop_crm.interchange.writers import write_xlsx
from desktop_crm.services.opportunities.records import contact_label
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


def from_sums(count: Any, cents: Any, weighted_cents: Any) -> tuple[int, Decimal, Decimal]:
    """The sums of ``sum_columns`` as (count, amount, weighted) exact Decimals."""
    return (
        int(count or 0),
        Decimal(int(cents or 0)) / CENTS,
        Decimal(int(weighted_cents or 0)) / WEIGHTED_CENTS,
    )


def conditions(uow: UnitOfWork, flt: OpportunityFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a filter on ``opportunity`` (empty criteria do not filter)."""
    out: list[ColumnElement[bool]] = []
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
    text = (flt.text or "").strip()
    if text:
        pattern = f"%{text}%"
        out.append(
            or_(
                Opportunity.name.ilike(pattern),
                Opportunity.contact_id.in_(
                    select(Contact.id).where(
                        or_(
                            Contact.last_name.ilike(pattern),
                            Contact.first_name.ilike(pattern),
                            Contact.company_name.ilike(pattern),
                        )
                    )
                ),
                Opportunity.company_id.in_(select(Company.id).where(Company.name.ilike(pattern))),
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


def _order(sort: str | None) -> list[Any]:
    key = (sort or "expected_close").strip()
    descending = key.startswith("-")
    key = key.lstrip("-")
    if key not in _SORTS:
        from desktop_crm.domain.errors import DomainError

        raise DomainError(
            f"Unknown sort '{key}': use one of {', '.join(SORT_KEYS)}.", code="bad_sort"
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
            Opportunity.amount,
            Opportunity.expected_close,
            Opportunity.status,
            User.display_name,
            Opportunity.stage_id,
            Opportunity.currency,
        )
    )
    return stmt.where(*conditions(uow, flt)).order_by(*_order(sort))


def _row(r: Any) -> OpportunityRow:
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
    return [_row(r) for r in uow.session.execute(stmt)]


def rows_by_ids(uow: UnitOfWork, ids: Sequence[int]) -> list[OpportunityRow]:
    """The rows of these ids, in the order given (a list model filling its pages)."""
    found: dict[int, OpportunityRow] = {}
    for begin in range(0, len(ids), 500):
        chunk = list(ids[begin : begin + 500])
        stmt = _rows_select(uow, OpportunityFilter(statuses=()), None).where(
            Opportunity.id.in_(chunk)
        )
        found.update((row.id, row) for row in map(_row, uow.session.execute(stmt)))
    return [found[i] for i in ids if i in found]


def opportunity_ids(
    uow: UnitOfWork, flt: OpportunityFilter, sort: str | None = "expected_close"
) -> list[int]:
    """Every id the filter selects, in list order (the windowed list keeps only these)."""
    stmt = _joined(select(Opportunity.id)).where(*conditions(uow, flt)).order_by(*_order(sort))
    return list(uow.session.scalars(stmt))


def totals(uow: UnitOfWork, flt: OpportunityFilter) -> OpportunityTotals:
    """Count, amount and weighted amount of the filtered opportunities (sums in SQL)."""
    row = uow.session.execute(select(*sum_columns()).where(*conditions(uow, flt))).one()
    return OpportunityTotals(*from_sums(*row))


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
    return write_xlsx(path, EXPORT_HEADER, _export_rows(uow, flt, sort), sheet_name="Opportunités")
