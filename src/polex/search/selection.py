"""Candidate selection: which of the records found under a query's keys are scored.

A search reads the index rows of its rarest keys (``search.keys``); ``select_candidates``
ranks the records found by the rarity of the keys they share, counting the holders born
when the person sought was (``Sought``) as a rarer key, keeps those born in a month sought,
and returns a bounded number for scoring. Nothing here is stored: a change to it needs no
``polex index rebuild``.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from polex.search.keys import UNDATED
from polex.search.match_form import MatchForm

__all__ = ["BORN_IN_MONTH", "Sought", "select_candidates"]

# Keys are not independent evidence: one part gives up to four (Mohamed: v:mahamad, s:MMT,
# i:a+mhmd, q:…), so a plain sum lets a common part outweigh one rare shared key. Each
# further key of a candidate counts this much less than its previous one, rarest first.
_KEY_DECAY = 0.5


@dataclass(frozen=True)
class Sought:
    """When the person searched for was born, as candidate selection reads it: the years
    (each the query gives, and a year either side: a year keyed one off), the months (each
    full month the query gives, and the day read as the month when it can be one: 03.05
    and 05.03 are often the same date written two ways), the slips (each full month
    the query gives, a decade either side: the decade's digit keyed wrong, 1994 for 2004,
    and the month and day right), and the days (each full date the query gives)."""

    years: frozenset[int] = frozenset()
    months: frozenset[int] = frozenset()
    slips: frozenset[int] = frozenset()
    # Each full date the query gives as the index keeps it (``keys.birth_days``: 19810503),
    # but 1 January (the year alone, to the comparison): the dates a record must share to
    # agree as "the same date".
    days: frozenset[int] = frozenset()

    @classmethod
    def of(cls, form: MatchForm) -> Sought:
        """What a query's dates of birth say."""
        years = {y + step for y, _, _ in form.birth_dates for step in (-1, 0, 1)}
        months = {y * 100 + m for y, m, _ in form.birth_dates if m} | {
            y * 100 + d for y, m, d in form.birth_dates if m and d and d <= 12} | {
            # 1 January is registries' "unknown", which the comparison reads as the year
            # alone (features.date_agreement): a record giving only that year agrees as
            # well as one born in January.
            y * 100 for y, m, d in form.birth_dates if m == 1 and d == 1}
        # A month, not a year: a slip keeps the month, and a common key's holders born in
        # the years a decade off are twelve times as many to read (seeking those years cost
        # 4-6 % more CPU a search at 1M, docs/matching.md).
        slips = {(y + step) * 100 + m for y, m, _ in form.birth_dates if m
                 for step in (-10, 10) if y + step not in years}
        days = {y * 10_000 + m * 100 + d for y, m, d in form.birth_dates
                if m and d and (m, d) != (1, 1)}
        return cls(frozenset(years), frozenset(months), frozenset(slips), frozenset(days))

    def ranges(self) -> list[tuple[int, int]]:
        """The index's months of birth that can agree with the ones sought, as ranges in
        order: no date, the years sought, and the slips."""
        wanted = sorted([(UNDATED, UNDATED), *((y * 100, y * 100 + 99) for y in self.years),
                         *((month, month) for month in self.slips)])
        out = wanted[:1]
        for low, high in wanted[1:]:
            if low <= out[-1][1] + 1:  # runs on from the previous range (or is inside it)
                out[-1] = (out[-1][0], max(high, out[-1][1]))
            else:
                out.append((low, high))
        return out

    def close_ranges(self) -> list[tuple[int, int]]:
        """The index's months of birth that agree closely with the ones sought, as ranges
        in order: no date, each month sought, and each year sought with no month (a record
        giving only its year); with no month sought, ``ranges``."""
        if not self.months:
            return self.ranges()
        return sorted({(UNDATED, UNDATED), *((m, m) for m in self.months),
                       *((y * 100, y * 100) for y in self.years)})

    def levels(self, rows: Iterable[Sequence[Any]]) -> dict[Hashable, int]:
        """How the births of ``(id, month of birth)`` rows agree with the one sought, per
        id, at best: 2 born in a month sought, 1 in a year sought or a slip (ids with
        neither, or no date, are left out)."""
        months, years, slips = self.months, self.years, self.slips
        out: dict[Hashable, int] = {}
        for rid, month in rows:
            level = 2 if month in months else int(
                month in slips or (month != UNDATED and month // 100 in years))
            if level > out.get(rid, 0):
                out[rid] = level
        return out


def select_candidates(
    postings: Mapping[str, Iterable[Hashable]], total: int, limit: int = 200,
    max_df: float = 0.05, *, sizes: Mapping[str, int] | None = None,
    born: Mapping[Hashable, int] | None = None,
) -> list[Hashable]:
    """Rank ids found under the query's keys by the rarity of the keys they share.

    ``postings`` maps each query key to the ids stored under it (all of them, or a bounded
    read); ``sizes`` each key's number of records when that is more than was read;
    ``total`` is the number of indexed records. Keys held by more than ``max_df`` of them
    are skipped unless no other key is left (a query for "Mohammed" alone still finds
    something). A candidate's score is the idf of its rarest shared key, plus the next
    one's halved, and so on.

    ``born``: for the ids born when the person searched for was, how closely
    (``Sought.levels``). Among a key's holders, those born then count as sharing a key of
    their own, as rare as they are few (born in a month sought rarer still than in a year):
    of the thousand Andrei Ivanovs, the dozen born in 2005 are the candidates a query for
    one born in 2005 needs, and rank above the rest. Those born in a month sought are
    candidates, up to ``BORN_IN_MONTH`` of them, whatever outscores them.
    """
    sizes = sizes or {}
    usable = {k: list(dict.fromkeys(v)) for k, v in postings.items()}
    held = {k: max(sizes.get(k, 0), len(v)) for k, v in usable.items()}
    rare = {k: v for k, v in usable.items() if held[k] <= max(max_df * total, limit)}
    chosen = [(held[k], k, ids) for k, ids in (rare or usable).items()]
    if born:
        chosen = [part for size, key, ids in chosen for part in _by_birth(size, key, ids, born)]
    scores: dict[Hashable, float] = {}
    weight: dict[Hashable, float] = {}
    # Rarest first (the decay applies in order); equally rare keys by name, so that ties
    # go the same way in every process (a set's order follows the process's string hashing).
    for size, _, ids in sorted(chosen, key=lambda item: item[:2]):
        idf = math.log(1 + total / (1 + size))
        for rid in ids:
            w = weight.get(rid, 1.0)
            scores[rid] = scores.get(rid, 0.0) + idf * w
            weight[rid] = w * _KEY_DECAY
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    if not born or len(ranked) <= limit:
        return ranked[:limit]
    return _with_born_in_month(ranked, born, limit)


# Of the candidates, at least this many born in a month sought (when so many share a key
# with the query).
BORN_IN_MONTH = 50


def _with_born_in_month(ranked: list[Hashable], born: Mapping[Hashable, int], limit: int
                        ) -> list[Hashable]:
    """The first ``limit`` of ``ranked``, with those born in a month sought among the rest
    taking the last places, up to ``BORN_IN_MONTH`` born so in all.

    A month of birth agreeing is stronger evidence than any one name key (strangers share
    it one time in ~800), but a key's holders born then count only as one rarer key, and
    the keys of one name part are several (its spellings, its consonants): undated holders
    of two views of a common given name outscored Grachya Nazraian, born the day sought,
    whose family name agreed in its consonants only.
    """
    chosen = ranked[:limit]
    in_month = {rid for rid, level in born.items() if level == 2}
    inside = len(in_month.intersection(chosen))
    room = BORN_IN_MONTH - inside
    if room <= 0 or inside == len(in_month):
        return chosen
    later = list(islice((rid for rid in ranked[limit:] if rid in in_month), room))
    return chosen[:limit - len(later)] + later if later else chosen


_MARKS = ("", "@year", "@month")  # how a key's holders born when sought are named


def _by_birth(size: int, key: str, ids: list[Hashable], born: Mapping[Hashable, int]
              ) -> list[tuple[int, str, list[Hashable]]]:
    """A key's holders split by how their births agree with the one sought: those born in
    a month or a year sought are keys of their own (as many as they are), the rest keep the
    key's own size."""
    parts: tuple[list[Hashable], ...] = ([], [], [])
    for rid in ids:
        parts[born.get(rid, 0)].append(rid)
    if len(parts[0]) == len(ids):
        return [(size, key, ids)]
    return [(size if level == 0 else len(part), key + _MARKS[level], part)
            for level, part in enumerate(parts) if part]
