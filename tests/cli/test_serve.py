"""`polex serve --db FILE` serves that file: what the demo and operators rely on."""

from __future__ import annotations

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
