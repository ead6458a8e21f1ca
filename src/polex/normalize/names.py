"""Person names: script detection, per-script romanisation, tokens and phonetic keys.

``romanize`` turns a name in any script into lower-case ASCII Latin, choosing the
romaniser per script (pypinyin for Han, ICU for Cyrillic, Greek, kana and the rest, our
own tables for Hebrew, Arabic and Hangul, and rules on ICU's output for Thai and Devanagari,
where ICU's are transliterations of letters rather than of names). ``spelling_variants``
gives a part's other spellings (surname spellings, foreign and Japanese readings, a given
name's equivalents in other languages: ``name_equivalents``).
``loose_key``, ``vowel_key`` and ``skeleton`` are three increasingly coarse phonetic forms
of one romanised token; matching compares all three (see docs/matching.md).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

from normality import ascii_text

from polex.normalize.name_equivalents import given_name_equivalents

__all__ = [
    "PARTICLES",
    "detect_script",
    "egyptian_spellings",
    "foreign_in_han",
    "foreign_reading",
    "han_foreign_reading",
    "japanese_readings",
    "loose_key",
    "mandarin_like",
    "match_tokens",
    "name_variants",
    "romanize",
    "russian_transliterations",
    "skeleton",
    "skeleton_liquids_apart",
    "south_slavic_read_as_russian",
    "spelling_variants",
    "surname_variants",
    "thai_er_spelling",
    "thai_letter_finals",
    "tokens",
    "ukrainian_read_as_russian",
    "vowel_key",
    "wade_giles",
    "without_joined_particle",
]

# Unicode character-name prefixes → ISO 15924 script codes.
_SCRIPT_PREFIXES = {
    "LATIN": "Latn", "CYRILLIC": "Cyrl", "ARABIC": "Arab", "GREEK": "Grek", "HEBREW": "Hebr",
    "CJK": "Hani", "HANGUL": "Hang", "HIRAGANA": "Hira", "KATAKANA": "Kana", "THAI": "Thai",
    "DEVANAGARI": "Deva", "GEORGIAN": "Geor", "ARMENIAN": "Armn", "BENGALI": "Beng",
    "TAMIL": "Taml", "ETHIOPIC": "Ethi",
}

# Name particles that carry no identity: dropped before matching, kept in ``romanize``.
PARTICLES = frozenset(
    (  # noqa: SIM905
        "al el ul bin ibn bint binti de da di del della des du van der den von "
        "le la dos das y mc"
    ).split()
)


@lru_cache(maxsize=4096)
def _char_script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    if name.startswith("HALFWIDTH KATAKANA"):
        return "Kana"
    for prefix, code in _SCRIPT_PREFIXES.items():
        if name.startswith(prefix):
            return code
    return None


_ASCII_LETTER = re.compile("[A-Za-z]")  # what isalpha() accepts in ASCII, in one C loop


def detect_script(text: str) -> str:
    """The ISO 15924 code of the script most letters of ``text`` are in (``Zyyy`` if none)."""
    if text.isascii():  # most names: no need to look each letter up
        return "Latn" if _ASCII_LETTER.search(text) else "Zyyy"
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            code = _char_script(char)
            if code:
                counts[code] = counts.get(code, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else "Zyyy"


def _runs(text: str) -> list[tuple[str | None, str]]:
    """Split ``text`` into runs of one script; marks, digits and spaces join the run."""
    if text.isascii():  # one run (of Latin, if it has a letter), as the loop below makes it
        return [("Latn" if _ASCII_LETTER.search(text) else None, text)] if text else []
    runs: list[tuple[str | None, str]] = []
    for char in text:
        code = _char_script(char) if char.isalpha() else None
        if runs and (code is None or code == runs[-1][0] or runs[-1][0] is None):
            prev = runs[-1][0] if code is None else code
            runs[-1] = (prev, runs[-1][1] + char)
        else:
            runs.append((code, char))
    return runs


_ICU_IDS = {
    "Cyrl": "Russian-Latin/BGN",  # then _cyrillic: ё and the primes, before Any-Latin
    "Grek": "Greek-Latin/UNGEGN; Any-Latin; Latin-ASCII",
    # No Latin-ASCII for kana: _kana writes the long-vowel macrons as doubled vowels first.
    "Kana": "Katakana-Latin; Hiragana-Latin",
    "Hira": "Hiragana-Latin; Katakana-Latin",
    "Deva": "Devanagari-Latin",  # no Latin-ASCII yet: _devanagari reads the macrons first
}
_ICU_DEFAULT = "Any-Latin; Latin-ASCII"
_icu_lock = threading.Lock()
_icu_cache: dict[str, object] = {}


def _icu(text: str, script: str | None) -> str:
    """Transliterate with ICU; transliterator objects are not thread-safe, hence the lock."""
    import icu  # PyICU: imported lazily, it is slow to load

    ident = _ICU_IDS.get(script or "", _ICU_DEFAULT)
    with _icu_lock:
        trans = _icu_cache.get(ident)
        if trans is None:
            trans = _icu_cache[ident] = icu.Transliterator.createInstance(ident)
        return trans.transliterate(text)  # type: ignore[attr-defined]


# ICU writes small kana (ウィ, ヴァ, イェ) as "u~i", "vu~a", "i~e": rewrite as Hepburn does.
_KANA_FIXES = (("tsu~", "ts"), ("vu~", "v"), ("fu~", "f"), ("u~", "w"), ("i~", "y"), ("~", ""),
               ("・", " "))
# A long vowel (ー) is doubled, not dropped: it often stands for an r (ピーター pītā, Peter),
# which the foreign-name reading below restores; loose keys collapse the double anyway.
_MACRONS = str.maketrans({"ā": "aa", "ī": "ii", "ū": "uu", "ē": "ee", "ō": "oo"})


def _kana_run(text: str, script: str) -> str:
    out = _icu(text, script)
    for old, new in _KANA_FIXES:
        out = out.replace(old, new)
    return out.translate(_MACRONS)


# What only a foreign word written in kana has: the long-vowel bar, small vowels (ウィ, ファ)
# and ヴ. Japanese names write long vowels with a full kana (サトウ, ユウト).
_KANA_FOREIGN = re.compile("[ーァィゥェォヴぁぃぅぇぉゔ]")
# A name never starts with these: they close or modify the syllable before them.
_KANA_NO_START = frozenset("ンッャュョヮんっゃゅょゎ・=゠")
_KANA_GIVEN_MIN = 2  # kana of the given name left after the family name (ケン, ユウト)


def _kana_long(romanised: str) -> str:
    # Hepburn passports write no long vowels: サトウ satou, オオタ oota are Sato, Ota.
    return romanised.replace("ou", "o").replace("oo", "o").replace("uu", "u")


def _kana_family_split(word: str, script: str) -> tuple[str, str] | None:
    """A Japanese name written in kana without a space, cut after the longest common family
    name it starts with (サトウユウト → サトウ, ユウト), or None.

    Only for words with nothing of a foreign name in them (no ー, small vowel, ヴ), and only
    with at least two kana left for the given name.
    """
    if len(word) < 2 + _KANA_GIVEN_MIN or _KANA_FOREIGN.search(word):
        return None
    family = _ja_family_readings()
    for cut in range(len(word) - _KANA_GIVEN_MIN, 1, -1):  # longest family name first
        if word[cut] in _KANA_NO_START:
            continue
        reading = _kana_run(word[:cut], script)
        # Folded as passports write long vowels (サトウ Sato), or not: イノウエ is i-no-u-e.
        if reading in family or _kana_long(reading) in family:
            return word[:cut], word[cut:]
    return None


def _kana(text: str, script: str) -> str:
    words = text.replace("=", " ").replace("゠", " ").replace("・", " ").split()
    if len(words) == 1:
        # Japanese names in kana are often written without a space (サトウユウト): family
        # name first, as in Japanese.
        split = _kana_family_split(words[0], script)
        words = list(split) if split else words
    return " ".join(_kana_run(w, script) for w in words)


# --- Han: Mandarin pinyin; a one-word name splits into family name and given name. ---
_HAN_COMPOUND = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 "  # noqa: SIM905
    "慕容 令狐 长孙 宇文 司徒 夏侯 歐陽 諸葛".split()
)


# The commonest family names (the first ~150 of the Hundred Family Surnames by frequency,
# simplified and traditional): a one-word name is split into family and given name only
# when it starts with one, so a given name written alone (介石, 德华) stays one part.
_HAN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    "覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚"
    "符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆"
    "農农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾"
    "隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "張劉陳楊黃趙吳許鄭謝韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閆龔錢顏聶歐蘭紀畢塗駱靳鮑饒婁竇衛臧鄔樂"
)


# Japanese names written in kanji are read in Japanese (鈴木 Suzuki), not in Mandarin
# (Lingmu), and no Japanese reading dictionary is installed. These are the commonest family
# names (about the first 130 by frequency, with older and simplified forms) and common given
# names, with their passport (Hepburn, no macrons) readings. The reading is an *other
# spelling* of the Mandarin part, never a replacement: 高橋 stays gaoqiao and also reads
# takahashi. Looked up by the Mandarin reading, so simplified forms (铃木, 高桥) work too.
_JA_FAMILY = (
    "佐藤:sato 鈴木:suzuki 高橋:takahashi 髙橋:takahashi 田中:tanaka 伊藤:ito 渡辺:watanabe "
    "渡邊:watanabe 渡邉:watanabe 渡部:watanabe 山本:yamamoto 中村:nakamura 小林:kobayashi "
    "加藤:kato 吉田:yoshida 山田:yamada 佐々木:sasaki 山口:yamaguchi 松本:matsumoto "
    "井上:inoue 木村:kimura 斎藤:saito 斉藤:saito 齋藤:saito 齊藤:saito 清水:shimizu "
    "山崎:yamazaki 池田:ikeda 橋本:hashimoto 阿部:abe 安倍:abe 石川:ishikawa 山下:yamashita "
    "中島:nakajima 石井:ishii 小川:ogawa 前田:maeda 岡田:okada 長谷川:hasegawa 藤田:fujita "
    "後藤:goto 近藤:kondo 村上:murakami 遠藤:endo 青木:aoki 坂本:sakamoto 福田:fukuda "
    "太田:ota 西村:nishimura 藤井:fujii 金子:kaneko 岡本:okamoto 藤原:fujiwara 中野:nakano "
    "三浦:miura 原田:harada 中川:nakagawa 松田:matsuda 竹内:takeuchi 小野:ono 田村:tamura "
    "中山:nakayama 和田:wada 石田:ishida 森田:morita 上田:ueda 内田:uchida 柴田:shibata "
    "酒井:sakai 宮崎:miyazaki 横山:yokoyama 高木:takagi 安藤:ando 宮本:miyamoto 大野:ono "
    "小島:kojima 谷口:taniguchi 今井:imai 工藤:kudo 高田:takada 増田:masuda 丸山:maruyama "
    "杉山:sugiyama 村田:murata 大塚:otsuka 新井:arai 小山:koyama 平野:hirano 藤本:fujimoto "
    "河野:kono 上野:ueno 野口:noguchi 武田:takeda 松井:matsui 千葉:chiba 岩崎:iwasaki "
    "菅原:sugawara 木下:kinoshita 久保:kubo 佐野:sano 野村:nomura 松尾:matsuo 市川:ichikawa "
    "菊地:kikuchi 菊池:kikuchi 杉本:sugimoto 古川:furukawa 大西:onishi 島田:shimada "
    "水野:mizuno 桜井:sakurai 櫻井:sakurai 高野:takano 吉川:yoshikawa 山内:yamauchi "
    "西田:nishida 飯田:iida 菅野:kanno 松下:matsushita 小松:komatsu 北村:kitamura "
    "安田:yasuda 中田:nakata 川口:kawaguchi 平田:hirata 川崎:kawasaki 本田:honda "
    "久保田:kubota 吉村:yoshimura 田口:taguchi 中西:nakanishi 岩田:iwata 樋口:higuchi "
    "秋山:akiyama 大橋:ohashi 宮田:miyata 服部:hattori 荒木:araki 野田:noda 浅野:asano "
    "岸田:kishida 豊田:toyoda 徳川:tokugawa 織田:oda 黒澤:kurosawa 黒沢:kurosawa "
    "夏目:natsume 三島:mishima 川端:kawabata 大江:oe 福島:fukushima 小泉:koizumi "
    "鳩山:hatoyama 宮沢:miyazawa 宮澤:miyazawa 野田:noda 菅:suga"
)
_JA_GIVEN = (
    "太郎:taro 一郎:ichiro 次郎:jiro 三郎:saburo 健太:kenta 翔太:shota 大輔:daisuke "
    "大介:daisuke 健一:kenichi 浩一:koichi 拓也:takuya 達也:tatsuya 和也:kazuya "
    "哲也:tetsuya 直樹:naoki 大樹:daiki 秀樹:hideki 正樹:masaki 拓海:takumi 大翔:hiroto "
    "悠真:yuma 陽翔:haruto 悠人:yuto 優太:yuta 雄太:yuta 涼太:ryota 亮太:ryota 康介:kosuke "
    "浩介:kosuke 雄介:yusuke 祐介:yusuke 俊介:shunsuke 圭介:keisuke 健二:kenji 賢治:kenji "
    "誠一:seiichi 修一:shuichi 隆之:takayuki 博之:hiroyuki 裕之:hiroyuki 和彦:kazuhiko "
    "正人:masato 直人:naoto 隼人:hayato 大輝:daiki 翔平:shohei 洋平:yohei 健太郎:kentaro "
    "慎太郎:shintaro 晋三:shinzo 純一郎:junichiro 文雄:fumio 春樹:haruki 真一:shinichi "
    "海斗:kaito 颯太:sota 大和:yamato 克也:katsuya 信也:shinya 慎也:shinya 浩:hiroshi "
    "博:hiroshi 隆:takashi 誠:makoto 茂:shigeru 清:kiyoshi 学:manabu 豊:yutaka 勇:isamu "
    "修:osamu 実:minoru 進:susumu 剛:tsuyoshi 聡:satoshi 徹:toru 翼:tsubasa 蓮:ren "
    "花子:hanako 陽子:yoko 洋子:yoko 恵子:keiko 由美:yumi 美咲:misaki 裕子:yuko "
    "優子:yuko 久美子:kumiko 真由美:mayumi 明美:akemi 直美:naomi 智子:tomoko 幸子:sachiko "
    "京子:kyoko 恭子:kyoko 和子:kazuko 節子:setsuko 美穂:miho 麻衣:mai 結衣:yui 陽菜:hina "
    "美優:miyu 美月:mizuki 真央:mao 千尋:chihiro 香織:kaori 由香:yuka 絵里:eri 愛子:aiko "
    "春香:haruka 美紀:miki 友美:tomomi 純子:junko 順子:junko 典子:noriko 美香:mika "
    "理恵:rie 彩香:ayaka 沙織:saori 千秋:chiaki 亜美:ami 麻美:asami 真理子:mariko "
    "由紀:yuki 美由紀:miyuki 直子:naoko 明子:akiko 美奈子:minako 早苗:sanae 静香:shizuka "
    "桃子:momoko 里美:satomi 恵:megumi 瞳:hitomi 愛:ai 葵:aoi 凛:rin "
    "雄一:yuichi 裕一:yuichi 祐一:yuichi 優一:yuichi 悠斗:yuto 陽斗:haruto 大地:daichi "
    "陽介:yosuke 洋介:yosuke 恵太:keita 啓太:keita 直哉:naoya 雅人:masato 裕太:yuta "
    "誠也:seiya 智也:tomoya 雅之:masayuki 英樹:hideki 由佳:yuka "
    "美穂子:mihoko 七海:nanami 真理:mari"
)


def _ja_entries(table: str) -> list[tuple[str, str]]:
    return [tuple(e.split(":")) for e in table.split()]  # type: ignore[misc]


@lru_cache(maxsize=1)
def _ja_readings() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Mandarin reading → Japanese readings, and the Mandarin readings of family names.

    A one-character given name whose Mandarin reading is also a Chinese family name (明
    ming, 武 wu) is left out: every Ming and Wu would gain a Japanese reading.
    """
    from pypinyin import lazy_pinyin

    surname_sounds = {"".join(lazy_pinyin(c)) for c in _HAN_SURNAMES}
    readings: dict[str, tuple[str, ...]] = {}
    family = set()
    for table, is_family in ((_JA_FAMILY, True), (_JA_GIVEN, False)):
        for kanji, reading in _ja_entries(table):
            sound = "".join(lazy_pinyin(kanji))
            if len(kanji) == 1 and sound in surname_sounds:
                continue
            if is_family:
                family.add(sound)
            if reading not in readings.get(sound, ()):
                readings[sound] = (*readings.get(sound, ()), reading)
    return readings, frozenset(family)


