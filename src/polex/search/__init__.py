"""Person search: candidate keys, weighted features, calibrated scores and explanations.

Owns the pure matching core: ``match_form`` (a person parsed once for matching),
``keys`` (index keys), ``similarity`` and ``features`` (what is compared), ``person_v1``
(the algorithm as data), ``compare`` (score and explanation), ``rank`` (the best of a
candidate set, with as few full comparisons as possible). Imports ``polex.normalize``
only; index storage and the HTTP API build on it.
"""

from polex.search.compare import Comparison, compare, compare_forms
from polex.search.keys import person_keys, query_keys
from polex.search.match_form import MatchForm, match_form
from polex.search.rank import rank_forms
from polex.search.selection import select_candidates

__all__ = [
    "Comparison",
    "MatchForm",
    "compare",
    "compare_forms",
    "match_form",
    "person_keys",
    "query_keys",
    "rank_forms",
    "select_candidates",
]
