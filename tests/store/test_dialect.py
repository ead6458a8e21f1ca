"""Two writers on one SQLite store: the second waits for the first, briefly, then writes
(PostgreSQL locks rows, not the store: its writers do not wait for each other here); the
hot reads on the driver's cursor read what SQLAlchemy wrote."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, text

from polex.store.dialect import (
    fast_rows,
    in_index_order,
    is_sqlite,
    json_list,
    one_of,
    rows_of,
    timestamp,
)
from polex.store.engine import write
from polex.store.schema import notifications


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


@pytest.mark.parametrize("ids", [["R-2"], ["R-1", "R-3"], []])
def test_one_of_selects_exactly_the_values_given(hub, ids: list[str]) -> None:
    with write(hub.engine) as conn, conn.begin():
        for n in (1, 2, 3):
            conn.execute(text("INSERT INTO meta (key, value) VALUES (:k, 'x')"), {"k": f"R-{n}"})
        condition, values = one_of(conn, "key", ids)
        found = fast_rows(conn, f"SELECT key FROM meta WHERE {condition}", (values,))
    assert sorted(key for (key,) in found) == ids


def test_one_value_is_found_through_the_index_alone(hub) -> None:
    """A single id (what a document look-up mostly asks for) costs no temporary B-tree."""
    if not is_sqlite(hub.engine):
        pytest.skip("SQLite's query plans")
    with hub.engine.connect() as conn:
        condition, value = one_of(conn, "id", ["R-1"])
        plan = " ".join(row[-1] for row in fast_rows(
            conn, f"EXPLAIN QUERY PLAN SELECT version FROM records WHERE {condition}", (value,)))
    assert "SEARCH records" in plan
    assert "SUBQUERY" not in plan and "json_each" not in plan


@pytest.mark.parametrize("ids", [["R-2"], ["R-1", "R-3"], ["R-3", "R-1", "R-3", "R-9"], []])
def test_rows_of_reads_each_row_named_once(hub, ids: list[str]) -> None:
    with write(hub.engine) as conn, conn.begin():
        for n in (1, 2, 3):
            conn.execute(text("INSERT INTO meta (key, value) VALUES (:k, 'x')"), {"k": f"R-{n}"})
        found = rows_of(conn, "m.key, m.value", "meta AS m", "m.key", ids)
    assert sorted(found) == [(key, "x") for key in sorted(set(ids) - {"R-9"})]


def test_values_are_looked_up_once_each_in_index_order() -> None:
    assert in_index_order(["R-3", "R-1", "R-3", "R-2"]) == ["R-1", "R-2", "R-3"]
    assert in_index_order([("k:b", 1, 2), ("k:a", 5, 9), ("k:a", 1, 4)]) == [
        ("k:a", 1, 4), ("k:a", 5, 9), ("k:b", 1, 2)]
    assert in_index_order([]) == []


def test_json_list_is_read_back_as_the_values_given(hub) -> None:
    values = ["R-1", "Ñandú", "鈴木", "😀", 7]
    with hub.engine.connect() as conn:
        if not is_sqlite(hub.engine):
            pytest.skip("SQLite's json_each")
        read = [value for (value,) in fast_rows(conn, "SELECT value FROM json_each(?)",
                                                 (json_list(values),))]
    assert read == values


def test_json_list_leaves_what_orjson_refuses_to_json() -> None:
    for values in (["lone \ud800 surrogate"], [2**70]):
        assert json_list(values) == json.dumps(values)


@pytest.mark.parametrize("at", [datetime(2026, 11, 26, 7, 30, 5, 120034),
                                datetime(2026, 11, 26, 7, 30, 5)])  # no microseconds
def test_a_hot_reads_time_compares_with_the_times_the_store_wrote(hub, at: datetime) -> None:
    with write(hub.engine) as conn, conn.begin():
        conn.execute(insert(notifications).values(
            owner="FRA", record_id="r-1", searcher_org="DEU", searcher_user="u", at=at,
            score=0.9, matched="{}"))
        later_than = "SELECT count(*) FROM notifications WHERE at > ?"
        tick = timedelta(microseconds=1)
        assert fast_rows(conn, later_than, (timestamp(conn, at - tick),)) == [(1,)]
        assert fast_rows(conn, later_than, (timestamp(conn, at),)) == [(0,)]
        conn.rollback()


def test_a_hot_reads_time_is_naive_utc(hub) -> None:
    with hub.engine.connect() as conn, pytest.raises(ValueError, match="naive UTC"):
        timestamp(conn, datetime.now(UTC))
