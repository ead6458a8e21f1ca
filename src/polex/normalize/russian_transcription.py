"""How Russian writes a foreign name: a Latin part read by Russian practical transcription.

A Russian file writes a German Volker as Фолькер, a Hungarian Csaba as Чаба, a Portuguese
Figo as Фигу, a Dutch Joost as Йост: not letter by letter, but by the sound rules of the
name's own language, as the Russian practical-transcription tables set them down
(Немецко-, Венгерско-, Польско-, Португальско-, Испанско-, Итальянско-, Нидерландско-,
Шведско-русская практическая транскрипция…; R. S. Gilyarevsky, B. A. Starostin, "Иностранные
имена и названия в русском тексте", 1985; the Wikipedia articles of those names).

``russian_readings`` rewrites a romanised Latin part as each source language whose spelling
it shows would have it transcribed, in the letters Cyrillic romanises to here (BGN/PCGN:
ш sh, ч ch, ж zh, х kh, й y, ц ts). Each reading is one spelling, compared only against a
name written in Cyrillic (``TokenForm.cyrillic_alts``): how Russian writes a Hungarian s
says nothing about how Korean or Hebrew write it. Only what the loose key does not already
join is rewritten (ш/с, ц/с, ж/ч/дж, y/i meet there), and a language's rules apply only to
a part that has one of its marks (Hungarian cs, zs, gy; Portuguese nh, lh, -ão), except
where the mark is the part's whole shape (a German initial v, a French silent ending).
"""

from __future__ import annotations

import re
from functools import lru_cache

from normality import ascii_text

__all__ = ["marked_spellings", "russian_readings"]

Rules = tuple[tuple[re.Pattern[str], str], ...]
_C = "bcdfghjklmnpqrstvwxz"


def _rules(*pairs: tuple[str, str]) -> Rules:
    return tuple((re.compile(pattern), repl) for pattern, repl in pairs)


# German (Немецко-русская транскрипция): ei ай, eu/äu ой, ie и, ch х (chs кс), v ф, j й,
# h after a vowel silent (Lehmann Леман, Kahn Кан). Volker Фолькер, Neumann Нойман.
_GERMAN = _rules(
    ("chs", "ks"), ("sch", "sh"), ("ch", "kh"), ("ei", "ay"), ("eu", "oy"), ("ie", "i"),
    ("^v", "f"), ("j", "y"), (f"(?<=[aeiou])h(?=[{_C}]|$)", ""),
)
_GERMAN_MARK = re.compile(f"chs|sch|ei|eu|ie|^v|^j|[aeiou]h(?:[{_C}]|$)")

# Dutch (Нидерландско-русская): oe у, ui/ij эй, ee э, oo о, uu у/ю, aa а, sch сх, j й, g х.
# Joost Йост, Geert Герт, Koeman Куман, Ruud Рууд, Sneijder Снейдер.
_DUTCH = _rules(
    ("sch", "skh"), ("oe", "u"), ("ui", "ey"), ("ij", "ey"), ("ee", "e"), ("oo", "o"),
    ("aa", "a"), ("uu", "u"), ("j", "y"), ("g", "kh"),
)
_DUTCH_MARK = re.compile("oe|ui|ij|ee|oo|aa|uu|^sch")

# Swedish, Norwegian, Danish (Шведско-, Норвежско-, Датско-русская): sj, skj, stj ш, kj
# (Swedish) ш, tj ч, lj, dj, gj, hj й, j й, aa о (Danish/Norwegian å). Kjell Шелль,
# Ljungberg Юнгберг, Haaland Холанн, Aage Оге, Gjerde Ерде.
_NORDIC = _rules(
    ("s[kt]?j", "sh"), ("kj", "sh"), ("tj", "ch"), ("^[ldgh]j", "y"), ("j", "y"), ("aa", "o"),
)
_NORDIC_MARK = re.compile("sj|kj|tj|^[ldgh]j|aa|ss?on$|sen$")

# Hungarian (Венгерско-русская): cs ч, zs ж, sz с, gy дь, ny нь, ly й, ty ть, c ц, j й (s is
# ш, which the loose key joins with с already).
# Csaba Чаба, Zsolt Жолт, György Дьёрдь, Nagy Надь, Mihály Михай, Ferenc Ференц.
_HUNGARIAN = _rules(
    ("cs", "ch"), ("zs", "zh"), ("sz", "s"),
    ("gy(?=[aeou])", "dy"), ("gy", "d"), ("ny(?=[aeou])", "ny"), ("ny", "n"),
    ("ty(?=[aeou])", "ty"), ("ty", "t"), ("ly", "y"), ("c(?!h)", "ts"), ("j", "y"),
)
_HUNGARIAN_MARK = re.compile("cs|zs|sz|gy|ny|ly")

