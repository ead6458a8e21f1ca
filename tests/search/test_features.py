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
    assert slipped[0] < date_agreement((1984, None, None), (1984, 6, 24))[0] < same[0]
