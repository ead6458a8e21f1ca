"""Matching features: small functions over a pair of persons, each returning a value.

A feature's value is a number, usually in 0..1; an algorithm (``person_v1``) weighs it.
The first line of each docstring is the sentence an officer reads in the explanation, so
write it for them. A feature returns ``(value, detail)``; ``detail`` says what it compared.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from polex.normalize.names import mandarin_like
from polex.search.match_form import MatchForm, NameForm
from polex.search.similarity import SAME_NAME_FROM, NameMatch, name_similarity

__all__ = [
    "FEATURES",
    "Pair",
    "birth_date_match",
    "birth_date_mismatch",
    "given_name_mismatch",
    "name_extra_parts",
    "name_rarity",
    "name_similarity_feature",
    "names_fall_short",
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
    def dates(self) -> tuple[float, float, str, Date | None, Date | None]:
        """Agreement and conflict of the best pair of dates of birth, how, and the pair."""
        return best_dates(self.a.birth_dates, self.b.birth_dates)


def name_similarity_feature(pair: Pair) -> tuple[float, Detail]:
    """How alike the names sound, part by part, in any script and order (0 to 1)."""
    match, na, nb = pair.names
    detail = {"query": na.full, "record": nb.full, "query_latin": na.latin,
              "record_latin": nb.latin, "parts": [p.to_dict() for p in match.parts]}
    return match.similarity, detail


# Below _CLOSE, names are alike the way unrelated names of a candidate set are: the
# calibration's searches (calibrate.synthetic_searches, seed 12, 20,000 persons) hold 0.4 %
# of true pairs below 0.75 and 87 % of other candidates below 0.7. The linear similarity
# term cannot say so: it moves only 2.12 × 0.15 between 0.9 and 0.75.
_CLOSE = 0.9
_LOOSE = 0.75


def names_fall_short(pair: Pair) -> tuple[float, Detail]:
    """The names are alike only as loosely as unrelated names often are (0 to 1).

    0 when the best-matching names are at least 0.9 alike, rising to 1 at 0.75 or less:
    with the same date of birth, a stranger whose names share only some letters or
    consonants (Gisela Schafer, Isabel Fernández González) is not the person searched for.
    """
    match, na, nb = pair.names
    value = min(1.0, max(0.0, (_CLOSE - match.similarity) / (_CLOSE - _LOOSE)))
    if value and _other_dialect(na, nb):
        value *= _DIALECT_DISCOUNT  # 蒋介石 Chiang Kai-shek: another dialect's reading
    return value, {"similarity": round(match.similarity, 3)}


def name_extra_parts(pair: Pair) -> tuple[float, Detail]:
    """Name parts one side has and the other lacks (a dropped middle name): no evidence."""
    match = pair.names[0]
    return min(match.extra, 2) / 2, {"unmatched": list(match.unmatched)}


def name_rarity(pair: Pair) -> tuple[float, Detail]:
    """How many records share this name: a common name is weaker evidence (0 if rare).

    The value is the natural log of the number of indexed records holding two parts of the
    searched name together (0 for a name held by one record or none, and when nobody
    counted). It depends on the search alone, so it moves every candidate's score by the
    same amount: it decides whether a search hits, never the order of its candidates.
    """
    count = pair.a.name_count
    value = math.log(count) if count and count > 1 else 0.0
    if count is None:
        return 0.0, {"records_sharing_name": None,
                     "description": "Records sharing this name were not counted (no index)."}
    return value, {"records_sharing_name": count,
                   "description": f"{count} records share this name; "
                                  "a common name is weaker evidence."}


# Paired parts at least this alike are the same name written differently (transliteration,
# typo); below it they count as two different names, fully so at _CONFLICT_FULL.
_CONFLICT_FROM = SAME_NAME_FROM  # similarity.py labels a shared-ending pair below it
_CONFLICT_FULL = 0.4
_JOINED_SAME = 0.9  # names alike when written as one: parts split differently, no conflict
_PATRONYMIC = re.compile(r"(ovich|evich|ovych|evych|ovna|evna|ivna|ich|ogly|kyzy)$")


def _edge_unpaired(match: NameMatch, na: NameForm, nb: NameForm) -> float:
    """1 if the longer name's first part is unpaired, ½ if its last is (not a patronymic)
    and the shorter name is one part.

    By position, not by text: in Mohammed Mohammed Al-Jubouri the unpaired part against
    Al-Jubouri Mohammed is the second, his father's name, though it reads as the first."""
    if len(na.tokens) >= len(nb.tokens):
        longer, shorter, unpaired = na, nb, match.unpaired_a
    else:
        longer, shorter, unpaired = nb, na, match.unpaired_b
    if 0 in unpaired:
        return 1.0  # the given name of one side is missing on the other: Abbas Muhammad X
    last = len(longer.tokens) - 1
    if last not in unpaired or _PATRONYMIC.search(longer.tokens[last].text):
        return 0.0
    # Hiroya for Hiroya Masuda is a given name without its family, weak evidence of either;
    # but Roberto Torres for Roberto Torres Mendoza leaves out a second family name, as
    # records abroad often do (a part one side lacks is no evidence: person_v1).
    return 0.5 if len(shorter.tokens) == 1 else 0.0


