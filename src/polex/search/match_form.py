"""The match form: a person record parsed once, at indexing time, into what matching reads.

Building it romanises every name and computes the phonetic keys of every part, so that
``compare_forms`` does no parsing at all. A form is picklable and round-trips through
``to_json``/``from_json`` so an index can store it next to the record id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from polex.normalize.dates import parse_partial_date
from polex.normalize.names import (
    detect_script,
    loose_key,
    match_tokens,
    skeleton,
    south_slavic_read_as_russian,
    spelling_variants,
    thai_er_spelling,
    thai_letter_finals,
    tokens,
    ukrainian_read_as_russian,
    vowel_key,
)
from polex.normalize.russian_transcription import marked_spellings, russian_readings

__all__ = [
    "MatchForm", "NameForm", "TokenForm", "match_form", "name_form", "spelling_views",
]

Views = tuple[str, str, str]  # a spelling's loose, vowel and skeleton views


def spelling_views(loose: str) -> Views:
    """Loose, vowel and skeleton views of an alternative spelling (stored as a loose key)."""
    return loose, vowel_key(loose), skeleton(loose)


@dataclass(frozen=True, slots=True)
class TokenForm:
    """One romanised name part and its phonetic keys."""

    text: str
    loose: str
    vowel: str
    skel: str
    alts: tuple[str, ...] = ()  # loose keys of other spellings (박 → park, pak; スミス → smis)
    # Loose keys of a Latin part as Russian transcribes it from its source language
    # (Volker → folker, Фолькер): compared against parts of a Cyrillic name only.
    cyrillic_alts: tuple[str, ...] = ()
    # Derived, never stored: the views of each other spelling, which every comparison of
    # the part reads; computed once per form rather than once per comparison.
    alt_views: tuple[Views, ...] = field(init=False, repr=False, compare=False)
    cyrillic_views: tuple[Views, ...] = field(init=False, repr=False, compare=False)
    # Every spelling's views, the part's own first: what a comparison runs through, with
    # the Russian readings (against a Cyrillic name) and without.
    spellings: tuple[Views, ...] = field(init=False, repr=False, compare=False)
    spellings_for_cyrillic: tuple[Views, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        alt_views = tuple(map(spelling_views, self.alts))
        cyrillic_views = tuple(map(spelling_views, self.cyrillic_alts))
        spellings = ((self.loose, self.vowel, self.skel), *alt_views)
        object.__setattr__(self, "alt_views", alt_views)
        object.__setattr__(self, "cyrillic_views", cyrillic_views)
        object.__setattr__(self, "spellings", spellings)
        object.__setattr__(self, "spellings_for_cyrillic", spellings + cyrillic_views)


def _joined(tokens: tuple[TokenForm, ...]) -> Views:
    return ("".join(t.loose for t in tokens), "".join(t.vowel for t in tokens),
            "".join(t.skel for t in tokens))


@dataclass(frozen=True, slots=True)
class NameForm:
    """One name as written, its script and its parts."""

    full: str
    script: str
    tokens: tuple[TokenForm, ...]
    # Derived, never stored: the parts' views written as one string and the parts' total
    # vowel-key length: every comparison of two names reads them ("written as one"), so
    # they are joined once per form.
    joined: Views = field(init=False, repr=False, compare=False)
    vowel_total: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "joined", _joined(self.tokens))
        object.__setattr__(self, "vowel_total", sum(len(t.vowel) for t in self.tokens))

    @property
    def joined_reversed(self) -> Views:
        """The views written as one with the parts in reverse order (read for a query's
        name only, so not kept with every stored form)."""
        return _joined(self.tokens[::-1]) if len(self.tokens) > 1 else self.joined

    @property
    def latin(self) -> str:
        """The romanised parts joined by spaces."""
        return " ".join(t.text for t in self.tokens)


@dataclass(frozen=True, slots=True)
class MatchForm:
    """Everything ``compare_forms`` reads from one person."""

    names: tuple[NameForm, ...]
    birth_dates: tuple[tuple[int, int | None, int | None], ...] = ()
    sex: str | None = None
    nationalities: frozenset[str] = frozenset()
    # A query's only: how many indexed records share its name (``KeyFrequencies.named``);
    # None when nobody counted (``compare`` without a hub). Never stored with a record.
    name_count: int | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable dict; ``from_json`` rebuilds the form without re-romanising."""
        return {
            "names": [
                {"full": n.full, "script": n.script,
                 "tokens": [_token_json(t) for t in n.tokens]}
                for n in self.names
            ],
            "birth_dates": [list(d) for d in self.birth_dates],
            "sex": self.sex,
            "nationalities": sorted(self.nationalities),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MatchForm:
        """The inverse of ``to_json``."""
        # Lists made into tuples, not generators: every candidate read from the store is
        # decoded here (~200 a search at a million records), 7.0 → 6.5 µs a form.
        names = tuple([
            NameForm(n["full"], n["script"],
                     tuple([_stored_token(*t[:4], tuple(t[4]), tuple(t[5]) if len(t) > 5 else ())
                            for t in n["tokens"]]))
            for n in data["names"]
        ])
        dates = tuple([(d[0], d[1], d[2]) for d in data.get("birth_dates", [])])
        return cls(names, dates, data.get("sex"), frozenset(data.get("nationalities", [])))


def _token_json(t: TokenForm) -> list[Any]:
    # The Russian readings only where a part has them: forms stored before them still load.
    out: list[Any] = [t.text, t.loose, t.vowel, t.skel, list(t.alts)]
    return [*out, list(t.cyrillic_alts)] if t.cyrillic_alts else out


@lru_cache(maxsize=100_000)
def _stored_token(text: str, loose: str, vowel: str, skel: str, alts: tuple[str, ...],
                  cyrillic_alts: tuple[str, ...] = ()) -> TokenForm:
    # Parts repeat across records (a few thousand distinct in 100,000 persons): decoded
    # records share one form per part, its views computed once.
    return TokenForm(text, loose, vowel, skel, alts, cyrillic_alts)


# Names come from a small vocabulary (a bulk rebuild of a million persons meets the same
# parts and names again and again), and a form is a pure function of its text: kept
# (bounded: ~240 B a name, ~170 B a part, ~22 MB a process when full; keys' part keys add
# at most ~43 MB, see keys._part_keys).
@lru_cache(maxsize=100_000)
def token_form(text: str, script: str = "Latn", marked: tuple[str, ...] = (),
               written: tuple[str, ...] = ()) -> TokenForm:
    """The phonetic keys of one romanised part; ``script`` picks other spellings;
    ``marked``: the part with its diacritics written out as Russian reads them (ř rzh);
    ``written``: other spellings that its source letters give (Thai ช closing a syllable,
    Piyanuch, and oe written er, Prasert; a Serbian name read as Russian, Milosh)."""
    main = loose_key(text)
    alts = tuple(dict.fromkeys(
        k for k in (loose_key(v) for v in (*spelling_variants(script, text), *written))
        if k != main))
    readings = russian_readings(text) if script == "Latn" else ()
    for spelling in marked:
        readings += (spelling, *russian_readings(spelling))
    cyrillic = tuple(dict.fromkeys(
        k for k in map(loose_key, readings) if k != main and k not in alts))
    return TokenForm(text, main, vowel_key(text), skeleton(text), alts, cyrillic)


def _marked_parts(full: str, parts: list[str]) -> list[tuple[str, ...]]:
    """Per part, its spellings with diacritics written out (Dvořák: dvorzhak), where the
    name has such letters and they leave the parts as they were."""
    return _aligned([match_tokens(s) for s in marked_spellings(full)], parts)


def _aligned(spellings: list[list[str]], parts: list[str]) -> list[tuple[str, ...]]:
    """Per part, its other spellings among ``spellings`` (each the whole name's parts),
    where they leave the parts as they were; none if one does not."""
    if not spellings or any(len(s) != len(parts) for s in spellings):
        return [()] * len(parts)
    return [tuple(dict.fromkeys(s[i] for s in spellings if s[i] != part))
            for i, part in enumerate(parts)]


def _written_otherwise(full: str, script: str) -> list[str]:
    """The name romanised as its letters are also written (a Thai closing ช as ch, its oe
    as er; a Serbian or Ukrainian name as Russian reads it), where that differs."""
    if script == "Thai":
        others = (thai_letter_finals(full), thai_er_spelling(full))
    elif script == "Cyrl":
        others = (south_slavic_read_as_russian(full), ukrainian_read_as_russian(full))
    else:
        return []
    return [other for other in others if other]


@lru_cache(maxsize=20_000)
def name_form(full: str) -> NameForm:
    """Parse one name as written, in any script."""
    script = detect_script(full)
    parts = match_tokens(full)
    none: list[tuple[str, ...]] = [()] * len(parts)
    marked = _marked_parts(full, parts) if script == "Latn" and not full.isascii() else none
    others = _written_otherwise(full, script)
    written = _aligned([tokens(other) for other in others], parts) if others else none
    return NameForm(full, script, tuple(
        token_form(t, script, m, w) for t, m, w in zip(parts, marked, written, strict=True)))


def _dates(values: list[Any]) -> tuple[tuple[int, int | None, int | None], ...]:
    out = []
    for value in values:
        try:
            d = parse_partial_date(value)
        except (ValueError, TypeError):
            continue  # a query may carry a date the model would reject: ignore, not fail
        out.append((d.year, d.month, d.day))
    return tuple(dict.fromkeys(out))


def _name_texts(person: dict[str, Any]) -> list[str]:
    names = person.get("names") or []
    texts = [n["full"] if isinstance(n, dict) else str(n) for n in names]
    if person.get("name"):
        texts.insert(0, str(person["name"]))
    return [t for t in dict.fromkeys(texts) if t and t.strip()]


def match_form(person: dict[str, Any]) -> MatchForm:
    """The match form of a person dict (record JSON or a query with the same fields).

    ``names`` is a list of ``{"full": ...}`` (or plain strings); a query may give ``name``.
    """
    names = tuple(n for n in (name_form(t) for t in _name_texts(person)) if n.tokens)
    if not names:
        raise ValueError("a person needs at least one name with letters in 'names'")
    sex = person.get("sex")
    sex = sex.upper() if isinstance(sex, str) and sex.upper() in ("M", "F") else None
    nats = frozenset(str(c).upper() for c in person.get("nationalities") or [])
    return MatchForm(names, _dates(person.get("birth_dates") or []), sex, nats)
