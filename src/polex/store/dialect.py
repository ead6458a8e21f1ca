"""The one seam between SQLite and PostgreSQL: every difference lives here, by name."""

from __future__ import annotations

import itertools
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, Table, event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

__all__ = ["configure", "fast_execute", "fast_execute_many", "fast_rows", "in_index_order",
           "insert_ignore", "is_postgres", "is_sqlite", "json_list", "lock_for", "locked_rows",
           "one_of", "rows_of", "timestamp"]

# Advisory lock keys (PostgreSQL): one per serialised resource.
# Transaction locks on PostgreSQL, always taken in this order within a transaction:
# "record_changes" (by a trigger on records, migration 0010), "key_counts", "audit_chain".
_LOCK_KEYS = {"record_changes": 0x504F4C4558_03, "key_counts": 0x504F4C4558_02,
              "audit_chain": 0x504F4C4558_01}


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
        cursor.execute(f"PRAGMA busy_timeout={int(_BUSY_SECONDS * 1000)}")
        # The default 2 MB page cache thrashes on index B-trees of millions of rows, but
        # each pooled connection fills its own: at 128 MB, an API process serving 16
        # searches at once peaked at 2.5-3 GB at bench size; at 32 MB at 1.7 GB, at 16 MB
        # at 0.95 GB, searching as fast (the OS page cache holds the file for them all).
        cursor.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
        # No memory map. A commit by another process voids this connection's page cache,
        # and SQLite then unmaps and maps the file again: with two API processes each
        # committing hundreds of audit transactions a second, a 256 MB map cost the HTTP
        # frontline mix ~0.05 ms of CPU a search (3,225 against 3,558 searches/s), and
        # in one process it saved nothing measurable (docs/benchmarks.md, session 16).
        cursor.execute("PRAGMA mmap_size=0")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock at once: two writers never deadlock on upgrade.
        if conn.get_execution_options().get("polex_write"):
            _begin_immediate(conn)
        else:  # on the driver: SQLAlchemy's statement machinery costs more than BEGIN does
            conn.connection.driver_connection.execute("BEGIN DEFERRED")  # type: ignore[union-attr]


# SQLite's own busy handler sleeps 1, 2, 5, 10… up to 100 ms between tries: fine for rare
# contention, ruinous when two API processes each commit hundreds of short audit
# transactions a second (a writer that loses twice sleeps longer than the work takes).
# Writers retry on their own, sooner, for as long as the busy timeout allows.
_WRITE_RETRY_SECONDS = (0.0002, 0.0005, 0.001, 0.002)
_BUSY_SECONDS = 10.0
_CACHE_KIB = 32 * 1024  # SQLite's page cache per connection


def _begin_immediate(conn: Connection) -> None:
    raw = conn.connection.driver_connection
    raw.execute("PRAGMA busy_timeout=0")  # type: ignore[union-attr]
    try:
        deadline = time.monotonic() + _BUSY_SECONDS
        for attempt in itertools.count():
            try:
                raw.execute("BEGIN IMMEDIATE")  # type: ignore[union-attr]
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(_WRITE_RETRY_SECONDS[min(attempt, len(_WRITE_RETRY_SECONDS) - 1)])
    finally:
        raw.execute(f"PRAGMA busy_timeout={int(_BUSY_SECONDS * 1000)}")  # type: ignore[union-attr]


def lock_for(conn: Connection, resource: str) -> None:
    """Serialise a resource until the transaction ends (SQLite's write lock already does)."""
    if is_postgres(conn):
        conn.exec_driver_sql(_advisory_lock(resource))


def _advisory_lock(resource: str) -> str:
    return f"SELECT pg_advisory_xact_lock({_LOCK_KEYS[resource]})"


def locked_rows(conn: Connection, resource: str, sql: str) -> list[tuple[Any, ...]]:
    """``lock_for(resource)``, then ``fast_rows(sql)`` (no parameters) under the lock.

    On PostgreSQL both go in one round trip, as two statements of one query string: the
    server runs them in turn, and in a READ COMMITTED transaction each statement takes its
    own snapshot, so the read sees every transaction that committed while it waited for the
    lock. Not one statement: a statement's snapshot is taken before it waits, and would
    miss them (an audit entry appended after a head it never saw).
    """
    if not is_postgres(conn):
        return fast_rows(conn, sql)  # SQLite's write lock is held already
    with _driver_cursor(conn, f"{_advisory_lock(resource)}; {sql}", ()) as cursor:
        cursor.nextset()
        return cursor.fetchall()


