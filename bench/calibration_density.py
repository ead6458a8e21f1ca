"""person-v1 on calibration searches at a denser population than the demo's.

``polex.search.calibrate`` searches a 20,000-person population; at the issue's bench size
(1,000,000 persons) far more candidates share a name and a date of birth, and false hits
come from there. This builds a larger population (default 300,000, generated in memory,
indexed with the hub's own keys), runs a sample of its searches — ``--present`` persons
recorded more than once, ``--absent`` persons of another seed — as search would, and
prints, for person-v1 as it is and with each named feature's weight set to 0: the share
of true records that are hits, absent persons with a hit, and recall in the top 10.
How docs/matching.md ("Names that fall short") chose its knots. Example (~12 minutes):

    .venv/bin/python bench/calibration_density.py --persons 300000 --seed 13
"""

from __future__ import annotations

import argparse
import random
import time
from collections import defaultdict

import numpy as np

from polex.search import calibrate as c
from polex.search.match_form import match_form
from polex.search.person_v1 import ALGORITHM


def searches(seed: int, persons: int, present: int, absent: int) -> list[c.Search]:
    """A sample of ``calibrate.synthetic_searches`` over ``persons`` generated persons."""
    rng = random.Random(seed)
    people = c._persons(seed, persons)
    index = c._Index([match_form(p.record) for p in people])
    by_entity: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(people):
        by_entity[p.entity.id].append(i)
    groups = [g for g in by_entity.values() if len(g) >= 2]
    rng.shuffle(groups)

    def search(query, true: list[int], own: int | None = None) -> c.Search:
        found = [i for i in index.candidates(query) if i not in true and i != own]
        return c.Search(query, tuple(index.forms[i] for i in (*true, *found)),
                        (1,) * len(true) + (0,) * len(found))

    out = []
    for group in groups[:present]:
        first = rng.choice(group)
        query = index.counted(match_form(c._query(people[first].record, rng)))
        out.append(search(query, [i for i in group if i != first], first))
    for p in c._persons(seed + 1000, absent):
        out.append(search(index.counted(match_form(c._query(p.record, rng))), []))
    return out


def measured(x: np.ndarray, y: np.ndarray, searched: np.ndarray, weights: np.ndarray,
             absent: int) -> str:
    logit = x @ weights
    hit = logit >= np.log(ALGORITHM.threshold / (1 - ALGORITHM.threshold))
    absent_hits = len(np.unique(searched[(searched < 0) & hit]))
    order = np.lexsort((-logit, searched))
    ordered, labels = searched[order], y[order]
    starts = np.r_[0, np.flatnonzero(np.diff(ordered)) + 1]
    rank = np.arange(len(ordered)) - np.repeat(starts, np.diff(np.r_[starts, len(ordered)]))
    return (f"true records that are hits {hit[y == 1].mean():.4f}; absent persons with a hit "
            f"{absent_hits} of {absent} ({absent_hits / absent * 10_000:.1f} per 10,000); "
            f"recall in the top 10 {np.mean(rank[labels == 1] < 10):.4f}")


def sample_arguments(description: str) -> argparse.ArgumentParser:
    """The options that say which calibration searches to build (``searches``)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--persons", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--present", type=int, default=2000)
    parser.add_argument("--absent", type=int, default=8000)
    return parser


def main() -> None:
    parser = sample_arguments(__doc__.splitlines()[0])
    parser.add_argument("--without", nargs="*", default=["names_fall_short"],
                        help="features whose weight to set to 0 in a second line")
    args = parser.parse_args()
    started = time.monotonic()
    sample = searches(args.seed, args.persons, args.present, args.absent)
    x, y, searched = c.feature_matrix(sample)
    print(f"{len(sample)} searches over {args.persons:,} persons, {len(y):,} pairs "
          f"({time.monotonic() - started:.0f} s)")
    weights = np.array([ALGORITHM.bias, *(w.weight for w in ALGORITHM.features)])
    print(f"  {ALGORITHM.name}: {measured(x, y, searched, weights, args.absent)}")
    for name in args.without:
        names = [w.feature.__name__ for w in ALGORITHM.features]
        if name not in names:
            parser.error(f"--without: no feature {name!r} in {ALGORITHM.name}")
        zeroed = weights.copy()
        zeroed[1 + names.index(name)] = 0.0
        print(f"  without {name}: {measured(x, y, searched, zeroed, args.absent)}")


if __name__ == "__main__":
    main()
