"""The audit trail records every access and detects any edited, deleted or reordered entry."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import delete, select, update

from polex.access import audit
from polex.errors import NotFound
from polex.store.engine import write
from polex.store.schema import audit_log
from tests.factories import person


def make_trail(hub, callers, entries: int = 6) -> None:
    fra = callers("FRA")
    record_id = hub.records.put(fra, person()).record["id"]
    for _ in range(entries - 1):
        hub.records.get(fra, record_id, purpose="case 2026/FRA/0001")


def verify(hub) -> audit.Verification:
    with hub.engine.connect() as conn:
        return audit.verify(conn)


def tamper(hub, statement) -> None:
    with write(hub.engine) as conn, conn.begin():
        conn.execute(statement)


def test_every_access_is_recorded_with_who_what_why_and_the_result(hub, callers):
    fra = callers("FRA")
    record_id = hub.records.put(fra, person()).record["id"]
    hub.records.get(fra, record_id, purpose="case 2026/FRA/0001")
    with hub.engine.connect() as conn:
        entries = audit.entries(conn)
    view = entries[-1]
    assert (view["org"], view["username"], view["action"]) == ("FRA", "fra-officer",
                                                               "record.view")
    assert view["purpose"] == "case 2026/FRA/0001"
    assert view["result"] == [record_id]


def test_denied_views_are_recorded_with_an_empty_result(hub, callers):
    record_id = hub.records.put(callers("FRA"), person(sharing={
        "mode": "except", "countries": ["DEU"]})).record["id"]
    with pytest.raises(NotFound):
        hub.records.get(callers("DEU"), record_id)
    with hub.engine.connect() as conn:
        last = audit.entries(conn)[-1]
    assert (last["org"], last["action"], last["result"]) == ("DEU", "record.view", [])


def test_an_untouched_trail_verifies(hub, callers):
    make_trail(hub, callers)
    with hub.engine.connect() as conn:
        written = audit.count(conn)
    result = verify(hub)
    assert result.intact and result.entries == written >= 6


def test_an_edited_entry_is_located(hub, callers):
    make_trail(hub, callers)
    tamper(hub, update(audit_log).where(audit_log.c.seq == 3).values(org="DEU"))
    breaks = verify(hub).breaks
    assert [(b.seq, "changed" in b.reason) for b in breaks] == [(3, True)]


def test_a_deleted_entry_is_located(hub, callers):
    make_trail(hub, callers)
    tamper(hub, delete(audit_log).where(audit_log.c.seq == 4))
    breaks = verify(hub).breaks
    assert breaks[0].seq == 5 and "4 are missing" in breaks[0].reason


def test_reordered_entries_are_located(hub, callers):
    make_trail(hub, callers)
    with write(hub.engine) as conn, conn.begin():
        rows = {r.seq: r for r in conn.execute(select(audit_log).where(
            audit_log.c.seq.in_([2, 3])))}
        # Swap the contents of entries 2 and 3, each keeping its sequence number.
        for seq, other in ((2, 3), (3, 2)):
            values = {k: v for k, v in rows[other]._mapping.items() if k != "seq"}
            conn.execute(update(audit_log).where(audit_log.c.seq == seq).values(**values))
    assert verify(hub).breaks[0].seq == 2


def test_auditors_verify_over_http_and_others_may_not(client, callers, hub):
    make_trail(hub, callers)
    assert client.get("/api/v1/audit/verify",
                      headers=callers.headers("FRA")).status_code == 403
    tamper(hub, update(audit_log).where(audit_log.c.seq == 2).values(purpose="rewritten"))
    body = client.get("/api/v1/audit/verify", headers=callers.headers("HUB", "auditor")).json()
    assert body["intact"] is False
    assert body["breaks"][0]["seq"] == 2


def test_auditors_read_the_trail_and_their_reading_is_recorded(client, callers, hub):
    make_trail(hub, callers)
    headers = callers.headers("HUB", "auditor")
    items = client.get("/api/v1/audit", params={"org": "FRA"}, headers=headers).json()["items"]
    assert {i["org"] for i in items} == {"FRA"}
    with hub.engine.connect() as conn:
        assert audit.entries(conn)[-1]["action"] == "audit.read"


def test_users_tokens_and_logins_are_on_the_trail(client, callers, hub):
    admin = callers.headers("HUB", "admin")
    created = client.post("/api/v1/users", headers=admin, json={
        "username": "jdupont", "org": "FRA", "role": "officer",
        "password": "a long enough secret"})
    assert created.status_code == 201
    assert client.post("/api/v1/auth/login", json={
        "username": "jdupont", "password": "a long enough secret"}).status_code == 200
    with hub.engine.connect() as conn:
        trail = [(e["action"], e["username"], e["target"]) for e in audit.entries(conn)]
    assert ("user.add", "hub-admin", "jdupont") in trail
    assert ("auth.login", "jdupont", "jdupont") in trail
    assert any(action == "token.issue" and target == "hub-admin" for action, _, target in trail)


def test_an_entry_is_hashed_over_the_json_it_has_always_been_hashed_over(hub, callers):
    """Entries written by earlier code must still verify: the canonical JSON of the query
    and result, and the hashed payload, are json.dumps's to the byte."""
    query = {"name": "Ἰωάννης Müller", "nested": {"b": [1.5, None], "a": True}, "n": 10**20}
    deu = callers("DEU")
    with write(hub.engine) as conn, conn.begin():
        seq = audit.append(conn, deu, "search.persons", purpose="Grenze ✓", query=query,
                           result=["r-2", "r-1"])
    with hub.engine.connect() as conn:
        (row,) = conn.execute(select(audit_log).where(audit_log.c.seq == seq)).mappings()
    assert row["query"] == json.dumps(query, ensure_ascii=False, sort_keys=True,
                                      separators=(",", ":"), default=str)
    payload = json.dumps([row[k] for k in audit._HASHED], ensure_ascii=False,
                         separators=(",", ":"))
    assert row["hash"] == hashlib.sha256((row["prev_hash"] + payload).encode()).hexdigest()
