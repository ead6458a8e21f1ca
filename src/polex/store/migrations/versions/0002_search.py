"""Search: the candidate-key index, per-record match forms, hit notifications.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "search_keys",
        sa.Column("key", sa.String(160), primary_key=True),
        sa.Column("record_id", sa.String(36), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_search_keys_record", "search_keys", ["record_id"])
    op.create_table(
        "search_forms",
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("form", sa.Text, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("owner", sa.String(8), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("searcher_org", sa.String(8), nullable=False),
        sa.Column("searcher_user", sa.String(100), nullable=False),
        sa.Column("post", sa.String(100)),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("matched", sa.Text, nullable=False),
        sa.Column("read_at", sa.DateTime),
    )
    op.create_index("ix_notifications_owner_at", "notifications", ["owner", "at"])
    op.create_index("ix_notifications_dedup", "notifications",
                    ["record_id", "searcher_user", "at"])


def downgrade() -> None:
    for table in ("notifications", "search_forms", "search_keys"):
        op.drop_table(table)
