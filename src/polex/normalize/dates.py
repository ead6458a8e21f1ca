"""Partial dates: a year, a year and month, or a full day (ISO 8601 forms)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import total_ordering

__all__ = ["PartialDate", "parse_date_with_format", "parse_partial_date"]

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@total_ordering
@dataclass(frozen=True)
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

    def __lt__(self, other: object) -> bool:
        # Unknown parts sort first, so 1974 < 1974-08 < 1974-08-12 (dataclass ordering
        # would compare None with an int and fail).
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)


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


# -- national formats -----------------------------------------------------------------------

# Format tokens of an ingest profile. Anything else in the format is a literal separator.
_TOKENS = {
    "YYYY": r"(?P<year>\d{4})",
    "YY": r"(?P<yy>\d{2})",
    "MM": r"(?P<month>\d{1,2})",
    "MON": r"(?P<mon>[A-Za-z]{3})",
    "DD": r"(?P<day>\d{1,2})",
}
_TOKEN = re.compile("|".join(sorted(_TOKENS, key=len, reverse=True)))
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def _format_regex(fmt: str) -> re.Pattern[str]:
    parts, position = [], 0
    for match in _TOKEN.finditer(fmt):
        parts += [re.escape(fmt[position : match.start()]), _TOKENS[match.group()]]
        position = match.end()
    parts.append(re.escape(fmt[position:]))
    return re.compile("^" + "".join(parts) + "$")


def parse_date_with_format(value: str, fmt: str, *, pivot_year: int | None = None) -> PartialDate:
    """Parse ``value`` laid out as ``fmt`` (``DD.MM.YYYY``, ``MM/DD/YY``, ``YYYYMMDD``…).

    A day or month of ``00`` means unknown, as many national systems write it, and gives a
    partial date. A two-digit year is the latest year not after ``pivot_year`` (default:
    this year), which is right for dates of birth.
    """
    text = value.strip()
    match = _format_regex(fmt).match(text)
    if not match:
        raise ValueError(f"{text!r} is not a date in the form {fmt}")
    fields = match.groupdict()
    year = _year(fields, pivot_year or date.today().year)
    month = _month(fields, text, fmt)
    day = int(fields["day"]) if fields.get("day") else None
    if not month:
        if day:
            raise ValueError(f"{text!r} has a day but no month (expected {fmt})")
        return parse_partial_date(f"{year:04d}")
    iso = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    try:
        return parse_partial_date(iso)
    except ValueError as error:
        raise ValueError(f"{error} (read as {fmt})") from None


def _year(fields: dict[str, str | None], pivot_year: int) -> int:
    if fields.get("year"):
        return int(fields["year"] or 0)
    yy = int(fields["yy"] or 0)
    # The latest year ending in yy that is not after the pivot.
    year = pivot_year - (pivot_year - yy) % 100
    return year


def _month(fields: dict[str, str | None], text: str, fmt: str) -> int | None:
    if fields.get("mon"):
        name = (fields["mon"] or "").upper()
        if name not in _MONTHS:
            raise ValueError(f"{text!r}: {fields['mon']!r} is not a month (expected {fmt})")
        return _MONTHS.index(name) + 1
    return int(fields["month"]) if fields.get("month") else None
