"""The candidate cache: decoded forms are reused only until their record changes; records
found by an identifier: only those that may hit, each with the gate's view of it."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from polex.access import lookup
from polex.access.lookup import (
    Candidate,
    CandidateCache,
    admitted_candidates,
    admitted_ids,
    identified,
)
from polex.access.principal import Principal
from polex.access.roles import Role
from polex.store.records import INDEX_REBUILT, StoredRecord, envelopes
from tests.factories import document, person
from tests.sharing import SHARING


def envelope(record_id: str, version: int = 1) -> StoredRecord:
    now = datetime.now(UTC).replace(tzinfo=None)
    return StoredRecord(record_id, "person", "FRA", f"S-{record_id}", version, "active", None,
                        None, "all", [], True, now, now)


def synced(cache: CandidateCache, latest: int = 0) -> CandidateCache:
    cache.sync(None, [], latest)  # a process's first search
    return cache


def test_an_entry_is_dropped_once_its_record_changes() -> None:
    cache = synced(CandidateCache(lambda kind, form: (kind, form["n"])))
    cache.add([envelope("a"), envelope("b")], {"a": {"n": 1}, "b": {"n": 2}}, stamp=0)
    assert cache.held(["a", "c"])[0]["a"].form == ("person", 1)
    cache.sync(0, [(1, "a")], latest=1)  # "a" was updated or deleted
    found, missing = cache.held(["a", "b"])
    assert list(found) == ["b"] and missing == ["a"]


def test_an_entry_read_before_a_change_already_applied_is_not_kept() -> None:
    # Another search saw "a" change; this one read "a" in an older snapshot.
    cache = synced(CandidateCache(), latest=4)
    cache.sync(4, [(5, "a")], latest=5)
    cache.add([envelope("a")], {"a": {}}, stamp=4)
    assert cache.held(["a"])[1] == ["a"]
    cache.add([envelope("a", version=2)], {"a": {}}, stamp=5)
    assert cache.held(["a"])[0]["a"].record.version == 2


def test_a_first_sync_or_a_flood_of_changes_drops_everything() -> None:
    cache = CandidateCache()
    cache.add([envelope("a")], {"a": {}}, stamp=0)  # before any sync: not vouched for
    assert len(cache) == 0
    synced(cache, latest=7).add([envelope("a")], {"a": {}}, stamp=7)
    assert len(cache) == 1
    flood = [(8 + n, f"other-{n}") for n in range(CandidateCache.SYNC_LIMIT)]
    cache.sync(7, flood, latest=20_000)
    assert len(cache) == 0 and cache.seen == 20_000


def test_a_sync_racing_the_first_applies_nothing_and_vouches_for_nothing_older() -> None:
    # Two searches start at once in a new process: both read no changes, only the latest.
    cache = CandidateCache()
    cache.sync(None, [], latest=9)
    cache.sync(None, [], latest=12)  # changes 10-12 were never read: seen stays at 9
    assert cache.seen == 9
    cache.add([envelope("a")], {"a": {}}, stamp=12)  # read after them: current
    cache.sync(9, [(11, "a")], latest=12)  # the next search reads them
    assert cache.held(["a"])[1] == ["a"] and cache.seen == 12


def test_a_rebuilt_index_drops_every_form_kept() -> None:
    cache = synced(CandidateCache(), latest=7)
    cache.add([envelope("a")], {"a": {}}, stamp=7)
    cache.sync(7, [(8, INDEX_REBUILT)], latest=8)  # the forms are the old index's
    assert len(cache) == 0 and cache.seen == 8


def test_the_least_recently_used_entries_go_first() -> None:
    cache = synced(CandidateCache(size=2))
    cache.add([envelope("a"), envelope("b")], {"a": {}, "b": {}}, stamp=0)
    cache.held(["a"])  # a is used again, so b is the oldest
    cache.add([envelope("c")], {"c": {}}, stamp=0)
    assert len(cache) == 2
    assert cache.held(["a", "b", "c"])[1] == ["b"]


def test_the_gates_remembered_answer_holds_for_one_day_and_one_caller() -> None:
    today = date(2026, 11, 24)
    record = dataclasses.replace(envelope("a"), review_date=today, sharing_mode="only",
                                 sharing_countries=["ESP"])
    candidate = Candidate(record, {})
    esp = Principal("esp", "ESP", Role.officer)
    assert candidate.hits_for(esp, today)
    assert not candidate.hits_for(Principal("deu", "DEU", Role.officer), today)
    assert not candidate.hits_for(esp, today + timedelta(days=1))  # past its review date
    assert set(candidate.may_hit) == {"day", "ESP officer"}  # that day's only


def test_records_found_by_an_identifier_are_those_that_may_hit_with_their_views(
        hub, callers) -> None:
    fra = callers("FRA")
    restricted = {"sharing": {"mode": "only", "countries": ["ESP"]}}
    ids = {name: hub.records.put(fra, document(f"D-{name}", "QK4471902", **fields)
                                 ).record["id"]
           for name, fields in (("shared", {}), ("only_esp", restricted),
                                ("cancelled", {"record_status": "cancelled"}))}
    today = hub.records.today()
    for caller, expected in ((callers("DEU"), {"shared"}),
                             (callers("ESP", "frontline"), {"shared", "only_esp"}),
                             (fra, {"shared", "only_esp"})):  # the owner too: in force only
        with hub.engine.connect() as conn:
            found = identified(conn, caller, [*ids.values(), "no-such-id"], today)
        assert set(found) == {ids[name] for name in expected}
        for record_id, candidate in found.items():
            assert candidate.view == hub.records.get(caller, record_id)  # the gate's view
            assert candidate.record.body == {}  # the content leaves only as that view
            assert candidate.form["number"] == "QK4471902"


def test_the_gates_verdict_alone_is_that_of_the_candidates_without_their_forms(
        hub, callers, monkeypatch) -> None:
    # Records counted for how common a name is are judged, never scored: judged in the
    # store, so that no form is read, and the verdict is the candidates'.
    fra = callers("FRA")
    restricted = {"sharing": {"mode": "only", "countries": ["ESP"]}}
    ids = [hub.records.put(fra, person(f"P-{name}", "Karim Haddad", **fields)).record["id"]
           for name, fields in (("shared", {}), ("only_esp", restricted),
                                ("cancelled", {"record_status": "cancelled"}))]
    today = hub.records.today()
    kinds = frozenset({"person"})
    judges = (callers("DEU"), callers("ESP"), fra)  # two others, then the owner
    with hub.engine.connect() as conn:
        expected = [set(admitted_candidates(conn, caller, ids, today, kinds))
                    for caller in judges]
    monkeypatch.setattr(lookup.search_index, "forms_of", None)  # reading a form now fails
    with hub.engine.connect() as conn:
        verdicts = [admitted_ids(conn, caller, [*ids, "no-such-id"], today, kinds)
                    for caller in judges]
        assert admitted_ids(conn, fra, ids, today, frozenset({"document"})) == set()
        assert admitted_ids(conn, fra, [], today) == set()
    assert verdicts == expected == [{ids[0]}, {ids[0], ids[1]}, {ids[0], ids[1]}]


@pytest.mark.parametrize("role", ["officer", "analyst", "frontline", "imagery", "admin",
                                  "auditor"])
def test_the_gates_sql_face_admits_exactly_what_may_hit_in_hand(hub, callers, role: str
                                                                  ) -> None:
    # gate.hit_condition (what admitted_ids judges in the store) and the gate in hand
    # (Candidate.hits_for: can_see and in force) are two faces of one rule: over the
    # sharing matrix, each record active, cancelled or under review, a person and a
    # document, for the owner and two others, on a day in force and after the review.
    fra = callers("FRA")
    today = hub.records.today()
    review = {"review_date": (today + timedelta(days=10)).isoformat()}
    ids = [hub.records.put(fra, make(f"{make.__name__}-{mode}-{state}", sharing=sharing,
                                     **fields)).record["id"]
           for mode, sharing in SHARING.items()
           for state, fields in (("active", {}), ("cancelled", {"record_status": "cancelled"}),
                                 ("review", review))
           for make in (person, document)]
    admitted = 0
    for org in ("FRA", "DEU", "ESP"):
        caller = callers(org, role)
        for day in (today, today + timedelta(days=11)):
            for kinds in (None, frozenset({"person"})):
                with hub.engine.connect() as conn:
                    in_hand = {e.id for e in envelopes(conn, ids)
                               if (kinds is None or e.kind in kinds)
                               and Candidate(e, None).hits_for(caller, day)}
                    judged = admitted_ids(conn, caller, [*ids, "no-such-id"], day, kinds)
                assert judged == in_hand, (org, day, kinds)
                admitted += len(judged)
    assert admitted or role in {"imagery", "admin", "auditor"}  # the matrix admits some


def test_only_the_forms_of_records_the_gate_admits_are_read(hub, callers, monkeypatch
                                                             ) -> None:
    # A form is content: a record the caller may not get a hit on has its envelope judged
    # (and kept, so that the next search reads nothing of it), never its form.
    fra = callers("FRA")
    only_esp = {"sharing": {"mode": "only", "countries": ["ESP"]}}
    ids = {name: hub.records.put(fra, person(f"P-{name}", "Karim Haddad", **fields)
                                 ).record["id"]
           for name, fields in (("shared", {}), ("only_esp", only_esp))}
    read: list[list[str]] = []
    forms_of = lookup.search_index.forms_of
    monkeypatch.setattr(lookup.search_index, "forms_of",
                        lambda conn, record_ids: read.append(sorted(record_ids))
                        or forms_of(conn, record_ids))
    today = hub.records.today()
    cache = CandidateCache()
    kinds = frozenset({"person"})
    with hub.engine.connect() as conn:
        found = admitted_candidates(conn, callers("DEU"), ids.values(), today, kinds, cache)
    assert set(found) == {ids["shared"]} and found[ids["shared"]].form is not None
    assert read == [[ids["shared"]]]
    assert len(cache) == 2  # the other's envelope too, without its form
    with hub.engine.connect() as conn:  # cached: only the form now admitted is read
        found = admitted_candidates(conn, callers("ESP"), ids.values(), today, kinds, cache)
        assert set(found) == set(ids.values())
        assert all(c.form is not None for c in found.values())
        assert read[1:] == [[ids["only_esp"]]]
        again = admitted_candidates(conn, callers("DEU"), ids.values(), today, kinds, cache)
    assert set(again) == {ids["shared"]} and read[2:] == []
    with hub.engine.connect() as conn:  # without a cache: the same verdict, the same reads
        assert set(admitted_candidates(conn, callers("DEU"), ids.values(), today, kinds)
                   ) == {ids["shared"]}
    assert read[2:] == [[ids["shared"]]]
