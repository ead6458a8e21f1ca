"""How many index rows each search key has, kept as the index changes
(``schema.search_key_counts``): search reads a key's count instead of counting its rows.

Filled from the index as it is (one pass over ``search_keys``: under a second at a million
persons), so no ``polex index rebuild`` is needed.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"


def upgrade() -> None:
    op.create_table(
        "search_key_counts",
        sa.Column("key", sa.String(160), primary_key=True),
        sa.Column("entries", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.execute("INSERT INTO search_key_counts (key, entries) "
               "SELECT key, count(*) FROM search_keys GROUP BY key")


def downgrade() -> None:
    op.drop_table("search_key_counts")
