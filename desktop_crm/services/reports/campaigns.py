"""The campaign report: one campaign's return on investment, or every campaign side by side.

Figures come from ``services/campaigns/figures.py`` (the same as the dashboard and
``desktop-crm campaigns report``); a figure that cannot be computed is left empty and a note
says why.
"""

from __future__ import annotations

import datetime as dt

from desktop_crm.domain.campaigns import (
    AMOUNTS_HIDDEN,
    CHANNEL_LABELS_EN,
    CHANNEL_LABELS_FR,
    COST_KIND_LABELS_EN,
    COST_KIND_LABELS_FR,
    REASONS_EN,
    REASONS_FR,
    CampaignFigures,
)
from desktop_crm.domain.reports import Cell, Figure, ReportDocument, ReportParams, ReportSpec, pick
from desktop_crm.services.campaigns.figures import campaign_overview
from desktop_crm.services.campaigns.records import campaign_id_by_name, get_campaign
from desktop_crm.services.reports.tables import ColumnSpec, report_time, table
from desktop_crm.storage.uow import UnitOfWork

CAMPAIGN_SPEC = ReportSpec(
    name="campaigns",
    title_en="Campaign report",
    title_fr="Rapport de campagne",
    description_en="Targets, responses, meetings, sales, margin, cost, ROI and break-even "
    "of one campaign, or of every campaign side by side",
    description_fr="Cibles, réponses, rendez-vous, ventes, marge, coût, ROI et seuil de "
    "rentabilité d'une campagne, ou de toutes les campagnes côte à côte",
)

# (key, English, French, kind): the figures in the order every table shows them.
FIGURE_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("targets", "Targets", "Cibles", "int"),
    ("sent", "Sent", "Envoyés", "int"),
    ("responses", "Responses", "Réponses", "int"),
    ("response_rate", "Response rate", "Taux de réponse", "percent"),
    ("meetings", "Meetings", "Rendez-vous", "int"),
    ("opportunities", "Opportunities", "Opportunités", "int"),
    ("won", "Won", "Gagnées", "int"),
    ("revenue", "Revenue", "Chiffre d'affaires", "money"),
    ("margin", "Margin", "Marge", "money"),
    ("cost", "Cost", "Coût", "money"),
    ("cost_per_response", "Cost per response", "Coût par réponse", "money"),
    ("cost_per_sale", "Cost per sale", "Coût par vente", "money"),
    ("roi", "ROI", "ROI", "percent"),
    ("breakeven", "Break-even (sales)", "Seuil de rentabilité (ventes)", "int"),
)


# Shorter headings for the side-by-side table, whose columns are narrow.
SHORT: dict[str, tuple[str, str]] = {
    "response_rate": ("Rate", "Taux"),
    "meetings": ("Meetings", "RDV"),
    "opportunities": ("Opport.", "Opport."),
    "cost_per_response": ("Cost / response", "Coût / réponse"),
    "cost_per_sale": ("Cost / sale", "Coût / vente"),
    "breakeven": ("Break-even", "Seuil"),
}


def figure_value(f: CampaignFigures, key: str) -> Cell:
    """One figure by its key; rates and ROI as fractions (the writers show percents)."""
    value: Cell = getattr(f, key)
    return value


def _notes(language: str, name: str, f: CampaignFigures) -> list[str]:
    reasons = REASONS_FR if language.startswith("fr") else REASONS_EN
    labels = {key: pick(language, en, fr) for key, en, fr, _ in FIGURE_ROWS}
    return [
        f"{name} — {labels[key]} : {reasons[code]}"
        for key, code in f.reasons.items()
        if code != AMOUNTS_HIDDEN  # said once for the whole report (_hidden_note)
    ]


def _hidden_note(language: str, f: CampaignFigures) -> list[str]:
    """One line when the role may not see sales amounts (Restricted)."""
    if not f.amounts_hidden:
        return []
    return [
        pick(
            language,
            "Revenue, margin, ROI and break-even are hidden for your role.",
            "Le chiffre d'affaires, la marge, le ROI et le seuil sont masqués pour votre rôle.",
        )
    ]


