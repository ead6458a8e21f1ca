"""Calibration: what the fit sees (the searches search makes), and the derived weights."""

from __future__ import annotations

import numpy as np
import pytest

from polex.search import features as f
from polex.search.calibrate import (
    feature_matrix,
    fit,
    operating_bias,
    refit,
    report,
    synthetic_searches,
)
from polex.search.keys import form_keys
from polex.search.person_v1 import ALGORITHM

RARITY = 1 + [w.feature for w in ALGORITHM.features].index(f.name_rarity)
CLASH = 1 + [w.feature for w in ALGORITHM.features].index(f.given_name_mismatch)
SHORTFALL = 1 + [w.feature for w in ALGORITHM.features].index(f.names_fall_short)
CURRENT = np.array([ALGORITHM.bias, *(w.weight for w in ALGORITHM.features)])


@pytest.fixture(scope="module")
def searches() -> list:
    return list(synthetic_searches(seed=5, persons=600, absent=60))


def test_negatives_are_the_candidates_a_search_for_an_absent_person_scores(searches) -> None:
    absent = [s for s in searches if not any(s.same)]
    assert len(absent) == 60
    scored = [s for s in absent if s.records]
    assert scored  # absent persons' searches meet other people's records
    for s in scored:
        keys = form_keys(s.query)
        assert all(keys & form_keys(record) for record in s.records)  # found by a key
        assert len(s.records) <= 200


def test_a_present_persons_search_holds_the_person_s_other_records(searches) -> None:
    present = [s for s in searches if any(s.same)]
    assert present
    for s in present:
        assert 1 <= sum(s.same) <= 3  # an entity is recorded by two to four bureaus
        assert list(s.same) == sorted(s.same, reverse=True)  # true records first
    assert all(s.query.name_count is not None for s in searches)
    assert max(s.query.name_count for s in searches) > 1  # rarity is seen at work


def test_the_searches_are_the_same_in_every_run(searches) -> None:
    again = list(synthetic_searches(seed=5, persons=600, absent=60))
    assert [len(s.records) for s in again] == [len(s.records) for s in searches]


def test_the_rarity_weight_is_derived_not_fitted(searches) -> None:
    x, y, _ = feature_matrix(searches)
    weights = fit(x, y)
    derived = next(w.weight for w in ALGORITHM.features if w.feature is f.name_rarity)
    assert weights[RARITY] == derived
    assert np.isfinite(weights).all()


def test_the_report_counts_absent_persons_searches_that_hit(searches) -> None:
    x, y, searched = feature_matrix(searches)
    everything = np.zeros(x.shape[1])
    everything[0] = 50.0  # every candidate scores 1
    text = report(x, y, searched, everything, 0.7, absent=60)
    hit = sum(1 for s in searches if not any(s.same) and s.records)
    assert "true records >= 0.7: 1.0000" in text
    assert f"{hit} of 60 searches" in text


def test_refit_fits_the_chosen_features_alone(searches) -> None:
    x, y, _ = feature_matrix(searches)
    weights = refit(x, y)  # the newest feature, names_fall_short
    assert np.flatnonzero(weights != CURRENT).tolist() == [SHORTFALL]
    assert weights[SHORTFALL] < 0  # names alike only loosely are evidence against
    clash = refit(x, y, features=frozenset({f.given_name_mismatch}))
    assert np.flatnonzero(clash != CURRENT).tolist() == [CLASH]
    assert clash[CLASH] < 0  # a clash is evidence against


def _absent_hits(x, searched, weights) -> int:
    scores = 1.0 / (1.0 + np.exp(-x @ weights))
    return len(np.unique(searched[(searched < 0) & (scores >= 0.7)]))


def test_the_operating_bias_is_the_highest_that_meets_the_target(searches) -> None:
    x, _, searched = feature_matrix(searches)
    weights = CURRENT.copy()
    weights[0] = operating_bias(x, searched, weights, 0.7, absent=60, rate=2 / 60)
    assert _absent_hits(x, searched, weights) <= 2
    weights[0] += 0.02
    assert _absent_hits(x, searched, weights) > 2
