"""Fit person-v1's weights on synthetic searches: ``python -m polex.search.calibrate``.

The searches run over a generated population (``polex.synth``), which records one real
person differently in each country: another script or romanisation, names in another
order, a dropped middle name, a typo, a partial, swapped or mistyped date of birth. Each
search scores what the hub's search would score: the candidates its index keys select
(``plan.sought_keys`` and ``keys_to_read``, ``selection.select_candidates``, over an in-memory
index of the population), with the query's name counted as ``search.name_counts`` counts
it (every record visible).

- **Positives**: a query typed from one country's record of a person (one of its names,
  its first date of birth, sometimes its sex and a nationality) against the other
  countries' records of the same person.
- **Negatives**: every other candidate of that search, and every candidate of searches
  for generated persons who are *not* in the population (another seed): what an absent
  person's search meets — namesakes, alike names across scripts, a feminine form — in
  the proportions the candidate selection brings them. The hard cases (unlike names
  with the same date, an alike given name) are among them as often as search meets them.

``fit`` fits every weight (two stages, classes balanced; see there). Its weights are
log-likelihood ratios summed as if the features were independent, which they are not
(name similarity, the given-name clash and the extra parts read one alignment): the sum
is overconfident, and on the demo its steep weights pushed true records with a clashing
date below the officers' floor (docs/matching.md). ``refit`` fits only ``REFITTED`` (the
newest feature, ``names_fall_short``; the given-name clash was fitted so before it) with
the other weights as an offset; and ``operating_bias`` sets the bias so that at most
``TARGET_FALSE_HITS`` of the held-out seed's absent persons' searches hit: the prior is
chosen where the issue's target holds, not assumed. Never fitted on public evaluation data.

``name_rarity`` is derived, not fitted: its weight (−1 per ``ln`` of the records sharing
the name: prior odds ``1 / count``) is kept from ``person_v1`` and enters every fit as a
fixed offset; so is ``name_extra_parts``' 0 (fitted, it came out positive: a record's
names the query did not give raised its score).
"""

from __future__ import annotations

import dataclasses
import random
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from polex.search import features as f
from polex.search import name_counts, plan
from polex.search.features import FEATURES, Pair
from polex.search.keys import birth_months, form_keys
from polex.search.match_form import MatchForm, match_form
from polex.search.person_v1 import ALGORITHM, Algorithm
from polex.search.selection import Sought, select_candidates

__all__ = [
    "PRIOR_ODDS", "Search", "feature_matrix", "fit", "operating_bias", "refit", "report",
    "synthetic_searches",
]

ABSENT = 3000  # searches for persons not in the population
HELD_OUT_ABSENT = 12_000  # enough to tell 1 false hit per 10,000 from several
TARGET_FALSE_HITS = 1 / 10_000  # issue 3: absent persons' searches with a hit ≥ threshold
CANDIDATES = 200  # scored per search, as SearchService's default
POSTINGS = 5000  # ids read per key, as SearchService reads them
# Roughly one person among the ~200 candidates a search scores (1:120 keeps a shared name
# with only the same year of birth below the 0.7 threshold, and a name alone above 0.07).
PRIOR_ODDS = 1 / 120
# Weights set by reasoning, kept as they are (person_v1 says why).
DERIVED = frozenset({f.name_rarity, f.name_extra_parts})
REFITTED = frozenset({f.names_fall_short})  # the newest feature: fitted with the others fixed


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


@dataclass(frozen=True)
class Search:
    """One generated search: the query, the records it is scored against, which are true."""

    query: MatchForm
    records: tuple[MatchForm, ...]
    same: tuple[int, ...]  # 1 for a record of the person searched for, 0 for another


