"""``desktop-crm groups``: the group tree, members, saved queries and a quick count."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_crm.cli.common import add_command, emit, open_database
from desktop_crm.cli.labels import say
from desktop_crm.cli.numbers import LARGEST, between, whole_number
from desktop_crm.domain.errors import DomainError, FieldProblem, NotFoundError, ValidationError


def _ids(text: str) -> list[int]:
    try:
        return [whole_number(part) for part in text.split(",") if part.strip()]
    except argparse.ArgumentTypeError:
        raise ValidationError(
            [
                FieldProblem(
                    "ids",
                    "bad_ids",
                    say(
                        f"{text!r} is not a list of ids such as 1,2,3",
                        f"« {text} » n'est pas une liste de numéros comme 1,2,3",
                    ),
                )
            ]
        ) from None


def _shown(missing: list[int]) -> str:
    return ", ".join(str(i) for i in missing[:10]) + (", …" if len(missing) > 10 else "")


def _refuse_unknown(uow: Any, ids: list[int], removing: bool) -> list[int]:
    """Refuse the whole addition when a typed number is no contact's: a mistyped number
    (12 for 21) means the user meant another contact, whom a partial change would miss.

    A removal is refused only when no number is known (a wrong list, or the wrong
    database): otherwise the known contacts are removed and the unknown numbers returned,
    for a note. A number that is gone (a contact merged or deleted) is not in the group
    any more, and a saved list of opt-outs must not be held back by it."""
    from desktop_crm.services.groups.groups import missing_contacts

    missing = missing_contacts(uow, ids)
    if not missing or (removing and len(missing) < len(set(ids))):
        return missing
    shown = _shown(missing)
    raise NotFoundError(
        say(
            f"No contact has the number(s) {shown}: nothing was "
            + ("removed" if removing else "added")
            + ". Check the numbers (they show on the contact's card and in 'desktop-crm "
            "export') and try again.",
            f"Aucun contact n'a le(s) numéro(s) {shown} : rien n'a été "
            + ("retiré" if removing else "ajouté")
            + ". Vérifiez les numéros (ils figurent sur la fiche du contact et dans "
            "« desktop-crm export ») et réessayez.",
        )
    )


def _list(args: argparse.Namespace) -> int:
    from desktop_crm.domain.query_words import describe_query
    from desktop_crm.services.groups.describe import query_labels
    from desktop_crm.services.groups.groups import count_members, group_tree

    words: dict[int, str] = {}  # the queries in words, for the text (JSON keeps the query)

    def tree(uow: Any) -> list[dict[str, Any]]:
        labels = query_labels(uow)
        nodes = group_tree(uow)
        words.update((n.id, describe_query(n.query_text, labels)) for n in nodes)
        return [
            {
                "id": node.id,
                "parent_id": node.parent_id,
                "name": node.name,
                "path": node.path,
                "query": node.query_text,
                "include_subgroups": node.include_subgroups,
                "members": count_members(uow, node.id),
                "pinned": node.pinned,
                "excluded": node.excluded,
                "companies": node.companies,
                "depth": node.depth,
            }
            for node in nodes
        ]

    rows = open_database(args).read(tree)

    def text() -> str:
        if not rows:
            return say("No groups.", "Aucun groupe.")
        lines = []
        for row in rows:
            kind = f"  [{words.get(row['id']) or row['query']}]" if row["query"] else ""
            lines.append(f"{'  ' * row['depth']}{row['name']} ({row['members']}){kind}")
        return "\n".join(lines)

    emit(args, rows, text)
    return 0


def _create(args: argparse.Namespace) -> int:
    from desktop_crm.cli import has_surrogates, undecodable_sentence
    from desktop_crm.services.groups.groups import create_group, find_group

    if has_surrogates(args.where):  # stored: it would be kept with "?" in place of the bytes
        raise DomainError(undecodable_sentence(args.where), code="invalid")

    def create(uow: Any) -> Any:
        parent = find_group(uow, args.parent).id if args.parent else None
        return create_group(
            uow,
            args.name,
            parent_id=parent,
            query_text=args.where,
            description=args.description,
            include_subgroups=args.include_subgroups,
        )

    node = open_database(args).run(create).value
    emit(
        args,
        {"id": node.id, "path": node.path, "query": node.query_text},
        say(
            f"Created group {node.path!r} (#{node.id}).",
            f"Groupe « {node.path} » créé (n° {node.id}).",
        ),
    )
    return 0


def _add(args: argparse.Namespace) -> int:
    from desktop_crm.services.contacts.lookup import lookup_ids
    from desktop_crm.services.groups.groups import add_members, find_group

    if not args.lookup and not args.ids:
        raise ValidationError(
            [
                FieldProblem(
                    "ids",
                    "required",
                    say(
                        "Give --lookup TEXT or --ids 1,2,3",
                        "Donnez --lookup TEXTE ou --ids 1,2,3",
                    ),
                )
            ]
        )

    def add(uow: Any) -> tuple[str, int]:
        group = find_group(uow, args.name)
        if args.ids:
            ids = _ids(args.ids)
            _refuse_unknown(uow, ids, removing=False)
        else:
            ids = list(lookup_ids(uow, args.lookup))
        return group.path, add_members(uow, group.id, ids)

    path, count = open_database(args).run(add).value
    emit(
        args,
        {"group": path, "added": count},
        say(
            f"Added {count} contact(s) to {path!r}.",
            f"{count} contact(s) ajouté(s) au groupe « {path} ».",
        ),
    )
    return 0


def _remove(args: argparse.Namespace) -> int:
    from desktop_crm.services.groups.groups import find_group, remove_members

    def remove(uow: Any) -> tuple[str, int, list[int]]:
        group = find_group(uow, args.name)
        ids = _ids(args.ids)
        missing = _refuse_unknown(uow, ids, removing=True)
        return group.path, remove_members(uow, group.id, ids), missing

    path, count, missing = open_database(args).run(remove).value
    emit(
        args,
        {"group": path, "removed": count, "unknown": missing},
        say(
            f"Removed {count} contact(s) from {path!r}.",
            f"{count} contact(s) retiré(s) du groupe « {path} ».",
        ),
    )
    if missing:
        shown = _shown(missing)
        print(
            say(
                f"Note: no contact has the number(s) {shown} (mistyped, merged or deleted): "
                "they were left aside, the others were removed.",
                f"Remarque : aucun contact n'a le(s) numéro(s) {shown} (mal tapés, fusionnés "
                "ou supprimés) : ils ont été laissés de côté, les autres ont été retirés.",
            ),
            file=sys.stderr,
        )
    return 0


def _show(args: argparse.Namespace) -> int:
    from desktop_crm.services.groups.describe import query_words
    from desktop_crm.services.groups.groups import find_group, member_ids, preview_members

    def show(uow: Any) -> tuple[Any, int, list[Any], str]:
        group = find_group(uow, args.name)
        total = len(member_ids(uow, group.id))
        rows = preview_members(uow, group.id, limit=args.limit)
        return group, total, rows, query_words(uow, group.query_text)

    group, total, rows, words = open_database(args).read(show)
    data = {
        "id": group.id,
        "path": group.path,
        "query": group.query_text,
        "count": total,
        "members": [
            {"id": r.id, "name": r.name, "company": r.company, "city": r.city} for r in rows
        ],
    }

    def text() -> str:
        lines = [
            say(
                f"{group.path} (#{group.id}): {total} member(s)",
                f"{group.path} (n° {group.id}) : {total} membre(s)",
            )
        ]
        if group.query_text:
            lines.append(say(f"Query: {words}", f"Requête : {words}"))
        lines += [
            f"  #{r.id}  {r.name}" + "".join(f", {v}" for v in (r.company, r.city) if v)
            for r in rows
        ]
        if total > len(rows):
            more = total - len(rows)
            lines.append(
                say(f"  ... and {more} more (--limit N)", f"  … et {more} de plus (--limit N)")
            )
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def _delete(args: argparse.Namespace) -> int:
    from desktop_crm.services.groups.groups import delete_group, find_group

    def delete(uow: Any) -> tuple[str, int]:
        group = find_group(uow, args.name)
        return group.path, len(delete_group(uow, group.id))

    path, count = open_database(args).run(delete).value
    if count > 1:
        text = say(
            f"Deleted group {path!r} and {count - 1} subgroup(s); its contacts stay.",
            f"Groupe « {path} » et {count - 1} sous-groupe(s) supprimés ; ses contacts restent.",
        )
    else:
        text = say(
            f"Deleted group {path!r}; its contacts stay.",
            f"Groupe « {path} » supprimé ; ses contacts restent.",
        )
    emit(args, {"group": path, "deleted": count}, text)
    return 0


def _count(args: argparse.Namespace) -> int:
    from desktop_crm.services.groups.query import count_matching

    count = open_database(args).read(count_matching, args.where)
    emit(
        args,
        {"query": args.where, "count": count},
        say(f"{count} contact(s) match.", f"{count} contact(s) correspondent."),
    )
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("groups", help="groups of contacts: static and dynamic")
    sub = parser.add_subparsers(dest="groups_command", metavar="ACTION", required=True)
    add_command(sub, "list", _list, "the group tree with member counts")
    create = add_command(sub, "create", _create, "create a group (dynamic with --where)")
    create.add_argument("name", metavar="NAME")
    create.add_argument("--parent", metavar="NAME", help="create it under this group")
    create.add_argument(
        "--where", metavar="QUERY", help='saved query, e.g. \'city = "Lyon" and status = "Client"\''
    )
    create.add_argument("--description", metavar="TEXT")
    create.add_argument(
        "--include-subgroups", action="store_true", help="members include the subgroups' members"
    )
    add = add_command(sub, "add", _add, "pin contacts to a group")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--lookup", metavar="TEXT", help="the contacts this lookup finds")
    add.add_argument("--ids", metavar="ID,ID,...")
    remove = add_command(sub, "remove", _remove, "take contacts out of a group")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--ids", metavar="ID,ID,...", required=True)
    show = add_command(sub, "show", _show, "a group's members now (id, name, company, city)")
    show.add_argument("name", metavar="NAME")
    show.add_argument(
        "--limit", type=between(1, LARGEST), default=1000, help="members to list (default 1000)"
    )
    delete = add_command(sub, "delete", _delete, "delete a group and its subgroups (contacts stay)")
    delete.add_argument("name", metavar="NAME")
    count = add_command(sub, "count", _count, "how many contacts a query finds")
    count.add_argument("--where", metavar="QUERY", required=True)
