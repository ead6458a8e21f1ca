"""Rank a candidate set: a vectorised bound for every candidate, full comparisons for the best.

``compare_forms`` costs tens of µs per pair in Python; a search scores up to 200
candidates. ``rank_forms`` first computes, for all candidates at once (``rapidfuzz``
``cdist`` over the distinct keys, ``numpy`` reductions), an *upper bound* of each
candidate's person-v1 logit, then runs the full, explained comparison in order of that
bound and stops as soon as the next bound cannot reach the ``limit``-th score found. The
hits and their scores are therefore exactly those of ``compare_forms`` on every candidate,
only cheaper: usually little more than ``limit`` full comparisons are needed.

Why the bound holds: a part pair's similarity is the best of its loose, vowel and skeleton
views (``similarity.token_similarity``), computed here the same way over every spelling of
either part (the shared-ending rule, ``similarity.ending_rule``, only ever lowers a pair
below those views, so they bound it too; so does leaving out two Han names' pairs of other
spellings), and for an abjad part against a Latin one, whether their consonants are the
same (``similarity.unwritten_vowels_similarity`` is 0 where they are not); the greedy
alignment pairs each query part at most once, so its sum is at most the sum of the best
``k`` per-part maxima (``k`` = parts of the shorter name); the names written as one string
are compared exactly (where similarity.py does not read them, for two names sharing only
an ending, the aligned parts' bound still holds); unpaired parts are at least the
difference in part counts. The other features are computed exactly (they are cheap); those
of the query alone (how common its name is) once, as a constant.
"""

from __future__ import annotations

import dataclasses
import heapq
import math
from collections.abc import Callable, Sequence
from functools import cached_property
from itertools import chain
from operator import attrgetter

import numpy as np
from rapidfuzz.distance import OSA
from rapidfuzz.process import cdist

from polex.search import features as f
from polex.search.compare import Comparison, compare_forms, explained
from polex.search.date_columns import VERDICTS, DateColumns, best_verdicts
from polex.search.match_form import MatchForm, NameForm, TokenForm
from polex.search.person_v1 import ALGORITHM, Algorithm
from polex.search.similarity import (
    _ABJADS,
    _INITIAL_SIMILARITY,
    _SHORT_BLEND,
    _SKELETON_DISCOUNT,
    _VOWEL_BLEND,
    _VOWEL_VARIANT_SCRIPTS,
    consonant_letters,
    joined_orders,
)

__all__ = ["logit_bounds", "may_reach", "rank_forms"]

_names_of = attrgetter("names")
_tokens_of = attrgetter("tokens")
_text_of = attrgetter("text")
_script_of = attrgetter("script")
_spellings_of = attrgetter("spellings")
_cyrillic_spellings_of = attrgetter("spellings_for_cyrillic")
_cyrillic_views_of = attrgetter("cyrillic_views")
_joined_of = attrgetter("joined")
_vowel_total_of = attrgetter("vowel_total")
_dates_of = attrgetter("birth_dates")
_sex_of = attrgetter("sex")
_nationalities_of = attrgetter("nationalities")

_NAME_FEATURES = (f.name_similarity_feature, f.names_fall_short, f.name_extra_parts,
                  f.given_name_mismatch)
# Features of the query alone (how common its name is): one value for every candidate,
# added to every bound as a constant.
_QUERY_FEATURES = frozenset({f.name_rarity})
# Features that are 0 whenever the query gives no date, sex or nationality.
_FIELD_FEATURES = frozenset({f.birth_date_match, f.birth_date_mismatch, f.sex_mismatch,
                             f.nationality_match, f.nationality_mismatch})
Views3 = tuple[str, str, str]  # one spelling's loose, vowel and skeleton views
_EPS = 1e-9  # float noise between numpy's and Python's arithmetic
# compare_forms rounds scores to 4 decimals, which raises a score by at most half a unit.
# (A whole unit made every candidate "reachable" at an officer's floor of 1e-4, so a query
# with fewer than `limit` candidates above it compared all of them.)
_ROUNDING = 0.5e-4 + 1e-9
# Forms left reachable by their dates, sex and nationalities alone at or below which their
# names are not bounded (logit_bounds): a frontline floor of 0.7 leaves 0 to 4 of a
# manifest traveller's ~115 candidates.
_FEW = 4


def _sim_matrix(rows: Sequence[str], cols: Sequence[str]) -> np.ndarray:
    return cdist(rows, cols, scorer=OSA.normalized_similarity, dtype=np.float64)


