"""Two writers on one SQLite store: the second waits for the first, briefly, then writes.

(PostgreSQL locks rows, not the store: its writers do not wait for each other here.)
"""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from polex.store.dialect import is_sqlite
from polex.store.engine import write


def test_a_writer_waits_for_another_writers_transaction(hub) -> None:
    if not is_sqlite(hub.engine):
        pytest.skip("SQLite's store-wide write lock")
    holding, started = threading.Event(), time.monotonic()

    def first() -> None:
        with write(hub.engine) as conn, conn.begin():
            conn.execute(text("UPDATE meta SET value = value WHERE key = 'none'"))
            holding.set()
            time.sleep(0.3)

    thread = threading.Thread(target=first)
    thread.start()
    holding.wait()
    with write(hub.engine) as conn, conn.begin():
        waited = time.monotonic() - started
        conn.execute(text("UPDATE meta SET value = value WHERE key = 'none'"))
    thread.join()
    assert waited >= 0.3  # it did not write inside the other's transaction
    assert waited < 2.0  # and did not sleep long once the lock was free
