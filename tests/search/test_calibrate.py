"""Calibration: fitted weights, and the derived ones (name rarity) kept as reasoned."""

from __future__ import annotations

import numpy as np

from polex.search import features as f
from polex.search.calibrate import PRIOR_ODDS, feature_matrix, fit, synthetic_pairs
from polex.search.person_v1 import ALGORITHM

RARITY = 1 + [w.feature for w in ALGORITHM.features].index(f.name_rarity)


def test_queries_carry_the_count_of_records_sharing_their_name() -> None:
    pairs = list(synthetic_pairs(seed=5, persons=600, negatives=2))
    counts = [a.name_count for a, _, same in pairs if same]
    assert counts and all(c is not None for c in counts)
    assert max(counts) > 1  # some names are shared, so rarity is seen at work


def test_the_rarity_weight_is_derived_not_fitted() -> None:
    x, y = feature_matrix(synthetic_pairs(seed=5, persons=600, negatives=2))
    weights = fit(x, y)
    derived = next(w.weight for w in ALGORITHM.features if w.feature is f.name_rarity)
    assert weights[RARITY] == derived
    assert np.isfinite(weights).all()
    # The bias moves the sample's odds to the prior's: far below the sample's own.
    assert weights[0] < np.log(y.mean() / (1 - y.mean())) + np.log(PRIOR_ODDS) / 2
