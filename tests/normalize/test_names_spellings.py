"""Names: how a name is cut into parts and which other spellings a part has (issue 3,
the realistic name banks), as specifications."""

from __future__ import annotations

import pytest

from polex.normalize.names import (
    egyptian_spellings,
    match_tokens,
    romanize,
    spelling_variants,
)

KANA_JOINED = [
    ("サトウユウト", "satou yuuto"),  # 佐藤 悠斗, Sato Yuto: family name first
    ("タナカダイスケ", "tanaka daisuke"),
    ("タカハシマコト", "takahashi makoto"),  # the longest family name: not taka hashimakoto
    ("さとうゆうと", "satou yuuto"),  # hiragana too
    ("オオタケン", "oota ken"),  # 太田 Ota, written with its long vowel
    ("イノウエケンタ", "inoue kenta"),  # 井上: ウエ is u-e, no long vowel to fold
]


@pytest.mark.parametrize(("text", "latin"), KANA_JOINED)
def test_a_japanese_name_in_kana_without_a_space_is_cut_after_the_family_name(
        text: str, latin: str) -> None:
    assert romanize(text) == latin


KANA_WHOLE = [
    ("カトリーナ", "katoriina"),  # Katrina: ー marks a foreign word, kato is not 加藤 here
    ("ジョンスミス", "jonsumisu"),  # no Japanese family name at the start
    ("アンドレア・ロッシ", "andorea rosshi"),  # a name with ・ is cut only there
    ("アベル", "aberu"),  # one kana left is no given name
    ("サトウ", "satou"),
]


@pytest.mark.parametrize(("text", "latin"), KANA_WHOLE)
def test_a_foreign_or_one_part_name_in_kana_is_not_cut(text: str, latin: str) -> None:
    assert romanize(text) == latin


def test_a_particle_after_a_hyphen_is_a_syllable_of_the_given_name() -> None:
    assert match_tokens("LEE Su-bin") == ["lee", "subin"]  # not the Arabic bin
    assert match_tokens("Kim Hye-bin") == ["kim", "hyebin"]
    assert match_tokens("Al-Hassan") == ["hassan"]  # before a name it is a particle
    assert match_tokens("El-Sayed Ahmed") == ["sayed", "ahmed"]


def test_a_particle_is_never_the_last_part_of_a_name() -> None:
    # Written apart, a given name's last syllable is no particle either (it comes before
    # a name): Mun Soo Bin kept its bin, Nguyen Thi Le its family name.
    assert match_tokens("Mun Soo Bin") == ["mun", "soo", "bin"]
    assert match_tokens("Nguyen Thi Le") == ["nguyen", "thi", "le"]
    assert match_tokens("Mohammed bin Salman") == ["mohammed", "salman"]
    assert match_tokens("Ludwig van Beethoven") == ["ludwig", "beethoven"]


@pytest.mark.parametrize(("part", "other"), [
    ("bak", "park"), ("park", "pak"), ("lee", "yi"), ("yi", "lee"), ("rhee", "lee"),
    ("choe", "choi"), ("gim", "kim"),
])
def test_a_korean_family_name_in_latin_letters_has_its_other_spellings(
        part: str, other: str) -> None:
    assert other in spelling_variants("Latn", part)


def test_no_one_letter_korean_spelling_is_added() -> None:
    assert "i" not in spelling_variants("Latn", "lee")  # a lone letter reads as an initial
    assert "o" not in spelling_variants("Latn", "oh")


@pytest.mark.parametrize(("part", "other"), [
    ("gamal", "jamal"), ("jamal", "gamal"), ("gad", "jad"), ("ragab", "rajab"),
    ("kazem", "kadhim"), ("kadhim", "kazem"),
    ("elnaggar", "najjar"),  # El Naggar, the article written joined
])
def test_an_arabic_name_has_its_regional_spellings(part: str, other: str) -> None:
    assert other in spelling_variants("Latn", part)


@pytest.mark.parametrize(("arabic", "egyptian"), [
    ("جمال", "gamal"), ("جميل", "gamil"), ("رجب", "ragab"), ("نجيب", "naguib"),
    ("النجار", "naggar"),  # with the article, as the romaniser drops it
])
def test_an_arabic_part_has_its_egyptian_spelling(arabic: str, egyptian: str) -> None:
    (part,) = match_tokens(arabic)
    assert egyptian in egyptian_spellings(part)


@pytest.mark.parametrize("arabic", ["كمال", "جورج", "محمد"])
def test_an_arabic_part_outside_the_egyptian_names_has_none(arabic: str) -> None:
    (part,) = match_tokens(arabic)
    assert egyptian_spellings(part) == ()


