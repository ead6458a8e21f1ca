"""Records' versions and the envelope the gate decides on, readable from an index alone:
search reads both for its candidates, hundreds of random records at a million, and the
rows they would otherwise be read from hold kilobytes of content each.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"

_GATE_COLUMNS = ["id", "version", "kind", "owner", "record_status", "review_date",
                 "sharing_mode", "frontline"]


def upgrade() -> None:
    op.create_index("ix_records_gate", "records", _GATE_COLUMNS)
    op.drop_index("ix_records_id_version", "records")


def downgrade() -> None:
    op.create_index("ix_records_id_version", "records", ["id", "version"])
    op.drop_index("ix_records_gate", "records")
