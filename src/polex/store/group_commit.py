"""Group commit: many small write transactions from concurrent requests, committed as one.

Every search must append to the audit trail before it answers, and the trail is a single
hash chain, so its appends serialise on the store's write lock. One transaction per search
would make the lock the hub's speed limit (each commit has a fixed cost, and under load
the callers queue for it). Here, a caller hands its work to the committer and waits; the
first waiting caller becomes the leader and runs everything queued so far in one
transaction, then wakes the others. Batches form by themselves while a commit is in
flight; an idle hub commits each piece of work at once, with no added delay.

Nobody is answered before the transaction holding its work has committed, so durability
is as with a transaction per caller. A piece of work that fails is retried alone so that
it cannot take others down with it, and only its own caller sees the error.

The leaders (one at a time) share one connection, kept between batches: taking one from
the pool and giving it back for every search cost a tenth of a document look-up. One
whose batch failed is given back at once, and one left idle for ``idle_seconds`` is
exchanged for a fresh one from the pool, which checks it (a server may have closed it).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Engine

from polex.store.engine import write

__all__ = ["GroupCommit"]

T = TypeVar("T")
_INTERRUPTED = RuntimeError("the shared commit was interrupted; nothing was written")


@dataclass
class _Ticket(Generic[T]):
    work: Callable[[Connection], T]
    wake: threading.Event = field(default_factory=threading.Event)
    finished: bool = False
    result: Any = None
    error: BaseException | None = None


class GroupCommit:
    """Runs callers' write work in shared transactions (thread-safe; one per engine)."""

    def __init__(self, engine: Engine, *, max_batch: int = 500, idle_seconds: float = 30.0
                 ) -> None:
        self.engine = engine
        self.max_batch = max_batch
        self.idle_seconds = idle_seconds
        self._lock = threading.Lock()
        self._queue: list[_Ticket[Any]] = []
        self._leading = False
        # Only the current leader touches these: leadership passes under ``_lock``.
        self._conn: Connection | None = None
        self._used_at = 0.0
        self.batches = 0  # how many transactions ran (for tests and metrics)

    def run(self, work: Callable[[Connection], T]) -> T:
        """Run ``work(conn)`` in a write transaction; return once that has committed.

        ``work`` may share its transaction with other callers' work, so it must only
        write (and read what it writes); it runs on whichever thread leads the batch.
        """
        ticket: _Ticket[T] = _Ticket(work)
        with self._lock:
            self._queue.append(ticket)
            lead = not self._leading
            self._leading = True
        while True:
            if lead:
                self._lead_once()
            if ticket.finished:
                break
            ticket.wake.wait()
            ticket.wake.clear()
            lead = not ticket.finished  # woken unfinished: it was handed the lead
        if ticket.error is not None:
            raise ticket.error
        return ticket.result

    def _lead_once(self) -> None:
        """Commit one batch, then hand the lead to the oldest waiter, if any.

        A leader commits a single batch, so that no caller is kept from its answer by
        work that arrived after its own.
        """
        with self._lock:
            batch, self._queue = self._queue[:self.max_batch], self._queue[self.max_batch:]
        try:
            self._commit(batch)
        finally:  # even if interrupted, nobody is left waiting for a leader
            with self._lock:
                successor = self._queue[0] if self._queue else None
                self._leading = successor is not None
            for ticket in batch:
                ticket.finished = True
                ticket.wake.set()
            if successor is not None:
                successor.wake.set()

    def _commit(self, batch: list[_Ticket[Any]]) -> None:
        for ticket in batch:
            ticket.error = _INTERRUPTED
        try:
            conn = self._connection()
            with conn.begin():
                results = [ticket.work(conn) for ticket in batch]
        except BaseException as exc:
            self.close()  # not trusted with the next batch
            if not isinstance(exc, Exception):
                raise
            if len(batch) == 1:
                batch[0].error = exc
            else:  # retried alone, so one failing piece of work fails only its caller
                for ticket in batch:
                    self._commit([ticket])
            return
        self.batches += 1
        for ticket, result in zip(batch, results, strict=True):
            ticket.result, ticket.error = result, None

    def _connection(self) -> Connection:
        """The leaders' write connection: kept while in use, fresh from the pool after a
        pause (so that a connection the server dropped meanwhile is not used)."""
        now = time.monotonic()
        if self._conn is not None and now - self._used_at >= self.idle_seconds:
            self.close()
        if self._conn is None:
            self._conn = write(self.engine)
        self._used_at = now
        return self._conn

    def close(self) -> None:
        """Give the kept connection back to the pool (the next batch takes another); when
        shutting down, once no caller is left waiting."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