@lru_cache(maxsize=1)
def _ja_family_readings() -> frozenset[str]:
    """The passport readings of the common Japanese family names (sato, takahashi)."""
    return frozenset(reading for _, reading in _ja_entries(_JA_FAMILY))


def japanese_readings(token: str) -> tuple[str, ...]:
    """Japanese readings of a Mandarin-read Han part, if it is a common Japanese name.

    Example: ``japanese_readings("lingmu") == ("suzuki",)`` (鈴木, read Língmù in Mandarin).
    """
    return _ja_readings()[0].get(token, ())


# Characters that Chinese uses to write foreign names (the Xinhua transcription tables:
# 斯 s, 尔 r, 姆 m, 顿 -ton, 伊 i…) and hardly ever in a Chinese given name. A word with one
# of them after its first character is a foreign name written in Han (克林顿 Clinton,
# 伊万诺夫 Ivanov): one part, not a family name 克 and a given name 林顿.
_HAN_FOREIGN = frozenset(
    "斯尔姆茨兹弗诺萨塞赫蒂埃奥伊坦顿逊格拉卡库迪普布莱里瓦巴尼妮娅丝乌厄戈塔托图佩帕齐"
    "奇切琼基科肯夸奎勒洛卢鲁迈麦默穆纳奈努珀瑟舍什索特提沃耶约扎彼"
)


def _transcribed(word: str) -> bool:
    """Whether a Han word reads as a foreign name written in Han (three characters or more)."""
    rest = word[1:] if word[0] in _HAN_SURNAMES else word  # 斯大林 Stalin: 斯 is no surname
    return len(word) >= 3 and any(c in _HAN_FOREIGN for c in rest)


def foreign_in_han(text: str) -> bool:
    """Whether a name written in Han has a foreign name among its words (比尔·克林顿, Bill
    Clinton), which no Chinese dialect reading explains."""
    return any(_transcribed(w) for w in re.split(r"[\s·・.]+", text) if w)


def _han(text: str) -> str:
    from pypinyin import lazy_pinyin  # imported lazily: loads its dictionaries

    family = _ja_readings()[1]
    words = []
    split = text.split()
    for word in split:
        sylls = lazy_pinyin(word)
        if len(split) > 1 or len(sylls) != len(word) or _transcribed(word):
            # Written apart, the words are the parts already (長谷川 雄一, 毛 泽东).
            words.append("".join(sylls))
            continue
        if 4 <= len(word) <= 5 and "".join(sylls[:3]) in family:
            # A three-character Japanese family name (長谷川, 佐々木, 久保田) and a given name.
            words.append("".join(sylls[:3]) + " " + "".join(sylls[3:]))
            continue
        if not 2 <= len(word) <= 4:
            words.append("".join(sylls))
            continue
        cut = 2 if word[:2] in _HAN_COMPOUND and len(word) > 2 else 1
        known = cut == 2 or word[0] in _HAN_SURNAMES or len(word) > 2
        # A Japanese family name is a word (高橋 is not 高 Gao + 橋); 4 characters, or 3
        # not starting with a Chinese family name, are a Japanese family and given name.
        if "".join(sylls[:2]) in family and (
                len(word) == 2 or len(word) == 4 or word[0] not in _HAN_SURNAMES):
            cut, known = 2, len(word) > 2
        if known:
            words.append("".join(sylls[:cut]) + " " + "".join(sylls[cut:]))
        else:
            words.append("".join(sylls))
    return " ".join(words)


# --- Hangul: Revised Romanization (2000), with final consonants resyllabified. ---
_HG_INITIAL = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()  # noqa: SIM905
_HG_MEDIAL = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()  # noqa: SIM905
_HG_FINAL = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()  # noqa: SIM905
# A final consonant before a silent ㅇ is pronounced as the next syllable's initial.
_HG_LINK = "- g kk g n n n d r g m r r r p r m b b s ss ng j ch k t p h".split()  # noqa: SIM905
_HG_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류홍전고문손양배백허노남심유구하곽성차주우민"
    "나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사"
    "리림로량룡류"  # North Korean spellings (리 for 이, 림 for 임, 로 for 노)
)


_HG_BARE = {12: "z", 13: "z", 14: "ts"}


def _hangul_syllable(code: int, next_code: int | None) -> str:
    initial, rest = divmod(code, 588)
    medial, final = divmod(rest, 28)
    linked = next_code is not None and next_code // 588 == 11  # next starts with silent ㅇ
    if medial == 18 and final == 0 and initial != 11 and not linked:
        # Loanwords insert ㅡ after a bare consonant (트럼프 = T-R-M-P): keep the consonant.
        # A bare ㅈ, ㅉ writes z and ㅊ ts (즈 Cruise, 게이츠 Gates, 프리츠 Fritz).
        return _HG_BARE.get(initial, _HG_INITIAL[initial])
    tail = _HG_LINK[final] if linked else _HG_FINAL[final]
    return (_HG_INITIAL[initial] + _HG_MEDIAL[medial] + tail).replace("-", "")