def _starts(counts: np.ndarray) -> np.ndarray:
    """Where each run of ``counts`` items starts in their concatenation."""
    ends = np.cumsum(counts)
    return ends - counts


class _Spellings:
    """Every spelling of every part, each part's own first and its others after it: the
    columns (or rows) a comparison of parts runs through, one run per part.

    ``of`` picks a part's spellings (``TokenForm.spellings``, or ``spellings_for_cyrillic``
    against a Cyrillic name). Built with ``map``/``chain`` over the parts: hot.
    """

    def __init__(self, tokens: Sequence[TokenForm], of: Callable[[TokenForm], Sequence[Views3]]
                 ) -> None:
        per_token = list(map(of, tokens))
        counts = np.fromiter(map(len, per_token), np.int64, len(per_token))
        self.views: Views = tuple(zip(*chain.from_iterable(per_token), strict=True)) or (
            (), (), ())  # type: ignore[assignment]
        self.starts = _starts(counts)  # each part's first spelling: np.maximum.reduceat folds
        self.owner = np.repeat(np.arange(len(per_token)), counts)  # each spelling's part
        self.vowel_len = np.fromiter(map(len, self.views[1]), np.int64, len(self.owner))
        self.skel_len = np.fromiter(map(len, self.views[2]), np.float64, len(self.owner))


class _Candidates:
    """The candidates' names, parts and spellings flattened into columns.

    Built with ``map``, ``chain`` and ``zip`` over attribute getters, so that no Python
    code runs per name or part: it is built for every search, over ~160 names and ~370
    parts.

    Parts repeat across candidates (namesakes, and decoded forms share one ``TokenForm``
    per part: ``match_form._stored_token``): an officer's ~390 parts are ~150 distinct.
    The spellings are laid out once per *distinct* part and script class (what a pair
    bound depends on besides the parts: the skeleton's discount, the vowel blur, the
    Russian readings), and ``part_of`` maps each part back to its column.
    """

    def __init__(self, forms: Sequence[MatchForm]) -> None:
        names = self.names = list(chain.from_iterable(map(_names_of, forms)))
        self.count = len(names)
        self.form_starts = _starts(np.fromiter(map(len, map(_names_of, forms)), np.int64,
                                               len(forms)))
        self.name_len = np.fromiter(map(len, map(_tokens_of, names)), np.int64, len(names))
        self.name_starts = _starts(self.name_len)
        tokens = list(chain.from_iterable(map(_tokens_of, names)))
        token_name = np.repeat(np.arange(len(names)), self.name_len)
        scripts = list(map(_script_of, names))
        self.abjad = np.fromiter(map(_ABJADS.__contains__, scripts), bool, len(names))
        self.han = np.fromiter(map("Hani".__eq__, scripts), bool, len(names))
        self.cyrillic = np.fromiter(map("Cyrl".__eq__, scripts), bool, len(names))
        self.latin = np.fromiter(map("Latn".__eq__, scripts), bool, len(names))
        self.any_cyrillic = bool(self.cyrillic.any())
        self.blur = np.fromiter(map(_VOWEL_VARIANT_SCRIPTS.__contains__, scripts), bool,
                                len(names))
        self.vowel_total = np.fromiter(map(_vowel_total_of, names), np.int64, len(names))
        # A part's column: the same object in a name of the same script class. (Objects,
        # not their text: two equal parts decoded apart only cost a column more.)
        script_class = self.abjad * 4 + self.blur * 2 + self.cyrillic
        keys = (np.fromiter(map(id, tokens), np.int64, len(tokens)) * 8
                + script_class[token_name])
        _, first, self.part_of = np.unique(keys, return_index=True, return_inverse=True)
        parts = [tokens[i] for i in first.tolist()]
        self.part_name = token_name[first]  # a name each column's part is written in
        self.texts = list(map(_text_of, parts))
        self.single = np.fromiter(map(len, self.texts), np.int64, len(parts)) == 1
        self.any_single = bool(self.single.any())
        self.parts = parts
        self.spellings = _Spellings(parts, _spellings_of)
        self.joined: Views = tuple(zip(*map(_joined_of, names), strict=True))  # type: ignore[assignment]
        self.joined_skel_len = np.fromiter(map(len, self.joined[2]), np.float64, len(names))

    @cached_property
    def cyrillic_spellings(self) -> _Spellings:
        """The spellings with Latin parts' Russian readings added: what a Cyrillic query
        meets (built only for one)."""
        return _Spellings(self.parts, _cyrillic_spellings_of)


