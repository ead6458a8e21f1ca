"""Bulk writes of the search index: a full rebuild and large loads.

The record service writes index entries one transaction at a time through
:mod:`polex.store.search_index`; that is right for single writes, and too slow for a
million records at once. This module is the fast path for the two bulk jobs:

- the index entries are computed in worker processes (:func:`map_in_workers`), which
  also read and decode the records (:func:`rebuild_rows`), while this process writes the
  rows of earlier pages;
- rows are written as plain tuples with one ``executemany`` per table (:func:`write_rows`),
  keys sorted within each page;
- a full rebuild (:class:`FullRebuild`) empties the index and, on SQLite, drops the
  secondary index on ``search_keys`` and recreates it once at the end (one sort instead of
  millions of B-tree inserts; a larger page cache made no difference, measured).

Everything happens in the caller's transaction: readers keep seeing the old index until it
commits, and a rebuild that fails or is interrupted leaves the old index as it was.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import islice, repeat
from operator import itemgetter
from typing import Any, TypeVar

import orjson
from sqlalchemy import Connection, Engine, func, select

from polex.store import dialect, search_index
from polex.store.schema import records, search_forms, search_keys

__all__ = [
    "ComputedRows",
    "FullRebuild",
    "SortedWriter",
    "chunked",
    "computed_range",
    "computed_rows",
    "cycle_collection_paused",
    "decoded",
    "default_workers",
    "loaded_rows",
    "map_in_workers",
    "more_than_one_page",
    "page_bounds",
    "read_range",
    "read_range_versioned",
    "rebuild_rows",
    "worker_pool",
    "write_rows",
]

T = TypeVar("T")
R = TypeVar("R")

Item = tuple[str, str, dict[str, Any]]
"""(record id, kind, canonical record), as the index entry function takes them."""
RawRecord = tuple[str, str, str]
"""(record id, kind, body as stored JSON text): cheap to read and to send to a worker."""
EntriesOf = Callable[[list[Item]],
                     list[tuple[str, str, set[str], dict[str, Any] | None, tuple[int, ...]]]]

@dataclass
class ComputedRows:
    """What one page of records adds to the index, as rows ready for ``executemany``."""

    records: int = 0
    keys: list[tuple[str, int, str]] = field(default_factory=list)  # (key, month, id), sorted
    forms: list[tuple[str, str, str]] = field(default_factory=list)  # (id, kind, form JSON)


def default_workers() -> int:
    """How many processes compute index entries: one per core, at most 4 (the writer is a
    single process and does not keep more busy)."""
    return max(1, min(os.cpu_count() or 1, 4))


def page_bounds(conn: Connection, page: int) -> Iterator[tuple[str, str]]:
    """``(first id, last id)`` of consecutive pages of ``page`` records, in id order.

    Reads ids only, from the primary key's index, so finding a page costs little; the
    records themselves are read by whoever computes the page (:func:`read_range`).
    """
    ids = select(records.c.id).order_by(records.c.id)
    last: str | None = None
    while True:
        after = ids if last is None else ids.where(records.c.id > last)
        first = conn.execute(after.limit(1)).scalar()
        if first is None:
            return
        end = conn.execute(after.offset(page - 1).limit(1)).scalar()
        if end is None:  # the last, shorter page
            end = conn.execute(select(func.max(records.c.id))).scalar()
        yield first, end
        last = end


def read_range(conn: Connection, bounds: tuple[str, str]) -> list[RawRecord]:
    """The records whose ids lie within ``bounds`` (inclusive), as ``(id, kind, body)``.

    Read on the driver's cursor: SQLAlchemy's row objects cost a tenth of a worker's time.
    """
    return dialect.fast_rows(conn, f"SELECT id, kind, body FROM {records.name} "
                                   "WHERE id >= ? AND id <= ? ORDER BY id", bounds)


def read_range_versioned(conn: Connection, bounds: tuple[str, str]
                         ) -> list[tuple[str, str, str, int]]:
    """:func:`read_range` with each record's version: ``(id, kind, body, version)``."""
    first, last = bounds
    query = (select(records.c.id, records.c.kind, records.c.body, records.c.version)
             .where(records.c.id >= first, records.c.id <= last).order_by(records.c.id))
    return [(r[0], r[1], r[2], r[3]) for r in conn.execute(query)]


def rebuild_rows(conn: Connection, entries_of: EntriesOf | None, page: int,
                 pool: ProcessPoolExecutor | None) -> Iterator[ComputedRows]:
    """The index rows of every record, page by page, in id order.

    With a ``pool``, its processes read and compute the pages, each through its own
    connection to the store, and start on the first pages at once (before the first is
    asked for: meanwhile the caller empties the old index). What they read is what
    ``conn`` would read: the rebuild's transaction keeps every writer of records out
    (:meth:`FullRebuild.lock`, called first), and it changes no record itself.
    """
    url = conn.engine.url
    bounds = page_bounds(conn, page)
    if pool is not None and url.database not in (None, "", ":memory:"):  # others can open it
        work = partial(computed_range, entries_of, url.render_as_string(hide_password=False))
        return (rows for _, rows in map_in_workers(work, bounds, pool))
    return (computed_rows(entries_of, read_range(conn, b)) for b in bounds)


