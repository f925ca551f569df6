"""Subcommands: ``duplicates`` (scan), ``not-duplicate``, ``merge``, ``unmerge``, ``merges``."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from desktop_crm.cli.common import add_command, emit, open_database, stderr_is_terminal
from desktop_crm.cli.labels import say
from desktop_crm.cli.numbers import LARGEST, between
from desktop_crm.domain.matching import (
    COMPANY_FIELDS,
    CONTACT_FIELDS,
    STRONG_RULES,
    MatchMode,
    RecordKind,
    default_settings,
    evidence_settings,
    settings_from,
)


def _csv(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _french_reason(exc: ValueError) -> str:
    """The matching settings' refusal (``domain/matching.py``, English) in French."""
    text = str(exc)
    found = re.fullmatch(r"unknown field '(.*)' for (contact|company)s", text, re.S)
    if found:
        kind = "les contacts" if found[2] == "contact" else "les sociétés"
        return f"champ inconnu « {found[1]} » pour {kind}"
    found = re.fullmatch(r"unknown strong rule '(.*)'", text, re.S)
    if found:
        return f"règle forte inconnue « {found[1]} »"
    if text == "choose one to three fields to compare":
        return "choisissez un à trois champs à comparer"
    return text


def _kind(args: argparse.Namespace) -> RecordKind:
    return RecordKind.COMPANY if args.companies else RecordKind.CONTACT


def _scan(args: argparse.Namespace) -> int:
    from desktop_crm.services.duplicates.scan import scan

    kind = _kind(args)
    defaults = default_settings(kind)
    fields = _csv(args.fields) if args.fields else [r.field for r in defaults.rules]
    strong = _csv(args.strong) if args.strong is not None else list(defaults.strong)
    try:
        if args.fields or args.mode or args.strong is not None or kind is RecordKind.COMPANY:
            mode = MatchMode(args.mode or "fuzzy")
            settings = settings_from(fields, mode, args.threshold, kind, strong)
        else:
            # No fields chosen: every field both records fill, weighted from this database.
            settings = evidence_settings(kind, args.threshold)
    except ValueError as exc:
        from desktop_crm.domain.errors import DomainError

        raise DomainError(
            say(
                f"{exc}. Fields: {', '.join(CONTACT_FIELDS)} (contacts), "
                f"{', '.join(COMPANY_FIELDS)} (companies); strong rules: "
                f"{', '.join(STRONG_RULES)}.",
                f"Réglage refusé ({_french_reason(exc)}). Champs : "
                f"{', '.join(CONTACT_FIELDS)} (contacts), "
                f"{', '.join(COMPANY_FIELDS)} (sociétés) ; règles fortes : "
                f"{', '.join(STRONG_RULES)}.",
            ),
            code="invalid",
        ) from exc
    db = open_database(args)
    show = stderr_is_terminal() and not getattr(args, "json", False)

    def progress(done: int, total: int, _phase: str) -> None:
        if show and total:
            print(f"\r{100 * done // total:3d} %", end="", file=sys.stderr, flush=True)

    with db.uow(write=False) as uow:
        result = scan(uow, settings, progress=progress)
    if show:
        print("\r", end="", file=sys.stderr)
    pairs = result.pairs[: args.limit] if args.limit else result.pairs
    groups = result.groups[: args.limit] if args.limit else result.groups
    data = {
        "pairs": [
            {"a": p.a, "b": p.b, "score": p.score, "reasons": list(p.reasons)} for p in pairs
        ],
        "groups": [{"ids": list(g.ids), "keep": g.keep, "score": g.score} for g in groups],
    }

    def text() -> str:
        from desktop_crm.cli.import_texts import pair_reasons

        noun = (
            say("companies scanned", "sociétés examinées")
            if args.companies
            else say("contacts scanned", "contacts examinés")
        )
        how = (
            say("all evidence", "tous les indices")
            if result.evidence
            else say("fields ", "champs ") + ",".join(fields)
        )
        lines = [
            say(
                f"{len(result.pairs)} candidate pairs in {len(result.groups)} groups "
                f"({result.records} {noun}, {result.compared} pairs compared; {how}).",
                f"{len(result.pairs)} paire(s) candidate(s) dans {len(result.groups)} "
                f"groupe(s) ({result.records} {noun}, {result.compared} paires "
                f"comparées ; {how}).",
            )
        ]
        for g in groups:
            labels = {i: lab for p in g.pairs for i, lab in ((p.a, p.a_label), (p.b, p.b_label))}
            lines.append(
                f"{g.score:3d}  "
                + "  ~  ".join(
                    f"#{i} {labels.get(i, '')}"
                    + (say(" (keep)", " (à garder)") if i == g.keep else "")
                    for i in g.ids
                )
            )
            for p in g.pairs:
                if len(g.ids) > 2:
                    lines.append(f"       #{p.a} ~ #{p.b}: {p.score}")
                lines += [f"       {reason}" for reason in pair_reasons(p.reasons, p.parts)]
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def _not_duplicate(args: argparse.Namespace) -> int:
    from desktop_crm.services.duplicates.scan import forget_not_duplicate, mark_not_duplicate

    db = open_database(args)
    db.run(forget_not_duplicate if args.undo else mark_not_duplicate, args.a, args.b, _kind(args))
    emit(
        args,
        {"a": min(args.a, args.b), "b": max(args.a, args.b), "excluded": not args.undo},
        say(
            f"#{args.a} and #{args.b} may be proposed again.",
            f"n° {args.a} et n° {args.b} pourront être proposés à nouveau.",
        )
        if args.undo
        else say(
            f"#{args.a} and #{args.b} will not be proposed again.",
            f"n° {args.a} et n° {args.b} ne seront plus proposés comme doublons.",
        ),
    )
    return 0


