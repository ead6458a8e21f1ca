"""Matching features: small functions over a pair of persons, each returning a value.

A feature's value is a number, usually in 0..1; an algorithm (``person_v1``) weighs it.
The first line of each docstring is the sentence an officer reads in the explanation, so
write it for them. A feature returns ``(value, detail)``; ``detail`` says what it compared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from polex.search.match_form import MatchForm, NameForm
from polex.search.similarity import NameMatch, name_similarity

__all__ = [
    "FEATURES",
    "Pair",
    "birth_date_match",
    "birth_date_mismatch",
    "name_extra_parts",
    "name_similarity_feature",
    "nationality_match",
    "nationality_mismatch",
    "sex_mismatch",
]

Detail = dict[str, Any]
Date = tuple[int, int | None, int | None]


@dataclass
class Pair:
    """A query (or first person) and a record (or second person), compared lazily."""

    a: MatchForm
    b: MatchForm

    @cached_property
    def names(self) -> tuple[NameMatch, NameForm, NameForm]:
        """The best-matching pair of names over all names and aliases of both sides."""
        best: tuple[NameMatch, NameForm, NameForm] | None = None
        for na in self.a.names:
            for nb in self.b.names:
                match = name_similarity(na, nb)
                key = (match.similarity, -match.extra)
                if best is None or key > (best[0].similarity, -best[0].extra):
                    best = (match, na, nb)
        assert best is not None  # a match form always has a name
        return best

    @cached_property
    def dates(self) -> tuple[float, str, Date | None, Date | None]:
        """The best agreement level between any two dates of birth, and how."""
        best: tuple[float, str, Date | None, Date | None] = (0.0, "different", None, None)
        for da in self.a.birth_dates:
            for db in self.b.birth_dates:
                level, how = date_agreement(da, db)
                if level > best[0]:
                    best = (level, how, da, db)
        return best


def name_similarity_feature(pair: Pair) -> tuple[float, Detail]:
    """How alike the names sound, part by part, in any script and order (0 to 1)."""
    match, na, nb = pair.names
    detail = {"query": na.full, "record": nb.full, "query_latin": na.latin,
              "record_latin": nb.latin, "parts": [p.to_dict() for p in match.parts]}
    return match.similarity, detail


def name_extra_parts(pair: Pair) -> tuple[float, Detail]:
    """Name parts on one side that the other side lacks (a dropped middle name counts little)."""
    match = pair.names[0]
    return min(match.extra, 2) / 2, {"unmatched": list(match.unmatched)}


@lru_cache(maxsize=65536)
def _fmt(d: Date | None) -> str | None:
    if d is None:
        return None
    y, m, day = d
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{day:02d}" if day else "")


def _placeholder(d: Date) -> bool:
    return d[1] == 1 and d[2] == 1  # 1 January is what many registries write for "unknown"


def _one_digit_off(a: Date, b: Date) -> bool:
    sa, sb = _fmt(a) or "", _fmt(b) or ""
    return len(sa) == len(sb) and sum(x != y for x, y in zip(sa, sb, strict=True)) == 1


@lru_cache(maxsize=65536)
def date_agreement(a: Date, b: Date) -> tuple[float, str]:
    """How far two partial dates agree (0..1) and in which known way."""
    if a[0] != b[0]:
        if a[1:] == b[1:] and a[2] and _one_digit_off(a, b):
            return 0.6, "year differs by one digit"
        return 0.0, "different"
    if a[1] is None or b[1] is None:
        return 0.5, "same year (one date has only the year)"
    if _placeholder(a) or _placeholder(b):
        return 0.5, "same year (1 January stands for an unknown day)"
    if a[1] == b[1]:
        if a[2] is None or b[2] is None:
            return 0.7, "same year and month (one date has no day)"
        if a[2] == b[2]:
            return 1.0, "same date"
        return (0.6, "day differs by one digit") if _one_digit_off(a, b) else (0.0, "different")
    if a[2] and b[2] and a[1] == b[2] and a[2] == b[1]:
        return 0.8, "day and month swapped"
    if _one_digit_off(a, b):
        return 0.6, "month differs by one digit"
    return 0.0, "different"


def birth_date_match(pair: Pair) -> tuple[float, Detail]:
    """The dates of birth agree: fully, partially, or with a known kind of error."""
    level, how, da, db = pair.dates
    return level, {"query": _fmt(da), "record": _fmt(db), "how": how}


def birth_date_mismatch(pair: Pair) -> tuple[float, Detail]:
    """Both sides give a date of birth and no two of them can be the same day."""
    if not pair.a.birth_dates or not pair.b.birth_dates:
        return 0.0, {"how": "a date of birth is missing on one side"}
    clash = pair.dates[0] == 0.0
    return float(clash), {"query": [_fmt(d) for d in pair.a.birth_dates],
                          "record": [_fmt(d) for d in pair.b.birth_dates]}


def sex_mismatch(pair: Pair) -> tuple[float, Detail]:
    """Both sides give a sex (M or F) and they differ."""
    sa, sb = pair.a.sex, pair.b.sex
    return float(bool(sa and sb and sa != sb)), {"query": sa, "record": sb}


def nationality_match(pair: Pair) -> tuple[float, Detail]:
    """The two sides share a nationality."""
    common = pair.a.nationalities & pair.b.nationalities
    return float(bool(common)), {"common": sorted(common)}


def nationality_mismatch(pair: Pair) -> tuple[float, Detail]:
    """Both sides give nationalities and share none (weak: people change or add them)."""
    na, nb = pair.a.nationalities, pair.b.nationalities
    clash = bool(na and nb and not na & nb)
    return float(clash), {"query": sorted(na), "record": sorted(nb)}


Feature = Callable[[Pair], tuple[float, Detail]]

# Which record field each feature speaks about, for grouping explanations.
FEATURES: dict[Feature, str] = {
    name_similarity_feature: "names",
    name_extra_parts: "names",
    birth_date_match: "birth_dates",
    birth_date_mismatch: "birth_dates",
    sex_mismatch: "sex",
    nationality_match: "nationalities",
    nationality_mismatch: "nationalities",
}
