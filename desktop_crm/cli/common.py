"""Shared plumbing for subcommands: common options, opening the database, output."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable
from typing import IO, Any

from desktop_crm.cli.labels import say
from desktop_crm.domain.errors import NotFoundError
from desktop_crm.storage.database import Database
from desktop_crm.storage.location import resolve_database

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


def database_option(text: str) -> str:
    """``--db``'s value: an empty one was taken as no --db at all (the default database)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            say(
                "empty: give a SQLite file or a postgresql://user@host/db URL, or leave "
                "--db out to use $DESKTOP_CRM_DB, then the file in your data folder",
                "vide : donnez un fichier SQLite ou une adresse "
                "postgresql://utilisateur@hôte/base, ou retirez --db pour utiliser "
                "$DESKTOP_CRM_DB, puis le fichier de votre dossier de données",
            )
        )
    return text


def add_common_options(parser: argparse.ArgumentParser, *, json_output: bool = True) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        type=database_option,
        default=argparse.SUPPRESS,
        help=say(
            "SQLite file or postgresql://user@host/db URL (default: $DESKTOP_CRM_DB, "
            "then the file in your data folder)",
            "fichier SQLite ou adresse postgresql://utilisateur@hôte/base (par défaut : "
            "$DESKTOP_CRM_DB, puis le fichier de votre dossier de données)",
        ),
    )
    if json_output:
        parser.add_argument(
            "--json",
            action="store_true",
            default=argparse.SUPPRESS,
            help=say(
                "print a JSON report on standard output",
                "écrire un rapport JSON sur la sortie standard",
            ),
        )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help=say("show the full traceback on errors", "montrer la trace complète en cas d'erreur"),
    )


LOG_FILE_NAME = "desktop-crm-output.log"


def prepare_output() -> None:
    """Make the standard streams UTF-8 whatever the console, and present even without one.

    Redirected output on Windows is otherwise encoded in the ANSI code page (cp1252), where
    "Łukasz" or "✓" raise ``UnicodeEncodeError``; a windowed executable has no streams at
    all (``sys.stdout is None``), and its output goes to a log file in the user's log folder
    (or nowhere when that cannot be opened) rather than crashing the first ``print``.
    """
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, _fallback_stream())
            continue
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # detached or already in use
                reconfigure(encoding="utf-8", errors="replace")


_fallback: IO[str] | None = None


def _fallback_stream() -> IO[str]:
    """One append-only log file shared by stdout and stderr (devnull if it cannot be opened)."""
    global _fallback
    if _fallback is None:
        try:
            from platformdirs import user_log_dir

            from desktop_crm import APP_NAME

            folder = user_log_dir(APP_NAME, appauthor=False)
            os.makedirs(folder, exist_ok=True)
            _fallback = open(  # noqa: SIM115 - lives as long as the process
                os.path.join(folder, LOG_FILE_NAME), "a", encoding="utf-8", errors="replace"
            )
        except Exception:  # no log folder: losing the output is better than crashing
            _fallback = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    return _fallback


def stderr_is_terminal() -> bool:
    """True when progress percentages can be drawn on stderr (a terminal, not a file)."""
    stream = sys.stderr
    if stream is None:
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def silence_broken_pipe() -> None:
    """After the reader of a pipe went away (``… | head -1``): drop what is left to write,
    so the interpreter's final flush does not complain either."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


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
            say(
                f"Upgraded the database; the previous version is kept at {result.backup}",
                f"Base de données mise à jour ; la version précédente est gardée dans "
                f"{result.backup}",
            ),
            file=sys.stderr,
        )
    from desktop_crm.services.team_zone import load_team_timezone

    with result.db.uow(write=False) as uow:  # "today" and dates on the team's business clock
        load_team_timezone(uow)
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
