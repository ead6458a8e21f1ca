"""Index keys by month of birth: a search reads a common key's holders born when its person
was (``search_keys.birth_month``: year × 100 + month, 0 when no date is known, part of the
primary key).

The rows are copied as undated, so search goes on working (without the dates) until
``polex index rebuild`` fills them in: the index's version stamp tells the operator so.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def _keys_table(name: str, *, by_month: bool) -> None:
    columns = [sa.Column("key", sa.String(160), primary_key=True)]
    if by_month:
        columns.append(sa.Column("birth_month", sa.Integer, primary_key=True))
    columns.append(sa.Column("record_id", sa.String(36), primary_key=True))
    op.create_table(name, *columns, sqlite_with_rowid=False)


def _replace_keys_table(*, by_month: bool) -> None:
    op.drop_index("ix_search_keys_record", "search_keys")
    _keys_table("search_keys_new", by_month=by_month)
    undated = "0, " if by_month else ""
    op.execute(f"INSERT INTO search_keys_new SELECT DISTINCT key, {undated}record_id "
               "FROM search_keys")
    op.drop_table("search_keys")
    op.rename_table("search_keys_new", "search_keys")
    if op.get_bind().dialect.name == "postgresql":  # the key keeps the name it was made with
        op.execute("ALTER TABLE search_keys RENAME CONSTRAINT search_keys_new_pkey "
                   "TO search_keys_pkey")
    op.create_index("ix_search_keys_record", "search_keys", ["record_id"])


def upgrade() -> None:
    _replace_keys_table(by_month=True)


def downgrade() -> None:
    _replace_keys_table(by_month=False)
