"""Part and name similarity: what an officer would call the same name, and what not."""

from __future__ import annotations

import pytest

from polex.search.match_form import name_form
from polex.search.similarity import token_similarity

CONFLICT_FROM = 0.7  # features.given_name_mismatch: below this, two parts are two names


def _sim(a: str, b: str) -> float:
    return token_similarity(name_form(a).tokens[0], name_form(b).tokens[0])[0]


@pytest.mark.parametrize(("a", "b"), [("Zhang", "Jun"), ("Li", "Lei"), ("Jing", "Zhang")])
def test_short_parts_differing_in_vowels_are_different_names(a: str, b: str) -> None:
    assert _sim(a, b) < CONFLICT_FROM


@pytest.mark.parametrize(("a", "b"), [("Mohamed", "Muhammad"), ("Omar", "Umar"),
                                      ("Ahmad", "Ahmed"), ("Hassan", "Hussein")])
def test_longer_parts_differing_in_vowels_are_one_name(a: str, b: str) -> None:
    assert _sim(a, b) >= 0.8
