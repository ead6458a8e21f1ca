"""The envelope the gate decides on, readable from an index alone: search reads it for the
candidates it has not cached, hundreds of random records at a million, and the rows it
would otherwise be read from hold kilobytes of content each.

Only added: ``ix_records_id_version`` stays (the versions, read for every candidate, come
faster from the narrower index), and code from before this migration still runs on a
store that has it.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    op.create_index("ix_records_gate", "records",
                    ["id", "version", "kind", "owner", "record_status", "review_date",
                     "sharing_mode", "frontline"])


def downgrade() -> None:
    op.drop_index("ix_records_gate", "records")