def _hangul_word(word: str, link: bool = True) -> str:
    """One word in RR; ``link``: a final consonant before a silent ㅇ is said as the next
    syllable's initial (loanwords, as said); a Korean given name is written syllable by
    syllable instead, as RR prescribes for personal names and passports do (석열 Seokyeol,
    not Seogyeol)."""
    codes = [ord(c) - 0xAC00 if 0 <= ord(c) - 0xAC00 < 11172 else None for c in word]
    out = []
    for i, code in enumerate(codes):
        if code is None:
            out.append(word[i])
            continue
        nxt = codes[i + 1] if link and i + 1 < len(codes) else None
        out.append(_hangul_syllable(code, nxt))
    return "".join(out).replace("lr", "ll")  # ㄹㄹ is ll (RR): 윌리엄 William


# Korean family names keep their customary spellings, in passports and in English (RR
# itself leaves them alone): 김 Kim, not Gim. The customary spelling is the romanisation,
# RR and the other spellings in use are other spellings (surname_variants).
_HG_FAMILY = (
    "gim:kim i:lee,yi,rhee,ri bak:park,pak choe:choi,chey jeong:jung,chung,cheong "
    "gang:kang jo:cho,joe yun:yoon,youn jang:jang,chang im:lim,yim,rim o:oh seo:seo,suh "
    "sin:shin gwon:kwon hwang:hwang,whang an:ahn ryu:ryu,yoo,yu,rhyu jeon:jeon,jun,chun,chon "
    "go:ko,koh mun:moon son:son,sohn bae:bae,pae baek:baek,paik,paek heo:heo,huh,hur "
    "yu:yoo,yu sim:shim no:roh,noh gwak:kwak seong:sung ju:joo,chu u:woo gu:koo,ku "
    "na:na,ra jin:jin,chin ji:ji,chi eom:um,uhm,eum cheon:chun,chon bang:bang,pang "
    "gong:kong hyeon:hyun ham:ham,hahm byeon:byun,pyun yeom:yeom,yum yeo:yeo,yuh chu:choo "
    "do:do,doh,toh seok:seok,suk seon:sun seol:seol,sul gil:kil yeon:yeon,youn wi:wi,wee "
    "myeong:myung gi:ki ban:ban,pan geum:keum,kum yuk:yuk,yook je:je,jae guk:kook "
    "eo:eo,uh pyeon:pyun gyeong:kyung ri:ri,lee,rhee"
)


def _hg_family() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """RR → customary spelling, and customary spelling → its other spellings (RR first)."""
    main, others = {}, {}
    for entry in _HG_FAMILY.split():
        rr, spellings = entry.split(":")
        first, *rest = spellings.split(",")
        main[rr] = first
        others[first] = tuple(dict.fromkeys(x for x in (rr, *rest) if x != first))
    return main, others


_HG_CUSTOMARY, _HG_FAMILY_VARIANTS = _hg_family()


def _latin_korean_family() -> dict[str, tuple[str, ...]]:
    """Each spelling of a Korean family name in Latin letters → the other spellings of it.

    A Korean name written in Latin letters may use any of them (박 Park, Bak, Pak; 이 Lee,
    Yi, Rhee), and the record and the query need not agree. One-letter spellings (이 I,
    오 O) are left out: a lone letter reads as an initial.
    """
    classes: dict[str, set[str]] = {}
    for entry in _HG_FAMILY.split():
        rr, spellings = entry.split(":")
        members = {x for x in (rr, *spellings.split(",")) if len(x) > 1}
        for member in members:
            classes.setdefault(member, set()).update(members)
    return {m: tuple(sorted(c - {m})) for m, c in classes.items() if len(c) > 1}


_LATIN_KOREAN_FAMILY = _latin_korean_family()


# Two-syllable family names: a four-syllable word starting with one is family + given name.
_HG_COMPOUND = frozenset("남궁 황보 제갈 선우 독고 사공 서문".split())  # noqa: SIM905


def _hangul(text: str) -> str:
    words = text.split()
    if len(words) == 1 and 3 <= len(words[0]) <= 4 and words[0][:2] in _HG_COMPOUND:
        words = [words[0][:2], words[0][2:]]  # 남궁민수 → namgung minsu
    elif len(words) == 1 and 2 <= len(words[0]) <= 3 and words[0][0] in _HG_SURNAMES:
        words = [words[0][0], words[0][1:]]  # 김정은 → kim jeongeun
    # A Korean person's name: a one-syllable word (the family name) beside the others.
    korean = len(words) > 1 and any(
        len(w) == 1 or w in _HG_COMPOUND for w in words) and all(len(w) <= 3 for w in words)
    out = [_hangul_word(w, link=not korean) for w in words]
    if korean:
        out = [_HG_CUSTOMARY.get(r, r) if len(w) == 1 else r
               for w, r in zip(words, out, strict=True)]
    return " ".join(out)


# Korean given names in passports and English mostly follow McCune-Reischauer habits, one
# syllable at a time: ㅓ is u (정 Jung, 성 Sung, 현 Hyun, 석 Suk), ㅢ is i or ee (희 Hee),
# a syllable starting with a vowel after one ending with a vowel gets a w (태우 Tae-woo),
# and the first consonant is voiceless (건희 Kun-hee, 기문 Ki-moon, 범 Pum). One other
# spelling with all of these: the loose keys already join oo/u, ee/i, ch/j, sh/s.
_HG_PASSPORT = (
    (re.compile("eo"), "u"),
    (re.compile("ui"), "i"),
    (re.compile("(?:(?<=[aio])|(?<=ae)|(?<=oe))u"), "wu"),
    (re.compile("^g"), "k"), (re.compile("^b"), "p"), (re.compile("^d"), "t"),
)


def _korean_passport(token: str) -> str | None:
    out = token
    for pattern, repl in _HG_PASSPORT:
        out = pattern.sub(repl, out)
    return out if out != token else None


# An abjad writes no short vowel between a consonant and an h after it; romanised as they
# are, the two would read as one sound (s+h as sh, z+h as zh, k+h as kh: زهراء "zhra", read
# "jra", is Zahra). Such an h is written after the vowel Latin spellings mostly give it.
_H_APART = "ah"
_DIGRAPH_FIRSTS = frozenset("szkdtgcp")  # romanised letters an h after would join


# --- Hebrew: consonants with matres lectionis read as vowels; geresh marks foreign sounds. ---
_HE_GERESH = {"ג": "j", "ז": "zh", "צ": "ch", "ת": "th", "ד": "th", "ח": "kh", "כ": "kh"}
_HE_LETTERS = {
    "א": "a", "ב": "v", "ג": "g", "ד": "d", "ה": "h", "ז": "z", "ח": "h", "ט": "t", "כ": "kh",
    "ך": "kh", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ע": "a", "פ": "f",
    "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r", "ש": "sh", "ת": "t",
}
_HE_INITIAL = {"ב": "b", "כ": "k", "פ": "p", "ו": "v", "י": "y"}
_HE_H = re.compile("(?<![kszct])h")  # an h of its own, not of kh, sh, zh, th
_HE_MARKS = re.compile("[\u0591-\u05c7]")


def _hebrew_letter(word: str, i: int) -> str:
    char, nxt = word[i], word[i + 1 : i + 2]
    prev = word[i - 1] if i else ""
    if char in "ו" and (nxt == "ו" or prev == "ו"):
        return "v" if nxt == "ו" else ""
    if char == "י" and (nxt == "י" or prev == "י"):
        return "y" if nxt == "י" else ""
    if i == 0 and char in _HE_INITIAL:
        return _HE_INITIAL[char]
    if char == "ו":
        return "o"
    if char == "י":
        return "i"
    if char == "ה" and i == len(word) - 1:
        return "a"
    # (``prev`` is "" at the start of a word, which ``in`` finds in any string: tested apart.)
    if char == "ה" and prev and prev in "כקסצטפגזדשת":
        return ""  # would read as a digraph: כהן is Kohen, not "khn"
    if char == "ח" and prev and (prev in "סצטתגזדק" or (i == 1 and prev in "כפ")):
        return _H_APART  # צחי is Tsahi, not "tshi" (read "si")
    return _HE_LETTERS.get(char, char)


def _hebrew(text: str) -> str:
    text = _HE_MARKS.sub("", text).replace("\u05f3", "'").replace("׳", "'")
    out = []
    for word in re.split(r"[\s\-־]+", text):
        letters = []
        for i, char in enumerate(word):
            if char in "'\"״":
                continue
            if word[i + 1 : i + 2] in ("'", "\u05f3") and char in _HE_GERESH:
                letters.append(_HE_GERESH[char])
            else:
                letters.append(_hebrew_letter(word, i))
        out.append("".join(letters))
    return " ".join(out)


# --- Arabic (and Persian, Urdu letters): consonants, long vowels, the article split off. ---
_AR_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "ة": "a", "ى": "a", "ء": "", "ؤ": "u", "ئ": "i", "پ": "p",
    "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k", "ی": "i", "ه\u200c": "h", "ۀ": "a", "ے": "e",
    "ٹ": "t", "ڈ": "d", "ڑ": "r", "ں": "n", "ھ": "h",
    "\u064e": "a", "\u0650": "i", "\u064f": "u",  # fatha, kasra, damma when written
}
_AR_SEMI = {"و": ("w", "u"), "ي": ("y", "i"), "ی": ("y", "i")}
_AR_H = frozenset("هحھ")  # letters romanised h
# In a romanised Arabic part, a u or i next to an a: و or ي beside an alif (see
# spelling_variants).
_AR_SEMIVOWEL_BESIDE_A = re.compile("(?<=a)[ui]|[ui](?=a)")


def _semivowel_consonant(match: re.Match[str]) -> str:
    return "w" if match.group() == "u" else "y"
_AR_SKIP = re.compile("[\u064b-\u064d\u0651-\u065f\u0670\u0640]")  # tanwin, shadda, tatweel


def _arabic_word(word: str) -> str:
    if word in ("الله", "اللہ"):
        return "allah"
    out = []
    for i, char in enumerate(word):
        if char in _AR_SEMI:
            consonant, vowel = _AR_SEMI[char]
            out.append(consonant if i == 0 else vowel)
        elif char in _AR_H and out and out[-1][-1:] in _DIGRAPH_FIRSTS:
            out.append(_H_APART)  # سهيل is Suhail, not "shil"
        else:
            out.append(_AR_LETTERS.get(char, char))
    text = "".join(out)
    if len(word) > 3 and word.startswith("ال"):
        text = "al " + text[2:]  # the article is a separate particle: الحسن → al hasan
    return text


def _arabic(text: str) -> str:
    words = _AR_SKIP.sub("", text).split()
    out: list[str] = []
    for i, word in enumerate(words):
        part = _arabic_word(word)
        if i and words[i - 1] == "عبد" and out:
            # عبد الله is one name, written Abdullah or Abdelaziz far more often than apart.
            out[-1] += part.replace(" ", "")
        else:
            out.append(part)
    return " ".join(out)