def _merge(args: argparse.Namespace) -> int:
    from desktop_crm.services.duplicates.merge import merge_companies, merge_contacts

    db = open_database(args)
    fn = merge_companies if args.companies else merge_contacts
    result = db.run(fn, args.keep, args.others).value
    data: dict[str, Any] = {
        "merge_id": result.merge_id,
        "kind": result.kind,
        "kept": result.kept_id,
        "merged": list(result.merged_ids),
        "moved": result.moved,
        "note_id": result.note_id,
    }
    moved = ", ".join(f"{n} {t}" for t, n in result.moved.items()) or say("nothing", "rien")
    merged = ", ".join(f"#{i}" for i in result.merged_ids)
    emit(
        args,
        data,
        say(
            f"Merged {merged} into #{result.kept_id} (moved: {moved}). Undo with: "
            f"desktop-crm unmerge {result.merge_id}",
            f"{merged} fusionné(s) dans #{result.kept_id} (déplacé : {moved}). Pour "
            f"annuler : desktop-crm unmerge {result.merge_id}",
        ),
    )
    return 0


def _unmerge(args: argparse.Namespace) -> int:
    from desktop_crm.services.duplicates.merge import unmerge

    db = open_database(args)
    result = db.run(unmerge, args.merge_id, force=args.force).value
    records = ", ".join(f"#{i} {name}" for i, name in result.labels)
    emit(
        args,
        {
            "merge_id": result.merge_id,
            "kind": result.kind,
            "kept": result.kept_id,
            "restored": list(result.restored_ids),
            "rows_restored": result.rows_restored,
        },
        say(
            f"Undid merge {result.merge_id}: {records} are separate records again; "
            f"{result.rows_restored} moved or changed rows were put back.",
            f"Fusion {result.merge_id} annulée : {records} sont à nouveau des fiches "
            f"distinctes ; {result.rows_restored} lignes déplacées ou modifiées ont été "
            "remises en place.",
        ),
    )
    return 0


def _merges(args: argparse.Namespace) -> int:
    from desktop_crm.services.duplicates.merge import list_merges

    db = open_database(args)
    with db.uow(write=False) as uow:
        entries = list_merges(uow, limit=args.limit)
    data = {
        "merges": [
            {
                "id": m.id,
                "kind": m.kind,
                "kept": m.kept_id,
                "merged": list(m.merged_ids),
                "created_at": m.created_at.isoformat(),
                "undone_at": m.undone_at.isoformat() if m.undone_at else None,
            }
            for m in entries
        ]
    }
    emit(
        args,
        data,
        "\n".join(
            f"{m.id:5d}  {m.created_at:%Y-%m-%d %H:%M}  {m.kind} #{m.kept_id} <- "
            f"{', '.join(f'#{i}' for i in m.merged_ids)}"
            + (say("  (undone)", "  (annulée)") if m.undone_at else "")
            for m in entries
        )
        or say("No merges yet.", "Aucune fusion pour l'instant."),
    )
    return 0


