"""``features.date_agreement`` for one query date against many candidates' dates at once.

Ranking (``search.rank``) adds the date's exact contribution to every candidate's bound
before it looks at a name: ~100 candidates for an officer's search, ~200 at a million
records. Judged one pair at a time in Python that was a tenth of the search; here it is a
few numpy operations over the candidates' dates as columns of numbers.

The rules are ``features.date_agreement``'s, restated over arrays; a test holds the two
equal on every pair of a grid of full, partial and year-only dates. A verdict is returned
as its *rank* among every verdict the rules can give, so that the best-agreeing pair of
two lists of dates (``features.best_dates``: the highest agreement, then the least
conflict) is a maximum.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain

import numpy as np

from polex.search import features as f

__all__ = ["VERDICTS", "DateColumns", "best_verdicts", "verdict_ranks"]

# Every (agreement, conflict) date_agreement can answer, by the rule that gives it.
_KINDS = {
    "years apart": (0.0, 1.0), "near miss": (0.0, 0.5),
    "year and month slipped": (f.YEAR_MONTH_SLIP, 0.0), "near year": (f.NEAR_YEAR, 0.0),
    "same year": (f.SAME_YEAR, 0.0), "slip": (f.SLIP, 0.0), "swapped": (f.SWAPPED, 0.0),
    "year and month": (f.YEAR_MONTH, 0.0), "same date": (1.0, 0.0),
}
# The verdicts worst first (features.best_dates' order): a verdict's index is its rank.
VERDICTS: tuple[tuple[float, float], ...] = tuple(sorted(
    set(_KINDS.values()), key=lambda verdict: (verdict[0], -verdict[1])))
(_YEARS_APART, _NEAR_MISS, _YEAR_MONTH_SLIP, _NEAR_YEAR, _SAME_YEAR, _SLIP, _SWAPPED,
 _YEAR_MONTH, _SAME_DATE) = (VERDICTS.index(verdict) for verdict in _KINDS.values())


class DateColumns:
    """The dates of birth of many forms, flattened: year, month and day (0 when unknown)
    of each date, and the form each belongs to (``owner``)."""

    def __init__(self, dates_per_form: Sequence[Sequence[f.Date]]) -> None:
        counts = np.fromiter(map(len, dates_per_form), np.int64, len(dates_per_form))
        codes = np.fromiter(map(_code, chain.from_iterable(dates_per_form)), np.int64,
                            int(counts.sum()))
        self.forms = len(dates_per_form)
        self.owner = np.repeat(np.arange(len(dates_per_form)), counts)
        self.year, self.month, self.day = codes // 10_000, codes // 100 % 100, codes % 100


@lru_cache(maxsize=65536)
def _code(date: f.Date) -> int:
    year, month, day = date
    return year * 10_000 + (month or 0) * 100 + (day or 0)


def verdict_ranks(query: f.Date, cols: DateColumns) -> np.ndarray:
    """The rank (in ``VERDICTS``) of ``date_agreement(query, date)`` for each date of
    ``cols``."""
    year, month, day = query[0], query[1] or 0, query[2] or 0
    gap = np.abs(cols.year - year)
    near = (gap == 0) | (gap == 1) | (gap == 10)  # the same year, one year or a decade off

    # Only the year known on one side (1 January is registries' "unknown").
    year_only = (cols.month == 0) | ((cols.month == 1) & (cols.day == 1))
    if not month or (month == 1 and day == 1):
        year_only = np.ones_like(year_only)
    by_year = np.where(gap == 0, _SAME_YEAR, np.where(near, _NEAR_YEAR, _YEARS_APART))

    # A year and a month, no day on one side: the month must agree.
    no_day = (cols.day == 0) | (not day)
    by_month = np.where((cols.month == month) & near,
                        np.where(gap == 0, _YEAR_MONTH, _YEAR_MONTH_SLIP),
                        np.where(gap > 1, _YEARS_APART, _NEAR_MISS))

    # Full dates on both sides.
    same = (gap == 0) & (cols.month == month) & (cols.day == day)
    swapped = (gap == 0) & (cols.month == day) & (cols.day == month)
    slip = ((_digits_apart(year, month, day, cols) == 1)
            | ((cols.month == month) & (cols.day == day) & ((gap == 1) | (gap == 10)))
            | ((gap == 0) & (cols.month == month) & (np.abs(cols.day - day) == 1)))
    by_day = np.where(same, _SAME_DATE, np.where(swapped, _SWAPPED, np.where(
        slip, _SLIP, np.where(gap > 1, _YEARS_APART, _NEAR_MISS))))

    return np.where(year_only, by_year, np.where(no_day, by_month, by_day))


def _digits_apart(year: int, month: int, day: int, cols: DateColumns) -> np.ndarray:
    """How many of the eight digits of two full dates written YYYY-MM-DD differ."""
    apart = np.zeros(len(cols.year), dtype=np.int64)
    for theirs, ours, width in ((cols.year, year, 4), (cols.month, month, 2), (cols.day, day, 2)):
        for place in (10 ** p for p in range(width)):
            apart += (theirs // place % 10) != (ours // place % 10)
    return apart


def best_verdicts(queries: Iterable[f.Date], cols: DateColumns) -> np.ndarray:
    """Per form, the rank of its best-agreeing pair of dates (``features.best_dates``)
    with any of ``queries``; -1 for a form without a date (or no query date)."""
    best = np.full(len(cols.year), -1, dtype=np.int64)
    for query in queries:
        best = np.maximum(best, verdict_ranks(query, cols))
    per_form = np.full(cols.forms, -1, dtype=np.int64)
    np.maximum.at(per_form, cols.owner, best)
    return per_form
