"""Countries: ISO 3166-1 alpha-3 codes from codes, names, aliases and historic codes.

National exports name countries every way there is: ``DE``, ``DEU``, ``276``, ``Germany``,
``Deutschland``, ``Allemagne``, ``FRG``. :func:`normalize_country` turns all of them into
the ISO 3166-1 alpha-3 code. Travel documents have their own ICAO Doc 9303 codes (``D``,
``XXA``, ``UNO``…) that are not countries; :func:`normalize_document_country` keeps those.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import lru_cache

import pycountry

__all__ = [
    "HISTORIC_SUCCESSORS",
    "ICAO_SPECIAL_CODES",
    "alpha_2",
    "country_name",
    "is_document_country_code",
    "member_countries",
    "normalize_country",
    "normalize_document_country",
]

# ICAO Doc 9303 Part 3 §5: codes that appear on travel documents but are not ISO 3166-1
# countries (the organisations, the nationality categories, and the specimen state).
ICAO_SPECIAL_CODES = {
    "D": "Germany (ICAO code on German documents)",
    "UTO": "Utopia (ICAO specimen state)",
    "XXA": "Stateless person",
    "XXB": "Refugee (1951 Convention)",
    "XXC": "Refugee (other)",
    "XXX": "Unspecified nationality",
    "XOM": "Sovereign Military Order of Malta",
    "XPO": "INTERPOL",
    "XBA": "African Development Bank",
    "XIM": "African Export-Import Bank",
    "XCC": "Caribbean Community (CARICOM)",
    "XCO": "Common Market for Eastern and Southern Africa",
    "XEC": "Economic Community of West African States",
    "XES": "Organisation of Eastern Caribbean States",
    "EUE": "European Union",
    "UNO": "United Nations Organization",
    "UNA": "United Nations specialized agency",
    "UNK": "Kosovo resident (UNMIK travel document)",
    "RKS": "Kosovo",
    "GBD": "British Overseas Territories Citizen",
    "GBN": "British National (Overseas)",
    "GBO": "British Overseas Citizen",
    "GBP": "British Protected Person",
    "GBS": "British Subject",
}

# Kosovo is not in ISO 3166-1. XK / XKX come from the user-assigned range (ISO 3166-1
# §8.1.3) and are what the European Commission, IMF, SWIFT and most police systems use;
# its passports print RKS. We store XKX so one code means Kosovo everywhere in polex.
KOSOVO = "XKX"

# ICAO codes that stand for exactly one country: normalize_country maps these, and only
# these; the others (XXA, UNO, GBD…) describe a status or an organisation, not a country.
_ICAO_COUNTRY = {"D": "DEU", "RKS": KOSOVO}

# ISO 3166-3 codes of states that were renamed or absorbed into exactly one current state
# map to it (a Zairean is now Congolese, an East German German). States that split (YUG,
# SCG, CSK, SUN, ANT, PCI, GEL, NTZ) have no single successor: an old record keeps the
# historic code rather than a guess that is wrong for most of their citizens.
HISTORIC_SUCCESSORS = {
    "AFI": "DJI",
    "ATB": "ATA",
    "ATN": "ATA",
    "BUR": "MMR",
    "BYS": "BLR",
    "CTE": "KIR",
    "DDR": "DEU",
    "DHY": "BEN",
    "FXX": "FRA",
    "HVO": "BFA",
    "JTN": "UMI",
    "MID": "UMI",
    "NHB": "VUT",
    "PCZ": "PAN",
    "PUS": "UMI",
    "RHO": "ZWE",
    "SKM": "IND",
    "TMP": "TLS",
    "VDR": "VNM",
    "WAK": "UMI",
    "YMD": "YEM",
    "ZAR": "COD",
}

# Names people use that ISO 3166-1 does not list (keys are folded by _fold).
_ALIASES = {
    "russia": "RUS", "uk": "GBR", "u k": "GBR", "great britain": "GBR", "britain": "GBR",
    "england": "GBR", "scotland": "GBR", "wales": "GBR", "northern ireland": "GBR",
    "usa": "USA", "us": "USA", "u s": "USA", "u s a": "USA", "united states": "USA",
    "america": "USA", "ivory coast": "CIV", "czech republic": "CZE", "south korea": "KOR",
    "korea": "KOR", "north korea": "PRK", "dprk": "PRK", "iran": "IRN", "syria": "SYR",
    "vietnam": "VNM", "viet nam": "VNM", "bolivia": "BOL", "taiwan": "TWN", "kosovo": KOSOVO,
    "holland": "NLD", "the netherlands": "NLD", "burma": "MMR", "laos": "LAO",
    "moldova": "MDA", "macedonia": "MKD", "fyrom": "MKD", "swaziland": "SWZ",
    "cape verde": "CPV", "palestine": "PSE", "vatican": "VAT", "vatican city": "VAT",
    "brunei": "BRN", "tanzania": "TZA", "venezuela": "VEN", "micronesia": "FSM",
    "turkey": "TUR", "east timor": "TLS", "zaire": "COD", "drc": "COD", "dr congo": "COD",
    "congo kinshasa": "COD", "congo brazzaville": "COG", "uae": "ARE", "emirates": "ARE",
    "the gambia": "GMB", "the bahamas": "BHS", "st kitts and nevis": "KNA",
    "st lucia": "LCA", "st vincent and the grenadines": "VCT", "sao tome": "STP",
    "falklands": "FLK", "bosnia": "BIH", "russian federation": "RUS",
    "east germany": "DEU", "west germany": "DEU", "frg": "DEU", "gdr": "DEU",
    "soviet union": "SUN", "ussr": "SUN", "yugoslavia": "YUG", "czechoslovakia": "CSK",
    "serbia and montenegro": "SCG", "netherlands antilles": "ANT", "xk": KOSOVO,
}  # fmt: skip

# Country names in the languages national exports most often use (pycountry's gettext
# catalogues); an English name or alias always wins over a translation.
_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "ru", "uk", "ar", "tr", "pl", "zh_CN")


def _fold(text: str) -> str:
    """Case-, diacritics- and punctuation-insensitive key: 'Côte d’Ivoire' → 'cote d ivoire'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def _name_keys(name: str) -> set[str]:
    keys = {_fold(name)}
    # ISO writes "Korea, Republic of"; people write "Republic of Korea".
    if ", " in name:
        head, _, tail = name.partition(", ")
        keys.add(_fold(f"{tail} {head}"))
    return keys


