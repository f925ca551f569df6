"""A phoning session over a group or a campaign's targets: who to call, in which order, who is
left out and why, the call sheet of each contact, logging a call with one key, and where the
caller stopped (kept per user in ``app_setting``, so the next session resumes there).

Who may be called is decided in ONE place, ``skip_reasons``: "do not call", a phone opt-out,
a number on the suppression list, no phone number at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desktop_crm.domain.campaigns import STATUS_SENT, STATUS_TARGETED
from desktop_crm.domain.constants import Channel
from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.phones import format_phone
from desktop_crm.domain.wording import CAMPAIGN, say
from desktop_crm.services.campaigns.responses import log_response
from desktop_crm.services.campaigns.sends import member_row
from desktop_crm.services.contacts.calls import CallInput, FollowUp, log_call
from desktop_crm.services.groups.groups import member_ids
from desktop_crm.services.phoning.outcomes import OUTCOMES_BY_CODE
from desktop_crm.services.privacy import oracle
from desktop_crm.storage.models import (
    AppSetting,
    Campaign,
    CampaignMember,
    Contact,
    Group,
    History,
    Note,
)
from desktop_crm.storage.uow import UnitOfWork

SKIP_DO_NOT_CALL = "do_not_call"
SKIP_OPTED_OUT = "phone_opted_out"
SKIP_SUPPRESSED = "suppressed"
SKIP_NO_PHONE = "no_phone"
SKIP_ERASED = "erased"
SKIP_REASONS: tuple[str, ...] = (
    SKIP_DO_NOT_CALL,
    SKIP_OPTED_OUT,
    SKIP_SUPPRESSED,
    SKIP_NO_PHONE,
    SKIP_ERASED,
)
# The oracle's refusal codes for the phone channel, as the session names them.
_ORACLE_SKIPS = {
    "do_not_call": SKIP_DO_NOT_CALL,
    "opted_out": SKIP_OPTED_OUT,
    "suppressed": SKIP_SUPPRESSED,
    "no_phone": SKIP_NO_PHONE,
    "erased": SKIP_ERASED,
}
END = "end"  # the stored position once the last contact was passed
_CHUNK = 500
PHONE_FIELDS = ("phone_business", "phone_mobile", "phone_home")


@dataclass(frozen=True)
class SessionTarget:
    """What the session goes through: a group's members or a campaign's targets."""

    kind: str  # "group" or "campaign"
    id: int

    def setting_key(self, user_id: int | None) -> str:
        return f"phoning/position/{user_id or 0}/{self.kind}/{self.id}"


@dataclass(frozen=True)
class Skipped:
    """A contact the session will not call, and why (one of ``SKIP_REASONS``)."""

    contact_id: int
    name: str
    reason: str


@dataclass(frozen=True)
class SessionPlan:
    """The contacts to call in order, those left out, and where to start (``position`` may
    equal the count: every contact was passed already)."""

    target: SessionTarget
    title: str
    contact_ids: tuple[int, ...]
    skipped: tuple[Skipped, ...]
    position: int
    campaign_id: int | None
    group_id: int | None

    @property
    def count(self) -> int:
        return len(self.contact_ids)


@dataclass(frozen=True)
class PhoneLine:
    """A number on the call sheet: its kind (business, mobile, home), E.164 and display."""

    kind: str
    e164: str
    display: str
    extension: str | None = None


@dataclass(frozen=True)
class SheetLine:
    """A history entry or a note on the call sheet."""

    when: dt.datetime
    kind: str
    text: str


@dataclass(frozen=True)
class CallSheet:
    """What the caller reads before and while speaking."""

    contact_id: int
    name: str
    job_title: str | None
    company: str | None
    city: str | None
    email: str | None
    status: str | None
    phones: tuple[PhoneLine, ...]
    last_reach: dt.datetime | None
    last_attempt: dt.datetime | None
    history: tuple[SheetLine, ...]
    notes: tuple[SheetLine, ...]
    member_status: str | None


@dataclass(frozen=True)
class SessionCallLogged:
    """What logging a call in the session wrote."""

    history_id: int
    activity_id: int | None
    response: str | None


def _name(first: str | None, last: str | None, company: str | None, contact_id: int) -> str:
    return " ".join(p for p in (first, last) if p) or company or f"#{contact_id}"


def skip_reasons(uow: UnitOfWork, contact_ids: Sequence[int]) -> dict[int, str]:
    """Who must not be called: contact id -> reason, for those left out.

    The sending oracle decides (``services/privacy/oracle.py``): "do not call" on the card,
    a phone objection in the consent ledger, a number on the suppression list, an erased
    person, or no phone number at all.
    """
    decisions = oracle.decide_many(uow, list(dict.fromkeys(contact_ids)), Channel.PHONE)
    return {
        cid: _ORACLE_SKIPS.get(decision.reason, SKIP_OPTED_OUT)
        for cid, decision in decisions.items()
        if not decision.allowed
    }


def _ordered(uow: UnitOfWork, ids: Sequence[int]) -> list[tuple[int, str]]:
    """``ids`` in the contact list's order (last name, first name, id), with their names."""
    rows: list[tuple[str, str, int, str]] = []
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _CHUNK):
        for cid, last_key, first_key, first, last, company in uow.session.execute(
            select(
                Contact.id,
                Contact.last_name_key,
                Contact.first_name_key,
                Contact.first_name,
                Contact.last_name,
                Contact.company_name,
            ).where(Contact.id.in_(unique[start : start + _CHUNK]))
        ):
            rows.append((last_key or "", first_key or "", cid, _name(first, last, company, cid)))
    rows.sort()
    return [(cid, name) for _l, _f, cid, name in rows]


