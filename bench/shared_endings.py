"""What the shared-ending rule costs true variants: names of one person it lowers.

``similarity.ending_rule`` compares two parts on their stems when they share a common
ending and begin with different sounds (Goncharenko / Bondarenko). This takes the persons
the generator records in several countries (other scripts, romanisations, typos, name
orders), compares every pair of their names with the rule and without it, and prints the
pairs whose similarity the rule lowered, worst first: each is a true variant the rule
mistakes for two names. Example (~1 minute):

    .venv/bin/python bench/shared_endings.py --seed 13 --persons 300000 --groups 30000
"""

from __future__ import annotations

import argparse
from unittest import mock

from polex.search import similarity
from polex.search.match_form import name_form
from polex.search.similarity import NameMatch, name_similarity
from search_bench import groups


def _all(pairs: list[tuple[str, str]]) -> list[NameMatch]:
    similarity.token_similarity.cache_clear()  # its results depend on the rule
    return [name_similarity(name_form(a), name_form(b)) for a, b in pairs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--persons", type=int, default=300_000)
    parser.add_argument("--groups", type=int, default=30_000,
                        help="persons recorded more than once to take")
    parser.add_argument("--show", type=int, default=40, help="lowered pairs to print")
    args = parser.parse_args()
    chosen = groups(args.seed, args.persons, args.groups)
    pairs = []
    for group in chosen:
        names = [[n["full"] for n in p.record["names"]] for p in group]
        pairs += [(a, b) for i, x in enumerate(names) for y in names[i + 1:]
                  for a in x for b in y]
    with_rule = _all(pairs)
    with mock.patch.object(similarity, "ending_rule", lambda a, b: 0):
        without = _all(pairs)
    similarity.token_similarity.cache_clear()
    lowered = sorted(((w.similarity, r.similarity, p, r) for p, r, w
                      in zip(pairs, with_rule, without, strict=True)
                      if r.similarity < w.similarity - 1e-9), key=lambda t: t[1] - t[0])
    print(f"{len(chosen)} persons recorded more than once, {len(pairs)} pairs of their names")
    print(f"lowered by the rule: {len(lowered)}; from ≥ 0.9 to below: "
          f"{sum(w >= 0.9 > r for w, r, *_ in lowered)}; from ≥ 0.75 to below: "
          f"{sum(w >= 0.75 > r for w, r, *_ in lowered)}")
    for before, after, (a, b), match in lowered[: args.show]:
        parts = [(p.a, p.b, p.how, round(p.similarity, 3)) for p in match.aligned
                 if p.how != "same"]
        print(f"  {before:.3f} -> {after:.3f}  {a} / {b}  {parts}")


if __name__ == "__main__":
    main()
