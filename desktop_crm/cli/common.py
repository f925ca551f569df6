"""Shared plumbing for subcommands: common options, opening the database, output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from desktop_crm.domain.errors import NotFoundError
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.uow import Database

Handler = Callable[[argparse.Namespace], int]


def add_command(
    subparsers: Any,
    name: str,
    handler: Handler,
    help_text: str,
    *,
    json_output: bool = True,
) -> argparse.ArgumentParser:
    """Add a subcommand with the options every command shares (--db, --json, --debug)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=help_text
    )
    add_common_options(parser, json_output=json_output)
    parser.set_defaults(handler=handler)
    return parser


def add_common_options(parser: argparse.ArgumentParser, *, json_output: bool = True) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,
        help="SQLite file or postgresql://user@host/db URL (default: $DESKTOP_CRM_DB, "
        "then the file in your data folder)",
    )
    if json_output:
        parser.add_argument(
            "--json",
            action="store_true",
            default=argparse.SUPPRESS,
            help="print a JSON report on standard output",
        )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the full traceback on errors",
    )


def database_url(args: argparse.Namespace) -> str:
    return resolve_database(getattr(args, "db", None))


def open_database(
    args: argparse.Namespace, *, create: bool = False, verify: bool = False
) -> Database:
    """Open the database named by --db, upgrading its schema (after a backup) if needed.

    ``verify`` first runs SQLite's quick check and stops on a damaged file (commands that
    copy data out or in: backup, export, import, init).
    """
    from desktop_crm.services.setup import open_database as open_db
    from desktop_crm.storage.health import ensure_sqlite_whole
    from desktop_crm.storage.location import sqlite_path

    url = database_url(args)
    if verify:
        ensure_sqlite_whole(sqlite_path(url))
    result = open_db(url, create=create)
    if result.backup is not None:
        print(
            f"Upgraded the database; the previous version is kept at {result.backup}",
            file=sys.stderr,
        )
    return result.db


def wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def emit(args: argparse.Namespace, data: Any, text: str | Callable[[], str]) -> None:
    """Print ``data`` as JSON with --json, else the human-readable ``text``."""
    if wants_json(args):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text() if callable(text) else text)


def add_group_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--group",
        metavar="NAME",
        help='only the members of this group now (a name, a path "Salons/Lyon 2026" or #ID)',
    )


def group_id(db: Database, name: str | None) -> int | None:
    """The id of the group named by --group (NotFoundError naming it when there is none)."""
    if name is None:
        return None
    from desktop_crm.services.groups.groups import find_group

    text = name.strip()
    try:
        return db.read(find_group, text).id
    except NotFoundError:
        if text.isdigit():
            return db.read(find_group, "#" + text).id
        raise