def build_campaign_report(uow: UnitOfWork, params: ReportParams) -> ReportDocument:
    """One campaign (``params.campaign``: its name or #ID) or, when None, all of them."""
    lang = params.language
    channels = CHANNEL_LABELS_FR if lang.startswith("fr") else CHANNEL_LABELS_EN
    if params.campaign:
        campaign_id = campaign_id_by_name(uow, params.campaign)
        overview = campaign_overview(uow, [campaign_id])
        row = overview.rows[0]
        card = get_campaign(uow, campaign_id)
        f = row.figures
        figures = tuple(
            Figure(pick(lang, en, fr), figure_value(f, key), kind)  # type: ignore[arg-type]
            for key, en, fr, kind in FIGURE_ROWS
        )
        kinds = COST_KIND_LABELS_FR if lang.startswith("fr") else COST_KIND_LABELS_EN
        costs = table(
            lang,
            ("Costs", "Coûts"),
            (
                ("label", "Cost", "Poste", "text", 3),
                ("kind", "Kind", "Nature", "text", 2),
                ("quantity", "Quantity", "Quantité", "decimal", 1),
                ("unit_cost", "Unit cost", "Coût unitaire", "money", 1.5),
                ("amount", "Amount", "Montant", "money", 1.5),
            ),
            (
                (c.label, kinds.get(c.kind, c.kind), c.quantity.normalize(), c.unit_cost, c.amount)
                for c in card.costs
            ),
            (pick(lang, "Total", "Total"), None, None, None, card.total_cost),
        )
        brief = table(
            lang,
            ("Brief", "Brief"),
            (("what", "", "", "text", 1), ("value", "", "", "text", 3)),
            (
                (pick(lang, "Channel", "Canal"), channels.get(card.channel, card.channel)),
                (pick(lang, "Objective", "Objectif"), card.objective or ""),
                (pick(lang, "Target group", "Groupe cible"), card.target_group or ""),
                (pick(lang, "Message", "Message"), card.template_name or ""),
                (pick(lang, "Owner", "Responsable"), card.owner or ""),
            ),
        )
        return ReportDocument(
            name=CAMPAIGN_SPEC.name,
            title=f"{pick(lang, CAMPAIGN_SPEC.title_en, CAMPAIGN_SPEC.title_fr)} — {card.name}",
            population=_period(lang, card.start_date, card.end_date)
            or pick(lang, "No dates set", "Sans dates"),
            generated_at=report_time(),
            figures=figures,
            tables=(brief, costs),
            notes=tuple(_hidden_note(lang, f) + _notes(lang, card.name, f)),
        )

    overview = campaign_overview(uow)
    widths = {"int": 0.75, "percent": 1.15, "money": 1.3}
    columns: tuple[ColumnSpec, ...] = (
        ("campaign", "Campaign", "Campagne", "text", 2.2),
        ("channel", "Channel", "Canal", "text", 1.4),
        ("start", "Start", "Début", "date", 1.5),
        *(
            (key, *SHORT.get(key, (en, fr)), kind, widths.get(kind, 1.0))  # type: ignore[arg-type]
            for key, en, fr, kind in FIGURE_ROWS
        ),
    )
    rows = tuple(
        (
            r.name,
            channels.get(r.channel, r.channel),
            r.start_date,
            *(figure_value(r.figures, key) for key, *_ in FIGURE_ROWS),
        )
        for r in overview.rows
    )
    totals = (
        pick(lang, "All campaigns", "Toutes les campagnes"),
        None,
        None,
        *(figure_value(overview.total, key) for key, *_ in FIGURE_ROWS),
    )
    notes: list[str] = _hidden_note(lang, overview.total)
    for r in overview.rows:
        notes += _notes(lang, r.name, r.figures)
    return ReportDocument(
        name=CAMPAIGN_SPEC.name,
        title=pick(lang, "Campaigns compared", "Comparaison des campagnes"),
        population=pick(lang, f"{len(rows)} campaign(s)", f"{len(rows)} campagne(s)"),
        generated_at=report_time(),
        figures=tuple(
            Figure(pick(lang, en, fr), figure_value(overview.total, key), kind)  # type: ignore[arg-type]
            for key, en, fr, kind in FIGURE_ROWS
            if key in ("targets", "responses", "won", "revenue", "margin", "cost", "roi")
        ),
        tables=(table(lang, None, columns, rows, totals),),
        notes=tuple(notes),
    )


def _period(language: str, start: dt.date | None, end: dt.date | None) -> str:
    def day(value: dt.date) -> str:
        return value.strftime("%d/%m/%Y") if language.startswith("fr") else value.isoformat()

    if start and end:
        return f"{day(start)} – {day(end)}"
    if start:
        return pick(language, f"From {day(start)}", f"À partir du {day(start)}")
    return ""