def _skeleton_scale(len_a: np.ndarray, len_b: np.ndarray) -> np.ndarray:
    # similarity._skeleton_sim: 0 if a side is empty, scaled down below three classes.
    return np.minimum(1.0, np.minimum(len_a[:, None], len_b[None, :]) / 3)


Views = tuple[Sequence[str], Sequence[str], Sequence[str]]  # loose, vowel, skeleton


# similarity._vowel_sim's trust in the vowel view, by the length that decides it.
_BLEND_BY_LENGTH = np.array([_SHORT_BLEND.get(n, _VOWEL_BLEND)
                             for n in range(max(_SHORT_BLEND) + 2)])


def _blend(length: np.ndarray, blur: np.ndarray) -> np.ndarray:
    """The vowel view's weight: by length, or the full blend where short parts blur."""
    table = _BLEND_BY_LENGTH[np.minimum(length, len(_BLEND_BY_LENGTH) - 1)]
    return np.where(blur, _VOWEL_BLEND, table)


def _cell_bounds(rows: _Spellings, cols: _Spellings, keep: np.ndarray | slice,
                 discount: np.ndarray, blur: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """similarity._views_similarity for every row and every column in ``keep``, and the
    loose view alone; ``discount`` and ``blur`` are the kept columns'."""
    views = cols.views if isinstance(keep, slice) else tuple(
        [view[i] for i in keep.tolist()] for view in cols.views)
    loose = _sim_matrix(rows.views[0], views[0])
    vowel = _sim_matrix(rows.views[1], views[1])
    skel = _sim_matrix(rows.views[2], views[2])
    skel *= _skeleton_scale(rows.skel_len, cols.skel_len[keep]) * discount[None, :]
    shorter = np.minimum(rows.vowel_len[:, None], cols.vowel_len[keep][None, :])
    blend = _blend(shorter, blur[None, :])
    best = np.maximum(np.maximum(loose, blend * vowel + (1 - blend) * loose), skel)
    return best, loose


def _part_bounds(name: NameForm, cand: _Candidates, discount: np.ndarray, blur: np.ndarray
                 ) -> np.ndarray:
    """Rows: the query name's parts; columns: every candidate part; a bound of each pair.

    token_similarity tries every pair of spellings of the two parts: the bound of a pair
    of parts is the best over their runs of spellings (``np.maximum.reduceat``).
    """
    # A Latin part's Russian readings count against Cyrillic names only (similarity.py):
    # a Cyrillic query meets them as the candidates' spellings, a Latin one as its own
    # rows, against the columns of Cyrillic names only.
    cyrillic_query = name.script == "Cyrl"
    cols = cand.cyrillic_spellings if cyrillic_query else cand.spellings
    col_name = cand.part_name[cols.owner]
    col_discount, col_blur = discount[col_name], blur[col_name]
    rows = _Spellings(name.tokens, _spellings_of)
    best, loose = _cell_bounds(rows, cols, slice(None), col_discount, col_blur)
    # An abjad part against a Latin one: their consonants letter by letter
    # (similarity.unwritten_vowels_similarity, never more than 1 where they are the same).
    other = cand.latin if name.script in _ABJADS else (
        cand.abjad if name.script == "Latn" else None)
    if other is not None and other.any():
        best = np.maximum(best, _same_consonants(rows, cols, other[col_name]))
    q_single = np.array([len(t.text) == 1 for t in name.tokens])
    singles = bool(q_single.any()) or cand.any_single
    folded = [_fold(m, rows, cols) for m in ((best, loose) if singles else (best,))]
    if not cyrillic_query and cand.any_cyrillic:
        _add_readings(folded, name, cols, np.flatnonzero(cand.cyrillic[col_name]),
                      col_discount, col_blur)
    best = folded[0]
    if singles:
        loose = folded[1]
        single = q_single[:, None] | cand.single[None, :]
        q_initial = np.array([t.text[0] for t in name.tokens])
        c_initial = np.array([t[0] for t in cand.texts])
        initial = _INITIAL_SIMILARITY * (q_initial[:, None] == c_initial[None, :])
        best = np.where(single, np.maximum(initial, (loose >= 1.0).astype(float)), best)
    return best[:, cand.part_of]  # each distinct part's column, for every part it stands for


def _same_consonants(rows: _Spellings, cols: _Spellings, kept: np.ndarray) -> np.ndarray:
    """1 where a row spelling and a ``kept`` column spelling have the same consonants (two
    or more), else 0: a bound of ``similarity.unwritten_vowels_similarity``."""
    same = np.zeros((len(rows.views[0]), len(cols.views[0])))
    columns: dict[str, list[int]] = {}
    col_loose = cols.views[0]
    for i in np.flatnonzero(kept).tolist():
        columns.setdefault(consonant_letters(col_loose[i]), []).append(i)
    for row, letters in enumerate(map(consonant_letters, rows.views[0])):
        if len(letters) >= 2 and letters in columns:
            same[row, columns[letters]] = 1.0
    return same


def _fold(matrix: np.ndarray, rows: _Spellings, cols: _Spellings) -> np.ndarray:
    """The best over each run of spellings: (row spellings, column spellings) to parts."""
    by_row = np.maximum.reduceat(matrix, rows.starts, axis=0)
    return np.maximum.reduceat(by_row, cols.starts, axis=1)


def _add_readings(folded: list[np.ndarray], name: NameForm, cols: _Spellings,
                  keep: np.ndarray, discount: np.ndarray, blur: np.ndarray) -> None:
    """Raise the part bounds (``folded``: best, and loose if wanted) of a Latin query
    against the parts of Cyrillic names (their spellings ``keep``) by the query parts'
    Russian readings."""
    if not len(keep) or not any(map(_cyrillic_views_of, name.tokens)):
        return
    rows = _Spellings(name.tokens, _cyrillic_views_of)
    kept_part = cols.owner[keep]
    for target, matrix in zip(folded, _cell_bounds(rows, cols, keep, discount[keep],
                                                   blur[keep]), strict=False):
        # Rows first into their query part, then each kept spelling into its part.
        by_row = np.full((len(name.tokens), len(keep)), -np.inf)
        np.maximum.at(by_row, rows.owner, matrix)
        np.maximum.at(target, (slice(None), kept_part), by_row)


def _aligned_bounds(parts: np.ndarray, cand: _Candidates) -> np.ndarray:
    """A bound of the aligned similarity of the query name against each candidate name."""
    per_name = np.maximum.reduceat(parts, cand.name_starts, axis=1)  # (query parts, names)
    per_name = -np.sort(-per_name, axis=0)
    cumulative = np.cumsum(per_name, axis=0)
    shorter = np.minimum(parts.shape[0], cand.name_len)
    return cumulative[shorter - 1, np.arange(cand.count)] / shorter


def _joined_similarity(name: NameForm, cand: _Candidates, discount: np.ndarray,
                       blur: np.ndarray) -> np.ndarray:
    """similarity._concat_similarity against every candidate name, exactly."""
    views = [list(view) for view in zip(*joined_orders(name), strict=True)]
    loose = _sim_matrix(views[0], cand.joined[0])
    # The blend follows the mean vowel-key length of both names' parts, rounded as there.
    total = name.vowel_total + cand.vowel_total
    mean = np.round(total / (len(name.tokens) + cand.name_len) + 0.01).astype(np.int64)
    blend = _blend(mean, blur)[None, :]
    vowel = blend * _sim_matrix(views[1], cand.joined[1]) + (1 - blend) * loose
    q_len = np.array([len(s) for s in views[2]], dtype=np.float64)
    skel = (_sim_matrix(views[2], cand.joined[2]) * _skeleton_scale(q_len, cand.joined_skel_len)
            * discount)
    return np.maximum(np.maximum(loose, vowel), skel).max(axis=0)


def _weights(algorithm: Algorithm) -> tuple[float, float, float, float]:
    found = {w.feature: w.weight for w in algorithm.features}
    return (found.get(f.name_similarity_feature, 0.0), found.get(f.name_extra_parts, 0.0),
            found.get(f.given_name_mismatch, 0.0), found.get(f.names_fall_short, 0.0))


def _similarity_logit(w_sim: float, w_short: float, similarity: np.ndarray,
                      dialect: np.ndarray) -> np.ndarray:
    """A bound of what the name similarity and ``names_fall_short`` add, given a bound of
    the similarity: both only grow with it (as long as their weights are positive and
    negative; otherwise each is bounded by its best value). ``dialect``: where the
    shortfall may count at ``_DIALECT_DISCOUNT`` (a Han name against a Latin one)."""
    sim = np.maximum(w_sim * similarity, 0.0)
    if w_short >= 0:
        return sim + w_short
    short = np.clip((f._CLOSE - similarity) / (f._CLOSE - f._LOOSE), 0.0, 1.0)
    return sim + w_short * np.where(dialect, short * f._DIALECT_DISCOUNT, short)


def _worst_pair_bound(parts: np.ndarray, q: int, cand: _Candidates) -> np.ndarray:
    """A bound of the least alike part pair the alignment makes, per candidate name.

    Every part of the shorter name is paired (or the worst pair counts as 0), and a
    part's partner is no more alike than its best possible partner.
    """
    query_side = np.maximum.reduceat(parts, cand.name_starts, axis=1).min(axis=0)
    cand_side = np.minimum.reduceat(parts.max(axis=0), cand.name_starts)
    return np.where(q < cand.name_len, query_side,
                    np.where(q > cand.name_len, cand_side, np.minimum(query_side, cand_side)))


def _conflict_low(name: NameForm, parts: np.ndarray, whole: np.ndarray, cand: _Candidates
                  ) -> np.ndarray:
    """A lower bound of ``given_name_mismatch`` per candidate name (it only ever costs).

    The feature grows as the worst paired parts fall from ``_CONFLICT_FROM`` to
    ``_CONFLICT_FULL``; it is 0 when the names written as one are alike, and halved
    between a Han name and a Latin one (another dialect's reading).
    """
    worst = _worst_pair_bound(parts, len(name.tokens), cand)
    low = np.clip((f._CONFLICT_FROM - worst) / (f._CONFLICT_FROM - f._CONFLICT_FULL), 0, 1)
    low = np.where(whole >= f._JOINED_SAME, 0.0, low)
    return np.where(_other_dialect(name, cand), low * f._DIALECT_DISCOUNT, low)


def _other_dialect(name: NameForm, cand: _Candidates) -> np.ndarray:
    """Where another dialect's reading may apply (features._other_dialect): a Han name
    against one in Latin letters that are not all Mandarin syllables."""
    if name.script == "Hani":  # it depends on each candidate name (read only for a Han query)
        return np.fromiter(map(f._may_read_another_dialect, cand.names), bool, cand.count)
    if f._may_read_another_dialect(name):
        return cand.han
    return np.zeros(cand.count, dtype=bool)


def _name_bounds(query: MatchForm, cand: _Candidates, algorithm: Algorithm) -> np.ndarray:
    """A bound of the name features' contribution, per candidate name."""
    w_sim, w_extra, w_conflict, w_short = _weights(algorithm)
    best = np.full(cand.count, -np.inf)
    for name in query.names:
        if name.script in _ABJADS:
            discount = np.ones(cand.count)
        else:
            discount = np.where(cand.abjad, 1.0, _SKELETON_DISCOUNT)
        blur = cand.blur | (name.script in _VOWEL_VARIANT_SCRIPTS)
        parts = _part_bounds(name, cand, discount, blur)
        aligned = _aligned_bounds(parts, cand)
        q = len(name.tokens)
        extra_low = np.minimum(np.abs(cand.name_len - q), 2) / 2
        dialect = _other_dialect(name, cand)
        logit = (_similarity_logit(w_sim, w_short, aligned, dialect)
                 + np.maximum(w_extra * extra_low, w_extra))
        whole = _joined_similarity(name, cand, discount, blur)
        joined = np.where(cand.name_len + q > 2,
                          _similarity_logit(w_sim, w_short, whole, dialect), -np.inf)
        if w_conflict < 0:  # a cost: at least its lower bound is paid
            conflict = w_conflict * _conflict_low(name, parts, whole, cand)
        else:
            conflict = np.full(cand.count, w_conflict)
        # Written as one: no extra parts, but the paired parts still clash.
        best = np.maximum(best, np.maximum(logit, joined) + conflict)
    return best


def _field_logits(query: MatchForm, forms: Sequence[MatchForm], w: dict) -> np.ndarray:
    """The exact contribution of person-v1's date, sex and nationality features, per form.

    It runs for every candidate of every search (55,000 times for a 500-traveller
    manifest): as columns for many forms (an officer's ~120), where one loop in Python
    would be a tenth of the search; a loop for a few (a frontline check's, after the
    months sought), where the columns' numpy calls cost more than the loop.
    """
    if len(forms) < _COLUMNS_FROM:
        return np.array(_field_logits_looped(query, forms, w))
    logits = np.zeros(len(forms))
    if query.birth_dates:
        # date_columns gives features.best_dates' verdicts; each adds what the table says.
        ranks = best_verdicts(query.birth_dates, DateColumns(list(map(_dates_of, forms))))
        added = np.array([w[f.birth_date_match] * level + w[f.birth_date_mismatch] * conflict
                          for level, conflict in VERDICTS] + [0.0])  # [-1]: no date
        logits += added[ranks]
    if query.sex:
        sex = query.sex
        logits += w[f.sex_mismatch] * np.fromiter(
            (bool(s) and s != sex for s in map(_sex_of, forms)), bool, len(forms))
    if query.nationalities:
        nationalities = list(map(_nationalities_of, forms))
        given = np.fromiter(map(bool, nationalities), bool, len(forms))
        apart = np.fromiter(map(query.nationalities.isdisjoint, nationalities), bool,
                            len(forms))
        logits += np.where(given, np.where(apart, w[f.nationality_mismatch],
                                           w[f.nationality_match]), 0.0)
    return logits


# From how many forms _field_logits computes in columns. Measured on demo searches: the
# loop costs 1-3 µs a form (1 when best_dates' cache holds the pair), the columns ~55 µs
# and under 1 µs a form.
_COLUMNS_FROM = 32


def _field_logits_looped(query: MatchForm, forms: Sequence[MatchForm], w: dict
                         ) -> list[float]:
    """``_field_logits`` one form at a time, with the weights and the query's fields held
    in locals."""
    w_date, w_clash = w[f.birth_date_match], w[f.birth_date_mismatch]
    w_sex, w_common, w_other = w[f.sex_mismatch], w[f.nationality_match], w[f.nationality_mismatch]
    dates, sex, nationalities = query.birth_dates, query.sex, query.nationalities
    best_dates = f.best_dates
    logits = []
    for form in forms:
        logit = 0.0
        if dates and form.birth_dates:
            level, conflict = best_dates(dates, form.birth_dates)[:2]
            logit += w_date * level + w_clash * conflict
        if sex and form.sex and sex != form.sex:
            logit += w_sex
        if nationalities and form.nationalities:
            logit += w_other if nationalities.isdisjoint(form.nationalities) else w_common
        logits.append(logit)
    return logits


def _query_logit(query: MatchForm, algorithm: Algorithm) -> float:
    """The query-only features' contribution: the same for every candidate."""
    pair = f.Pair(query, query)  # they read the query side only
    return sum(w.weight * w.feature(pair)[0] for w in algorithm.features
               if w.feature in _QUERY_FEATURES)


def _other_logits(query: MatchForm, forms: Sequence[MatchForm], algorithm: Algorithm
                  ) -> np.ndarray:
    constant = _query_logit(query, algorithm)
    others = [w for w in algorithm.features
              if w.feature not in _NAME_FEATURES and w.feature not in _QUERY_FEATURES]
    if not (query.birth_dates or query.sex or query.nationalities):
        others = [w for w in others if w.feature not in _FIELD_FEATURES]
    if not others:
        return np.full(len(forms), constant)
    if all(w.feature in _FIELD_FEATURES for w in others):
        weights = dict.fromkeys(_FIELD_FEATURES, 0.0) | {w.feature: w.weight for w in others}
        return constant + _field_logits(query, forms, weights)
    return constant + np.array([sum(w.weight * w.feature(f.Pair(query, form))[0]
                                    for w in others) for form in forms])


def logit_bounds(
    query: MatchForm, forms: Sequence[MatchForm], algorithm: Algorithm = ALGORITHM,
    min_score: float = 0.0,
) -> np.ndarray:
    """An upper bound of ``algorithm``'s logit for the query against each form, vectorised.

    Forms that cannot reach ``min_score`` even with perfectly matching names (their dates
    clash, say) get a bound below it without their names being looked at.
    """
    if not forms:
        return np.zeros(0)
    bounds = algorithm.bias + _other_logits(query, forms, algorithm) + _EPS
    best_names = _best_names_logit(algorithm)
    reachable = bounds + best_names >= _logit(min_score - _ROUNDING)
    if np.count_nonzero(reachable) <= _FEW:
        # Comparing a few forms costs less than bounding their names (the bound's numpy
        # calls cost about as much as _FEW comparisons whatever the number of forms):
        # their names are bounded by the best names can do, and all are compared.
        return np.where(reachable, bounds + best_names, -np.inf)
    if not reachable.all():
        kept = np.flatnonzero(reachable)
        bounds[~reachable] = -np.inf
        if not len(kept):
            return bounds
        forms = [forms[i] for i in kept]
    else:
        kept = slice(None)  # type: ignore[assignment]
    cand = _Candidates(forms)
    per_name = _name_bounds(query, cand, algorithm)
    bounds[kept] += np.maximum.reduceat(per_name, cand.form_starts)
    return bounds


def _best_names_logit(algorithm: Algorithm) -> float:
    """The most the name features can add: identical names, nothing extra, no clash."""
    return sum(max(w.weight, 0.0) for w in algorithm.features if w.feature in _NAME_FEATURES)


def _logit(score: float) -> float:
    if score <= 0.0:
        return -math.inf
    return math.log(score / (1.0 - score)) if score < 1.0 else math.inf


def _sigmoid(logit: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(logit, 40.0), -40.0)))


