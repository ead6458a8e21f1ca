"""How a Russian record writes common English, German and French names in Cyrillic.

Today's practical transcription, as Russian passports' visa pages, court files and the
press write foreigners (Майкл for an American Michael, Михаэль for a German one, Мишель
for a French Michel; Мартин for an Englishman, Мартен for a Frenchman), not the
traditional equivalents that Russian uses for rulers and saints (Михаил). Written by hand
for the commoner names of the GBR, USA, DEU and FRA banks; the generator writes a Western
person in Cyrillic only when both their given and family names are here. Kept apart from
``polex.normalize.name_equivalents`` on purpose: matching must meet these forms through
its own rules and table, not by reading the generator's.
"""

from __future__ import annotations

__all__ = ["CYRILLIC_FORMS", "cyrillic_form"]

_GIVEN = {
    "en": "James:Джеймс John:Джон David:Дэвид Oliver:Оливер Thomas:Томас William:Уильям "
    "Jack:Джек Harry:Гарри George:Джордж Charlie:Чарли Jacob:Джейкоб Robert:Роберт "
    "Michael:Майкл Richard:Ричард Paul:Пол Mark:Марк Andrew:Эндрю Peter:Питер Stephen:Стивен "
    "Christopher:Кристофер Daniel:Дэниел Matthew:Мэттью Joseph:Джозеф Samuel:Сэмюэл "
    "Benjamin:Бенджамин Alexander:Александер Ryan:Райан Charles:Чарльз Anthony:Энтони "
    "Donald:Дональд Steven:Стивен Kevin:Кевин Brian:Брайан Edward:Эдвард Nicholas:Николас "
    "Eric:Эрик Kenneth:Кеннет Timothy:Тимоти Ronald:Рональд Jason:Джейсон Gary:Гэри "
    "Joshua:Джошуа Jonathan:Джонатан Liam:Лиам Adam:Адам Lewis:Льюис "
    "Olivia:Оливия Amelia:Амелия Sarah:Сара Emily:Эмили Charlotte:Шарлотта Jessica:Джессика "
    "Sophie:Софи Grace:Грейс Susan:Сьюзан Margaret:Маргарет Elizabeth:Элизабет Mary:Мэри "
    "Karen:Карен Helen:Хелен Rebecca:Ребекка Laura:Лора Hannah:Ханна Lucy:Люси "
    "Jennifer:Дженнифер Ashley:Эшли Linda:Линда Patricia:Патрисия Barbara:Барбара "
    "Nancy:Нэнси Lisa:Лиза Betty:Бетти Sandra:Сандра Kimberly:Кимберли Donna:Донна "
    "Michelle:Мишель Dorothy:Дороти Carol:Кэрол Amanda:Аманда Melissa:Мелисса "
    "Deborah:Дебора Victoria:Виктория Claire:Клэр Alice:Элис",
    "de": "Jürgen:Юрген Lukas:Лукас Maximilian:Максимилиан Stefan:Штефан Jörg:Йорг "
    "Günter:Гюнтер Thomas:Томас Michael:Михаэль Andreas:Андреас Peter:Петер Klaus:Клаус "
    "Wolfgang:Вольфганг Frank:Франк Uwe:Уве Hans:Ханс Werner:Вернер Markus:Маркус "
    "Christian:Кристиан Tobias:Тобиас Alexander:Александер Sebastian:Себастьян "
    "Florian:Флориан Daniel:Даниэль Matthias:Маттиас Dieter:Дитер "
    "Anna:Анна Sophie:Софи Käthe:Кете Ursula:Урсула Sabine:Сабина Bärbel:Бербель "
    "Maria:Мария Monika:Моника Petra:Петра Andrea:Андреа Claudia:Клаудия Susanne:Сузанна "
    "Christina:Кристина Julia:Юлия Lisa:Лиза Laura:Лаура Katharina:Катарина Sarah:Сара",
    "fr": "François:Франсуа Jean:Жан Pierre:Пьер Nicolas:Николя Jérôme:Жером Mathéo:Матео "
    "Noël:Ноэль Hugo:Юго Michel:Мишель Philippe:Филипп Alain:Ален Patrick:Патрик "
    "Christophe:Кристоф Stéphane:Стефан Laurent:Лоран Frédéric:Фредерик Éric:Эрик "
    "Olivier:Оливье Sébastien:Себастьен Julien:Жюльен David:Давид Thierry:Тьерри "
    "Pascal:Паскаль Daniel:Даниэль "
    "Hélène:Элен Marie:Мари Chloé:Хлоэ Léa:Леа Céline:Селин Françoise:Франсуаза "
    "Nathalie:Натали Isabelle:Изабель Sylvie:Сильви Catherine:Катрин Christine:Кристин "
    "Sandrine:Сандрин Valérie:Валери Sophie:Софи",
}

