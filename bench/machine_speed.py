"""How fast this machine runs polex's kind of work: one figure to compare sessions by.

Sessions run on different machines of the same kind, and they differ: the same code's
1M frontline p50 read 1.43-1.47 ms on session 9's machine and 2.2-2.3 ms on session 10's,
and its demo document look-up 0.15 and 0.25 ms. Latency figures in docs/benchmarks.md are
only comparable with this figure beside them. The workload is fixed (never change it: a
changed workload makes every earlier reading useless): Python string and dict work like a
search's ranking, and SQLite look-ups by random text key like its candidate reads, in
memory so that no disk or earlier run warms it. The best of five runs.

    .venv/bin/python bench/machine_speed.py
"""

from __future__ import annotations

import random
import sqlite3
import time

ROUNDS = 5


def python_work() -> int:
    """String building, hashing and dict look-ups, as name comparison does them."""
    rng = random.Random(1)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
             for _ in range(2000)]
    seen: dict[str, int] = {}
    total = 0
    for i in range(60_000):
        a, b = words[i % 2000], words[(i * 7) % 2000]
        key = a[:3] + b[-3:]
        seen[key] = seen.get(key, 0) + 1
        total += len(set(a) & set(b))
    return total + len(seen)


def sqlite_work() -> int:
    """Random look-ups by 36-character text key in a 100,000-row indexed table."""
    rng = random.Random(2)
    db = sqlite3.connect(":memory:")
    keys = [f"{rng.getrandbits(128):032x}-key" for _ in range(100_000)]
    db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, version INTEGER, owner TEXT)")
    db.executemany("INSERT INTO t VALUES (?, ?, 'ESP')", ((k, i) for i, k in enumerate(keys)))
    found = 0
    for _ in range(20_000):
        found += len(db.execute("SELECT version, owner FROM t WHERE id = ?",
                                (rng.choice(keys),)).fetchall())
    return found


def reference_ms() -> tuple[float, float]:
    """CPU milliseconds of the Python and the SQLite workload, each the best of five."""
    timings = []
    for work in (python_work, sqlite_work):
        best = float("inf")
        for _ in range(ROUNDS):
            started = time.process_time()
            work()
            best = min(best, time.process_time() - started)
        timings.append(best * 1000)
    return timings[0], timings[1]


def describe() -> str:
    """The line the benchmarks print."""
    python_ms, sqlite_ms = reference_ms()
    return (f"machine reference (bench/machine_speed.py; lower is faster): Python "
            f"{python_ms:.0f} ms, SQLite {sqlite_ms:.0f} ms")


if __name__ == "__main__":
    print(describe())
