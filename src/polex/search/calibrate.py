"""Fit person-v1's weights on synthetic pairs: ``python -m polex.search.calibrate``.

Pairs come from the synthetic generator (``polex.synth``), which records one real person
differently in each country: another script or romanisation, names in another order, a
dropped middle name, a typo, a partial, swapped or mistyped date of birth.

- **Positives**: a query typed from one country's record of a person (one of its names,
  its first date of birth, sometimes its sex and a nationality) against another country's
  record of the same person.
- **Negatives**: the same query against records of *other* persons of the same country
  who share its family name or its given name: what an absent person's search runs into.
  ``NEGATIVES`` of them per positive, so the fitted bias holds the prior odds of a
  candidate with a similar name being the person (1 : ``NEGATIVES``); and
  ``RANDOM_NEGATIVES`` persons drawn at random, so that unlike names are seen to differ.

All weights and the bias are fitted together by a plain logistic regression (numpy,
gradient descent); the script prints them to copy into ``person_v1.py`` and reports
recall and false hits at the threshold on another seed. Never fitted on public
evaluation data.

``name_rarity`` is derived, not fitted: the sample draws the same number of negatives for
every positive, whatever its name, so a regression cannot see that a common name makes
each candidate less likely to be the person. Its weight (−1 per ``ln`` of the records
sharing the name: prior odds ``1 / count``) is kept from ``person_v1`` and enters the fit
as a fixed offset; each query's count is taken from the generated population as the
index would count it (``q:`` keys), so the held-out report includes it.
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

import numpy as np

from polex.search import features as f
from polex.search.features import FEATURES, Pair
from polex.search.keys import form_keys
from polex.search.match_form import MatchForm, match_form
from polex.search.person_v1 import ALGORITHM, Algorithm

__all__ = ["NEGATIVES", "PRIOR_ODDS", "feature_matrix", "fit", "report", "synthetic_pairs"]

NEGATIVES = 20  # per positive: the prior odds the fitted bias encodes
# Roughly one person among the ~200 candidates a search scores (1:120 keeps a shared name
# with only the same year of birth below the 0.7 threshold, and a name alone above 0.07).
PRIOR_ODDS = 1 / 120
RANDOM_NEGATIVES = 5  # per positive: anyone, so that unlike names are seen to differ
DERIVED = frozenset({f.name_rarity})  # weights set by reasoning, kept as they are


def _query(record: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """What an officer types from another country's record."""
    query: dict[str, Any] = {"names": [rng.choice(record["names"])["full"]]}
    if record.get("birth_dates"):
        query["birth_dates"] = record["birth_dates"][:1]
    if record.get("nationalities") and rng.random() < 0.5:
        query["nationalities"] = record["nationalities"][:1]
    if record.get("sex") and rng.random() < 0.5:
        query["sex"] = record["sex"]
    return query


def _persons(seed: int, persons: int) -> list[Any]:
    from polex.synth import SynthPlan
    from polex.synth.persons import iter_persons

    return list(iter_persons(SynthPlan(seed=seed, persons=persons)))


def synthetic_pairs(
    seed: int = 11, persons: int = 20_000, negatives: int = NEGATIVES
) -> Iterator[tuple[MatchForm, MatchForm, int]]:
    """``(query, record, same)`` match forms: positives and ``negatives`` per positive."""
    rng = random.Random(seed)
    people = _persons(seed, persons)
    by_entity: dict[str, list[Any]] = defaultdict(list)
    similar: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for p in people:
        by_entity[p.entity.id].append(p)
        e = p.entity
        similar[(e.country, "f:" + e.family.native)].append(p)
        similar[(e.country, "g:" + e.given.native)].append(p)
    forms = {p.id: match_form(p.record) for p in people}
    pair_keys = Counter(k for form in forms.values() for k in form_keys(form)
                        if k.startswith("q:"))

    def form(p: Any) -> MatchForm:
        return forms[p.id]

    def counted(query: MatchForm) -> MatchForm:
        """The query with its name's count, as ``KeyFrequencies.named`` gives it."""
        per_name = [[pair_keys[k] for k in form_keys(MatchForm((n,))) if k.startswith("q:")]
                    for n in query.names]
        shared = [min(counts) for counts in per_name if counts]
        return dataclasses.replace(query, name_count=min(shared, default=0))

    for group in by_entity.values():
        if len(group) < 2:
            continue
        first, other = rng.sample(group, 2)
        query = counted(match_form(_query(first.record, rng)))
        yield query, form(other), 1
        e = first.entity
        pool = [p for key in ("f:" + e.family.native, "g:" + e.given.native)
                for p in similar[(e.country, key)] if p.entity.id != e.id]
        for p in rng.sample(pool, min(negatives, len(pool))):
            yield query, form(p), 0
        for p in rng.sample(people, RANDOM_NEGATIVES):
            if p.entity.id != e.id:
                yield query, form(p), 0


