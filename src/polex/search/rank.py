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
either part; the greedy alignment pairs each query part at most once, so its sum is at most
the sum of the best ``k`` per-part maxima (``k`` = parts of the shorter name); the names
written as one string are compared exactly; unpaired parts are at least the difference in
part counts. The other features are computed exactly (they are cheap); those of the query
alone (how common its name is) once, as a constant.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from functools import cached_property
from operator import attrgetter

import numpy as np
from rapidfuzz.distance import OSA
from rapidfuzz.process import cdist

from polex.search import features as f
from polex.search.compare import Comparison, compare_forms, explained
from polex.search.match_form import MatchForm, NameForm
from polex.search.person_v1 import ALGORITHM, Algorithm
from polex.search.similarity import (
    _ABJADS,
    _INITIAL_SIMILARITY,
    _SHORT_BLEND,
    _SKELETON_DISCOUNT,
    _VOWEL_BLEND,
    _VOWEL_VARIANT_SCRIPTS,
)

__all__ = ["logit_bounds", "rank_forms"]

_names_of = attrgetter("names")
_tokens_of = attrgetter("tokens")
_text_of = attrgetter("text")
_loose_of = attrgetter("loose")
_vowel_of = attrgetter("vowel")
_skel_of = attrgetter("skel")
_joined_of = attrgetter("joined")
_vowel_total_of = attrgetter("vowel_total")

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


def _sim_matrix(rows: list[str], cols: list[str]) -> np.ndarray:
    return cdist(rows, cols, scorer=OSA.normalized_similarity, dtype=np.float64)


class _Candidates:
    """The candidates' names and parts flattened into columns (built with ``map``: hot)."""

    def __init__(self, forms: Sequence[MatchForm]) -> None:
        names = self.names = [n for form in forms for n in form.names]
        self.form_starts = np.cumsum([0, *map(len, map(_names_of, forms[:-1]))])
        name_len = list(map(len, map(_tokens_of, names)))
        tokens = [t for n in names for t in n.tokens]
        texts = list(map(_text_of, tokens))
        self.loose = list(map(_loose_of, tokens))
        self.vowel = list(map(_vowel_of, tokens))
        self.skel = list(map(_skel_of, tokens))
        # Surname alternatives: extra columns, maxed into their part's column afterwards.
        self.alts = [(i, v) for i, t in enumerate(tokens) if t.alts for v in t.alt_views]
        self.views = (self.loose, self.vowel, self.skel)
        self.alt_cols, self.alt_views = _alt_columns(self.alts)
        self.tokens = tokens
        self.single = np.fromiter(map(len, texts), np.int64, len(tokens)) == 1
        self.texts = texts
        self.any_single = bool(self.single.any())
        self.name_len = np.array(name_len)
        ends = np.cumsum(name_len).tolist()
        starts = [0, *ends[:-1]]
        self.name_starts = np.array(starts)
        self.abjad = np.array([n.script in _ABJADS for n in names])
        self.han = np.array([n.script == "Hani" for n in names])
        self.token_cyrillic = np.repeat(np.array([n.script == "Cyrl" for n in names]), name_len)
        self.any_cyrillic = bool(self.token_cyrillic.any())
        self.blur = np.array([n.script in _VOWEL_VARIANT_SCRIPTS for n in names])
        self.vowel_total = np.fromiter(map(_vowel_total_of, names), np.int64, len(names))
        self.token_name = np.repeat(np.arange(len(names)), self.name_len)
        joined = list(map(_joined_of, names))
        self.joined = ([j[0] for j in joined], [j[1] for j in joined], [j[2] for j in joined])

    @cached_property
    def cyrillic_alts(self) -> tuple[np.ndarray, tuple[list[str], ...]]:
        """The other spellings' columns with Latin parts' Russian readings added: what a
        Cyrillic query meets (built only for one)."""
        readings = [(i, v) for i, t in enumerate(self.tokens) if t.cyrillic_alts
                    for v in t.cyrillic_views]
        return _alt_columns(self.alts + readings)


