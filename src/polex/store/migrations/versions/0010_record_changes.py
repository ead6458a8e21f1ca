"""Which records changed, in the order their changes committed (``schema.record_changes``):
each API process's candidate cache drops what changed since it last looked, in one read,
instead of reading the versions of every candidate of every search.

Written by triggers on ``records`` (every update and delete, whatever wrote it), so no code
path can change a record without the caches hearing of it. On PostgreSQL the trigger first
takes a transaction lock of its own, so that change numbers are handed out in the order
the changes commit (SQLite has one writer at a time): a reader that has seen change ``n``
has seen every change before it.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"

# dialect._LOCK_KEYS["record_changes"]
_PG_LOCK = 0x504F4C4558_03


def upgrade() -> None:
    op.create_table(
        "record_changes",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  primary_key=True, autoincrement=True),
        sa.Column("record_id", sa.String(36), nullable=False),
        sqlite_autoincrement=True,
    )
    if op.get_context().dialect.name == "postgresql":
        op.execute(f"""
            CREATE FUNCTION note_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock({_PG_LOCK});
                INSERT INTO record_changes (record_id)
                    VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
                RETURN NULL;
            END $$""")
        op.execute("CREATE TRIGGER record_changed AFTER UPDATE OR DELETE ON records "
                   "FOR EACH ROW EXECUTE FUNCTION note_record_change()")
        return
    op.execute("CREATE TRIGGER record_updated AFTER UPDATE ON records BEGIN "
               "INSERT INTO record_changes (record_id) VALUES (NEW.id); END")
    op.execute("CREATE TRIGGER record_deleted AFTER DELETE ON records BEGIN "
               "INSERT INTO record_changes (record_id) VALUES (OLD.id); END")


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER record_changed ON records")
        op.execute("DROP FUNCTION note_record_change()")
    else:
        op.execute("DROP TRIGGER record_updated")
        op.execute("DROP TRIGGER record_deleted")
    op.drop_table("record_changes")
