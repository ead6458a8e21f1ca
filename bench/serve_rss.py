"""Memory of each API process at bench size, while it answers searches.

Target (issue 3, benchmark 6): RSS of each API process ≤ 2 GB on the bench data set
(1M persons, 10M documents, …). Starts `polex serve --workers 2` on the store, drives it
with wrk (a mix of person searches and document / VIN / serial look-ups taken from the
store itself, so that most of them hit), then reads every server process's VmRSS (now),
VmHWM (peak), and the anonymous and file-backed parts (SQLite's memory map is file-backed)
from /proc. Example:

    .venv/bin/python bench/serve_rss.py --db /work/bench/bench.sqlite --seconds 60

The store's search index should be current (`polex index rebuild`), or the server says it
is stale and searches find nothing new.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

TARGET_MIB = 2048
# The same wrk script as the throughput benchmark: varied searches read from a file.
sys.path.insert(0, str(Path(__file__).parent))
from search_http import LUA, bench_token, start_server  # noqa: E402


def sample_queries(path: Path, count: int, seed: int) -> list[str]:
    """``P<TAB>json`` person searches and ``G<TAB>path`` look-ups of records in the store.

    Rows are sampled by rowid (records are stored in generation order), 30 % persons.
    """
    rng = random.Random(seed)
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    top = db.execute("SELECT max(rowid) FROM records").fetchone()[0]
    lines: list[str] = []
    while len(lines) < count:
        rowids = [rng.randint(1, top) for _ in range(500)]
        marks = ",".join("?" * len(rowids))
        for kind, body in db.execute(
                f"SELECT kind, body FROM records WHERE rowid IN ({marks})", rowids):
            record = json.loads(body)
            if kind == "person" and record.get("names"):
                query = {"name": record["names"][0]["full"]}
                if record.get("birth_dates"):
                    query["birth_date"] = record["birth_dates"][0]
                lines.append("P\t" + json.dumps(query, ensure_ascii=False))
            elif kind == "travel_document":
                lines.append("G\t/api/v1/search/documents?"
                             + urllib.parse.urlencode({"number": record["number"]}))
            elif kind == "vehicle" and record.get("vin"):
                lines.append("G\t/api/v1/search/vehicles?vin=" + record["vin"])
            elif kind == "firearm":
                lines.append("G\t/api/v1/search/firearms?"
                             + urllib.parse.urlencode({"serial": record["serial_number"]}))
    db.close()
    persons = [q for q in lines if q.startswith("P")]
    others = [q for q in lines if not q.startswith("P")]
    # The mix: 70 % look-ups, 30 % person searches.
    mixed = [rng.choice(persons if persons and rng.random() < 0.3 else others or persons)
             for _ in range(count)]
    return mixed


def memory(pid: int) -> dict[str, int]:
    """VmRSS, VmHWM, RssAnon and RssFile of a process, in KiB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
            fields[name] = int(value.split()[0])
    return fields


def descendants(pid: int) -> list[int]:
    """Every process below ``pid``."""
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in task.read_text().split():
            out.append(int(child))
            out.extend(descendants(int(child)))
    return out


def command_of(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")[:80]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite file of the store")
    parser.add_argument("--port", type=int, default=8791)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=60, help="length of the wrk run")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--queries", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from polex.config import Settings
    from polex.hub import Hub

    path = Path(args.db).resolve()
    hub = Hub(Settings(database_url=f"sqlite:///{path}"))
    print(f"store: {path} ({hub.record_count():,} records); search index current: "
          f"{hub.records.index_is_current()}")
    token = bench_token(hub, label="serve_rss")
    started = time.perf_counter()
    server, base = start_server(str(path), args.port, args.workers, wait_seconds=120)
    try:
        print(f"serving after {time.perf_counter() - started:.1f} s")
        idle = {pid: memory(pid) for pid in [server.pid, *descendants(server.pid)]}
        with tempfile.TemporaryDirectory() as folder:
            qfile = Path(folder) / "queries.tsv"
            qfile.write_text("\n".join(sample_queries(path, args.queries, args.seed)) + "\n")
            script = Path(folder) / "search.lua"
            script.write_text(LUA % {"queries": qfile, "token": token})
            out = subprocess.run(["wrk", "-t2", f"-c{args.connections}",
                                  f"-d{args.seconds}s", "--latency", "-s", str(script), base],
                                 capture_output=True, text=True, check=True).stdout
        after = {pid: memory(pid) for pid in [server.pid, *descendants(server.pid)]}
        commands = {pid: command_of(pid) for pid in after}
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    rate = next((line.split()[1] for line in out.splitlines()
                 if line.startswith("Requests/sec")), "?")
    non_2xx = next((line for line in out.splitlines() if "Non-2xx" in line), "0 non-2xx")
    print(f"wrk: {args.connections} connections for {args.seconds} s: {rate} requests/s; "
          f"{non_2xx.strip()}")
    print(f"{'pid':>8} {'idle RSS':>9} {'RSS':>9} {'peak':>9} {'anon':>9} {'file':>9}  MiB")
    worst = 0
    for pid, mem in after.items():
        before = idle.get(pid, {}).get("VmRSS", 0)
        print(f"{pid:>8} {before / 1024:>9,.0f} {mem['VmRSS'] / 1024:>9,.0f} "
              f"{mem['VmHWM'] / 1024:>9,.0f} {mem['RssAnon'] / 1024:>9,.0f} "
              f"{mem['RssFile'] / 1024:>9,.0f}  {commands[pid]}")
        worst = max(worst, mem["VmHWM"])
    verdict = "met" if worst / 1024 <= TARGET_MIB else "missed"
    print(f"largest peak RSS of one process: {worst / 1024:,.0f} MiB; target ≤ {TARGET_MIB:,}"
          f" MiB per API process: {verdict} (ratio {worst / 1024 / TARGET_MIB:.2f})")


if __name__ == "__main__":
    main()
