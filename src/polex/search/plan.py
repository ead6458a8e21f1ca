"""What a person search reads of the index: its keys, the months (or days) of birth it
seeks, and the candidates it chooses among what it read.

``SearchService.person_hits_many`` (and ``calibrate``, which must choose the same
candidates over an index in memory) runs these steps in order: ``sought_keys`` and
``keys_to_read`` pick the keys, ``read_plan`` says which of their rows to read (a
common key only for the months around the date sought; ``day_plan``, for a search for
hits only, the days sought alone), ``chosen`` ranks what was read
(``selection.select_candidates``). Nothing here reads the store or is stored: a change
needs no ``polex index rebuild``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from polex.access import lookup
from polex.search import features
from polex.search.keys import EVERY_MONTH, UNDATED, form_keys
from polex.search.match_form import MatchForm, NameForm, TokenForm, match_form
from polex.search.person_v1 import ALGORITHM, Algorithm
from polex.search.selection import Sought, select_candidates

__all__ = [
    "BORN_IN_A_MONTH", "POSTINGS_READ", "WHOLE_READ_MAX", "born_levels", "chosen", "day_needed",
    "day_plan", "keys_to_read", "month_needed", "name_keys", "rarest_keys", "read_plan",
    "reading_keys",
    "sought_keys", "spellings", "unread_keys", "unread_spellings",
]


def sought_keys(form: MatchForm) -> tuple[set[str], list[frozenset[str]]]:
    """A query's own keys (``form_keys``, less a patronymic's pairs: ``reading_keys``)
    and, with a date of birth, the keys of its parts' spellings (``spellings``; read only
    then, ``read_plan``): every key whose count ``keys_to_read`` needs."""
    own = set().union(*map(reading_keys, form.names))
    return own, spellings(form) if form.birth_dates else []


# Cached: names repeat from search to search, and each search needs a name's keys twice
# (what to read, then its pair keys for how common it is: ``name_counts.pair_keys``); ~6 %
# of a manifest's time uncached. ~1.7 kB an entry (8.6 keys a name on the demo).
@lru_cache(maxsize=10_000)
def name_keys(name: NameForm) -> frozenset[str]:
    """``form_keys`` of one name alone (a form's keys are those of its names together)."""
    return frozenset(form_keys(MatchForm((name,))))


# A patronymic is what siblings share: paired with the family name, it finds the family.
# Undated, Alina Petrivna SHEVCHENKO at a million persons filled the 200 places with
# Shevchenkos sharing her father's name, and Alina Schewtschenko was never scored. Without
# a bare -ich (Heinrich, Ulrich); last, only the endings no family name has (Vukovich and
# Abramovich are family names).
_PATRONYMIC = re.compile(r"(ovich|evich|ovych|evych|ovna|evna|ivna|ogly|kyzy)$")
_PATRONYMIC_LAST = re.compile(r"(ovych|evych|ovna|evna|ivna|ogly|kyzy)$")


@lru_cache(maxsize=10_000)
def reading_keys(name: NameForm) -> frozenset[str]:
    """``name_keys`` a search reads candidates by: those pairing a patronymic with another
    part are left out (they still count how common the name is: ``name_counts``)."""
    at = _patronymic_at([t.text for t in name.tokens])
    if at is None:
        return name_keys(name)
    others = replace(name, tokens=name.tokens[:at] + name.tokens[at + 1:])
    alone = replace(name, tokens=name.tokens[at:at + 1])
    return name_keys(others) | name_keys(alone)


def unread_keys(form: MatchForm) -> set[str]:
    """The keys of ``form``'s names that ``reading_keys`` leaves out."""
    return set().union(*(name_keys(name) - reading_keys(name) for name in form.names))


def _patronymic_at(parts: list[str]) -> int | None:
    """Where a name of three parts or more holds a patronymic: in the middle (Alina
    Petrivna Shevchenko), or last after a given name (Shevchenko Alina Petrivna); a last
    part after a patronymic is the family name (Roman Arkadyevich Abramovich)."""
    if len(parts) < 3:
        return None
    middle = [i for i in range(1, len(parts) - 1) if _PATRONYMIC.search(parts[i])]
    if middle:
        return middle[0]
    return len(parts) - 1 if _PATRONYMIC_LAST.search(parts[-1]) else None


def keys_to_read(own: set[str], spelled: list[frozenset[str]], counts: dict[str, int],
                 total: int) -> tuple[list[str], list[str]]:
    """Of ``sought_keys``, those to read: the rarest of the query's own (``rarest_keys``)
    and the spellings' left out by them (``unread_spellings``)."""
    rare = rarest_keys({k: counts[k] for k in own if k in counts}, total)
    return rare, unread_spellings(rare, counts, total, spelled)


def rarest_keys(counts: dict[str, int], total: int, max_keys: int = 12) -> list[str]:
    """The query keys to fetch postings for: rare ones first, never a huge common list."""
    ordered = sorted(counts, key=lambda k: (counts[k], k))
    rare = [k for k in ordered if counts[k] <= _common_from(total)]
    return (rare or ordered[:2])[:max_keys]


def _common_from(total: int) -> float:
    """How many records a key may have and still be read: 5 % of the index (200 at least)."""
    return max(0.05 * total, 200)


def unread_spellings(read: list[str], counts: dict[str, int], total: int,
                     spellings: list[frozenset[str]], max_keys: int = 6) -> list[str]:
    """The rarest key of each spelling of each part (``spellings``) that has none among
    the keys ``read`` (``rarest_keys``), rarest first, at most ``max_keys``.

    A name whose parts have several spellings has pair keys for every combination of them
    (伊藤 大輔: six ``p:`` keys of its Chinese readings, the same 23 records), which fill the
    rarest keys before the reading a record gives alone (Daisuke Ito: ``v:dasaka``,
    ``v:ata``); a patronymic's pairs do so to the parts a record without it shares (Georgi
    Georgiev Yordanov / Gueorgui Jordanov: ``v:garga``). In addition to the rarest, not
    instead: a record may share one rare pair key and only common parts besides
    (Fatima-Zahra Hamid Charqawi: ``i:f+hmd``).
    """
    unread = (sorted(group.intersection(counts), key=lambda k: (counts[k], k))
              for group in spellings if group.isdisjoint(read))
    rarest = {keys[0] for keys in unread if keys and counts[keys[0]] <= _common_from(total)}
    return sorted(rarest, key=lambda k: (counts[k], k))[:max_keys]


def spellings(form: MatchForm) -> list[frozenset[str]]:
    """The keys of each spelling of each part of a query's names, the part alone
    (``form_keys`` of a name of that part only): its keys as romanised, then one key for
    each other spelling it has (鈴木 read suzuki, 박 park and pak); and each two adjacent
    parts of one syllable written as one (``_joined_pairs``)."""
    out: list[frozenset[str]] = []
    for name in form.names:
        for token in name.tokens:
            out += _part_spellings(token)
        out += _joined_pairs(name)
    return out


# Cached: parts repeat from search to search (~40 µs a query uncached, a demo search ~3 ms).
@lru_cache(maxsize=20_000)
def _part_spellings(token: TokenForm) -> tuple[frozenset[str], ...]:
    """One part's keys as romanised, then one key for each other spelling it has."""
    written = _alone(replace(token, alts=()))
    return (written, *(frozenset({key}) for key in sorted(_alone(token) - written)))


def _alone(token: TokenForm) -> frozenset[str]:
    """The keys of one part on its own (``form_keys`` reads a name's parts alone)."""
    return frozenset(form_keys(MatchForm((NameForm(token.text, "", (token,)),))))


def _joined_pairs(name: NameForm) -> list[frozenset[str]]:
    """The keys of each two adjacent parts of one syllable written as one: a Korean or
    Chinese given name is written Min Jun, Min-jun or Minjun, and the two parts of the
    first share no key with the one part of the others (Yang Min Jun / Yang Minjun)."""
    return [_joined_keys(a.text + b.text) for a, b in pairwise(name.tokens)
            if len(_VOWEL_RUNS.findall(a.loose)) == len(_VOWEL_RUNS.findall(b.loose)) == 1]


_VOWEL_RUNS = re.compile("[aeiouy]+")


@lru_cache(maxsize=20_000)
def _joined_keys(text: str) -> frozenset[str]:
    return frozenset(form_keys(match_form({"names": [text]})))


POSTINGS_READ = 5000  # ids read under one key (or one key within some months)
# A key held by more records than this is read, for a query with a date of birth, only
# for the years around it, the months a decade off (``Sought.ranges``) and records with no
# date: its other holders could enter the candidates only by the chance of where a bounded
# read stops.
WHOLE_READ_MAX = 1000


def read_plan(keys: list[str], counts: dict[str, int], sought: Sought,
              month_needed: bool = False, spelled: Sequence[str] = ()
              ) -> list[tuple[str, int, int]]:
    """What one query reads of the index: ``(key, first month, last month)`` of birth,
    each key whole, or (with a date of birth) a common key for the years sought and the
    slips only (``Sought.ranges``); with ``month_needed`` (the function of that name says
    when), every key for the months sought only. The keys ``spelled``
    (``unread_spellings``) are read only with a date of birth, and only for the months
    close to it (``Sought.close_ranges``), whatever their size: each is one part alone,
    often common, and a holder born at another time shares little more with the query
    than that part."""
    if month_needed:
        return [(key, month, month) for key in [*keys, *spelled]
                for month in sorted(sought.months)]
    ranges = sought.ranges() if sought.years else []
    close = sought.close_ranges() if sought.years else []
    return [(key, *months) for key in keys
            for months in (ranges if ranges and counts[key] > WHOLE_READ_MAX else [EVERY_MONTH])
            ] + [(key, *months) for key in spelled for months in close]


def day_plan(keys: list[str], sought: Sought, spelled: Sequence[str] = ()
             ) -> list[tuple[str, int]]:
    """What a query reads of the index when only a record born on a day sought can score
    enough (``day_needed``): ``(key, date)`` for each key (and each of ``spelled``) and each
    day sought (``lookup.postings_born_on``); nothing when the query gives no full date."""
    return [(key, day) for key in [*keys, *spelled] for day in sorted(sought.days)]


def chosen(plan: Sequence[tuple[str, int, int] | tuple[str, int]], sought: Sought,
           read: Mapping[Any, lookup.Postings], counts: dict[str, int],
           total: int, limit: int, month_needed: bool = False) -> list[str]:
    """The query's candidates among what its plan read (``selection.select_candidates``).
    With ``month_needed`` the plan read the months sought alone (``read_plan``), or the
    days sought (``day_plan``): every holder read was born in one."""
    held: dict[str, list[str]] = {}
    for wanted in plan:
        held.setdefault(wanted[0], []).extend(read.get(wanted, _NOTHING_READ)[0])
    born = (dict.fromkeys((i for ids in held.values() for i in ids), BORN_IN_A_MONTH)
            if month_needed else
            born_levels(sought, [read.get(wanted, _NOTHING_READ) for wanted in plan]))
    return select_candidates(held, total, limit, sizes=counts, born=born)


BORN_IN_A_MONTH = 2  # ``Sought.levels``' level for a record born in a month sought


def month_needed(floor: float, algorithm: Algorithm = ALGORITHM) -> bool:
    """Whether a candidate must be born in a month sought to score ``floor``.

    The most any other candidate can score: the bias, every feature at its most (each
    gives 0 to 1, but ``name_rarity``, which only ever lowers a score), and the date at the
    most it agrees without the month (``features.BEST_BUT_THE_MONTH``). Under the default
    threshold that is well short (a logit of 0.55 against 0.85): a search for hits only
    (a frontline check, a border's manifest) needs neither read nor score the others,
    and finds the same hits.
    """
    return _out_of_reach(floor, features.BEST_BUT_THE_MONTH, algorithm)


def day_needed(floor: float, algorithm: Algorithm = ALGORITHM) -> bool:
    """Whether a candidate must be born on a day sought (``Sought.days``) to score
    ``floor``: as ``month_needed``, with the date at the most it agrees otherwise
    (``features.BEST_BUT_THE_DAY``: day and month swapped, the year and month alone…).

    Under the default threshold it is: a frontline check or a manifest reads, of each key,
    the holders born on the traveller's date of birth alone (``day_plan``), not the whole
    month's (a twentieth of them, measured at a million persons), and finds the same hits.
    """
    return _out_of_reach(floor, features.BEST_BUT_THE_DAY, algorithm)


def _out_of_reach(floor: float, best_date: float, algorithm: Algorithm) -> bool:
    """Whether ``floor`` is out of reach of a candidate whose date agrees ``best_date`` at
    most: the bias, every other feature at its most (each gives 0 to 1, but
    ``name_rarity``, which only ever lowers a score), and the date at ``best_date``."""
    if floor <= 0.0 or floor >= 1.0:
        return floor >= 1.0
    most = algorithm.bias
    for weighted in algorithm.features:
        if weighted.feature is features.birth_date_match:
            most += weighted.weight * best_date
        elif weighted.feature is not features.name_rarity:
            most += max(0.0, weighted.weight)
    # With a margin for the score's rounding to four decimals (~0.0003 in logit at 0.7).
    return most < math.log(floor / (1 - floor)) - 0.01


_NOTHING_READ: lookup.Postings = ((), ())


def born_levels(sought: Sought, reads: list[lookup.Postings]) -> dict[str, int]:
    """``sought.levels`` of what the index read: ids and their months of birth as two
    lists, the months ascending (``lookup.postings_born_between``).

    Only the rows within the ranges sought (``Sought.ranges``: the years around the date,
    the slips) can agree, and each is a run of the sorted months: found by bisection, so
    that a rare key's holders born at other times are never looked at one by one (a
    manifest reads ~150,000 rows); each month is judged once.
    """
    out: dict[str, int] = {}
    if not sought.years:
        return out
    dated = [span for span in sought.ranges() if span[0] != UNDATED]
    level_of: dict[int, int] = {}
    for ids, months in reads:
        for low, high in dated:
            start, end = bisect_left(months, low), bisect_right(months, high)
            for rid, month in zip(ids[start:end], months[start:end], strict=True):
                level = level_of.get(month)
                if level is None:
                    level = level_of[month] = sought.levels([(None, month)]).get(None, 0)
                if level > out.get(rid, 0):
                    out[rid] = level
    return out