def _add(index: dict[str, str], keys: set[str], code: str) -> None:
    # First come wins: aliases, then current countries, then historic ones (ISO 3166-3
    # reuses no alpha-3 code of a current country except ATF, which stays current).
    for key in keys:
        index.setdefault(key, code)


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Folded code or name → alpha-3, built once."""
    index: dict[str, str] = {_fold(k): v for k, v in _ALIASES.items()}
    for country in pycountry.countries:
        keys = {country.alpha_2.lower(), country.alpha_3.lower(), country.numeric}
        for attr in ("name", "official_name", "common_name"):
            keys |= _name_keys(getattr(country, attr, "") or "") - {""}
        _add(index, keys, country.alpha_3)
    for historic in pycountry.historic_countries:
        code = HISTORIC_SUCCESSORS.get(historic.alpha_3, historic.alpha_3)
        _add(index, {historic.alpha_3.lower(), *_name_keys(historic.name)}, code)
    _add_translations(index)
    return index


def _add_translations(index: dict[str, str]) -> None:
    translated: dict[str, set[str]] = {}
    for language in _LANGUAGES:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        for country in pycountry.countries:
            for key in _name_keys(catalogue.gettext(country.name)):
                translated.setdefault(key, set()).add(country.alpha_3)
    for key, codes in translated.items():
        # A word that names different countries in different languages is left out.
        if len(codes) == 1 and key not in index:
            index[key] = next(iter(codes))


@lru_cache(maxsize=8192)
def normalize_country(value: str) -> str:
    """The ISO 3166-1 alpha-3 code for a code or name; ``ValueError`` if none is known."""
    text = value.strip()
    if not text:
        raise ValueError("the country is empty")
    upper = text.upper()
    if upper in _ICAO_COUNTRY:
        return _ICAO_COUNTRY[upper]
    if upper == KOSOVO:
        return KOSOVO
    if upper in ICAO_SPECIAL_CODES:
        raise ValueError(
            f"{text!r} is the ICAO travel-document code for {ICAO_SPECIAL_CODES[upper]}, "
            "not a country; it is valid only as a document's issuing state or nationality"
        )
    folded = _fold(text.zfill(3) if text.isdigit() else text)
    # "The Gambia", "the Bahamas": the article is not part of the name.
    code = _index().get(folded) or _index().get(folded.removeprefix("the "))
    if code is None:
        raise ValueError(f"{value!r} is not a known country (use ISO 3166-1 alpha-3, e.g. FRA)")
    return code


def normalize_document_country(value: str) -> str:
    """An issuing state or nationality as on a travel document: ICAO and historic codes kept."""
    text = value.strip().upper().rstrip("<")
    # Doc 9303 codes are printed as they are; a Yugoslav passport was issued by YUG.
    if text in ICAO_SPECIAL_CODES or _is_historic(text):
        return text
    return normalize_country(value.strip().rstrip("<"))


def _is_historic(code: str) -> bool:
    return (
        len(code) == 3
        and pycountry.historic_countries.get(alpha_3=code) is not None
        and (pycountry.countries.get(alpha_3=code) is None)
    )


def is_document_country_code(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-3, ISO 3166-3 or ICAO 9303 special code."""
    upper = code.upper()
    return (
        upper in ICAO_SPECIAL_CODES
        or upper == KOSOVO
        or pycountry.countries.get(alpha_3=upper) is not None
        or _is_historic(upper)
    )


def alpha_2(value: str) -> str:
    """The ISO 3166-1 alpha-2 code of a country given any way :func:`normalize_country` takes."""
    code = normalize_country(value)
    if code == KOSOVO:
        return "XK"
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        raise ValueError(f"{value!r} is a historic country without a current alpha-2 code")
    return country.alpha_2


def country_name(code: str) -> str:
    """The English short name of an alpha-3 (or ICAO / historic) code; the code if unknown."""
    upper = code.upper()
    country = pycountry.countries.get(alpha_3=upper) if len(upper) == 3 else None
    if country is not None:
        return country.name
    if upper == KOSOVO:
        return "Kosovo"
    if upper in ICAO_SPECIAL_CODES:
        return ICAO_SPECIAL_CODES[upper]
    if _is_historic(upper):
        return f"{pycountry.historic_countries.get(alpha_3=upper).name} (historic)"
    return code


def member_countries() -> list[tuple[str, str]]:
    """(alpha-3, name) of every current ISO 3166-1 country, sorted by code."""
    return sorted((c.alpha_3, c.name) for c in pycountry.countries)
