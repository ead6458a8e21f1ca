"""Candidate keys: the index rows (key text → record id) that let a search avoid scanning.

Each name part gives ``v:`` its spelling with vowels blurred (Mohamed, Muhammad →
``v:mahamad``), ``s:`` its consonant skeleton when that has three classes or more (محمد,
Mohammed → ``s:MMT``), ``v:`` keys for its other spellings (박 → park, pak; 鈴木 → suzuki),
and ``c:`` its consonants when the skeleton is too short. Each name gives pair keys:
``q:`` consonants of two parts, ``p:`` vowel keys of two short parts, and ``i:`` one part's
initial with another's consonants (see docs/matching.md). A query produces the same keys,
so a record is a candidate when it shares one. The index keeps each key's rows by month of
birth (``birth_months``); ``select_candidates`` ranks the candidates by the rarity of the
keys they share, counting the holders born when the person sought was (``Sought``) as a
rarer key, and keeps a bounded number for scoring.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any

from polex.normalize.names import loose_key, skeleton, vowel_key, without_joined_particle
from polex.search.match_form import MatchForm, TokenForm, match_form

__all__ = ["form_keys", "person_keys", "query_keys", "select_candidates"]

_MIN_SKELETON = 3  # "MT" or "KM" would pull in thousands of unrelated names
_MIN_VOWEL_KEY = 2
_DOUBLE = re.compile(r"(.)\1+")


_VOWEL_LETTERS = re.compile("[aeiou]+")
_MIN_CONSONANTS = 3
_MIN_PAIR_CONSONANTS = 2
_ARTICLE = re.compile("^[ae]l(?=[^aeiou]{1,2}[aeiou])")


@dataclass(frozen=True, slots=True)
class _PartKeys:
    """What one name part brings to the keys of every name it is in, worked out once per
    distinct part (parts repeat: a rebuild meets a few thousand in 100,000 persons)."""

    own: frozenset[str]  # v:, s:, c: keys of the part alone
    short: bool  # no skeleton key: it pairs in p: keys
    spellings: frozenset[str]  # its p: halves (when short)
    consonants: frozenset[str]  # its q: halves
    initial: str  # its half of the i: keys it gives another part
    pair_forms: frozenset[str]  # its half of the i: keys another part gives it


# ~860 B a part kept: 11,000 distinct parts (9.5 MB) after 300,000 synthetic persons, at
# most ~43 MB when full (tracemalloc).
@lru_cache(maxsize=50_000)
def _part_keys(token: TokenForm) -> _PartKeys:
    own = _token_keys(token)
    consonants = _consonant_key(token)
    if consonants:
        own.add(consonants)
    short = len(token.skel) < _MIN_SKELETON
    return _PartKeys(frozenset(own), short, frozenset(_spellings(token)) if short else frozenset(),
                     _consonants(token), _initial(token), frozenset(_pair_forms(token)))


def _token_keys(token: TokenForm) -> set[str]:
    keys = set()
    if len(token.vowel) >= _MIN_VOWEL_KEY:
        keys.add("v:" + token.vowel)
    if len(token.skel) >= _MIN_SKELETON:
        keys.add("s:" + token.skel)
    for alt in token.alts:
        keys.add("v:" + vowel_key(alt))
    return keys


def _consonant_key(token: TokenForm) -> str | None:
    """``c:`` the part's letters without vowels, h kept: what an abjad writes of it.

    Only for parts whose skeleton is too short to be a key (Hasan, Hassan, Hussein and
    حسن hsn all give ``c:hsn``; the skeleton SN would pull in Sean, Sina and Zayn).
    """
    if len(token.skel) >= _MIN_SKELETON:
        return None
    letters = _DOUBLE.sub(r"\1", _VOWEL_LETTERS.sub("", token.loose))
    return "c:" + letters if len(letters) >= _MIN_CONSONANTS else None


def _consonants(token: TokenForm) -> frozenset[str]:
    """The part's consonants (h kept, but not a final one); an article written joined
    (Alsaadi) also dropped, and a Dutch particle (Dejong, Vanderveen: De Jong and Van der
    Veen keep jong and veen)."""
    out = {_pair_letters(token.loose)}
    if len(token.loose) > 5 and _ARTICLE.match(token.loose):
        out.add(_pair_letters(token.loose[2:]))
    rest = without_joined_particle(token.text, keys=True)
    if rest:
        out.add(_pair_letters(loose_key(rest)))
    return frozenset(c for c in out if c)


def _pair_letters(loose: str) -> str:
    # A final h goes: the loose key drops it after a vowel in Latin (Saleh sale, Abdullah
    # abdula), while an abjad writes it (صالح salh, عبد الله abdallah).
    return _DOUBLE.sub(r"\1", _VOWEL_LETTERS.sub("", loose)).removesuffix("h")


def _initial(token: TokenForm) -> str:
    # Vowels are one class: an abjad's ع or ا and a Latin O or A start the same name (عمر Omar).
    first = token.loose[:1]
    return "a" if first in "aeiou" else first


def _pair_forms(token: TokenForm) -> set[str]:
    """What stands for a part in an ``i:`` key: its consonants, or for a part with fewer
    than two (Kaya, Lea) its vowel key, lest ``k`` or ``l`` alone pair with every initial."""
    forms = {c for c in _consonants(token) if len(c) >= _MIN_PAIR_CONSONANTS}
    if not forms and len(token.vowel) >= _MIN_VOWEL_KEY:
        forms.add(token.vowel)
    return forms


def _spellings(token: TokenForm) -> set[str]:
    """The vowel keys of a short part's spellings that are short too: a long one (高橋
    gaoqiao read takahashi) has a skeleton key of its own and needs no pair."""
    return {token.vowel, *(vowel_key(a) for a in token.alts if len(skeleton(a)) < _MIN_SKELETON)}


def _unordered(prefix: str, x: str, y: str) -> str:
    """A pair key that does not depend on the order of its halves."""
    return f"{prefix}{x}+{y}" if x <= y else f"{prefix}{y}+{x}"


def _pair_keys(parts: list[_PartKeys], keys: set[str]) -> None:
    """``p:`` two short parts of one name together (张军 Zhang Jun → ``p:jan+jan``).

    A part with no skeleton key has only its vowel key, which a short, common name shares
    with thousands of records; a pair of such parts is selective. Unordered, so name order
    is free.
    """
    short = [p.spellings for p in parts if p.short]
    for i, a in enumerate(short):
        for b in short[i + 1:]:
            keys.update(_unordered("p:", x, y) for x in a for y in b)


def _consonant_pair_keys(parts: list[_PartKeys], keys: set[str]) -> None:
    """``q:`` the consonants of two parts of one name together (عمر مصطفى, Omar Mostafa →
    ``q:mr+mstf``): abjads write no short vowels, so a vowel key cannot meet the Latin
    spelling, and a two-consonant part alone is far too common to be a key."""
    last = len(parts) - 1
    for i, a in enumerate(parts):
        for j in range(i + 1, len(parts)):
            if i == 0 or j == last:  # the given or the family name with any other part
                keys.update(_unordered("q:", x, y)
                            for x in a.consonants for y in parts[j].consonants)


def _initial_pair_keys(parts: list[_PartKeys], keys: set[str]) -> None:
    """``i:`` one part's initial with another part's consonants (Veronica Lopez → ``i:v+lps``
    and ``i:l+vrnk``).

    A typo in one part (Veonica) or an abjad's missing vowels leave the other part and the
    initial intact, and the pair is far more selective than the other part alone: among
    the thousands of Lopez, the few with a V. Pairs as for ``q:`` (with the first or the last
    part), both ways round.
    """
    last = len(parts) - 1
    for i, a in enumerate(parts):
        for j, b in enumerate(parts):
            if i != j and (min(i, j) == 0 or max(i, j) == last):
                keys.update(f"i:{a.initial}+{c}" for c in b.pair_forms)


def form_keys(form: MatchForm) -> set[str]:
    """The candidate keys of a match form (every part of every name)."""
    keys: set[str] = set()
    for name in form.names:
        parts = [_part_keys(t) for t in name.tokens]
        for part in parts:
            keys |= part.own
        head = parts[:4]  # pairs: of the first four parts only
        _pair_keys(head, keys)
        _consonant_pair_keys(head, keys)
        _initial_pair_keys(head, keys)
    return keys


def person_keys(person: dict[str, Any]) -> set[str]:
    """The keys to index for a person record (JSON as in the record model)."""
    return form_keys(match_form(person))


def query_keys(query: dict[str, Any]) -> set[str]:
    """The keys to look up for a search query (same fields as a person; ``name`` allowed)."""
    return form_keys(match_form(query))


# Keys are not independent evidence: one part gives up to four (Mohamed: v:mahamad, s:MMT,
# i:a+mhmd, q:…), so a plain sum lets a common part outweigh one rare shared key. Each
# further key of a candidate counts this much less than its previous one, rarest first.
_KEY_DECAY = 0.5


UNDATED = 0  # the month of birth the index keeps for a record with no date
EVERY_MONTH = (UNDATED, 9999_12)  # the range of months that reads a key whole


def birth_months(form: MatchForm) -> tuple[int, ...]:
    """The months of birth a record's key rows are kept under: 197405 for May 1974,
    197400 when only the year is known, ``(UNDATED,)`` when no date is."""
    return tuple(sorted({year * 100 + (month or 0) for year, month, _ in form.birth_dates})
                 ) or (UNDATED,)


@dataclass(frozen=True)
class Sought:
    """When the person searched for was born, as candidate selection reads it: the years
    (each the query gives, and a year either side: a year keyed one off) and the months
    (each full month the query gives, and the day read as the month when it can be one:
    03.05 and 05.03 are often the same date written two ways)."""

    years: frozenset[int] = frozenset()
    months: frozenset[int] = frozenset()

    @classmethod
    def of(cls, form: MatchForm) -> Sought:
        """What a query's dates of birth say."""
        years = {y + step for y, _, _ in form.birth_dates for step in (-1, 0, 1)}
        months = {y * 100 + m for y, m, _ in form.birth_dates if m} | {
            y * 100 + d for y, m, d in form.birth_dates if m and d and d <= 12}
        return cls(frozenset(years), frozenset(months))

    def ranges(self) -> list[tuple[int, int]]:
        """The index's months of birth within the years sought, as ranges, and no date."""
        out = [(UNDATED, UNDATED)]
        for year in sorted(self.years):
            if out[-1][1] == (year - 1) * 100 + 99:  # runs on from the previous year
                out[-1] = (out[-1][0], year * 100 + 99)
            else:
                out.append((year * 100, year * 100 + 99))
        return out

    def levels(self, rows: Iterable[Sequence[Any]]) -> dict[Hashable, int]:
        """How the births of ``(id, month of birth)`` rows agree with the one sought, per
        id, at best: 2 born in a month sought, 1 in a year sought (ids with neither, or no
        date, are left out)."""
        months, years = self.months, self.years
        out: dict[Hashable, int] = {}
        for rid, month in rows:
            level = 2 if month in months else int(month != UNDATED and month // 100 in years)
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
