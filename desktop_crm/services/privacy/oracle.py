"""The sending oracle: may this contact be contacted on this channel at this date, and why.

One rule set for every sending path (labels, envelopes, letters, e-mail merge, phoning
sessions, series steps, exports for mailing), after the CNIL (CPCE L.34-5, "La prospection
commerciale"):

- e-mail and SMS to a private person (B2C) need a prior opt-in, or the soft opt-in of an
  existing customer; to a professional address (B2B) they are allowed unless the person
  objected;
- phone and post are allowed unless the person objected, or is flagged "do not call" (the
  Bloctel-like list) / "do not mail" (or the letter came back, NPAI);
- the suppression list always wins (an address or number on it is never contacted), and an
  erased or anonymised contact never is;
- a soft opt-in lapses when the customer relationship has shown no sign for the retention
  period (3 years by default: ``soft_opt_in.lapsed``): a private person is then refused
  ("soft_opt_in_expired") until they opt in; a professional address falls back to the B2B
  rule.

``decide`` is a pure function of the contact, the channel's consent status at the date,
whether one of its values is suppressed and whether a soft opt-in has lapsed; ``decide_many``
loads those for many contacts in a few queries. Refusal reasons are stable codes
(``REFUSALS``); grounds of an allowed contact are "opt_in", "soft_opt_in",
"b2b_no_objection" and "no_objection".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desktop_crm.domain.constants import Channel, ConsentStatus
from desktop_crm.domain.contacts import ContactView
from desktop_crm.domain.emails import COMMON_DOMAINS, check_email
from desktop_crm.domain.errors import NotFoundError
from desktop_crm.domain.wording import PRIVACY, say
from desktop_crm.services.contacts.records import to_view
from desktop_crm.services.privacy import consent, soft_opt_in, suppression
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import UnitOfWork

# Consumer mailbox providers: an address there belongs to a private person (B2C rules).
PERSONAL_DOMAINS = frozenset(COMMON_DOMAINS) | {"googlemail.com", "gmx.de"}
# An erasure that keeps the row (anonymisation) marks it so; such a contact is never contacted.
ERASED_ID_STATUS = "erased"
_CONSENTED = {ConsentStatus.OPT_IN.value, ConsentStatus.SOFT_OPT_IN.value}
_CHUNK = 900

REFUSALS = (
    "erased",
    "suppressed",
    "opted_out",
    "no_consent",
    "soft_opt_in_expired",
    "no_email",
    "do_not_email",
    "email_malformed",
    "email_invalid",
    "no_phone",
    "no_mobile",
    "do_not_call",
    "do_not_mail",
    "npai",
    "no_address",
)

# The contact's values checked against the suppression list, per channel: (list, field).
SUPPRESSION_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    Channel.EMAIL.value: (("email", "email"),),
    Channel.PHONE.value: (
        ("phone", "phone_business"),
        ("phone", "phone_mobile"),
        ("phone", "phone_home"),
    ),
    Channel.SMS.value: (("sms", "phone_mobile"), ("phone", "phone_mobile")),
    Channel.POST.value: (),
}


@dataclass(frozen=True)
class Decision:
    """The oracle's answer for one contact and channel."""

    contact_id: int
    channel: str
    allowed: bool
    reason: str  # a refusal code, or the ground on which contacting is allowed
    b2b: bool
    status: str  # the channel's consent status at the date ("unknown" when none)


def is_professional(contact: ContactView) -> bool:
    """A work address at a company (B2B rules) rather than a private person's mailbox."""
    if not (contact.company_id or contact.company_name) or not contact.email:
        return False
    domain = contact.email.rsplit("@", 1)[-1].casefold()
    return domain not in PERSONAL_DOMAINS


def is_b2b(contact: ContactView, channel: str) -> bool:
    """Whether the professional (B2B) rules apply on ``channel``."""
    if channel == Channel.EMAIL.value:
        return is_professional(contact)
    return bool(contact.company_id or contact.company_name)


def is_erased(contact: ContactView) -> bool:
    return (contact.id_status or "").strip().casefold() == ERASED_ID_STATUS


def _refusal(
    contact: ContactView, channel: str, status: str, suppressed: bool, lapsed: bool = False
) -> str | None:
    if is_erased(contact):
        return "erased"
    if channel == Channel.EMAIL.value:
        if not contact.email:
            return "no_email"
        if contact.do_not_email:
            return "do_not_email"
        if not check_email(contact.email).ok:
            return "email_malformed"  # imported or typed as is: never sent, so never bounced
        if contact.email_invalid:
            return "email_invalid"
    elif channel == Channel.SMS.value:
        if not contact.phone_mobile:
            return "no_mobile"
    elif channel == Channel.PHONE.value:
        if not (contact.phone_business or contact.phone_mobile or contact.phone_home):
            return "no_phone"
        if contact.do_not_call:
            return "do_not_call"
    elif channel == Channel.POST.value:
        if contact.do_not_mail:
            return "do_not_mail"
        if contact.npai:
            return "npai"
    else:
        raise ValueError(f"Unknown channel {channel!r}.")
    if suppressed:
        return "suppressed"
    if status == ConsentStatus.OPT_OUT.value:
        return "opted_out"
    b2c = not is_b2b(contact, channel)
    if channel in (Channel.EMAIL.value, Channel.SMS.value) and b2c and status not in _CONSENTED:
        return "no_consent"
    if channel in (Channel.EMAIL.value, Channel.SMS.value) and b2c and lapsed:
        return "soft_opt_in_expired"  # a customer of long ago: ask again, do not send
    if channel == Channel.POST.value and (
        not (contact.city or contact.cedex)
        or not (contact.address1 or contact.address2 or contact.address3)
    ):
        return "no_address"
    return None


