"""Records' versions readable from an index alone (search checks them on every query).

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.create_index("ix_records_id_version", "records", ["id", "version"])


def downgrade() -> None:
    op.drop_index("ix_records_id_version", "records")
