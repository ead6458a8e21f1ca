"""Index keys by date of birth, not month: ``search_keys.born`` is year × 10,000 + month ×
100 + day (0 when no date is known), so that a search that only a record born on the day
sought can answer (a frontline check: ``search.plan.day_needed``) reads those rows alone.

The rows keep their months, with the day unknown (197405 becomes 19740500), so search goes
on finding every hit it found before: a search on the day reads the month's day-unknown rows
too. ``polex index rebuild`` fills the days in (the index's version stamp tells the
operator so), and only then does such a search read less.

Revision ID: 0012
Revises: 0011
"""

from alembic import op

revision = "0012"
down_revision = "0011"


def upgrade() -> None:
    op.execute("ALTER TABLE search_keys RENAME COLUMN birth_month TO born")
    # Months only grow (×100 keeps their order, and 0 stays 0), so no row's new key meets
    # another's old one.
    op.execute("UPDATE search_keys SET born = born * 100 WHERE born <> 0")


def downgrade() -> None:
    # Two dates of one month give one row by month: the later ones go first.
    op.execute("DELETE FROM search_keys WHERE EXISTS (SELECT 1 FROM search_keys AS o "
               "WHERE o.key = search_keys.key AND o.record_id = search_keys.record_id "
               "AND o.born / 100 = search_keys.born / 100 AND o.born < search_keys.born)")
    op.execute("UPDATE search_keys SET born = born / 100 WHERE born <> 0")
    op.execute("ALTER TABLE search_keys RENAME COLUMN born TO birth_month")
