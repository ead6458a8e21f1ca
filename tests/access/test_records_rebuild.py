"""A full index rebuild and a bulk load: the index they leave is the one record writes would
have left, searches keep working while a rebuild runs, and a failed one changes nothing."""

from __future__ import annotations

import json
import operator
from itertools import islice

import pytest
from sqlalchemy import inspect, select

from polex.access import audit
from polex.search.indexer import index_entries
from polex.store import index_bulk, search_index
from polex.store.engine import write
from polex.store.schema import search_forms, search_keys
from polex.synth import SynthPlan
from polex.synth.generate import rows
from tests.factories import person

PLAN = SynthPlan.tiny(seed=5).scaled(0.2)  # every kind, names in several scripts


def index_of(hub) -> tuple[set[tuple[str, int, str]], dict[str, tuple[str, dict]]]:
    with hub.engine.connect() as conn:
        keys = set(conn.execute(select(search_keys.c.key, search_keys.c.born,
                                       search_keys.c.record_id)).tuples())
        forms = {r: (kind, json.loads(form)) for r, kind, form in conn.execute(
            select(search_forms.c.record_id, search_forms.c.kind, search_forms.c.form))}
    return keys, forms


def expected_index(items) -> tuple[set[tuple[str, int, str]], dict[str, tuple[str, dict]]]:
    entries = index_entries([(rid, record["kind"], record) for rid, _, record in items])
    return ({(k, month, rid) for rid, _, ks, _, months in entries for k in ks for month in months},
            {rid: (kind, form) for rid, kind, _, form, _ in entries if form is not None})


@pytest.fixture
def loaded(hub):
    items = list(rows(PLAN))
    assert hub.load_synthetic(items) == len(items)
    return items


def test_a_bulk_load_indexes_every_record_as_a_write_would(hub, loaded):
    assert index_of(hub) == expected_index(loaded)


def test_a_bulk_load_in_worker_processes_commits_and_audits_in_steps(hub):
    items = list(rows(PLAN))
    assert hub.records.bulk_load(iter(items), commit_every=100, chunk=30, workers=2) == len(
        items)
    assert index_of(hub) == expected_index(items)
    with hub.engine.connect() as conn:
        loads = [e["query"]["records"] for e in audit.entries(conn)
                 if e["action"] == "record.bulk_load"]
        assert audit.verify(conn).intact
    assert sum(loads) == len(items) and len(loads) > 2
    assert all(n >= 100 for n in loads[:-1])


@pytest.mark.parametrize("workers", [1, 2])
def test_a_rebuild_recomputes_the_index_a_write_would_leave(hub, loaded, workers):
    with write(hub.engine) as conn, conn.begin():
        search_index.clear(conn)
    assert hub.records.rebuild_index(page=37, workers=workers) == len(loaded)
    assert index_of(hub) == expected_index(loaded)
    assert hub.records.index_is_current()


def test_after_a_rebuild_a_person_is_found_by_name(hub, callers):
    fra = callers("FRA")
    hub.records.put(fra, person("P-1", "Мухаммед Алиев", birth_dates=["1974-08-12"]))
    for n in range(30):
        hub.records.put(fra, person(f"P-{n + 2}", f"Someone Else{n}"))
    with write(hub.engine) as conn, conn.begin():
        search_index.clear(conn)
    hub.records.rebuild_index(page=4, workers=2)
    found = hub.search.persons(callers("DEU"), {"names": [{"full": "Mohammed Aliev"}],
                                                "birth_dates": ["1974-08-12"]})
    assert found["hit"] and found["hits"][0]["record"]["source_id"] == "P-1"


def test_the_rebuild_is_audited_and_the_chain_holds(hub, loaded):
    hub.records.rebuild_index(page=50, workers=2)
    with hub.engine.connect() as conn:
        last = audit.entries(conn)[-1]
        assert audit.verify(conn).intact
    assert (last["action"], last["result"]) == ("index.rebuild", {"records": len(loaded)})


def test_readers_see_the_old_index_while_a_rebuild_runs(hub, loaded):
    before = index_of(hub)
    a_key, _, a_record = next(iter(sorted(before[0])))
    seen: list[list[str]] = []

    def look(_: int) -> None:  # called between pages, the rebuild's transaction open
        with hub.engine.connect() as conn:
            seen.append(search_index.postings(conn, [a_key], 1000)[a_key])

    hub.records.rebuild_index(progress=look, page=20, workers=2)
    assert len(seen) > 2 and all(a_record in ids for ids in seen)
    assert index_of(hub) == before


