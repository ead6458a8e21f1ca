"""Given names and their equivalents in other languages (issue 3): which part has which
other forms, and which has none, as specifications."""

from __future__ import annotations

import pytest

from polex.normalize.name_equivalents import (
    EQUIVALENTS,
    LANGUAGES,
    equivalent_form,
    equivalent_names,
    given_name_equivalents,
)
from polex.normalize.names import detect_script, romanize, spelling_variants


def _equivalents(name: str) -> tuple[str, ...]:
    return given_name_equivalents(detect_script(name), romanize(name))


def test_every_row_names_one_cyrillic_form_and_all_six_languages() -> None:
    for line in EQUIVALENTS.strip().splitlines():
        cells = [c.strip() for c in line.split("|")]
        assert len(cells) == len(LANGUAGES), line
        assert cells[0], f"no Russian form in {line!r}"
        assert detect_script(cells[0]) == "Cyrl"
        assert all(detect_script(c) == "Latn" for c in cells[3:] if c), line


@pytest.mark.parametrize(("name", "forms"), [
    ("Лев", {"leo", "leon"}),  # Leo Tolstoy, Léon Tolstoï
    ("Пётр", {"peter", "pierre", "petro"}),  # Peter the Great; Ukrainian Петро
    ("Петр", {"peter", "pierre"}),  # ё written е
    ("Екатерина", {"catherine", "katharina"}),
    ("Михаил", {"michael", "mikhaylo"}),
    ("Георгий", {"george", "georg", "georges"}),
    ("Микола", {"nikolay", "nicholas", "nicolas"}),  # the Ukrainian form
    ("Генрих", {"heinrich"}),  # a German Heinrich in a Russian file
    ("Джон", {"john"}),
    ("Уильям", {"william"}),
])
def test_a_cyrillic_given_name_has_its_forms_in_other_languages(name: str,
                                                                  forms: set[str]) -> None:
    assert forms <= set(_equivalents(name))
    assert forms <= set(spelling_variants("Cyrl", romanize(name)))  # what matching reads


@pytest.mark.parametrize(("name", "not_equivalent"), [
    ("Иван", "john"),  # only Иоанн, the church form, is John; a living Ivan is Ivan
    ("Яков", "james"),  # Яков I is James I; a James today is Джеймс
    ("Генрих", "henry"),  # Генрих VIII; a Henry today is Генри
    ("Карл", "charles"),
    ("Михаил", "michel"),  # a French file writes Mikhaïl
])
def test_forms_only_rulers_and_saints_receive_are_no_equivalents(name: str,
                                                                  not_equivalent: str) -> None:
    assert not_equivalent not in _equivalents(name)


@pytest.mark.parametrize(("latin", "form"), [
    ("Pyotr", "peter"),  # BGN
    ("Petr", "peter"),  # passport (ICAO 9303)
    ("Pjotr", "peter"),  # German
    ("Iurii", "yuriy"),  # passport: the Cyrillic-only row ties the spellings together
    ("Ekaterina", "catherine"),
    ("Siarhei", "sergey"),  # Belarusian passport, г as h
    ("Uladzimir", "vladimir"),
    ("Mykola", "nicholas"),  # Ukrainian passport
    ("Dzhon", "john"),
])
def test_a_latin_transliteration_of_a_cyrillic_form_has_the_equivalents(latin: str,
                                                                         form: str) -> None:
    assert form in _equivalents(latin)


@pytest.mark.parametrize("latin", [
    "Peter", "Pierre", "Michael", "Maria", "Anna", "Mark", "Victor",  # Western forms
    "Jan", "Sana", "Yang",  # alike only loosely (Жан zhan, Жанна shanna, Іаан)
])
def test_a_western_or_unrelated_latin_name_has_no_equivalents(latin: str) -> None:
    # A Pierre is a Frenchman, whom no document translates into Peter.
    assert _equivalents(latin) == ()


def test_other_scripts_have_no_equivalents() -> None:
    assert given_name_equivalents("Grek", "petros") == ()
    assert given_name_equivalents("Hani", "bide") == ()


def test_equivalent_names_tells_another_form_from_another_spelling() -> None:
    assert equivalent_names("pyotr", "peter")
    assert equivalent_names("peter", "pyotr")
    assert equivalent_names("siarhei", "sergey")  # the Belarusian form
    assert not equivalent_names("pyotr", "petr")  # two spellings of Пётр
    assert not equivalent_names("peter", "pierre")  # two Western forms: not by the table
    assert not equivalent_names("pyotr", "pavel")


def test_equivalent_form_gives_a_language_s_form() -> None:
    assert equivalent_form("Пётр", "fr") == "Pierre"
    assert equivalent_form("Микола", "en") == "Nicholas"
    assert equivalent_form("Лев", "de") == "Leo"
    assert equivalent_form("Сергей", "en") is None  # English has no own form of Sergey
    assert equivalent_form("Борис", "en") is None  # not in the table
