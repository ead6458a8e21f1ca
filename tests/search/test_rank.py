"""rank_forms: the same hits and scores as comparing every candidate, with fewer comparisons."""

from __future__ import annotations

import dataclasses
import itertools
import math

import pytest

from polex.search import compare_forms, match_form, rank
from polex.search.match_form import MatchForm, _stored_token
from polex.search.rank import logit_bounds, rank_forms

NAMES = [
    "Mohammed Ali", "Мухаммед Али", "محمد علي", "Ali Mohammed Hassan", "Kim Jong-un", "김정은",
    "Park Chung-hee", "박정희", "Mao Zedong", "毛泽东", "Zhang Wei", "张伟", "J. Smith",
    "John Smith", "Jon Smyth", "Ivan Petrov", "Иван Петров", "Yosef Cohen", "יוסף כהן",
    "ジョージ・ワシントン", "George Washington", "Jean-Pierre Dupont", "A", "Li Li",
    "Giorgos Papadopoulos", "Γιώργος Παπαδόπουλος", "Abdullah Hassan", "عبد الله حسن",
    # Latin parts with Russian readings, which count against Cyrillic names only.
    "Volker Frese", "Фолькер Фрезе", "Csaba Kovacs", "Чаба Ковач", "Joost Koeman", "Йост Куман",
    # Han names against Latin ones: another dialect's reading (halved clash) or Mandarin.
    "Chiang Kai-shek", "蒋介石", "Lau Tak-wah", "刘德华", "Wang Na", "王娜", "Wang Lei",
    # Abjad parts against Latin ones, letter by letter (the vowels the abjad leaves out).
    "Moshe Levi", "משה לוי", "Hassan Haddad", "حسن الحداد", "Hussein", "منى",
]


def person(i: int, name: str) -> dict:
    extra = {"birth_dates": [f"19{60 + i % 30}-0{1 + i % 9}-1{i % 10}"], "sex": "MF"[i % 2]}
    return {"names": [name, *NAMES[i + 1 : i + 2]] if i % 3 == 0 else [name],
            **(extra if i % 2 else {})}


FORMS = [match_form(person(i, n)) for i, n in enumerate(NAMES)]


HALF_UNIT = 0.5e-4 + 1e-9  # scores are rounded to 4 decimals


def _logit(score: float) -> float:
    score = min(max(score, 1e-12), 1 - 1e-12)
    return math.log(score / (1 - score))


def _order(query):
    """The order rank_forms gives equal scores: fewer name parts unpaired, then the index
    (read from the explanation, as an officer sees it)."""
    comparisons = [compare_forms(query, form) for form in FORMS]

    def key(i: int) -> tuple[float, float, int]:
        unpaired = next(row["value"] for row in comparisons[i].explanation
                        if row["feature"] == "name_extra_parts")
        return -comparisons[i].score, unpaired, i
    return key


def assert_bounds_hold(query) -> None:
    bounds = logit_bounds(query, FORMS)
    for bound, form in zip(bounds, FORMS, strict=True):
        exact = compare_forms(query, form, explain=False).score
        assert exact <= 1 / (1 + math.exp(-bound)) + HALF_UNIT


@pytest.mark.parametrize("query", FORMS, ids=NAMES)
def test_bounds_are_upper_bounds(query) -> None:
    assert_bounds_hold(query)


@pytest.mark.parametrize("limit", [1, 3, 10, 100])
@pytest.mark.parametrize("query", FORMS[::3], ids=NAMES[::3])
def test_same_hits_as_comparing_everything(query, limit: int) -> None:
    expected = sorted(range(len(FORMS)), key=_order(query))[:limit]
    hits = rank_forms(query, FORMS, limit=limit)
    assert [i for i, _ in hits] == expected
    for i, comparison in hits:
        assert comparison.to_dict() == compare_forms(query, FORMS[i]).to_dict()


def test_a_part_many_candidates_share_is_bounded_once_as_each_alone() -> None:
    # Decoded forms share one object per part (match_form._stored_token), across scripts:
    # "ali" of Mohammed Ali and of Мухаммед Али. Bounds over the shared parts must equal
    # bounds over forms that share none.
    stored = [form.to_json() for form in FORMS * 3]
    shared = [MatchForm.from_json(data) for data in stored]
    apart = []
    for data in stored:
        _stored_token.cache_clear()
        apart.append(MatchForm.from_json(data))
    candidates = rank._Candidates(shared)
    assert len(candidates.parts) < len(rank._Candidates(apart).parts) / 2
    for query in FORMS:
        assert list(logit_bounds(query, shared)) == list(logit_bounds(query, apart))


def test_empty_and_zero_limit() -> None:
    assert rank_forms(FORMS[0], [], limit=5) == []
    assert rank_forms(FORMS[0], FORMS, limit=0) == []


@pytest.mark.parametrize("min_score", [0.0001, 0.05, 0.7])
@pytest.mark.parametrize("query", FORMS[::4], ids=NAMES[::4])
def test_a_floor_keeps_exactly_the_forms_that_reach_it(query, min_score: float) -> None:
    scores = [compare_forms(query, form).score for form in FORMS]
    expected = sorted((i for i in range(len(FORMS)) if scores[i] >= min_score),
                      key=_order(query))[:10]
    hits = rank_forms(query, FORMS, limit=10, min_score=min_score)
    assert [i for i, _ in hits] == expected


