"""The given-name clash's shape, read from synthetic searches (docs/matching.md).

For the calibration's searches (``calibrate.synthetic_searches``: the candidates search
scores for generated persons, present and absent), the pairs whose names are alike overall
(name similarity ≥ 0.8, parts aligned), by the similarity of their least alike part pair:
how many are the person and how many another, and the log-likelihood ratio of each bin
against an identical name. ``features.given_name_mismatch`` charges the drop. Example:

    .venv/bin/python bench/clash_shape.py --seed 11 --persons 20000 --absent 3000
"""

from __future__ import annotations

import argparse
import math
from itertools import pairwise

from polex.search.calibrate import synthetic_searches
from polex.search.features import Pair

BINS = (0.0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.999, 1.01)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--absent", type=int, default=3000)
    args = parser.parse_args()
    counts = {b: [0, 0] for b in BINS[:-1]}
    totals = [0, 0]
    for search in synthetic_searches(args.seed, args.persons, args.absent):
        for record, same in zip(search.records, search.same, strict=True):
            totals[same] += 1
            match, na, nb = Pair(search.query, record).names
            if match.similarity < 0.8 or (match.parts and match.parts[0].how == "written as one"):
                continue
            worst = min((p.similarity for p in match.aligned), default=1.0)
            if len(match.aligned) < min(len(na.tokens), len(nb.tokens)):
                worst = 0.0
            low = max(b for b in BINS[:-1] if b <= worst)
            counts[low][same] += 1
    print(f"pairs: {totals[1]} of the person, {totals[0]} of another")
    identical = counts[0.999]

    def ratio(n: list[int]) -> float:
        return math.log((n[1] / totals[1] + 1e-12) / (n[0] / totals[0] + 1e-12))

    for low, high in pairwise(BINS):
        n = counts[low]
        shown = "n/a" if not n[1] else f"{ratio(n) - ratio(identical):+.1f}"
        print(f"  worst part in [{low:.2f}, {min(high, 1.0):.2f}{']' if high > 1 else ')'}: "
              f"person {n[1]:5d}, another {n[0]:6d}, log-LR against identical {shown}")


if __name__ == "__main__":
    main()