# Conventional spellings of the commonest family names that a script's romanisation misses.
_SURNAME_VARIANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "Hang": _HG_FAMILY_VARIANTS,
    "Latn": _LATIN_KOREAN_FAMILY,
    "Hani": {
        "zhang": ("chang", "cheung"), "wang": ("wong",), "li": ("lee",), "chen": ("chan",),
        "liu": ("lau",), "huang": ("wong", "hwang"), "zhao": ("chao", "chiu"),
        "zhou": ("chou", "chow"), "wu": ("ng", "woo"), "xu": ("hsu", "tsui"), "sun": ("suen",),
        "zhu": ("chu",), "hu": ("woo",), "guo": ("kuo", "kwok"), "he": ("ho",),
        "lin": ("lam", "lim"),
        "luo": ("lo", "law"), "liang": ("leung",), "song": ("sung",), "zheng": ("cheng",),
        "xie": ("hsieh", "tse"), "tang": ("tong",), "feng": ("fung",), "deng": ("teng", "tang"),
        "cao": ("tsao", "cho"), "zeng": ("tseng", "tsang"), "xiao": ("hsiao", "siu"),
        "cai": ("tsai", "choi"), "pan": ("poon",), "jiang": ("chiang", "kong"),
        "ye": ("yeh", "yip"),
        "yang": ("yeung",), "zhong": ("chung",), "qian": ("chien",), "gao": ("kao", "ko"),
        "jin": ("chin", "kam"), "qiu": ("chiu", "yau"), "dong": ("tung",),
    },
}


def surname_variants(script: str, token: str) -> tuple[str, ...]:
    """Conventional spellings of a romanised family name of ``script`` (张 zhang → chang,
    cheung; 박 park → bak, pak)."""
    return _SURNAME_VARIANTS.get(script, {}).get(token, ())


# Foreign (mostly European) names written in kana, Hangul or Cyrillic follow that language's
# sound rules; these rewrite a romanised part back towards the source spelling. Each rule
# list gives ONE alternative reading, compared besides the plain romanisation.
_C = "bcdfghjkmnpqrstvwxz"
_KANA_READING = (
    (re.compile(f"([td])o(?=[{_C}]|$)"), r"\1"),  # ロバート robāto: Robert
    (re.compile("aa$"), "er"),  # ピーター pītā: Peter, ビクター Victor
    (re.compile("aa"), "ar"),  # マーク māku: Mark, マーティン Martin
    (re.compile(f"oo(?=[{_C}])"), "or"),  # ジョージ jōji: George, ノートン Norton
    (re.compile("(ii|uu|ee|oo)"), lambda m: m.group(0)[0]),
    (re.compile(f"([{_C}])u(?=[{_C}]|$)"), r"\1"),  # スミス sumisu: Smith (epenthetic u)
    (re.compile("(j|sh|ch)i$"), r"\1"),  # ジョージ jōji: George
)
_HANGUL_READING = (
    (re.compile("eo$"), "er"),  # 피터 piteo: Peter, 테일러 teilleo: Taylor
    # 잭슨 jaekseun: Jackson; not 은 eun after a vowel or ng (정은 Jeong-eun is no loanword)
    (re.compile("(?<![aeiou])(?<!ng)eu(?=[bcdfghjklmnpqrstvwxz])"), ""),
    (re.compile("^r"), "l"),  # initial ㄹ in loanwords is usually an l: 리오넬 Lionel
    (re.compile("(?<=[aeiou])ji$"), "j"),  # an English final -ge: 조지 George, 브리지 Bridge
    (re.compile("(?<=[bcdfghjklmnprstz])wi"), "u"),  # ㅟ writes ü: 카뮈 Camus, 퀴리 Curie
)
_CYRILLIC_READING = (
    # ю after a consonant writes ü or a u said yu: Мюллер Müller, Дюма Dumas, Гюго Hugo.
    (re.compile("(?<=[bcdfgklmnprstvz])yu"), "u"),
    (re.compile("^u(?=[aeio])|(?<=[aeio])u(?=[aeio])"), "w"),  # Уильям William, Боуи Bowie
    (re.compile("g"), "h"),  # Г writes a foreign h: Генрих Genrikh: Heinrich, Гарри Harry
    (re.compile("kh"), "ch"),  # Х writes a German ch: Генрих Heinrich, Бах Bach
)
# English spells a soft g that kana, Hangul and Cyrillic write as j (George: ジョージ, 조지,
# Джордж), with a silent final e.
_LATIN_READING = (
    (re.compile("g(?=[eiy])"), "j"),
    # French silent endings and vowels (Renault Рено, Descartes Декарт, Flaubert Флобер,
    # de Gaulle Голль, Rousseau Руссо, Dubois Дюбуа, Jacques Жак).
    (re.compile("c?qu(?:e|es)$"), "k"), (re.compile("eaux?$"), "o"),
    # Only endings that are French: Mohammed, Abbas, Idris keep their d and s.
    (re.compile("(?<=[bcdfgklmnprstvz])es$|(?<=ll)e$|(?<=au|ou|ar|er)d$|(?<=[eo])t$|(?<=au)l?t$"
                "|(?<=[eo]r)t$|(?<=[ae]n)t$|(?<=au|ou|ai|oi|ui|eu)[sx]$"), ""),  # one pass
    (re.compile("au"), "o"), (re.compile("oi$"), "ua"),
    (re.compile("(?<=[^aeiou][^aeiou])e$"), ""),
    # A final th is s in kana, Hangul and Han (Smith スミス, 스미스, 史密斯; Elizabeth), and
    # the ch of Michael is a k (マイケル, 마이클, 迈克尔).
    (re.compile("th$"), "s"),
    (re.compile("ch(?=ae)"), "k"),
    # Polish cz, sz, rz are ch, sh, zh and ie after a consonant e (Sienkiewicz Сенкевич).
    (re.compile("cz"), "ch"), (re.compile("sz"), "sh"), (re.compile("rz"), "zh"),
    (re.compile("(?<=[bcdfgklmnprstvwz])ie"), "e"),
    # English ew after a consonant is u or yu (Lewis Льюис, Stewart Стюарт, Newton ニュートン).
    (re.compile("(?<=[bcdfghklmnprstvz])ew(?!icz|ich|ski|ska)"), "u"),  # not Polish -ewicz
    # Italian cc and ci before a vowel are ch (Puccini Пуччини, Boccaccio, Lucia).
    (re.compile("cc(?=[ei])"), "ch"), (re.compile("(?<=[aeiou])ci(?=[aou])"), "ch"),
    # English silent letters: Wright Райт, Knight Найт, Whitney Уитни.
    (re.compile("^wr"), "r"), (re.compile("^kn"), "n"), (re.compile("^wh"), "w"),
    (re.compile("igh"), "ai"),
    # Dutch ij is ei (Dijk Дейк, Rijkaard Райкард).
    (re.compile("ij"), "ei"),
    # Slavic -ić, -ič lose their accent in ASCII: -ich (Dončić Дончич, Jovanović).
    (re.compile("(?<=..[bcdfgklmnprstvz])ic$"), "ich"),
)
# Pinyin → Wade-Giles (apostrophes and umlauts dropped, as passports and older sources
# write Chinese names: 蒋经国 Chiang Ching-kuo, 邓小平 Teng Hsiao-ping). A joined pinyin
# part is split into syllables first (initial + final, longest final that leaves a valid rest).
_PY_INITIAL = "(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_PY_FINAL = ("iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ao|an|ei|en|er|ia|ie|in|iu"
             "|ou|ua|ui|un|uo|ue|ve|a|e|i|o|u|v")
_WG_WHOLE = {"zi": "tzu", "ci": "tzu", "si": "ssu", "zhi": "chih", "chi": "chih", "shi": "shih",
             "ri": "jih", "you": "yu", "yan": "yen", "ye": "yeh", "yong": "yung", "er": "erh"}
_WG_INITIAL = {"zh": "ch", "z": "ts", "c": "ts", "q": "ch", "j": "ch", "x": "hs", "r": "j",
               "b": "p", "d": "t", "g": "k"}
_WG_FINAL = {"ong": "ung", "iong": "iung", "ie": "ieh", "ian": "ien", "ui": "uei", "ue": "ueh",
             "ve": "ueh", "v": "u", "van": "uan"}


def _pinyin_syllables(token: str) -> list[tuple[str, str]] | None:
    """``token`` cut into pinyin (initial, final) pairs, or None if it is not pinyin."""
    if not token:
        return []
    initial = re.match(_PY_INITIAL, token)
    ini = initial.group(0) if initial else ""
    rest = token[len(ini):]
    for final in sorted((f for f in _PY_FINAL.split("|") if rest.startswith(f)),
                        key=len, reverse=True):
        after = _pinyin_syllables(rest[len(final):])
        if after is not None:
            return [(ini, final), *after]
    return None


def _wade_giles(initial: str, final: str) -> str:
    whole = initial + final
    if whole in _WG_WHOLE:
        return _WG_WHOLE[whole]
    if final == "uo" and initial not in ("g", "k", "h", "zh", "ch", "sh", "r"):
        final = "o"  # duo to, luo lo, zuo tso
    elif final == "e" and initial in ("g", "k", "h"):
        final = "o"  # ge ko, he ho
    return _WG_INITIAL.get(initial, initial) + _WG_FINAL.get(final, final)


def wade_giles(token: str) -> str | None:
    """The Wade-Giles spelling of a pinyin part (jingguo → chingkuo), if it is pinyin."""
    sylls = _pinyin_syllables(token)
    if not sylls or len(sylls) > 4:
        return None
    return "".join(_wade_giles(i, f) for i, f in sylls)


# A foreign name written in Han, read back towards its source (the Xinhua tables): a
# syllable that writes a lone consonant loses its vowel (斯 si s, 特 te t, 克 ke k, 尔 er r:
# 克林顿 kelindun → klinton, 施密特 shimite → shmit), x is s, uo is o, 华 hua writes wa
# (华盛顿 Washington), 顿 dun and 逊 xun the ending -ton and -son, 约 yue and 乔 qiao jo.
_HAN_CONSONANT = {"si": "s", "zi": "z", "ci": "ts", "ke": "k", "te": "t", "de": "d",
                  "ge": "g", "bu": "b", "pu": "p", "fu": "f", "mu": "m", "he": "h",
                  "shi": "sh", "er": "r", "le": "l", "lei": "l"}
_HAN_SOUND = {"hua": "wa", "yue": "jo", "qiao": "jo"}
_HAN_ENDING = {"dun": "ton", "xun": "son"}