class _Index:
    """The population's candidate keys, as the hub's index holds them, in memory."""

    def __init__(self, forms: list[MatchForm]) -> None:
        self.forms = forms
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.births = {i: birth_months(form) for i, form in enumerate(forms)}
        for i, form in enumerate(forms):
            for key in form_keys(form):
                self.postings[key].append(i)

    def candidates(self, query: MatchForm) -> list[int]:
        """What ``SearchService.person_hits`` scores: its keys, postings and selection."""
        # Sorted: keys held by as many records are then taken in one order in every run.
        own, spellings = plan.sought_keys(query)
        held = {k: len(self.postings[k]) for k in sorted(own.union(*spellings))
                if k in self.postings}
        rare, spelled = plan.keys_to_read(own, spellings, held, len(self.forms))
        sought = Sought.of(query)
        read: dict[str, list[int]] = {}
        for key, first, last in plan.read_plan(rare, held, sought, spelled=spelled):
            read.setdefault(key, []).extend([
                i for i in self.postings[key]
                if any(first <= b <= last for b in self.births[i])][:POSTINGS])
        born = sought.levels((i, b) for ids in read.values() for i in ids for b in self.births[i])
        return select_candidates(read, len(self.forms), CANDIDATES, sizes=held, born=born)

    def counted(self, query: MatchForm) -> MatchForm:
        """The query with its name's count, as ``search.name_counts`` gives it (all visible)."""
        shared = [min(len(self.postings.get(k, ())) for k in keys)
                  for keys in name_counts.pair_keys(query) if keys]
        return dataclasses.replace(query, name_count=min(shared, default=0))


def synthetic_searches(
    seed: int = 11, persons: int = 20_000, absent: int = ABSENT
) -> Iterator[Search]:
    """Searches over a generated population of ``persons`` records, scored as search does.

    One search per person recorded more than once (the query typed from one record; the
    others are true, every other candidate is not), then ``absent`` searches for generated
    persons who are not in the population (every candidate is another person).
    """
    rng = random.Random(seed)
    people = _persons(seed, persons)
    index = _Index([match_form(p.record) for p in people])
    by_entity: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(people):
        by_entity[p.entity.id].append(i)

    def search(query: MatchForm, true: list[int], own: int | None = None) -> Search:
        # The record the query was typed from is the person too, but no test of matching.
        found = [i for i in index.candidates(query) if i not in true and i != own]
        records = [index.forms[i] for i in (*true, *found)]
        return Search(query, tuple(records), (1,) * len(true) + (0,) * len(found))

    for group in by_entity.values():
        if len(group) < 2:
            continue
        first = rng.choice(group)
        query = index.counted(match_form(_query(people[first].record, rng)))
        yield search(query, [i for i in group if i != first], first)
    for p in _persons(seed + 1000, absent):
        yield search(index.counted(match_form(_query(p.record, rng))), [])


