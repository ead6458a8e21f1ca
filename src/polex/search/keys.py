"""Candidate keys: the index rows (key text → record id) that let a search avoid scanning.

Each name part gives ``v:`` its spelling with vowels blurred (Mohamed, Muhammad →
``v:mahamad``), ``s:`` its consonant skeleton when that has three classes or more (محمد,
Mohammed → ``s:MMT``), ``v:`` keys for its other spellings (박 → park, pak; 鈴木 → suzuki)
and for an Arabic part's Egyptian spelling (جمال → ``v:gamal``), and ``c:`` its consonants
when the skeleton is too short. Each name gives pair keys:
``q:`` consonants of two parts, ``p:`` vowel keys of two short parts, and ``i:`` one part's
initial with another's consonants (see docs/matching.md). A query produces the same keys,
so a record is a candidate when it shares one. The index keeps each key's rows by date of
birth (``birth_days``). Everything here is stored in the index (``indexer.index_version``
fingerprints this file); choosing among the records found is ``search.selection``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from polex.normalize.names import (
    egyptian_spellings,
    loose_key,
    skeleton,
    vowel_key,
    without_joined_particle,
)
from polex.search.match_form import MatchForm, TokenForm, match_form

__all__ = ["EVERY_MONTH", "UNDATED", "birth_days", "birth_months", "form_keys", "person_keys",
           "query_keys"]

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
    for spelling in egyptian_spellings(token.text):  # جمال: Gamal (a key, not a spelling)
        keys.add("v:" + vowel_key(spelling))
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


UNDATED = 0  # the month (and the date) of birth the index keeps for a record with no date
EVERY_MONTH = (UNDATED, 9999_12)  # the range of months that reads a key whole


def birth_days(form: MatchForm) -> tuple[int, ...]:
    """The dates of birth a record's key rows are kept under (``search_keys.born``): year ×
    10,000 + month × 100 + day, 19740512 for 12 May 1974, 19740500 when the day is not
    known, 19740000 when only the year is, ``(UNDATED,)`` when no date is."""
    return tuple(sorted({year * 10_000 + (month or 0) * 100 + (day or 0)
                         for year, month, day in form.birth_dates})) or (UNDATED,)


def birth_months(form: MatchForm) -> tuple[int, ...]:
    """The months of birth a search reads of a record's key rows (``birth_days`` ÷ 100):
    197405 for May 1974, 197400 when only the year is known, ``(UNDATED,)`` when no date
    is."""
    return tuple(sorted({year * 100 + (month or 0) for year, month, _ in form.birth_dates})
                 ) or (UNDATED,)
