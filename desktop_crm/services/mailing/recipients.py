"""Who receives a mailing: a lookup, a selection or a group, minus those who must not.

Shared by postal mail (labels, envelopes, letters) and e-mail merge; every exclusion comes
with a reason the user sees before anything is printed or sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, TextClause, select

from desktop_crm.domain.cleaning import one_line
from desktop_crm.domain.constants import Channel
from desktop_crm.domain.contacts import ContactView
from desktop_crm.domain.errors import NotFoundError
from desktop_crm.domain.text import fold
from desktop_crm.domain.wording import CAMPAIGN, say
from desktop_crm.services.contacts.lookup import lookup_condition
from desktop_crm.services.contacts.records import to_view
from desktop_crm.services.groups.groups import members_select
from desktop_crm.services.privacy import consent, oracle
from desktop_crm.storage.models import Contact, Group
from desktop_crm.storage.uow import UnitOfWork

_CHUNK = 900  # below SQLite's bound-parameter limit
_LOOKUP_COLUMNS = ("last_name_key", "first_name_key", "company_key", "city_key", "email_key")

EXCLUSION_MESSAGES = {
    "do_not_mail": "Marked 'do not mail'",
    "npai": "Returned mail (NPAI)",
    "opted_out": "Opted out of this channel",
    "no_address": "No postal address",
    "do_not_email": "Marked 'do not e-mail'",
    "email_invalid": "E-mail address marked invalid (a bounce, or by hand)",
    "email_malformed": "E-mail address is not valid: never sent to",
    "no_email": "No e-mail address",
    "no_consent": "Private person without e-mail opt-in",
    "soft_opt_in_expired": "Former customer's soft opt-in lapsed (no contact for the "
    "retention period, 3 years by default)",
    "suppressed": "On the opt-out suppression list",
    "erased": "Erased or anonymised (RGPD)",
    "no_phone": "No phone number",
    "no_mobile": "No mobile number",
    "do_not_call": "Marked 'do not call'",
}


@dataclass(frozen=True)
class Selection:
    """Which contacts: a lookup text, explicit ids, a group, or (all empty) everybody."""

    lookup: str | None = None
    contact_ids: tuple[int, ...] | None = None
    group_id: int | None = None


@dataclass(frozen=True)
class Excluded:
    """A contact left out of a mailing, and why (``reason`` is a stable code)."""

    contact_id: int
    name: str
    reason: str

    @property
    def message(self) -> str:
        return EXCLUSION_MESSAGES.get(self.reason, self.reason)


def display_name(contact: ContactView) -> str:
    """The name shown in the "Left out" list: on one line, whatever is stored."""
    name = " ".join(one_line(p) for p in (contact.first_name, contact.last_name) if p).strip()
    return name or one_line(contact.company_name) or f"#{contact.id}"


def lookup_filter(text: str, backend: str = "sqlite") -> ColumnElement[bool] | TextClause | None:
    """The lookup box's rule (services.lookup), as a condition on ``contact``."""
    if not fold(text):
        return None
    return lookup_condition(text, backend)


def _query(uow: UnitOfWork, selection: Selection) -> Select[Contact]:
    query = select(Contact)
    if selection.group_id is not None:
        if uow.session.get(Group, selection.group_id) is None:
            raise NotFoundError(
                say(CAMPAIGN, "Group #{id} does not exist.").format(id=selection.group_id)
            )
        # The group's members now: its query re-run, pinned and excluded members, subgroups.
        query = query.where(Contact.id.in_(members_select(uow, selection.group_id)))
    if selection.lookup:
        clause = lookup_filter(selection.lookup, uow.session.get_bind().dialect.name)
        if clause is not None:
            query = query.where(clause)
    return query.order_by(
        Contact.postcode, Contact.last_name_key, Contact.first_name_key, Contact.id
    )


def select_contacts(uow: UnitOfWork, selection: Selection) -> list[ContactView]:
    """The selected contacts as plain values, sorted by postcode then name (La Poste order)."""
    if selection.contact_ids is not None:
        ids = list(dict.fromkeys(selection.contact_ids))
        found: dict[int, ContactView] = {}
        for start in range(0, len(ids), _CHUNK):
            query = _query(uow, selection).where(Contact.id.in_(ids[start : start + _CHUNK]))
            found.update((row.id, to_view(row)) for row in uow.session.scalars(query))
        return [found[i] for i in ids if i in found]
    return [to_view(row) for row in uow.session.scalars(_query(uow, selection))]


def consent_status(uow: UnitOfWork, contact_ids: Sequence[int], channel: Channel) -> dict[int, str]:
    """The current consent status per contact for ``channel`` (missing: unknown), from the
    consent ledger."""
    return consent.statuses_at(uow, contact_ids, channel.value)


def postal_exclusion(contact: ContactView, consent: str | None) -> str | None:
    """Why ``contact`` must not get postal mail, or None (the sending oracle's rule)."""
    decision = oracle.decide(contact, Channel.POST, consent)
    return None if decision.allowed else decision.reason


def split_by_oracle(
    uow: UnitOfWork, contacts: Iterable[ContactView], channel: Channel
) -> tuple[list[ContactView], list[Excluded]]:
    """Keep the contacts the sending oracle allows on ``channel``; list the others with the
    oracle's reason (shown before anything is printed, sent or exported)."""
    contacts = list(contacts)
    decisions = oracle.decide_many(uow, contacts, channel)
    kept: list[ContactView] = []
    excluded: list[Excluded] = []
    for contact in contacts:
        decision = decisions[contact.id]
        if decision.allowed:
            kept.append(contact)
        else:
            excluded.append(Excluded(contact.id, display_name(contact), decision.reason))
    return kept, excluded


def split_postal(
    uow: UnitOfWork, contacts: Iterable[ContactView]
) -> tuple[list[ContactView], list[Excluded]]:
    """Keep the contacts postal mail may reach; list the others with their reason."""
    return split_by_oracle(uow, contacts, Channel.POST)
