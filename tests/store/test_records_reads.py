"""Search's lean reads of the records table give exactly what the general reader gives."""

from __future__ import annotations

from sqlalchemy import select

from polex.store import records as store
from polex.store import search_index
from polex.store.schema import records as records_table
from polex.store.schema import search_keys
from tests.factories import document, person


def test_fetch_many_reads_the_same_records_as_select_where(hub, callers) -> None:
    fra = callers("FRA")
    ids = [
        hub.records.put(fra, person("P-1", "Isabelle Fontaine")).record["id"],
        hub.records.put(fra, person("P-2", "Jean Dupont", review_date="2031-05-01",
                                    sharing={"mode": "only", "countries": ["ESP", "DEU"]}
                                    )).record["id"],
        hub.records.put(fra, document("D-1", "QK4471902", record_status="cancelled",
                                      sharing={"mode": "except", "countries": ["RUS"]})
                        ).record["id"],
    ]
    with hub.engine.connect() as conn:
        general = store.select_where(conn, records_table.c.id.in_(ids), limit=10)
        lean = store.fetch_many(conn, [*ids, "no-such-id"])
        envelopes = store.fetch_many(conn, ids, with_body=False)
        assert store.versions(conn, [*ids, "no-such-id"]) == dict.fromkeys(ids, 1)
    assert sorted(lean, key=lambda r: r.id) == sorted(general, key=lambda r: r.id)
    assert {r.id: r.sharing_countries for r in lean}[ids[1]] == ["DEU", "ESP"]
    assert all(r.body == {} for r in envelopes)
    assert [r.id for r in envelopes if r.record_status == "cancelled"] == [ids[2]]


def test_postings_of_many_keys_are_read_at_once_each_bounded(hub, callers) -> None:
    fra = callers("FRA")
    ids = sorted(hub.records.put(fra, person(f"P-{n}", "Isabelle Fontaine")).record["id"]
                 for n in range(5))
    with hub.engine.connect() as conn:
        keys = list(conn.execute(select(search_keys.c.key).where(
            search_keys.c.record_id == ids[0])).scalars())
        shared = search_index.postings(conn, [*keys, "no:such-key"], limit=100)
        bounded = search_index.postings(conn, keys, limit=2)
    assert shared["no:such-key"] == []
    assert all(ids[0] in shared[k] for k in keys)
    assert all(len(shared[k]) == 5 for k in keys)  # the same name: every key holds all five
    assert all(v == ids[:2] for v in bounded.values())
