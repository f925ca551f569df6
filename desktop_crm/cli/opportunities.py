"""``desktop-crm opportunities list|won-lost``, ``pipeline`` and ``forecast``: the same totals
as the Opportunities view, as text in the command line's language (English, or French when
the locale says so: see ``cli.labels``) or JSON (amounts as strings with 2 decimals)."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from typing import Any

from desktop_crm.cli.common import add_command, add_group_option, emit, group_id, open_database
from desktop_crm.cli.labels import cli_language
from desktop_crm.cli.labels import say as _say
from desktop_crm.cli.numbers import LARGEST, between
from desktop_crm.domain.errors import DomainError, NotFoundError
from desktop_crm.domain.opportunities import (
    DEFAULT_CURRENCY,
    STATUSES,
    OpportunityFilter,
    OpportunityRow,
    format_money,
    others_text_fr,
    round_cents,
)


def money(amount: Decimal) -> str:
    """An amount for JSON: a string with 2 decimals (exact, never a float)."""
    return f"{round_cents(amount):.2f}"


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


def row_json(row: OpportunityRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "contact_id": row.contact_id,
        "contact": row.contact_name,
        "company": row.company_name,
        "process": row.process_name,
        "stage": row.stage_name,
        "probability": row.probability,
        "amount": money(row.amount),
        "weighted": money(row.weighted),
        "currency": row.currency,
        "expected_close": row.expected_close.isoformat() if row.expected_close else None,
        "status": row.status,
    }


def _stage_ids(uow: Any, name: str | None) -> tuple[int, ...]:
    if not name:
        return ()
    from sqlalchemy import func, select

    from desktop_crm.storage.models import SalesStage

    ids = tuple(
        uow.session.scalars(
            select(SalesStage.id).where(func.lower(SalesStage.name) == name.strip().lower())
        )
    )
    if not ids:
        raise NotFoundError(
            _say(
                f"There is no sales stage named '{name}'.",
                f"Il n'y a pas d'étape de vente nommée « {name} ».",
            )
        )
    return ids


def _user_id(uow: Any, db: Any, name: str | None) -> int | None:
    if not name:
        return None
    from desktop_crm.services.activities.agenda import find_user

    return int(db.user_id or 0) if name == "me" else find_user(uow, name).id


def _process_id(uow: Any, name: str | None) -> int | None:
    if not name:
        return None
    from desktop_crm.services.opportunities.processes import find_process

    return find_process(uow, name).id


def _check_currency(uow: Any, code: str | None) -> None:
    """Refuse a currency no opportunity is in (``--currency XYZ`` said "No opportunities.",
    as if none matched the other filters); the default currency is always accepted."""
    from desktop_crm.services.opportunities.listing import currencies_in_use

    if not code or code == DEFAULT_CURRENCY:
        return
    used = currencies_in_use(uow)
    if code in used:
        return
    known = ", ".join(sorted({DEFAULT_CURRENCY, *used}))
    raise NotFoundError(
        _say(
            f"No opportunity is in {code}: give --currency one of {known} (the currencies "
            f"of the opportunities; {DEFAULT_CURRENCY} when left out).",
            f"Aucune opportunité n'est en {code} : donnez à --currency l'une de {known} (les "
            f"devises des opportunités ; {DEFAULT_CURRENCY} sans l'option).",
        )
    )


def _list(args: argparse.Namespace) -> int:
    from desktop_crm.services.opportunities.listing import list_opportunities, totals

    db = open_database(args)
    group = group_id(db, args.group)
    with db.uow(write=False) as uow:
        _check_currency(uow, args.currency)
        flt = OpportunityFilter(
            process_id=_process_id(uow, args.process),
            stage_ids=_stage_ids(uow, args.stage),
            statuses=(args.status,) if args.status != "all" else (),
            manager_id=_user_id(uow, db, args.user),
            group_id=group,
            currency=args.currency,
        )
        rows = list_opportunities(uow, flt, args.sort, 0, args.limit)
        total = totals(uow, flt)

    def text() -> str:
        if not rows:
            return _say("No opportunities.", "Aucune opportunité.")
        lines = [
            f"{r.id:>6}  {r.name[:32]:<32} {(r.contact_name or '—')[:22]:<22} "
            f"{r.company_name[:20]:<20} {r.stage_name[:20]:<20} {r.probability:>3} %  "
            f"{format_money(r.amount, r.currency):>16}  "
            f"{r.expected_close.strftime('%d/%m/%Y') if r.expected_close else '':<10}  "
            f"{_status(r.status)}"
            for r in rows
        ]
        lines.append(
            _say(
                f"{total.count} opportunity(ies) · amount "
                f"{format_money(total.amount, total.currency)} · "
                f"weighted {format_money(total.weighted, total.currency)}",
                f"{total.count} opportunité(s) · montant "
                f"{format_money(total.amount, total.currency)} · "
                f"pondéré {format_money(total.weighted, total.currency)}",
            )
            + _others_suffix(total.other_currencies)
        )
        return "\n".join(lines)

    emit(args, [row_json(r) for r in rows], text)
    return 0


def _others_json(others: Any) -> dict[str, int]:
    """``{"USD": 3}``: opportunities left out of the figures, per currency."""
    return {o.currency: o.count for o in others}


def _others_suffix(others: Any) -> str:
    text = _others_text(tuple(others))
    return f" ({text})" if text else ""


def _status(code: str) -> str:
    from desktop_crm.domain.opportunities import STATUS_LABELS_FR

    english = {"open": "Open", "won": "Won", "lost": "Lost", "inactive": "Inactive"}
    return _say(english.get(code, code), STATUS_LABELS_FR.get(code, code))


def _others_text(others: Any) -> str:
    if cli_language() == "fr":
        return others_text_fr(tuple(others))
    return ", ".join(f"{o.count} in {o.currency} not counted" for o in others)


def _pipeline(args: argparse.Namespace) -> int:
    from desktop_crm.services.opportunities.analysis import pipeline

    db = open_database(args)
    group = group_id(db, args.group)
    with db.uow(write=False) as uow:
        _check_currency(uow, args.currency)
        pid = _process_id(uow, args.process)
        flt = OpportunityFilter(
            manager_id=_user_id(uow, db, args.user), group_id=group, currency=args.currency
        )
        result = pipeline(uow, flt, pid)
    cur = result.currency
    data = {
        "process": result.process_name,
        "stages": [
            {
                "name": s.name,
                "probability": s.probability,
                "count": s.count,
                "amount": money(s.amount),
                "weighted": money(s.weighted),
            }
            for s in result.stages
        ],
        "count": result.count,
        "amount": money(result.amount),
        "weighted": money(result.weighted),
        "currency": cur,
        "other_currencies": _others_json(result.other_currencies),
    }

    def text() -> str:
        weighted = _say("weighted", "pondéré")
        lines = [_say(f"Process: {result.process_name}", f"Processus : {result.process_name}")]
        for s in result.stages:
            lines.append(
                f"  {s.name[:28]:<28} {s.probability:>3} %  {s.count:>6}  "
                f"{format_money(s.amount, cur):>18}  {weighted} {format_money(s.weighted, cur):>18}"
            )
        lines.append(
            f"  {'Total':<28}        {result.count:>6}  "
            f"{format_money(result.amount, cur):>18}  "
            f"{weighted} {format_money(result.weighted, cur):>18}"
        )
        if result.other_currencies:
            lines.append(
                _say("  Not counted: ", "  Non comptées : ") + _others_text(result.other_currencies)
            )
        return "\n".join(lines)

    emit(args, data, text)
    return 0


_PERIOD_TITLES_EN = {"month": "This month", "quarter": "This quarter", "year": "This year"}
_MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def _forecast(args: argparse.Namespace) -> int:
    from desktop_crm.domain.opportunities import PERIOD_TITLES_FR
    from desktop_crm.services.opportunities.analysis import forecast

    if not 1 <= args.months <= 60:
        raise DomainError(
            _say("--months must be between 1 and 60.", "--months doit être entre 1 et 60."),
            code="invalid",
        )
    db = open_database(args)
    group = group_id(db, args.group)
    with db.uow(write=False) as uow:
        _check_currency(uow, args.currency)
        pid = _process_id(uow, args.process)
        flt = OpportunityFilter(
            process_id=pid,
            manager_id=_user_id(uow, db, args.user),
            group_id=group,
            currency=args.currency,
        )
        result = forecast(uow, flt, args.months)
    cur = result.currency
    data = {
        "months": [
            {
                "month": m.month.strftime("%Y-%m"),
                "count": m.count,
                "amount": money(m.amount),
                "weighted": money(m.weighted),
                "overdue_count": m.overdue_count,
                "overdue_amount": money(m.overdue_amount),
            }
            for m in result.months
        ],
        # Open ones whose expected close is past: counted in the first month, to update.
        "overdue": {"count": result.overdue_count, "amount": money(result.overdue_amount)},
        "won": [
            {
                "period": w.label,
                "amount": money(w.amount),
                "count": w.count,
                "previous": money(w.previous),
                "previous_count": w.previous_count,
            }
            for w in result.won
        ],
        "currency": cur,
        "other_currencies": _others_json(result.other_currencies),
    }

    def text() -> str:
        french = cli_language() == "fr"
        weighted = "pondéré" if french else "weighted"
        lines = [_say("Forecast (expected close):", "Prévisions (clôture prévue) :")]
        for m in result.months:
            month = _MONTHS_FR[m.month.month - 1] if french else f"{m.month:%B}"
            label = f"{month} {m.month.year}"
            lines.append(
                f"  {label:<16} {m.count:>6}  {format_money(m.amount, cur):>18}  "
                f"{weighted} {format_money(m.weighted, cur):>18}"
            )
            if m.overdue_count:
                late = format_money(m.overdue_amount, cur)
                lines.append(
                    "    "
                    + _say(
                        f"of which {m.overdue_count} overdue ({late}): expected close "
                        "passed, to update",
                        f"dont {m.overdue_count} en retard ({late}) : clôture prévue "
                        "dépassée, à mettre à jour",
                    )
                )
        if result.other_currencies:
            lines.append(
                _say("  Not counted: ", "  Non comptées : ") + _others_text(result.other_currencies)
            )
        lines.append(_say("Won:", "Gagné :"))
        titles = PERIOD_TITLES_FR if french else _PERIOD_TITLES_EN
        for w in result.won:
            lines.append(
                f"  {titles.get(w.label, w.label):<16} {w.count:>6}  "
                f"{format_money(w.amount, cur):>18}  "
                + _say(
                    f"(previous {format_money(w.previous, cur)})",
                    f"(précédent {format_money(w.previous, cur)})",
                )
            )
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def _won_lost(args: argparse.Namespace) -> int:
    from desktop_crm.domain.clock import SystemClock
    from desktop_crm.services.opportunities.analysis import won_lost

    today = SystemClock().now().date()
    date_to = args.date_to or today
    date_from = args.date_from or (date_to - dt.timedelta(days=365))
    if date_from > date_to:
        raise DomainError(
            _say("--from must not be after --to.", "--from ne doit pas être après --to."),
            code="invalid",
        )
    db = open_database(args)
    db.read(_check_currency, args.currency)
    result = db.read(won_lost, date_from, date_to, args.currency or DEFAULT_CURRENCY)
    cur = result.currency

    def counted(items: Any) -> list[dict[str, Any]]:
        return [{"label": r.label, "count": r.count, "amount": money(r.amount)} for r in items]

    data = {
        "from": date_from.isoformat(),
        "to": date_to.isoformat(),
        "won": {
            "count": result.won_count,
            "amount": money(result.won_amount),
            "reasons": counted(result.won_reasons),
        },
        "lost": {
            "count": result.lost_count,
            "amount": money(result.lost_amount),
            "reasons": counted(result.lost_reasons),
            "competitors": counted(result.competitors),
        },
        "currency": cur,
        "other_currencies": _others_json(result.other_currencies),
    }

    def text() -> str:
        lines = [
            _say(
                f"From {date_from:%d/%m/%Y} to {date_to:%d/%m/%Y}",
                f"Du {date_from:%d/%m/%Y} au {date_to:%d/%m/%Y}",
            ),
            _say("Won: ", "Gagnées : ")
            + f"{result.won_count} · {format_money(result.won_amount, cur)}",
        ]
        lines += [
            f"  {r.label:<28} {r.count:>5}  {format_money(r.amount, cur)}"
            for r in result.won_reasons
        ]
        lines.append(
            _say("Lost: ", "Perdues : ")
            + f"{result.lost_count} · {format_money(result.lost_amount, cur)}"
        )
        lines += [
            f"  {r.label:<28} {r.count:>5}  {format_money(r.amount, cur)}"
            for r in result.lost_reasons
        ]
        if result.competitors:
            lines.append(_say("Competitors:", "Concurrents :"))
            lines += [
                f"  {r.label:<28} {r.count:>5}  {format_money(r.amount, cur)}"
                for r in result.competitors
            ]
        if result.other_currencies:
            lines.append(
                _say("Not counted: ", "Non comptées : ") + _others_text(result.other_currencies)
            )
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--process", metavar="NAME", help="sales process (default: the default)")
    parser.add_argument(
        "--user", metavar="LOGIN", help="only this record manager's (login, name or 'me')"
    )
    add_group_option(parser)
    _add_currency(parser)


def _add_currency(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--currency",
        metavar="CODE",
        type=_currency,
        default=None,
        help="figures in this currency (default EUR); the others are counted apart",
    )


def _currency(text: str) -> str:
    code = text.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise argparse.ArgumentTypeError(
            _say(
                "use a 3-letter currency code (EUR, USD…)",
                "utilisez un code de devise à 3 lettres (EUR, USD…)",
            )
        )
    return code


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("opportunities", help="opportunities: list, won/lost analysis")
    sub = parser.add_subparsers(dest="opportunities_command", metavar="ACTION", required=True)
    listing = add_command(
        sub, "list", _list, "opportunities with contact, stage, probability, amount, close date"
    )
    listing.add_argument(
        "--status", choices=[*STATUSES, "all"], default="open", help="status (default: open)"
    )
    listing.add_argument("--stage", metavar="NAME", help="only the opportunities at this stage")
    listing.add_argument(
        "--sort", default="expected_close", help="column to sort by, '-' for descending"
    )
    listing.add_argument(
        "--limit", type=between(1, LARGEST), default=None, help="at most this many lines"
    )
    _add_filters(listing)
    won = add_command(sub, "won-lost", _won_lost, "won and lost opportunities by reason")
    won.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    won.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    _add_currency(won)

    pipe = add_command(
        subparsers, "pipeline", _pipeline, "the funnel: open opportunities per stage of a process"
    )
    _add_filters(pipe)
    fc = add_command(
        subparsers, "forecast", _forecast, "open opportunities by month of expected close"
    )
    fc.add_argument("--months", type=int, default=12, help="months ahead (default 12)")
    _add_filters(fc)
