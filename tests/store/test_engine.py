"""The store opens on either database, migrates idempotently, and loads in bulk."""

from __future__ import annotations

from sqlalchemy import event, inspect

from polex.store.engine import migrate, open_engine


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
