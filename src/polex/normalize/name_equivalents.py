"""Given names and their equivalents in other languages: Лев is Leo in English and German,
Léon in French; Пётр is Peter, Pierre; Heinrich is Генрих in Russian.

A translated court document, a foreign registry or a witness statement writes a person's
given name as its own language does, not as a transliteration: Лев Толстой is "Leo
Tolstoy", Михаил "Michael", Екатерина "Catherine", and a German Heinrich is "Генрих" in a
Russian file. No spelling rule turns Pyotr into Peter, so the equivalents are a table.

What a row holds: one given name in the forms under which the same person is written in
Russian, Ukrainian and Belarusian (Cyrillic), and in English, German and French (Latin).
Written from knowledge of the languages' standard equivalents (as in translations,
émigrés' papers and the conventions for Russian names abroad), not copied from a list.
Forms that only rulers and saints receive are left out: a living Иван is Ivan in English,
never John (Иоанн, the church form, is); Яков is Jacob, not James; Карл is Karl, not
Charles; Генрих is Heinrich, not Henry (Генрих VIII, but a Henry today is Генри). A form
that only sounds alike is never an equivalent (Gordon is not Jordan).

How matching uses it (``given_name_equivalents``): a Cyrillic part found in a row has the
row's other forms as other spellings (``TokenForm.alts``, compared in every view and
indexed). A Latin part has them only when it is spelt as a transliteration of a Cyrillic
form of the row (Pyotr, Petr, Pjotr, Siarhei: passports and registries write Russian,
Ukrainian and Belarusian names so), never when it is spelt as a Western form: a Pierre is
a Frenchman, whom no document translates into Peter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

__all__ = [
    "EQUIVALENTS", "LANGUAGES", "equivalent_form", "equivalent_names", "given_name_equivalents",
]

# One given name per line: Russian | Ukrainian | Belarusian | English | German | French.
# Several forms in a column are separated by commas; an empty column has no own form (the
# others' transliteration serves). Rows without Latin forms tie the East Slavic forms
# together (Сергей, Сергій, Сяргей: a Belarusian passport writes Siarhei).
EQUIVALENTS = """
Александр | Олександр | Аляксандр | Alexander | Alexander | Alexandre
Алексей | Олексій | Аляксей | Alexis | Alexius | Alexis
Анатолий | Анатолій | Анатоль | Anatole | Anatol | Anatole
Андрей | Андрій | Андрэй | Andrew | Andreas | André
Антон | Антон | Антон | Anthony, Antony | Anton | Antoine
Василий | Василь | Васіль | Basil | Basilius | Basile
Виктор | Віктор | Віктар | Victor | Viktor | Victor
Владимир | Володимир | Уладзімір | | |
Вячеслав | Вячеслав | Вячаслаў | | |
Гавриил, Гаврила | Гаврило | Гаўрыла | Gabriel | Gabriel | Gabriel
Геннадий | Геннадій | Генадзь | | |
Георгий | Георгій | Георгій | George | Georg | Georges
Григорий | Григорій | Рыгор | Gregory | Gregor | Grégoire
Даниил, Данила | Данило | Данііл | Daniel | Daniel | Daniel
Денис | Денис | Дзяніс | Dennis | Dennis | Denis
Дмитрий | Дмитро | Дзмітрый | Demetrius | Demetrius | Dimitri
Евгений | Євген | Яўген | Eugene | Eugen | Eugène
Захар | Захар | Захар | Zachary | Zacharias | Zacharie
Иоанн | Іоанн | | John | Johannes | Jean
Илья | Ілля | Ілья | Elijah, Elias | Elias | Élie
Иосиф, Осип | Йосип | Язэп | Joseph | Josef | Joseph
Кирилл | Кирило | Кірыла | Cyril | Kyrill | Cyrille
Климент | Климент | Клімент | Clement | Klemens | Clément
Константин | Костянтин | Канстанцін | Constantine | Konstantin | Constantin
Лев | Лев | Леў | Leo | Leo | Léon
Леонид | Леонід | Леанід | | |
Лука | Лука | Лука | Luke | Lukas | Luc
Максим | Максим | Максім | | | Maxime
Марк | Марко | Марк | Mark | Markus | Marc
Матвей | Матвій | Мацвей | Matthew | Matthäus | Matthieu
Михаил | Михайло | Міхаіл | Michael | Michael |
Николай | Микола | Мікалай | Nicholas | Nikolaus | Nicolas
Павел | Павло | Павел | Paul | Paul | Paul
Пётр | Петро | Пятро | Peter | Peter | Pierre
Роман | Роман | Раман | | |
Семён | Семен | Сямён | Simon | Simon | Simon
Сергей | Сергій | Сяргей | | | Serge
Степан | Степан | Сцяпан | Stephen, Steven | Stefan, Stephan | Étienne
Тимофей | Тимофій | Цімафей | Timothy | Timotheus | Timothée
Фёдор | Федір | Фёдар | Theodore | Theodor | Théodore
Филипп | Пилип | Піліп | Philip | Philipp | Philippe
Фома | Хома | Хама | Thomas | Thomas | Thomas
Эдуард | Едуард | Эдуард | Edward | Eduard | Édouard
Юрий | Юрій | Юрый | | |
Яков | Яків | Якаў | Jacob | Jakob | Jacob
Анастасия | Анастасія | Анастасія | Anastasia | Anastasia | Anastasie
Анна | Анна, Ганна | Ганна | Anne, Ann | Anna | Anne
Варвара | Варвара | Варвара | Barbara | Barbara | Barbara
Вера | Віра | Вера | | |
Виктория | Вікторія | Вікторыя | Victoria | Viktoria | Victoire
Галина | Галина | Галіна | | |
Евгения | Євгенія | Яўгенія | Eugenia | Eugenie | Eugénie
Екатерина | Катерина | Кацярына | Catherine, Katherine | Katharina | Catherine
Елена | Олена | | Helen, Helena | Helene | Hélène
Елизавета | Єлизавета | Лізавета | Elizabeth | Elisabeth | Élisabeth
Ирина | Ірина | Ірына | Irene | Irene | Irène
Кристина | Христина | Крысціна | Christina, Christine | Christine | Christine
Маргарита | Маргарита | Маргарыта | Margaret | Margarete | Marguerite
Мария | Марія | Марыя | Mary | Maria | Marie
Наталья, Наталия | Наталія | Наталля | Natalie | Natalie | Nathalie
Ольга | Ольга | Вольга | | |
Светлана | Світлана | Святлана | | |
Софья, София | Софія | Софія | Sophia | Sophie | Sophie
Татьяна | Тетяна | Таццяна | | |
Юлия | Юлія | Юлія | Julia | Julia | Julie
Жанна | Жанна | Жанна | | | Jeanne
Луиза | Луїза | Луіза | Louise | Luise | Louise
Генрих | Генріх | Генрых | | Heinrich |
Карл | Карл | Карл | | Karl, Carl |
Вильгельм | Вільгельм | Вільгельм | | Wilhelm |
Людвиг | Людвіг | Людвіг | | Ludwig |
Иоганн | Йоганн | Ёган | | Johann, Johannes |
Фридрих | Фрідріх | Фрыдрых | | Friedrich |
Франц | Франц | Франц | | Franz |
Ханс, Ганс | Ганс | Ганс | | Hans |
Юрген | Юрген | Юрген | | Jürgen |
Хельмут, Гельмут | Гельмут | Гельмут | | Helmut |
Джон | Джон | Джон | John | |
Джеймс | Джеймс | Джэймс | James | |
Джордж | Джордж | Джордж | George | |
Джозеф | Джозеф | Джозэф | Joseph | |
Майкл | Майкл | Майкл | Michael | |
Уильям, Вильям | Вільям | Уільям | William | |
Чарльз | Чарльз | Чарльз | Charles | |
Ричард | Річард | Рычард | Richard | |
Дэвид, Дейвид | Девід | Дэвід | David | |
Томас | Томас | Томас | Thomas | Thomas |
Эндрю | Ендрю | Эндру | Andrew | |
Мэттью | Метью | Мэцью | Matthew | |
Стивен | Стівен | Стывен | Stephen, Steven | |
Кристофер | Крістофер | Крыстафер | Christopher | |
Энтони | Ентоні | Энтані | Anthony | |
Генри | Генрі | Генры | Henry | |
Гарри | Гаррі | Гары | Harry | |
Хью | Г'ю | Х'ю | Hugh | |
Мэри | Мері | Мэры | Mary | |
Элизабет | Елізабет | Элізабэт | Elizabeth | |
Маргарет | Маргарет | Маргарэт | Margaret | |
Кэтрин | Кетрін | Кэтрын | Catherine, Katherine | |
Сара | Сара | Сара | Sarah | |
Дженнифер | Дженніфер | Джэніфер | Jennifer | |
Джессика | Джессіка | Джэсіка | Jessica | |
Жан | Жан | Жан | | | Jean
Жак | Жак | Жак | | | Jacques
Пьер | П'єр | П'ер | | | Pierre
Мишель | Мішель | Мішэль | | | Michel
Франсуа | Франсуа | Франсуа | | | François
Анри | Анрі | Анры | | | Henri
Шарль | Шарль | Шарль | | | Charles
Гийом | Гійом | Гіём | | | Guillaume
Жорж | Жорж | Жорж | | | Georges
Луи | Луї | Луі | | | Louis
Элен | Елен | Элен | | | Hélène
"""

# Column languages, in order; the first three are written in Cyrillic.
LANGUAGES = ("ru", "uk", "be", "en", "de", "fr")
_CYRILLIC_COLUMNS = 3


@dataclass(frozen=True, slots=True)
class _Row:
    """One given name: its forms per language (as written) and the spellings matching
    compares (Cyrillic forms romanised, Latin forms folded to ASCII lower case)."""

    forms: dict[str, tuple[str, ...]]
    spellings: tuple[str, ...]


def _rows() -> list[dict[str, tuple[str, ...]]]:
    rows = []
    for line in EQUIVALENTS.strip().splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) != len(LANGUAGES):
            raise ValueError(f"name equivalents: {len(cells)} columns in {line!r}")
        rows.append({lang: tuple(f.strip() for f in cell.split(",") if f.strip())
                     for lang, cell in zip(LANGUAGES, cells, strict=True)})
    return rows


# Latin spellings of Cyrillic names besides BGN (which ``romanize`` writes): the passport
# system (ICAO 9303; Russia since 2013: Petr, Iurii, Natalia), and Ukraine's and Belarus's
# national systems, whose passports write г as h (Serhii, Siarhei) and ў as u (Yauhen).
# Only the letters where they differ from one another matter here: the rest is the same in
# every system, and loose keys fold the remaining differences (ia/ya, ii/iy, w/v).
_ICAO = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e",
    "є": "ie", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "'": "", "’": "",
})
_UKRAINIAN = {"г": "h", "и": "y", "є": "ie", "ї": "i"}
_BELARUSIAN = {"г": "h", "ё": "io"}  # Siarhei, Aliaksei, Fiodar


def _system(word: str, extra: dict[str, str]) -> str:
    return "".join(extra.get(c, c) for c in word.lower()).translate(_ICAO)


_DOUBLE = re.compile(r"(.)\1+")


def _spelling_key(latin: str) -> str:
    """What the Latin spellings of one Cyrillic form share: y and i, w and v, x and ks
    alike, letters doubled or not (Yuriy, Iurii, Yuri; Aleksey, Alexei; Wladimir). Finer
    than the loose key, which also folds zh, sh and j: Zhan (Жан) is not Jan, Shanna
    (Жанна) not Sana."""
    return _DOUBLE.sub(r"\1", latin.replace("y", "i").replace("w", "v").replace("x", "ks"))


@cache
def _index() -> tuple[list[_Row], dict[str, frozenset[int]], dict[str, frozenset[int]],
                      dict[tuple[int, str], int]]:
    """The rows; Cyrillic parts' romanisations → rows; Latin parts' spelling keys → rows
    (a Latin part is spelt many ways: Iurii, Yuriy, Yuri); and (row, key) → which form of
    the row the key spells (for ``equivalent_names``)."""
    # names.py reads this module for its other spellings: imported here, not at the top.
    from polex.normalize.names import romanize, russian_transliterations

    rows: list[_Row] = []
    cyrillic: dict[str, set[int]] = {}
    latin: dict[str, set[int]] = {}
    member: dict[tuple[int, str], int] = {}
    western: set[str] = set()
    for r, forms in enumerate(_rows()):
        spellings: list[str] = []
        form_number = 0
        for column, lang in enumerate(LANGUAGES):
            for form in forms[lang]:
                form_number += 1
                if column < _CYRILLIC_COLUMNS:
                    undotted = form.replace("ё", "е")  # Петр: ё is mostly written е
                    bgn = {romanize(form), romanize(undotted)}
                    spellings.append(romanize(form))
                    extra = _UKRAINIAN if lang == "uk" else _BELARUSIAN if lang == "be" else {}
                    written = bgn | {_system(form, extra), _system(form, {})}
                    written |= {t for b in bgn for t in russian_transliterations(b)}
                    for key in bgn:  # a Cyrillic part's romanisation is exact
                        cyrillic.setdefault(key, set()).add(r)
                        member.setdefault((r, key), form_number)
                    for key in map(_spelling_key, written):
                        latin.setdefault(key, set()).add(r)
                        member.setdefault((r, key), form_number)
                else:
                    ascii_form = romanize(form)
                    spellings.append(ascii_form)
                    western.add(_spelling_key(ascii_form))
                    member.setdefault((r, _spelling_key(ascii_form)), form_number)
        rows.append(_Row(forms, tuple(dict.fromkeys(spellings))))
    # A Latin part spelt as a Western form is a Western name (Maria, Anna, Mark, Victor):
    # it is not translated, so it gets no equivalents even where a transliteration agrees.
    latin_keys = {k: frozenset(v) for k, v in latin.items() if k not in western}
    return (rows, {k: frozenset(v) for k, v in cyrillic.items()}, latin_keys, member)


def _rows_of(script: str, token: str) -> frozenset[int]:
    _, cyrillic, latin, _ = _index()
    if script == "Cyrl":
        return cyrillic.get(token, frozenset())
    if script == "Latn":
        return latin.get(_spelling_key(token), frozenset())
    return frozenset()


@lru_cache(maxsize=65536)
def given_name_equivalents(script: str, token: str) -> tuple[str, ...]:
    """The other forms of the given name that the romanised part ``token`` of a name in
    ``script`` spells (Cyrillic пётр → petro, pyatro, peter, pierre), or ().

    Only Cyrillic parts, and Latin parts spelt as a transliteration of a Cyrillic form
    (Pyotr, Petr, Siarhei); a part spelt as a Western form (Pierre) has none.
    """
    found = _rows_of(script, token)
    if not found:
        return ()
    rows = _index()[0]
    out = (s for r in sorted(found) for s in rows[r].spellings if s != token)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def equivalent_names(a: str, b: str) -> bool:
    """Whether two romanised parts are different forms of one given name in the table
    (pyotr, peter), as opposed to two spellings of one form (pyotr, petr)."""
    _, cyrillic, latin, member = _index()
    keys_a, keys_b = {a, _spelling_key(a)}, {b, _spelling_key(b)}
    rows = set()
    for key in keys_a | keys_b:
        rows |= cyrillic.get(key, frozenset()) | latin.get(key, frozenset())
    for r in rows:
        forms_a = {member.get((r, k)) for k in keys_a} - {None}
        forms_b = {member.get((r, k)) for k in keys_b} - {None}
        if forms_a and forms_b and not forms_a & forms_b:
            return True
    return False


@cache
def _forms_index() -> dict[str, tuple[dict[str, tuple[str, ...]], ...]]:
    out: dict[str, list[dict[str, tuple[str, ...]]]] = {}
    for forms in _rows():
        for written in {f for column in forms.values() for f in column}:
            out.setdefault(written, []).append(forms)
    return {k: tuple(v) for k, v in out.items()}


def equivalent_form(name: str, language: str) -> str | None:
    """The form in ``language`` (``LANGUAGES``) of the given name written ``name`` in any
    of the table's languages (Пётр, "fr" → Pierre), or None if the table has none."""
    for forms in _forms_index().get(name, ()):
        if forms[language]:
            return forms[language][0]
    return None
