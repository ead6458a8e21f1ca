"""Per-country name banks parsed from the hand-written lists, and name rendering.

A name part is kept in every form it has (native script, romanisations) so that the same
real person can be written differently by each country that records them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from polex.normalize.names import detect_script, romanize
from polex.synth.names_latin import LATIN_NAMES
from polex.synth.names_scripts import SCRIPT_NAMES

__all__ = ["NameBank", "NamePart", "bank", "name_entry"]


@dataclass(frozen=True, slots=True)
class NamePart:
    """One name as the country writes it, its alternative native writing, its romanisations."""

    native: str
    alt: str | None
    roman: tuple[str, ...]

    def form(self, index: int) -> str:
        """0 is the native form; 1… the romanisations (clamped to the last one)."""
        if index <= 0:
            return self.native
        return self.roman[min(index, len(self.roman)) - 1]


@dataclass(frozen=True)
class NameBank:
    """The name lists of one country."""

    male: tuple[NamePart, ...]
    female: tuple[NamePart, ...]
    family: tuple[NamePart, ...]
    family_female: tuple[NamePart, ...]
    patronymic_male: tuple[NamePart, ...]
    patronymic_female: tuple[NamePart, ...]
    latin: bool  # the native script is Latin


def _parse(text: str) -> tuple[NamePart, ...]:
    parts = []
    for entry in text.split(";"):
        native, *roman = entry.split("|")
        alt = None
        if "=" in native:
            native, alt = native.split("=", 1)
        parts.append(NamePart(native, alt, tuple(roman) or (native,)))
    return tuple(parts)


@cache
def bank(country: str) -> NameBank:
    """The name bank of ``country`` (alpha-3)."""
    data = LATIN_NAMES.get(country) or SCRIPT_NAMES[country]
    family = _parse(data["s"])
    return NameBank(
        male=_parse(data["m"]),
        female=_parse(data["f"]),
        family=family,
        family_female=_parse(data["sf"]) if "sf" in data else family,
        patronymic_male=_parse(data.get("pm", "")) if "pm" in data else (),
        patronymic_female=_parse(data.get("pf", "")) if "pf" in data else (),
        latin=country in LATIN_NAMES,
    )


def name_entry(full: str, kind: str, given: str | None, middle: str | None,
               family: str | None, patronymic: str | None) -> dict[str, str | None]:
    """A canonical ``names[]`` entry: script and romanisation as the model derives them."""
    return dict(_entry(full, kind, given, middle, family, patronymic))


@lru_cache(maxsize=65536)
def _entry(full: str, kind: str, given: str | None, middle: str | None,
           family: str | None, patronymic: str | None) -> dict[str, str | None]:
    script = detect_script(full)
    return {
        "full": full,
        "type": kind,
        "script": script,
        "given": given,
        "middle": middle,
        "family": family,
        "patronymic": patronymic,
        "latin": _latin(full, script),
    }


# Scripts whose words are romanised one by one (no word reads differently beside another,
# unlike Arabic عبد الله, Han and Hangul written without spaces, or Cyrillic, where one
# word's letter has the whole name read by Serbian's or Ukrainian's own alphabet: Душан
# Николић dusan nikolic, Микола Іваненко mykola ivanenko): a full name's romanisation is
# its words', each romanised once, not once per combination of names.
_WORD_BY_WORD = frozenset({"Latn", "Grek"})


def _latin(full: str, script: str) -> str:
    if script in _WORD_BY_WORD:
        return " ".join(filter(None, map(_word_latin, full.split())))
    return romanize(full)


@lru_cache(maxsize=65536)
def _word_latin(word: str) -> str:
    return romanize(word)
