"""Countries: codes, names in several languages, aliases, historic and ICAO codes."""

from __future__ import annotations

import pytest

from polex.normalize.countries import (
    HISTORIC_SUCCESSORS,
    alpha_2,
    country_name,
    is_document_country_code,
    member_countries,
    normalize_country,
    normalize_document_country,
)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        # ISO 3166-1 codes in every form
        ("FRA", "FRA"), ("fr", "FRA"), (" fra ", "FRA"), ("250", "FRA"), ("76", "BRA"),
        # English names, with or without diacritics, in any case
        ("Germany", "DEU"), ("Côte d'Ivoire", "CIV"), ("COTE D’IVOIRE", "CIV"),
        ("Türkiye", "TUR"), ("turkey", "TUR"), ("Korea, Republic of", "KOR"),
        ("Republic of Korea", "KOR"), ("The Gambia", "GMB"), ("Congo", "COG"),
        # common aliases
        ("Russia", "RUS"), ("UK", "GBR"), ("Great Britain", "GBR"), ("England", "GBR"),
        ("USA", "USA"), ("U.S.A.", "USA"), ("Ivory Coast", "CIV"), ("Czechia", "CZE"),
        ("Czech Republic", "CZE"), ("South Korea", "KOR"), ("North Korea", "PRK"),
        ("Iran", "IRN"), ("Syria", "SYR"), ("Vietnam", "VNM"), ("Bolivia", "BOL"),
        ("Taiwan", "TWN"), ("Holland", "NLD"), ("Burma", "MMR"), ("Laos", "LAO"),
        ("Macedonia", "MKD"), ("Swaziland", "SWZ"), ("Cape Verde", "CPV"),
        ("Palestine", "PSE"), ("Vatican", "VAT"), ("DR Congo", "COD"), ("UAE", "ARE"),
        # names in the languages of national exports
        ("Deutschland", "DEU"), ("Allemagne", "DEU"), ("Alemania", "DEU"),
        ("Германия", "DEU"), ("德国", "DEU"), ("Royaume-Uni", "GBR"), ("Österreich", "AUT"),
        # Kosovo: the user-assigned XKX, whatever it is called
        ("Kosovo", "XKX"), ("XK", "XKX"), ("XKX", "XKX"), ("RKS", "XKX"),
        # the one ICAO code that is simply a country's own code
        ("D", "DEU"),
    ],
)  # fmt: skip
def test_normalize_country(value: str, code: str) -> None:
    assert normalize_country(value) == code


@pytest.mark.parametrize(
    ("value", "code"),
    [
        # renamed or absorbed: the one successor
        ("ZAR", "COD"), ("TMP", "TLS"), ("BUR", "MMR"), ("DDR", "DEU"), ("Zaire", "COD"),
        ("East Timor", "TLS"), ("YMD", "YEM"),
        # split: no single successor, so the historic code stays
        ("YUG", "YUG"), ("SCG", "SCG"), ("CSK", "CSK"), ("SUN", "SUN"), ("ANT", "ANT"),
        ("Soviet Union", "SUN"), ("Yugoslavia", "YUG"), ("Netherlands Antilles", "ANT"),
    ],
)  # fmt: skip
def test_historic_codes_map_to_a_single_successor_or_stay(value: str, code: str) -> None:
    assert normalize_country(value) == code


def test_every_successor_is_a_current_country() -> None:
    codes = {code for code, _ in member_countries()}
    assert set(HISTORIC_SUCCESSORS.values()) <= codes


@pytest.mark.parametrize("code", ["XXA", "XXB", "XXC", "XXX", "UTO", "EUE", "UNO", "GBD", "XPO"])
def test_icao_codes_are_not_countries(code: str) -> None:
    with pytest.raises(ValueError, match="only as a document's issuing state or nationality"):
        normalize_country(code)


@pytest.mark.parametrize("value", ["", "  ", "Atlantis", "ZZZ", "999", "Europe"])
def test_unknown_countries_are_refused(value: str) -> None:
    with pytest.raises(ValueError):
        normalize_country(value)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("D", "D"), ("D<<", "D"), ("UTO", "UTO"), ("xxa", "XXA"), ("UNO", "UNO"), ("GBD", "GBD"),
        ("YUG", "YUG"), ("ZAR", "ZAR"), ("DDR", "DDR"), ("RKS", "RKS"),
        ("Germany", "DEU"), ("fr", "FRA"), ("Kosovo", "XKX"),
    ],
)  # fmt: skip
def test_document_countries_keep_icao_and_historic_codes_as_printed(value: str, code: str) -> None:
    assert normalize_document_country(value) == code


@pytest.mark.parametrize(
    ("code", "known"), [("DEU", True), ("D", True), ("YUG", True), ("XKX", True), ("QQQ", False)]
)
def test_is_document_country_code(code: str, known: bool) -> None:
    assert is_document_country_code(code) is known


@pytest.mark.parametrize(
    ("code", "name"),
    [("DEU", "Germany"), ("XKX", "Kosovo"), ("XXA", "Stateless person"), ("QQQ", "QQQ")],
)
def test_country_name(code: str, name: str) -> None:
    assert country_name(code) == name


def test_country_name_marks_historic_codes() -> None:
    assert country_name("YUG").endswith("(historic)")


@pytest.mark.parametrize(
    ("value", "code"), [("DEU", "DE"), ("Kosovo", "XK"), ("United Kingdom", "GB")]
)
def test_alpha_2(value: str, code: str) -> None:
    assert alpha_2(value) == code


def test_member_countries_are_the_current_iso_list() -> None:
    countries = dict(member_countries())
    assert len(countries) == 249
    assert countries["FRA"] == "France"