def _alt_columns(alts: list[tuple[int, Views3]]) -> tuple[np.ndarray, tuple[list[str], ...]]:
    """The owning part of each other spelling, and the spellings' views as three columns."""
    cols = np.array([i for i, _ in alts], dtype=np.int64)
    views = tuple(list(v) for v in zip(*(v for _, v in alts), strict=True)) or ([], [], [])
    return cols, views


def _skeleton_scale(len_a: np.ndarray, len_b: np.ndarray) -> np.ndarray:
    # similarity._skeleton_sim: 0 if a side is empty, scaled down below three classes.
    return np.minimum(1.0, np.minimum(len_a[:, None], len_b[None, :]) / 3)


Views = tuple[list[str], list[str], list[str]]  # loose, vowel, skeleton


# similarity._vowel_sim's trust in the vowel view, by the length that decides it.
_BLEND_BY_LENGTH = np.array([_SHORT_BLEND.get(n, _VOWEL_BLEND)
                             for n in range(max(_SHORT_BLEND) + 2)])


def _blend(length: np.ndarray, blur: np.ndarray) -> np.ndarray:
    """The vowel view's weight: by length, or the full blend where short parts blur."""
    table = _BLEND_BY_LENGTH[np.minimum(length, len(_BLEND_BY_LENGTH) - 1)]
    return np.where(blur, _VOWEL_BLEND, table)


def _cell_bounds(rows: Views, cols: Views, discount: np.ndarray, blur: np.ndarray
                 ) -> tuple[np.ndarray, ...]:
    """similarity._views_similarity for every row and column, and the loose view alone."""
    loose = _sim_matrix(rows[0], cols[0])
    vowel = _sim_matrix(rows[1], cols[1])
    skel = _sim_matrix(rows[2], cols[2])
    q_len = np.fromiter(map(len, rows[2]), np.float64, len(rows[2]))
    c_len = np.fromiter(map(len, cols[2]), np.float64, len(cols[2]))
    skel *= _skeleton_scale(q_len, c_len) * discount[None, :]
    q_vowel = np.fromiter(map(len, rows[1]), np.int64, len(rows[1]))
    c_vowel = np.fromiter(map(len, cols[1]), np.int64, len(cols[1]))
    blend = _blend(np.minimum(q_vowel[:, None], c_vowel[None, :]), blur[None, :])
    best = np.maximum(np.maximum(loose, blend * vowel + (1 - blend) * loose), skel)
    return best, loose