@lru_cache(maxsize=65536)
def han_foreign_reading(token: str) -> str | None:
    """A pinyin part read as a foreign name written in Han (kelindun → klinton), if different."""
    sylls = _pinyin_syllables(token)
    if not sylls or len(sylls) < 2:
        return None
    out = []
    for i, (ini, fin) in enumerate(sylls):
        syll = ini + fin
        nxt = sylls[i + 1][0] if i + 1 < len(sylls) else None
        lone = _HAN_CONSONANT.get(syll)
        # A first syllable loses its vowel only before l or r (克林 kl, 弗朗 fr), or as the s
        # of st, sm, sp (斯大林 Stalin, 史密斯 Smith).
        if lone and (i or nxt == "l" or (syll in ("si", "shi") and nxt)):
            out.append(lone)
        elif i + 1 == len(sylls) and syll in _HAN_ENDING:
            out.append(_HAN_ENDING[syll])
        else:
            syll = _HAN_SOUND.get(syll, syll)
            out.append(syll.replace("uo", "o").replace("x", "s").replace("zh", "z"))
    reading = "".join(out)
    return reading if reading != token else None


_WG_TO_PINYIN = (("hs", "x"), ("tz", "z"), ("ts", "z"), ("ss", "s"), ("ieh", "ie"),
                 ("ueh", "ue"), ("ih", "i"), ("uei", "ui"), ("erh", "er"), ("ung", "ong"))


@lru_cache(maxsize=65536)
def mandarin_like(token: str) -> bool:
    """Whether a Latin part reads as Mandarin syllables (pinyin or Wade-Giles).

    Cantonese and Hokkien romanisations (Kai-shek, Tak-wah, Yat-sen) mostly do not: they
    end syllables in k, t, p or m and write vowels Mandarin lacks.
    """
    if _pinyin_syllables(token):
        return True
    for old, new in _WG_TO_PINYIN:
        token = token.replace(old, new)
    return bool(_pinyin_syllables(token))


# γ (g) before e or i, not in γγ/γκ (ng, g): what BGN/PCGN writes y.
_GREEK_FRONT_GAMMA = re.compile("(?<![gn])g(?=[ei])")

_READINGS = {"Latn": _LATIN_READING, "Kana": _KANA_READING, "Hira": _KANA_READING,
             "Hang": _HANGUL_READING, "Cyrl": _CYRILLIC_READING}


@lru_cache(maxsize=65536)
def foreign_reading(script: str, token: str) -> str | None:
    """The part read as a foreign name written in ``script`` (kana sumisu → smis), if different."""
    if script == "Grek":
        # χ is kh by UNGEGN, but passports and English write ch: Χρήστος Christos; and γ
        # before a front vowel is y by BGN/PCGN and in common use (Παναγιώτης Panayiotis,
        # Γιώργος Yiorgos) where UNGEGN writes g (Panagiotis, Giorgos).
        read = _GREEK_FRONT_GAMMA.sub("y", token.replace("kh", "ch"))
        return read if read != token else None
    if script == "Hani":
        older = wade_giles(token)
        return older if older and older != token else None
    rules = _READINGS.get(script)
    if not rules or len(token) < 3:
        return None
    out = token
    for pattern, repl in rules:
        out = pattern.sub(repl, out)
    return out if out != token and len(out) >= 2 else None


# The Arabic article written joined to the name (Elsayed, Alsaadi for El Sayed, Al-Saadi):
# a consonant, then a vowel within two letters, as in the consonant keys (search/keys.py).
_JOINED_ARTICLE = re.compile("^[ae]l(?=[^aeiouy]{1,2}[aeiou])")


# Dutch and German particles written joined to the family name (Vanderveen, Vandenberg for
# Van der Veen, Van den Berg): the rest is the name that a search for the particles written
# apart keeps. Only van/von with de, den or der: a bare van or de begins too many names
# (Vandana, Denise, Deborah).
_JOINED_VAN = re.compile("^v[ao]nde[rn]?(?=[bcdfghjklmnpqrstvwxz][a-z]{3})")
# A joined de (Dejong, Devries, Degraaf for De Jong…): too common a beginning for another
# spelling, only a candidate key (search/keys.py).
_JOINED_DE = re.compile("^de(?=[bcdfghjklmnpqrstvwxz](?:[aeiouy]|[lr])[a-z]{2})")
# ... but the family names that are written with de, joined (Dejong, Deluca, Desouza: as
# records abroad write them), are those names: a table, not a rule (Denise is no Nise).
_JOINED_DE_FAMILIES = frozenset("de" + name for name in (  # noqa: SIM905
    "jong vries boer groot wit graaf haan bruijn bruyn bruin lange koning leeuw ruiter "
    "klerk wilde vos rooij jager beer wolf waal ridder smet clercq coninck keyser meyer "
    "haas brouwer backer luca rosa santis angelis simone sousa souza silva leon oliveira "
    "castro lima costa").split())


# Arabic names in Latin letters follow the romaniser's dialect: Egypt writes ج as g (Gamal,
# Ragab for Jamal, Rajab), Iraq ظ as dh where others write z (Kadhim, Kazem). (Osman for
# Othman, ث as s, is left out: Osman is already as near Osama as a given name may come, and
# Othman would inherit that.) The commonest such names, each with its other spellings:
# a part spelt one way also has the others. The g spellings are a table, not a rule: g
# before a, o, u is g in every other language (Gordon is not Jordan).
_AR_REGIONAL = (
    "gamal:jamal gamil:jamil,jameel gameel:jamil,jameel ragab:rajab nagib:najib naguib:najib "
    "nagy:naji nagi:naji magdy:majdi magdi:majdi maged:majid,majed magid:majid,majed "
    "gaber:jaber,jabir gabr:jabr hagag:hajjaj khadiga:khadija naggar:najjar gomaa:jumaa,juma "
    "farag:faraj hegazy:hijazi hegazi:hijazi gad:jad gawad:jawad megahed:mujahid "
    "kazem:kadhim,kazim kazim:kadhim,kazem "
    "hafez:hafidh,hafiz hafiz:hafidh,hafez"
)


def _ar_regional() -> dict[str, tuple[str, ...]]:
    """Each spelling in ``_AR_REGIONAL`` → every other spelling of the same name."""
    classes: dict[str, set[str]] = {}
    for entry in _AR_REGIONAL.split():
        head, others = entry.split(":")
        members = {head, *others.split(",")}
        for member in members:
            classes.setdefault(member, set()).update(members)
    # Spellings listed under two heads (jamil, majid) join their classes.
    for member in list(classes):
        for other in list(classes[member]):
            classes[member] |= classes[other]
    return {m: tuple(sorted(c - {m})) for m, c in classes.items()}


_AR_REGIONAL_SPELLINGS = _ar_regional()


# Egypt says ج as g, and writes it so in Latin letters: جمال is Gamal there, Jamal
# elsewhere. These names' Egyptian spellings are candidate keys of their Arabic parts, so
# that جمال محمد finds Gamal Mohamed (whose Latin part already has Jamal as a spelling:
# _AR_REGIONAL). Keys, not spellings: the skeleton of an abjad part counts in full, and
# Gamal's is Kamal's, so as a spelling it would make جمال Kamal. Written in Arabic, and
# romanised on first use so that the table follows the romaniser.
_AR_EGYPTIAN = (
    "جمال:gamal جميل:gamil,gameel رجب:ragab نجيب:nagib,naguib ناجي:nagy,nagi "
    "مجدي:magdy,magdi ماجد:maged,magid جابر:gaber جبر:gabr حجاج:hagag خديجة:khadiga "
    "نجار:naggar جمعة:gomaa فرج:farag حجازي:hegazy,hegazi جاد:gad جواد:gawad "
    "مجاهد:megahed"
)


def egyptian_spellings(part: str) -> tuple[str, ...]:
    """The Egyptian spellings of an Arabic name's part as ``match_tokens`` romanises it
    (جمال jmal → gamal), for candidate keys; () for any other part."""
    return _egyptian_table().get(part, ())


@lru_cache(maxsize=1)
def _egyptian_table() -> dict[str, tuple[str, ...]]:
    table = {}
    for entry in _AR_EGYPTIAN.split():
        arabic, spellings = entry.split(":")
        (part,) = match_tokens(arabic)
        table[part] = tuple(spellings.split(","))
    return table


# Greek χ is written ch, h or kh in Latin letters (Χρήστος Christos, Hristos; Χατζής
# Chatzis, Hatzis); the loose key reads ch as in Charles. In a part with a Greek ending,
# ch is also h.
_GREEK_ENDING = re.compile("(?:os|is|ou|as)$")


# French transliterations of Slavic names write ш as ch and ч as tch (Chevtchenko for
# Shevchenko, Khrouchtchev for Khrushchev): a part with tch and another ch is read so. (An
# English tch, Mitchell, Thatcher, reads the same either way.)
_FRENCH_SH = re.compile("(?<!t)ch")


def _french_slavic(token: str) -> str | None:
    if "tch" not in token or not _FRENCH_SH.search(token):
        return None
    return _FRENCH_SH.sub("sh", token).replace("tch", "ch")


def without_joined_particle(token: str, keys: bool = False) -> str | None:
    """A Latin family name without a Dutch particle written joined (vanderveen → veen), or
    None. ``keys``: also a joined de (dejong → jong), for candidate keys only."""
    match = _JOINED_VAN.match(token) or (_JOINED_DE.match(token) if keys else None)
    return token[match.end():] if match else None


def spelling_variants(script: str, token: str) -> tuple[str, ...]:
    """Other spellings a part may have: conventional surname spellings, a foreign reading,
    a Japanese reading of kanji, a Hebrew vav read as v, a Latin part without an Arabic
    article written joined, a given name's equivalents in other languages (Пётр: Peter)."""
    reading = foreign_reading(script, token)
    out = surname_variants(script, token) + ((reading,) if reading else ())
    if script == "Hani":
        foreign = han_foreign_reading(token)
        out += japanese_readings(token) + ((foreign,) if foreign else ())
    elif script == "Hebr":
        if len(token) == 3 and token[1] == "o":
            # Unpointed ו is a vowel (o, u) or the consonant v; in a longer word it is
            # nearly always the vowel (יוסף Yosef, שמעון Shimon), between two letters often
            # the consonant: דוד David, לוי Levi.
            out += (token[0] + "v" + token[2],)
        if (ch := _HE_H.sub("ch", token)) != token:
            # ח is written ch as often as h (Chaim, Chana, Menachem, Yochanan).
            out += (ch,)
    elif script == "Arab" and (semi := _AR_SEMIVOWEL_BESIDE_A.sub(_semivowel_consonant,
                                                                  token)) != token:
        # و and ي are read as vowels inside a word, but beside an alif they are consonants
        # (a long vowel never stands next to another): مروان mruan is also marwan, العزاوي
        # azaui azawi, as English writes them (French writes ou: Marouane, Daoud).
        out += (semi,)
    elif script == "Cyrl":
        out += _cyrillic_variants(token) + given_name_equivalents(script, token)
    elif script == "Hang" and token not in _HG_FAMILY_VARIANTS:
        passport = _korean_passport(token)
        out += (passport,) if passport else ()
    elif script == "Latn":
        out += _AR_REGIONAL_SPELLINGS.get(token, ())
        if len(token) >= 6 and _JOINED_ARTICLE.match(token):
            # Elnaggar: El Naggar, so also Najjar.
            out += (token[2:], *_AR_REGIONAL_SPELLINGS.get(token[2:], ()))
        elif rest := without_joined_particle(token):
            out += (rest,)
        elif token in _JOINED_DE_FAMILIES:
            out += (token[2:],)
        if "ch" in token and "sch" not in token and _GREEK_ENDING.search(token):  # not German
            out += (token.replace("ch", "h"),)
        if french := _french_slavic(token):
            out += (french,)
        out += given_name_equivalents(script, token)  # Pyotr, Siarhei: Peter, Sergey
    return out


