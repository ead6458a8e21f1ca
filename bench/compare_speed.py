"""Speed of scoring a candidate set: ``compare_forms`` per pair against ``rank_forms``.

Builds an index of synthetic persons (``polex.synth``: names in their own scripts and
romanisations, several countries' records of one person, dates of birth), takes each
query's 200 candidates the way search does (``form_keys`` postings,
``select_candidates``), and times:

- ``compare_forms`` on every candidate (µs per pair, ms per 200);
- ``rank_forms(limit=10)``: the vectorised bound on all candidates and full explained
  comparisons only where the bound can still reach the top 10 (ms per 200, p50 and p99),
  checking that its hits equal those of scoring every candidate.

Example:
    .venv/bin/python bench/compare_speed.py --records 20000 --queries 200
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from itertools import islice

from polex.search.compare import compare_forms
from polex.search.keys import form_keys
from polex.search.match_form import match_form
from polex.search.rank import rank_forms
from polex.search.selection import select_candidates
from polex.synth import SynthPlan
from polex.synth.persons import iter_persons


def build(records: int, seed: int) -> tuple[list, dict]:
    """Match forms of synthetic persons and their key postings."""
    forms, postings = [], {}
    for i, person in enumerate(islice(iter_persons(SynthPlan(seed=seed, persons=records)),
                                      records)):
        form = match_form(person.record)
        forms.append(form)
        for key in form_keys(form):
            postings.setdefault(key, []).append(i)
    return forms, postings


def run(records: int, queries: int, seed: int) -> None:
    """Print µs per pair for compare_forms and ms per candidate set for rank_forms."""
    forms, postings = build(records, seed)
    rng = random.Random(seed + 1)
    sets = []
    for form in rng.sample(forms, queries):
        keys = form_keys(form)
        ids = select_candidates({k: postings.get(k, []) for k in keys}, len(forms), 200)
        # Pad to 200 with random records: a common name fills the set in a real index.
        ids += [i for i in rng.sample(range(len(forms)), 400) if i not in set(ids)]
        sets.append((form, [forms[i] for i in ids[:200]]))
    full, ranked, compared, pairs = [], [], [], 0
    for query, cands in sets:
        start = time.perf_counter()
        scores = [compare_forms(query, c).score for c in cands]
        full.append(time.perf_counter() - start)
        pairs += len(cands)
        start = time.perf_counter()
        hits = rank_forms(query, cands, limit=10)
        ranked.append(time.perf_counter() - start)
        best = sorted(range(len(cands)), key=lambda i: (-scores[i], i))[:10]
        assert [i for i, _ in hits] == best, "rank_forms disagrees with compare_forms"
        assert all(c.score == scores[i] for i, c in hits)
        compared.append(len(cands))
    per_pair = sum(full) / pairs * 1e6
    size = statistics.mean(compared)
    print(f"{len(sets)} queries over {len(forms)} records, {size:.0f} candidates on average")
    print(f"compare_forms  {per_pair:6.1f} µs/pair  {per_pair * 200 / 1000:6.2f} ms per 200")
    ms = sorted(t * 1000 * 200 / max(n, 1) for t, n in zip(ranked, compared, strict=True))
    print(f"rank_forms     {statistics.mean(ms) * 1000 / 200:6.1f} µs/candidate  "
          f"per 200: mean {statistics.mean(ms):.2f} ms, p50 {ms[len(ms) // 2]:.2f} ms, "
          f"p99 {ms[min(len(ms) - 1, int(len(ms) * 0.99))]:.2f} ms (limit 10, same hits)")


def main() -> None:
    """Parse the command line and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    run(args.records, args.queries, args.seed)


if __name__ == "__main__":
    main()
