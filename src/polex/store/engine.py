"""Opening the store: an engine for the configured URL, migrated to the newest schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, inspect

from polex.store import dialect

__all__ = ["migrate", "open_engine", "reads", "writable", "write"]

_MIGRATIONS = Path(__file__).parent / "migrations"


def open_engine(url: str, *, migrate_schema: bool = True, pool_size: int = 10) -> Engine:
    """An engine for ``url`` with the dialect's settings, migrated unless told not to.

    ``pool_size`` connections are kept open: as many as the process runs requests at once.
    Beyond it up to twice as many more are opened for a burst and closed after use; on
    SQLite that is costly (each new connection starts with an empty page cache and sets
    its pragmas again), so the API sizes the pool to its thread count.
    """
    kwargs: dict = {"future": True}
    if not _in_memory(url):
        kwargs.update(pool_size=pool_size, max_overflow=2 * pool_size)
    if url.startswith("postgresql"):
        kwargs.update(pool_pre_ping=True)
    engine = create_engine(url, **kwargs)
    dialect.configure(engine)
    if migrate_schema:
        migrate(engine)
    return engine


def _in_memory(url: str) -> bool:
    # An in-memory SQLite database lives in one connection: SQLAlchemy pools it its own way.
    return url.startswith("sqlite") and (url.rstrip("/").endswith(":") or ":memory:" in url)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is there already)."""
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def reads(engine: Engine) -> Connection:
    """A connection for a request's reads, before the write that ends it (``writable``).

    On PostgreSQL each read runs as a transaction of its own (autocommit): in READ
    COMMITTED every statement of a transaction takes its own snapshot anyway, so the reads
    see exactly what they would inside one, without the BEGIN and ROLLBACK round trips
    around them (two of a search's ~12). SQLite keeps its read transaction: one snapshot,
    and the page cache that survives while nobody commits.
    """
    conn = engine.connect()
    if dialect.is_postgres(conn):
        conn.execution_options(isolation_level="AUTOCOMMIT")
    return conn


def writable(conn: Connection) -> Connection:
    """``conn`` (from ``reads``, its reads ended) made transactional again, for the write
    work it is lent to: the audit chain's lock and entry must commit together."""
    if conn.in_transaction():
        raise ValueError("end the connection's reads before writing on it")
    if dialect.is_postgres(conn):
        conn.execution_options(isolation_level=conn.dialect.default_isolation_level)
    return conn


def write(engine: Engine) -> Connection:
    """A connection whose transactions take the write lock at once (SQLite: BEGIN IMMEDIATE)."""
    return engine.connect().execution_options(polex_write=True)


def has_schema(engine: Engine) -> bool:
    """True when the store has been migrated at least once."""
    return inspect(engine).has_table("records")
