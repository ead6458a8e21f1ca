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

A caller may lend the connection it read on (its read transaction ended): the batch it
leads is committed there rather than on one more connection from the pool. Besides the
checkout, that keeps the connection's page cache: SQLite drops a connection's whole cache
when it begins a transaction after another connection committed, so a search that reads
on one connection and commits on another finds its pages gone at the next search, and
reads them again.

Work may also be deferred (``deferred``, ``submit``): a caller that runs many requests'
searches one after another on one thread (the API's event loop) collects each one's work
rather than committing it, and commits what a turn of the loop collected in one
transaction (``commit_all``) before any of those requests is answered.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Engine

from polex.store.engine import write

__all__ = ["Deferred", "GroupCommit"]

T = TypeVar("T")


@dataclass
class _Ticket(Generic[T]):
    work: Callable[[Connection], T]
    conn: Connection | None = None  # lent by the caller, for the batch it leads
    wake: threading.Event = field(default_factory=threading.Event)
    finished: bool = False
    committed: bool = False
    result: Any = None
    error: BaseException | None = None


class Deferred:
    """Work submitted inside ``GroupCommit.deferred``, to be committed by its opener."""

    def __init__(self, commits: GroupCommit) -> None:
        self.commits = commits
        self.tickets: list[_Ticket[Any]] = []

    def __bool__(self) -> bool:
        return bool(self.tickets)


# The deferral open in this context, if any. A context variable, not a thread local: on the
# event loop each request is a task with a context of its own.
_DEFERRAL: ContextVar[Deferred | None] = ContextVar("polex_deferred_commits", default=None)


class GroupCommit:
    """Runs callers' write work in shared transactions (thread-safe; one per engine)."""

    def __init__(self, engine: Engine, *, max_batch: int = 500) -> None:
        self.engine = engine
        self.max_batch = max_batch
        self._lock = threading.Lock()
        self._queue: list[_Ticket[Any]] = []
        self._leading = False
        self.batches = 0  # how many transactions ran (for tests and metrics)

    @property
    def waiting(self) -> int:
        """How many pieces of work wait for the next transaction (for tests and metrics)."""
        with self._lock:
            return len(self._queue)

    def run(self, work: Callable[[Connection], T], conn: Connection | None = None) -> T:
        """Run ``work(conn)`` in a write transaction; return once that has committed.

        ``work`` may share its transaction with other callers' work, so it must only
        write (and read what it writes); it runs on whichever thread leads the batch.
        ``conn``, if given, is the caller's connection, outside any transaction: the
        batch is committed on it if this caller leads (else on the leader's).
        """
        if conn is not None and conn.in_transaction():
            raise ValueError("end the connection's transaction before lending it to commit")
        ticket: _Ticket[T] = _Ticket(work, conn)
        with self._lock:
            self._queue.append(ticket)
            lead = not self._leading
            self._leading = True
        while True:
            if lead:
                self._lead_once(ticket.conn)
            if ticket.finished:
                break
            ticket.wake.wait()
            ticket.wake.clear()
            lead = not ticket.finished  # woken unfinished: it was handed the lead
        if ticket.error is not None:
            raise ticket.error
        if not ticket.committed:  # its leader was interrupted (KeyboardInterrupt, exit)
            # A new exception for each caller: one raised in several threads at once would
            # gather all their tracebacks (and keep their frames alive).
            raise RuntimeError("the shared commit was interrupted; nothing was written")
        return ticket.result

    def submit(self, work: Callable[[Connection], Any], conn: Connection | None = None
               ) -> None:
        """Have ``work`` committed before the caller answers.

        At once, as ``run`` does; but inside this committer's ``deferred`` the work is
        only collected, and whoever opened the deferral commits it (``commit_all``) before
        it answers. ``work``'s result is not returned either way.
        """
        deferral = _DEFERRAL.get()
        if deferral is not None and deferral.commits is self:
            deferral.tickets.append(_Ticket(work))
        else:
            self.run(work, conn)

    @contextmanager
    def deferred(self) -> Iterator[Deferred]:
        """Collect the work ``submit``ted in this context (this task, on an event loop).

        The opener must pass what was collected to ``commit_all`` and answer only once that
        has succeeded: the work is an audit entry, and nothing is answered unaudited.
        """
        deferral = Deferred(self)
        token = _DEFERRAL.set(deferral)
        try:
            yield deferral
        finally:
            _DEFERRAL.reset(token)

    def commit_all(self, deferrals: Sequence[Deferred], conn: Connection | None = None
                   ) -> list[BaseException | None]:
        """Commit the work of many deferrals in one transaction, on this thread (on
        ``conn`` if given, outside any transaction); for each deferral, the error that kept
        its work from committing, or None.

        As in a batch of ``run``, a piece of work that fails is retried alone, so that
        only its own deferral fails.
        """
        if conn is not None and conn.in_transaction():
            raise ValueError("end the connection's transaction before lending it to commit")
        tickets = [ticket for deferral in deferrals for ticket in deferral.tickets]
        if tickets:
            self._commit(tickets, conn)
        return [_failure(deferral) for deferral in deferrals]

    def _lead_once(self, conn: Connection | None) -> None:
        """Commit one batch (on ``conn`` if given), then hand the lead to the oldest
        waiter, if any.

        A leader commits a single batch, so that no caller is kept from its answer by
        work that arrived after its own.
        """
        with self._lock:
            batch, self._queue = self._queue[:self.max_batch], self._queue[self.max_batch:]
        try:
            self._commit(batch, conn)
        finally:  # even if interrupted, nobody is left waiting for a leader
            with self._lock:
                successor = self._queue[0] if self._queue else None
                self._leading = successor is not None
            for ticket in batch:
                ticket.finished = True
                ticket.wake.set()
            if successor is not None:
                successor.wake.set()

    def _commit(self, batch: list[_Ticket[Any]], lent: Connection | None = None) -> None:
        try:
            connection = _writing(lent) if lent is not None else write(self.engine)
            with connection as conn, conn.begin():
                results = [ticket.work(conn) for ticket in batch]
        except Exception as exc:
            if len(batch) == 1:
                batch[0].error = exc
            else:  # retried alone, so one failing piece of work fails only its caller
                for ticket in batch:
                    self._commit([ticket], lent)
            return
        self.batches += 1
        for ticket, result in zip(batch, results, strict=True):
            ticket.result, ticket.committed = result, True


def _failure(deferral: Deferred) -> BaseException | None:
    """What kept a deferral's work from committing, if anything."""
    for ticket in deferral.tickets:
        if ticket.error is not None:
            return ticket.error
        if not ticket.committed:
            return RuntimeError("the shared commit was interrupted; nothing was written")
    return None


@contextmanager
def _writing(conn: Connection) -> Iterator[Connection]:
    """A lent connection, its transactions taking the write lock while it is borrowed."""
    conn.execution_options(polex_write=True)
    try:
        yield conn
    finally:
        conn.execution_options(polex_write=False)