@pytest.mark.parametrize("part", ["gordon", "garcia", "gabriel", "jordan", "kamal"])
def test_g_and_j_stay_apart_outside_the_arabic_names(part: str) -> None:
    variants = spelling_variants("Latn", part)
    assert not any(v.startswith(("g", "j")) and v[1:] == part[1:] for v in variants)


@pytest.mark.parametrize(("part", "rest"), [
    ("vanderveen", "veen"), ("vandenberg", "berg"), ("vandevelde", "velde"),
    ("vonderheide", "heide"),
])
def test_a_dutch_particle_written_joined_gives_the_name_after_it(part: str, rest: str) -> None:
    assert rest in spelling_variants("Latn", part)


@pytest.mark.parametrize("part", ["vandana", "vanessa", "denise", "deborah", "delgado",
                                  "devon"])
def test_a_bare_van_or_de_at_the_start_is_no_other_spelling(part: str) -> None:
    # Vandana, Denise are names of their own; a joined de is only a candidate key, but for
    # the family names written with it (below).
    rests = {part[cut:] for cut in range(2, len(part))}
    assert not rests & set(spelling_variants("Latn", part))


@pytest.mark.parametrize(("part", "rest"), [("dejong", "jong"), ("devries", "vries"),
                                            ("deluca", "luca"), ("desouza", "souza")])
def test_a_family_name_written_with_de_joined_is_that_name(part: str, rest: str) -> None:
    assert rest in spelling_variants("Latn", part)


HAN_PARTS = [
    ("長谷川 雄一", "zhangguchuan xiongyi"),  # written apart: the words are the parts
    ("長谷川雄一", "zhangguchuan xiongyi"),  # a three-character Japanese family name, whole
    ("王 小明", "wang xiaoming"),  # 小明 is not cut into a family name 小 and 明
    ("毛泽东", "mao zedong"),  # one word: still cut after the family name
]


@pytest.mark.parametrize(("text", "latin"), HAN_PARTS)
def test_han_words_written_apart_are_not_cut_again(text: str, latin: str) -> None:
    assert romanize(text) == latin


def test_a_kanji_name_has_its_japanese_reading() -> None:
    assert "hasegawa" in spelling_variants("Hani", "zhangguchuan")  # 長谷川
    assert "yuichi" in spelling_variants("Hani", "xiongyi")  # 雄一


@pytest.mark.parametrize(("part", "other"), [
    ("christos", "hristos"), ("chatzis", "hatzis"), ("michalis", "mihalis"),
])
def test_a_greek_ch_is_also_h(part: str, other: str) -> None:
    assert other in spelling_variants("Latn", part)


@pytest.mark.parametrize("part", ["charles", "chen", "chavez", "richard"])
def test_ch_stays_ch_without_a_greek_ending(part: str) -> None:
    assert part.replace("ch", "h") not in spelling_variants("Latn", part)


@pytest.mark.parametrize(("part", "other"), [
    ("chevtchenko", "shevchenko"), ("khrouchtchev", "khroushchev"),
])
def test_a_french_transliteration_of_a_slavic_name_reads_ch_as_sh(part: str, other: str
                                                                   ) -> None:
    assert other in spelling_variants("Latn", part)


@pytest.mark.parametrize("part", ["mitchell", "thatcher", "fletcher", "tchaikovsky"])
def test_an_english_tch_has_no_french_reading(part: str) -> None:
    assert not any("sh" in v for v in spelling_variants("Latn", part))


@pytest.mark.parametrize(("arabic", "latin"), [("مروان", "Marwan"), ("جواد", "Jawad"),
                                               ("العزاوي", "Azzawi"), ("داود", "Dawood")])
def test_waw_beside_an_alif_is_also_read_as_w(arabic: str, latin: str) -> None:
    # و is a long u inside a word (محمود Mahmoud), a consonant beside an alif: English
    # writes w (Marwan), French ou (Marouane), so both readings are kept.
    from polex.search.match_form import name_form
    from polex.search.similarity import name_similarity

    assert name_similarity(name_form(arabic), name_form(latin)).similarity >= 0.95
    assert name_similarity(name_form(arabic), name_form(latin.replace("w", "ou"))
                           ).similarity >= 0.9


@pytest.mark.parametrize(("hebrew", "spelled"), [("hym", "chym"), ("mnhm", "mnchm")])
def test_a_hebrew_h_is_also_written_ch(hebrew: str, spelled: str) -> None:
    # חיים Chaim, מנחם Menachem: ח is written ch as often as h; the h of kh, sh is not.
    assert spelled in spelling_variants("Hebr", hebrew)
    assert not [v for v in spelling_variants("Hebr", "shlomo") if "sch" in v]
