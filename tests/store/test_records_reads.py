"""Search's lean reads of the records table give exactly what the general reader gives."""

from __future__ import annotations

from sqlalchemy import select

from polex.search.keys import EVERY_MONTH
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


def test_the_gates_envelopes_read_from_the_index_are_those_of_the_records(hub, callers
                                                                           ) -> None:
    fra = callers("FRA")
    ids = [
        hub.records.put(fra, person("P-1", "Isabelle Fontaine")).record["id"],
        hub.records.put(fra, person("P-2", "Jean Dupont", review_date="2031-05-01",
                                    sharing={"mode": "only", "countries": ["ESP", "DEU"],
                                             "frontline": False})).record["id"],
        hub.records.put(fra, document("D-1", "QK4471902", record_status="cancelled",
                                      sharing={"mode": "except", "countries": ["RUS"]})
                        ).record["id"],
    ]
    with hub.engine.connect() as conn:
        full = {r.id: r for r in store.fetch_many(conn, ids)}
        envelopes = store.envelopes(conn, [*ids, "no-such-id"])
    assert sorted(e.id for e in envelopes) == sorted(ids)
    fields = [f for f in store.Envelope.__slots__ if f != "__weakref__"]
    assert {e.id: [getattr(e, f) for f in fields] for e in envelopes} == {
        record_id: [tuple(v) if f == "sharing_countries" else v
                    for f in fields for v in [getattr(r, f)]]
        for record_id, r in full.items()}
    assert [e.frontline for e in envelopes if e.sharing_countries == ("DEU", "ESP")] == [False]


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


def test_a_keys_holders_are_read_with_their_months_of_birth_or_for_some_months_only(
        hub, callers) -> None:
    fra = callers("FRA")
    born = {"1974-02-03": "P-1", "1975": "P-2", "1990-12-24": "P-3"}
    ids = {date: hub.records.put(fra, person(source, "Isabelle Fontaine",
                                             birth_dates=[date])).record["id"]
           for date, source in born.items()}
    undated = hub.records.put(fra, person("P-4", "Isabelle Fontaine")).record["id"]
    twice = hub.records.put(fra, person("P-5", "Isabelle Fontaine",
                                        birth_dates=["1990-01-01", "1975-01-01"])).record["id"]
    with hub.engine.connect() as conn:
        key = next(iter(conn.execute(select(search_keys.c.key).where(
            search_keys.c.record_id == undated)).scalars()))
        whole = search_index.postings_born_between(
            conn, [(key, *EVERY_MONTH), ("no:such-key", *EVERY_MONTH)], limit=100)
        between = search_index.postings_born_between(
            conn, [(key, 0, 0), (key, 197400, 197599), (key, 200100, 200199)], limit=100)
    dated = {k: list(zip(*held, strict=True)) for (k, *_), held in whole.items()}
    between = {k: list(zip(*held, strict=True)) for k, held in between.items()}
    assert dated["no:such-key"] == []
    assert sorted(dated[key]) == sorted([
        (ids["1974-02-03"], 197402), (ids["1975"], 197500), (ids["1990-12-24"], 199012),
        (undated, 0), (twice, 197501), (twice, 199001)])
    assert [month for _, month in dated[key]] == sorted(month for _, month in dated[key])
    assert between == {
        (key, 0, 0): [(undated, 0)],
        (key, 197400, 197599): [(ids["1974-02-03"], 197402), (ids["1975"], 197500),
                                (twice, 197501)],
        (key, 200100, 200199): []}


def test_many_keys_are_read_in_several_statements_each_key_as_if_alone(hub, callers) -> None:
    # One statement reads a bounded number of keys (SQLite: an arm of a union each).
    fra = callers("FRA")
    for n, date in enumerate(["1974-02-03", "1975", "1990-12-24", None]):
        hub.records.put(fra, person(f"P-{n}", "Isabelle Fontaine",
                                    birth_dates=[date] if date else []))
    with hub.engine.connect() as conn:
        keys = sorted(set(conn.execute(select(search_keys.c.key)).scalars()))
        missing = [f"no:such-key-{n}" for n in range(150)]
        sought = [*missing[:70], *keys, *missing[70:]]  # the keys held in a later statement
        together = search_index.postings(conn, sought, limit=3)
        alone = {key: search_index.postings(conn, [key], limit=3)[key] for key in sought}
        ranges = [(key, low, high) for key in sought for low, high in
                  [(0, 9999_12), (197400, 197599)]]
        between = search_index.postings_born_between(conn, ranges, limit=3)
        one_by_one = {r: search_index.postings_born_between(conn, [r], limit=3)[r]
                      for r in ranges}
    assert together == alone and list(together) == list(dict.fromkeys(sought))
    assert all(together[key] for key in keys)
    assert between == one_by_one and all(between[(key, 0, 9999_12)][0] for key in keys)


def test_every_update_and_delete_of_a_record_is_numbered_in_order(hub, callers) -> None:
    fra = callers("FRA")
    with hub.engine.connect() as conn:
        assert store.changes_since(conn, None, 10) == ([], 0)
    first = hub.records.put(fra, person("P-1", "Isabelle Fontaine")).record
    second = hub.records.put(fra, person("P-2", "Jean Dupont")).record  # new: no change
    cancelled = person("P-1", "Isabelle Fontaine", record_status="cancelled")
    hub.records.update(fra, first["id"], cancelled, version=1)
    with hub.engine.connect() as conn:
        (number, changed), = store.changes_since(conn, 0, 10)[0]
        assert changed == first["id"]
    hub.records.delete(fra, second["id"], version=1)
    hub.records.update(fra, first["id"], person("P-1", "Isabelle Fontaine"), version=2)
    with hub.engine.connect() as conn:
        changes, latest = store.changes_since(conn, number, 10)
        # Each record once, at its latest change: the delete, then the second update.
        assert [r for _, r in changes] == [second["id"], first["id"]]
        assert number < changes[0][0] < changes[1][0] == latest
        assert store.changes_since(conn, 0, 1) == (changes[:1], latest)
        assert store.changes_since(conn, latest, 10) == ([], latest)
        assert store.changes_since(conn, None, 10) == ([], latest)


def test_a_rebuilt_index_is_noted_as_a_change_every_cache_hears_of(hub, callers) -> None:
    hub.records.put(callers("FRA"), person("P-1", "Isabelle Fontaine"))
    for rebuild in (hub.records.rebuild_index, hub.records.refresh_index):
        with hub.engine.connect() as conn:
            before = store.changes_since(conn, None, 10)[1]
        rebuild()
        with hub.engine.connect() as conn:
            changes, latest = store.changes_since(conn, before, 10)
        assert changes == [(latest, store.INDEX_REBUILT)] and latest > before