def _part_bounds(name: NameForm, cand: _Candidates, discount: np.ndarray, blur: np.ndarray
                 ) -> np.ndarray:
    """Rows: the query name's parts; columns: every candidate part; a bound of each pair."""
    tokens = name.tokens
    rows: Views = ([t.loose for t in tokens], [t.vowel for t in tokens], [t.skel for t in tokens])
    col_discount = discount[cand.token_name]
    col_blur = blur[cand.token_name]
    q_alts = [(i, v) for i, t in enumerate(tokens) for v in t.alt_views]
    # A Latin part's Russian readings count against Cyrillic names only (similarity.py):
    # a Cyrillic query meets them as the candidates' columns, a Latin one as its own rows,
    # kept from every column of a name in another script.
    cyrillic_query = name.script == "Cyrl"
    readings = [] if cyrillic_query or not cand.any_cyrillic else [
        (i, v) for i, t in enumerate(tokens) for v in t.cyrillic_views]
    alt_cols, alt_views = cand.cyrillic_alts if cyrillic_query else (
        cand.alt_cols, cand.alt_views)
    if not q_alts and not readings and not alt_views[0]:
        best, loose = _cell_bounds(rows, cand.views, col_discount, col_blur)
    else:
        # token_similarity also tries every other spelling of either part: extra rows and
        # columns, folded into their part's row and column.
        rows = tuple(r + [v[k] for _, v in q_alts] for k, r in enumerate(rows))  # type: ignore
        cols = tuple(c + a for c, a in zip(cand.views, alt_views, strict=True))
        col_discount = np.r_[col_discount, col_discount[alt_cols]]
        col_blur = np.r_[col_blur, col_blur[alt_cols]]
        n, q = len(cand.loose), len(tokens)
        owner = np.array([*range(q), *(i for i, _ in q_alts), *(i for i, _ in readings)])
        matrices = _cell_bounds(rows, cols, col_discount, col_blur)  # type: ignore[arg-type]
        if readings:
            cyrillic_cols = np.flatnonzero(np.r_[cand.token_cyrillic,
                                                 cand.token_cyrillic[alt_cols]])
            matrices = tuple(np.vstack(pair) for pair in zip(matrices, _reading_bounds(
                readings, cols, col_discount, col_blur, cyrillic_cols), strict=True))
        folded = []
        for matrix in matrices:
            np.maximum.at(matrix, (slice(None), alt_cols), matrix[:, n:])
            out = np.full((q, n), -np.inf)
            np.maximum.at(out, owner, matrix[:, :n])
            folded.append(out)
        best, loose = folded
    q_single = np.array([len(t.text) == 1 for t in name.tokens])
    if q_single.any() or cand.any_single:
        single = q_single[:, None] | cand.single[None, :]
        q_initial = np.array([t.text[0] for t in name.tokens])
        c_initial = np.array([t[0] for t in cand.texts])
        initial = _INITIAL_SIMILARITY * (q_initial[:, None] == c_initial[None, :])
        best = np.where(single, np.maximum(initial, (loose >= 1.0).astype(float)), best)
    return best


def _reading_bounds(readings: list[tuple[int, Views3]], cols: Views, discount: np.ndarray,
                    blur: np.ndarray, keep: np.ndarray) -> tuple[np.ndarray, ...]:
    """The cell bounds of a Latin query's Russian readings: computed against the columns of
    Cyrillic names (``keep``) only, and nothing (-inf) against the others."""
    out = tuple(np.full((len(readings), len(cols[0])), -np.inf) for _ in range(2))
    if len(keep):
        rows = tuple([v[k] for _, v in readings] for k in range(3))
        kept = tuple([c[i] for i in keep] for c in cols)
        for full, part in zip(out, _cell_bounds(rows, kept, discount[keep], blur[keep]),  # type: ignore[arg-type]
                              strict=True):
            full[:, keep] = part
    return out


def _aligned_bounds(parts: np.ndarray, cand: _Candidates) -> np.ndarray:
    """A bound of the aligned similarity of the query name against each candidate name."""
    per_name = np.maximum.reduceat(parts, cand.name_starts, axis=1)  # (query parts, names)
    per_name = -np.sort(-per_name, axis=0)
    cumulative = np.cumsum(per_name, axis=0)
    shorter = np.minimum(parts.shape[0], cand.name_len)
    return cumulative[shorter - 1, np.arange(len(cand.names))] / shorter


def _joined_similarity(name: NameForm, cand: _Candidates, discount: np.ndarray,
                       blur: np.ndarray) -> np.ndarray:
    """similarity._concat_similarity against every candidate name, exactly."""
    orders = [name.joined] if len(name.tokens) == 1 else [name.joined, name.joined_reversed]
    views = [list(view) for view in zip(*orders, strict=True)]
    loose = _sim_matrix(views[0], cand.joined[0])
    # The blend follows the mean vowel-key length of both names' parts, rounded as there.
    total = name.vowel_total + cand.vowel_total
    mean = np.round(total / (len(name.tokens) + cand.name_len) + 0.01).astype(np.int64)
    blend = _blend(mean, blur)[None, :]
    vowel = blend * _sim_matrix(views[1], cand.joined[1]) + (1 - blend) * loose
    q_len = np.array([len(s) for s in views[2]], dtype=np.float64)
    c_len = np.array([len(s) for s in cand.joined[2]], dtype=np.float64)
    skel = _sim_matrix(views[2], cand.joined[2]) * _skeleton_scale(q_len, c_len) * discount
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
    return np.where(_other_script(name, cand), low * f._DIALECT_DISCOUNT, low)


