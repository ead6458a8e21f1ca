"""A given name written as another language writes it: the same person matches, and the
search finds them; another given name does not become alike (issue 3, name equivalents).

Positives are pairs an officer would call the same name (same date of birth, so a hit is
expected); negatives are another person of the same family whose given name has
equivalents of its own, who must stay below the hit threshold even with the same date.
"""

from __future__ import annotations

import itertools

import pytest

from polex.normalize.name_equivalents import EQUIVALENTS
from polex.normalize.names import detect_script, loose_key, match_tokens, romanize
from polex.search import compare, person_keys, query_keys
from polex.search.match_form import TokenForm, token_form
from polex.search.person_v1 import ALGORITHM
from polex.search.similarity import token_similarity

DOB = {"birth_dates": ["1975-03-14"]}

SAME = [
    ("Лев Толстой", "Leo Tolstoy"),
    ("Лев Толстой", "Léon Tolstoï"),
    ("Пётр Щербаков", "Peter Shcherbakov"),
    ("Pyotr Ivanov", "Pierre Ivanov"),  # both in Latin letters: a passport, a French file
    ("Petr Sokolov", "Peter Sokolow"),
    ("Михаил Горбачёв", "Michael Gorbachev"),
    ("Екатерина Смирнова", "Katharina Smirnowa"),
    ("Георгий Жуков", "George Zhukov"),
    ("Павел Попов", "Paul Popov"),
    ("Микола Шевченко", "Nicholas Shevchenko"),  # a Ukrainian in an English file
    ("Siarhei Ivanov", "Сергей Иванов"),  # a Belarusian passport and a Russian file
    ("Uladzimir Kovalenko", "Vladimir Kovalenko"),
    ("Heinrich Schliemann", "Генрих Шлиман"),  # a German in a Russian file
    ("Майкл Джексон", "Michael Jackson"),
]


@pytest.mark.parametrize(("query", "record"), SAME)
def test_the_equivalent_given_name_is_a_hit(query: str, record: str) -> None:
    result = compare({"names": [query], **DOB}, {"names": [record], **DOB})
    assert result.score >= ALGORITHM.threshold, result.explanation[:2]


@pytest.mark.parametrize(("query", "record"), SAME)
def test_the_equivalent_given_name_shares_a_candidate_key(query: str, record: str) -> None:
    assert query_keys({"name": query}) & person_keys({"names": [{"full": record}]})


def test_the_explanation_says_equivalent_name() -> None:
    result = compare({"names": ["Лев Толстой"]}, {"names": ["Leo Tolstoy"]})
    names = next(e for e in result.explanation if e["field"] == "names" and "parts" in e)
    given = next(p for p in names["parts"] if p["query"] == "lev")
    assert (given["record"], given["how"]) == ("leo", "equivalent name")
    # A transliteration stays a spelling variant, not an equivalent.
    result = compare({"names": ["Пётр Иванов"]}, {"names": ["Pjotr Ivanov"]})
    names = next(e for e in result.explanation if e["field"] == "names" and "parts" in e)
    assert {p["how"] for p in names["parts"]} <= {"same", "spelling variant"}


OTHER = [
    ("John Sokolov", "Иван Соколов"),  # Ivan is not John
    ("Leo Sokolov", "Лука Соколов"),
    ("Eugene Sokolov", "Юрий Соколов"),
    ("Andrew Sokolov", "Александр Соколов"),
    ("Siarhei Sokolov", "Станислав Соколов"),
    ("Helen Sokolova", "Ольга Соколова"),
    ("Sophie Sokolova", "Юлия Соколова"),
]


@pytest.mark.parametrize(("query", "record"), OTHER)
def test_another_given_name_with_equivalents_is_not_a_hit(query: str, record: str) -> None:
    result = compare({"names": [query], **DOB}, {"names": [record], **DOB})
    assert result.score < ALGORITHM.threshold, result.explanation[:2]


def _rows() -> list[tuple[list[str], list[str]]]:
    rows = []
    for line in EQUIVALENTS.strip().splitlines():
        cells = [[f.strip() for f in c.split(",") if f.strip()] for c in line.split("|")]
        rows.append(([f for c in cells[:3] for f in c], [f for c in cells[3:] for f in c]))
    return rows


def _part(name: str) -> TokenForm:
    return token_form(match_tokens(name)[0], detect_script(name))


def test_an_equivalent_never_makes_two_names_of_the_table_the_same() -> None:
    # Rows that share no spelling are different names: none of one row's Cyrillic forms may
    # meet another row's Latin form as an equivalent or at the level of a spelling variant,
    # unless the two rows' Latin forms already meet so (the French reading makes Jeanne
    # Jean; Жан, written for Jean, inherits that, as it should).
    rows = _rows()
    spellings = [{loose_key(romanize(f)) for f in cyr + lat} for cyr, lat in rows]
    checked = 0
    for (i, (cyr, own)), (j, (_, lat)) in itertools.permutations(enumerate(rows), 2):
        if spellings[i] & spellings[j]:
            continue  # Майкл and Михаил are both Michael
        for b in lat:
            if any(token_similarity(_part(x), _part(b))[0] >= 0.97 for x in own):
                continue
            for a in cyr:
                similarity, how = token_similarity(_part(a), _part(b))
                assert how != "equivalent name" and similarity < 0.97, (a, b, similarity, how)
                checked += 1
    assert checked > 10_000
