"""Candidate keys: variants of a name share a key; unrelated names do not."""

from __future__ import annotations

import pytest

from polex.search import match_form, person_keys, query_keys, select_candidates
from polex.search.match_form import MatchForm

SHARED = [
    ("Mohammed Ali", "Мухаммед Али"),
    ("Muhammad", "محمد"),
    ("Kim Jong-un", "김정은"),
    ("Park Chung-hee", "박정희"),
    ("Mao Zedong", "毛泽东"),
    ("Vladimir Putin", "Владимир Путин"),
    ("Rodriguez Jose", "José Rodríguez"),
]


@pytest.mark.parametrize(("query", "record"), SHARED)
def test_variants_share_a_key(query: str, record: str) -> None:
    assert query_keys({"name": query}) & person_keys({"names": [{"full": record}]})


def test_unrelated_names_share_no_key() -> None:
    record = {"names": [{"full": "Ivan Petrov"}]}
    assert not query_keys({"name": "John Smith"}) & person_keys(record)


def test_keys_per_name_stay_few() -> None:
    keys = person_keys({"names": [{"full": "Abdullah Mohammed Hassan Al-Rashid"}]})
    assert len(keys) <= 14  # 3 per part, plus consonant pairs with the first or last part


def test_select_candidates_prefers_rare_keys_and_is_bounded() -> None:
    postings = {"v:common": list(range(1000)), "v:rare": [7, 8]}
    chosen = select_candidates(postings, total=10_000, limit=5)
    assert chosen[:2] == [7, 8] or chosen[:2] == [8, 7]
    assert len(chosen) <= 5


def test_match_form_round_trips_through_json() -> None:
    form = match_form({"names": [{"full": "김정은"}], "birth_dates": ["1984-01"], "sex": "M",
                       "nationalities": ["PRK"]})
    assert MatchForm.from_json(form.to_json()) == form


def test_abjad_and_latin_spellings_share_a_key() -> None:
    from polex.search.keys import query_keys

    assert query_keys({"name": "حسن"}) & query_keys({"name": "Hasan"})
    assert query_keys({"name": "عمر مصطفى"}) & query_keys({"name": "Omar Mostafa"})
    assert query_keys({"name": "فاطمة حسن"}) & query_keys({"name": "Fatemah Hasan"})


def test_short_chinese_names_have_a_pair_key() -> None:
    from polex.search.keys import query_keys

    shared = query_keys({"name": "张军"}) & query_keys({"name": "Jun Zhang"})
    assert any(k.startswith("p:") for k in shared)


def test_greek_chi_meets_ch() -> None:
    from polex.search.keys import query_keys

    assert "v:krastas" in query_keys({"name": "Χρήστος"}) & query_keys({"name": "Christos"})
