"""The referral report ("Recommandé par"): referrers by revenue, who recommended whom, and
what each source of the "Recommandé par" pick list brought."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from desktop_crm.domain.campaigns import ZERO
from desktop_crm.domain.reports import Figure, ReportDocument, ReportParams, ReportSpec, pick
from desktop_crm.services.campaigns.referrals import referral_report
from desktop_crm.services.reports.tables import ColumnSpec, common, report_time, table
from desktop_crm.storage.uow import UnitOfWork

REFERRALS_SPEC = ReportSpec(
    name="referrals",
    title_en="Referral report",
    title_fr="Rapport des recommandations",
    description_en="Who recommended whom, how many of the referred became clients, the "
    "revenue brought by each referrer and by each referral source",
    description_fr="Qui a recommandé qui, combien de recommandés sont devenus clients, le "
    "chiffre d'affaires apporté par chaque parrain et par chaque origine",
)


def _referrer(width: float) -> ColumnSpec:
    return ("referrer", "Referrer", "Recommandé par", "text", width)


def _total(values: Iterable[Decimal | None]) -> Decimal | None:
    """The sum, or None (a blank cell) when the amounts are hidden from the role."""
    items = list(values)
    if any(v is None for v in items):
        return None
    return sum((v for v in items if v is not None), ZERO)


def build_referral_report(uow: UnitOfWork, params: ReportParams) -> ReportDocument:
    lang = params.language
    data = referral_report(uow)
    contacts = set(params.contact_ids) if params.contact_ids is not None else None
    if contacts is None and params.group:
        from desktop_crm.services.campaigns.records import group_id_by_name
        from desktop_crm.services.groups.groups import member_ids

        contacts = set(member_ids(uow, group_id_by_name(uow, params.group)))
    links = tuple(x for x in data.links if contacts is None or x.referee_id in contacts)
    referrers = data.referrers
    if contacts is not None:
        kept = {x.referrer_id for x in links}
        referrers = tuple(r for r in referrers if r.contact_id in kept)
    yes, no = pick(lang, "yes", "oui"), pick(lang, "no", "non")
    by_referrer = table(
        lang,
        ("Referrers", "Parrains"),
        (
            _referrer(3),
            common("company", 3),
            ("referred", "Referred", "Recommandés", "int", 1),
            ("clients", "Became clients", "Devenus clients", "int", 1),
            common("revenue", 1.5),
        ),
        ((r.name, r.company or "", r.referred, r.clients, r.revenue) for r in referrers),
        (
            pick(lang, "Total", "Total"),
            None,
            sum(r.referred for r in referrers),
            sum(r.clients for r in referrers),
            _total(r.revenue for r in referrers),
        ),
    )
    who = table(
        lang,
        ("Who recommended whom", "Qui a recommandé qui"),
        (
            _referrer(2.5),
            ("referee", "Referred contact", "Contact recommandé", "text", 2.5),
            common("company", 2.5),
            ("since", "Since", "Depuis", "date", 1.2),
            ("client", "Client", "Client", "text", 0.8),
            common("revenue", 1.5),
        ),
        (
            (
                x.referrer,
                x.referee,
                x.referee_company or "",
                x.since,
                yes if x.client else no,
                x.revenue,
            )
            for x in links
        ),
    )
    tables = [by_referrer, who]
    if contacts is None:
        tables.append(
            table(
                lang,
                ("By referral source", "Par origine (« Recommandé par »)"),
                (
                    ("source", "Source", "Origine", "text", 3),
                    ("contacts", "Contacts", "Contacts", "int", 1),
                    ("clients", "Clients", "Clients", "int", 1),
                    common("revenue", 1.5),
                ),
                ((s.source, s.contacts, s.clients, s.revenue) for s in data.sources),
            )
        )
    clients = sum(1 for x in links if x.client)
    return ReportDocument(
        name=REFERRALS_SPEC.name,
        title=pick(lang, REFERRALS_SPEC.title_en, REFERRALS_SPEC.title_fr),
        population=pick(lang, "All contacts", "Tous les contacts")
        if contacts is None
        else pick(lang, f"{len(contacts)} contact(s)", f"{len(contacts)} contact(s)"),
        generated_at=report_time(),
        figures=(
            Figure(pick(lang, "Referrers", "Parrains"), len(referrers), "int"),
            Figure(pick(lang, "Referred contacts", "Contacts recommandés"), len(links), "int"),
            Figure(pick(lang, "Became clients", "Devenus clients"), clients, "int"),
            Figure(
                pick(lang, "Revenue", "Chiffre d'affaires"),
                _total(r.revenue for r in referrers),
                "money",
            ),
        ),
        tables=tuple(tables),
    )
