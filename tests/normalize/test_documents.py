"""Document numbers: canonical text, and the key under which misreadings meet."""

from __future__ import annotations

import pytest

from polex.normalize.documents import canonical_number, confusable_key


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("L898902C3", "L898902C3"),
        ("l898 902-c3", "L898902C3"),
        ("AB.12/34_56", "AB123456"),
        ("D23145890734", "D23145890734"),  # long numbers are never cut to nine
        ("X" * 40, "X" * 40),
    ],
)
def test_canonical_number(raw: str, number: str) -> None:
    assert canonical_number(raw) == number


@pytest.mark.parametrize(("raw", "words"), [("", "empty"), (" - ", "empty"), ("AB#12", "'#'")])
def test_canonical_number_refuses(raw: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        canonical_number(raw)


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("L898902C3", "1898902C3"),  # L / 1
        ("AB0123", "A80I23"),  # B / 8, 1 / I
        ("SO1234", "501234"),  # S / 5, O / 0
        ("Q12", "012"),  # Q / 0
        ("Z9G", "296"),  # Z / 2, G / 6
        ("x-12 3", "X123"),  # separators and case
    ],
)
def test_misreadings_share_a_key(typed: str, printed: str) -> None:
    assert confusable_key(typed) == confusable_key(printed)


@pytest.mark.parametrize(("one", "other"), [("D123", "0123"), ("A123", "4123"), ("U1", "V1")])
def test_letters_left_out_of_the_confusable_set_stay_apart(one: str, other: str) -> None:
    assert confusable_key(one) != confusable_key(other)
