"""Opening the store: an engine for the configured URL, migrated to the newest schema."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, exc, inspect

from polex.store import dialect

__all__ = ["StandingConnection", "migrate", "open_engine", "reads", "writable", "write"]

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
        # On SQLite the connection returned last is handed out first: its page cache is
        # the warmest (still valid if nobody has committed since), where the queue's
        # default hands out the one idle longest, whose cache some other connection's
        # commit has most likely made void.
        kwargs.update(pool_size=pool_size, max_overflow=2 * pool_size,
                      pool_use_lifo=url.startswith("sqlite"))
    engine = create_engine(url, **kwargs)
    if url.startswith("postgresql"):
        _ping_when_idle(engine)
    dialect.configure(engine)
    if migrate_schema:
        migrate(engine)
    return engine


# A pooled connection idle for longer than this is pinged before it is handed out.
PING_AFTER_IDLE = 1.0  # seconds


def _ping_when_idle(engine: Engine) -> None:
    """Check a pooled PostgreSQL connection before use if it has been idle a while.

    A restarted server (or a firewall's timeout) leaves the pool holding dead connections;
    a ping at checkout finds them, and the pool opens a new one instead. SQLAlchemy's
    ``pool_pre_ping`` pings at every checkout: a round trip on every request, one of the
    ~9 of a document look-up. Under load a connection comes back within milliseconds, so
    only one that sat idle is pinged. One that dies while in use fails its request, as it
    would with a ping; the pool then drops every connection it holds (SQLAlchemy
    invalidates the pool on a disconnection), so the next requests get new ones.
    """
    @event.listens_for(engine, "checkin")
    def returned(_dbapi_conn: Any, record: Any) -> None:
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def handed_out(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        returned_at = record.info.get("returned_at")
        if returned_at is None or time.monotonic() - returned_at <= PING_AFTER_IDLE:
            return  # new, or back from a request a moment ago
        try:
            engine.dialect.do_ping(dbapi_conn)  # what pool_pre_ping sends
        except engine.dialect.loaded_dbapi.Error as lost:
            # The pool closes this connection and checks out another (SQLAlchemy retries).
            raise exc.DisconnectionError(str(lost)) from lost


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


def reads(engine: Engine) -> AbstractContextManager[Connection]:
    """A connection for a request's reads, before the write that ends it (``writable``);
    use it in a ``with`` block.

    On PostgreSQL each read runs as a transaction of its own (autocommit): in READ
    COMMITTED every statement of a transaction takes its own snapshot anyway, so the reads
    see exactly what they would inside one, without the BEGIN and ROLLBACK round trips
    around them (two of a search's ~12). SQLite keeps its read transaction: one snapshot,
    and the page cache that survives while nobody commits.

    Inside ``StandingConnection.serving`` for ``engine``, it is that standing connection.
    """
    standing = _SERVING.get()
    if standing is not None and standing.engine is engine:
        return standing.lent()
    conn = engine.connect()
    if dialect.is_postgres(conn):
        conn.execution_options(isolation_level="AUTOCOMMIT")
    return conn


class StandingConnection:
    """One connection kept open for work that runs one piece at a time on one thread: the
    searches the API runs on its event loop, and the commits of their audit entries.

    Checking a pooled connection out and in again, and making SQLAlchemy's ``Connection``
    around it, cost ~15 µs of CPU a search (a read and a rollback: 24 µs that way, 9.5 on
    a connection kept open), and each turn's commit one more: with one connection kept,
    the frontline mix cost a tenth less CPU a request in process (docs/benchmarks.md,
    session 17). The searches on a loop run one after another, so one connection serves
    them all; it also keeps the page cache that its own commits leave valid
    (``store.group_commit``).

    It lends itself only on the thread that made it, and to one user at a time: work on
    another thread, or nested inside a lent connection's use, gets a pooled connection of
    its own, as it would without this. The API keeps one for SQLite only (PostgreSQL's
    searches run on threads, their reads in autocommit: see ``reads``).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._thread = threading.get_ident()
        self._conn: Connection | None = None
        self._lent = False

    @contextmanager
    def serving(self) -> Iterator[None]:
        """Within: ``reads(engine)`` lends this connection (in this context only)."""
        token = _SERVING.set(self)
        try:
            yield
        finally:
            _SERVING.reset(token)

    @contextmanager
    def lent(self) -> Iterator[Connection]:
        """The standing connection, its transaction rolled back when it comes back.

        A connection that fails to roll back is closed, and the next use opens another.
        """
        if self._lent or threading.get_ident() != self._thread:
            with self.engine.connect() as conn:
                yield conn
            return
        conn = self._conn
        if conn is None or conn.closed or conn.invalidated:
            conn = self._conn = self.engine.connect()
        self._lent = True
        try:
            yield conn
        finally:
            self._lent = False
            try:
                if conn.in_transaction():
                    conn.rollback()
            except Exception:
                self.close()
                raise

    def close(self) -> None:
        """Close the standing connection (the next use opens another)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()


# The standing connection ``reads`` lends in this context, if any (a context variable: on
# the event loop each request is a task with its own context).
_SERVING: ContextVar[StandingConnection | None] = ContextVar("polex_standing_connection",
                                                            default=None)


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
