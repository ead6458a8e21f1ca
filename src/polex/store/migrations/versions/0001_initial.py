"""The records hub: organisations, users, tokens, records, sharing lists, audit trail.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "orgs",
        sa.Column("code", sa.String(8), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("org_type", sa.String(10), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(100), nullable=False, unique=True),
        sa.Column("org", sa.String(8), sa.ForeignKey("orgs.code"), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("display_name", sa.String(200)),
        sa.Column("password_hash", sa.String(200)),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "tokens",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False, index=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("label", sa.String(100)),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime),
    )
    op.create_table(
        "records",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("owner", sa.String(8), sa.ForeignKey("orgs.code"), nullable=False),
        sa.Column("source_id", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("record_status", sa.String(12), nullable=False),
        sa.Column("review_date", sa.Date),
        sa.Column("legal_basis", sa.Text),
        sa.Column("sharing_mode", sa.String(8), nullable=False),
        sa.Column("frontline", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.UniqueConstraint("owner", "source_id", name="uq_records_owner_source"),
    )
    op.create_index("ix_records_owner_kind_updated", "records", ["owner", "kind", "updated_at"])
    op.create_index("ix_records_kind_updated", "records", ["kind", "updated_at"])
    op.create_table(
        "record_shares",
        sa.Column("record_id", sa.String(36), sa.ForeignKey("records.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("country", sa.String(8), primary_key=True),
    )
    op.create_index("ix_record_shares_country", "record_shares", ["country", "record_id"])
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("org", sa.String(8), nullable=False),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("purpose", sa.String(500), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("query", sa.Text, nullable=False),
        sa.Column("result", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_org_at", "audit_log", ["org", "at"])


def downgrade() -> None:
    for table in ("audit_log", "record_shares", "records", "tokens", "users", "orgs"):
        op.drop_table(table)
