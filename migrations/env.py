"""Alembic environment: runs on the connection handed over by desktop_crm.storage.migrate."""

from __future__ import annotations

import os

from alembic import context

from desktop_crm.storage.models import Base

config = context.config


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from desktop_crm.storage.engine import make_engine
    from desktop_crm.storage.location import resolve_database

    url = os.environ.get("DESKTOP_CRM_DB") or config.get_main_option("sqlalchemy.url")
    url = resolve_database(url)
    engine = make_engine(url)
    # Foreign keys off while batch migrations rebuild tables (otherwise dropping "contact"
    # would cascade to its notes), as the application's own upgrade path does.
    with engine.connect() as conn:
        raw = conn.connection.driver_connection if conn.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        _run(conn)
        conn.commit()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=Base.metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
