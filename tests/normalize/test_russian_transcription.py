"""A Latin part read as Russian practical transcription writes it from its source language.

Each row is a real name, its Russian form, and the reading (in the BGN letters that the
Cyrillic romanises to) that the source language's transcription rules give.
"""

from __future__ import annotations

import pytest

from polex.normalize.names import loose_key
from polex.normalize.russian_transcription import marked_spellings, russian_readings
from polex.search.match_form import name_form

READINGS = [
    # German: v ф, ei ай, eu ой, ch х, chs кс, h after a vowel silent.
    ("volker", "Фолькер", "folker"),
    ("neumann", "Нойман", "noymann"),
    ("fuchs", "Фукс", "fuks"),
    ("lehmann", "Леман", "lemann"),
    ("meier", "Майер", "mayer"),
    # Dutch: oe у, oo о, ee э, ij эй, j й.
    ("koeman", "Куман", "kuman"),
    ("joost", "Йост", "yost"),
    ("geert", "Герт", "khert"),  # Г writes the h (Хиддинк) of older transcriptions
    # Nordic: kj ш, lj й, hj й.
    ("kjell", "Шелль", "shell"),
    ("ljungberg", "Юнгберг", "yungberg"),
    ("hjalmar", "Яльмар", "yalmar"),
    # Hungarian: cs ч, sz с, gy дь, ly й, c ц.
    ("csaba", "Чаба", "chaba"),
    ("szucs", "Сюч", "such"),
    ("gyula", "Дьюла", "dyula"),
    ("mihaly", "Михай", "mihay"),
    ("ferenc", "Ференц", "ferents"),
    # West and South Slavic: c ц, ch х, j й, krz кш, -ić ич.
    ("kubica", "Кубица", "kubitsa"),
    ("wojciech", "Войцех", "woytsekh"),
    ("krzysztof", "Кшиштоф", "kshyshtof"),
    ("hejduk", "Гейдук", "heyduk"),
    ("modric", "Модрич", "modrich"),
    ("kaczmarek", "Качмарек", "kachmarek"),  # the ch of cz is ч, not х
    # Portuguese: final o у, lh ль, nh нь.
    ("figo", "Фигу", "figu"),
    ("coelho", "Коэлью", "coelyu"),
    ("mourinho", "Моуринью", "mourinyu"),
    # Spanish: j х, initial x х, initial h silent.
    ("jorge", "Хорхе", "khorkhe"),
    ("xavi", "Хави", "khavi"),
    ("herrera", "Эррера", "errera"),
    ("guevara", "Гевара", "gevara"),  # gu before e is г, not х
    # Italian and Romanian: gi дж, ch к, gli ль, initial z дз, cea ча.
    ("giuseppe", "Джузеппе", "dzhuseppe"),
    ("bergoglio", "Бергольо", "bergolo"),  # ь is not written: ль is l
    ("zola", "Дзола", "dzola"),
    ("mircea", "Мирча", "mircha"),
    # French: silent endings, oi уа, ai э, in эн.
    ("dumas", "Дюма", "duma"),
    ("benoit", "Бенуа", "benua"),
    ("verlaine", "Верлен", "verlen"),
    ("gauguin", "Гоген", "gogen"),
    # English: a silent e lengthens the vowel; ea и.
    ("kane", "Кейн", "keyn"),
    ("keats", "Китс", "kits"),
]


@pytest.mark.parametrize(("part", "cyrillic", "reading"), READINGS)
def test_a_part_is_read_as_russian_transcribes_its_language(
        part: str, cyrillic: str, reading: str) -> None:
    assert reading in russian_readings(part)
    written = name_form(cyrillic).tokens[0]  # its romanisation and other spellings (Г as h)
    spellings = {written.loose, *written.alts}
    assert loose_key(reading) in spellings  # the reading meets the Cyrillic
    assert loose_key(part) not in spellings  # which the part as written did not


@pytest.mark.parametrize("part", ["anna", "maria", "peter", "ivanov", "smirnov"])
def test_a_part_without_any_language_s_marks_has_no_reading(part: str) -> None:
    assert russian_readings(part) == ()


@pytest.mark.parametrize("part", ["leo", "ivo", "jan", "can", "ole"])
def test_a_part_of_three_letters_is_left_as_written(part: str) -> None:
    assert russian_readings(part) == ()


def test_a_hard_g_written_gh_or_gu_stays_hard() -> None:
    # Italian and Romanian gh, Spanish gu before e or i are г: not read again as дж or х.
    assert russian_readings("gheorghe") == ("george",)  # Георге, not Джеордже
    assert "gilyermo" in russian_readings("guillermo")  # Гильермо, not Хильермо


def test_a_language_s_rules_apply_only_with_its_marks() -> None:
    # Hungarian s is ш only in a Hungarian name: Simon has no Hungarian mark (Саймон, Симон).
    assert not any("ch" in r for r in russian_readings("casablanca"))
    assert "chaba" not in russian_readings("caba")  # cs, not c, is ч


@pytest.mark.parametrize(("name", "spellings"), [
    ("Dvořák", ("dvorzhak",)),  # Czech ř рж
    ("Schröder", ("schryoder",)),  # ö ё
    ("Wałęsa", ("walensa",)),  # Polish ł л, ę ен
    ("François", ("franchois", "fransois")),  # ç: ч in Turkish, с in French
    ("Recep Erdoğan", ("redzhep erdoan",)),  # ğ: a Turkish name, whose c is дж
])
def test_diacritics_are_written_out_as_russian_reads_them(name: str, spellings: tuple) -> None:
    assert marked_spellings(name) == spellings


def test_a_name_without_diacritics_has_no_marked_spelling() -> None:
    assert marked_spellings("Dvorak") == ()
