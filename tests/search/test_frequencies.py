"""Key counts are remembered for a while, but a key without records never is: a record
written a moment ago is found by its keys at once."""

from __future__ import annotations

import time

from polex.search.frequencies import KeyFrequencies
from polex.search.keys import form_keys
from polex.search.match_form import match_form
from tests.factories import person


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def keys_of(name: str) -> set[str]:
    return form_keys(match_form({"names": [{"full": name}]}))


def test_counts_are_kept_for_max_age_then_counted_again(hub, callers) -> None:
    clock = Clock()
    frequencies = KeyFrequencies(max_age=60, clock=clock)
    keys = keys_of("Isabelle Fontaine")
    hub.records.put(callers("FRA"), person("P-1", "Isabelle Fontaine"))
    with hub.engine.connect() as conn:
        first = frequencies.counts(conn, keys)
    assert first and set(first.values()) == {1}
    hub.records.put(callers("DEU"), person("P-2", "Isabelle Fontaine"))
    with hub.engine.connect() as conn:
        assert frequencies.counts(conn, keys) == first  # a minute-old count will do
        clock.now = 61
        assert set(frequencies.counts(conn, keys).values()) == {2}


def test_a_key_without_records_is_counted_again_every_time(hub, callers) -> None:
    frequencies = KeyFrequencies(max_age=60, clock=Clock())
    keys = keys_of("Wilhelmina Oosterhuis")
    with hub.engine.connect() as conn:
        assert frequencies.counts(conn, keys) == {}
    hub.records.put(callers("NLD"), person("P-3", "Wilhelmina Oosterhuis"))
    with hub.engine.connect() as conn:
        assert set(frequencies.counts(conn, keys)) == keys


def test_the_index_size_is_counted_afresh_while_searches_go_on(hub, callers) -> None:
    """Only a process's first search waits for the count; an old one serves while a
    thread counts again."""
    clock = Clock()
    frequencies = KeyFrequencies(max_age=60, clock=clock)
    hub.records.put(callers("FRA"), person("P-1", "Isabelle Fontaine"))
    with hub.engine.connect() as conn:
        first = frequencies.total(conn, "person")
    hub.records.put(callers("DEU"), person("P-2", "Isabelle Fontaine"))
    clock.now = 61
    with hub.engine.connect() as conn:
        assert frequencies.total(conn, "person") == first  # not waited for
    deadline = time.monotonic() + 10
    while True:
        with hub.engine.connect() as conn:
            if frequencies.total(conn, "person") == first + 1:
                break
        assert time.monotonic() < deadline, "the index size was never counted again"
        time.sleep(0.01)
