"""How many forms of each kind the index holds, kept with the keys' counts
(``search_key_counts``, under ``#forms:<kind>``): search reads it instead of counting the
forms, which walked the whole table in each process's first search.

Filled from the index as it is (one pass over ``search_forms``), so no ``polex index
rebuild`` is needed.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"


def upgrade() -> None:
    op.execute("INSERT INTO search_key_counts (key, entries) "
               "SELECT '#forms:' || kind, count(*) FROM search_forms GROUP BY kind")


def downgrade() -> None:
    op.execute("DELETE FROM search_key_counts WHERE key LIKE '#forms:%'")
