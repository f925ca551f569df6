"""``desktop-crm users|team|whoami|audit|reassign``: the team sharing one PostgreSQL database.

Text in the command line's language (English, or French when the locale says so: see
``cli.labels``); JSON keeps the codes (roles, actions, tables)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from typing import Any

from desktop_crm.cli.common import add_command, emit, group_id, open_database
from desktop_crm.cli.labels import permission_text, role_label, say
from desktop_crm.domain.errors import DomainError


def _list(args: argparse.Namespace) -> int:
    from desktop_crm.services.users.accounts import list_users

    rows = open_database(args).read(list_users)

    def text() -> str:
        lines = []
        for row in rows:
            state = "" if row.active else say("  (disabled)", "  (désactivé)")
            login = (
                ""
                if row.has_login in (None, True)
                else say("  (no database login)", "  (sans compte sur la base)")
            )
            lines.append(
                f"{row.login:<20} {role_label(row.role):<14} {row.display_name}{state}{login}"
            )
        return "\n".join(lines) or say("No users.", "Aucun utilisateur.")

    emit(args, [r.as_dict() for r in rows], text)
    return 0


def _password(args: argparse.Namespace) -> str | None:
    if not args.password_prompt:
        return None
    first = getpass.getpass(say(f"Password for {args.login}: ", f"Mot de passe de {args.login} : "))
    if not sys.stdin.isatty():
        return first or None
    again = getpass.getpass(say("Type it again: ", "Retapez-le : "))
    if first != again:
        raise DomainError(
            say(
                "The two passwords differ: nothing was changed.",
                "Les deux mots de passe diffèrent : rien n'a été modifié.",
            ),
            code="invalid",
        )
    return first or None


def _add(args: argparse.Namespace) -> int:
    from desktop_crm.services.users.accounts import add_user

    password = _password(args)
    row = (
        open_database(args)
        .run(
            add_user,
            args.login,
            args.role,
            name=args.name,
            email=args.email,
            password=password,
        )
        .value
    )
    role = role_label(row.role)
    if row.has_login is None:
        text = say(
            f"User {row.login} ({role}) is ready.", f"Utilisateur {row.login} ({role}) prêt."
        )
    else:
        text = say(
            f"User {row.login} ({role}) is ready with a database login.",
            f"Utilisateur {row.login} ({role}) prêt, avec son compte sur la base.",
        )
    emit(args, row.as_dict(), text)
    return 0


def _disable(args: argparse.Namespace) -> int:
    from desktop_crm.services.users.accounts import disable_user

    row = open_database(args).run(disable_user, args.login).value
    emit(
        args,
        row.as_dict(),
        say(
            f"User {row.login} is disabled; give their records to a colleague with "
            f"'desktop-crm reassign --from {row.login} --to LOGIN'.",
            f"Utilisateur {row.login} désactivé ; confiez ses fiches à un collègue avec "
            f"« desktop-crm reassign --from {row.login} --to IDENTIFIANT ».",
        ),
    )
    return 0


def _set_role(args: argparse.Namespace) -> int:
    from desktop_crm.services.users.accounts import set_role

    row = open_database(args).run(set_role, args.login, args.role).value
    role = role_label(row.role)
    emit(
        args,
        row.as_dict(),
        say(f"User {row.login} is now {role}.", f"Rôle de {row.login} : {role}."),
    )
    return 0


def _whoami(args: argparse.Namespace) -> int:
    from desktop_crm.services.users.accounts import whoami

    me = open_database(args).read(whoami)

    def text() -> str:
        name = f" ({me.display_name})" if me.display_name else ""
        role = role_label(me.role)
        may = "; ".join(permission_text(p) for p in me.may)
        if me.team:
            where = say(f"{role} on a team database", f"{role} sur une base partagée")
        else:
            where = say(
                f"{role} on a {me.backend}, single user",
                f"{role} sur une base {me.backend} à un seul utilisateur",
            )
        lines = [f"{me.login}{name}: {where}", say("May: ", "Peut : ") + may]
        if me.hidden_fields:
            lines.append(say("Hidden fields: ", "Champs masqués : ") + ", ".join(me.hidden_fields))
        return "\n".join(lines)

    emit(args, me.as_dict(), text)
    return 0


def _since(text: str) -> dt.date:
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


def _audit(args: argparse.Namespace) -> int:
    from desktop_crm.services.users.audit import audit_entries

    rows = open_database(args).read(audit_entries, since=args.since, user=args.user)
    data = [
        {
            "at": r.at.isoformat(sep=" ", timespec="seconds"),
            "user": r.user,
            "action": r.action,
            "table": r.table,
            "id": r.record_id,
            "label": r.label,
            "detail": r.detail,
        }
        for r in rows
    ]

    def text() -> str:
        lines = [
            f"{d['at']}  {d['user'] or '-':<18} {_action(str(d['action'])):<9} {d['table']} "
            f"#{d['id']} {d['label']}" + (f"  ({d['detail']})" if d["detail"] else "")
            for d in data
        ]
        return "\n".join(lines) or say(
            "Nothing was created, changed or deleted.", "Rien n'a été créé, modifié ni supprimé."
        )

    emit(args, data, text)
    return 0


def _setup(args: argparse.Namespace) -> int:
    from desktop_crm.services.users.team_setup import set_up_team

    report = open_database(args).run(set_up_team).value
    data = {
        "secured_tables": report.secured_tables,
        "hidden_columns": report.hidden_columns,
        "users_without_login": report.users_without_login,
    }

    def text() -> str:
        count = len(report.secured_tables)
        lines = [
            say(
                f"Row-level security on {count} tables: ",
                f"Sécurité par ligne sur {count} tables : ",
            )
            + ", ".join(report.secured_tables),
            say("Hidden from Restricted: ", "Masqué pour le rôle Restreint : ")
            + ", ".join(report.hidden_columns),
        ]
        for login in report.users_without_login:
            lines.append(
                say(
                    f"User {login} has no database login yet: "
                    f"desktop-crm users add {login} --role ROLE --password-prompt",
                    f"L'utilisateur {login} n'a pas encore de compte sur la base : "
                    f"desktop-crm users add {login} --role ROLE --password-prompt",
                )
            )
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def _reassign(args: argparse.Namespace) -> int:
    from desktop_crm.services.users.reassign import reassign

    db = open_database(args)
    group = group_id(db, args.group)

    def work(uow: Any) -> Any:
        ids: list[int] | None = None
        if args.lookup is not None:
            from desktop_crm.services.contacts.lookup import lookup_ids

            ids = list(lookup_ids(uow, args.lookup))
        elif group is not None:
            from desktop_crm.services.groups.groups import member_ids

            ids = member_ids(uow, group)
        return reassign(uow, args.from_login, args.to_login, contact_ids=ids)

    result = db.run(work).value
    parts = ", ".join(f"{n} {_kind(kind)}" for kind, n in result.counts.items() if n)
    parts = parts or say("nothing", "rien")
    emit(
        args,
        {"from": result.from_login, "to": result.to_login, "counts": result.counts},
        say(
            f"Gave {result.to_login} what {result.from_login} managed: {parts}.",
            f"Confié à {result.to_login} ce que gérait {result.from_login} : {parts}.",
        ),
    )
    return 0


_ACTIONS_FR = {"created": "créé", "changed": "modifié", "deleted": "supprimé"}
_KINDS_FR = {
    "contact": "contact(s)",
    "company": "société(s)",
    "contact_group": "groupe(s)",
    "opportunity": "opportunité(s)",
    "activity": "activité(s)",
}


def _action(code: str) -> str:
    return say(code, _ACTIONS_FR.get(code, code))


def _kind(table: str) -> str:
    return say(table, _KINDS_FR.get(table, table))


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("users", help="the team: users, roles and database logins")
    sub = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add_command(sub, "list", _list, "the team members, their roles and state")
    add = add_command(
        sub, "add", _add, "add a user (on PostgreSQL: with a login role and its grants)"
    )
    add.add_argument("login", metavar="LOGIN")
    add.add_argument(
        "--role",
        default="standard",
        help="administrator, manager, standard (default) or restricted",
    )
    add.add_argument("--name", metavar="TEXT", help="the person's name (default: the login)")
    add.add_argument("--email", metavar="ADDRESS")
    add.add_argument(
        "--password-prompt",
        action="store_true",
        help="ask for the database login's password (PostgreSQL)",
    )
    disable = add_command(sub, "disable", _disable, "disable a user (records stay theirs)")
    disable.add_argument("login", metavar="LOGIN")
    role = add_command(sub, "set-role", _set_role, "change a user's role")
    role.add_argument("login", metavar="LOGIN")
    role.add_argument("role", metavar="ROLE")

    team = subparsers.add_parser("team", help="share a PostgreSQL database with the team")
    team_sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    add_command(
        team_sub,
        "setup",
        _setup,
        "set up (or refresh) roles, grants and row-level security; run it as the owner",
    )
    add_command(subparsers, "whoami", _whoami, "who you are on this database, and your role")
    audit = add_command(subparsers, "audit", _audit, "who created, changed and deleted what")
    audit.add_argument("--since", type=_since, metavar="DATE", help="from this day on")
    audit.add_argument("--user", metavar="LOGIN", help="only this person's (login or name)")
    move = add_command(subparsers, "reassign", _reassign, "give one user's records to another")
    move.add_argument("--from", dest="from_login", metavar="LOGIN", required=True)
    move.add_argument("--to", dest="to_login", metavar="LOGIN", required=True)
    which = move.add_mutually_exclusive_group()
    which.add_argument("--lookup", metavar="TEXT", help="only the contacts this lookup finds")
    which.add_argument("--group", metavar="NAME", help="only this group's members")