def more_than_one_page(conn: Connection, page: int) -> bool:
    """True when the store holds more than ``page`` records (worth starting workers)."""
    query = select(records.c.id).order_by(records.c.id).offset(page).limit(1)
    return conn.execute(query).first() is not None


_ENGINES: dict[str, Engine] = {}


def computed_range(entries_of: EntriesOf | None, url: str, bounds: tuple[str, str]
                   ) -> ComputedRows:
    """:func:`computed_rows` of the records within ``bounds``, read through this process's
    own connection to the store at ``url`` (run in a worker process)."""
    if url not in _ENGINES:
        from polex.store.engine import open_engine

        _ENGINES[url] = open_engine(url, migrate_schema=False)
    with _ENGINES[url].connect() as conn:
        page = read_range(conn, bounds)
    return computed_rows(entries_of, page)


def computed_rows(entries_of: EntriesOf | None, page: list[RawRecord]) -> ComputedRows:
    """The index rows of a page of stored records, as :func:`record_pages` reads them.
    Runs in a worker process, so it does all the per-record work: decoding, keys and
    forms, serialising.

    """
    with cycle_collection_paused():
        return _rows(entries_of, decoded(page))


def decoded(page: list[RawRecord]) -> list[Item]:
    """Stored records as the index entry function takes them.

    Index entries depend only on the kind's fields (names, dates, numbers…), never on the
    envelope (owner, status, sharing are the gate's business), so a stored record is
    decoded to ``{"id", "kind", **fields}``.
    """
    return [(rid, kind, {"id": rid, "kind": kind, **orjson.loads(body)})
            for rid, kind, body in page]


def loaded_rows(entries_of: EntriesOf | None, chunk: list[tuple[str, str, dict[str, Any]]]
                ) -> ComputedRows:
    """The index rows of a chunk of ``(id, owner, canonical record)`` items being loaded
    (:meth:`polex.access.records.RecordService.bulk_load`); runs in a worker process."""
    with cycle_collection_paused():
        return _rows(entries_of, [(rid, record["kind"], record) for rid, _, record in chunk])


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk step (nested pauses are one).

    A page allocates hundreds of thousands of small containers (decoded records, forms, key
    rows) that reference counting frees: none is part of a cycle. Yet the collector wakes
    every 700 allocations, and each of its fuller passes walks every object the process
    holds, the form caches included: 45 % of a worker's time on a page of persons (128 µs
    a person instead of 72, measured). Whatever cycles a paused step leaves are collected
    once it is over.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _rows(entries_of: EntriesOf | None, items: list[Item]) -> ComputedRows:
    out = ComputedRows(records=len(items))
    if entries_of is None:  # a store without a search index
        return out
    for record_id, kind, keys, form, born in entries_of(items):
        if len(born) == 1:
            out.keys.extend(zip(keys, repeat(born[0]), repeat(record_id)))
        else:
            out.keys.extend((key, day, record_id) for key in keys for day in born)
        if form is not None:
            # orjson: compact UTF-8 JSON, as json.dumps(ensure_ascii=False) writes it,
            # at a fraction of the cost (a tenth of the workers' time went to JSON).
            out.forms.append((record_id, kind, orjson.dumps(
                form, option=orjson.OPT_NON_STR_KEYS).decode()))
    # Sorted, the inserts walk the key B-tree in order instead of touching random pages.
    out.keys.sort(key=_KEY)
    return out


# By key and date: a stable sort keeps the rows of one key and date in the order the records
# came, by id on a rebuild (comparing whole rows would cost twice as much).
_KEY = itemgetter(0, 1)