# --- Thai: ICU writes the letters (ISO 11940), not the sounds; names are written in RTGS. ---
# ์ silences a letter (ศักดิ์ sak), or the ทร, ตร, ษณ it ends (จันทร์ chan, ศาสตร์ sat,
# ลักษณ์ lak)
_TH_SILENT = re.compile(
    "(?:[\u0e17\u0e15]\u0e23|\u0e29\u0e13|[\u0e01-\u0e2e][\u0e34-\u0e39]?)\u0e4c")
# A word's last ร after ก, ช, ต or ท that closes a short vowel is silent, in the Sanskrit
# and Pali words that names are made of (วัตร wat, บุตร but, มิตร mit, ภัทร phat, จักร chak,
# เพชร phet), where the two would otherwise make a syllable of their own (พร phon); ร after
# another letter is said (อุดร udon).
_TH_SILENT_FINAL_R = re.compile(
    "([\u0e31\u0e34\u0e36\u0e38]|[\u0e40-\u0e44][\u0e01-\u0e2e])([\u0e01\u0e0a\u0e15\u0e17])\u0e23$")
# ญ closing a syllable is n (before a consonant, a leading vowel, or at the end)
_TH_FINAL_YO = re.compile("\u0e0d(?=[\u0e01-\u0e2e\u0e40-\u0e44\\s]|$)")
# ฤ is the vowel rue (ฤดี ruedi), ri in ฤทธิ์ (สมฤทธิ์ Somrit); ICU writes it v.
_TH_RI = re.compile("\u0e24(?=\u0e17\u0e18\u0e34\u0e4c)")
# ึ and ื (ue), but for the ื of เ-ือ (uea, below): ICU writes them u (ยืน yun for yuen)
_TH_UE = re.compile("\u0e36|\u0e37(?![\u0e48-\u0e4b]?\u0e2d)")
# ใ ไ (ai) before their consonant (and a silent ห leading it: ใหญ่ yai)
_TH_AI = re.compile("[\u0e43\u0e44](\u0e2b?[\u0e01-\u0e2e])")
# ICU's letters where RTGS writes other sounds (vowels, พร), or none (a leading ห).
_TH_SOUNDS = (
    (re.compile("eiy"), "ia"),  # เ-ีย: เกียรติ kiat
    (re.compile("eux"), "uea"),  # เ-ือ: เรือง rueang
    (re.compile("ei(?=[^aeiou])"), "oe"),  # เ-ิ: เลิศ loet
    (re.compile("rr(?=[^aeiou]|$)"), "a"),  # รร before a consonant: วรรณ wan
    # พร before a consonant: พรทิพย์ phonthip (but พรหม phrom, the ห leading ม)
    (re.compile("^phr(?=[^aeiouh])"), "phon"),
    (re.compile("(?<![ptkc])h(?=ng|[mnylwr])"), ""),  # ห leading a sonorant: หมาย mai
    (re.compile("(?<=[^aeiouwx])w(?=ng|[nmykt]$|[nmykt][^aeiou])"), "ua"),  # ว as a vowel: ดวง
)
_TH_CLUSTERS = frozenset("kr kl kw pr pl tr".split())  # noqa: SIM905
# เ-ิ (oe) around a consonant and ร or ล, which ICU writes e before the ร and i after it:
# a cluster (เพลิน phloen, เกริก kroek), a silent ร after ส (ประเสริฐ prasoet, เสริม soem),
# or two syllables, the first with an a (เจริญ charoen, เฉลิม chaloem).
_TH_OE_AROUND = re.compile("(kh|ph|th|ch|[kptcs])e([rl])i(?=[^aeiou])")


def _oe_around(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    if (first + second).replace("h", "") in _TH_CLUSTERS:
        return first + second + "oe"
    if first == "s" and second == "r":
        return "soe"
    return first + "a" + second + "oe"


# The vowel of ติ or ตุ after a written a ends a Pali word unsaid (ชาติ chat, สมบัติ Sombat,
# ธาตุ that); not after an inherent vowel (สติ sati, มติ mati). Only at the word's end:
# within one (ชาติชาย Chatchai) the t would read as closing a syllable, and be doubled.
_TH_SILENT_TI = re.compile("(?<=a)t[iu]$")


def _thai_word(word: str, finals: dict[str, str] | None = None) -> str:
    word = _TH_RI.sub("\u0e23\u0e34", word).replace("\u0e24", "\u0e23\u0e36")  # ริ, รึ
    word = _TH_SILENT_FINAL_R.sub("\\1\\2", word)
    word = _TH_FINAL_YO.sub("\u0e19", _TH_SILENT.sub("", word))
    # ใจ as จัย, คำ as คัม: ICU drops ใ, ไ and ำ
    word = _TH_AI.sub("\\1\u0e31\u0e22", word).replace("\u0e33", "\u0e31\u0e21")
    word = _TH_UE.sub("ue", word)  # ICU writes ึ and ื as u
    out = re.sub(r"[^a-z]", "", (ascii_text(_icu(word, "Thai")) or "").lower())
    out = _TH_OE_AROUND.sub(_oe_around, out)
    for pattern, sound in _TH_SOUNDS:
        out = pattern.sub(sound, out)
    out = _TH_SILENT_TI.sub("t", out)
    # อ carrying the vowel อ is one o (อ่อน on, ศรีอ่อน sion)
    out = re.sub("^xx", "o", out).replace("xx", "x")
    out = re.sub("^x(?=[aeiou])", "", out)
    out = re.sub("^x", "a", out)  # อ carries a vowel: อนุชา Anucha
    out = out.replace("x", "o").replace("c", "ch").replace("chh", "ch")
    out = re.sub("([aou])y(?![aeiou])", "\\1i", out)  # สมชาย Somchai, ใจดี Chaidi, อ้อย oi
    out = re.sub("^sr(?=[aeiou])", "s", out)  # ศรี Si: the r of this cluster is silent
    plain = out.replace("h", "")
    if plain[:2] in _TH_CLUSTERS and len(plain) > 2 and plain[2] not in "aeiouy":
        cut = out.index(plain[2], 2)  # the cluster's inherent o: พรหม phrom
        out = out[:cut] + "o" + out[cut:]
    elif len(plain) > 1 and plain[0] not in "aeiou" and plain[1] not in "aeiouy" and (
            plain[:2] not in _TH_CLUSTERS):
        cut = out.index(plain[1], 1)
        # The inherent vowel: o closing a syllable (สม som, พงษ์ phong), a when the next
        # consonant has a vowel of its own (นภา na-pha).
        open_ = len(plain) > 2 and plain[2] in "aeiou"
        out = out[:cut] + ("a" if open_ else "o") + out[cut:]
    return _thai_syllables(out, finals)


# A consonant closing a syllable is said as k, t, p, n (RTGS writes the sound: สุข suk,
# ประยุทธ์ Prayut); one between a closing consonant and a vowelled one carries an inherent a
# (สุขสวัสดิ์ suk-sa-wat, รัตนพันธ์ rat-ta-phan).
_TH_FINAL_SOUND = {"kh": "k", "g": "k", "s": "t", "th": "t", "ch": "t", "d": "t", "j": "t",
                   "ph": "p", "b": "p", "f": "p", "l": "n", "r": "n"}
# Passports and the press often write a closing ช or ท (ธ, ฐ, ฒ) as the letter, not the
# sound: ปิยนุช Piyanuch, ประยุทธ์ Prayuth (RTGS Piyanut, Prayut). The other letters'
# sounds stand (สมพร Somphon, never Somphor).
_TH_FINAL_LETTERS = {"ch": "ch", "th": "th"}
# ร, ย, ว after ิ or ุ (or ี, ู: ASCII folds them alike) and before a vowelled consonant end
# the first word of a Pali or Sanskrit compound, with its vowel a (สุร sura, ปิย piya, ธีร
# thira, ศิว siwa): สุรชัย Surachai, ปิยนุช Piyanut, ธีรวัฒน์ Thirawat, ศิวพร Siwaphon.
_TH_LINKED = frozenset("ryw")
# A Pali or Sanskrit t, th, ch, s or ph (ต ท ธ ฐ ฒ ช ษ ศ ส พ ภ) closing a vowel before a
# vowelled consonant also begins the next syllable, with an a (รัตนา rat-ta-na, วิทยา
# wit-tha-ya, รัชดา rat-cha-da, บุษบา but-sa-ba): not k (ภักดี phak-di, ทักษิณ thak-sin), nor
# the sonorants that close native words (สมชาย som-chai, บุญมา bun-ma).
_TH_DOUBLED = frozenset({"t", "th", "ch", "s", "ph"})
# ... unless the next letter already writes it twice: the same letter, or t and th (กิตติ
# kitti, สุทธิ sutthi, ณัฐธิดา natthida).
_TH_WRITTEN_TWICE = ({"t"}, {"th"}, {"t", "th"}, {"ch"}, {"s"}, {"ph"})
_TH_UNITS = re.compile("kh|th|ph|ch|ng|[aeiou]+|.")


def _thai_syllables(word: str, finals: dict[str, str] | None = None) -> str:
    """``word``'s syllables as said; ``finals``: how a closing consonant is written (by
    default, as RTGS writes its sound)."""
    finals = _TH_FINAL_SOUND if finals is None else finals
    units = _with_final_syllables(_TH_UNITS.findall(word))
    vowel = [u[0] in "aeiou" for u in units]
    out = []
    for i, unit in enumerate(units):
        after_vowel = i > 0 and vowel[i - 1]
        next_consonant = i + 1 == len(units) or not vowel[i + 1]
        if vowel[i] or i == 0:
            out.append(unit)
        elif (unit in _TH_LINKED and units[i - 1] in ("i", "u") and i + 2 < len(units)
              and not vowel[i + 1] and vowel[i + 2]):
            out.append(unit + "a")  # สุรชัย su-ra-chai, ปิยนุช pi-ya-nut
        elif (unit in _TH_DOUBLED and units[i - 1] in ("a", "i", "u") and i + 2 < len(units)
              and not vowel[i + 1] and vowel[i + 2]
              and unit + units[i + 1] not in _TH_CLUSTERS
              and {unit, units[i + 1]} not in _TH_WRITTEN_TWICE):
            # รัตนา rat-ta-na: the closing sound as RTGS writes it, whatever ``finals`` say
            # (passports write Ratchada, not Rachchada)
            out.append(_TH_FINAL_SOUND.get(unit, unit) + unit + "a")
        elif after_vowel and next_consonant and (i + 1 == len(units) or unit not in "lr"):
            out.append(finals.get(unit, unit))  # closes the syllable (ร, ล: at the end)
        elif (not after_vowel and i + 2 < len(units) and not vowel[i + 1] and vowel[i + 2]
              and units[i + 1] not in ("h", "y")
              and (unit + units[i + 1]).replace("h", "") not in (*_TH_CLUSTERS, "sr")):
            # between a closing consonant and a vowelled one, but for the first of a
            # cluster (ประ, กลาง, ศรี): อัญชลี an-cha-li
            out.append(unit + "a")
        else:
            out.append(unit)
    return "".join(out)


def _with_final_syllables(units: list[str]) -> list[str]:
    """The consonants ending a word without a written vowel, with the vowels said: a
    syllable never ends in two consonants, so the last two are one syllable with an
    inherent o (พร phon, วงศ์ wong), and two before them another (มงคล mong-khon); after an
    open vowel, the first of three or more closes its syllable (สมพร som-phon)."""
    start = len(units)
    while start and units[start - 1][0] not in "aeiou":
        start -= 1
    run = units[start:]
    if not start or len(run) < 2:
        return units
    before = units[start - 1]
    closed = len(before) > 1 and before[-1] in "iou"  # ai, ao: a glide ended it
    kept = [] if closed or len(run) == 2 else run[:1]
    rest = run[len(kept):]
    said: list[str] = []
    if len(rest) % 2:  # an odd one first, with an inherent a
        said, rest = [rest[0], "a"], rest[1:]
    for first, last in zip(rest[::2], rest[1::2], strict=True):
        said += [first, "o", last]
    return units[:start] + kept + said


def _thai(text: str, finals: dict[str, str] | None = None) -> str:
    return " ".join(w for w in (_thai_word(w, finals) for w in text.split()) if w)


@lru_cache(maxsize=16384)
def _thai_rtgs(text: str) -> str:
    """``_thai`` as RTGS writes it: read once for a name's romanisation and its other
    spellings (``thai_letter_finals``, ``thai_er_spelling``)."""
    return _thai(text)


def thai_letter_finals(text: str) -> str | None:
    """A Thai name romanised with its closing ช and ท written as letters (ปิยนุช
    Piyanuch, where RTGS writes Piyanut), if that differs from its RTGS spelling."""
    written = _thai(text, {**_TH_FINAL_SOUND, **_TH_FINAL_LETTERS})
    return written if written != _thai_rtgs(text) else None


def thai_er_spelling(text: str) -> str | None:
    """A Thai name romanised with the vowel oe (เ-ิ, เ-อ) written er, as passports and the
    press mostly write it (ประเสริฐ Prasert, บุญเลิศ Boonlert, เฉลิม Chalerm; RTGS Prasoet,
    Bunloet, Chaloem), if the name has that vowel."""
    rtgs = _thai_rtgs(text)
    return rtgs.replace("oe", "er") if "oe" in rtgs else None


# --- Devanagari: ICU writes every inherent vowel (अमित amita, राजेश rājēśa); Hindi does not
# say a word-final one, and names are written without it (Amit, Rajesh). ---
_DEVA_SOUNDS = str.maketrans({"ś": "sh", "ṣ": "sh", "ṁ": "n", "ṃ": "n", "ñ": "n", "ṅ": "n"})
# Kept after a cluster, where Hindi says it (नरेन्द्र Narendra, कृष्ण Krishna).
_DEVA_FINAL_SCHWA = re.compile("([aeiouāīūēō][bcdfgjklmnprstvyzḍḷṇṛṭ]h?)a$")


def _devanagari_word(word: str) -> str:
    word = re.sub("c(?!h)", "ch", word.replace("r\u0325", "ri")).translate(_DEVA_SOUNDS)
    return _DEVA_FINAL_SCHWA.sub(r"\1", word) if len(word) > 2 else word


def _devanagari(text: str) -> str:
    # ISO 15919 from ICU: the long ā keeps its macron, so a plain final a is inherent.
    return " ".join(_devanagari_word(w) for w in _icu(text, "Deva").split())


# --- Cyrillic: BGN/PCGN, except ё, which BGN writes ë and ASCII folds to e; English often
# writes yo (Пётр Pyotr, Фёдор Fyodor, Семён Semyon); the e spelling (Gorbachev,
# Khrushchev) is kept as another spelling (_CY_SYSTEMS). ---
_CY_YO = re.compile("y?ë", re.IGNORECASE)


def _cyrillic(text: str) -> str:
    if not _SOUTH_SLAVIC_LETTERS.isdisjoint(text):
        return _south_slavic(text)
    if _ukrainian_letters(text):
        return _ukrainian(text)
    return _russian(text)


def _russian(text: str) -> str:
    out = _CY_YO.sub("yo", _icu(text, "Cyrl"))  # lower case: romanize lowers all anyway
    # ʹ ь and ʺ ъ say how to read the next letter, and BGN's · keeps тс, шч apart from ц, щ
    # (Гейтс Geyt·s): none is a letter of the name, none may split it (Obyedkov, Geyts).
    return _icu(out.replace("\u02b9", "").replace("\u02ba", "").replace("\u00b7", ""), None)


# --- Serbian and Macedonian Cyrillic: each has an official Latin alphabet, letter for
# letter, and that is how their passports, the press and their records in Latin letters
# write a name (Милош Ковачевић is Miloš Kovačević, MILOS KOVACEVIC in the machine-readable
# zone). Read as Russian, it came out milosh kovachevic, and љ њ џ lost a letter (Љубомир
# lubomir). A name with a letter no Russian name has (ђ ј љ њ ћ џ) is read by Serbian's
# Latin alphabet, and ASCII folding then treats it exactly as its Latin spelling; one with
# a letter of Macedonian's alone (ѓ ќ ѕ), by Macedonian's romanisation (ж zh, ч ch, ш sh). ---
_SERBIAN_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž",
    "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
    "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
}
_MACEDONIAN_LATIN = str.maketrans({**_SERBIAN_LATIN, "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
                                   "ж": "zh", "ч": "ch", "ш": "sh", "џ": "dzh"})
