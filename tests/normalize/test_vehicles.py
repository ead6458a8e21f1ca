"""VINs: ISO 3779 characters, the 49 CFR 565 check digit, North America vs the rest."""

from __future__ import annotations

import pytest

from polex.normalize.vehicles import check_vin, normalize_vin, vin_check_digit

# VINs published as examples, each checked against the algorithm before being listed here.
VALID = [
    ("1M8GDM9AXKP042788", "X"),  # 49 CFR 565 / NHTSA worked example
    ("11111111111111111", "1"),  # the classic all-ones test VIN
    ("1HGBH41JXMN109186", "X"),  # the Honda example of many VIN decoders
    ("1HGCM82633A004352", "3"),
    ("1G1JC124627237595", "6"),
    ("JH4KA7532NC036794", "2"),  # Japanese WMI that still carries a check digit
]


@pytest.mark.parametrize(("vin", "digit"), VALID)
def test_check_digit_of_published_vins(vin: str, digit: str) -> None:
    assert vin_check_digit(vin) == digit
    assert check_vin(vin) == []


@pytest.mark.parametrize(
    ("raw", "vin"),
    [
        ("1m8gdm9axkp042788", "1M8GDM9AXKP042788"),
        (" 1M8-GDM9AX KP042788 ", "1M8GDM9AXKP042788"),
        ("WVW.ZZZ.1J.Z.XW.000001", "WVWZZZ1JZXW000001"),
    ],
)
def test_normalize_vin_upper_cases_and_drops_separators(raw: str, vin: str) -> None:
    assert normalize_vin(raw) == vin


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("1M8GDM9AXKP04278", "16 characters"),
        ("1M8GDM9AXKP0427881", "18 characters"),
        ("", "0 characters"),
        ("1M8GDM9AXKPO42788", "position 12: 'O' never appears in a VIN .* probably '0'"),
        ("IM8GDM9AXKP042788", "position 1: 'I' never appears .* probably '1'"),
        ("1M8GDM9AXKP04278Q", "position 17: 'Q'"),
        ("1M8GDM9AXKP04278*", "position 17: '\\*' is not a letter or digit"),
        ("1M8GDM9AXKP04278É", "position 17: 'É' is not a letter or digit"),
    ],
)
def test_normalize_vin_refuses_what_cannot_be_a_vin(raw: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        normalize_vin(raw)


def test_a_wrong_check_digit_is_an_error_in_north_america() -> None:
    with pytest.raises(ValueError, match="position 9: check digit is '8', expected 'X'"):
        check_vin("1M8GDM9A8KP042788")


def test_outside_north_america_a_mismatch_is_only_a_warning() -> None:
    # A European VIN: VW uses position 9 as a filler 'Z', not a check digit.
    warnings = check_vin("WVWZZZ1JZXW000001")
    assert len(warnings) == 1
    assert "not necessarily a check digit" in warnings[0]
