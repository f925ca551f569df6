"""The reports the app offers, in menu order: each a ``ReportSpec`` and its builder.

The Reports menu, the reports view and ``desktop-crm report --list`` are all built from
``REPORTS``, so a report registered here (campaigns, referrals…) appears everywhere at once.
A builder is ``fn(uow, params, control=None) -> ReportDocument``: it reads, never writes.
Builders written ``fn(uow, params)`` (without the control) are accepted too.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable

from desktop_crm.domain.errors import NotFoundError
from desktop_crm.domain.progress import TaskControl
from desktop_crm.domain.reports import ReportDocument, ReportParams, ReportSpec, pick
from desktop_crm.domain.wording import REPORT, say
from desktop_crm.services.reports import activity, campaigns, contacts, referrals, sales
from desktop_crm.services.reports.population import ReportInputError
from desktop_crm.storage.uow import UnitOfWork

REPORTS: list[tuple[ReportSpec, Callable[..., ReportDocument]]] = [
    (
        ReportSpec(
            "contacts",
            "Contact list",
            "Liste des contacts",
            "Name, company, phones, e-mail, city and status of the contacts (current lookup "
            "or group).",
            "Nom, société, téléphones, e-mail, ville et statut des contacts (recherche ou "
            "groupe en cours).",
        ),
        contacts.contact_list,
    ),
    (
        ReportSpec(
            "contact-detail",
            "Contact detail with history",
            "Fiche contact avec historique",
            "One contact's card, open activities, opportunities and whole history.",
            "La fiche d'un contact, ses activités à faire, ses opportunités et tout son "
            "historique.",
            frozenset({"contact_id"}),
        ),
        contacts.contact_detail,
    ),
    (
        ReportSpec(
            "activity",
            "Activity by period and user",
            "Activité par période et utilisateur",
            "Calls made, reached, meetings, letters and e-mails per user over a period "
            "(default: this week), with the detail.",
            "Appels passés, joints, rendez-vous, lettres et e-mails par utilisateur sur une "
            "période (par défaut : cette semaine), avec le détail.",
            frozenset({"period"}),
        ),
        activity.history_by_user,
    ),
    (
        ReportSpec(
            "activities-due",
            "Activities due and overdue by user",
            "Activités à faire et en retard par utilisateur",
            "Open activities late, due today and in the coming days, per user.",
            "Activités non soldées en retard, du jour et des prochains jours, par utilisateur.",
        ),
        activity.activities_due,
    ),
    (
        ReportSpec(
            "opportunities",
            "Opportunity list",
            "Liste des opportunités",
            "Every opportunity with its stage, amount, weighted amount and expected close.",
            "Toutes les opportunités avec étape, montant, montant pondéré et clôture prévue.",
        ),
        sales.opportunity_list,
    ),
    (
        ReportSpec(
            "pipeline",
            "Pipeline by stage",
            "Pipeline par étape",
            "Open opportunities per stage: count, amount and weighted amount.",
            "Opportunités ouvertes par étape : nombre, montant et montant pondéré.",
        ),
        sales.pipeline,
    ),
    (campaigns.CAMPAIGN_SPEC, campaigns.build_campaign_report),
    (referrals.REFERRALS_SPEC, referrals.build_referral_report),
]


def register(spec: ReportSpec, builder: Callable[..., ReportDocument]) -> None:
    """Add (or replace, by name) a report at the end of the menu."""
    for i, (known, _b) in enumerate(REPORTS):
        if known.name == spec.name:
            REPORTS[i] = (spec, builder)
            return
    REPORTS.append((spec, builder))


def list_reports() -> list[ReportSpec]:
    return [spec for spec, _builder in REPORTS]


def get(name: str) -> tuple[ReportSpec, Callable[..., ReportDocument]]:
    """The report called ``name``; NotFoundError listing the known names otherwise."""
    wanted = name.strip().casefold()
    for spec, builder in REPORTS:
        if spec.name.casefold() == wanted:
            return spec, builder
    names = ", ".join(spec.name for spec, _b in REPORTS)
    raise NotFoundError(
        say(REPORT, "There is no report named '{name}'. Reports: {names}.").format(
            name=name, names=names
        )
    )


def title(spec: ReportSpec, language: str) -> str:
    return pick(language, spec.title_en, spec.title_fr)


def description(spec: ReportSpec, language: str) -> str:
    return pick(language, spec.description_en, spec.description_fr)


NEED_TEXT = {
    "contact_id": ("a contact (--contact ID)", "un contact (--contact ID)"),
    "campaign": ("a campaign (--campaign NAME)", "une campagne (--campaign NOM)"),
    "group": ("a group (--group NAME)", "un groupe (--group NOM)"),
    "user": ("a user (--user NAME)", "un utilisateur (--user NOM)"),
}


def missing_needs(spec: ReportSpec, params: ReportParams) -> list[str]:
    """The required parameters ``params`` lacks ("period" has a default: never missing)."""
    missing = []
    for need in sorted(spec.needs):
        if need == "period":
            continue
        if (need == "contact_id" and params.contact_id is None) or (
            need in {"campaign", "group", "user"} and not getattr(params, need)
        ):
            missing.append(need)
    return missing


def check_needs(spec: ReportSpec, params: ReportParams) -> None:
    """ValidationError naming what the report needs and was not given."""
    missing = missing_needs(spec, params)
    if missing:
        lang = params.language
        what = ", ".join(pick(lang, *NEED_TEXT.get(m, (m, m))) for m in missing)
        raise ReportInputError(
            pick(
                lang,
                f"The report '{spec.name}' needs {what}.",
                f"Le rapport « {spec.name} » demande {what}.",
            )
        )


def build(
    uow: UnitOfWork, name: str, params: ReportParams, control: TaskControl | None = None
) -> ReportDocument:
    """Build the report ``name`` for ``params`` (its needs checked first)."""
    spec, builder = get(name)
    check_needs(spec, params)
    if _takes_control(builder):
        return builder(uow, params, control)
    if control is not None:
        control.check()
    return builder(uow, params)


def _takes_control(builder: Callable[..., ReportDocument]) -> bool:
    """Whether a builder accepts a third argument (the ``TaskControl``): builders written
    as ``fn(uow, params)`` are registered as they are."""
    try:
        parameters = list(inspect.signature(builder).parameters.values())
    except (TypeError, ValueError):
        return True
    positional = [
        p
        for p in parameters
        if p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]
    return len(positional) >= 3 or any(
        p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters
    )


# What each report reads besides its needs (the Reports menu asks only for these).
USES: dict[str, frozenset[str]] = {
    "contacts": frozenset({"population"}),
    "contact-detail": frozenset(),
    "activity": frozenset({"population", "period", "user"}),
    "activities-due": frozenset({"population", "user", "period_end"}),
    "opportunities": frozenset({"population", "close_period", "user"}),
    "pipeline": frozenset({"population", "user"}),
    # The campaign report: one campaign or, without one, every campaign side by side.
    "campaigns": frozenset({"campaign"}),
    "referrals": frozenset({"population"}),
}


def uses(spec: ReportSpec) -> frozenset[str]:
    """The parameters a report reads: its needs, and its options (``USES``); a report
    registered later without an entry is asked its needs, and a population unless it is
    about one contact or one campaign."""
    known = USES.get(spec.name)
    if known is None:
        known = frozenset()
        if not spec.needs & {"contact_id", "campaign"}:
            known = frozenset({"population"})
    return known | spec.needs