def _target_ids(uow: UnitOfWork, target: SessionTarget) -> tuple[str, list[int], int | None]:
    """The session's title, its contacts (any order) and the campaign's id."""
    if target.kind == "group":
        group = uow.session.get(Group, target.id)
        if group is None:
            raise NotFoundError(
                say(CAMPAIGN, "Group #{id} does not exist any more.").format(id=target.id)
            )
        ids = member_ids(uow, group.id)
        if not ids:
            raise ValidationError(
                [
                    FieldProblem(
                        "group",
                        "empty",
                        f"The group '{group.name}' has no contacts: add some, or choose "
                        "another group.",
                    )
                ]
            )
        return group.name, ids, None
    if target.kind != "campaign":
        raise ValidationError([FieldProblem("target", "invalid", "Choose a group or a campaign.")])
    campaign = uow.session.get(Campaign, target.id)
    if campaign is None:
        raise NotFoundError(
            say(CAMPAIGN, "Campaign #{id} does not exist any more.").format(id=target.id)
        )
    ids = list(
        uow.session.scalars(
            select(CampaignMember.contact_id).where(CampaignMember.campaign_id == campaign.id)
        )
    )
    if campaign.target_group_id is not None:
        # The target group's members are targets too, whether or not they were reached yet.
        ids = list(dict.fromkeys([*ids, *member_ids(uow, campaign.target_group_id)]))
    if not ids:
        raise ValidationError(
            [
                FieldProblem(
                    "campaign",
                    "empty",
                    f"The campaign '{campaign.name}' has no targets and no target group with "
                    "contacts: give it a target group first.",
                )
            ]
        )
    return campaign.name, ids, campaign.id


def load_session(uow: UnitOfWork, target: SessionTarget) -> SessionPlan:
    """The session's contacts in list order, those left out, and where the caller stopped."""
    title, ids, campaign_id = _target_ids(uow, target)
    ordered = _ordered(uow, ids)
    reasons = skip_reasons(uow, [cid for cid, _name in ordered])
    callable_ids = tuple(cid for cid, _name in ordered if cid not in reasons)
    skipped = tuple(Skipped(cid, name, reasons[cid]) for cid, name in ordered if cid in reasons)
    stored = uow.session.get(AppSetting, target.setting_key(uow.user_id))
    position = 0
    if stored is not None and stored.value:
        if stored.value == END:
            position = len(callable_ids)
        elif stored.value.isdigit() and int(stored.value) in callable_ids:
            position = callable_ids.index(int(stored.value))
    return SessionPlan(
        target,
        title,
        callable_ids,
        skipped,
        position,
        campaign_id,
        target.id if target.kind == "group" else None,
    )


def save_position(uow: UnitOfWork, target: SessionTarget, next_contact_id: int | None) -> None:
    """Remember the contact to show when the session is opened again (None: all passed)."""
    key = target.setting_key(uow.user_id)
    row = uow.session.get(AppSetting, key)
    if row is None:
        row = AppSetting(key=key)
        uow.session.add(row)
    row.value = END if next_contact_id is None else str(next_contact_id)
    uow.session.flush()