# West and South Slavic (Польско-, Чешско-, Словацко-, Сербско-русская): c ц, ch х, j й;
# Polish prz, trz, krz пш, тш, кш (rz is ш after a voiceless consonant), ci before a vowel
# ц; a final -ić, -ič ич (the accent lost in ASCII: Modrić, Jovanović). Kubica Кубица,
# Kadlec Кадлец, Wojciech Войцех, Krzysztof Кшиштоф, Hejduk Гейдук.
_WEST_SLAVIC = _rules(
    ("ch", "kh"),  # first: the ch that cz becomes is ч, not х (Kaczmarek Качмарек)
    ("(?<=[ptk])rz", "sh"), ("rz", "zh"), ("cz", "ch"), ("sz", "sh"),
    ("ci(?=[aeou])", "ts"), ("ic$", "ich"),
    ("(?<!^)c(?![hkzs])|^c(?=[iy])", "ts"), ("j", "y"),
    (f"(?<=[{_C}])ie", "e"),
)
_WEST_SLAVIC_MARK = re.compile("(?<!^)c(?![hkzs])|^c[iy]|j|rz|cz|sz|ch")

# Portuguese (Португальско-русская): final o у, lh ль, nh нь, ch ш, x ш, -ão ан, -ães айнш,
# -ões ойнш, ge/gi же/жи. Figo Фигу, Coelho Коэлью, Mourinho Моуринью, Teixeira Тейшейра.
_PORTUGUESE = _rules(
    ("lh", "ly"), ("nh", "ny"), ("ch", "sh"), ("x", "sh"), ("g(?=[ei])", "zh"),
    ("aes$", "ayns"), ("oes$", "oyns"), ("ao$", "an"), ("o(?=s?$)", "u"),
)
_PORTUGUESE_MARK = re.compile("lh|nh|aes$|oes$|ao$|os?$")

# Spanish (Испанско-русская): j х, x х (Xavi Хави), g before e/i х, gu before e/i г, qu к,
# ll ль, h silent. Jorge Хорхе, Juan Хуан, Hugo Уго, Llorente Льоренте.
_SPANISH = _rules(
    # gu before e, i is г (Guevara Гевара): kept as G until g before e, i is х.
    ("^h", ""), ("j", "kh"), ("^x|(?<=[aeiou])x(?=[aeiou])", "kh"), ("gu(?=[ei])", "G"),
    ("g(?=[ei])", "kh"), ("G", "g"), ("qu", "k"), ("ll", "ly"),
)
_SPANISH_MARK = re.compile("^h|j|^x|ge|gi|gue|gui|qu|ll|ez$")

# Italian and Romanian (Итальянско-, Румынско-русская): c, g before e/i ч, дж (the i of ci,
# gi before a vowel only softens), ch, gh к, г; sc before e/i ш; gn нь; gli ль; initial z
# дз; Romanian ea after ч, дж а. Giuseppe Джузеппе, Chiesa Кьеза, Bergoglio Бергольо,
# Zola Дзола, Mircea Мирча, Gheorghe Георге.
_ITALIAN = _rules(
    # gh is г (Gheorghe Георге): kept as G until g before e, i is дж.
    ("sci(?=[aou])", "sh"), ("sc(?=[ei])", "sh"), ("sch", "sk"), ("ch", "k"), ("gh", "G"),
    ("gli(?=[aeou])", "l"), ("gli", "li"), ("gn", "ny"),
    ("[cg]?ci(?=[aou])", "ch"), ("[cg]?c(?=[ei])", "ch"),
    ("g?gi(?=[aou])", "dzh"), ("g?g(?=[ei])", "dzh"), ("^z", "dz"), ("zz", "dz"),
    ("(?<=ch|zh)ea", "a"), ("G", "g"),
)
_ITALIAN_MARK = re.compile("c[ei]|g[ei]|ch|gh|gn|gli|sc|^z|zz")

# French (Французско-русская): silent endings (-s, -t, -d, -x, -ps, -e), ch ш, qu к, h
# silent, ai э, au/eau о, oi уа, eu ё, ill й, gn нь, in/ain before a consonant эн, en/an ан.
# Dumas Дюма, Camus Камю, Benoît Бенуа, Verlaine Верлен, Mireille Мирей, Gauguin Гоген.
_FRENCH = _rules(
    ("^h", ""), ("mps$", "m"), ("(?<=[aeiou]|n)(?:s|t|d|x|z|ts|ds)$", ""),
    (f"(?<=[{_C}])e?s$", ""), ("(?<=[aeiou][^aeiou])e$", ""),
    ("(?<=[aeiou][^aeiou][^aeiou])e$", ""), (f"en(?=[{_C}]|$)", "an"),
    ("eille?", "ey"), ("aille?", "ay"), ("ille", "iy"), ("eau|au", "o"), ("oi", "ua"),
    ("ai", "e"), ("eu", "yo"), ("ch", "sh"), ("qu", "k"), ("gu(?=[ei])", "g"), ("gn", "ny"),
    (f"in(?=[{_C}]|$)", "en"),
)
_FRENCH_MARK = re.compile(
    f"(?:[aeiou](?:s|t|d|x|z)|mps|[{_C}]e|[{_C}]es)$|eau|au|oi|ai|eu|ille|gn|qu|^h")

