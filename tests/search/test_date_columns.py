"""The date verdicts as columns: the same as features.date_agreement, pair for pair."""

from __future__ import annotations

import random
from itertools import product

from polex.search import features as f
from polex.search.date_columns import VERDICTS, DateColumns, best_verdicts, verdict_ranks
from polex.search.features import Date, best_dates, date_agreement
from polex.search.match_form import match_form
from polex.search.rank import _field_logits, _field_logits_looped

# Dates around 1985-03-12 that exercise every rule: the same date, a digit off in each
# place, a year or a decade off, day and month swapped, day off by one, a month or a year
# alone, 1 January ("unknown"), a century apart.
_YEARS = (1885, 1975, 1984, 1985, 1986, 1995, 1958, 2085)
_MONTHS = (None, 1, 2, 3, 12)
_DAYS = (None, 1, 2, 3, 11, 12, 13, 21, 30)
GRID: list[Date] = [(y, m, d if m else None) for y, m, d in product(_YEARS, _MONTHS, _DAYS)]


def test_every_pair_of_the_grid_gets_date_agreements_verdict() -> None:
    cols = DateColumns([[date] for date in GRID])
    for query in GRID:
        ranks = verdict_ranks(query, cols)
        for date, rank in zip(GRID, ranks.tolist(), strict=True):
            assert VERDICTS[rank] == date_agreement(query, date)[:2], (query, date)


def test_the_best_pair_of_several_dates_is_best_dates_choice() -> None:
    rng = random.Random(3)
    forms = [rng.sample(GRID, rng.choice((0, 1, 1, 2, 3))) for _ in range(400)]
    cols = DateColumns(forms)
    for _ in range(60):
        queries = tuple(rng.sample(GRID, rng.choice((1, 1, 2))))
        for dates, rank in zip(forms, best_verdicts(queries, cols).tolist(), strict=True):
            if not dates:
                assert rank == -1  # no date on the record: the date says nothing
            else:
                assert VERDICTS[rank] == best_dates(queries, tuple(dates))[:2], (queries, dates)


def test_the_ranking_bound_adds_the_same_fields_as_columns_and_as_a_loop() -> None:
    # _field_logits switches from a loop to columns with the number of forms: both
    # must add exactly what person-v1's features add.
    rng = random.Random(8)
    weights = {f.birth_date_match: 2.5, f.birth_date_mismatch: -3.0, f.sex_mismatch: -1.5,
               f.nationality_match: 0.4, f.nationality_mismatch: -0.2}

    def person() -> dict:
        dates = rng.sample(GRID, rng.choice((0, 1, 2)))
        return {"name": "Ana Lopez", "sex": rng.choice((None, "M", "F")),
                "nationalities": rng.sample(["ESP", "FRA", "MEX"], rng.choice((0, 1, 2))),
                "birth_dates": ["-".join(f"{p:02d}" for p in d if p) for d in dates]}

    forms = [match_form(person()) for _ in range(200)]
    for _ in range(30):
        query = match_form(person())
        looped = _field_logits_looped(query, forms, weights)
        assert _field_logits(query, forms, weights).tolist() == looped