def call_sheet(uow: UnitOfWork, contact_id: int, campaign_id: int | None = None) -> CallSheet:
    """The contact's card data for the caller: names, numbers, last history and notes."""
    contact = uow.session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(
            say(CAMPAIGN, "Contact #{id} does not exist any more.").format(id=contact_id)
        )
    phones = []
    for kind in PHONE_FIELDS:
        value = getattr(contact, kind)
        if value and value.strip():
            ext = contact.phone_ext if kind == "phone_business" else None
            phones.append(PhoneLine(kind, value, format_phone(value) or value, ext or None))
    history = tuple(
        SheetLine(h.occurred_at, h.type, h.regarding or h.details or "")
        for h in uow.session.scalars(
            select(History)
            .where(History.contact_id == contact.id, History.type != "field_changed")
            .order_by(History.occurred_at.desc(), History.id.desc())
            .limit(6)
        )
    )
    notes = tuple(
        SheetLine(n.noted_at, "note", n.text)
        for n in uow.session.scalars(
            select(Note)
            .where(Note.contact_id == contact.id)
            .order_by(Note.noted_at.desc(), Note.id.desc())
            .limit(3)
        )
    )
    member_status = None
    if campaign_id is not None:
        member = uow.session.get(CampaignMember, (campaign_id, contact.id))
        member_status = member.status if member is not None else None
    company = contact.company_name or (contact.company.name if contact.company else None)
    return CallSheet(
        contact.id,
        _name(contact.first_name, contact.last_name, company, contact.id),
        contact.job_title,
        company,
        contact.city,
        contact.email,
        contact.status,
        tuple(phones),
        contact.last_reach,
        contact.last_attempt,
        history,
        notes,
        member_status,
    )


def log_session_call(
    uow: UnitOfWork,
    plan: SessionPlan,
    contact_id: int,
    outcome_code: str,
    occurred_at: dt.datetime,
    today: dt.date,
    next_contact_id: int | None,
    note: str | None = None,
) -> SessionCallLogged:
    """Log the call with the outcome's history type and follow-up (as the call dialog does),
    tie it to the group or campaign, count a campaign response, and move the position on —
    all in one transaction."""
    outcome = OUTCOMES_BY_CODE.get(outcome_code)
    if outcome is None:
        raise ValidationError([FieldProblem("result", "invalid", "Choose the call's result.")])
    regarding = f"{outcome.label_fr} (phoning {plan.title})"
    follow = None
    if outcome.follow_up is not None:
        start = dt.datetime.combine(
            today + dt.timedelta(days=outcome.follow_days), dt.time(outcome.follow_hour)
        )
        follow = FollowUp(type=outcome.follow_up, start_at=start, regarding=regarding)
    logged = log_call(
        uow,
        CallInput(
            contact_id=contact_id,
            result=outcome.history,
            occurred_at=occurred_at,
            regarding=regarding,
            details=note,
            follow_up=follow,
        ),
    )
    entry = uow.session.get(History, logged.history_id)
    assert entry is not None
    if plan.group_id is not None:
        entry.group_id = plan.group_id
    if plan.campaign_id is not None:
        entry.campaign_id = plan.campaign_id
        member = member_row(uow, plan.campaign_id, contact_id)
        if member.status in (None, STATUS_TARGETED):
            member.status = STATUS_SENT
        if member.sent_at is None:
            member.sent_at = occurred_at
        if outcome.response is not None:
            log_response(
                uow,
                plan.campaign_id,
                contact_id,
                outcome.response,
                occurred_at,
                history_id=entry.id,
            )
    save_position(uow, plan.target, next_contact_id)
    uow.session.flush()
    return SessionCallLogged(logged.history_id, logged.activity_id, outcome.response)


@dataclass(frozen=True)
class SessionChoices:
    """What "Phoning session…" offers: every group (path, id) and every campaign."""

    groups: tuple[tuple[int, str], ...]
    campaigns: tuple[tuple[int, str], ...]


def session_choices(uow: UnitOfWork) -> SessionChoices:
    from desktop_crm.services.campaigns.sends import campaign_choices
    from desktop_crm.services.groups.groups import group_tree

    return SessionChoices(
        tuple((g.id, g.path) for g in group_tree(uow)),
        tuple((c.id, c.name) for c in campaign_choices(uow)),
    )
