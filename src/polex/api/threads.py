"""The threads that run the hub's blocking service calls for the hot (search) endpoints.

FastAPI runs a plain ``def`` endpoint through anyio's ``to_thread``: a capacity limiter,
a cancel scope, a copied context and a per-call hand-over queue. With a few dozen requests
in flight that hand-over costs ~45-80 µs of CPU per request; ``loop.run_in_executor`` on
a standing pool does the same job (the call runs on a worker thread while the event loop
serves others) for ~12-15 µs. Searches are the hub's bulk traffic, so their endpoints are
``async def`` and hand the service call to this pool; the other endpoints stay ``def``.

The pool has ``request_threads`` threads, as anyio's limiter has tokens (see ``app``), so
each process still works on at most that many searches at once and the store's
connection pool, sized to the same count, still suffices.

On SQLite a single search skips the threads (``quick``): a look-up, a person search, free
text, a comparison, each bounded by the candidate limit (under a millisecond to a few tens
of milliseconds). A SQLite read is a copy from memory, never a wait, so a thread lets the
event loop overlap nothing; what threads do add is contention: for the GIL (every SQLite
call releases and retakes it, and a thread holds it for up to 5 ms while others wait) and
for the page caches (each thread reads on its own connection, whose cache another's commit
voids). Run on the event loop, one after another on one warm connection, the frontline
search mix cost half the CPU a request, and over HTTP both the frontline and the officers'
mixes served ~1.3 times the searches a second (docs/benchmarks.md). A manifest (up to
1,000 travellers, ~180 ms for 500) keeps to the threads, so that it never holds the event
loop; so does everything on PostgreSQL, whose reads wait on the network.

A search on the event loop does not commit its audit entry itself (``LoopCommits``): the
searches run in one turn of the loop commit theirs in one transaction at the start of the
next, and each is answered once that has committed. A commit per search cost over a
third of a frontline search's CPU (0.31-0.37 ms with it, 0.20 without writes), and under
load each one took the write lock from the other worker process.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from typing import ParamSpec, TypeVar

from fastapi import Request

from polex.store.engine import StandingConnection
from polex.store.group_commit import Deferred, GroupCommit

__all__ = ["LoopCommits", "ServiceThreads", "in_thread", "quick"]

P = ParamSpec("P")
T = TypeVar("T")


class ServiceThreads:
    """A standing pool of ``count`` threads for blocking service calls."""

    def __init__(self, count: int, *, quick_on_loop: bool = False) -> None:
        # Threads start on first use, so an app made before uvicorn forks its workers is
        # fine: each worker process starts its own.
        self._pool = ThreadPoolExecutor(max(count, 1), thread_name_prefix="polex-service")
        self.quick_on_loop = quick_on_loop  # whether ``quick`` calls run on the event loop

    async def run(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``function(*args, **kwargs)`` on one of the pool's threads, awaited.

        If the awaiting request is cancelled (its client went away) the call still runs to
        its end, as a ``def`` endpoint's does: a search is audited whether or not anyone
        reads its answer.
        """
        call = functools.partial(function, *args, **kwargs)
        return await asyncio.get_running_loop().run_in_executor(self._pool, call)

    def shutdown(self) -> None:
        """Wait for running calls to finish, then stop the threads."""
        self._pool.shutdown(wait=True)


class LoopCommits:
    """Commits the work that the searches run on an event loop deferred (their audit
    entries and notices): what one turn of the loop collected, in one transaction.

    Given a ``standing`` connection (made on the loop's thread, which alone uses it), the
    searches read on it and their work commits on it (``store.engine.StandingConnection``).
    """

    def __init__(self, commits: GroupCommit, standing: StandingConnection | None = None
                 ) -> None:
        self.commits = commits
        self.standing = standing
        self._waiting: dict[asyncio.AbstractEventLoop,
                            list[tuple[Deferred, asyncio.Future[None]]]] = {}

    @contextmanager
    def deferred(self) -> Iterator[Deferred]:
        """Collect the work submitted in this task (``GroupCommit.deferred``), to pass to
        ``commit``; the reads meanwhile on the standing connection, if any."""
        serving = nullcontext() if self.standing is None else self.standing.serving()
        with self.commits.deferred() as deferral, serving:
            yield deferral

    async def commit(self, deferral: Deferred) -> None:
        """Return once ``deferral``'s work has committed; raise what kept it from that.

        If the awaiting request is cancelled the work still commits: a search is audited
        whether or not anyone reads its answer.
        """
        if not deferral:
            return
        loop = asyncio.get_running_loop()
        committed: asyncio.Future[None] = loop.create_future()
        waiting = self._waiting.setdefault(loop, [])
        if not waiting:  # after the callbacks ready now: the rest of this turn's searches
            loop.call_soon(self._commit_waiting, loop)
        waiting.append((deferral, committed))
        await committed

    def _commit_waiting(self, loop: asyncio.AbstractEventLoop) -> None:
        waiting = self._waiting.pop(loop)
        # Unless the commit returns (if it is interrupted), nobody is answered.
        errors: list[BaseException | None] = [
            RuntimeError("the shared commit was interrupted")] * len(waiting)
        try:
            lent = nullcontext() if self.standing is None else self.standing.lent()
            with lent as conn:  # None without a standing connection: one from the pool
                errors = self.commits.commit_all([deferral for deferral, _ in waiting], conn)
        finally:  # nobody is left waiting
            for (_, committed), error in zip(waiting, errors, strict=True):
                if committed.done():  # its request was cancelled
                    continue
                if error is None:
                    committed.set_result(None)
                else:
                    committed.set_exception(error)


async def in_thread(request: Request, function: Callable[P, T], *args: P.args,
                    **kwargs: P.kwargs) -> T:
    """Run a blocking ``function`` on the service threads of ``request``'s app."""
    threads: ServiceThreads = request.app.state.service_threads
    return await threads.run(function, *args, **kwargs)


async def quick(request: Request, function: Callable[P, T], *args: P.args,
                **kwargs: P.kwargs) -> T:
    """Run a blocking ``function`` bounded to one search: on the event loop itself where
    the app's ``ServiceThreads.quick_on_loop`` says so (a SQLite store), its commits
    deferred to ``LoopCommits``; else as ``in_thread`` does."""
    threads: ServiceThreads = request.app.state.service_threads
    if not threads.quick_on_loop:
        return await threads.run(function, *args, **kwargs)
    commits: LoopCommits = request.app.state.loop_commits
    with commits.deferred() as deferral:
        try:
            answer = function(*args, **kwargs)
        finally:  # what ``function`` did before it failed is committed all the same
            await commits.commit(deferral)
    return answer
