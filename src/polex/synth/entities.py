"""Real (ground-truth) persons, and how one country writes them down.

An :class:`Entity` is the person as they are; :func:`render_names` and
:func:`render_birth_dates` are what a recording country makes of them: another script or
romanisation, names in another order, a dropped middle name, a typo, a partial or swapped
date of birth. The first record of an entity is the cleanest; later ones are noisier.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import accumulate
from typing import Any, TypeVar

from polex.normalize.name_equivalents import equivalent_form
from polex.synth.namebank import NamePart, bank, name_entry
from polex.synth.names_russian import cyrillic_form
from polex.synth.profiles import PROFILES

__all__ = ["Entity", "make_entity", "pick", "render_birth_dates", "render_names", "typo"]

T = TypeVar("T")

# Names are drawn with a long tail, as real populations have them: the k-th name of a list
# (the lists run from common to rare) with weight 1 / (k + _ZIPF_SHIFT), a Zipf-Mandelbrot
# law. The shift keeps the head from dominating a list of only 30-50 names: the commonest
# name then takes ~10 %, half the draws fall on the first ~9 names, and the rarest names
# are ~12 times less common than the first.
_ZIPF_SHIFT = 3


@cache
def _cumulative(n: int) -> list[float]:
    return list(accumulate(1.0 / (k + _ZIPF_SHIFT) for k in range(1, n + 1)))


def pick(rng: random.Random, items: Sequence[T]) -> T:
    """One of ``items`` (commonest first), drawn with a long-tailed (Zipf-like) weight."""
    return rng.choices(items, cum_weights=_cumulative(len(items)))[0]


def _pick_index(rng: random.Random, n: int) -> int:
    return rng.choices(range(n), cum_weights=_cumulative(n))[0]

_NO_SPACE_NATIVE = {"CHN", "TWN", "KOR"}  # family and given names written together
_PATRONYMIC_FIRST_FAMILY = {"RUS", "UKR"}  # official order: Family Given Patronymic
_VOWELS = "aeiou"


@dataclass(slots=True)
class Entity:
    """A real person: who they are, before any country writes them down."""

    id: str
    country: str
    sex: str
    given: NamePart
    middle: NamePart | None
    family: NamePart
    family2: NamePart | None
    patronymic: NamePart | None
    dob: date
    year_only: bool  # nobody knows more than the year (recorded as 1 January by some)
    nationalities: list[str]
    place: str | None


def make_entity(rng: random.Random, entity_id: str, country: str, today: date) -> Entity:
    """A new real person born in ``country``."""
    names, prof = bank(country), PROFILES[country]
    sex = "M" if rng.random() < 0.62 else "F"  # wanted persons are mostly men
    given_list = names.male if sex == "M" else names.female
    family_idx = _pick_index(rng, len(names.family))
    family = (names.family if sex == "M" else names.family_female)[family_idx]
    patronymics = names.patronymic_male if sex == "M" else names.patronymic_female
    middle = None
    if country in {"USA", "GBR", "BRA", "EGY", "SAU", "IRQ", "MAR"} and rng.random() < 0.5:
        # Arabic names carry the father's given name; English ones a second given name.
        middle = pick(rng, names.male if country in {"EGY", "SAU", "IRQ", "MAR"} else given_list)
    nationalities = [country]
    if rng.random() < 0.08:
        nationalities.append(rng.choice([c for c in PROFILES if c != country]))
    return Entity(
        id=entity_id, country=country, sex=sex, given=pick(rng, given_list), middle=middle,
        family=family,
        family2=pick(rng, names.family) if prof.two_surnames else None,
        patronymic=pick(rng, patronymics) if patronymics else None,
        dob=today - timedelta(days=rng.randint(16 * 365, 75 * 365)),
        year_only=rng.random() < prof.jan1_unknown,
        nationalities=nationalities,
        place=rng.choice(prof.cities) if rng.random() < 0.6 else None,
    )


def typo(rng: random.Random, text: str) -> str:
    """One keying error: two letters swapped, one dropped, one doubled or a vowel changed."""
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    op = rng.randrange(4)
    if op == 0:
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    if op == 1:
        return text[:i] + text[i + 1:]
    if op == 2:
        return text[:i] + text[i] + text[i:]
    vowels = [j for j, c in enumerate(text) if c in _VOWELS]
    if not vowels:
        return text[:i] + text[i + 1:]
    j = rng.choice(vowels)
    return text[:j] + rng.choice(_VOWELS.replace(text[j], "")) + text[j + 1:]


@dataclass(slots=True)
class _Style:
    form: int  # 0 native, -1 alternative native (katakana), 1… romanisations
    western: bool  # given name first
    keep_middle: bool = True
    upper_family: bool = False
    swapped: bool = False  # given and family fields mixed up by the recording officer
    typo: bool = False
    given_as: str | None = None  # the given name as this country writes it (Peter for Пётр)
    family_as: str | None = None  # the family name in this country's script (Смит)


def _compose(rng: random.Random, e: Entity, s: _Style, kind: str) -> dict[str, Any]:
    def f(part: NamePart | None) -> str | None:
        if part is None:
            return None
        return (part.alt or part.native) if s.form < 0 else part.form(s.form)

    given, family = s.given_as or f(e.given) or "", s.family_as or f(e.family) or ""
    if e.family2 is not None and s.family_as is None and (s.keep_middle or s.form == 0):
        family = f"{family} {f(e.family2)}"
    middle = f(e.middle) if s.keep_middle else None
    patronymic = f(e.patronymic) if s.keep_middle else None
    if s.typo:
        if rng.random() < 0.5:
            family = typo(rng, family)
        else:
            given = typo(rng, given)
    if s.swapped:
        given, family = family, given
    shown_family = family.upper() if s.upper_family else family
    rest = " ".join(p for p in (given, middle, patronymic) if p)
    if (s.form <= 0 and e.country in _NO_SPACE_NATIVE) or (s.form < 0 and rng.random() < 0.5):
        full = shown_family + given
    elif s.form == 0 and e.patronymic and e.country in _PATRONYMIC_FIRST_FAMILY and not s.western:
        full = f"{shown_family} {rest}"
    else:
        full = f"{rest} {shown_family}" if s.western else f"{shown_family} {rest}"
    return name_entry(full, kind, given or None, middle, family or None, patronymic)


def render_names(rng: random.Random, e: Entity, owner: str, noisy: bool) -> list[dict[str, Any]]:
    """The ``names`` list that ``owner`` records for ``e``; ``noisy`` adds recording errors."""
    names = bank(e.country)
    native_owner = owner == e.country
    family_first = PROFILES[e.country].family_first
    if native_owner:
        style = _Style(0, western=not family_first)
        if e.country in _PATRONYMIC_FIRST_FAMILY:
            style.western = rng.random() < 0.5
    else:
        top = max(len(e.given.roman), len(e.family.roman))
        form = 1 if rng.random() < 0.5 else rng.randint(1, top)
        western = rng.random() < (0.7 if e.country == "JPN" else 0.4 if family_first else 1.0)
        style = _Style(form, western=western, keep_middle=rng.random() < 0.5,
                       upper_family=rng.random() < 0.2)
        _in_owner_language(e, owner, style)
    if noisy:
        style.typo = rng.random() < 0.12
        style.swapped = rng.random() < 0.08
        style.keep_middle = style.keep_middle and rng.random() < 0.6
    out = [_compose(rng, e, style, "primary")]
    out.extend(_aliases(rng, e, native_owner, names.latin))
    seen: set[str] = set()
    return [n for n in out if not (n["full"] in seen or seen.add(n["full"]))]


# Records abroad write a person's given name as the recording country's language does:
# a Russian or Ukrainian Пётр is Peter in a British or German file, Pierre in a French
# one (polex.normalize.name_equivalents); a Russian file writes an Englishman John Smith
# as Джон Смит (synth.names_russian). Drawn from the entity and the owner, not from the
# record stream, so that the other records stay as they were.
_OWNER_LANGUAGE = {"GBR": "en", "USA": "en", "DEU": "de", "FRA": "fr"}
_EQUIVALENT_OWNERS_OF = frozenset({"RUS", "UKR"})
_EQUIVALENT_SHARE = 0.3  # of a Russian or Ukrainian person's records in those countries
_CYRILLIC_SHARE = 0.5  # of such a Western person's records in Russia


def _in_owner_language(e: Entity, owner: str, style: _Style) -> None:
    draw = random.Random(f"{e.id}:{owner}:language").random()
    if e.country in _EQUIVALENT_OWNERS_OF and owner in _OWNER_LANGUAGE:
        if draw < _EQUIVALENT_SHARE:
            style.given_as = equivalent_form(e.given.native, _OWNER_LANGUAGE[owner])
    elif owner == "RUS" and e.country in _OWNER_LANGUAGE and draw < _CYRILLIC_SHARE:
        language = _OWNER_LANGUAGE[e.country]
        given = cyrillic_form("given", language, e.given.native)
        family = cyrillic_form("family", language, e.family.native)
        if given and family:
            style.given_as, style.family_as, style.keep_middle = given, family, False


def _aliases(
    rng: random.Random, e: Entity, native_owner: bool, latin: bool
) -> list[dict[str, Any]]:
    out = []
    if native_owner:
        western = not PROFILES[e.country].family_first or rng.random() < 0.5
        # As bureaus do: the passport romanisation, or the ASCII form of a Latin name.
        if rng.random() < (0.2 if latin else 0.65):
            out.append(_compose(rng, e, _Style(1, western=western), "alias"))
        if e.given.alt and rng.random() < 0.4:
            out.append(_compose(rng, e, _Style(-1, western=False), "alias"))
        if not latin and rng.random() < 0.15:
            form = rng.randint(2, 4)
            out.append(_compose(rng, e, _Style(form, western=western), "alias"))
    elif not latin and rng.random() < 0.15:
        out.append(_compose(rng, e, _Style(0, western=not PROFILES[e.country].family_first),
                            "alias"))
    return out


def render_birth_dates(rng: random.Random, e: Entity, noisy: bool) -> list[str]:
    """The dates of birth one record gives: partial, 1 January, swapped or mistyped."""
    y, m, d = e.dob.year, e.dob.month, e.dob.day
    if e.year_only:
        return [f"{y}-01-01" if rng.random() < 0.6 else f"{y}"]
    r = rng.random()
    if r < 0.03:
        return []
    if r < 0.10:
        return [f"{y}"]
    if r < 0.16:
        return [f"{y}-{m:02d}"]
    true = f"{y}-{m:02d}-{d:02d}"
    if not noisy:
        return [true]
    r = rng.random()
    if r < 0.07 and d <= 12 and d != m:
        wrong = f"{y}-{d:02d}-{m:02d}"
    elif r < 0.12:
        wrong = _date_typo(rng, y, m, d)
    else:
        return [true]
    return [true, wrong] if rng.random() < 0.25 else [wrong]


def _date_typo(rng: random.Random, y: int, m: int, d: int) -> str:
    if rng.random() < 0.5:
        y = y + rng.choice((-10, -1, 1, 10))
    else:
        d = min(28, max(1, d + rng.choice((-1, 1, 10, -10))))
    return f"{y}-{m:02d}-{d:02d}"