def feature_matrix(
    pairs: Iterator[tuple[MatchForm, MatchForm, int]], algorithm: Algorithm = ALGORITHM
) -> tuple[np.ndarray, np.ndarray]:
    """One row per pair: ``[1, feature values…]`` in the algorithm's order, and the labels."""
    rows, labels = [], []
    for a, b, same in pairs:
        pair = Pair(a, b)
        rows.append([1.0, *(w.feature(pair)[0] for w in algorithm.features)])
        labels.append(same)
    return np.array(rows), np.array(labels, dtype=float)


def _logistic(x: np.ndarray, y: np.ndarray, offset: np.ndarray | float = 0.0,
              steps: int = 8000, lr: float = 1.0) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + offset)))
        w -= lr * (x.T @ (p - y) / len(y) + 1e-4 * w)  # light L2 against separation
    return w


def fit(x: np.ndarray, y: np.ndarray, algorithm: Algorithm = ALGORITHM,
        prior_odds: float = PRIOR_ODDS) -> np.ndarray:
    """Weights ``[bias, w_feature…]``: names first, then the other fields on top of them.

    Two stages, because dates separate most sampled negatives on their own, and a single
    regression then leaves the name weights too small for pairs it rarely sees (unlike
    names, same date). The other fields' weights are fitted with the name logit as a fixed
    offset: under independence of the fields given same/different, exactly their
    log-likelihood ratios. The bias is then moved from the sample's odds to ``prior_odds``.
    ``DERIVED`` features keep the algorithm's weight and enter both stages as an offset.
    """
    derived = [i + 1 for i, w in enumerate(algorithm.features) if w.feature in DERIVED]
    names = [0] + [i + 1 for i, w in enumerate(algorithm.features)
                   if FEATURES[w.feature] == "names" and i + 1 not in derived]
    others = [0] + [i for i in range(1, x.shape[1]) if i not in names and i not in derived]
    w = np.zeros(x.shape[1])
    w[derived] = [w.weight for w in algorithm.features if w.feature in DERIVED]
    fixed = x[:, derived] @ w[derived]
    w_names = _logistic(x[:, names], y, offset=fixed)
    w_others = _logistic(x[:, others], y, offset=fixed + x[:, names] @ w_names)
    w[names], w[others[1:]] = w_names, w_others[1:]
    sample_odds = y.sum() / (len(y) - y.sum())
    w[0] += w_others[0] + np.log(prior_odds / sample_odds)
    return w


def report(x: np.ndarray, y: np.ndarray, weights: np.ndarray, threshold: float) -> str:
    """Recall of positives and false hits among negatives at ``threshold``."""
    p = 1.0 / (1.0 + np.exp(-x @ weights))
    recall = float((p[y == 1] >= threshold).mean())
    false = float((p[y == 0] >= threshold).mean())
    return (f"recall {recall:.4f} over {int(y.sum())} positives, false hits "
            f"{false * 10_000:.1f} per 10,000 of {int((1 - y).sum())} negatives "
            f"at score >= {threshold}")


if __name__ == "__main__":
    x_fit, y_fit = feature_matrix(synthetic_pairs(seed=11))
    weights = fit(x_fit, y_fit)
    names = ["bias", *(w.feature.__name__ for w in ALGORITHM.features)]
    for name, value in zip(names, weights, strict=True):
        print(f"{name:28s} {value:+.2f}")
    x_test, y_test = feature_matrix(synthetic_pairs(seed=12))
    print("held-out seed:", report(x_test, y_test, weights, ALGORITHM.threshold))