def _demo_duplicates(args: argparse.Namespace) -> int:
    from desktop_crm.services.demo.duplicates import add_demo_duplicates

    db = open_database(args)
    added = db.run(add_demo_duplicates, rate=args.rate, seed=args.seed).value
    emit(
        args,
        {"contacts": added.contacts, "companies": added.companies},
        say(
            f"Added {added.contacts} look-alike contacts and {added.companies} look-alike "
            "companies; try: desktop-crm duplicates",
            f"{added.contacts} contacts et {added.companies} sociétés ressemblants ajoutés ; "
            "essayez : desktop-crm duplicates",
        ),
    )
    return 0


def register(subparsers: Any) -> None:
    scan = add_command(
        subparsers,
        "duplicates",
        _scan,
        "List likely duplicate contacts (or companies) with scores and reasons",
    )
    scan.add_argument(
        "--fields",
        help=say(
            "up to three fields to compare, comma-separated "
            f"(contacts: {','.join(CONTACT_FIELDS)}; companies: "
            f"{','.join(COMPANY_FIELDS)}). Without --fields, --mode or --strong, contacts are "
            "compared on all evidence: every field both records fill, weighted by what "
            "agreeing on it means in this database (companies: company,phone,city)",
            "jusqu'à trois champs à comparer, séparés par des virgules "
            f"(contacts : {','.join(CONTACT_FIELDS)} ; sociétés : "
            f"{','.join(COMPANY_FIELDS)}). Sans --fields, --mode ni --strong, les contacts "
            "sont comparés sur tous les indices : chaque champ rempli dans les deux fiches, "
            "pesé selon ce que son accord signifie dans cette base (sociétés : "
            "company,phone,city)",
        ),
    )
    scan.add_argument(
        "--mode",
        choices=[m.value for m in MatchMode],
        help=say(
            "how the chosen fields are compared (default: fuzzy; fields default to "
            "company,name,phone)",
            "comment les champs choisis sont comparés (par défaut : fuzzy ; champs par "
            "défaut : company,name,phone)",
        ),
    )
    scan.add_argument(
        "--threshold",
        type=between(0, 100),
        default=85,
        metavar="N",
        help=say(
            "lowest score proposed, 0-100 (default: 85)",
            "score le plus bas proposé, 0-100 (par défaut : 85)",
        ),
    )
    scan.add_argument(
        "--strong",
        metavar="RULES",
        help=say(
            "strong keys that propose a pair on their own: email,phone,siren "
            "(default: email; siren for companies; '' for none)",
            "clés fortes qui suffisent à proposer une paire : email,phone,siren "
            "(par défaut : email ; siren pour les sociétés ; '' pour aucune)",
        ),
    )
    scan.add_argument(
        "--companies",
        action="store_true",
        help=say("scan companies", "chercher parmi les sociétés"),
    )
    scan.add_argument(
        "--limit",
        type=between(0, LARGEST),
        default=0,
        help=say("print at most N pairs", "afficher au plus N paires"),
    )

    excl = add_command(
        subparsers, "not-duplicate", _not_duplicate, "Remember that two records are not duplicates"
    )
    excl.add_argument("a", type=int)
    excl.add_argument("b", type=int)
    excl.add_argument(
        "--undo", action="store_true", help=say("forget that decision", "oublier cette décision")
    )
    excl.add_argument("--companies", action="store_true")

    merge = add_command(
        subparsers,
        "merge",
        _merge,
        "Merge records into the first one (related rows follow; undoable)",
    )
    merge.add_argument("keep", type=int, metavar="KEEP_ID")
    merge.add_argument("others", type=int, nargs="+", metavar="OTHER_ID")
    merge.add_argument(
        "--companies",
        action="store_true",
        help=say("merge companies", "fusionner des sociétés"),
    )

    unmerge = add_command(subparsers, "unmerge", _unmerge, "Undo a merge exactly")
    unmerge.add_argument("merge_id", type=int, metavar="MERGE_ID")
    unmerge.add_argument(
        "--force",
        action="store_true",
        help=say(
            "undo even if the kept record was edited since",
            "annuler même si la fiche gardée a été modifiée depuis",
        ),
    )

    merges = add_command(subparsers, "merges", _merges, "List the merges (newest first)")
    merges.add_argument("--limit", type=between(1, LARGEST), default=50)

    demo = add_command(
        subparsers,
        "demo-duplicates",
        _demo_duplicates,
        "Add look-alike copies of some contacts and companies (to try the "
        "duplicate wizard on demo data)",
    )
    demo.add_argument(
        "--rate",
        type=between(0, 1, whole=False),
        default=0.04,
        help=say("share of contacts copied", "part des contacts copiés"),
    )
    demo.add_argument("--seed", type=int, default=6)
