"""Searches while the search index is rebuilt: their latency and failures, per mode.

Runs ``polex index rebuild`` (and then ``--online``) on a copy of a demo or bench file
while this process searches documents in a loop, as the hub's API would (each search
writes its audit entry). On SQLite the default rebuild holds the write lock to the end,
so searches wait for it (and fail after the 10 s busy timeout); the online one commits
page by page.

    .venv/bin/python bench/rebuild_online.py --db copy-of-demo.sqlite --seed 1
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from polex.config import Settings
from polex.hub import Hub
from search_bench import documents, officer, percentile


def searches_during(hub: Hub, command: list[str], numbers: list[str]) -> dict[str, float]:
    """Search ``numbers`` round and round while ``command`` runs: latencies and failures."""
    caller = officer(hub)
    rebuild = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times, failures, started = [], 0, time.perf_counter()
    while rebuild.poll() is None:
        number = numbers[len(times) % len(numbers)]
        began = time.perf_counter()
        try:
            hub.search.identifier(caller, "doc", number)
        except Exception:  # counted: what an API caller would get as a 5xx
            failures += 1
        times.append((time.perf_counter() - began) * 1000)
    return {"seconds": time.perf_counter() - started, "searches": len(times),
            "failures": failures, "p50_ms": percentile(times, 0.5),
            "p99_ms": percentile(times, 0.99), "max_ms": max(times, default=0.0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a SQLite file (it is re-indexed)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    hub = Hub(Settings(database_url=f"sqlite:///{Path(args.db).resolve()}"))
    numbers = documents(args.seed, 300)
    polex = str(Path(sys.executable).with_name("polex"))
    for mode, extra in (("rebuild", []), ("rebuild --online", ["--online"])):
        figures = searches_during(hub, [polex, "index", "rebuild", "--db", args.db, *extra],
                                  numbers)
        print(f"polex index {mode}: {figures['seconds']:.1f} s; {figures['searches']:,} "
              f"searches meanwhile, {figures['failures']:,} failed; latency p50 "
              f"{figures['p50_ms']:.2f} / p99 {figures['p99_ms']:.1f} / max "
              f"{figures['max_ms']:.0f} ms")


if __name__ == "__main__":
    main()
