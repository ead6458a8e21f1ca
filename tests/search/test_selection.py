"""Candidate selection: which records found under a query's keys are scored."""

from __future__ import annotations

from polex.search import match_form, select_candidates
from polex.search.selection import Sought


def test_select_candidates_prefers_rare_keys_and_is_bounded() -> None:
    postings = {"v:common": list(range(1000)), "v:rare": [7, 8]}
    chosen = select_candidates(postings, total=10_000, limit=5)
    assert chosen[:2] == [7, 8] or chosen[:2] == [8, 7]
    assert len(chosen) <= 5


def test_equally_rare_keys_choose_the_same_candidates_in_every_process() -> None:
    # Two API workers hash strings differently, so a query's keys arrive in another order;
    # when the limit cuts between equally scored ids, both must keep the same ones.
    postings = {"v:anna": [1, 2, 3], "v:hanna": [4, 5, 6], "s:NN": [7, 8, 9]}
    one = select_candidates(postings, total=10_000, limit=4)
    other = select_candidates(dict(reversed(list(postings.items()))), total=10_000, limit=4)
    assert one == other


def test_one_rare_shared_key_beats_many_keys_of_one_common_part() -> None:
    # Three keys of one common part (Mohamed: v:, s:, i:) against one rare pair key (Aya Ali).
    postings = {"p:a+ala": [1], "v:mahamad": list(range(2, 500)),
                "s:MMT": list(range(2, 700)), "i:a+mhmd": list(range(2, 250))}
    assert select_candidates(postings, total=20_000, limit=3)[0] == 1


def test_a_query_seeks_a_year_either_side_and_its_month_or_the_day_read_as_one() -> None:
    sought = Sought.of(match_form({"name": "Maria Garcia", "birth_dates": ["1981-05-03"]}))
    assert sought.years == {1980, 1981, 1982}
    assert sought.months == {198105, 198103}  # 03.05 may be the 5th of March
    assert {(0, 0), (198000, 198299)} < set(sought.ranges())  # and the slips, below
    assert sought.levels([("a", 198103), ("b", 198200), ("b", 0), ("c", 198305), ("d", 0),
                          ("e", 198412), ("e", 198105)]) == {"a": 2, "b": 1, "e": 2}
    two = Sought.of(match_form({"name": "Maria Garcia", "birth_dates": ["1981", "1990-02-14"]}))
    assert two.months == {199002}
    assert {(0, 0), (198000, 198299), (198900, 199199)} < set(two.ranges())
    assert Sought.of(match_form({"name": "Maria Garcia"})) == Sought()


def test_a_first_of_january_also_seeks_the_records_giving_only_its_year() -> None:
    # Registries write an unknown birthday as 1 January; compared, such a date is its year
    # alone, so a record giving only 1982 agrees with it as one born in January 1982 does.
    sought = Sought.of(match_form({"name": "Gamal Mohamed", "birth_dates": ["1982-01-01"]}))
    assert sought.months == {198201, 198200}
    assert sought.levels([("a", 198200), ("b", 198201), ("c", 198205)]) == {
        "a": 2, "b": 2, "c": 1}
    other_day = Sought.of(match_form({"name": "Gamal Mohamed", "birth_dates": ["1982-01-02"]}))
    assert 198200 not in other_day.months


def test_a_query_also_seeks_its_months_a_decade_either_side() -> None:
    # The decade's digit keyed wrong (1994 for 2004) keeps the month and the day: those
    # born in the month a decade off agree as those born in a year sought do; the day
    # read as a month is a guess already, and is not shifted too.
    sought = Sought.of(match_form({"name": "Maria Garcia", "birth_dates": ["1981-05-03"]}))
    assert sought.slips == {197105, 199105}
    assert sought.ranges() == [(0, 0), (197105, 197105), (198000, 198299), (199105, 199105)]
    assert sought.levels([("a", 199105), ("b", 197105), ("c", 199103), ("d", 199100),
                          ("e", 197106)]) == {"a": 1, "b": 1}
    # A slip inside the years sought already is read with them, and only a month slips.
    two = Sought.of(match_form({"name": "Maria Garcia", "birth_dates": ["1981", "1991-02"]}))
    assert two.slips == {200102}
    assert two.ranges() == [(0, 0), (198000, 198299), (199000, 199299), (200102, 200102)]
    assert Sought.of(match_form({"name": "Maria Garcia", "birth_dates": ["1981"]})).slips == set()


def test_close_to_a_date_sought_is_its_months_no_date_or_only_its_year() -> None:
    sought = Sought.of(match_form({"name": "Maria Garcia", "birth_dates": ["1981-05-03"]}))
    assert sought.close_ranges() == [(0, 0), (198000, 198000), (198100, 198100), (198103, 198103),
                                     (198105, 198105), (198200, 198200)]
    year = Sought.of(match_form({"name": "Maria Garcia", "birth_dates": ["1981"]}))
    assert year.close_ranges() == year.ranges() == [(0, 0), (198000, 198299)]


def test_among_a_common_keys_holders_those_born_when_sought_come_first() -> None:
    # 300 holders of one name key, 3 of them born in the years the query allows and one of
    # those in its month: without the dates, which 5 of the 300 are kept is an accident.
    postings = {"q:ndr+vnv": list(range(300))}
    births = {rid: (1950 + rid % 50) * 100 + 1 for rid in range(300)}
    births[299], births[150], births[7] = 200400, 200505, 200607
    sought = Sought(years=frozenset({2004, 2005, 2006}), months=frozenset({200505}))
    born = sought.levels(births.items())
    chosen = select_candidates(postings, total=1_000_000, limit=5, born=born)
    assert chosen[0] == 150 and set(chosen[1:3]) == {299, 7}


def test_a_rarer_shared_key_still_outranks_a_common_one_born_that_year() -> None:
    postings = {"q:ndr+vnv": list(range(300)), "i:a+ndrvnv": [250]}
    births = {rid: 200500 if rid < 100 else 197000 for rid in range(300)}
    born = Sought(years=frozenset({2005})).levels(births.items())
    chosen = select_candidates(postings, total=1_000_000, limit=5, born=born)
    assert chosen[0] == 250 and set(chosen[1:]) < set(range(100))


def test_holders_born_in_the_month_sought_are_candidates_whatever_else_outscores_them(
) -> None:
    # Two views of a given name (its spelling and its consonants) held by 150 undated
    # records outscore one view of the family name held by three records born in the month
    # sought; those are the ones to score, so they take the last places.
    postings = {"v:hraja": list(range(150)), "c:hrj": list(range(150)),
                "s:NSRN": [997, 998, 999, *range(1000, 1200)]}
    births = {997: 199811, 998: 199811, 999: 199811,
              **{rid: 197000 for rid in range(1000, 1200)}}
    born = Sought(years=frozenset({1998}), months=frozenset({199811})).levels(births.items())
    ranked = select_candidates(postings, total=1_000_000, limit=400, born=born)
    assert ranked.index(999) >= 150  # by its keys alone, below every given-name holder
    chosen = select_candidates(postings, total=1_000_000, limit=100, born=born)
    assert len(chosen) == 100 and set(chosen[-3:]) == {997, 998, 999}
    assert chosen[:97] == ranked[:97]
