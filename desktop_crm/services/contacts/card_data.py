"""What the contact card and the companies view read in one go, as plain values."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.domain.errors import NotFoundError
from desktop_crm.services.contacts import companies
from desktop_crm.services.contacts.lookup import ContactRow
from desktop_crm.storage.uow import UnitOfWork

COMPANY_LIST_LIMIT = 5000


@dataclass(frozen=True)
class CompanyCardData:
    """A company with its contacts and divisions (None: the company is gone)."""

    company: companies.CompanyView | None
    contacts: list[ContactRow]
    divisions: list[companies.CompanyRow]


@dataclass(frozen=True)
class CompanyList:
    """A company lookup: how many were found and the rows shown (the first few thousand)."""

    total: int
    rows: list[companies.CompanyRow]


def company_card(uow: UnitOfWork, company_id: int) -> CompanyCardData:
    try:
        view = companies.get_company(uow, company_id)
    except NotFoundError:
        return CompanyCardData(None, [], [])
    return CompanyCardData(
        view, companies.company_contacts(uow, company_id), companies.divisions(uow, company_id)
    )


def company_list(uow: UnitOfWork, text: str, limit: int = COMPANY_LIST_LIMIT) -> CompanyList:
    """Companies number in thousands, not millions: one query is instant."""
    ids = companies.company_ids(uow, text)
    rows = companies.fetch_company_rows(uow, ids[:limit])
    return CompanyList(len(ids), [rows[i] for i in ids[:limit] if i in rows])