def decide(
    contact: ContactView,
    channel: str,
    status: str | None = None,
    suppressed: bool = False,
    lapsed: bool = False,
) -> Decision:
    """The rule itself (pure): ``status`` is the channel's consent at the date in question,
    ``suppressed`` whether one of the contact's values for the channel is on the list,
    ``lapsed`` whether that status is a soft opt-in whose relationship has lapsed."""
    channel = Channel(channel).value
    status = status or ConsentStatus.UNKNOWN.value
    b2b = is_b2b(contact, channel)
    lapsed = lapsed and status == ConsentStatus.SOFT_OPT_IN.value
    refusal = _refusal(contact, channel, status, suppressed, lapsed)
    if refusal is not None:
        return Decision(contact.id, channel, False, refusal, b2b, status)
    if status in _CONSENTED and not lapsed:
        ground = status
    elif channel in (Channel.EMAIL.value, Channel.SMS.value):
        ground = "b2b_no_objection"
    else:
        ground = "no_objection"
    return Decision(contact.id, channel, True, ground, b2b, status)


def _as_datetime(at: dt.date | dt.datetime | None) -> dt.datetime | None:
    if at is None or isinstance(at, dt.datetime):
        return at
    return dt.datetime.combine(at, dt.time.max)  # the whole day counts


def load_contacts(uow: UnitOfWork, contact_ids: Sequence[int]) -> list[ContactView]:
    ids = list(dict.fromkeys(contact_ids))
    found: dict[int, ContactView] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        found.update(
            (c.id, to_view(c))
            for c in uow.session.scalars(select(Contact).where(Contact.id.in_(part)))
        )
    return [found[i] for i in ids if i in found]


def decide_many(
    uow: UnitOfWork,
    contacts: Sequence[ContactView] | Sequence[int],
    channel: str | Channel,
    at: dt.date | dt.datetime | None = None,
) -> dict[int, Decision]:
    """The decision for each contact (views or ids) on ``channel`` at ``at`` (default now):
    the consent ledger's status at that date and the suppression list, read in batches."""
    channel = Channel(channel).value
    views = [c for c in contacts if isinstance(c, ContactView)]
    ids = [c for c in contacts if isinstance(c, int)]
    if ids:
        views += load_contacts(uow, ids)
    statuses, suppressed = _facts(uow, views, channel, at)
    stale = soft_opt_in.lapsed(uow, statuses, channel, _as_datetime(at))
    return {
        view.id: decide(
            view, channel, statuses.get(view.id), view.id in suppressed, view.id in stale
        )
        for view in views
    }


def _facts(
    uow: UnitOfWork,
    views: Sequence[ContactView],
    channel: str,
    at: dt.date | dt.datetime | None = None,
) -> tuple[dict[int, str], set[int]]:
    """The channel's consent status per contact at ``at``, and the contacts with a value on
    the suppression list."""
    statuses = consent.statuses_at(uow, [v.id for v in views], channel, _as_datetime(at))
    hits: dict[str, set[str]] = {}
    for list_channel, name in SUPPRESSION_FIELDS[channel]:
        values = [getattr(v, name) for v in views]
        hits.setdefault(list_channel, set()).update(
            suppression.suppressed_values(uow, list_channel, values)
        )
    suppressed = {
        view.id
        for view in views
        if any(
            getattr(view, name) and getattr(view, name) in hits.get(list_channel, set())
            for list_channel, name in SUPPRESSION_FIELDS[channel]
        )
    }
    return statuses, suppressed


def may_contact(
    uow: UnitOfWork, contact_id: int, channel: str | Channel, at: dt.date | None = None
) -> Decision:
    """The decision for one contact (a phoning session's next call, a card's button)."""
    decisions = decide_many(uow, [contact_id], channel, at)
    if contact_id not in decisions:
        raise NotFoundError(say(PRIVACY, "Contact #{id} does not exist.").format(id=contact_id))
    return decisions[contact_id]


def refused_channels(uow: UnitOfWork, contact_ids: Sequence[int]) -> dict[int, set[str]]:
    """Per contact, the channels refused because of an objection, the suppression list or an
    erasure (what a series step must respect whatever else the card says)."""
    out: dict[int, set[str]] = {}
    views = load_contacts(uow, contact_ids)
    for channel in Channel:
        statuses, suppressed = _facts(uow, views, channel.value)
        for view in views:
            if (
                is_erased(view)
                or view.id in suppressed
                or statuses.get(view.id) == ConsentStatus.OPT_OUT.value
            ):
                out.setdefault(view.id, set()).add(channel.value)
    return out
