"""`polex serve --db FILE` serves that file: what the demo and operators rely on."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from tests.conftest import PG_URL
from tests.factories import person


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.skipif(bool(PG_URL), reason="serves a SQLite file")
def test_serve_uses_the_database_it_is_given(hub, callers, database_url, tmp_path):
    record_id = hub.records.put(callers("FRA"), person()).record["id"]
    headers = callers.headers("FRA")
    port = free_port()
    elsewhere = tmp_path / "elsewhere"  # the server's working folder: no store is made here
    elsewhere.mkdir()
    code = "from polex.cli import main; main()"
    server = subprocess.Popen(
        [sys.executable, "-c", code, "serve", "--db", database_url, "--port", str(port)],
        cwd=elsewhere, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/v1/records/{record_id}",
                                     headers=headers, timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and server.poll() is None
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json()["names"][0]["full"] == "Jean Dupont"
        assert not list(elsewhere.iterdir())
    finally:
        server.terminate()
        server.wait(timeout=10)


def _healthz_count(metrics: str) -> float:
    return sum(float(line.rpartition(" ")[2]) for line in metrics.splitlines()
               if line.startswith("polex_http_requests_total{")
               and 'route="/healthz"' in line and 'status="200"' in line)


@pytest.mark.skipif(bool(PG_URL), reason="serves a SQLite file")
def test_metrics_count_the_requests_of_every_worker(database_url, tmp_path):
    port = free_port()
    code = "from polex.cli import main; main()"
    temporary = tmp_path / "tmp"  # where the server keeps its workers' metrics
    temporary.mkdir()
    server = subprocess.Popen(
        [sys.executable, "-c", code, "serve", "--db", database_url, "--port", str(port),
         "--workers", "2"], env={**os.environ, "TMPDIR": str(temporary)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and server.poll() is None
                time.sleep(0.2)
        for _ in range(40):  # a connection each: the workers take turns to accept them
            assert httpx.get(f"{base}/healthz", timeout=5).status_code == 200
        scrapes = [_healthz_count(httpx.get(f"{base}/metrics", timeout=5).text)
                   for _ in range(4)]
        assert scrapes == [41.0] * 4  # whichever worker answers, it tells the sum
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert not list(temporary.iterdir())  # the metrics folder went with the server
