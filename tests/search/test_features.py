"""Features: the value each gives for pairs an officer would judge."""

from __future__ import annotations

from polex.search.features import date_agreement


def test_a_mistyped_decade_with_only_the_year_known_is_no_clash() -> None:
    # 1 January is what registries write for "year unknown": 1999-01-01 vs 1989-01-01 is a
    # decade digit slip in a year, as 1999-05-03 vs 1989-05-03 is one in a full date.
    level, conflict, how = date_agreement((1999, 1, 1), (1989, 1, 1))
    assert level > 0 and conflict == 0 and "decade" in how
    assert date_agreement((1999, None, None), (1989, None, None))[1] == 0
    assert date_agreement((1999, 1, 1), (1987, 1, 1))[1] == 1.0  # other years still clash


def test_a_year_month_date_with_a_year_slip_is_weaker_than_an_exact_one() -> None:
    slipped = date_agreement((1984, 6, None), (1994, 6, None))
    same = date_agreement((1984, 6, None), (1984, 6, 24))
    assert slipped[1] == 0 and "year one digit" in slipped[2]
    year_only = date_agreement((1984, None, None), (1984, 6, 24))
    assert slipped[0] < year_only[0] <= same[0] < date_agreement((1984, 6, 24), (1984, 6, 24))[0]


def _shortfall(a: str, b: str) -> float:
    from polex.search.features import Pair, names_fall_short
    from polex.search.match_form import match_form

    return names_fall_short(Pair(match_form({"names": [a]}), match_form({"names": [b]})))[0]


def test_names_alike_only_in_some_letters_fall_short() -> None:
    assert _shortfall("Balázs Ildikó", "Miloš Radić") == 1.0
    assert _shortfall("Jiri Novotny", "Χαρά Αντωνίου") == 1.0


def test_the_same_name_in_another_spelling_does_not_fall_short() -> None:
    assert _shortfall("Παναγιώτης Αντωνίου", "Panayiotis Antoniou") == 0.0
    assert _shortfall("Kim Jong-un", "김정은") == 0.0
    assert 0.0 < _shortfall("Schmidt", "Schmitt") < 0.5  # 0.85 alike: a little short


def test_another_dialect_of_a_chinese_name_falls_short_by_half() -> None:
    # 蒋介石 is Jiang Jieshi in pinyin, Chiang Kai-shek in the Cantonese-based reading.
    assert _shortfall("蒋介石", "Chiang Kai-shek") == 0.5
    assert _shortfall("蒋介石", "Chiang Ching-kuo") == 1.0  # Wade-Giles: another name


def test_a_stranger_born_the_same_day_with_names_alike_in_letters_is_not_a_hit() -> None:
    # Both were hits (0.94, 0.91) among the demo's absent persons' searches.
    from polex.search.compare import compare
    from polex.search.person_v1 import ALGORITHM

    for a, b in (("Balázs Ildikó", "Miloš Radić"), ("Jiri Novotny", "Χαρά Αντωνίου")):
        dob = {"birth_dates": ["1955-07-31"]}
        assert compare({"names": [a], **dob}, {"names": [b], **dob}).score < ALGORITHM.threshold


def test_two_year_month_dates_alike_agree_on_a_month_not_a_day() -> None:
    level, conflict, how = date_agreement((1992, 9, None), (1992, 9, None))
    assert (level, conflict) == date_agreement((1992, 9, None), (1992, 9, 14))[:2]
    assert level < date_agreement((1992, 9, 14), (1992, 9, 14))[0] and how != "same date"


def test_a_record_born_on_no_day_sought_agrees_at_most_so_far() -> None:
    # Searches for hits only read no such record when even that cannot reach the threshold
    # (plan.day_needed): every verdict but the same date must keep to BEST_BUT_THE_DAY.
    from itertools import product

    from polex.search.features import BEST_BUT_THE_DAY
    from polex.search.keys import birth_days
    from polex.search.match_form import match_form
    from polex.search.selection import Sought

    written = ["1980-05-12", "1980-12-05", "1980-05-13", "1980-05", "1980", "1980-01-01",
               "1981-05-12", "1990-05-12", "1970-05-12", "1979-05", "1981", "1990",
               "1980-06-12", "1980-05-21", "1980-02-05", "2008-05-12", "1980-12", "1980-01"]
    for query, record in product(written, written):
        q, r = (match_form({"names": ["X"], "birth_dates": [d]}) for d in (query, record))
        (qd,), (rd,) = q.birth_dates, r.birth_dates
        if not Sought.of(q).days & set(birth_days(r)):
            assert date_agreement(qd, rd)[0] <= BEST_BUT_THE_DAY, (query, record)


def test_a_record_born_in_no_month_sought_agrees_at_most_so_far() -> None:
    # Searches for hits only skip such records when even that cannot reach the threshold
    # (plan.month_needed): every verdict must keep to BEST_BUT_THE_MONTH.
    from itertools import product

    from polex.search.features import BEST_BUT_THE_MONTH
    from polex.search.match_form import match_form
    from polex.search.selection import Sought

    written = ["1980-05-12", "1980-12-05", "1980-05-13", "1980-05", "1980", "1980-01-01",
               "1981-05-12", "1990-05-12", "1970-05-12", "1979-05", "1981", "1990",
               "1980-06-12", "1980-05-21", "1980-02-05", "2008-05-12", "1980-12"]
    for query, record in product(written, written):
        q, r = (match_form({"names": ["X"], "birth_dates": [d]}) for d in (query, record))
        (qd,), (rd,) = q.birth_dates, r.birth_dates
        if rd[0] * 100 + (rd[1] or 0) not in Sought.of(q).months:
            assert date_agreement(qd, rd)[0] <= BEST_BUT_THE_MONTH, (query, record)