def may_reach(bounds: np.ndarray, min_score: float) -> bool:
    """Whether a form with these ``logit_bounds`` may score ``min_score`` (as
    ``rank_forms`` judges it: none else is compared)."""
    return bool(len(bounds)) and _sigmoid(float(bounds.max())) + _ROUNDING >= min_score


def rank_forms(
    query: MatchForm, forms: Sequence[MatchForm], limit: int = 10,
    algorithm: Algorithm = ALGORITHM, explain: bool = True, min_score: float = 0.0,
    uncounted_bounds: np.ndarray | None = None,
) -> list[tuple[int, Comparison]]:
    """The ``limit`` best forms scoring at least ``min_score``, as ``(index, comparison)``,
    best first (ties: fewer name parts left unpaired, then lower index: of two records
    scoring alike for Ivan Petrov, Ivan Petrov comes before Ivan Sergeevich Petrov).

    Each comparison is exactly ``compare_forms(query, forms[index], algorithm, explain)``,
    and the set is the one scoring every form would give; only fewer forms are compared:
    none whose upper bound is below ``min_score`` or below the ``limit``-th score so far.

    ``uncounted_bounds``: ``logit_bounds`` of the query with its name not counted
    (``name_count`` None) against the same forms, for the same ``min_score``, if the
    caller has them (a search judges by them whether to count the name at all). How
    common the name is only lowers every form's logit by the same amount, so they bound
    the counted query's logits once that amount is taken off, and are not computed again.

    Example:
        >>> hits = rank_forms(match_form({"name": "Ivan Petrov"}), forms, limit=10)
    """
    if limit <= 0 or not forms:
        return []
    if uncounted_bounds is None:
        bounds = logit_bounds(query, forms, algorithm, min_score)
    else:
        uncounted = dataclasses.replace(query, name_count=None)
        bounds = uncounted_bounds + (_query_logit(query, algorithm)
                                     - _query_logit(uncounted, algorithm))
    # A min-heap on (score, -unpaired, -index).
    kept: list[tuple[float, float, int, Comparison]] = []
    for index in np.argsort(-bounds, kind="stable").tolist():
        reachable = _sigmoid(bounds[index]) + _ROUNDING
        if reachable < min_score or (len(kept) == limit and kept[0][0] > reachable):
            break
        # Scored without building the explanation; only the few kept are explained.
        comparison = compare_forms(query, forms[index], algorithm, explain=False)
        if comparison.score < min_score:
            continue
        item = (comparison.score, -_unpaired(comparison), -index, comparison)
        if len(kept) < limit:
            heapq.heappush(kept, item)  # type: ignore[misc]
        elif item[:3] > kept[0][:3]:
            heapq.heapreplace(kept, item)  # type: ignore[misc]
    kept.sort(key=lambda x: (-x[0], -x[1], -x[2]))
    return [(-neg, explained(comp) if explain else comp) for _, _, neg, comp in kept]


def _unpaired(comparison: Comparison) -> float:
    """``name_extra_parts``' value in a comparison: how many name parts it left unpaired.

    The feature weighs nothing (person_v1: a part one side lacks is no evidence), so it
    never orders by score; among equal scores it puts the names that cover each other
    first, as an officer reading the list expects."""
    for weighted, value, _ in comparison.found:
        if weighted.feature is f.name_extra_parts:
            return value
    return 0.0
