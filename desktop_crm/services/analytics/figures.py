"""The figures the targeting analyses read, per client, summed by the database.

A *client* is a company, or a contact without a company (key ``("company", id)`` /
``("contact", id)``). Revenue = the ``sale`` lines (a won opportunity writes one) plus the
won opportunities that have no sale line (older data), in the default currency. Contacts
made = history entries of the counted kinds. Periods are Europe/Paris dates, both ends
included; history and close times are stored in UTC and converted at the bounds.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, case, cast, func, select

from desktop_crm.domain.clock import utc_to_wall, wall_to_utc
from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.opportunities import DEFAULT_CURRENCY, STATUS_WON
from desktop_crm.domain.query import shift
from desktop_crm.domain.wording import REPORT, TEAM, say
from desktop_crm.services.users.amounts import refuse_hidden_amounts
from desktop_crm.storage.models import (
    Company,
    CompanyFieldValue,
    Contact,
    ContactFieldValue,
    CustomField,
    History,
    Opportunity,
    Sale,
)
from desktop_crm.storage.uow import UnitOfWork

ClientKey = tuple[str, int]
ZERO = Decimal("0")
CENTS = Decimal("100")

# The history kinds that count as "a contact made with the client" unless told otherwise.
DEFAULT_CONTACT_KINDS: tuple[str, ...] = (
    HistoryType.CALL_REACHED.value,
    HistoryType.CALL_RECEIVED.value,
    HistoryType.MEETING_HELD.value,
    HistoryType.LETTER_SENT.value,
    HistoryType.EMAIL_SENT.value,
)
DEFAULT_POTENTIAL_FIELD = "potentiel_ca"


@dataclass(frozen=True)
class Period:
    """Europe/Paris dates, both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise DomainError(
                say(
                    REPORT,
                    "The period ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y}): "
                    "give the dates the other way round.",
                ).format(end=self.end, start=self.start),
                code="invalid",
            )

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    def previous(self) -> Period:
        """The period of the same length just before: whole months shift by months."""
        after = self.end + dt.timedelta(days=1)
        if self.start.day == 1 and after.day == 1:
            months = (after.year - self.start.year) * 12 + after.month - self.start.month
            return Period(shift(self.start, -months, "months"), self.start - dt.timedelta(1))
        length = (self.end - self.start).days + 1
        return Period(self.start - dt.timedelta(days=length), self.start - dt.timedelta(days=1))

    def utc_bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """[start, end + 1 day) as stored (naive UTC) timestamps."""
        low = wall_to_utc(dt.datetime.combine(self.start, dt.time()))
        high = wall_to_utc(dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time()))
        return low, high

    def label(self) -> str:
        if (
            self.start.month == 1
            and self.start.day == 1
            and self.end == dt.date(self.start.year, 12, 31)
        ):
            return str(self.start.year)
        return f"{self.start:%d/%m/%Y} – {self.end:%d/%m/%Y}"


@dataclass
class ClientFigures:
    """Everything the analyses need about one client."""

    key: ClientKey
    name: str = ""
    revenue: Decimal = ZERO
    revenue_before: Decimal = ZERO
    purchases: int = 0
    contacts: int = 0
    contacts_before: int = 0
    potential: Decimal | None = None
    last_purchase: dt.date | None = None
    last_reach: dt.date | None = None
    last_meeting: dt.date | None = None
    yearly: dict[int, Decimal] = field(default_factory=dict)


def _client_columns(company: Any, contact: Any) -> tuple[Any, Any]:
    """(company id, contact id when there is no company) for grouping."""
    return company, case((company.is_(None), contact), else_=None)


def _key(company_id: Any, contact_id: Any) -> ClientKey | None:
    if company_id is not None:
        return ("company", int(company_id))
    if contact_id is not None:
        return ("contact", int(contact_id))
    return None


def _as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _sales_pass(uow: UnitOfWork, period: Period, before: Period, by_year: bool) -> Iterable[Any]:
    """One pass over the sales up to the period's end, per client (and year): cents in the
    period, lines in the period, cents in the previous period, cents in total, last day."""
    company = func.coalesce(Sale.company_id, Contact.company_id)
    cols = list(_client_columns(company, Sale.contact_id))
    if by_year:
        cols.append(func.extract("year", Sale.sold_on))
    cents = cast(func.round(Sale.amount * 100), BigInteger)
    now = Sale.sold_on.between(period.start, period.end)
    day: Any = Sale.sold_on
    if uow.session.get_bind().dialect.name == "sqlite":
        # "Up to the end" keeps most rows: SQLite reads them twice as fast in a table scan
        # as through ix_sale_sold_on (coalesce hides the column from the planner; a scan is
        # also the worst case when the range is small). PostgreSQL's planner chooses alone.
        day = func.coalesce(Sale.sold_on, Sale.sold_on)
    was = Sale.sold_on.between(before.start, before.end)
    query = (
        select(
            *cols,
            func.coalesce(func.sum(case((now, cents), else_=0)), 0),
            func.count(case((now, Sale.id), else_=None)),
            func.coalesce(func.sum(case((was, cents), else_=0)), 0),
            func.coalesce(func.sum(cents), 0),
            func.max(Sale.sold_on),
        )
        .outerjoin(Contact, Contact.id == Sale.contact_id)
        .where(day <= period.end)
        .group_by(*cols)
    )
    return uow.session.execute(query)