_SERBIAN_LATIN_TABLE = str.maketrans(_SERBIAN_LATIN)
_MACEDONIAN_LETTERS = frozenset("ѓќѕЃЌЅ")
_SOUTH_SLAVIC_LETTERS = frozenset("ђјљњћџЂЈЉЊЋЏ") | _MACEDONIAN_LETTERS


def _south_slavic(text: str) -> str:
    """A Serbian or Macedonian name in its Latin alphabet (what ICU knows of other
    Cyrillic letters it may hold, after)."""
    table = (_SERBIAN_LATIN_TABLE if _MACEDONIAN_LETTERS.isdisjoint(text)
             else _MACEDONIAN_LATIN)
    return _icu(text.lower().translate(table), None)


# --- Ukrainian: the national transliteration (2010), which Ukrainian passports use: г h,
# и y, і i, ї yi, є ye, ю yu, я ya at a word's start and i, ie, iu, ia after a letter, й y
# or i, щ shch (Сергій Serhii, Євгенія Yevheniia, Гнатюк Hnatiuk). For a name with a letter
# only Ukrainian writes (і ї є ґ) and none it lacks (ы э ё ъ, Belarusian ў). ---
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_NOT_UKRAINIAN = frozenset("ыэёъўЫЭЁЪЎ")
_UKRAINIAN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "'": "", "’": "", "ʼ": "",
})
_UKRAINIAN_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UKRAINIAN_INSIDE = {"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}
_UKRAINIAN_ZGH = re.compile("зг")


def _ukrainian_letters(text: str) -> bool:
    return not _UKRAINIAN_LETTERS.isdisjoint(text) and _NOT_UKRAINIAN.isdisjoint(text)


def _ukrainian(text: str) -> str:
    """A Ukrainian name by the national transliteration (зг zgh, as it writes it)."""
    words = []
    for word in _UKRAINIAN_ZGH.sub("zgh", text.lower()).split():
        letters = [(_UKRAINIAN_INSIDE if i else _UKRAINIAN_INITIAL).get(char, char)
                   for i, char in enumerate(word)]
        words.append("".join(letters).translate(_UKRAINIAN))
    return _icu(" ".join(words), None)  # what else the name holds (a hyphen, a Latin letter)


def ukrainian_read_as_russian(text: str) -> str | None:
    """A Ukrainian name in Cyrillic as a Russian romanisation reads it (Сергій sergiy: how
    Russian-language records and much of the press write it), if it is one; else None."""
    return _russian(text).lower() if _ukrainian_letters(text) else None


def south_slavic_read_as_russian(text: str) -> str | None:
    """A Serbian or Macedonian name in Cyrillic as a Russian romanisation reads it
    (Милош Ковачевић milosh kovachevic: how English often writes such a name), if it is
    one; else None."""
    if _SOUTH_SLAVIC_LETTERS.isdisjoint(text):
        return None
    return _russian(text).lower()


# Other transliterations of a Russian name, from its BGN form. Only where their loose keys
# differ from BGN's (ts/z, ch/tsch, v/w, iy/y, ks/x all meet there): German writes ж sch,
# х ch and й, ю, я, е with j (Schukow, Jurij, Jelzin); English often drops the y of е after
# a vowel or at the start and writes ё as e (Evgeny, Alekseev, Gorbachev); French writes
# ш ch and щ chtch (Chostakovitch).
_CY_SYSTEMS = (
    ((re.compile("(?<!d)zh"), "sh"), (re.compile("kh"), "ch"),  # not дж dzh: that is j
     (re.compile("y(?=[aeiou])"), "j")),
    ((re.compile("(?:^|(?<=[aeiou]))ye"), "e"),
     (re.compile("(?<=[bcdfghklmnprstvz])yo"), "e")),
    ((re.compile("shch"), "chtch"), (re.compile("sh"), "ch")),
)


# Chinese names in Russian follow Palladius (Цзэдун, Сяопин, Чжоу): from its BGN form back
# to pinyin, for a part with one of Palladius's marks (цз, чж, ц or с before i, я, ю).
_PALLADIUS_MARK = re.compile("tsz|chzh|tsy|sy[aeou]|^s[iy]$|^tsi")
_PALLADIUS = (
    (re.compile("chzh"), "J"), (re.compile("zh"), "r"),  # чж zh (J for now), ж r (жэнь ren)
    (re.compile("tsz(?=i|y[aeou])"), "j"), (re.compile("tsz"), "z"),  # цзи ji, цзэ ze
    (re.compile("ts(?=i|y[aeou])"), "q"), (re.compile("ts"), "c"),  # ци qi, цао cao
    (re.compile("s(?=i|y[aeou])"), "x"),  # си xi, сяо xiao
    (re.compile("(?<=[dtnlzcsrJhgk])un$"), "ong"),  # дун dong, чжун zhong
    (re.compile("J"), "zh"), (re.compile("y(?=[aeou])"), "i"), (re.compile("y"), "i"),
)


def _palladius(token: str) -> str | None:
    if not _PALLADIUS_MARK.search(token):
        return None
    out = token
    for pattern, repl in _PALLADIUS:
        out = pattern.sub(repl, out)
    return out if out != token else None


# Japanese names in Russian follow Polivanov (Синдзо Shinzo, Тиба Chiba, Сётаро Shotaro):
# for a part made only of Japanese syllables in their BGN form, its Hepburn spelling.
_POLIVANOV_SYLLABLES = re.compile(
    "^(?:(?:[kgsztdnbpmr]|kh|dz|ts|f|y|v)?y?[aeiou](?:y(?![aeiou]))?n?|(?<=[aeiou])n|"
    "(?<=[aeiou])[kstp](?=[kstp]))+$")
_POLIVANOV = (
    (re.compile("dzy"), "j"), (re.compile("dzi"), "ji"), (re.compile("dz"), "z"),
    (re.compile("tsy"), "ch"), (re.compile("sy(?=[aou])"), "sh"), (re.compile("ty(?=[aou])"), "ch"),
    (re.compile("si"), "shi"), (re.compile("ti"), "chi"), (re.compile("kh"), "h"),
    (re.compile("(?<=[aeiou])y(?![aeiou])"), "i"), (re.compile("^va|(?<=[aeiou])va"), "wa"),
)


def _polivanov(token: str) -> str | None:
    if len(token) < 3 or not _POLIVANOV_SYLLABLES.match(token):
        return None
    out = token
    for pattern, repl in _POLIVANOV:
        out = pattern.sub(repl, out)
    return out if out != token else None


def russian_transliterations(token: str) -> tuple[str, ...]:
    """A Russian part's German, English and French transliterations, from its BGN form
    (жуков zhukov → shukov, юрий yuriy → juriy, шостакович → chostakovich), where they
    differ from it."""
    out = []
    for rules in _CY_SYSTEMS:
        alt = token
        for pattern, repl in rules:
            alt = pattern.sub(repl, alt)
        if alt != token:
            out.append(alt)
    return tuple(out)


def _cyrillic_variants(token: str) -> tuple[str, ...]:
    pinyin = _palladius(token)
    out = [pinyin] if pinyin else []
    hepburn = _polivanov(token)
    out += [hepburn] if hepburn else []
    return (*out, *russian_transliterations(token))


# Letters that ASCII folding writes with a mark of punctuation (ø "o/", ŀ "l?"), which
# would split the part in two (Søren "so ren"): written as their base letter first.
_LATIN_FOLDS = str.maketrans("øØǿǾŀĿ", "oOoOlL")


def _romanize_run(script: str | None, text: str) -> str:
    if script == "Latn" or script is None:
        return ascii_text(text.translate(_LATIN_FOLDS)) or ""
    if script == "Hani":
        return _han(text)
    if script == "Hang":
        return _hangul(text)
    if script == "Hebr":
        return _hebrew(text)
    if script == "Arab":
        return _arabic(text)
    if script in ("Kana", "Hira"):
        return _kana(text, script)
    if script == "Thai":
        return _thai_rtgs(text)
    if script == "Deva":
        return _devanagari(text)
    if script == "Grek":
        return _icu(text, script).replace("ch", "kh").replace("Ch", "Kh")  # χ is /x/, not /tʃ/
    if script == "Cyrl":
        return _cyrillic(text)
    return _icu(text, script)


_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile("['\u2018\u2019\u02bb\u02bc]")


@lru_cache(maxsize=65536)
def romanize(text: str) -> str:
    """A lower-case ASCII Latin romanisation of ``text``, per script, spaces between parts."""
    # Apostrophes of every kind join (O'Neill, N´Dour, Ma`ruf): they split no name. The
    # spacing accents go first (ASCII folding makes them spaces); ' stays for Hebrew's geresh.
    text = text.replace("\u00b4", "").replace("`", "")
    out = " ".join(_romanize_run(script, chunk) for script, chunk in _runs(text))
    out = ascii_text(out) or ""
    return " ".join(_NON_ALNUM.sub(" ", _APOSTROPHES.sub("", out.lower())).split())


def tokens(text: str) -> list[str]:
    """The romanised name parts of ``text``, in order."""
    return romanize(text).split()


def _hyphenated(word: str) -> str:
    # Jong-un, Chung-hee, Jean-Pierre are one given name; Al-Hassan is a particle and a name.
    return "".join(_without_particles([p for p in (romanize(x) for x in _HYPHENS.split(word))
                                       if p]))


def _without_particles(parts: list[str]) -> list[str]:
    # A particle always comes before a name, so the last part is never one: Su-bin and Mun
    # Soo Bin, Ye-de, Nguyen Thi Le end in a syllable or a name, not the Arabic bin or the
    # French de.
    return [p for p in parts[:-1] if p not in PARTICLES] + parts[-1:]


_HYPHENS = re.compile(r"[-‐‑–־]")
_SYLLABIC = frozenset({"Hani", "Hang", "Kana", "Hira"})


# Abd al-Rahman, Abdel Aziz, Абдул Рахман: "servant of" and a name of God are one given
# name, as the Arabic romaniser reads عبد الرحمن (abdalrhmn). Written apart, the halves
# would pair with other parts of an Arabic-script name and clash as two different given
# names. In Latin and Cyrillic letters the prefix, its article if written apart, and the
# name are joined; only before a word of two letters or more, so a lone Abdul stays as it
# is. (Other scripts write the prefix as their own sounds, 압둘, アブドゥル: left apart, their
# names written as one still meet the joined form.)
_SEPARATOR = r"[\s‐‑–-]+"
_ABD_COMPOUNDS = (
    re.compile(rf"\b(abd(?:al|el|il|ol|ul|ur|us|es)?){_SEPARATOR}"
               rf"(?:([aeu][lnrstdz]){_SEPARATOR})?(?=[^\W\d_]{{2}})", re.IGNORECASE),
    re.compile(rf"\b(абд(?:ал|ель|ел|уль|ул|ур|ус)?){_SEPARATOR}"
               rf"(?:([аэеу][лнрстдз]ь?){_SEPARATOR})?(?=[^\W\d_]{{2}})", re.IGNORECASE),
)


def _joined_compounds(text: str) -> str:
    """``text`` with Arabic theophoric compounds written as one word (Abd al-Rahman →
    Abdalrahman, Абдул Рахман → АбдулРахман)."""
    for pattern in _ABD_COMPOUNDS:
        text = pattern.sub(lambda m: m.group(1) + (m.group(2) or ""), text)
    return text


@lru_cache(maxsize=65536)
def _match_tokens(text: str) -> tuple[str, ...]:
    lowered = text.lower()
    if "abd" in lowered or "абд" in lowered:  # cheap test first: few names hold one
        text = _joined_compounds(text)
    if _HYPHENS.search(text):
        parts = " ".join(_hyphenated(w) for w in text.split()).split()
    else:
        parts = tokens(text)
    if detect_script(text) in _SYLLABIC:
        return tuple(parts)  # de, di, du, le are syllables here (杜 du, 德 de), not particles
    return tuple(_without_particles(parts))


def match_tokens(text: str) -> list[str]:
    """The romanised parts that identify: particles (al, bin, van…) dropped, hyphens joined."""
    return list(_match_tokens(text))


# Ordered rewrites from spelling to sound: longest first, so "tsch" wins over "ch"; ch and j
# are one sound class, as in Korean and Chinese romanisations (Chung / Jeong, Chiang / Jiang).
_LOOSE_RULES: tuple[tuple[str, str], ...] = (
    # Щ, written shch (English), chtch (French), schtsch (German), and often plain sch
    # (Polischuk for Polishchuk, Khruschev): one sound class with Ш, as English ears hear
    # it (Sherbakov for Щербаков). Before tsch and sch, which would read it as two.
    ("schtsch", "s"), ("chtch", "s"), ("shch", "s"),
    ("tsch", "j"), ("dzh", "j"), ("tch", "j"), ("sch", "s"), ("chr", "kr"), ("chl", "kl"),
    ("sh", "s"), ("ch", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("gh", "g"),
    ("ph", "f"), ("th", "t"), ("ck", "k"), ("tz", "s"), ("ts", "s"), ("qu", "k"),
    ("x", "ks"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ae", "e"), ("eo", "o"),
    ("eu", "u"), ("ng", "n"), ("w", "v"), ("y", "i"), ("z", "s"), ("q", "k"),
    ("ce", "se"), ("ci", "si"), ("c", "k"), ("dh", "d"),
)
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]+")
_SKELETON = str.maketrans({
    "b": "P", "p": "P", "f": "P", "v": "P", "k": "K", "g": "K", "s": "S",
    "t": "T", "d": "T", "l": "R", "r": "R", "m": "M", "n": "N", "j": "J", "h": ".",
    "a": ".", "e": ".", "i": ".", "o": ".", "u": ".",
})


@lru_cache(maxsize=131072)
def loose_key(token: str) -> str:
    """A token spelled by sound: ``sh``→``s``, ``ph``→``f``, ``w``→``v``, doubles collapsed."""
    out = token
    for old, new in _LOOSE_RULES:
        if old in out:
            out = out.replace(old, new)
    out = _DOUBLE.sub(r"\1", out)
    if len(out) > 2 and out.endswith("h") and out[-2] in "aeiou":
        out = out[:-1]  # final -ah/-eh: Abdullah, Fatimah, Moshe(h)
    return out


@lru_cache(maxsize=131072)
def vowel_key(token: str) -> str:
    """The loose key with every vowel group written ``a``: Mohamed, Muhammad → mahamad."""
    return _VOWELS.sub("a", loose_key(token))


@lru_cache(maxsize=131072)
def skeleton(token: str) -> str:
    """Consonant classes only (b/p/f/v, k/g, s/z, t/d, l/r…): what abjads and kana keep."""
    # Collapse repeats before dropping vowels: Muhammad keeps both m's (MMT), not MT.
    return _DOUBLE.sub(r"\1", loose_key(token).translate(_SKELETON)).replace(".", "")


_SKELETON_LIQUIDS_APART = {**_SKELETON, ord("l"): "L"}


@lru_cache(maxsize=131072)
def skeleton_liquids_apart(token: str) -> str:
    """The skeleton with l and r kept apart, as alphabets and abjads write them (l r, л р,
    ل ر, ל ר): Emanuel and منيرة mnira share the skeleton MNR, not the letters. Kana and
    Hangul write one letter for both (the plain skeleton's reason to merge them)."""
    return _DOUBLE.sub(r"\1", loose_key(token).translate(_SKELETON_LIQUIDS_APART)).replace(
        ".", "")


def name_variants(text: str) -> list[list[str]]:
    """Alternative token lists for ``text``: the romanisation plus known surname spellings."""
    base = match_tokens(text)
    out = [base]
    script = detect_script(text)
    for i, token in enumerate(base):
        for alt in surname_variants(script, token):
            out.append([*base[:i], alt, *base[i + 1 :]])
    return out