def _other_script(name: NameForm, cand: _Candidates) -> np.ndarray:
    """Where one name is Han and the other is not: another dialect's reading may apply."""
    return cand.han != (name.script == "Hani")


def _name_bounds(query: MatchForm, cand: _Candidates, algorithm: Algorithm) -> np.ndarray:
    """A bound of the name features' contribution, per candidate name."""
    w_sim, w_extra, w_conflict, w_short = _weights(algorithm)
    best = np.full(len(cand.names), -np.inf)
    for name in query.names:
        if name.script in _ABJADS:
            discount = np.ones(len(cand.names))
        else:
            discount = np.where(cand.abjad, 1.0, _SKELETON_DISCOUNT)
        blur = cand.blur | (name.script in _VOWEL_VARIANT_SCRIPTS)
        parts = _part_bounds(name, cand, discount, blur)
        aligned = _aligned_bounds(parts, cand)
        q = len(name.tokens)
        extra_low = np.minimum(np.abs(cand.name_len - q), 2) / 2
        dialect = _other_script(name, cand)
        logit = (_similarity_logit(w_sim, w_short, aligned, dialect)
                 + np.maximum(w_extra * extra_low, w_extra))
        whole = _joined_similarity(name, cand, discount, blur)
        joined = np.where(cand.name_len + q > 2,
                          _similarity_logit(w_sim, w_short, whole, dialect), -np.inf)
        if w_conflict < 0:  # a cost: at least its lower bound is paid
            conflict = w_conflict * _conflict_low(name, parts, whole, cand)
        else:
            conflict = np.full(len(cand.names), w_conflict)
        # Written as one: no extra parts, but the paired parts still clash.
        best = np.maximum(best, np.maximum(logit, joined) + conflict)
    return best


def _field_logits(query: MatchForm, forms: Sequence[MatchForm], w: dict) -> list[float]:
    """The exact contribution of person-v1's date, sex and nationality features, per form.

    One loop with the weights and the query's fields held in locals: it runs for every
    candidate of every search (55,000 times for a 500-traveller manifest).
    """
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
        return constant + np.array(_field_logits(query, forms, weights))
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


def rank_forms(
    query: MatchForm, forms: Sequence[MatchForm], limit: int = 10,
    algorithm: Algorithm = ALGORITHM, explain: bool = True, min_score: float = 0.0,
) -> list[tuple[int, Comparison]]:
    """The ``limit`` best forms scoring at least ``min_score``, as ``(index, comparison)``,
    best first (ties: lower index).

    Each comparison is exactly ``compare_forms(query, forms[index], algorithm, explain)``,
    and the set is the one scoring every form would give; only fewer forms are compared:
    none whose upper bound is below ``min_score`` or below the ``limit``-th score so far.

    Example:
        >>> hits = rank_forms(match_form({"name": "Ivan Petrov"}), forms, limit=10)
    """
    if limit <= 0 or not forms:
        return []
    bounds = logit_bounds(query, forms, algorithm, min_score)
    kept: list[tuple[float, int, Comparison]] = []  # a min-heap on (score, -index)
    for index in np.argsort(-bounds, kind="stable").tolist():
        reachable = _sigmoid(bounds[index]) + _ROUNDING
        if reachable < min_score or (len(kept) == limit and kept[0][0] > reachable):
            break
        # Scored without building the explanation; only the few kept are explained.
        comparison = compare_forms(query, forms[index], algorithm, explain=False)
        if comparison.score < min_score:
            continue
        item = (comparison.score, -index, comparison)
        if len(kept) < limit:
            heapq.heappush(kept, item)  # type: ignore[misc]
        elif item[:2] > kept[0][:2]:
            heapq.heapreplace(kept, item)  # type: ignore[misc]
    kept.sort(key=lambda x: (-x[0], -x[1]))
    return [(-neg, explained(comp) if explain else comp) for _, neg, comp in kept]
