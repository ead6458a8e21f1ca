"""Key counts are remembered for a while, but a key without records never is: a record
written a moment ago is found by its keys at once."""

from __future__ import annotations

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


def test_the_index_size_is_read_from_its_count_and_read_again_once_old(hub, callers
                                                                        ) -> None:
    clock = Clock()
    frequencies = KeyFrequencies(max_age=60, clock=clock)
    hub.records.put(callers("FRA"), person("P-1", "Isabelle Fontaine"))
    with hub.engine.connect() as conn:
        assert frequencies.total(conn, "person") == 1
    hub.records.put(callers("DEU"), person("P-2", "Isabelle Fontaine"))
    with hub.engine.connect() as conn:
        assert frequencies.total(conn, "person") == 1  # a minute-old size serves
    clock.now = 61
    with hub.engine.connect() as conn:
        assert frequencies.total(conn, "person") == 2
