"""``desktop-crm campaigns list|show|create|report`` and ``desktop-crm referrals``: the
campaign cards and their return on investment, as text in the command line's language
(English, or French when the locale says so: see ``cli.labels``) or JSON (amounts as
strings with 2 decimals, rates as fractions with 4 decimals, None when undefined)."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from typing import Any

from desktop_crm.cli.common import add_command, emit, open_database
from desktop_crm.cli.labels import campaign_label, cli_language
from desktop_crm.cli.labels import say as _say
from desktop_crm.domain.campaigns import (
    CHANNELS,
    REASONS_EN,
    REASONS_FR,
    CampaignFigures,
    CostLine,
    parse_amount,
)
from desktop_crm.domain.opportunities import format_money, round_cents


def money(amount: Decimal | None) -> str | None:
    return None if amount is None else f"{round_cents(amount):.2f}"


def _ratio(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.4f}"


def _date(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        _say(
            f"'{text}' is not a date (YYYY-MM-DD or DD/MM/YYYY)",
            f"« {text} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)",
        )
    )


def _amount(text: str) -> Decimal:
    try:
        return parse_amount(text)
    except ValueError as exc:
        if "positive" in str(exc):
            raise argparse.ArgumentTypeError(
                _say(
                    f"'{text}' is not a positive amount; type a number such as 1250.",
                    f"« {text} » n'est pas un montant positif ; tapez un nombre comme 1250.",
                )
            ) from None
        raise argparse.ArgumentTypeError(
            _say(
                f"'{text}' is not an amount; type a number such as 1250 or 1250,50.",
                f"« {text} » n'est pas un montant ; tapez un nombre comme 1250 ou 1250,50.",
            )
        ) from None


def _channel(text: str) -> str:
    code = text.strip().lower().replace("-", "_").replace(" ", "_")
    aliases = {"e_mail": "email", "courrier": "mail", "salon": "trade_show", "telephone": "phone"}
    code = aliases.get(code, code)
    if code not in CHANNELS:
        channels = ", ".join(CHANNELS)
        raise argparse.ArgumentTypeError(
            _say(
                f"unknown channel '{text}'; use one of: {channels}",
                f"canal inconnu « {text} » ; choisissez parmi : {channels}",
            )
        )
    return code


def _day(day: dt.date | None) -> str:
    if day is None:
        return ""
    return day.strftime("%d/%m/%Y") if cli_language() == "fr" else day.isoformat()


def _percent(value: Decimal | None) -> str:
    if value is None:
        return "—"
    text = f"{value * 100:.1f} %"
    return text.replace(".", ",") if cli_language() == "fr" else text


def figures_json(f: CampaignFigures) -> dict[str, Any]:
    return {
        "targets": f.targets,
        "sent": f.sent,
        "responses": f.responses,
        "response_rate": _ratio(f.response_rate),
        "meetings": f.meetings,
        "opportunities": f.opportunities,
        "won": f.won,
        "revenue": money(f.revenue),
        "margin": money(f.margin),
        "cost": money(f.cost),
        "cost_per_response": money(f.cost_per_response),
        "cost_per_sale": money(f.cost_per_sale),
        "roi": _ratio(f.roi),
        "breakeven": f.breakeven,
        "undefined": {name: REASONS_EN[code] for name, code in f.reasons.items()},
    }


def _why(f: CampaignFigures, name: str) -> str:
    code = f.reasons.get(name)
    if code is None:
        return ""
    return f" ({(REASONS_FR if cli_language() == 'fr' else REASONS_EN)[code]})"


def _cash(value: Decimal | None) -> str:
    return "—" if value is None else format_money(value)


def figures_text(f: CampaignFigures) -> list[str]:
    def cash(value: Decimal | None) -> str:
        return "—" if value is None else format_money(value)

    rows = [
        (_say("Targets", "Cibles"), str(f.targets)),
        (_say("Sent", "Envoyés"), str(f.sent)),
        (_say("Responses", "Réponses"), str(f.responses)),
        (
            _say("Response rate", "Taux de réponse"),
            _percent(f.response_rate) + _why(f, "response_rate"),
        ),
        (_say("Meetings", "Rendez-vous"), str(f.meetings)),
        (_say("Opportunities", "Opportunités"), str(f.opportunities)),
        (_say("Won", "Gagnées"), str(f.won)),
        (_say("Revenue", "Chiffre d'affaires"), cash(f.revenue)),
        (_say("Margin", "Marge"), cash(f.margin)),
        (_say("Cost", "Coût"), cash(f.cost)),
        (
            _say("Cost per response", "Coût par réponse"),
            cash(f.cost_per_response) + _why(f, "cost_per_response"),
        ),
        (_say("Cost per sale", "Coût par vente"), cash(f.cost_per_sale) + _why(f, "cost_per_sale")),
        ("ROI", _percent(f.roi) + _why(f, "roi")),
        (
            _say("Break-even (sales)", "Seuil de rentabilité (ventes)"),
            ("—" if f.breakeven is None else str(f.breakeven)) + _why(f, "breakeven"),
        ),
    ]
    width = max(len(label) for label, _ in rows)
    return [f"{label:<{width}}  {value}" for label, value in rows]


def _list(args: argparse.Namespace) -> int:
    from desktop_crm.services.campaigns.figures import campaign_overview

    db = open_database(args)
    overview = db.read(campaign_overview)
    data = [
        {
            "id": r.id,
            "name": r.name,
            "channel": r.channel,
            "status": r.status,
            "start_date": r.start_date.isoformat() if r.start_date else None,
            "end_date": r.end_date.isoformat() if r.end_date else None,
            "budget": money(r.budget),
            **figures_json(r.figures),
        }
        for r in overview.rows
    ]

    def text() -> str:
        if not overview.rows:
            return _say(
                "No campaigns yet. Create one with 'desktop-crm campaigns create NAME --channel "
                "mail --group GROUP'.",
                "Aucune campagne. Créez-en une avec 'desktop-crm campaigns create NOM --channel "
                "mail --group GROUPE'.",
            )
        lines = [
            f"{r.name[:34]:<34} {campaign_label('channel', r.channel)[:14]:<14} "
            f"{_day(r.start_date):<10}  {r.figures.targets:>6} "
            f"{_percent(r.figures.response_rate):>8}  {r.figures.won:>4}  "
            f"{_cash(r.figures.revenue):>14}  ROI {_percent(r.figures.roi):>9}"
            for r in overview.rows
        ]
        header = _say(
            f"{'Campaign':<34} {'Channel':<14} {'Start':<10}  {'Targets':>6} {'Rate':>8}  "
            f"{'Won':>4}  {'Revenue':>14}",
            f"{'Campagne':<34} {'Canal':<14} {'Début':<10}  {'Cibles':>6} {'Taux':>8}  "
            f"{'Gag.':>4}  {'CA':>14}",
        )
        return "\n".join([header, *lines])

    emit(args, data, text)
    return 0


def _show(args: argparse.Namespace) -> int:
    from desktop_crm.services.campaigns.records import campaign_id_by_name, get_campaign

    db = open_database(args)
    view = db.read(get_campaign, db.read(campaign_id_by_name, args.name))
    data = {
        "id": view.id,
        "name": view.name,
        "channel": view.channel,
        "status": view.status,
        "objective": view.objective,
        "start_date": view.start_date.isoformat() if view.start_date else None,
        "end_date": view.end_date.isoformat() if view.end_date else None,
        "target_group": view.target_group,
        "template": view.template_name,
        "budget": money(view.budget),
        "expected_response_rate": None
        if view.expected_response_rate is None
        else f"{view.expected_response_rate:.2f}",
        "owner": view.owner,
        "targets": view.targets,
        "costs": [
            {
                "label": c.label,
                "kind": c.kind,
                "quantity": str(c.quantity.normalize()),
                "unit_cost": str(c.unit_cost),
                "amount": money(c.amount),
            }
            for c in view.costs
        ],
        "total_cost": money(view.total_cost),
    }

    def text() -> str:
        rows = [
            (_say("Campaign", "Campagne"), view.name),
            (_say("Channel", "Canal"), campaign_label("channel", view.channel)),
            (_say("Status", "Statut"), campaign_label("status", view.status)),
            (_say("Objective", "Objectif"), view.objective or ""),
            (_say("Dates", "Dates"), f"{_day(view.start_date)} – {_day(view.end_date)}"),
            (_say("Target group", "Groupe cible"), view.target_group or ""),
            (_say("Message", "Message"), view.template_name or ""),
            (_say("Owner", "Responsable"), view.owner or ""),
            (_say("Budget", "Budget"), format_money(view.budget)),
            (
                _say("Expected response rate", "Taux de réponse attendu"),
                _percent(
                    None
                    if view.expected_response_rate is None
                    else view.expected_response_rate / 100
                ),
            ),
            (_say("Targets", "Cibles"), str(view.targets)),
        ]
        width = max(len(label) for label, _ in rows)
        lines = [f"{label:<{width}}  {value}" for label, value in rows]
        lines.append(_say("Costs:", "Coûts :"))
        for c in view.costs:
            lines.append(
                f"  {c.label[:30]:<30} {campaign_label('cost', c.kind)[:18]:<18} "
                f"{format_money(c.amount):>14}"
            )
        lines.append(f"  {_say('Total', 'Total'):<49} {format_money(view.total_cost):>14}")
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def _create(args: argparse.Namespace) -> int:
    from desktop_crm.services.campaigns.records import (
        CampaignInput,
        create_campaign,
        group_id_by_name,
    )

    db = open_database(args)
    group = db.read(group_id_by_name, args.group) if args.group else None
    costs: tuple[CostLine, ...] = ()
    if args.cost is not None and args.cost > 0:
        # Stored data speaks the team's language, like the pick lists and migration 0009.
        costs = (CostLine("Coût global", "other", Decimal(1), args.cost, args.cost),)
    data = CampaignInput(
        name=args.name,
        channel=args.channel,
        objective=args.objective,
        start_date=args.start,
        end_date=args.end,
        target_group_id=group,
        budget=args.budget or Decimal(0),
        costs=costs,
    )
    view = db.run(create_campaign, data).value
    emit(
        args,
        {"id": view.id, "name": view.name, "targets": view.targets, "cost": money(view.total_cost)},
        _say(
            f"Created campaign '{view.name}' (#{view.id}) with {view.targets} target(s).",
            f"Campagne « {view.name} » créée (n° {view.id}) avec {view.targets} cible(s).",
        ),
    )
    return 0


def _report(args: argparse.Namespace) -> int:
    from desktop_crm.services.campaigns.figures import campaign_figures
    from desktop_crm.services.campaigns.records import campaign_id_by_name

    db = open_database(args)
    campaign_id = db.read(campaign_id_by_name, args.name)
    f = db.read(campaign_figures, campaign_id)
    emit(args, {"campaign": args.name, **figures_json(f)}, lambda: "\n".join(figures_text(f)))
    return 0


def _referrals(args: argparse.Namespace) -> int:
    from desktop_crm.services.campaigns.referrals import referral_report

    db = open_database(args)
    report = db.read(referral_report)
    data = {
        "referrers": [
            {
                "contact_id": r.contact_id,
                "name": r.name,
                "company": r.company,
                "referred": r.referred,
                "clients": r.clients,
                "revenue": money(r.revenue),
            }
            for r in report.referrers
        ],
        "links": [
            {
                "referrer_id": x.referrer_id,
                "referrer": x.referrer,
                "referee_id": x.referee_id,
                "referee": x.referee,
                "client": x.client,
                "revenue": money(x.revenue),
            }
            for x in report.links
        ],
        "sources": [
            {
                "source": s.source,
                "contacts": s.contacts,
                "clients": s.clients,
                "revenue": money(s.revenue),
            }
            for s in report.sources
        ],
    }

    def text() -> str:
        if not report.referrers:
            lines = [
                _say(
                    "Nobody has recommended a contact yet.",
                    "Personne n'a encore recommandé de contact.",
                )
            ]
        else:
            lines = [
                _say(
                    f"{'Referrer':<30} {'Referred':>8} {'Clients':>8} {'Revenue':>16}",
                    f"{'Recommandé par':<30} {'Recomm.':>8} {'Clients':>8} {'CA':>16}",
                )
            ]
            lines += [
                f"{r.name[:30]:<30} {r.referred:>8} {r.clients:>8} {_cash(r.revenue):>16}"
                for r in report.referrers
            ]
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "campaigns", help="campaigns: list, show, create, return on investment"
    )
    sub = parser.add_subparsers(dest="campaigns_command", metavar="ACTION", required=True)
    add_command(sub, "list", _list, "every campaign with its targets, response rate, sales, ROI")
    show = add_command(sub, "show", _show, "a campaign's card: brief, target group, cost lines")
    show.add_argument("name", metavar="NAME", help="the campaign's name or #ID")
    create = add_command(
        sub, "create", _create, "create a campaign; the group's members become its targets"
    )
    create.add_argument("name", metavar="NAME")
    create.add_argument(
        "--channel", type=_channel, required=True, help=f"one of: {', '.join(CHANNELS)}"
    )
    create.add_argument("--group", metavar="GROUP", help="target group (name, path or #ID)")
    create.add_argument("--cost", type=_amount, metavar="AMOUNT", help="total cost (one cost line)")
    create.add_argument("--budget", type=_amount, metavar="AMOUNT", help="budget")
    create.add_argument("--start", type=_date, metavar="DATE", help="start date")
    create.add_argument("--end", type=_date, metavar="DATE", help="end date")
    create.add_argument("--objective", metavar="TEXT", help="what the campaign aims at")
    report = add_command(
        sub,
        "report",
        _report,
        "targets, responses, rate, opportunities, won, revenue, margin, cost, ROI, break-even",
    )
    report.add_argument("name", metavar="NAME", help="the campaign's name or #ID")
    from desktop_crm.cli.campaign_responses import add_response_commands

    add_response_commands(sub)
    add_command(
        subparsers,
        "referrals",
        _referrals,
        "who recommended whom: referees, clients and revenue per referrer",
    )