def write_rows(conn: Connection, rows: ComputedRows) -> None:
    """Insert the rows of records that have no index entries yet (one executemany each)."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    if rows.keys:
        conn.exec_driver_sql(f"INSERT INTO {search_keys.name} (key, born, record_id) "
                             f"VALUES ({mark}, {mark}, {mark})", rows.keys)
    if rows.forms:
        conn.exec_driver_sql(f"INSERT INTO {search_forms.name} (record_id, kind, form) "
                             f"VALUES ({mark}, {mark}, {mark})", rows.forms)


class SortedWriter:
    """Writes index rows for a load, keys in sorted runs of up to ``run`` rows.

    Records arrive in an order of no use to the key B-tree (ordered by key), so keys
    inserted chunk by chunk land on random pages: past the page cache's size, each insert
    reads a page back from the file. Sorting a large run first makes the inserts walk the
    tree in order (1M persons: 275 s instead of 324 s, a third less system time). The run
    bounds the memory held: ~150 bytes per key row.

    The keys' counts (``search_key_counts``, with the forms' by kind) are added up as runs
    are written and stored by :meth:`finish`, once, at the end of the transaction: writing
    them takes the counts' lock (``search_index.count_keys``), which other writers of
    records then wait for until the commit. ``counted`` False leaves them alone (a full
    rebuild counts every key when it finishes).
    """

    def __init__(self, conn: Connection, run: int = 500_000, *, counted: bool = True) -> None:
        self.conn = conn
        self.run = run
        self.counted = counted
        self.keys: list[tuple[str, int, str]] = []
        self.counts: Counter[str] = Counter()

    def add(self, rows: ComputedRows) -> None:
        """Write the forms now and the keys with the run they fall in."""
        write_rows(self.conn, ComputedRows(forms=rows.forms))
        if self.counted:
            self.counts.update(search_index.FORMS_OF + kind for _, kind, _ in rows.forms)
        self.keys.extend(rows.keys)
        if len(self.keys) >= self.run:
            self._flush()

    def finish(self) -> None:
        """Write the keys held and the counts (call before the transaction commits)."""
        self._flush()
        if self.counted:
            search_index.count_keys(self.conn, self.counts)
        self.counts = Counter()

    def _flush(self) -> None:
        self.keys.sort(key=_KEY)
        write_rows(self.conn, ComputedRows(keys=self.keys))
        if self.counted:
            self.counts.update(map(itemgetter(0), self.keys))
        self.keys = []


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    source = iter(items)
    while chunk := list(islice(source, size)):
        yield chunk


@contextmanager
def worker_pool(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """``workers`` processes for :func:`map_in_workers`, started at once (None below 2).

    Start it before opening the transaction that will grow this process's memory: forked
    workers share the parent's pages as they were at the fork, and count them in their
    RSS. Fork, so that they inherit the loaded romanisers instead of importing them again.
    """
    if workers < 2:
        yield None
        return
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    # The workers live for one bulk job and make no reference cycles: the cycle collector
    # would only walk their pages' rows and form caches again and again (see
    # cycle_collection_paused), so it never runs in them.
    pool = ProcessPoolExecutor(workers, mp_context=mp.get_context(method),
                               initializer=gc.disable)
    try:
        pool.submit(int).result()  # the executor forks every worker at its first task
        yield pool
    finally:
        # Work handed out ahead and not started is dropped (a failed or interrupted job).
        pool.shutdown(wait=True, cancel_futures=True)


def map_in_workers(fn: Callable[[T], R], items: Iterable[T], pool: ProcessPoolExecutor | None,
                   ahead: int | None = None) -> Iterator[tuple[T, R]]:
    """``(item, fn(item))`` for each of ``items``, computed by the ``pool``'s processes, in
    order (the item is handed back so that the caller need not keep its own copy).

    The first items are handed to the pool at once, before the first result is asked for.
    At most ``ahead`` items are in flight (default: four per core, enough to keep the
    workers busy while the writer writes a sorted run of keys), so memory stays bounded
    whatever the size of ``items``: a slow consumer holds the producers back. Without a
    pool it runs in this process, lazily. ``fn`` must be picklable (a module-level
    function or a ``functools.partial`` of one).
    """
    if pool is None:
        return ((item, fn(item)) for item in items)
    limit = ahead or 4 * default_workers()
    source = iter(items)
    pending = deque((item, pool.submit(fn, item)) for item in islice(source, limit - 1))
    return _in_order(fn, source, pool, pending, limit)


def _in_order(fn: Callable[[T], R], source: Iterator[T], pool: ProcessPoolExecutor,
              pending: deque[tuple[T, Future[R]]], limit: int) -> Iterator[tuple[T, R]]:
    try:
        for item in source:
            pending.append((item, pool.submit(fn, item)))
            if len(pending) >= limit:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
    finally:
        for _, future in pending:
            future.cancel()


class FullRebuild:
    """Empties the index for a full rebuild in the caller's transaction, and finishes it.

    On SQLite, the secondary index on ``search_keys`` (by record id) is dropped and made
    again from the loaded rows in :meth:`finish`: one sort instead of a random insert per
    key. The drop is part of the transaction, so readers keep the old table and its index
    until the commit, and a rollback restores both. On PostgreSQL nothing is dropped: that
    would lock readers out until the commit.

    No record may change while the rebuild reads them, or its entries would be stale. On
    SQLite the write transaction already excludes every other writer. On PostgreSQL the
    records table is locked in SHARE mode: record writes wait for the commit, while reads,
    and the audit entries and notifications that searches write, go on.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = dialect.is_sqlite(conn)
        self.dropped = [ix for ix in search_keys.indexes] if self.sqlite else []

    def lock(self) -> None:
        """Keep writers of records out until the commit (on SQLite, the write transaction
        already does). Before anything reads the records to index them."""
        if not self.sqlite:
            self.conn.exec_driver_sql(f"LOCK TABLE {records.name} IN SHARE MODE")

    def start(self) -> None:
        """Empty the index (and drop what :meth:`finish` recreates); :meth:`lock` first."""
        for ix in self.dropped:
            ix.drop(self.conn)
        search_index.clear(self.conn)

    def finish(self) -> None:
        """Recreate what :meth:`start` dropped, and the keys' counts, from the rows now
        loaded (write them with a ``SortedWriter`` that does not count)."""
        for ix in self.dropped:
            ix.create(self.conn)
        search_index.recount_keys(self.conn)
