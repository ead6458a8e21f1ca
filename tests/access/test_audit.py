"""The audit trail records every access and detects any edited, deleted or reordered entry."""

from __future__ import annotations

import hashlib
import json
import threading
from datetime import date, datetime

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


def test_entries_appended_at_once_by_many_writers_make_one_unbroken_chain(hub, callers):
    # Each writer appends in transactions of its own, all at once. The chain's head is
    # read under the chain's lock (on PostgreSQL in the same round trip as the lock), so
    # each entry follows the one committed before it: none lost, none forked.
    fra = callers("FRA")
    before = verify(hub).entries
    failures: list[Exception] = []

    def writer() -> None:
        try:
            for _ in range(15):
                with write(hub.engine) as conn, conn.begin():
                    audit.append(conn, fra, "test.append", purpose="many writers")
        except Exception as failure:  # reported below, with the others
            failures.append(failure)

    writers = [threading.Thread(target=writer) for _ in range(6)]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    assert not failures
    result = verify(hub)
    assert result.intact and result.entries == before + 6 * 15


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


def rewrite_from(hub, first: int, **values) -> None:
    """What whoever can write the table can do: change entries from ``first`` on and
    recompute every hash after them, so that the chain links again."""
    with write(hub.engine) as conn, conn.begin():
        rows = [dict(r._mapping) for r in conn.execute(
            select(audit_log).where(audit_log.c.seq >= first).order_by(audit_log.c.seq))]
        prev = conn.execute(select(audit_log.c.hash).where(
            audit_log.c.seq == first - 1)).scalar_one()
        for row in rows:
            row.update(values, prev_hash=prev)
            row["hash"] = prev = audit.entry_hash(prev, row)
            conn.execute(update(audit_log).where(audit_log.c.seq == row["seq"]).values(
                **{k: v for k, v in row.items() if k != "seq"}))


def test_a_rewritten_and_rehashed_trail_verifies_without_an_anchor(hub, callers):
    make_trail(hub, callers)
    rewrite_from(hub, 3, purpose="nothing to see")
    assert verify(hub).intact  # why the head must be noted outside the hub


def test_the_anchor_noted_earlier_detects_a_trail_rewritten_up_to_it(hub, callers):
    make_trail(hub, callers)
    noted = verify(hub).anchor
    make_trail(hub, callers, entries=2)  # the trail goes on after it was noted
    rewrite_from(hub, 3, purpose="nothing to see")
    with hub.engine.connect() as conn:
        result = audit.verify(conn, anchors=[audit.parse_anchor(noted)])
    seq = int(noted.partition(":")[0])
    assert [(b.seq, "noted outside the hub" in b.reason) for b in result.breaks] == [(seq, True)]


def test_an_anchor_past_the_end_detects_a_trail_cut_back(hub, callers):
    make_trail(hub, callers)
    noted = verify(hub).anchor
    seq = int(noted.partition(":")[0])
    tamper(hub, delete(audit_log).where(audit_log.c.seq >= seq - 1))
    with hub.engine.connect() as conn:
        result = audit.verify(conn, anchors=[audit.parse_anchor(noted)])
    assert [(b.seq, "cut back" in b.reason) for b in result.breaks] == [(seq, True)]


def test_the_anchors_of_an_untouched_trail_hold(hub, callers):
    make_trail(hub, callers)
    first = verify(hub).anchor
    make_trail(hub, callers, entries=3)
    second = verify(hub)
    with hub.engine.connect() as conn:
        result = audit.verify(conn, anchors=[audit.parse_anchor(a)
                                             for a in (first, second.anchor)])
    assert result.intact and second.anchor != first


@pytest.mark.parametrize("text", ["", "12", "x:" + "a" * 64, "0:" + "a" * 64, "3:abc",
                                  "3:" + "A" * 64])
def test_a_malformed_anchor_is_refused_saying_how_to_write_one(text):
    with pytest.raises(ValueError, match=r"sequence number|hexadecimal"):
        audit.parse_anchor(text)


def test_auditors_verify_anchors_over_http(client, callers, hub):
    make_trail(hub, callers)
    auditor = callers.headers("HUB", "auditor")
    noted = client.get("/api/v1/audit/verify", headers=auditor).json()["anchor"]
    rewrite_from(hub, 2, purpose="nothing to see")
    plain = client.get("/api/v1/audit/verify", headers=auditor).json()
    anchored = client.get("/api/v1/audit/verify", params={"anchor": noted},
                          headers=auditor).json()
    assert plain["intact"] is True and anchored["intact"] is False
    bad = client.get("/api/v1/audit/verify", params={"anchor": "12"}, headers=auditor)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "anchor"


@pytest.mark.parametrize("value", [
    {"names": [{"full": "Иван Петров"}], "birth_dates": ["1970-03"], "nationalities": ["RUS"]},
    {"identifier": "doc", "value": "D5030241", "country": None, "score": 0.7, "limit": 10},
    ["692054ce-a4ea-4ad0-81b3-2001930b1b04", "ä"], [], None, {"b": {"z": 1, "a": [True]}},
    {"on": date(2026, 11, 26), "at": datetime(2026, 11, 26, 7, 30, 5)},  # as their text
    {1: "a key that is no text"}, {"big": 2 ** 70},  # what orjson refuses: json writes it
])
def test_an_entry_stores_its_query_as_sorted_compact_json(value):
    expected = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                          default=str)
    assert audit._canonical(value) == expected
