"""Consent ledger: every consent change is an entry (consent_entry); the suppression list
says why and from where each hash was added

Revision ID: 0010
Revises: 0009

Every existing ``consent`` row becomes the first entry of its contact and channel, so the
current state (``consent``, kept as the latest entry per channel for queries) and the ledger
agree from the start. Existing suppression rows keep their hashes (older rows may be unsalted
hashes of an e-mail address: services/privacy/suppression.py still recognises them).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consent_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=250), nullable=True),
        sa.Column("proof", sa.Text(), nullable=True),
        sa.Column("basis", sa.String(length=30), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_consent_entry_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_consent_entry_recorded_by_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_entry")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_consent_entry_contact_channel",
        "consent_entry",
        ["contact_id", "channel", "given_at"],
        unique=False,
    )
    # Each current consent becomes the first entry of the ledger (same date, source, proof).
    op.execute(
        "INSERT INTO consent_entry (contact_id, channel, status, given_at, recorded_at, "
        "source, proof, basis, recorded_by_id) "
        "SELECT contact_id, channel, status, recorded_at, recorded_at, source, proof, NULL, "
        "recorded_by_id FROM consent ORDER BY id"
    )
    with op.batch_alter_table("suppression", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("source", sa.String(length=250), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("suppression", schema=None) as batch_op:
        batch_op.drop_column("source")
        batch_op.drop_column("reason")
    op.drop_index("ix_consent_entry_contact_channel", table_name="consent_entry")
    op.drop_table("consent_entry")
