"""Lookup key columns compare byte-wise on PostgreSQL (COLLATE "C")

A lookup is a range on a folded key column: ``key >= 'abc' AND key < 'abd'``. The upper
bound is built in code point order, which is the order of SQLite's BINARY collation and
of PostgreSQL's "C" collation, but not of a linguistic (ICU or libc) database collation:
under ``fr-FR`` "100&" sorts below "100%" (and "6:" below "69", for the postcode range of
the lookup "690"), so the range was empty and ``100%`` found nothing. The keys are already
accent- and case-free, so a byte-wise order loses nothing; sorting by them stays the same
as on SQLite. SQLite needs no change.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# (table, column, length) frozen as this revision knows them.
KEY_COLUMNS = (
    ("contact", "last_name_key", 80),
    ("contact", "first_name_key", 80),
    ("contact", "company_key", 160),
    ("contact", "city_key", 80),
    ("contact", "email_key", 254),
    ("contact", "phone_key", 20),
    ("contact", "mobile_key", 20),
    ("contact", "postcode", 20),
    ("company", "name_key", 160),
)


def _set_collation(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in ("contact", "company"):
        changes = ", ".join(
            f'ALTER COLUMN {column} TYPE varchar({length}) COLLATE "{collation}"'
            for owner, column, length in KEY_COLUMNS
            if owner == table
        )
        # One statement per table: its indexes on these columns are rebuilt once.
        op.execute(f"ALTER TABLE {table} {changes}")


def upgrade() -> None:
    _set_collation("C")


def downgrade() -> None:
    _set_collation("default")
