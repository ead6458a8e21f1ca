"""Partial dates: a year, a year and month, or a full day (ISO 8601 forms)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = ["PartialDate", "parse_partial_date"]

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, month or day; ``iso`` is its canonical text."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        """``year``, ``month`` or ``day``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def iso(self) -> str:
        """``1974``, ``1974-08`` or ``1974-08-12``."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.iso


def parse_partial_date(
    value: str | date, *, min_year: int = 1850, max_year: int = 2100
) -> PartialDate:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ``ValueError`` saying why not."""
    if isinstance(value, date):
        return PartialDate(value.year, value.month, value.day)
    text = str(value).strip()
    match = _ISO.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if not min_year <= year <= max_year:
        raise ValueError(f"{text!r}: year {year} is outside {min_year}–{max_year}")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{text!r}: month {month} does not exist")
    if day is not None:
        assert month is not None
        try:
            date(year, month, day)
        except ValueError:
            raise ValueError(f"{text!r}: day {day} does not exist in {year}-{month:02d}") from None
    return PartialDate(year, month, day)
