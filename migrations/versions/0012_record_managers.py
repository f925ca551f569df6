"""The team: a record manager on groups, a private flag on contacts and companies, and every
existing row handed to the first administrator

Contacts, companies and opportunities already had ``record_manager_id``; activities are
managed by the user they are scheduled for (``scheduled_for_id``); notes, history and
activities already had ``private``. An existing single-user database keeps every row: rows
without a manager (or without an author for notes/history, an owner for activities) are
assigned to the first administrator, the lowest-numbered user being promoted when the
database has none yet.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact_group", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_manager_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_contact_group_record_manager_id_app_user"),
            "app_user",
            ["record_manager_id"],
            ["id"],
            ondelete="SET NULL",
        )
    for table in ("contact", "company"):
        # Should SQLite's batch mode copy the table, ids stay never reused (revision 0003).
        with op.batch_alter_table(
            table, schema=None, table_kwargs={"sqlite_autoincrement": True}
        ) as batch_op:
            batch_op.add_column(
                sa.Column("private", sa.Boolean(), nullable=False, server_default=sa.false())
            )
    for table in ("company", "opportunity", "contact_group"):
        kwargs = {"sqlite_autoincrement": True} if table == "company" else {}
        with op.batch_alter_table(table, schema=None, table_kwargs=kwargs) as batch_op:
            batch_op.create_index(
                batch_op.f(f"ix_{table}_record_manager_id"), ["record_manager_id"], unique=False
            )
    _assign_existing_rows()


def _assign_existing_rows() -> None:
    bind = op.get_bind()
    admin = bind.scalar(
        sa.text("SELECT min(id) FROM app_user WHERE role = 'administrator' AND active = :t"),
        {"t": True},
    )
    if admin is None:
        admin = bind.scalar(sa.text("SELECT min(id) FROM app_user"))
        if admin is None:
            return  # an empty database: the first user created becomes its administrator
        bind.execute(
            sa.text("UPDATE app_user SET role = 'administrator' WHERE id = :id"), {"id": admin}
        )
    for table in ("contact", "company", "opportunity", "contact_group"):
        bind.execute(
            sa.text(f"UPDATE {table} SET record_manager_id = :a WHERE record_manager_id IS NULL"),
            {"a": admin},
        )
    bind.execute(
        sa.text("UPDATE activity SET scheduled_for_id = :a WHERE scheduled_for_id IS NULL"),
        {"a": admin},
    )
    for table in ("note", "history"):
        bind.execute(
            sa.text(f"UPDATE {table} SET user_id = :a WHERE user_id IS NULL AND private = :t"),
            {"a": admin, "t": True},
        )


def downgrade() -> None:
    for table in ("company", "opportunity", "contact_group"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_record_manager_id"))
    for table in ("contact", "company"):
        with op.batch_alter_table(
            table, schema=None, table_kwargs={"sqlite_autoincrement": True}
        ) as batch_op:
            batch_op.drop_column("private")
    with op.batch_alter_table("contact_group", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_contact_group_record_manager_id_app_user"), type_="foreignkey"
        )
        batch_op.drop_column("record_manager_id")