def _won_rows(uow: UnitOfWork, high: dt.date) -> list[tuple[Any, Any, int, dt.date]]:
    """(company, contact, cents, Paris close day) of the won opportunities without a sale
    line closed by ``high`` (few rows: converted here, exactly)."""
    company = func.coalesce(Opportunity.company_id, Contact.company_id)
    cols = list(_client_columns(company, Opportunity.contact_id))
    has_sale = select(Sale.id).where(Sale.opportunity_id == Opportunity.id).exists()
    hi = wall_to_utc(dt.datetime.combine(high + dt.timedelta(days=1), dt.time()))
    where = [
        Opportunity.status == STATUS_WON,
        Opportunity.closed_at.is_not(None),
        Opportunity.closed_at < hi,
        func.coalesce(Opportunity.currency, DEFAULT_CURRENCY) == DEFAULT_CURRENCY,
        ~has_sale,
    ]
    rows: list[Any] = list(
        uow.session.execute(
            select(*cols, Opportunity.amount, Opportunity.closed_at)
            .outerjoin(Contact, Contact.id == Opportunity.contact_id)
            .where(*where)
        )
    )
    return [
        (
            company_id,
            contact_id,
            int((Decimal(amount or 0) * CENTS).to_integral_value()),
            utc_to_wall(closed).date(),
        )
        for company_id, contact_id, amount, closed in rows
    ]


def _contacts_rows(uow: UnitOfWork, period: Period, kinds: tuple[str, ...]) -> Iterable[Any]:
    low, high = period.utc_bounds()
    company = func.coalesce(History.company_id, Contact.company_id)
    cols = _client_columns(company, History.contact_id)
    return uow.session.execute(
        select(*cols, func.count(History.id))
        .outerjoin(Contact, Contact.id == History.contact_id)
        .where(History.type.in_(kinds), History.occurred_at >= low, History.occurred_at < high)
        .group_by(*cols)
    )


def potential_field(uow: UnitOfWork, name: str) -> tuple[int | None, int | None]:
    """(company field id, contact field id) of the number field ``name``; refused with a
    clear sentence when neither exists or it is not a number."""
    rows = uow.session.execute(
        select(CustomField.record, CustomField.id, CustomField.kind).where(
            CustomField.name == name.strip()
        )
    ).all()
    ids: dict[str, int] = {}
    for record, field_id, kind in rows:
        if kind != "number":
            raise DomainError(
                say(
                    REPORT, "The field '{name}' is not a number field: choose a number field for P."
                ).format(name=name),
                code="invalid",
            )
        ids[record] = field_id
    return ids.get("company"), ids.get("contact")


def load_figures(
    uow: UnitOfWork,
    period: Period,
    *,
    contact_kinds: tuple[str, ...] = DEFAULT_CONTACT_KINDS,
    potential_name: str | None = DEFAULT_POTENTIAL_FIELD,
    years: int = 4,
    population: set[ClientKey] | None = None,
    with_years: bool = True,
) -> dict[ClientKey, ClientFigures]:
    """The figures of every client of the population (``None``: all clients, i.e. the
    companies and company-less contacts with the status "Client" or a purchase up to the
    end of the period), for ``period`` and the one before; the yearly revenue of the last
    ``years`` years only ``with_years`` (it groups the sales by year too).

    Every targeting method ranks clients by what they bought: a role that may not see sales
    amounts (Restricted) is refused in a sentence, before any query names them."""
    refuse_hidden_amounts(uow, say(TEAM, "run a targeting analysis (it ranks clients by revenue)"))
    figures: dict[ClientKey, ClientFigures] = {}

    def get(company_id: Any, contact_id: Any) -> ClientFigures | None:
        key = _key(company_id, contact_id)
        if key is None or (population is not None and key not in population):
            return None
        found = figures.get(key)
        if found is None:
            found = figures[key] = ClientFigures(key)
        return found

    before = period.previous()
    first_year = period.end.year - years + 1
    for row in _sales_pass(uow, period, before, with_years):
        if with_years:
            company_id, contact_id, year, now, count, was, total, last = row
        else:
            company_id, contact_id, now, count, was, total, last = row
            year = None
        fig = get(company_id, contact_id)
        if fig is None:
            continue
        fig.revenue += Decimal(int(now or 0)) / CENTS
        fig.purchases += int(count or 0)
        fig.revenue_before += Decimal(int(was or 0)) / CENTS
        if year is not None and int(year) >= first_year:
            y = int(year)
            fig.yearly[y] = fig.yearly.get(y, ZERO) + Decimal(int(total or 0)) / CENTS
        day = _as_date(last)
        if day is not None:
            fig.last_purchase = max(fig.last_purchase or day, day)
    for company_id, contact_id, cents, day in _won_rows(uow, period.end):
        fig = get(company_id, contact_id)
        if fig is None:
            continue
        amount = Decimal(cents) / CENTS
        if period.start <= day:
            fig.revenue += amount
            fig.purchases += 1
        elif before.start <= day <= before.end:
            fig.revenue_before += amount
        if with_years and day.year >= first_year:
            fig.yearly[day.year] = fig.yearly.get(day.year, ZERO) + amount
        fig.last_purchase = max(fig.last_purchase or day, day)
    for target, attr2 in ((period, "contacts"), (before, "contacts_before")):
        for company_id, contact_id, count in _contacts_rows(uow, target, contact_kinds):
            fig = get(company_id, contact_id)
            if fig is not None:
                setattr(fig, attr2, int(count))
    _clients_without_figures(uow, get, population)
    _names_and_dates(uow, figures, period)
    if potential_name:
        _potentials(uow, figures, potential_name)
    return figures