def given_name_mismatch(pair: Pair) -> tuple[float, Detail]:
    """A name part on one side has no counterpart: a different given name (0 to 1).

    Same family name (and patronymic) with another given name is another person, often a
    brother. Counts the worst pair of parts the alignment had to put together (fully when
    they are plainly different names), or an extra name at the start or end of the
    longer name (the given-name position; a dropped middle name or patronymic does not
    count).
    """
    match, na, nb = pair.names
    joined = bool(match.parts) and match.parts[0].how == "written as one"
    if joined and match.similarity >= _JOINED_SAME:
        return 0.0, {"different_parts": [], "unmatched": []}  # parts split differently
    if len(match.aligned) < min(len(na.tokens), len(nb.tokens)):
        worst = 0.0  # a part of the shorter name found no partner at all
    else:
        worst = min((p.similarity for p in match.aligned), default=1.0)
    value = min(1.0, max(0.0, (_CONFLICT_FROM - worst) / (_CONFLICT_FROM - _CONFLICT_FULL)))
    if value < 1.0 and match.extra:
        value = max(value, _edge_unpaired(match, na, nb))
    if value and _other_dialect(na, nb):
        value *= _DIALECT_DISCOUNT
    conflicts = [p.to_dict() for p in match.aligned if p.similarity < _CONFLICT_FROM]
    return value, {"different_parts": conflicts, "unmatched": list(match.unmatched)}


# Chinese names written in Latin letters may be Cantonese or Hokkien readings (Chiang
# Kai-shek for 蒋介石 Jiang Jieshi, Lau Tak-wah for 刘德华): their sounds differ from the
# Mandarin romanisation, so a given name that does not match is weaker evidence.
_DIALECT_DISCOUNT = 0.5


def _other_dialect(na: NameForm, nb: NameForm) -> bool:
    if (na.script == "Hani") == (nb.script == "Hani"):
        return False
    return _may_read_another_dialect(nb if na.script == "Hani" else na)


def _may_read_another_dialect(name: NameForm) -> bool:
    """Whether a name, against a Han one, may be another dialect's reading of it: written
    in Latin letters, and not all Mandarin syllables (rank.py bounds by it too)."""
    return name.script == "Latn" and not all(mandarin_like(t.text) for t in name.tokens)


@lru_cache(maxsize=65536)
def _fmt(d: Date | None) -> str | None:
    if d is None:
        return None
    y, m, day = d
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{day:02d}" if day else "")


def _year_only(d: Date) -> bool:
    # 1 January is what many registries write for "unknown": it says the year, nothing more.
    return d[1] is None or (d[1] == 1 and d[2] == 1)


def _one_digit_off(a: Date, b: Date) -> bool:
    sa, sb = _fmt(a) or "", _fmt(b) or ""
    return len(sa) == len(sb) and sum(x != y for x, y in zip(sa, sb, strict=True)) == 1


def _keying_error(a: Date, b: Date) -> str | None:
    """Two full dates one keying slip apart: a digit, the day or year off by one, a decade."""
    if _one_digit_off(a, b):
        return "one digit differs"
    (ya, ma, da), (yb, mb, db) = a, b
    if ma == mb and da == db and abs(ya - yb) in (1, 10):
        return "year off by one" if abs(ya - yb) == 1 else "decade differs (1990 for 2000)"
    if ya == yb and ma == mb and da and db and abs(da - db) == 1:
        return "day off by one"
    return None


DateVerdict = tuple[float, float, str]  # agreement 0..1, conflict 0..1, how

