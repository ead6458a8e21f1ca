"""Dates: ISO partial dates, and the national layouts an ingest profile names."""

from __future__ import annotations

from datetime import date

import pytest

from polex.normalize.dates import PartialDate, parse_date_with_format, parse_partial_date


@pytest.mark.parametrize(
    ("value", "iso", "precision"),
    [
        ("1974", "1974", "year"),
        ("1974-08", "1974-08", "month"),
        ("1974-8-2", "1974-08-02", "day"),
        (date(1974, 8, 12), "1974-08-12", "day"),
    ],
)
def test_parse_partial_date(value: str | date, iso: str, precision: str) -> None:
    parsed = parse_partial_date(value)
    assert (parsed.iso, parsed.precision) == (iso, precision)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("12.08.1974", "expected YYYY"),
        ("1974-13", "month 13"),
        ("1980-02-31", "day 31 does not exist"),
        ("1700", "outside"),
    ],
)
def test_parse_partial_date_refuses(value: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_partial_date(value)


@pytest.mark.parametrize(
    ("value", "fmt", "iso"),
    [
        ("12.08.1974", "DD.MM.YYYY", "1974-08-12"),
        ("08/12/1974", "MM/DD/YYYY", "1974-08-12"),
        ("19740812", "YYYYMMDD", "1974-08-12"),
        ("12-AUG-1974", "DD-MON-YYYY", "1974-08-12"),
        ("12 aug 74", "DD MON YY", "1974-08-12"),
        ("1.8.1974", "DD.MM.YYYY", "1974-08-01"),
        ("00.08.1974", "DD.MM.YYYY", "1974-08"),  # day unknown
        ("00.00.1974", "DD.MM.YYYY", "1974"),  # day and month unknown
        ("1974", "YYYY", "1974"),
    ],
)
def test_parse_date_with_format(value: str, fmt: str, iso: str) -> None:
    assert parse_date_with_format(value, fmt).iso == iso


@pytest.mark.parametrize(
    ("value", "pivot", "year"),
    [
        ("12.08.74", 2026, 1974),
        ("12.08.26", 2026, 2026),
        ("12.08.27", 2026, 1927),
        ("01.01.00", 2026, 2000),
    ],
)
def test_two_digit_years_are_the_latest_year_not_after_the_pivot(
    value: str, pivot: int, year: int
) -> None:
    assert parse_date_with_format(value, "DD.MM.YY", pivot_year=pivot).year == year


@pytest.mark.parametrize(
    ("value", "fmt", "words"),
    [
        ("31.02.1980", "DD.MM.YYYY", r"day 31 does not exist in 1980-02 \(read as DD.MM.YYYY\)"),
        ("1974-08-12", "DD.MM.YYYY", "not a date in the form DD.MM.YYYY"),
        ("12.13.1974", "DD.MM.YYYY", "month 13"),
        ("12-XYZ-1974", "DD-MON-YYYY", "'XYZ' is not a month"),
        ("12.00.1974", "DD.MM.YYYY", "a day but no month"),
    ],
)
def test_parse_date_with_format_says_why_not(value: str, fmt: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_date_with_format(value, fmt)


def test_partial_dates_order_and_print() -> None:
    assert PartialDate(1974) < PartialDate(1974, 8) < PartialDate(1974, 8, 12)
    assert str(PartialDate(1974, 8)) == "1974-08"