def insert_ignore(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows, skipping those whose primary or unique key already exists."""
    if not rows:
        return
    builder = pg_insert if is_postgres(conn) else sqlite_insert
    conn.execute(builder(table).on_conflict_do_nothing(), rows)


def one_of(conn: Connection, column: str, values: Sequence[Any]) -> tuple[str, Any]:
    """A condition ``column`` is one of ``values``, with one ``?`` parameter: (SQL, value).

    One parameter however many values, so the statement text does not grow with them
    (SQLite reads a JSON array, PostgreSQL an array); on SQLite a single value is compared
    with ``=``.
    """
    if is_postgres(conn):
        return f"{column} = ANY(?)", list(values)
    if len(values) == 1:
        # SQLite fills a temporary B-tree for every IN (SELECT …) before using the index:
        # 17 % of a document look-up's instructions went to them, and a look-up mostly
        # asks for one record (its version, envelope, form, view and notification).
        return f"{column} = ?", values[0]
    return f"{column} IN (SELECT value FROM json_each(?))", json_list(values)


def rows_of(conn: Connection, columns: str, source: str, column: str, values: Sequence[Any]
            ) -> list[tuple[Any, ...]]:
    """``SELECT columns FROM source`` for the rows whose ``column`` is one of ``values``, on
    the driver's cursor (``fast_rows``), in one statement with one parameter; each row once.

    On SQLite the values are joined to ``source`` (``json_each`` first, then a look-up in
    ``source``'s index per value) rather than compared with ``IN (SELECT …)``, which first
    fills a temporary B-tree of them: the versions of a search's 200 candidates read in
    ~205 µs rather than ~270, its envelopes in ~370 rather than ~440. ``json_each`` has
    columns of its own (``id``, ``key``, ``value``…): qualify ``columns`` and ``column``
    with an alias given in ``source`` (``records AS r``).
    """
    if is_postgres(conn) or len(values) == 1:
        condition, value = one_of(conn, column, values)
        return fast_rows(conn, f"SELECT {columns} FROM {source} WHERE {condition}", (value,))
    # Distinct values: a join, unlike IN, would give a row once per time a value is named.
    wanted = json_list(in_index_order(values))
    return fast_rows(conn, f"SELECT {columns} FROM json_each(?) AS wanted CROSS JOIN {source} "
                           f"ON {column} = wanted.value", (wanted,))


def in_index_order(values: Iterable[Any]) -> list[Any]:
    """``values`` once each, sorted: the order to look them up in an index on SQLite.

    Each look-up then starts near the pages the one before it read. A 500-traveller
    manifest at a million persons puts ~17,500 ids through the gate's index: 57 ms in the
    order they came, 38 ms sorted (sorting them costs ~3 ms); 200 ids 293 against 274 µs;
    a manifest's ~5,000 postings ranges, 3 ms less (docs/benchmarks.md, session 18).
    """
    return sorted(set(values))


def json_list(values: Iterable[Any]) -> str:
    """``values`` as a JSON array, for SQLite's ``json_each``: the one parameter a list of
    ids or keys is passed as.

    orjson's: ``json.dumps`` spends ~20 µs on a search's 200 candidate ids and ~8.6 ms on a
    manifest's 60,000 (orjson ~1 µs and ~0.6 ms). SQLite reads the same values from both
    (orjson writes UTF-8 where ``json.dumps`` escapes it); what orjson refuses (a lone
    surrogate, an integer beyond 64 bits) goes to ``json.dumps``.
    """
    values = list(values)
    try:
        return orjson.dumps(values).decode()
    except orjson.JSONEncodeError:
        return json.dumps(values)


def timestamp(conn: Connection, at: datetime) -> Any:
    """``at`` (naive UTC, as the store keeps times) as a ``DateTime`` column stores it, for
    ``fast_rows`` parameters: SQLite holds text in SQLAlchemy's format (compared as text),
    PostgreSQL a timestamp."""
    if at.tzinfo is not None:
        raise ValueError("the store keeps naive UTC times")
    # SQLAlchemy's "%Y-%m-%d %H:%M:%S.%f", written in a third of strftime's time (a search
    # that notifies writes two).
    return at if is_postgres(conn) else at.isoformat(" ", "microseconds")


def fast_rows(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Run a hot read on the driver's own cursor, in ``conn``'s transaction; plain tuples.

    For the few reads that search runs per request over hundreds of rows, where
    SQLAlchemy's statement and row machinery would cost more than the database does.
    ``sql`` uses ``?`` placeholders.
    """
    with _driver_cursor(conn, sql, params) as cursor:
        return cursor.fetchall()


def fast_execute(conn: Connection, sql: str, params: Sequence[Any] = ()) -> None:
    """Run a hot write on the driver's own cursor, in ``conn``'s transaction (``?``
    placeholders): for the audit entry every search appends."""
    with _driver_cursor(conn, sql, params):
        pass


def fast_execute_many(conn: Connection, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """``fast_execute`` once per row of parameters (the hit notifications of a search)."""
    with _driver_cursor(conn, sql, rows, many=True):
        pass


@contextmanager
def _driver_cursor(conn: Connection, sql: str, params: Sequence[Any], *, many: bool = False
                   ) -> Iterator[Any]:
    if not conn.in_transaction():
        conn.begin()  # the dialect's begin hook opens the transaction the cursor joins
    if is_postgres(conn):
        sql = sql.replace("?", "%s")
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        if many:
            cursor.executemany(sql, [tuple(row) for row in params])
        else:
            cursor.execute(sql, tuple(params))
        yield cursor
    finally:
        cursor.close()
