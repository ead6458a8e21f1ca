"""Candidate keys: variants of a name share a key; unrelated names do not."""

from __future__ import annotations

import pytest

from polex.search import match_form, person_keys, query_keys
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
    # 3 per part, plus consonant pairs and initial pairs with the first or last part
    assert len(keys) <= 24


def test_match_form_round_trips_through_json() -> None:
    form = match_form({"names": [{"full": "김정은"}], "birth_dates": ["1984-01"], "sex": "M",
                       "nationalities": ["PRK"]})
    assert MatchForm.from_json(form.to_json()) == form


def test_abjad_and_latin_spellings_share_a_key() -> None:
    from polex.search.keys import query_keys

    assert query_keys({"name": "حسن"}) & query_keys({"name": "Hasan"})
    assert query_keys({"name": "عمر مصطفى"}) & query_keys({"name": "Omar Mostafa"})
    assert query_keys({"name": "فاطمة حسن"}) & query_keys({"name": "Fatemah Hasan"})


@pytest.mark.parametrize(("abjad", "latin", "pair"), [
    ("خالد الصالح", "Khaled Alsaleh", "q:hld+sl"),
    ("عبد الله حسن", "Abdullah Hassan", "q:bdl+hsn"),
])
def test_a_final_h_the_latin_spelling_drops_still_pairs(abjad: str, latin: str, pair: str
                                                         ) -> None:
    # Latin drops a final h after a vowel (Saleh, Abdullah), an abjad writes it (صالح,
    # الله): the pair key of the two parts must meet all the same.
    assert pair in query_keys({"name": abjad}) & person_keys({"names": [{"full": latin}]})


def test_short_chinese_names_have_a_pair_key() -> None:
    from polex.search.keys import query_keys

    shared = query_keys({"name": "张军"}) & query_keys({"name": "Jun Zhang"})
    assert any(k.startswith("p:") for k in shared)


def test_greek_chi_meets_ch() -> None:
    from polex.search.keys import query_keys

    assert "v:krastas" in query_keys({"name": "Χρήστος"}) & query_keys({"name": "Christos"})


def test_a_typo_in_one_part_still_shares_an_initial_pair_key() -> None:
    from polex.search.keys import query_keys

    shared = query_keys({"name": "Veronica Lopez Ramirez"}) & query_keys({"name": "Veonica LOPEZ"})
    assert "i:v+lps" in shared  # Lopez alone is shared by thousands
    assert "i:a+mstf" in query_keys({"name": "عمر مصطفى"}) & query_keys({"name": "Oar Mostafa"})


def test_a_typo_beside_a_short_part_still_meets() -> None:
    from polex.search.keys import query_keys

    # Kaya and Lea have one consonant: their vowel key stands in the initial pair key.
    assert "i:m+ka" in query_keys({"name": "Mustafa Kaya"}) & query_keys({"name": "Mutsafa Kaya"})
    assert "i:m+la" in query_keys({"name": "Léa Martin"}) & query_keys({"name": "Lea Matrin"})
