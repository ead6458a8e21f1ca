"""Name banks: real names in many forms, drawn with a long tail as in real populations."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from polex.normalize.names import detect_script, romanize
from polex.synth.entities import pick
from polex.synth.namebank import bank
from polex.synth.names_latin import LATIN_NAMES
from polex.synth.names_scripts import SCRIPT_NAMES
from polex.synth.persons import iter_persons
from polex.synth.plan import SynthPlan

COUNTRIES = sorted({*LATIN_NAMES, *SCRIPT_NAMES})
ROMAN = re.compile(r"^[A-Za-z' -]+$")
# What each non-Latin bank writes its names in (JPN: kanji, or kana for some given names).
SCRIPTS = {"RUS": "Cyrl", "UKR": "Cyrl", "BGR": "Cyrl", "SRB": "Cyrl", "EGY": "Arab",
           "SAU": "Arab", "MAR": "Arab", "IRQ": "Arab", "GRC": "Grek", "CYP": "Grek",
           "CHN": "Hani", "TWN": "Hani", "KOR": "Hang", "JPN": "Hani", "ISR": "Hebr",
           "THA": "Thai", "GEO": "Geor", "ARM": "Armn", "IND": "Deva"}


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_country_has_a_realistic_number_of_names(country: str) -> None:
    names = bank(country)
    assert len(names.male) >= 28 and len(names.female) >= 27
    assert len(names.family) >= 32
    assert len(names.family_female) == len(names.family)  # index-aligned female forms
    for parts in (names.male, names.female, names.family, names.family_female):
        natives = [p.native for p in parts]
        assert len(set(natives)) == len(natives), "a name listed twice would be drawn twice"


@pytest.mark.parametrize("country", sorted(SCRIPT_NAMES))
def test_native_names_are_in_the_country_script_with_latin_romanisations(country: str) -> None:
    names = bank(country)
    for part in (*names.male, *names.female, *names.family, *names.family_female,
                 *names.patronymic_male, *names.patronymic_female):
        script = detect_script(part.native)
        assert script == SCRIPTS[country] or (country == "JPN" and script == "Hira"), part
        assert all(detect_script(r) == "Latn" for r in part.roman), part
        assert any(ROMAN.match(r) for r in part.roman), part  # an ASCII form (Miloš, Milos)
        if part.alt:
            assert detect_script(part.alt) == "Kana", part


@pytest.mark.parametrize("country", sorted(LATIN_NAMES))
def test_latin_names_have_an_ascii_form(country: str) -> None:
    names = bank(country)
    for part in (*names.male, *names.female, *names.family, *names.family_female):
        assert detect_script(part.native) == "Latn"
        assert any(r.isascii() for r in part.roman), part


def test_names_are_drawn_with_a_long_tail() -> None:
    items = list(range(40))
    rng = random.Random(7)
    draws = Counter(pick(rng, items) for _ in range(40_000))
    assert set(draws) == set(items)  # every name is drawn
    assert draws[0] > 5 * draws[39]  # the commonest far more often than the rarest
    assert draws[0] < 0.15 * 40_000  # but no single name dominates
    assert sum(draws[i] for i in range(10)) > 0.5 * 40_000


def test_full_names_rarely_collide() -> None:
    # A full name (given and family) shared by many persons of one country is what makes
    # an absent person's search meet dozens of namesakes; real names rarely collide.
    persons = list(iter_persons(SynthPlan(seed=5, persons=3000)))
    full = Counter((p.entity.country, p.entity.given.native, p.entity.family.native)
                   for p in {p.entity.id: p for p in persons}.values())
    shared = sum(c for c in full.values() if c > 1) / sum(full.values())
    assert shared < 0.25


def test_generation_is_deterministic_and_latin_is_the_romanisation() -> None:
    first = [p.record for p in iter_persons(SynthPlan(seed=9, persons=400))]
    again = [p.record for p in iter_persons(SynthPlan(seed=9, persons=400))]
    assert first == again
    for record in first:
        for name in record["names"]:
            assert name["latin"] == romanize(name["full"])
