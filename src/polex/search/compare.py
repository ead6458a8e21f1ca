"""Compare two persons: a probability that they are the same, and why, field by field."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from polex.search.features import FEATURES, Pair
from polex.search.match_form import MatchForm, match_form
from polex.search.person_v1 import ALGORITHM, Algorithm, Weighted

__all__ = ["Comparison", "compare", "compare_forms", "explained"]


@dataclass
class Comparison:
    """``score`` in 0..1 is a probability; ``explanation`` has one entry per feature."""

    score: float
    explanation: list[dict[str, Any]] = field(default_factory=list)
    algorithm: str = ALGORITHM.name
    # What the features found, kept when the explanation was not built (see ``explained``).
    found: list[tuple[Weighted, float, dict[str, Any]]] = field(default_factory=list,
                                                                repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """``{"score", "explanation", "algorithm"}`` as the API returns it."""
        return {"score": self.score, "explanation": self.explanation,
                "algorithm": self.algorithm}

    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]


@lru_cache(maxsize=256)
def _first_line(doc: str | None) -> str:
    return (doc or "").strip().splitlines()[0] if doc else ""


def compare_forms(
    a: MatchForm, b: MatchForm, algorithm: Algorithm = ALGORITHM, explain: bool = True
) -> Comparison:
    """Score two pre-built match forms; ``explain=False`` skips building the explanation."""
    pair = Pair(a, b)
    logit = algorithm.bias
    found = []
    for item in algorithm.features:
        value, detail = item.feature(pair)
        logit += item.weight * value
        found.append((item, value, detail))
    score = 1.0 / (1.0 + math.exp(-max(min(logit, 40.0), -40.0)))
    comparison = Comparison(round(score, 4), [], algorithm.name, found)
    return explained(comparison) if explain else comparison


def explained(comparison: Comparison) -> Comparison:
    """The comparison with its explanation built (from what its features found)."""
    if comparison.explanation or not comparison.found:
        return comparison
    rows = [{
        "field": FEATURES[item.feature], "feature": item.feature.__name__,
        "description": _first_line(item.feature.__doc__), "value": round(value, 3),
        "weight": item.weight, "contribution": round(item.weight * value, 3), **detail,
    } for item, value, detail in comparison.found]
    return Comparison(comparison.score, rows, comparison.algorithm)


def compare(a: dict[str, Any], b: dict[str, Any], algorithm: Algorithm = ALGORITHM) -> Comparison:
    """Compare two persons given as record JSON (``names[].full``, ``birth_dates``, ``sex``…)."""
    return compare_forms(match_form(a), match_form(b), algorithm)