# What a date that agrees only in part is worth, as a share of the same date's weight,
# where both sides give at least a year and a month: fitted on 300,000-person calibration
# searches with every other weight fixed (``bench/date_levels.py``; docs/matching.md, "The
# date's levels"). Strangers often agree this far (at 300,000 persons, twelve times as
# many candidates are one keying slip from the query's date as share it), and true pairs
# rarely differ so (~6 % of them): a slip weighs a fifth of the same date, not 0.6.
SWAPPED = 0.35  # day and month swapped
SLIP = 0.2  # one keying slip: a digit, the day or year off by one, a decade
# The same year and month, without a day on one side or both: fitted at 0.32, but a year
# and month say more than the year alone (``SAME_YEAR``), so never less.
YEAR_MONTH = 0.4
# The same month with a year slip, no day: strangers agree so about as often as true
# pairs do, so it is no evidence (fitted below 0).
YEAR_MONTH_SLIP = 0.0
# Only the year known on one side: the same year, or a year or a decade apart (set by
# hand: docs/matching.md says why the fit is not used for them).
SAME_YEAR = 0.4
NEAR_YEAR = 0.2
# The most two dates agree when the record was born in no month the query seeks
# (``selection.Sought``: the query's months, and its day read as a month): a search for
# hits only skips the records that would need more (``service``; a test holds every
# verdict of ``date_agreement`` to it).
BEST_BUT_THE_MONTH = max(SAME_YEAR, NEAR_YEAR, SLIP, YEAR_MONTH_SLIP)
# The most two dates agree when the record was born on no day sought (``Sought.days``: the
# query's full dates but 1 January): every verdict but "same date" (a test holds every
# verdict to it). A search for hits only reads no other record when even that cannot reach
# the threshold (``plan.day_needed``).
BEST_BUT_THE_DAY = max(BEST_BUT_THE_MONTH, SWAPPED, YEAR_MONTH)


@lru_cache(maxsize=65536)
def date_agreement(a: Date, b: Date) -> DateVerdict:
    """How far two partial dates agree and conflict (each 0..1), and in which known way."""
    gap = abs(a[0] - b[0])
    if _year_only(a) or _year_only(b):
        if gap == 0:
            return SAME_YEAR, 0.0, "same year (only the year is known on one side)"
        if gap == 1:
            return NEAR_YEAR, 0.0, "years one apart (only the year is known on one side)"
        if gap == 10:  # the decade digit mistyped, as for full dates (1989 for 1999)
            return NEAR_YEAR, 0.0, "decade differs (only the year is known on one side)"
        return 0.0, 1.0, f"years {gap} apart"
    if a == b and a[2] is not None:
        return 1.0, 0.0, "same date"
    # Two year-month dates alike are a year and month agreeing, not a day: strangers do so
    # one time in ~800, not one in ~25,000 (Francesca / Francesco Martinelli, 1992-09).
    if a[2] is None or b[2] is None:
        if a[1] == b[1] and gap in (0, 1, 10):
            if gap:
                return YEAR_MONTH_SLIP, 0.0, "same month, year one digit or one year off (no day)"
            return YEAR_MONTH, 0.0, "same year and month (no day)"
        return 0.0, (1.0 if gap > 1 else 0.5), "different year or month"
    if gap == 0 and a[1] == b[2] and a[2] == b[1]:
        return SWAPPED, 0.0, "day and month swapped"
    slip = _keying_error(a, b)
    if slip:
        return SLIP, 0.0, slip
    if gap > 1:
        return 0.0, 1.0, f"years {gap} apart"
    return 0.0, 0.5, "same or next year, month or day differ"


NO_DATES: tuple[float, float, str, Date | None, Date | None] = (
    0.0, 0.0, "a date of birth is missing on one side", None, None)


@lru_cache(maxsize=65536)
def best_dates(
    da: tuple[Date, ...], db: tuple[Date, ...]
) -> tuple[float, float, str, Date | None, Date | None]:
    """The best-agreeing pair of dates of birth: a clash counts only if no pair agrees."""
    best = NO_DATES
    for x in da:
        for y in db:
            level, conflict, how = date_agreement(x, y)
            if best is NO_DATES or (level, -conflict) > (best[0], -best[1]):
                best = (level, conflict, how, x, y)
    return best


def birth_date_match(pair: Pair) -> tuple[float, Detail]:
    """The dates of birth agree: fully, partially, or with a known kind of error."""
    level, _, how, da, db = pair.dates
    return level, {"query": _fmt(da), "record": _fmt(db), "how": how}


def birth_date_mismatch(pair: Pair) -> tuple[float, Detail]:
    """The dates of birth cannot be the same day: years apart (1), or month and day differ.

    Years more than one apart count fully (a typo of one digit with the same month and day
    does not count); the same or the next year with another month or day counts half.
    """
    conflict, how = pair.dates[1], pair.dates[2]
    return conflict, {"query": [_fmt(d) for d in pair.a.birth_dates],
                      "record": [_fmt(d) for d in pair.b.birth_dates], "how": how}


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
    names_fall_short: "names",
    name_extra_parts: "names",
    name_rarity: "names",
    given_name_mismatch: "names",
    birth_date_match: "birth_dates",
    birth_date_mismatch: "birth_dates",
    sex_mismatch: "sex",
    nationality_match: "nationalities",
    nationality_mismatch: "nationalities",
}
