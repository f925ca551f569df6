"""Database subcommands: init, db upgrade, db check, demo, backup, restore."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from desktop_crm.cli.common import (
    add_command,
    database_url,
    emit,
    open_database,
    stderr_is_terminal,
)
from desktop_crm.cli.labels import say
from desktop_crm.cli.numbers import between
from desktop_crm.domain.errors import StorageError
from desktop_crm.storage.location import display_name, sqlite_path


def _init(args: argparse.Namespace) -> int:
    from desktop_crm.services.setup import open_database as open_db
    from desktop_crm.storage.health import ensure_sqlite_whole

    url = database_url(args)
    ensure_sqlite_whole(sqlite_path(url))
    result = open_db(url, create=True)
    folder = result.created_folder
    data = {
        "database": result.db.name,
        "path": str(sqlite_path(url)) if sqlite_path(url) else None,
        "created": result.created,
        "upgraded": result.upgraded,
        "created_folder": str(folder) if folder else None,
    }
    emit(
        args,
        data,
        (
            say(f"Created the missing folder {folder}. ", f"Dossier manquant {folder} créé. ")
            if folder
            else ""
        )
        + (
            say(
                f"Created {result.db.name}: schema up to date.",
                f"{result.db.name} créée : schéma à jour.",
            )
            if result.created
            else say(
                f"Opened {result.db.name}: schema up to date.",
                f"{result.db.name} ouverte : schéma à jour.",
            )
        ),
    )
    return 0


def _upgrade(args: argparse.Namespace) -> int:
    from desktop_crm.services.setup import open_database as open_db

    result = open_db(database_url(args), create=False)
    data = {
        "database": result.db.name,
        "upgraded": result.upgraded,
        "backup": str(result.backup) if result.backup else None,
    }
    emit(
        args,
        data,
        (
            say(f"Upgraded {result.db.name}", f"{result.db.name} mise à jour")
            + (
                say(f" (backup: {result.backup})", f" (sauvegarde : {result.backup})")
                if result.backup
                else ""
            )
        )
        if result.upgraded
        else say(f"{result.db.name} is already up to date.", f"{result.db.name} est déjà à jour."),
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    """Read-only: never upgrades, seeds or adopts; says what a file that is not ours is."""
    from desktop_crm.services.maintenance import CheckReport, check_database
    from desktop_crm.storage.engine import read_only_url
    from desktop_crm.storage.health import DAMAGED, MISSING, identify_file, refusal, sqlite_problem
    from desktop_crm.storage.migrate import SCHEMA_HEAD, current_revision
    from desktop_crm.storage.uow import Database

    url = database_url(args)
    path = sqlite_path(url)
    problem: str | None = None
    revision: str | None = None
    if path is not None:
        identity = identify_file(path)
        revision = identity.revision
        if identity.kind == MISSING:
            raise StorageError(
                say(
                    f"There is no database at {path}. Create one with 'desktop-crm init' or "
                    "choose another file.",
                    f"Il n'y a pas de base de données à {path}. Créez-en une avec "
                    "« desktop-crm init » ou choisissez un autre fichier.",
                ),
                code="missing",
            )
        if identity.kind == DAMAGED:
            problem = identity.problem
        else:
            error = refusal(path, identity, create=False)
            if error is not None:
                raise error
            problem = sqlite_problem(path)
    if problem is not None:
        assert path is not None
        damaged = CheckReport("sqlite", None, SCHEMA_HEAD, [problem])

        def damaged_text() -> str:
            return say(
                f"Database {path.name} is damaged: {problem}.\n"
                "Nothing was changed. Save what can still be read into a new file with "
                f"'desktop-crm db recover --db {path} --to NEW.sqlite' (then check NEW and "
                f"use it), or restore a backup with 'desktop-crm restore BACKUP --db {path}'.",
                f"La base {path.name} est endommagée : {problem}.\n"
                "Rien n'a été modifié. Enregistrez ce qui peut encore être lu dans un nouveau "
                f"fichier avec « desktop-crm db recover --db {path} --to NOUVEAU.sqlite » "
                "(puis vérifiez NOUVEAU et utilisez-le), ou restaurez une sauvegarde avec "
                f"« desktop-crm restore SAUVEGARDE --db {path} ».",
            )

        emit(args, {**damaged.as_dict(), "damaged": True}, damaged_text)
        return 3
    if path is not None and revision != SCHEMA_HEAD:
        return _report_upgrade_needed(args, path.name, "sqlite", revision)
    # Not open_database: opening upgrades, seeds and records the user; a check writes nothing
    # (a SQLite file is opened read-only).
    db = Database(url) if path is None else Database(read_only_url(path), check_location=False)
    try:
        if path is None:
            revision = current_revision(db.engine)
        if path is None and revision is None:
            from sqlalchemy import inspect

            from desktop_crm.storage.health import foreign_error

            tables = tuple(sorted(inspect(db.engine).get_table_names()))
            if tables:
                raise foreign_error(db.name, tables, backend="PostgreSQL")
            raise StorageError(
                say(
                    f"The database {db.name} is empty. Create the tables with 'desktop-crm init "
                    "--db URL'.",
                    f"La base {db.name} est vide. Créez les tables avec « desktop-crm init "
                    "--db URL ».",
                ),
                code="empty_file",
            )
        if revision != SCHEMA_HEAD:
            return _report_upgrade_needed(args, db.name, db.backend, revision)
        name = db.name if path is None else path.name
        return _report_check(args, name, check_database(db))
    finally:
        db.dispose()


UPGRADE_NEEDED = 4


def _known_revision(revision: str | None) -> bool:
    from desktop_crm.storage.migrate import known_revision

    return known_revision(revision)


def _report_upgrade_needed(
    args: argparse.Namespace, name: str, backend: str, revision: str | None
) -> int:
    from desktop_crm.storage.migrate import SCHEMA_HEAD

    known = _known_revision(revision)
    data: dict[str, Any] = {
        "backend": backend,
        "revision": revision,
        "head": SCHEMA_HEAD,
        "healthy": False,
        "upgrade_needed": known,
        "integrity": [],
    }
    if not known:  # a newer version's schema (or not ours): "db upgrade" cannot help
        emit(
            args,
            {**data, "unknown_schema": True},
            say(
                f"Database {name} ({backend}), schema {revision} (newest known: {SCHEMA_HEAD})\n"
                "This version of Desktop CRM does not know that schema (a newer version made "
                "it): open the database with the newest version of Desktop CRM, or restore a "
                "backup. The check changed nothing.",
                f"Base {name} ({backend}), schéma {revision} (le plus récent connu : "
                f"{SCHEMA_HEAD})\nCette version de Desktop CRM ne connaît pas ce schéma (une "
                "version plus récente l'a créé) : ouvrez la base avec la version la plus récente "
                "de Desktop CRM, ou restaurez une sauvegarde. Le contrôle n'a rien modifié.",
            ),
        )
        return 3
    emit(
        args,
        data,
        say(
            f"Database {name} ({backend}), schema {revision} (newest {SCHEMA_HEAD})\n",
            f"Base {name} ({backend}), schéma {revision} (le plus récent : {SCHEMA_HEAD})\n",
        )
        + (
            say("Integrity (quick check): ok\n", "Intégrité (contrôle rapide) : ok\n")
            if backend == "sqlite"
            else ""
        )
        + say(
            "It needs an upgrade to this version of Desktop CRM: run 'desktop-crm db upgrade' "
            "(a copy is kept first). The check changed nothing.",
            "Elle doit être mise à jour pour cette version de Desktop CRM : lancez "
            "« desktop-crm db upgrade » (une copie est gardée d'abord). Le contrôle n'a rien "
            "modifié.",
        ),
    )
    return UPGRADE_NEEDED


def _report_check(args: argparse.Namespace, name: str, report: Any) -> int:
    def text() -> str:
        lines = [
            say(
                f"Database {name} ({report.backend}), schema {report.revision} "
                f"(newest {report.head})",
                f"Base {name} ({report.backend}), schéma {report.revision} "
                f"(le plus récent : {report.head})",
            )
        ]
        lines.append(
            say("Integrity: ok", "Intégrité : ok")
            if not report.integrity
            else say("Integrity problems:\n  ", "Problèmes d'intégrité :\n  ")
            + "\n  ".join(report.integrity)
        )
        if any(report.orphans.values()):
            lines.append(say("Broken references:", "Références cassées :"))
            lines += [f"  {k}: {v}" for k, v in report.orphans.items() if v]
        else:
            lines.append(say("References: ok", "Références : ok"))
        main_tables = (
            "contact",
            "company",
            "history",
            "note",
            "activity",
            "opportunity",
            "sale",
            "campaign",
            "contact_group",
        )
        lines.append(
            say("Records: ", "Enregistrements : ")
            + ", ".join(f"{t} {report.counts.get(t, 0)}" for t in main_tables)
        )
        lines.append(
            say("Healthy.", "En bon état.")
            if report.healthy
            else say(
                "NOT healthy: restore a backup or contact support.",
                "PAS en bon état : restaurez une sauvegarde ou contactez l'assistance.",
            )
        )
        return "\n".join(lines)

    emit(args, report.as_dict(), text)
    return 0 if report.healthy else 3


def _demo(args: argparse.Namespace) -> int:
    from desktop_crm.services.demo.generate import generate_demo

    db = open_database(args, create=True)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if not getattr(args, "json", False) and stderr_is_terminal():
            print(f"\r{100 * done // total:3d} %", end="", file=sys.stderr, flush=True)

    summary = db.run(generate_demo, args.contacts, seed=args.seed, progress=progress).value
    duplicates = 0
    if args.duplicates > 0:
        from desktop_crm.services.demo.duplicates import add_demo_duplicates

        duplicates = db.run(
            add_demo_duplicates,
            rate=min(args.duplicates / 100, 20_000 / max(1, args.contacts)),
            seed=args.seed,
        ).value.contacts
    elapsed = time.perf_counter() - started
    data: dict[str, Any] = {
        "database": db.name,
        **summary.as_dict(),
        "duplicates": duplicates,
        "seconds": round(elapsed, 2),
    }
    seconds_fr = f"{elapsed:.1f}".replace(".", ",")
    emit(
        args,
        data,
        say(
            f"\rAdded {summary.contacts} contacts, {summary.companies} companies, "
            f"{summary.history} history entries, {summary.opportunities} "
            f"opportunities and {summary.sales} sales to {db.name} in "
            f"{elapsed:.1f} s.",
            f"\r{summary.contacts} contacts, {summary.companies} sociétés, "
            f"{summary.history} entrées d'historique, {summary.opportunities} "
            f"affaires et {summary.sales} ventes ajoutés à {db.name} en {seconds_fr} s.",
        ),
    )
    return 0


def _backup(args: argparse.Namespace) -> int:
    from desktop_crm.services.maintenance import backup_database

    db = open_database(args, verify=True)
    target = Path(args.to).expanduser()
    if target.exists() and not args.force:
        raise StorageError(
            say(
                f"{target} already exists; choose another name or add --force.",
                f"{target} existe déjà ; choisissez un autre nom ou ajoutez --force.",
            ),
            code="backup_exists",
        )
    path = backup_database(db, target)
    emit(
        args,
        {"database": db.name, "backup": str(path)},
        say(f"Backed up {db.name} to {path}.", f"{db.name} sauvegardée dans {path}."),
    )
    return 0


def _recover(args: argparse.Namespace) -> int:
    from desktop_crm.services.maintenance import recover_database

    url = database_url(args)
    source = sqlite_path(url)
    if source is None:
        raise StorageError(
            say(
                "Recovery works on SQLite files; a PostgreSQL database is repaired on the "
                "server (ask your administrator).",
                "La récupération fonctionne sur les fichiers SQLite ; une base PostgreSQL se "
                "répare sur le serveur (demandez à votre administrateur).",
            ),
            code="recover_postgres",
        )
    _refuse_not_ours(source)
    result = recover_database(source, Path(args.to).expanduser().resolve())

    def text() -> str:
        rows = sum(result.counts.values())
        lines = [
            say(
                f"Recovered {rows} rows from {source.name} into "
                f"{result.target} using {result.method}; {source.name} was not changed.",
                f"{rows} lignes récupérées de {source.name} dans {result.target} par "
                f"{result.method} ; {source.name} n'a pas été modifiée.",
            ),
            say("Rows: ", "Lignes : ")
            + ", ".join(
                f"{t} {result.counts[t]}"
                for t in ("contact", "company", "history", "note")
                if t in result.counts
            ),
        ]
        if result.problems:
            lines.append(say("Not everything could be read:", "Tout n'a pas pu être lu :"))
            lines += [f"  {name}: {why}" for name, why in result.problems.items()]
        lines.append(
            say(
                f"Check the new file with 'desktop-crm db check --db {result.target}', then use "
                "it in place of the damaged one.",
                f"Vérifiez le nouveau fichier avec « desktop-crm db check --db {result.target} », "
                "puis utilisez-le à la place de l'ancien.",
            )
        )
        return "\n".join(lines)

    emit(args, {"database": source.name, **result.as_dict()}, text)
    return 0


def _restore(args: argparse.Namespace) -> int:
    from desktop_crm.services.maintenance import restore_database
    from desktop_crm.storage.uow import Database

    url = database_url(args)
    target = sqlite_path(url)
    if target is not None:
        _refuse_not_ours(target)
    db = Database(url)
    result = restore_database(db, Path(args.file).expanduser())
    emit(
        args,
        {
            "database": display_name(url),
            "restored_from": str(result.restored_from),
            "previous_copy": str(result.previous_copy) if result.previous_copy else None,
        },
        say(
            f"Restored {display_name(url)} from {result.restored_from}.",
            f"{display_name(url)} restaurée depuis {result.restored_from}.",
        )
        + (
            say(
                f" The replaced data is kept at {result.previous_copy}.",
                f" Les données remplacées sont gardées dans {result.previous_copy}.",
            )
            if result.previous_copy
            else ""
        ),
    )
    return 0


def _refuse_not_ours(path: Path) -> None:
    """Stop on another program's database, a file that is no database, or an empty file (a
    damaged database of ours goes on: recovering or replacing it is the point)."""
    from desktop_crm.storage.health import DAMAGED, MISSING, identify_file, refusal

    identity = identify_file(path)
    if identity.kind in (DAMAGED, MISSING):
        return
    error = refusal(path, identity, create=False)
    if error is not None:
        raise error


def register(subparsers: Any) -> None:
    add_command(subparsers, "init", _init, "create a database (or open one) and migrate it")
    db_parser = subparsers.add_parser("db", help="database maintenance (upgrade, check, recover)")
    db_sub = db_parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    add_command(
        db_sub,
        "upgrade",
        _upgrade,
        "migrate a database to this version (a dated backup is made first)",
    )
    add_command(
        db_sub,
        "check",
        _check,
        "run integrity and reference checks and print what was found, without changing "
        "anything (exit 0: healthy, 3: problems found, 4: an upgrade is needed)",
    )
    recover = add_command(
        db_sub,
        "recover",
        _recover,
        "save what can still be read from a damaged SQLite file into a new file",
    )
    recover.add_argument("--to", required=True, metavar="NEW", help="new database file to write")
    demo = add_command(subparsers, "demo", _demo, "fill a database with French demo data")
    demo.add_argument(
        "--contacts", type=between(1, 2_000_000), default=500, help="number of contacts (500)"
    )
    demo.add_argument("--seed", type=int, default=1, help="random seed, for repeatable data")
    demo.add_argument(
        "--duplicates",
        type=between(0, 100, whole=False),
        default=0.0,
        metavar="PERCENT",
        help="also add this percentage of look-alike contacts, to try duplicate detection",
    )
    backup = add_command(
        subparsers, "backup", _backup, "make a consistent copy of a live SQLite database"
    )
    backup.add_argument("--to", required=True, metavar="FILE", help="backup file to write")
    backup.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    restore = add_command(
        subparsers,
        "restore",
        _restore,
        "replace the database's content with a backup (the current content is kept aside first)",
    )
    restore.add_argument("file", metavar="FILE", help="backup file to restore")
