"""Countries: ISO 3166-1 alpha-3 codes from codes, names and common aliases."""

from __future__ import annotations

from functools import lru_cache

import pycountry

__all__ = ["country_name", "member_countries", "normalize_country"]


@lru_cache(maxsize=4096)
def normalize_country(value: str) -> str:
    """The ISO 3166-1 alpha-3 code for a code or name; ``ValueError`` if none is known."""
    text = value.strip()
    if not text:
        raise ValueError("empty country")
    try:
        country = pycountry.countries.lookup(text)
    except LookupError:
        raise ValueError(f"{value!r} is not a known country (use ISO 3166-1 alpha-3, e.g. FRA)") from None
    return country.alpha_3


def country_name(code: str) -> str:
    """The English short name of an alpha-3 code."""
    country = pycountry.countries.get(alpha_3=code)
    return country.name if country else code


def member_countries() -> list[tuple[str, str]]:
    """(alpha-3, name) of every current ISO 3166-1 country, sorted by code."""
    return sorted((c.alpha_3, c.name) for c in pycountry.countries)


# ICAO 9303 codes that are not ISO 3166 alpha-3 but appear on real documents.
ICAO_SPECIAL_CODES = {
    "D": "Germany (ICAO code on German documents)",
    "UTO": "Utopia (ICAO specimen state)",
    "XXA": "Stateless person",
    "XXB": "Refugee (1951 Convention)",
    "XXC": "Refugee (other)",
    "XXX": "Unspecified nationality",
    "XOM": "Sovereign Military Order of Malta",
    "XPO": "INTERPOL",
    "EUE": "European Union",
    "UNO": "United Nations Organization",
    "UNA": "United Nations specialized agency",
    "UNK": "Kosovo (UNMIK)",
    "RKS": "Kosovo",
    "GBD": "British Overseas Territories Citizen",
    "GBN": "British National (Overseas)",
    "GBO": "British Overseas Citizen",
    "GBP": "British Protected Person",
    "GBS": "British Subject",
}


def is_document_country_code(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-3 code or an ICAO 9303 special code."""
    upper = code.upper()
    return upper in ICAO_SPECIAL_CODES or pycountry.countries.get(alpha_3=upper) is not None


def normalize_document_country(value: str) -> str:
    """An issuing state or nationality as on a travel document: ICAO codes kept as they are."""
    text = value.strip().upper().rstrip("<")
    if text in ICAO_SPECIAL_CODES:
        return text
    return normalize_country(value.strip().rstrip("<"))
