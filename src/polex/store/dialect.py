"""The one seam between SQLite and PostgreSQL: every difference lives here, by name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, Table, event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

__all__ = ["configure", "insert_ignore", "is_postgres", "is_sqlite", "lock_for"]

# Advisory lock keys (PostgreSQL): one per serialised resource.
_LOCK_KEYS = {"audit_chain": 0x504F4C4558_01}


def is_postgres(bind: Engine | Connection) -> bool:
    """True when the store is PostgreSQL."""
    return bind.dialect.name == "postgresql"


def is_sqlite(bind: Engine | Connection) -> bool:
    """True when the store is a SQLite file (or memory)."""
    return bind.dialect.name == "sqlite"


def configure(engine: Engine) -> None:
    """Per-connection settings: WAL, sane durability, foreign keys, write locking on SQLite."""
    if not is_sqlite(engine):
        return

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own is deferred).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable across application crashes in WAL mode; only a power cut may
        # lose the last transactions, never corrupt the file.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        # The default 2 MB page cache thrashes on index B-trees of millions of rows;
        # pages are allocated as used, so idle connections cost nothing.
        cursor.execute("PRAGMA cache_size=-131072")
        cursor.execute("PRAGMA mmap_size=268435456")  # mapped pages count in RSS: kept modest
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock at once: two writers never deadlock on upgrade.
        mode = "IMMEDIATE" if conn.get_execution_options().get("polex_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def lock_for(conn: Connection, resource: str) -> None:
    """Serialise a resource until the transaction ends (SQLite's write lock already does)."""
    if is_postgres(conn):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK_KEYS[resource]})")


def insert_ignore(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows, skipping those whose primary or unique key already exists."""
    if not rows:
        return
    builder = pg_insert if is_postgres(conn) else sqlite_insert
    conn.execute(builder(table).on_conflict_do_nothing(), rows)