# A query as search makes it: with the count of records sharing its name (a query-only
# term, one constant for every candidate: in every bound, and never in the order).
COUNTED = [dataclasses.replace(form, name_count=count)
           for form, count in zip(FORMS, itertools.cycle([0, 2, 40, 5000]), strict=False)]


@pytest.mark.parametrize("query", COUNTED, ids=NAMES)
def test_bounds_hold_for_a_common_name(query) -> None:
    assert_bounds_hold(query)


@pytest.mark.parametrize("min_score", [0.0001, 0.7])
@pytest.mark.parametrize("query", COUNTED[2::4], ids=NAMES[2::4])
def test_a_common_name_keeps_the_order_and_the_floor(query, min_score: float) -> None:
    scores = [compare_forms(query, form).score for form in FORMS]
    expected = sorted((i for i in range(len(FORMS)) if scores[i] >= min_score),
                      key=_order(query))[:10]
    hits = rank_forms(query, FORMS, limit=10, min_score=min_score)
    assert [i for i, _ in hits] == expected
    for i, comparison in hits:
        assert comparison.to_dict() == compare_forms(query, FORMS[i]).to_dict()


@pytest.mark.parametrize("min_score", [0.0001, 0.7])
@pytest.mark.parametrize("query", COUNTED[2::4], ids=NAMES[2::4])
def test_the_bounds_of_the_uncounted_name_rank_as_the_counted_name_s(
        query, min_score: float, compared) -> None:
    # A search bounds its candidates before it counts the name (to skip the count when
    # nothing can reach its floor) and ranks with those bounds: the same hits, explained,
    # and no more forms compared than bounds made after the count would (the count's
    # amount is taken off them).
    uncounted = dataclasses.replace(query, name_count=None)
    bounds = logit_bounds(uncounted, FORMS, min_score=min_score)
    hits = rank_forms(query, FORMS, limit=10, min_score=min_score, uncounted_bounds=bounds)
    with_uncounted = len(compared)
    expected = rank_forms(query, FORMS, limit=10, min_score=min_score)
    assert [(i, c.to_dict()) for i, c in hits] == [(i, c.to_dict()) for i, c in expected]
    assert with_uncounted <= len(compared) - with_uncounted


@pytest.mark.parametrize("query", FORMS[::4], ids=NAMES[::4])
def test_a_query_may_reach_a_floor_only_if_some_form_scores_it(query) -> None:
    best = max(compare_forms(query, form, explain=False).score for form in FORMS)
    for floor in (best - 0.01, best + 0.01):
        bounds = logit_bounds(query, FORMS, min_score=floor)
        if best >= floor:
            assert rank.may_reach(bounds, floor)
        if not rank.may_reach(bounds, floor):
            assert rank_forms(query, FORMS, min_score=floor) == []
    assert not rank.may_reach(logit_bounds(query, []), 0.0001)


@pytest.fixture
def compared(monkeypatch) -> list:
    """The forms ``rank_forms`` compares in full, in order."""
    seen: list = []
    exact = rank.compare_forms

    def counting(query, form, *args, **kwargs):
        seen.append(form)
        return exact(query, form, *args, **kwargs)

    monkeypatch.setattr(rank, "compare_forms", counting)
    return seen


@pytest.mark.parametrize("query", COUNTED[2::4], ids=NAMES[2::4])
def test_a_floor_spares_the_forms_that_cannot_reach_it(query, compared) -> None:
    """A common name leaves fewer than ``limit`` forms above an officer's floor; the
    others must still not be compared (that is the whole cost of a search)."""
    bounds = dict(zip(map(id, FORMS), logit_bounds(query, FORMS), strict=True))
    rank_forms(query, FORMS, limit=10, min_score=0.0001)
    assert compared
    assert all(1 / (1 + math.exp(-bounds[id(form)])) + HALF_UNIT >= 0.0001 for form in compared)


def test_a_floor_few_forms_reach_compares_just_those(compared) -> None:
    """When no more than ``rank._FEW`` forms can reach the floor on their dates alone, their
    names are not bounded: those forms are compared, no other, and the hits are the same."""
    query = match_form({"names": ["Muhammad Ali"], "birth_dates": ["1961-02-11"]})
    reach = rank._logit(0.7 - rank._ROUNDING) - rank._best_names_logit(rank.ALGORITHM)
    dated = [i for i, form in enumerate(FORMS)
             if rank.ALGORITHM.bias + rank._other_logits(query, [form], rank.ALGORITHM)[0]
             + rank._EPS >= reach]
    assert 0 < len(dated) <= rank._FEW
    hits = rank_forms(query, FORMS, limit=10, min_score=0.7)
    assert sorted(map(id, compared)) == sorted(id(FORMS[i]) for i in dated)
    scores = [compare_forms(query, form).score for form in FORMS]
    assert hits
    assert [i for i, _ in hits] == sorted((i for i in dated if scores[i] >= 0.7),
                                          key=_order(query))


def test_of_equal_scores_the_name_as_given_comes_before_one_with_parts_more() -> None:
    query = match_form({"names": ["Ivan Petrov"], "birth_dates": ["1980"]})
    forms = [match_form({"names": [name], "birth_dates": ["1980-05-05"]}) for name in
             ("Ivan Sergeevich Nikolai Petrov", "Ivan Sergeevich Petrov", "Ivan Petrov")]
    scores = {compare_forms(query, form).score for form in forms}
    assert len(scores) == 1  # names the query did not give add nothing (person_v1)
    assert [i for i, _ in rank_forms(query, forms, limit=3)] == [2, 1, 0]
