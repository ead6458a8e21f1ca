"""The store opens on either database, migrates idempotently, and loads in bulk."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import event, inspect, text

from polex.store import engine as engine_module
from polex.store import migrations, search_index
from polex.store.engine import StandingConnection, migrate, open_engine, reads, write


def test_migrating_twice_changes_nothing(database_url):
    engine = open_engine(database_url)
    migrate(engine)
    assert {"records", "audit_log", "record_shares", "tokens", "users", "orgs"} <= set(
        inspect(engine).get_table_names())
    engine.dispose()


def test_bulk_load_is_audited_and_visible_through_the_gate(hub, callers):
    record = {"kind": "person", "source_id": "B-1", "record_status": "active",
              "review_date": None, "legal_basis": None,
              "sharing": {"mode": "only", "countries": ["DEU"], "frontline": True},
              "names": [{"full": "Ana Silva"}]}
    assert hub.load_synthetic([("id-1", "PRT", record)]) == 1
    assert hub.records.get(callers("DEU"), "id-1")["owner"] == "PRT"
    assert hub.records.list(callers("ITA")).items == []


def test_the_pool_keeps_its_connections_open_between_requests(database_url):
    # A connection opened afresh starts with an empty page cache (SQLite) and a new
    # session: requests up to the pool size must reuse the ones already open.
    engine = open_engine(database_url, migrate_schema=False, pool_size=12)
    opened = []
    event.listen(engine, "connect", lambda *_: opened.append(1))
    for _ in range(3):
        held = [engine.connect() for _ in range(12)]
        for conn in held:
            conn.exec_driver_sql("SELECT 1")
            conn.close()
    assert len(opened) == 12
    engine.dispose()


@pytest.mark.sqlite_only
def test_a_sqlite_pool_hands_out_the_connection_returned_last(database_url):
    # Its page cache is the warmest: still valid unless another connection has committed.
    engine = open_engine(database_url, migrate_schema=False, pool_size=4)
    first, second = engine.connect(), engine.connect()
    first_dbapi, second_dbapi = first.connection.dbapi_connection, (
        second.connection.dbapi_connection)
    second.close()
    first.close()  # returned last
    with engine.connect() as again:
        assert again.connection.dbapi_connection is first_dbapi
    with engine.connect() as again:
        assert again.connection.dbapi_connection is first_dbapi  # and again
    assert first_dbapi is not second_dbapi
    engine.dispose()


def _store_at(tmp_path, revision: str, sql: str | None = None):
    """A SQLite store whose schema stops at migration ``revision`` (and ``sql`` run on it),
    and the migrations' configuration, to move it further."""
    engine = open_engine(f"sqlite:///{tmp_path / 'old.sqlite'}", migrate_schema=False)
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        if sql:
            conn.execute(text(sql))
    return engine, config


def test_a_store_indexed_before_the_months_of_birth_keeps_its_keys_as_undated(tmp_path):
    # Migration 0005 puts the month of birth into the key index: a hub upgraded from 0004
    # goes on finding every record by its keys until `polex index rebuild` adds the months.
    engine, _ = _store_at(tmp_path, "0004", "INSERT INTO search_keys (key, record_id) VALUES "
                                            "('v:ana', 'r-1'), ('v:ana', 'r-2'), ('s:SLP', 'r-1')")
    migrate(engine)
    with engine.connect() as conn:
        rows = set(conn.execute(text("SELECT key, born, record_id FROM search_keys")))
        assert search_index.postings(conn, ["v:ana"], limit=10) == {"v:ana": ["r-1", "r-2"]}
    assert rows == {("v:ana", 0, "r-1"), ("v:ana", 0, "r-2"), ("s:SLP", 0, "r-1")}
    assert "ix_search_keys_record" in {ix["name"] for ix in inspect(engine).get_indexes(
        "search_keys")}
    engine.dispose()


def test_a_store_indexed_by_months_keeps_them_with_the_day_unknown(tmp_path):
    # Migration 0012 keeps the date of birth in the key index: a hub upgraded from 0011 goes
    # on finding every record by its months until `polex index rebuild` adds the days.
    engine, config = _store_at(
        tmp_path, "0011", "INSERT INTO search_keys (key, birth_month, record_id) VALUES "
                          "('v:ana', 197405, 'r-1'), ('v:ana', 0, 'r-2'), ('v:ana', 198812, 'r-1')")
    migrate(engine)
    with engine.begin() as conn:
        rows = set(conn.execute(text("SELECT key, born, record_id FROM search_keys")))
        read = search_index.postings_born_between(conn, [("v:ana", 197405, 197405)], limit=10)
        # A later rebuild writes the days: two dates of one month are two rows.
        conn.execute(text("INSERT INTO search_keys (key, born, record_id) VALUES "
                          "('v:ana', 19740512, 'r-3'), ('v:ana', 19740520, 'r-3')"))
    assert rows == {("v:ana", 19740500, "r-1"), ("v:ana", 0, "r-2"), ("v:ana", 19881200, "r-1")}
    assert read == {("v:ana", 197405, 197405): (["r-1"], [197405])}
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0011")
    with engine.connect() as conn:
        back = set(conn.execute(text("SELECT key, birth_month, record_id FROM search_keys")))
    assert back == {("v:ana", 197405, "r-1"), ("v:ana", 0, "r-2"), ("v:ana", 198812, "r-1"),
                    ("v:ana", 197405, "r-3")}
    engine.dispose()


