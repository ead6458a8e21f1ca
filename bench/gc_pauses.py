"""Garbage-collection pauses during person searches, with and without `polex.collector`.

Runs the latency benchmark's person searches (each query once, in process, on a demo or
bench file) and times every collection of the cyclic garbage collector through
``gc.callbacks``: how many of each generation, the longest, and their total, next to the
searches' p50 / p99. ``--no-freeze`` turns the collector policy off
(``POLEX_FREEZE_SURVIVORS=false``), to compare. Example:

    .venv/bin/python bench/gc_pauses.py --db demo.sqlite --seed 1 --persons 20000
    .venv/bin/python bench/gc_pauses.py --db demo.sqlite --seed 1 --persons 20000 --no-freeze
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from polex.config import Settings
from polex.hub import Hub

sys.path.insert(0, str(Path(__file__).parent))
from search_bench import cpu_timed, groups, officer, person_query, spread


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--no-freeze", action="store_true",
                        help="without polex.collector's freezing (to compare)")
    args = parser.parse_args()

    pauses: list[tuple[int, float]] = []
    started: dict[str, float] = {}

    def timed(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started["at"] = time.perf_counter()
        else:
            pauses.append((info["generation"], (time.perf_counter() - started["at"]) * 1000))

    url = args.db if "://" in args.db else f"sqlite:///{args.db}"
    hub = Hub(Settings(database_url=url, freeze_survivors=not args.no_freeze))
    caller = officer(hub)
    rng = random.Random(1)
    queries = [person_query(g[0].record, rng)
               for g in groups(args.seed, args.persons, args.queries)]
    for query in queries[:20]:  # warm the romanisers and SQLite's pages
        hub.search.persons(caller, query)
    gc.callbacks.append(timed)
    times = [cpu_timed(lambda q=q: hub.search.persons(caller, q)) for q in queries[20:]]
    gc.callbacks.remove(timed)

    policy = "without freezing" if args.no_freeze else "freezing the survivors"
    print(spread(f"person search, {len(times)} queries, {policy}", times))
    by_generation: dict[int, list[float]] = defaultdict(list)
    for generation, ms in pauses:
        by_generation[generation].append(ms)
    for generation in sorted(by_generation):
        ms = by_generation[generation]
        print(f"  generation {generation}: {len(ms)} collections, longest {max(ms):.1f} ms, "
              f"{sum(ms):.1f} ms in all")


if __name__ == "__main__":
    main()
