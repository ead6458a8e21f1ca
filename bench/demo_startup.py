"""How long `polex demo --fresh` takes until the hub answers, and its peak memory.

Starts the demo on a fresh SQLite file in a temporary folder, polls /healthz until it
answers, reads the peak resident memory (VmHWM) of the demo process and its children, then
stops it. Goal (issue 2): serving within 30 s on this machine. Example:

    .venv/bin/python bench/demo_startup.py --port 8765
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def peak_kib(pid: int) -> int:
    """VmHWM of a process and its descendants, in KiB (0 once they are gone)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in task.read_text().split():
            total += peak_kib(int(child))
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return total
    line = next((x for x in status.splitlines() if x.startswith("VmHWM")), "VmHWM: 0 kB")
    return total + int(line.split()[1])


def answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=0.5) as r:
            return r.status == 200
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--timeout", type=float, default=180)
    args = parser.parse_args()
    polex = str(Path(sys.executable).with_name("polex"))
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "demo.sqlite")
        started = time.perf_counter()
        process = subprocess.Popen([polex, "demo", "--fresh", "--db", db, "--port",
                                    str(args.port)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        peak = 0
        try:
            while not answers(args.port):
                peak = max(peak, peak_kib(process.pid))
                if process.poll() is not None or time.perf_counter() - started > args.timeout:
                    sys.exit(f"the demo did not start (exit code {process.poll()})")
                time.sleep(0.2)
            ready = time.perf_counter() - started
            peak = max(peak, peak_kib(process.pid))
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
    print(f"demo serving after {ready:.1f} s (goal ≤ 30 s); peak memory {peak / 1024:.0f} MiB "
          "(demo process and its children, summed)")


if __name__ == "__main__":
    main()
