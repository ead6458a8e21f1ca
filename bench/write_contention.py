"""Document look-ups from several processes at once: how the audit writes scale.

Every search appends its audit entry (and notifications) in a write transaction before it
answers; on SQLite every write takes the one store-wide lock. This runs N processes × T
threads, each calling ``SearchService.identifier`` in a loop for a few seconds on a copy
of a demo or bench store, and prints look-ups per second, the CPU used, and per process
how long a write transaction waited for the lock and took in all. Example:

    .venv/bin/python bench/write_contention.py --db demo.sqlite --processes 1 2 --threads 1 8

Use a copy: it adds audit entries to the store.
"""

from __future__ import annotations

import argparse
import multiprocessing
import threading
import time
from typing import Any


def _worker(db: str, seconds: float, threads: int, out: Any) -> None:
    from polex.config import Settings
    from polex.hub import Hub
    from polex.store import dialect, group_commit
    from search_bench import documents, officer

    timing = {"wait": 0.0, "commit": 0.0, "batches": 0}
    begin, commit = dialect._begin_immediate, group_commit.GroupCommit._commit

    def timed_begin(conn: Any) -> None:
        started = time.perf_counter()
        begin(conn)
        timing["wait"] += time.perf_counter() - started

    def timed_commit(self: Any, batch: Any) -> None:
        started = time.perf_counter()
        commit(self, batch)
        timing["commit"] += time.perf_counter() - started
        timing["batches"] += 1

    dialect._begin_immediate = timed_begin  # type: ignore[assignment]
    group_commit.GroupCommit._commit = timed_commit  # type: ignore[method-assign]
    hub = Hub(Settings(database_url=f"sqlite:///{db}"))
    caller = officer(hub)
    numbers = documents(1, 2000)
    done = [0] * threads
    stop = time.monotonic() + seconds

    def loop(k: int) -> None:
        i = k
        while time.monotonic() < stop:
            hub.search.identifier(caller, "doc", numbers[i % len(numbers)])
            i += threads
            done[k] += 1

    cpu = time.process_time()
    pool = [threading.Thread(target=loop, args=(k,)) for k in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    batches = max(timing["batches"], 1)
    out.put((sum(done), time.process_time() - cpu, timing["wait"] / batches * 1e3,
             timing["commit"] / batches * 1e3, sum(done) / batches))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a SQLite store (a copy: it is written)")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--seconds", type=float, default=8.0)
    args = parser.parse_args()
    for processes in args.processes:
        for threads in args.threads:
            results: Any = multiprocessing.Queue()
            workers = [multiprocessing.Process(target=_worker, args=(
                args.db, args.seconds, threads, results)) for _ in range(processes)]
            for w in workers:
                w.start()
            for w in workers:
                w.join()
            rows = [results.get() for _ in workers]
            rate = sum(r[0] for r in rows) / args.seconds
            cpu = sum(r[1] for r in rows) / args.seconds * 100
            waits = ", ".join(f"{r[2]:.2f}/{r[3]:.2f} ms ×{r[4]:.1f}" for r in rows)
            print(f"{processes} process(es) × {threads} thread(s): {rate:,.0f} look-ups/s, "
                  f"CPU {cpu:.0f} %; per process, lock wait / whole write per batch × "
                  f"searches per batch: {waits}")


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))  # search_bench's helpers
    main()
