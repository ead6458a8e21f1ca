"""Group commit: concurrent callers' writes share transactions, and each is answered only
once its own work has committed."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from psycopg.pq import TransactionStatus
from sqlalchemy import Connection, Engine, event, func, select, text

from polex.access import audit
from polex.access.principal import Principal
from polex.access.roles import Role
from polex.store.dialect import is_postgres
from polex.store.engine import reads, writable
from polex.store.group_commit import GroupCommit
from polex.store.schema import audit_log

CALLER = Principal("fra.officer", "FRA", Role.officer, "u1", "t1")


def _audited(n: int):
    def work(conn: Connection) -> int:
        return audit.append(conn, CALLER, "search.persons", purpose=None, query={"n": n})
    return work


def _all_at_once(n: int, caller: Callable[[int], None]) -> None:
    """Run ``caller(0)`` … ``caller(n - 1)`` in threads released together."""
    start = threading.Barrier(n)

    def released(i: int) -> None:
        start.wait()
        caller(i)

    threads = [threading.Thread(target=released, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def _count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(audit_log)).scalar() or 0)


def test_a_lone_caller_gets_its_own_result_once_committed(hub) -> None:
    commits = GroupCommit(hub.engine)
    before = _count(hub.engine)
    seq = commits.run(_audited(1))
    assert _count(hub.engine) == before + 1
    with hub.engine.connect() as conn:
        assert audit.entries(conn, after=seq - 1, limit=1)[0]["query"] == {"n": 1}


def test_concurrent_callers_share_transactions_and_the_chain_stays_whole(hub) -> None:
    commits = GroupCommit(hub.engine)
    before = _count(hub.engine)
    seqs: list[int] = []

    holding = threading.Event()

    def hold_the_lead(conn: Connection) -> None:
        # Commit nothing until all sixteen callers' first work is queued behind this, so
        # that they must share a transaction (a fast machine may otherwise commit each
        # alone before the next arrives).
        holding.set()
        deadline = time.monotonic() + 10
        while commits.waiting < 16 and time.monotonic() < deadline:
            time.sleep(0.001)

    holder = threading.Thread(target=commits.run, args=(hold_the_lead,))
    holder.start()
    assert holding.wait(timeout=10)

    def caller(n: int) -> None:
        for i in range(10):
            seqs.append(commits.run(_audited(n * 100 + i)))

    _all_at_once(16, caller)
    holder.join()
    assert len(set(seqs)) == 160
    assert _count(hub.engine) == before + 160
    # The holder's transaction, one for the sixteen first pieces of work, and at most one
    # for each of the others.
    assert commits.batches <= 1 + 1 + 16 * 9
    with hub.engine.connect() as conn:
        assert audit.verify(conn).intact


def test_a_failing_piece_of_work_fails_only_its_own_caller(hub) -> None:
    commits = GroupCommit(hub.engine)
    before = _count(hub.engine)
    errors: list[Exception] = []

    def bad(conn: Connection) -> None:
        conn.execute(text("INSERT INTO no_such_table VALUES (1)"))

    def caller(n: int) -> None:
        try:
            commits.run(bad if n == 3 else _audited(n))
        except Exception as exc:  # collected for the assertion
            errors.append(exc)

    _all_at_once(8, caller)
    assert len(errors) == 1
    assert _count(hub.engine) == before + 7


def test_an_error_reaches_the_caller_and_nothing_of_its_work_is_written(hub) -> None:
    commits = GroupCommit(hub.engine)
    before = _count(hub.engine)

    def half(conn: Connection) -> None:
        _audited(1)(conn)
        raise ValueError("second step failed")

    with pytest.raises(ValueError, match="second step"):
        commits.run(half)
    assert _count(hub.engine) == before
    commits.run(_audited(2))  # and the committer still works
    assert _count(hub.engine) == before + 1


def test_callers_whose_shared_commit_was_interrupted_each_get_their_own_error(hub) -> None:
    """A batch whose leader is interrupted (KeyboardInterrupt, an exit) writes nothing; the
    leader sees the interruption, every other caller in the batch an error of its own."""
    commits = GroupCommit(hub.engine)
    before = _count(hub.engine)
    holding, release = threading.Event(), threading.Event()
    errors: dict[str, BaseException] = {}

    def hold(conn: Connection) -> None:  # a first batch, while the next one queues
        holding.set()
        release.wait()

    def interrupt(conn: Connection) -> None:
        _audited(0)(conn)
        raise KeyboardInterrupt

    def call(name: str, work: Callable[[Connection], object]) -> None:
        try:
            commits.run(work)
        except BaseException as exc:  # collected for the assertions
            errors[name] = exc

    first = threading.Thread(target=call, args=("first", hold))
    first.start()
    holding.wait()
    queued = [threading.Thread(target=call, args=args) for args in
              (("interrupting", interrupt), ("a", _audited(1)), ("b", _audited(2)))]
    for thread in queued:
        thread.start()
    while len(commits._queue) < len(queued):  # all three wait for the next batch
        threading.Event().wait(0.005)
    release.set()
    for thread in (first, *queued):
        thread.join()
    assert "first" not in errors
    kinds = sorted(type(e).__name__ for e in errors.values())
    assert kinds == ["KeyboardInterrupt", "RuntimeError", "RuntimeError"]
    runtime = [e for e in errors.values() if isinstance(e, RuntimeError)]
    assert runtime[0] is not runtime[1] and "interrupted" in str(runtime[0])
    assert _count(hub.engine) == before
    commits.run(_audited(3))  # and the committer still works
    assert _count(hub.engine) == before + 1


def _checkouts(engine: Engine) -> list[int]:
    """Counts the connections taken from ``engine``'s pool from now on."""
    taken = [0]

    @event.listens_for(engine, "checkout")
    def _taken(*_args: object) -> None:
        taken[0] += 1

    return taken