_FAMILY = {
    "en": "Smith:Смит Jones:Джонс Williams:Уильямс Taylor:Тейлор Brown:Браун Davies:Дэвис "
    "Evans:Эванс Wilson:Уилсон Johnson:Джонсон Roberts:Робертс Robinson:Робинсон "
    "Thompson:Томпсон Wright:Райт Walker:Уокер White:Уайт Edwards:Эдвардс Hughes:Хьюз "
    "Green:Грин Hall:Холл Lewis:Льюис Harris:Харрис Clarke:Кларк Patel:Патель "
    "Jackson:Джексон Wood:Вуд Turner:Тёрнер Martin:Мартин Cooper:Купер Hill:Хилл "
    "Miller:Миллер Davis:Дэвис Rodriguez:Родригес Garcia:Гарсия Martinez:Мартинес "
    "Hernandez:Эрнандес Lopez:Лопес Gonzalez:Гонсалес Anderson:Андерсон Thomas:Томас "
    "Moore:Мур Lee:Ли Perez:Перес Sanchez:Санчес Clark:Кларк Ramirez:Рамирес Young:Янг "
    "Allen:Аллен King:Кинг",
    "de": "Müller:Мюллер Schmidt:Шмидт Schneider:Шнайдер Fischer:Фишер Weiß:Вайс "
    "Schäfer:Шефер Köhler:Кёлер Groß:Гросс Meyer:Майер Wagner:Вагнер Becker:Беккер "
    "Schulz:Шульц Hoffmann:Хоффман Koch:Кох Bauer:Бауэр Richter:Рихтер Klein:Кляйн "
    "Wolf:Вольф Schröder:Шрёдер Neumann:Нойман Schwarz:Шварц Zimmermann:Циммерман "
    "Braun:Браун Krüger:Крюгер Hofmann:Хофман Hartmann:Хартман Lange:Ланге",
    "fr": "Martin:Мартен Bernard:Бернар Dubois:Дюбуа Lefèvre:Лефевр Girard:Жирар "
    "Mercier:Мерсье Bénard:Бенар Lemaître:Леметр Thomas:Тома Petit:Пети Robert:Робер "
    "Richard:Ришар Durand:Дюран Leroy:Леруа Moreau:Моро Simon:Симон Laurent:Лоран "
    "Michel:Мишель David:Давид Bertrand:Бертран Roux:Ру Vincent:Венсан Fournier:Фурнье "
    "Morel:Морель André:Андре",
}


def _parse(table: dict[str, str]) -> dict[str, dict[str, str]]:
    return {lang: dict(pair.split(":") for pair in text.split()) for lang, text in table.items()}


CYRILLIC_FORMS = {"given": _parse(_GIVEN), "family": _parse(_FAMILY)}


def cyrillic_form(kind: str, language: str, name: str) -> str | None:
    """How a Russian record writes ``name`` (a ``kind`` "given" or "family" name of
    ``language`` en/de/fr) in Cyrillic, or None if it is not listed."""
    return CYRILLIC_FORMS[kind].get(language, {}).get(name)
