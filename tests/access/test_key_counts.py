"""Each search key's stored count is the number of its index rows, and each kind's the
number of its forms, whatever wrote them: a record written, changed, deleted, a batch with
rejected rows, concurrent writers, a bulk load and both rebuilds. Search weighs its keys by
these counts, against the forms', without counting rows."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from polex.access import lookup
from polex.store.schema import search_forms, search_key_counts, search_keys
from polex.store.search_index import FORMS_OF
from polex.synth import SynthPlan
from polex.synth.generate import rows
from tests.factories import document, person


def stored_counts(hub) -> dict[str, int]:
    with hub.engine.connect() as conn:
        return dict(conn.execute(select(search_key_counts.c.key, search_key_counts.c.entries)
                                 ).all())


def counted_rows(hub) -> dict[str, int]:
    """Each key's index rows, and each kind's forms (``FORMS_OF``), counted now."""
    with hub.engine.connect() as conn:
        keys = conn.execute(select(search_keys.c.key, func.count())
                            .group_by(search_keys.c.key)).all()
        forms = conn.execute(select(search_forms.c.kind, func.count())
                             .group_by(search_forms.c.kind)).all()
    return dict(keys) | {FORMS_OF + kind: count for kind, count in forms}


def test_a_record_written_changed_and_deleted_keeps_every_count_exact(hub, callers):
    fra = callers("FRA")
    first = hub.records.put(fra, person("P-1", "Jean Dupont", birth_dates=["1980-04-02"]))
    hub.records.put(fra, person("P-2", "Jean Martin"))
    assert stored_counts(hub) == counted_rows(hub) and stored_counts(hub)

    record_id = first.record["id"]
    hub.records.update(fra, record_id, person("P-1", "Pierre Dupont"), version=1)
    assert stored_counts(hub) == counted_rows(hub)

    with hub.engine.connect() as conn:
        assert lookup.indexed_count(conn, "person") == 2
    hub.records.delete(fra, record_id, version=2)
    assert stored_counts(hub) == counted_rows(hub)
    with hub.engine.connect() as conn:
        # Dupont's keys went with the record that held them: none is left at 0.
        assert not any(key for key, n in stored_counts(hub).items() if n <= 0)
        assert lookup.key_counts(conn, set(counted_rows(hub))) == counted_rows(hub)
        # The index's size is read from its count, not counted: one person left.
        assert lookup.indexed_count(conn, "person") == 1
        assert lookup.indexed_count(conn, "travel_document") == 0


def test_a_batch_counts_its_accepted_rows_only(hub, callers):
    fra = callers("FRA")
    report = hub.records.put_batch(fra, [person("B-1", "Ana Lopez"), {"kind": "person"},
                                         document("B-2")], atomic=False)
    assert report.counts["rejected"] == 1
    assert stored_counts(hub) == counted_rows(hub)


def test_concurrent_writers_leave_exact_counts(hub, callers):
    fra = callers("FRA")
    barrier = threading.Barrier(4)

    def write(worker: int) -> None:
        barrier.wait()
        for i in range(5):  # the same common name from every thread: the same keys
            hub.records.put(fra, person(f"C-{worker}-{i}", f"Maria Garcia {worker}{i}"))

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert stored_counts(hub) == counted_rows(hub)


def test_a_bulk_load_and_both_rebuilds_leave_exact_counts(hub):
    items = list(rows(SynthPlan.tiny(seed=5).scaled(0.2)))
    hub.records.bulk_load(iter(items), commit_every=100, chunk=30, workers=1)
    assert stored_counts(hub) == counted_rows(hub) and stored_counts(hub)

    hub.records.rebuild_index(workers=1)
    assert stored_counts(hub) == counted_rows(hub)

    hub.records.refresh_index(page=50)
    assert stored_counts(hub) == counted_rows(hub)
