"""``desktop-crm analyse abc|quartiles|quadrants|pr|elasticity|maturity|rfm|inactive`` and
``desktop-crm sales import|undo|batches``: targeting analyses and the sales history."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_crm.cli.common import add_command, add_group_option, emit, open_database
from desktop_crm.cli.labels import say
from desktop_crm.cli.numbers import LARGEST, between
from desktop_crm.domain.analytics import METHODS
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.opportunities import format_money

CLASS_LABELS_FR: dict[str, str] = {
    "room": "Marge de progression",
    "reached": "Potentiel atteint",
    "no_potential": "P non renseigné",
    "sensitive": "Sensible aux contacts",
    "weak": "Peu sensible",
    "insensitive": "Insensible",
    "undefined": "Non calculable",
    "not_enough_data": "Historique insuffisant",
    "no_sales": "Aucun achat",
    "champions": "Champions",
    "loyal": "Fidèles",
    "new": "Nouveaux",
    "at_risk": "À risque",
    "hibernating": "En sommeil",
    "lost": "Perdus",
    "attention": "À suivre",
    "no_purchase": "Jamais acheté",
    "inactive": "Inactif",
    "active": "Actif",
}


def class_label(klass: str) -> str:
    return CLASS_LABELS_FR.get(klass, klass)


MARK_LABELS_FR: dict[str, str] = {
    "a_pct": "seuil A",
    "b_pct": "seuil B",
    "q1": "borne Q1/Q2",
    "q2": "médiane",
    "q3": "borne Q3/Q4",
    "p_q1": "P : borne Q1/Q2",
    "p_q2": "P : médiane",
    "p_q3": "P : borne Q3/Q4",
    "contacts": "seuil contacts",
    "revenue": "seuil CA",
}


def mark_text(key: str, value: Decimal) -> str:
    """A chart mark in French: amounts in euros, shares in %, contacts as numbers."""
    label = MARK_LABELS_FR.get(key, key)
    if key.endswith("_pct"):
        return f"{label} {value.normalize():f} %"
    if key == "contacts":
        return f"{label} {value.normalize():f}".replace(".", ",")
    return f"{label} {format_money(value)}"


def _date(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        say(
            f"'{text}' is not a date (YYYY-MM-DD or DD/MM/YYYY)",
            f"« {text} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)",
        )
    )


def _pct(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or not 0 < value <= 100:
        raise argparse.ArgumentTypeError(
            say(
                f"'{text}' is not a percentage from 0 (excluded) to 100",
                f"« {text} » n'est pas un pourcentage de 0 (exclu) à 100",
            )
        )
    return value


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value.quantize(Decimal('0.01'))}"


def _period(args: argparse.Namespace) -> Any:
    from desktop_crm.services.analytics.figures import Period

    if args.period is not None and (args.date_from or args.date_to):
        raise DomainError(
            say(
                "Give either --period or --from/--to, not both.",
                "Donnez soit --period, soit --from/--to, pas les deux.",
            ),
            code="invalid",
        )
    if args.date_from or args.date_to:
        if not (args.date_from and args.date_to):
            raise DomainError(
                say("Give both --from and --to.", "Donnez à la fois --from et --to."),
                code="invalid",
            )
        return Period(args.date_from, args.date_to)
    year = args.period if args.period is not None else dt.date.today().year - 1
    return Period.year(year)


def row_json(row: Any) -> dict[str, Any]:
    return {
        "kind": row.kind,
        "id": row.id,
        "name": row.name,
        "class": row.klass,
        "revenue": _money(row.revenue),
        "revenue_before": _money(row.revenue_before),
        "potential": _money(row.potential),
        "gap": _money(row.gap),
        "penetration_pct": None
        if row.penetration_pct is None
        else f"{row.penetration_pct.quantize(Decimal('0.1'))}",
        "contacts": row.contacts,
        "contacts_before": row.contacts_before,
        "purchases": row.purchases,
        "last_purchase": row.last_purchase.isoformat() if row.last_purchase else None,
        "last_activity": row.last_activity.isoformat() if row.last_activity else None,
        "yearly": {str(y): _money(v) for y, v in row.yearly},
        "score": row.score,
    }


def _text(result: Any, limit: int) -> str:
    spec = result.spec
    lines = [f"Analyse {spec.method} — période {spec.period.label()}"]
    if spec.group:
        lines[0] += f" — groupe {spec.group}"
    counts = result.counts()
    lines.append(
        "Classes : "
        + ", ".join(f"{class_label(k)} {n}" for k, n in counts.items() if n or k in "ABC")
    )
    if result.marks:
        lines.append("Repères : " + ", ".join(mark_text(k, v) for k, v in result.marks.items()))
    lines.append(f"CA total : {format_money(result.total_revenue)}")
    lines.append("")
    header = f"{'Client':<34} {'Classe':<24} {'CA':>14} {'CA préc.':>14} {'P':>14} {'Ctc':>4}"
    lines.append(header)
    for row in result.rows[:limit]:
        p = format_money(row.potential) if row.potential is not None else "—"
        lines.append(
            f"{row.name[:34]:<34} {class_label(row.klass)[:24]:<24} "
            f"{format_money(row.revenue):>14} {format_money(row.revenue_before):>14} "
            f"{p:>14} {row.contacts:>4}"
        )
    if len(result.rows) > limit:
        lines.append(f"… et {len(result.rows) - limit} autres (--limit, ou --json)")
    return "\n".join(lines)


def _analyse(args: argparse.Namespace) -> int:
    from desktop_crm.cli.analyse_options import check_potential_field, contact_kinds, refuse_unread
    from desktop_crm.services.analytics.groups import save_analysis_group
    from desktop_crm.services.analytics.run import CLASSES, AnalysisSpec, run_analysis

    refuse_unread(args)
    kw: dict[str, Any] = {}
    if args.potential_field:
        kw["potential_field"] = args.potential_field.strip()
    if args.kinds is not None:
        kw["contact_kinds"] = contact_kinds(args.kinds)
    if args.a is not None:
        kw["a_pct"] = args.a
    if args.b is not None:
        kw["b_pct"] = args.b
    if args.months is not None:
        kw["inactive_months"] = args.months
    if kw.get("a_pct", Decimal(80)) > kw.get("b_pct", Decimal(95)):
        raise DomainError(
            say(
                "The A threshold must not be above the B threshold (defaults: --a 80, --b 95).",
                "Le seuil A ne doit pas dépasser le seuil B (par défaut : --a 80, --b 95).",
            ),
            code="invalid",
        )
    spec = AnalysisSpec(args.method, _period(args), group=args.group, **kw)
    if args.save_group and not args.klass:
        classes = ", ".join(CLASSES[args.method])
        raise DomainError(
            say(
                "--save-group needs --class: which class becomes the group "
                f"(classes of {args.method}: {classes}).",
                "--save-group demande --class : quelle classe devient le groupe "
                f"(classes de {args.method} : {classes}).",
            ),
            code="invalid",
        )
    if args.klass and args.klass not in CLASSES[args.method]:
        from desktop_crm.domain.analytics import canonical_class

        found = canonical_class(args.method, args.klass)
        if found is None:
            classes = ", ".join(CLASSES[args.method])
            raise DomainError(
                say(
                    f"'{args.klass}' is not a class of {args.method} (classes: {classes}).",
                    f"« {args.klass} » n'est pas une classe de {args.method} "
                    f"(classes : {classes}).",
                ),
                code="invalid",
            )
        args.klass = found
    db = open_database(args)
    try:
        if args.potential_field is not None:
            db.read(check_potential_field, args.potential_field)
        result = db.read(run_analysis, spec)
        saved = None
        if args.save_group:
            saved = db.run(save_analysis_group, args.save_group, spec, args.klass).value
    finally:
        db.dispose()
    rows = result.rows if not args.klass else tuple(result.rows_of(args.klass))
    shown = type(result)(spec, rows, result.marks, result.total_revenue)
    data = {
        "method": spec.method,
        "period": {"from": spec.period.start.isoformat(), "to": spec.period.end.isoformat()},
        "group": spec.group,
        "marks": {k: str(v) for k, v in result.marks.items()},
        "counts": result.counts(),
        "total_revenue": _money(result.total_revenue),
        "rows": [row_json(r) for r in rows],
        "saved_group": None if saved is None else {"id": saved.id, "name": saved.name},
    }

    def text() -> str:
        out = _text(shown, args.limit)
        if saved is not None:
            out += f"\nGroupe dynamique « {saved.name} » créé (#{saved.id})."
        return out

    emit(args, data, text)
    return 0


def _sales_import(args: argparse.Namespace) -> int:
    from desktop_crm.services.analytics.sales_import import import_sales, parse_mapping

    mapping = parse_mapping(args.mapping)
    db = open_database(args, verify=True)
    try:
        report = db.run(
            import_sales, args.file, mapping=mapping, dry_run=args.dry_run, sheet=args.sheet
        ).value
    finally:
        db.dispose()
    data = {
        "file": report.file,
        "columns": report.columns,
        "rows_read": report.rows_read,
        "imported": report.imported,
        "total": _money(report.total),
        "dry_run": report.dry_run,
        "batch_id": report.batch_id,
        "problem_count": report.problem_count,
        "problems": [
            {"row": p.row, "code": p.code, "value": p.value, "message": p.message}
            for p in report.problems
        ],
    }

    def text() -> str:
        cols = ", ".join(f"{k} ← « {v} »" for k, v in report.columns.items())
        good = report.rows_read - report.problem_count
        lines = [f"Colonnes : {cols}", f"Lignes lues : {report.rows_read}"]
        if report.dry_run:
            lines.append(
                f"Essai : {good} ligne(s) seraient importées ({format_money(report.total)}), "
                "rien n'a été écrit."
            )
        else:
            lines.append(
                f"{report.imported} ligne(s) importées ({format_money(report.total)}), "
                f"lot #{report.batch_id} (annuler : desktop-crm sales undo {report.batch_id})."
                if report.batch_id
                else "Aucune ligne importée."
            )
        if report.problem_count:
            lines.append(f"{report.problem_count} ligne(s) écartées :")
            lines += [f"  ligne {p.row} : {p.message}" for p in report.problems]
        return "\n".join(lines)

    emit(args, data, text)
    return 1 if report.problem_count and not report.imported and not report.dry_run else 0


def _sales_undo(args: argparse.Namespace) -> int:
    from desktop_crm.services.analytics.sales_import import undo_sales_import

    db = open_database(args)
    try:
        removed = db.run(undo_sales_import, args.batch).value
    finally:
        db.dispose()
    emit(
        args,
        {"batch_id": args.batch, "removed": removed},
        f"Import de ventes #{args.batch} annulé : {removed} ligne(s) supprimées.",
    )
    return 0


def _sales_batches(args: argparse.Namespace) -> int:
    from desktop_crm.services.analytics.sales_import import sales_batches

    db = open_database(args)
    try:
        batches = db.read(sales_batches)
    finally:
        db.dispose()
    data = [
        {
            "id": b.id,
            "created_at": b.created_at.isoformat(),
            "file": b.file_name,
            "lines": b.lines,
            "undone": b.undone,
        }
        for b in batches
    ]
    text = "\n".join(
        f"#{b.id}  {b.created_at:%d/%m/%Y %H:%M}  {b.file_name}  {b.lines} ligne(s)"
        + ("  (annulé)" if b.undone else "")
        for b in batches
    )
    emit(args, data, text or "Aucun import de ventes.")
    return 0


def register(subparsers: Any) -> None:
    analyse = add_command(
        subparsers,
        "analyse",
        _analyse,
        "targeting analyses: ABC (20/80), quartiles, profitability quadrants, P-R, "
        "elasticity, maturity, RFM, inactive clients",
    )
    analyse.add_argument("method", choices=METHODS)
    analyse.add_argument(
        "--period",
        type=between(1900, 2200),
        metavar="YEAR",
        help="a calendar year (default: last year)",
    )
    analyse.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    analyse.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    add_group_option(analyse)
    analyse.add_argument("--class", dest="klass", metavar="CLASS", help="only this class")
    analyse.add_argument(
        "--save-group",
        metavar="NAME",
        help="save --class as a dynamic group that re-runs the analysis when opened",
    )
    analyse.add_argument(
        "--potential-field",
        metavar="NAME",
        help="number field holding P, shown by every method; pr and quartiles class by it "
        "(default potentiel_ca)",
    )
    analyse.add_argument(
        "--kinds",
        metavar="K1,K2",
        help="history kinds that count as contacts made, shown by every method; quadrants "
        "and elasticity class by them (e.g. call_reached,meeting_held)",
    )
    analyse.add_argument("--a", type=_pct, metavar="PCT", help="ABC: A threshold (default 80)")
    analyse.add_argument("--b", type=_pct, metavar="PCT", help="ABC: B threshold (default 95)")
    analyse.add_argument(
        "--months", type=between(1, 1200), help="inactive: months without anything (6)"
    )
    analyse.add_argument(
        "--limit", type=between(1, LARGEST), default=50, help="rows shown as text (50)"
    )

    sales = subparsers.add_parser("sales", help="sales history: import, undo, batches")
    sub = sales.add_subparsers(dest="sales_command", metavar="ACTION", required=True)
    imp = add_command(sub, "import", _sales_import, "import a sales history file (CSV/XLSX)")
    imp.add_argument("file")
    imp.add_argument(
        "--mapping",
        metavar="FIELD=HEADER,…",
        help="columns: reference, company, contact, date, amount, family",
    )
    imp.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    imp.add_argument("--sheet", metavar="NAME", help="the XLSX sheet (default: the first)")
    undo = add_command(sub, "undo", _sales_undo, "undo a sales import (deletes its lines)")
    undo.add_argument("batch", type=int)
    add_command(sub, "batches", _sales_batches, "the sales imports")
