"""Lighter contact indexes: two partial, one dropped

``ix_contact_referred_by_id`` and ``ix_contact_contract_end`` now hold only the contacts that
have a referrer or a contract end date (``WHERE ... IS NOT NULL``): most contacts have
neither, and what looks them up names a value (the contacts a contact recommended, the
deletion of a referrer, contracts ending within a range of dates), which such an index
serves on SQLite and PostgreSQL alike. ``ix_contact_import_batch_id`` is dropped: nothing
looks contacts up by their import batch (undoing an import reads the batch's change rows)
and batches are never deleted.

A big import on SQLite drops the contact indexes and sorts every contact into them again
after its insert; an imported contact has neither a referrer nor a contract end date as a
rule, so the two partial indexes are left in place through the insert (its rows do not
enter them), and at 100,000 contacts into 100,000 the import spends ~0.2 s less building
indexes (``docs/performance-import-duplicates-printing.md``, session 16). Any write of a
contact maintains one index less.

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

PARTIAL = ("referred_by_id", "contract_end")


def upgrade() -> None:
    op.drop_index("ix_contact_import_batch_id", table_name="contact")
    for column in PARTIAL:
        name = f"ix_contact_{column}"
        where = sa.text(f"{column} IS NOT NULL")
        op.drop_index(name, table_name="contact")
        op.create_index(name, "contact", [column], sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    for column in PARTIAL:
        name = f"ix_contact_{column}"
        op.drop_index(name, table_name="contact")
        op.create_index(name, "contact", [column])
    op.create_index("ix_contact_import_batch_id", "contact", ["import_batch_id"])
