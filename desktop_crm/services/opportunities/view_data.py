"""What the opportunity screens read in one go: the card's choices, a contact search for the
card's contact fields, and an opportunity's own history."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.domain.opportunities import ProcessView, ProductView
from desktop_crm.services.activities.agenda import UserChoice, list_users
from desktop_crm.services.contacts.history import HistoryEntry, _entries, _query
from desktop_crm.services.contacts.lookup import fetch_rows, lookup_ids
from desktop_crm.services.contacts.picklists import picklist_values
from desktop_crm.services.opportunities.processes import list_processes
from desktop_crm.services.opportunities.products import list_products
from desktop_crm.storage.models import History
from desktop_crm.storage.uow import UnitOfWork

WON_REASONS = "won_reason"
LOST_REASONS = "lost_reason"


@dataclass(frozen=True)
class CardChoices:
    """The lists the opportunity card and its filters offer."""

    processes: tuple[ProcessView, ...]
    products: tuple[ProductView, ...]
    users: tuple[UserChoice, ...]
    won_reasons: tuple[str, ...]
    lost_reasons: tuple[str, ...]


@dataclass(frozen=True)
class ContactChoice:
    """A contact found by the card's contact search."""

    id: int
    name: str
    company_name: str

    @property
    def label(self) -> str:
        return f"{self.name} — {self.company_name}" if self.company_name else self.name


def card_choices(uow: UnitOfWork) -> CardChoices:
    """Processes with their stages, active products, users and the close reasons."""
    return CardChoices(
        processes=tuple(list_processes(uow)),
        products=tuple(list_products(uow)),
        users=tuple(list_users(uow)),
        won_reasons=tuple(picklist_values(uow, WON_REASONS)),
        lost_reasons=tuple(picklist_values(uow, LOST_REASONS)),
    )


def contact_choices(uow: UnitOfWork, text: str, limit: int = 20) -> list[ContactChoice]:
    """The first contacts the lookup ``text`` finds (same syntax as the contact list)."""
    if not text.strip():
        return []
    ids = list(lookup_ids(uow, text, offset=0, limit=limit))
    rows = fetch_rows(uow, ids)
    out = []
    for contact_id in ids:
        row = rows.get(contact_id)
        if row is None:
            continue
        name = " ".join(p for p in (row.first_name, row.last_name) if p) or (
            row.company_name or f"#{row.id}"
        )
        out.append(ContactChoice(row.id, name, row.company_name or ""))
    return out


def opportunity_history(uow: UnitOfWork, opportunity_id: int) -> list[HistoryEntry]:
    """The history rows written about one opportunity, newest first."""
    return _entries(uow, _query(History.opportunity_id == opportunity_id, None, None, None, None))