def _clients_without_figures(uow: UnitOfWork, get: Any, population: set[ClientKey] | None) -> None:
    """Clients of the population with no sale and no contact still belong to it."""
    if population is not None:
        for kind, record_id in population:
            get(record_id if kind == "company" else None, record_id if kind == "contact" else None)
        return
    for (company_id,) in uow.session.execute(select(Company.id).where(Company.status == "Client")):
        get(company_id, None)
    for (contact_id,) in uow.session.execute(
        select(Contact.id).where(Contact.company_id.is_(None), Contact.status == "Client")
    ):
        get(None, contact_id)


def _names_and_dates(
    uow: UnitOfWork, figures: dict[ClientKey, ClientFigures], period: Period
) -> None:
    end = wall_to_utc(dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time()))
    for company_id, name in uow.session.execute(select(Company.id, Company.name)):
        fig = figures.get(("company", company_id))
        if fig is not None:
            fig.name = name or ""
    company = Contact.company_id
    rows = uow.session.execute(
        select(
            company,
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.company_name,
            Contact.last_reach,
            Contact.last_meeting,
        )
    )
    for owner, contact_id, first, last, company_name, reach, meeting in rows:
        fig = figures.get(_key(owner, contact_id) or ("contact", contact_id))
        if fig is None:
            continue
        if owner is None:
            fig.name = " ".join(p for p in (first, last) if p) or company_name or f"#{contact_id}"
        # Dates after the period's end do not count (the analysis looks back from it).
        if reach is not None and reach < end:
            day = reach.date()
            fig.last_reach = max(fig.last_reach or day, day)
        if meeting is not None and meeting < end:
            day = meeting.date()
            fig.last_meeting = max(fig.last_meeting or day, day)


def _potentials(uow: UnitOfWork, figures: dict[ClientKey, ClientFigures], name: str) -> None:
    company_field, contact_field = potential_field(uow, name)
    if company_field is not None:
        for company_id, value in uow.session.execute(
            select(CompanyFieldValue.company_id, CompanyFieldValue.value_number).where(
                CompanyFieldValue.field_id == company_field,
                CompanyFieldValue.value_number.is_not(None),
            )
        ):
            fig = figures.get(("company", company_id))
            if fig is not None and value is not None:
                fig.potential = Decimal(value)
    if contact_field is not None:
        sums: dict[ClientKey, Decimal] = defaultdict(Decimal)
        for owner, contact_id, value in uow.session.execute(
            select(Contact.company_id, Contact.id, ContactFieldValue.value_number)
            .join(ContactFieldValue, ContactFieldValue.contact_id == Contact.id)
            .where(
                ContactFieldValue.field_id == contact_field,
                ContactFieldValue.value_number.is_not(None),
            )
        ):
            key = _key(owner, contact_id)
            # A company field wins; else the company's P is the sum of its contacts'.
            if (
                key is not None
                and key in figures
                and (key[0] == "contact" or company_field is None)
                and value is not None
            ):
                sums[key] += Decimal(value)
        for key, total in sums.items():
            figures[key].potential = total


def population_of_contacts(uow: UnitOfWork, contact_ids: Iterable[int]) -> set[ClientKey]:
    """The clients a set of contacts stands for (their company, or themselves)."""
    wanted = set(contact_ids)
    out: set[ClientKey] = set()
    for contact_id, company_id in uow.session.execute(select(Contact.id, Contact.company_id)):
        if contact_id in wanted:
            out.add(("company", company_id) if company_id is not None else ("contact", contact_id))
    return out


def contacts_of_clients(uow: UnitOfWork, keys: Iterable[ClientKey]) -> list[int]:
    """The contact ids behind clients (every contact of a company), for groups and lists."""
    companies = {i for kind, i in keys if kind == "company"}
    contacts = {i for kind, i in keys if kind == "contact"}
    out = set(contacts)
    if companies:
        for contact_id, company_id in uow.session.execute(
            select(Contact.id, Contact.company_id).where(Contact.company_id.is_not(None))
        ):
            if company_id in companies:
                out.add(contact_id)
    return sorted(out)


__all__ = [
    "DEFAULT_CONTACT_KINDS",
    "DEFAULT_POTENTIAL_FIELD",
    "ClientFigures",
    "ClientKey",
    "Period",
    "contacts_of_clients",
    "load_figures",
    "population_of_contacts",
    "potential_field",
]
