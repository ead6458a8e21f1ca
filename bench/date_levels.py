"""What each kind of date-of-birth agreement is worth, fitted on calibration searches.

``features.date_agreement`` gives every pair of dates a level (1 the same date, lower for a
swap, a keying slip, a year and month only…) that ``birth_date_match``'s weight
multiplies. This fits one contribution per kind of agreement, with every other feature's
weight fixed as an offset (classes balanced, as ``calibrate`` fits), relative to the same
date; the level that contribution implies is ``fitted / weight``. It then prints what
``calibration_density`` prints (true records that are hits, absent persons with a hit,
recall in the top 10) with the levels as they are and with the implied ones. How
docs/matching.md ("The date's levels") chose them. Example (~15 minutes):

    .venv/bin/python bench/date_levels.py --persons 300000 --seed 13
"""

from __future__ import annotations

import time

import numpy as np

from calibration_density import measured, sample_arguments, searches
from polex.search import calibrate as c
from polex.search import features as f
from polex.search.person_v1 import ALGORITHM

# The kinds of agreement a level is set for, by ``date_agreement``'s "how" (the keying
# slips of a full date share one level).
SLIPS = frozenset({"one digit differs", "year off by one", "decade differs (1990 for 2000)",
                   "day off by one"})
SAME = "same date"
# The kinds whose level is compared with the same date's within one search: the query and
# the record both give at least a year and a month. A year alone is weighed against a
# missing date as much as against the same date, and the fit's frame (the same date at
# its weight) says too little of a missing one (docs/matching.md), so those stay as set.
MONTH_KNOWN = frozenset({"a keying slip", "day and month swapped",
                         "same year and month (no day)",
                         "same month, year one digit or one year off (no day)"})


def kind(how: str) -> str:
    """The kind of agreement a level is set for."""
    if how in SLIPS:
        return "a keying slip"
    return "years apart" if how.startswith("years ") and how.endswith(" apart") else how


def main() -> None:
    args = sample_arguments(__doc__.splitlines()[0]).parse_args()
    started = time.monotonic()
    sample = searches(args.seed, args.persons, args.present, args.absent)
    x, y, searched = c.feature_matrix(sample)
    kinds = np.array([kind(f.Pair(s.query, r).dates[2]) for s in sample for r in s.records])
    print(f"{len(sample)} searches over {args.persons:,} persons, {len(y):,} pairs "
          f"({time.monotonic() - started:.0f} s)")

    column = 1 + [w.feature for w in ALGORITHM.features].index(f.birth_date_match)
    weights = np.array([ALGORITHM.bias, *(w.weight for w in ALGORITHM.features)])
    held = [i for i in range(1, x.shape[1]) if i != column]
    others = sorted(set(kinds) - {SAME})
    indicators = np.column_stack([np.ones(len(y)), *((kinds == k) * 1.0 for k in others)])
    # The same date contributes the weight itself (level 1); every other kind's whole
    # contribution is fitted against it, the rest of the model held as it is.
    offset = x[:, held] @ weights[held] + (kinds == SAME) * weights[column]
    fitted = dict(zip(others, c._logistic(indicators, y, offset=offset)[1:], strict=True))

    print(f"  {'kind of agreement':58s} {'true':>6s} {'other':>8s} {'fitted':>7s} "
          f"{'level':>6s} {'now':>5s}")
    implied = x[:, column].copy()
    for name in [SAME, *others]:
        rows = kinds == name
        now = float(np.median(x[rows, column])) if rows.any() else 0.0
        contribution = weights[column] if name == SAME else fitted[name]
        level = min(1.0, max(0.0, contribution / weights[column]))
        if name in MONTH_KNOWN:
            implied[rows] = level
        print(f"  {name[:58]:58s} {int(y[rows].sum()):6d} {int((1 - y[rows]).sum()):8d} "
              f"{contribution:+7.2f} {level:6.2f} {now:5.2f}")
    print(f"  levels as they are: {measured(x, y, searched, weights, args.absent)}")
    x[:, column] = implied
    print("  implied levels where a month is known on both sides: "
          + measured(x, y, searched, weights, args.absent))


if __name__ == "__main__":
    main()
