"""Name rarity counts the records the caller may see that share the searched name."""

from __future__ import annotations

from polex.search import compare, match_form
from polex.search.name_counts import PAIR_SAMPLE, counted, pair_keys
from tests.factories import person


def sharing_count(result: dict) -> int | None:
    """The count the explanation of a search's first hit gives."""
    row = next(e for e in result["hits"][0]["explanation"] if e["feature"] == "name_rarity")
    return row["records_sharing_name"]


def test_a_name_counts_the_records_sharing_two_of_its_parts(hub, callers) -> None:
    for i, (org, name) in enumerate([("FRA", "Isabelle Fontaine"), ("DEU", "Isabelle Fontaine"),
                                     ("ITA", "Fontaine Isabelle"), ("NLD", "Isabelle Dupont")]):
        hub.records.put(callers(org), person(f"P-{i}", name))
    esp = callers("ESP")
    assert sharing_count(hub.search.persons(esp, {"names": [{"full": "Isabelle Fontaine"}]})
                         ) == 3  # name order is free
    assert sharing_count(hub.search.persons(esp, {"names": [{"full": "Isabelle"}]})) == 0


def test_a_patronymic_not_read_for_candidates_still_counts_the_name(hub, callers,
                                                                     monkeypatch) -> None:
    # The search reads no key pairing a patronymic (plan.reading_keys), but the name's
    # count is still the fewest records under any pair of its parts: here Petrivna with
    # Shevchenko (4), whose sample of 2 is scaled by the key's size.
    monkeypatch.setattr("polex.search.name_counts.PAIR_SAMPLE", 2)
    names = (["Oksana Petrivna Shevchenko"] * 3 + ["Alina Petrivna Shevchenko"]
             + ["Alina Shevchenko"] * 5 + ["Alina Petrivna Koval"] * 4)
    for i, name in enumerate(names):
        hub.records.put(callers("UKR"), person(f"P-{i}", name))
    found = hub.search.persons(callers("POL"), {"names": [{"full": "Alina Petrivna Shevchenko"}]})
    assert sharing_count(found) == 4


def test_records_hidden_from_the_caller_are_not_counted(hub, callers) -> None:
    """Else the count, and the score, would tell that the hub holds records the caller
    may not see."""
    fra = callers("FRA")
    hub.records.put(fra, person("P-0", "Karim Haddad"))
    for i in range(1, 4):
        hub.records.put(fra, person(f"P-{i}", "Karim Haddad",
                                    sharing={"mode": "only", "countries": ["ESP"]}))
    hub.records.put(fra, person("P-9", "Karim Haddad", record_status="cancelled"))
    query = {"names": [{"full": "Karim Haddad"}]}
    assert sharing_count(hub.search.persons(callers("ESP"), query)) == 4
    alone = hub.search.persons(callers("DEU"), query)
    assert sharing_count(alone) == 1 and len(alone["hits"]) == 1
    compared = hub.search.compare(callers("DEU"), query, person("P-0", "Karim Haddad"))
    assert compared["score"] == alone["hits"][0]["score"]


def test_a_long_list_is_counted_from_its_sample() -> None:
    form = match_form({"names": [{"full": "Karim Haddad"}]})
    pairs = pair_keys(form)
    (key,) = pairs[0]
    ids = [f"r{i}" for i in range(PAIR_SAMPLE)]
    visible = set(ids[: PAIR_SAMPLE // 2])  # half of the sample may be seen
    assert counted(form, pairs, {key: ids}, visible, {key: 1000}).name_count == 500
    assert counted(form, pairs, {key: ids[:10]}, visible, {key: 10}).name_count == 10


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