def test_the_holders_born_on_a_day_are_read_with_those_of_its_month_without_a_day(hub):
    with write(hub.engine) as conn, conn.begin():
        conn.execute(text("INSERT INTO search_keys (key, born, record_id) VALUES "
                          "('v:ana', 19740512, 'r-1'), ('v:ana', 19740513, 'r-2'), "
                          "('v:ana', 19740500, 'r-3'), ('v:ana', 19740000, 'r-4'), "
                          "('v:ana', 0, 'r-5'), ('v:ana', 19750512, 'r-6'), "
                          "('v:bob', 19740512, 'r-7')"))
        read = search_index.postings_born_on(
            conn, [("v:ana", 19740512), ("v:bob", 19740512), ("v:ana", 19740512),
                   ("v:none", 19740512)], limit=10)
    assert read == {("v:ana", 19740512): (["r-3", "r-1"], [197405, 197405]),
                    ("v:bob", 19740512): (["r-7"], [197405]),
                    ("v:none", 19740512): ([], [])}


def test_the_gates_index_is_added_beside_the_versions_one(tmp_path):
    # Migration 0006: search reads the envelopes of candidates it has not cached from an
    # index; the versions' own index stays, so older code still runs on the store.
    engine, config = _store_at(tmp_path, "0005")
    migrate(engine)
    indexes = {ix["name"]: ix["column_names"] for ix in inspect(engine).get_indexes("records")}
    assert indexes["ix_records_id_version"] == ["id", "version"]
    assert indexes["ix_records_gate"][:2] == ["id", "version"]
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    names = {ix["name"] for ix in inspect(engine).get_indexes("records")}
    assert "ix_records_id_version" in names and "ix_records_gate" not in names
    engine.dispose()


def test_a_pooled_connection_the_server_dropped_while_idle_is_replaced(database_url,
                                                                        monkeypatch):
    # A restarted server leaves the pool holding dead connections: one idle a while is
    # pinged before use and replaced, so the request it serves never sees it.
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL's connections (SQLite's are files)")
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE", 0.05)
    engine = open_engine(database_url, migrate_schema=False, pool_size=2)
    with engine.connect() as conn:
        pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
    with open_engine(database_url, migrate_schema=False).connect() as admin:
        admin.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
        admin.commit()
    time.sleep(0.1)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT pg_backend_pid()").scalar() != pid
    engine.dispose()


def test_a_connection_back_from_a_request_a_moment_ago_is_not_pinged(database_url):
    # Under load a connection returns within milliseconds: no round trip is spent on it.
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL's connections")
    engine = open_engine(database_url, migrate_schema=False, pool_size=2)
    pings: list[int] = []
    original = engine.dialect.do_ping
    engine.dialect.do_ping = lambda dbapi_conn: pings.append(1) or original(dbapi_conn)
    for _ in range(5):
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    assert pings == []
    engine.dispose()


def test_a_standing_connection_is_lent_to_each_read_in_turn_and_comes_back_idle(
        database_url):
    engine = open_engine(database_url, migrate_schema=False)
    standing = StandingConnection(engine)
    with standing.serving():
        with reads(engine) as first:
            first.exec_driver_sql("SELECT 1")  # a read transaction, left open
        assert not first.in_transaction() and not first.closed
        with reads(engine) as second:
            assert second is first
    with reads(engine) as outside:  # outside ``serving``: a pooled connection, as before
        assert outside is not first
    standing.close()
    assert first.closed
    engine.dispose()


def test_a_standing_connection_busy_or_on_another_thread_is_not_lent(database_url):
    engine = open_engine(database_url, migrate_schema=False)
    standing = StandingConnection(engine)
    with standing.serving(), standing.lent() as held:
        with reads(engine) as nested:
            assert nested is not held
        elsewhere = []
        worker = threading.Thread(target=lambda: elsewhere.append(_lend_once(standing)))
        worker.start()
        worker.join()
        assert elsewhere and elsewhere[0] is not held
    standing.close()
    engine.dispose()


def _lend_once(standing: StandingConnection) -> object:
    with standing.lent() as conn:
        return conn


def test_a_standing_connection_closed_under_it_is_replaced(database_url):
    engine = open_engine(database_url, migrate_schema=False)
    standing = StandingConnection(engine)
    with standing.lent() as first:
        first.close()
    with standing.lent() as second:
        assert second is not first
        assert second.exec_driver_sql("SELECT 1").scalar() == 1
    standing.close()
    engine.dispose()
