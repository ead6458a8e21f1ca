"""``record_changes`` keeps one row per record, its latest change, rather than a row per
change: the table can then never hold more rows than there have been records, and needs no
pruning. The numbers still rise in the order the changes commit, so a reader that has seen
change ``n`` has seen every change before it (migration 0010's reasoning holds).

The rows of 0010's table are dropped: each process's candidate cache starts again at its
next search (a first sync drops everything), so nothing is missed.

Revision ID: 0011
Revises: 0010
"""

import importlib.util
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"

# dialect._LOCK_KEYS["record_changes"]
_PG_LOCK = 0x504F4C4558_03


def upgrade() -> None:
    postgres = op.get_context().dialect.name == "postgresql"
    _drop_triggers(postgres)
    op.drop_table("record_changes")
    op.create_table(
        "record_changes",
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_record_changes_seq", "record_changes", ["seq"], unique=True)
    if postgres:
        op.execute("CREATE SEQUENCE record_change_numbers")
        op.execute(f"""
            CREATE FUNCTION note_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock({_PG_LOCK});
                INSERT INTO record_changes (record_id, seq)
                    VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END,
                            nextval('record_change_numbers'))
                    ON CONFLICT (record_id) DO UPDATE SET seq = excluded.seq;
                RETURN NULL;
            END $$""")
        op.execute("CREATE TRIGGER record_changed AFTER UPDATE OR DELETE ON records "
                   "FOR EACH ROW EXECUTE FUNCTION note_record_change()")
        return
    # SQLite has one writer at a time: the next number is one more than the largest.
    for name, event, row in (("record_updated", "UPDATE", "NEW"),
                             ("record_deleted", "DELETE", "OLD")):
        op.execute(f"CREATE TRIGGER {name} AFTER {event} ON records BEGIN "
                   f"INSERT INTO record_changes (record_id, seq) VALUES ({row}.id, "
                   "(SELECT coalesce(max(seq), 0) + 1 FROM record_changes)) "
                   "ON CONFLICT (record_id) DO UPDATE SET seq = excluded.seq; END")


def downgrade() -> None:
    postgres = op.get_context().dialect.name == "postgresql"
    _drop_triggers(postgres)
    op.drop_table("record_changes")
    if postgres:
        op.execute("DROP SEQUENCE record_change_numbers")
    _migration_0010().upgrade()


def _drop_triggers(postgres: bool) -> None:
    if postgres:
        op.execute("DROP TRIGGER record_changed ON records")
        op.execute("DROP FUNCTION note_record_change()")
    else:
        op.execute("DROP TRIGGER record_updated")
        op.execute("DROP TRIGGER record_deleted")


def _migration_0010() -> Any:  # the migration module
    path = Path(__file__).with_name("0010_record_changes.py")
    spec = importlib.util.spec_from_file_location("migration_0010", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module