# English (Англо-русская): a silent final e lengthens the vowel before it (a ей, o оу,
# i ай: Kane Кейн, Cole Коул, Wilde Уайльд); ee, ea и; ey or y at the end и; aw о; ow оу;
# gh silent after a vowel. Keats Китс, Rowling Роулинг, Hughes Хьюз.
_ENGLISH = _rules(
    ("ce$", "s"), ("a([^aeiou])e$", r"ey\1"), ("o([^aeiou])e$", r"ou\1"),
    ("i([^aeiou])e$", r"ay\1"), ("(?<=[aeiou][^aeiou])e$", ""), ("(?<=[aeiou][^aeiou])es$", "s"),
    ("ee|ea", "i"), ("e?y$", "i"), ("aw", "o"), ("ow", "ou"), ("(?<=[aeiou])gh", ""),
    ("ai|ay", "ey"),
)
_ENGLISH_MARK = re.compile("[aeiou][^aeiou]e$|[aeiou][^aeiou]es$|ee|ea|y$|aw|ow|gh|ai|ay")

_SOURCES: tuple[tuple[re.Pattern[str], Rules], ...] = (
    (_GERMAN_MARK, _GERMAN), (_DUTCH_MARK, _DUTCH), (_NORDIC_MARK, _NORDIC),
    (_HUNGARIAN_MARK, _HUNGARIAN), (_WEST_SLAVIC_MARK, _WEST_SLAVIC),
    (_PORTUGUESE_MARK, _PORTUGUESE), (_SPANISH_MARK, _SPANISH), (_ITALIAN_MARK, _ITALIAN),
    (_FRENCH_MARK, _FRENCH), (_ENGLISH_MARK, _ENGLISH),
)


# In a part of three letters the vowels are much of the name (Leo is not Luka, whose
# English form Luke a Portuguese reading leu would come near): left as written.
_MIN_LENGTH = 4


def _apply(rules: Rules, token: str) -> str:
    for pattern, repl in rules:
        token = pattern.sub(repl, token)
    return token


@lru_cache(maxsize=65536)
def russian_readings(token: str) -> tuple[str, ...]:
    """A romanised Latin part as Russian practical transcription writes it from each source
    language whose marks it has, in BGN letters (volker → folker, csaba → chaba, figo →
    figu), where that differs from the part."""
    if len(token) < _MIN_LENGTH:
        return ()
    out = (_apply(rules, token) for mark, rules in _SOURCES if mark.search(token))
    return tuple(dict.fromkeys(r for r in out if r != token and len(r) >= 2))


# Letters whose mark Russian transcription reads and ASCII folding drops (Dvořák dvorak,
# Дворжак): č, ć ч; š, ș, ş ш; ž, ż ж; ř рж (Czech); đ дж; ț ц; ğ silent, ı ы (Turkish); ő,
# ö, ø ё and ű, ü ю (Hungarian, German, Turkish, Nordic); å о; ñ нь; ą он, ę ен (Polish);
# ł л; ě е. ç is ч in Turkish and с in French and Portuguese: both are kept.
_MARKED = str.maketrans({
    "č": "ch", "ć": "ch", "š": "sh", "ș": "sh", "ş": "sh", "ž": "zh", "ż": "zh", "ź": "z",
    "ř": "rzh", "đ": "dzh", "ț": "ts", "ţ": "ts", "ğ": "", "ı": "y", "ő": "yo", "ö": "yo",
    "ø": "yo", "ű": "yu", "ü": "yu", "å": "o", "ñ": "ny", "ą": "on", "ę": "en", "ł": "l",
    "ě": "e", "ś": "s", "ń": "n", "ň": "n", "ť": "t", "ď": "d", "ľ": "l", "ů": "u",
})
_CEDILLA = ("ch", "s")
# ğ and ı are Turkish (and Azerbaijani) alone; in a name that has them, c is дж and ç ч
# (Турецко-русская: Recep Tayyip Erdoğan Реджеп Тайип Эрдоган).
_TURKISH = re.compile("[ğı]")


def marked_spellings(text: str) -> tuple[str, ...]:
    """``text`` with the letters whose diacritics Russian transcription reads written out
    (Dvořák → dvorzhak, Schröder → schryoder, Selçuk → selchuk, selsuk), or none if it
    has no such letter."""
    lowered = text.lower()
    marked = lowered.translate(_MARKED)
    if _TURKISH.search(lowered):
        out: tuple[str, ...] = (marked.replace("c", "dzh").replace("ç", "ch"),)
    elif "ç" in marked:
        out = tuple(marked.replace("ç", c) for c in _CEDILLA)
    else:
        out = (marked,) if marked != lowered else ()
    return tuple(ascii_text(m) or "" for m in out)  # the other letters as ever (á a)