def test_a_lent_connection_commits_the_batch_its_caller_leads(hub) -> None:
    """No second connection: the one the caller read on, whose page cache stays warm."""
    commits = GroupCommit(hub.engine)
    before = _count(hub.engine)
    with hub.engine.connect() as conn:
        conn.execute(select(func.count()).select_from(audit_log))  # the caller's reads
        conn.rollback()
        taken, used = _checkouts(hub.engine), []

        def work(on: Connection) -> int:
            used.append(on)
            return _audited(1)(on)

        commits.run(work, conn)
        assert used == [conn] and taken == [0]
        assert not conn.in_transaction()
        assert not conn.get_execution_options().get("polex_write")  # reads lock nothing
    assert _count(hub.engine) == before + 1


def test_a_connection_is_lent_only_outside_a_transaction(hub) -> None:
    commits = GroupCommit(hub.engine)
    with hub.engine.connect() as conn:
        conn.execute(select(func.count()).select_from(audit_log))
        with pytest.raises(ValueError, match="end the connection's transaction"):
            commits.run(_audited(1), conn)


def test_a_connection_that_read_without_a_transaction_writes_in_one(hub) -> None:
    """``engine.reads`` reads without BEGIN and ROLLBACK on PostgreSQL; lent to a commit
    through ``writable``, its work is one transaction again: all of it or none of it."""
    commits = GroupCommit(hub.engine)
    before = _count(hub.engine)

    def half_done(conn: Connection) -> None:
        _audited(1)(conn)
        raise RuntimeError("the work fails after its audit entry")

    with reads(hub.engine) as conn:
        conn.execute(select(func.count()).select_from(audit_log))
        if is_postgres(conn):  # the read opened no transaction on the server
            driver = conn.connection.driver_connection
            assert driver.info.transaction_status == TransactionStatus.IDLE
        conn.rollback()
        with pytest.raises(RuntimeError, match="fails after"):
            commits.run(half_done, writable(conn))
    assert _count(hub.engine) == before


def test_callers_lending_connections_that_read_without_a_transaction_keep_one_chain(hub
                                                                                  ) -> None:
    # That such connections can be lent at all, many at once (the batches within one
    # process run one after another, so this does not test the transaction itself: the
    # test above does).
    commits = GroupCommit(hub.engine)
    before = _count(hub.engine)

    def caller(n: int) -> None:
        for i in range(10):
            with reads(hub.engine) as conn:
                conn.execute(select(func.count()).select_from(audit_log))
                conn.rollback()
                commits.run(_audited(n * 100 + i), writable(conn))

    _all_at_once(12, caller)
    assert _count(hub.engine) == before + 120
    with hub.engine.connect() as conn:
        assert audit.verify(conn).intact


def test_work_submitted_outside_a_deferral_commits_at_once(hub) -> None:
    commits = GroupCommit(hub.engine)
    before = _count(hub.engine)
    commits.submit(_audited(1))
    assert _count(hub.engine) == before + 1


def test_deferred_work_waits_for_its_opener_who_commits_many_deferrals_as_one(hub) -> None:
    commits = GroupCommit(hub.engine)
    before = _count(hub.engine)
    deferrals = []
    for n in range(3):
        with commits.deferred() as deferral:
            commits.submit(_audited(n))
        deferrals.append(deferral)
    assert _count(hub.engine) == before  # nothing written until the opener commits
    assert commits.commit_all(deferrals) == [None, None, None]
    assert _count(hub.engine) == before + 3
    assert commits.batches == 1
    with hub.engine.connect() as conn:
        assert audit.verify(conn).intact


def test_a_deferral_collects_only_its_own_committers_work(hub) -> None:
    mine, other = GroupCommit(hub.engine), GroupCommit(hub.engine)
    before = _count(hub.engine)
    with mine.deferred() as deferral:
        other.submit(_audited(1))
    assert not deferral
    assert _count(hub.engine) == before + 1


def test_a_deferral_whose_work_fails_is_told_so_and_the_others_commit(hub) -> None:
    def failing(conn: Connection) -> None:
        raise ValueError("no such column")

    commits = GroupCommit(hub.engine)
    before = _count(hub.engine)
    deferrals = []
    for work in (_audited(1), failing, _audited(2)):
        with commits.deferred() as deferral:
            commits.submit(work)
        deferrals.append(deferral)
    first, failed, last = commits.commit_all(deferrals)
    assert first is None and last is None
    assert isinstance(failed, ValueError)
    assert _count(hub.engine) == before + 2
