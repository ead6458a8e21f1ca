"""How fast `polex index rebuild` recomputes the search index of a store.

Target (issue 3, benchmark 6): the index of 1,000,000 persons built in ≤ 2 minutes on the
project's 2-core machine, i.e. ≥ 8,333 records/s. Runs ``RecordService.rebuild_index`` on
the given store (as `polex index rebuild` does, audited, in one transaction) and prints the
wall time, records/s, CPU time of this process and of the worker processes, peak memory,
and the ratio to the target. Make the store first, e.g.:

    .venv/bin/polex synth --db /work/bench/persons1m.sqlite --persons 1000000 --documents 0 \\
        --vehicles 0 --firearms 0 --artworks 0 --selectors 0 --links 0 --seed 7
    .venv/bin/python bench/index_build.py --db /work/bench/persons1m.sqlite

The target is stated for persons; on a store of other kinds too (the bench data set) the
figure is still records/s over all the records read.
"""

from __future__ import annotations

import argparse
import os
import resource
import time

from sqlalchemy import func, select

TARGET_SECONDS = 120.0
TARGET_PERSONS = 1_000_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite file or database URL")
    parser.add_argument("--workers", type=int, default=None,
                        help="processes computing entries (default: one per core, ≤ 4)")
    parser.add_argument("--page", type=int, default=None, help="records per page")
    args = parser.parse_args()

    from polex.config import Settings
    from polex.hub import Hub
    from polex.store.schema import records

    url = args.db if "://" in args.db else f"sqlite:///{os.path.abspath(args.db)}"
    hub = Hub(Settings(database_url=url))
    with hub.engine.connect() as conn:
        by_kind = dict(conn.execute(select(records.c.kind, func.count())
                                    .group_by(records.c.kind)).all())
    persons = by_kind.get("person", 0)
    print(f"store: {sum(by_kind.values()):,} records ({persons:,} persons)")

    options = {k: v for k, v in (("workers", args.workers), ("page", args.page)) if v}
    cpu_before = os.times()
    started = time.perf_counter()
    count = hub.records.rebuild_index(**options)
    wall = time.perf_counter() - started
    cpu = os.times()
    hub.close()

    rate = count / wall
    target_rate = TARGET_PERSONS / TARGET_SECONDS
    print(f"rebuilt the index of {count:,} records in {wall:.1f} s: {rate:,.0f} records/s")
    print(f"cpu: this process {cpu.user + cpu.system - cpu_before.user - cpu_before.system:.1f}"
          f" s, workers {cpu.children_user + cpu.children_system - cpu_before.children_user - cpu_before.children_system:.1f} s;"  # noqa: E501
          f" load average {os.getloadavg()[0]:.1f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: this process {peak:,.0f} MiB, largest worker {peak_child:,.0f} MiB")
    print(f"target: 1,000,000 persons in ≤ {TARGET_SECONDS:.0f} s (≥ {target_rate:,.0f}"
          f" records/s); ratio measured/target rate = {rate / target_rate:.2f}"
          f" ({'met' if rate >= target_rate else 'missed'})")
    if persons and persons == count:  # on a mixed store the rate mixes kinds: no estimate
        print(f"at this rate 1,000,000 persons take {TARGET_PERSONS / rate:.0f} s")


if __name__ == "__main__":
    main()
