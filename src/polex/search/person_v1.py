"""``person-v1``: the person-matching algorithm, declared as weighted features.

The score is ``sigmoid(bias + sum(weight * value))``, a probability that two persons are
the same, read at prior odds 1:1 (a balanced set of same and different pairs). The name
weights and the bias come from a logistic regression over synthetic pairs
(``polex.search.calibrate``: positives are transliterations, reorderings, dropped parts
and typos of generated names; negatives are different generated names, half of them
sharing a part). The other weights are log-likelihood ratios set by judgement and written
next to each; docs/matching.md gives the reasoning.
"""

from __future__ import annotations

from dataclasses import dataclass

from polex.search import features as f

__all__ = ["ALGORITHM", "Algorithm", "Weighted"]


@dataclass(frozen=True)
class Weighted:
    """A feature with its weight (log-odds per unit of value)."""

    feature: f.Feature
    weight: float


@dataclass(frozen=True)
class Algorithm:
    """A named, versioned list of weighted features and a bias."""

    name: str
    bias: float
    features: tuple[Weighted, ...]
    threshold: float  # default: hits at or above it are shown as matches


ALGORITHM = Algorithm(
    name="person-v1",
    bias=-11.9,  # fitted with the name weight (calibrate.py)
    features=(
        Weighted(f.name_similarity_feature, 15.47),  # fitted
        Weighted(f.name_extra_parts, -3.87),  # fitted
        # Same full date: ~1 in 15,000 for two random adults; capped for clerical errors.
        Weighted(f.birth_date_match, 4.0),
        # A true match has a clashing date in a few % of records (typos not caught above).
        Weighted(f.birth_date_mismatch, -3.0),
        Weighted(f.sex_mismatch, -2.5),  # sex is rarely wrong, but is sometimes
        Weighted(f.nationality_match, 0.7),
        Weighted(f.nationality_mismatch, -0.5),  # nationalities change and are added
    ),
    threshold=0.7,
)