def test_an_interrupted_rebuild_leaves_the_old_index_usable(hub, callers, loaded):
    hub.records.put(callers("FRA"), person("P-X", "Anna Eriksson", birth_dates=["1974-08-12"]))
    before = index_of(hub)
    indexes = inspect(hub.engine).get_indexes("search_keys")

    def interrupt(_: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        hub.records.rebuild_index(progress=interrupt, page=20, workers=2)
    assert index_of(hub) == before
    assert inspect(hub.engine).get_indexes("search_keys") == indexes
    found = hub.search.persons(callers("DEU"), {"names": [{"full": "Anna Eriksson"}],
                                                "birth_dates": ["1974-08-12"]})
    assert found["hit"]


def test_the_rebuild_keeps_the_index_by_record(hub, loaded):
    indexes = inspect(hub.engine).get_indexes("search_keys")
    assert indexes  # the secondary index the rebuild drops and recreates on SQLite
    hub.records.rebuild_index(page=50, workers=2)
    assert inspect(hub.engine).get_indexes("search_keys") == indexes


def test_work_in_processes_comes_back_in_order_and_bounded():
    produced: list[int] = []

    def items():
        for n in range(40):
            produced.append(n)
            yield n

    with index_bulk.worker_pool(2) as pool:
        results = index_bulk.map_in_workers(operator.neg, items(), pool, ahead=3)
        assert list(islice(results, 5)) == [(n, -n) for n in range(5)]
        assert len(produced) <= 5 + 3  # never more than `ahead` items beyond those consumed
        assert list(results) == [(n, -n) for n in range(5, 40)]


def test_an_online_rebuild_recomputes_the_index_a_write_would_leave(hub, loaded):
    with write(hub.engine) as conn, conn.begin():
        search_index.clear(conn)
    assert hub.records.refresh_index(page=37) == len(loaded)
    assert index_of(hub) == expected_index(loaded)
    assert hub.records.index_is_current()
    with hub.engine.connect() as conn:
        last = audit.entries(conn)[-1]
        assert audit.verify(conn).intact
    assert (last["action"], last["result"]) == ("index.rebuild", {"records": len(loaded)})


def test_an_online_rebuild_lets_searches_and_writes_through_between_pages(hub, callers):
    """Each page commits on its own: a search (which writes its audit entry) and a record
    write between two pages go through at once, and every record stays findable."""
    fra, deu = callers("FRA"), callers("DEU")
    written = [hub.records.put(fra, person(f"P-{n}", f"Anna Eriksson{'x' * n}",
                                           birth_dates=["1974-08-12"])).record
               for n in range(12)]
    found: list[int] = []

    def between_pages(_: int) -> None:
        hits = hub.search.persons(deu, {"names": [{"full": "Anna Eriksson"}],
                                        "birth_dates": ["1974-08-12"]})["hits"]
        found.append(sum(h["record_id"] == written[0]["id"] for h in hits))
        hub.records.put(fra, person(f"Q-{len(found)}", "Lena Berg"))

    hub.records.refresh_index(progress=between_pages, page=3)
    assert found == [1] * 4


def test_a_record_changed_during_an_online_rebuild_keeps_its_new_entries(hub, callers):
    fra = callers("FRA")
    record = hub.records.put(fra, person("P-1", "Anna Eriksson")).record
    compute = hub.records.index_entries

    def compute_then_rename(items):
        entries = compute(items)  # computed from the record as it was read...
        hub.records.index_entries = compute
        hub.records.update(fra, record["id"], person("P-1", "Birgitta Lund"),
                           version=record["version"])  # ...which then changes
        return entries

    hub.records.index_entries = compute_then_rename
    hub.records.refresh_index(page=10)
    query = {"names": [{"full": "Birgitta Lund"}]}
    assert [h["record_id"] for h in hub.search.persons(callers("DEU"), query)["hits"]] == [
        record["id"]]
    stale = hub.search.persons(callers("DEU"), {"names": [{"full": "Anna Eriksson"}]})
    assert all(h["score"] < 0.7 for h in stale["hits"])
