"""Key counts are remembered for a while, but a key without records never is: a record
written a moment ago is found by its keys at once."""

from __future__ import annotations

from polex.search.compare import compare
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


def test_a_name_counts_the_records_sharing_two_of_its_parts(hub, callers) -> None:
    frequencies = KeyFrequencies(max_age=60, clock=Clock())
    for i, (org, name) in enumerate([("FRA", "Isabelle Fontaine"), ("DEU", "Isabelle Fontaine"),
                                     ("ITA", "Fontaine Isabelle"), ("NLD", "Isabelle Dupont")]):
        hub.records.put(callers(org), person(f"P-{i}", name))
    query = match_form({"names": [{"full": "Isabelle Fontaine"}]})
    with hub.engine.connect() as conn:
        assert frequencies.named(conn, query).name_count == 3  # name order is free
        single = match_form({"names": [{"full": "Isabelle"}]})
        assert frequencies.named(conn, single).name_count == 0  # no pair: rare
        unknown = match_form({"names": [{"full": "Isabelle Oosterhuis"}]})
        assert frequencies.named(conn, unknown).name_count == 0


def test_compare_scores_a_common_name_as_search_does(hub, callers) -> None:
    # The record searched for, and five other men of the same name born the same year.
    dated = {"birth_dates": ["1980-05-12"], "sex": "M"}
    hub.records.put(callers("FRA"), person("P-0", "Karim Haddad", **dated))
    for i in range(1, 6):
        hub.records.put(callers("FRA"), person(f"P-{i}", "Karim Haddad",
                                               birth_dates=[f"1980-0{i}-2{i}"]))
    query = {"names": [{"full": "Karim Haddad"}], "birth_dates": ["1980-05-13"]}
    officer = callers("ESP", "officer")
    found = hub.search.persons(officer, query)["hits"]
    top = next(h for h in found if h["record"]["source_id"] == "P-0")
    compared = hub.search.compare(officer, query, person("P-0", "Karim Haddad", **dated))
    assert compared["score"] == top["score"]
    row = next(e for e in compared["explanation"] if e["feature"] == "name_rarity")
    assert row["records_sharing_name"] == 6 and row["contribution"] < 0
    bare = compare(query, person("P-0", "Karim Haddad", **dated))  # no hub: nobody counted
    assert bare.score > compared["score"]