def feature_matrix(
    searches: Iterable[Search], algorithm: Algorithm = ALGORITHM
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One row per pair: ``[1, feature values…]`` in the algorithm's order; the labels; and
    each row's search (``-1 -`` its number for a search for an absent person)."""
    rows, labels, searched = [], [], []
    for number, search in enumerate(searches):
        tag = number if any(search.same) else -1 - number
        for record, same in zip(search.records, search.same, strict=True):
            pair = Pair(search.query, record)
            rows.append([1.0, *(w.feature(pair)[0] for w in algorithm.features)])
            labels.append(same)
            searched.append(tag)
    return np.array(rows), np.array(labels, dtype=float), np.array(searched)


def _logistic(x: np.ndarray, y: np.ndarray, offset: np.ndarray | float = 0.0,
              l2: float = 1e-5, steps: int = 50) -> np.ndarray:
    """Weighted logistic regression by Newton's method, each class weighing half.

    Positives are ~1 % of the pairs: unweighted, the light penalty that keeps a feature
    the positives never show (a sex clash) finite outweighed the positives themselves and
    shrank every weight. With the classes balanced, the weights are the features'
    log-likelihood ratios and only the intercept carries the sample's odds.
    """
    weight = np.where(y == 1, 0.5 / max(y.sum(), 1), 0.5 / max(len(y) - y.sum(), 1))
    penalty = l2 * np.diag([0.0, *np.ones(x.shape[1] - 1)])  # never on the intercept
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + offset)))
        gradient = x.T @ (weight * (p - y)) + penalty @ w
        hessian = (x * (weight * p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian + 1e-12 * np.eye(len(w)), gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit(x: np.ndarray, y: np.ndarray, algorithm: Algorithm = ALGORITHM,
        prior_odds: float = PRIOR_ODDS) -> np.ndarray:
    """Weights ``[bias, w_feature…]``: names first, then the other fields on top of them.

    Two stages, because dates separate most sampled negatives on their own, and a single
    regression then leaves the name weights too small for pairs it rarely sees (unlike
    names, same date). The other fields' weights are fitted with the name logit as a fixed
    offset: under independence of the fields given same/different, exactly their
    log-likelihood ratios. The classes weigh half each (``_logistic``), so the bias is set
    from even odds to ``prior_odds``. ``DERIVED`` features keep the algorithm's weight and
    enter both stages as an offset.
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
    w[0] += w_others[0] + np.log(prior_odds)
    return w


def refit(x: np.ndarray, y: np.ndarray, algorithm: Algorithm = ALGORITHM,
          features: frozenset[f.Feature] = REFITTED) -> np.ndarray:
    """The algorithm's weights with only ``features`` fitted anew (classes balanced), the
    others entering as an offset; the bias is the algorithm's, for ``operating_bias``."""
    current = np.array([algorithm.bias, *(w.weight for w in algorithm.features)])
    chosen = [i + 1 for i, w in enumerate(algorithm.features) if w.feature in features]
    held = [i for i in range(1, x.shape[1]) if i not in chosen]
    fitted = _logistic(x[:, [0, *chosen]], y, offset=x[:, held] @ current[held])
    weights = current.copy()
    weights[chosen] = fitted[1:]
    return weights


def operating_bias(x: np.ndarray, searched: np.ndarray, weights: np.ndarray,
                   threshold: float, absent: int, rate: float = TARGET_FALSE_HITS) -> float:
    """The highest bias at which at most ``rate`` of ``absent`` searches for absent
    persons have a candidate scoring ``threshold`` or more (rounded down to 0.01)."""
    rows = searched < 0
    logits = x[rows, 1:] @ weights[1:]
    ids, position = np.unique(searched[rows], return_inverse=True)
    best = np.full(len(ids), -np.inf)
    np.maximum.at(best, position, logits)
    allowed = int(rate * absent)
    ordered = np.sort(best)[::-1]
    if allowed >= len(ordered):
        return float("inf")
    needed = np.log(threshold / (1 - threshold)) - ordered[allowed]
    return float(np.floor(needed * 100 - 1e-9) / 100)


def report(x: np.ndarray, y: np.ndarray, searched: np.ndarray, weights: np.ndarray,
           threshold: float, absent: int) -> str:
    """What the bench measures, per search: true records at or above ``threshold``, and
    of ``absent`` searches for absent persons (some score no candidate at all), those
    with any candidate at or above it, per 10,000."""
    scores = 1.0 / (1.0 + np.exp(-x @ weights))
    rows = searched < 0
    hit = len(np.unique(searched[rows & (scores >= threshold)]))
    recall = float((scores[y == 1] >= threshold).mean())
    return (f"true records >= {threshold}: {recall:.4f} of {int(y.sum())}; absent persons "
            f"with a hit: {hit} of {absent} searches ({hit / absent * 10_000:.1f} per 10,000)")


def _print(label: str, weights: np.ndarray) -> None:
    names = ["bias", *(w.feature.__name__ for w in ALGORITHM.features)]
    print(label)
    for name, value in zip(names, weights, strict=True):
        print(f"  {name:28s} {value:+.2f}")


if __name__ == "__main__":
    x_fit, y_fit, _ = feature_matrix(synthetic_searches(seed=11))
    test = feature_matrix(synthetic_searches(seed=12, absent=HELD_OUT_ABSENT))
    threshold = ALGORITHM.threshold
    for label, weights in (("every weight fitted", fit(x_fit, y_fit)),
                           ("person-v1, names_fall_short refitted", refit(x_fit, y_fit))):
        _print(f"{label} (bias at prior odds 1:{1 / PRIOR_ODDS:.0f} if fitted):", weights)
        print("  seed 12:", report(*test, weights, threshold, HELD_OUT_ABSENT))
        weights[0] = operating_bias(test[0], test[2], weights, threshold, HELD_OUT_ABSENT)
        print(f"  at the operating bias {weights[0]:+.2f}:",
              report(*test, weights, threshold, HELD_OUT_ABSENT))
