"""Country profiles: how each country writes numbers, plates, phones and IBANs.

Templates use ``9`` for a digit, ``@`` for a letter A–Z, ``#`` for a letter or digit,
``%`` for the German document alphabet (no vowels, no B/D/Q/S), ``&`` for the Cyrillic
letters that Russian and Ukrainian plates share with Latin, anything else literally.
Document templates are canonical (no separators); plate templates are as displayed.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PROFILES", "CountryProfile", "profile"]


@dataclass(frozen=True)
class CountryProfile:
    """What the generator needs to know about one country."""

    code: str
    alpha2: str
    icao: str  # issuing-state code in the MRZ (``D`` for Germany)
    phone_cc: str
    mobiles: tuple[str, ...]  # leading digits of mobile numbers (national significant number)
    mobile_len: int  # length of the national significant number
    passports: tuple[str, ...]
    id_cards: tuple[str, ...]
    plates: tuple[str, ...]
    cities: tuple[str, ...]
    iban: str | None = None  # BBAN structure as in the SWIFT IBAN registry
    family_first: bool = False  # native order is family name, then given name
    two_surnames: bool = False  # paternal and maternal family names
    jan1_unknown: float = 0.0  # share of births recorded as 1 January when unknown


def _p(code: str, alpha2: str, phone: str, mobiles: str, length: int, passports: str,
       ids: str, plates: str, cities: str, iban: str | None = None, **kw: object) -> CountryProfile:
    return CountryProfile(
        code=code, alpha2=alpha2, icao=str(kw.pop("icao", code)), phone_cc=phone,
        mobiles=tuple(mobiles.split()), mobile_len=length, passports=tuple(passports.split()),
        id_cards=tuple(ids.split()), plates=tuple(plates.split(",")),
        cities=tuple(cities.split(",")), iban=iban, **kw,  # type: ignore[arg-type]
    )


_ALL = [
    _p("FRA", "FR", "33", "60 61 62 64 65 66 67 68 75 76 77 78", 9, "99@@99999",
       "999999999999 #########",
       "@@-999-@@", "Paris,Lyon,Marseille,Lille,Toulouse", "5!n5!n11!c2!n"),
    _p("DEU", "DE", "49", "170 171 172 175 176 177 178 179", 10, "C%%%%%%%%", "L%%%%%%%%",
       "B-@@ 9999,M-@ 999,HH-@@ 99,K-@@ 999,F-@ 9999", "Berlin,Hamburg,München,Köln,Leipzig",
       "8!n10!n", icao="D"),
    _p("ESP", "ES", "34", "6", 9, "@@@999999", "@@@999999", "9999 @@@",
       "Madrid,Barcelona,Sevilla,Valencia,Bilbao", two_surnames=True),
    _p("ITA", "IT", "39", "320 328 333 338 347 349 366 388", 10, "@@9999999", "CA99999@@",
       "@@ 999@@", "Roma,Milano,Napoli,Torino,Palermo", "1!a5!n5!n12!c"),
    _p("POL", "PL", "48", "50 51 53 57 60 66 69 72 73 78 79 88", 9, "@@9999999", "@@@999999",
       "WA 99999,KR 9999@,PO 999@@", "Warszawa,Kraków,Łódź,Wrocław,Gdańsk", "8!n16!n"),
    _p("TUR", "TR", "90", "530 532 533 535 542 543 505 555", 10, "U99999999", "@99@99999",
       "34 @@@ 999,06 @ 9999,35 @@ 999", "İstanbul,Ankara,İzmir,Bursa,Antalya", "5!n1!n16!c"),
    _p("CZE", "CZ", "420", "601 602 603 604 605 606 607 608 72 73 77 79", 9, "99999999",
       "999999999", "9@9 9999",
       "Praha,Brno,Ostrava,Plzeň", "4!n16!n"),
    _p("NLD", "NL", "31", "61 62 64 65", 9, "@@#######", "@@#######", "99-@@@-9,@-999-@@",
       "Amsterdam,Rotterdam,Den Haag,Utrecht", "4!a10!n"),
    _p("PRT", "PT", "351", "91 92 93 96", 9, "@@999999", "99999999", "@@-99-@@",
       "Lisboa,Porto,Braga,Coimbra", "4!n4!n11!n2!n"),
    _p("ROU", "RO", "40", "72 74 75 76", 9, "99999999", "@@999999", "B 999 @@@,CJ 99 @@@",
       "București,Cluj-Napoca,Iași,Timișoara", "4!a16!c"),
    _p("HUN", "HU", "36", "20 30 70", 9, "@@9999999", "999999@@", "@@@-999,@@ @@-999",
       "Budapest,Debrecen,Szeged,Pécs", "3!n4!n1!n15!n1!n", family_first=True),
    _p("SWE", "SE", "46", "70 72 73 76 79", 9, "99999999", "99999999", "@@@ 99@",
       "Stockholm,Göteborg,Malmö,Uppsala", "3!n16!n1!n"),
    _p("GBR", "GB", "44", "77 78 79", 10, "999999999", "999999999", "@@99 @@@",
       "London,Birmingham,Manchester,Glasgow,Leeds", "4!a6!n8!n"),
    _p("USA", "US", "1",
       "2124 2126 2129 2133 2135 3054 3057 3124 3128 4155 4156 6175 6178 7023 7026 7135 7138 "
       "2025 4045 4047", 10, "999999999 @99999999",
       "@9999999", "9@@@999,@@@-9999,999 @@@", "New York,Los Angeles,Chicago,Houston,Miami"),
    _p("BRA", "BR", "55", "119 219 319 419 519 619", 11, "@@999999", "999999999",
       "@@@9@99,@@@-9999", "São Paulo,Rio de Janeiro,Belo Horizonte,Brasília,Salvador",
       "8!n5!n10!n1!a1!c"),
    _p("MEX", "MX", "52", "55 33 81", 10, "@99999999", "999999999999", "@@@-999-@",
       "Ciudad de México,Guadalajara,Monterrey,Puebla,Tijuana", two_surnames=True),
    _p("NGA", "NG", "234", "803 806 703 813 816 906 805 807 705 815", 10, "@99999999",
       "99999999999", "@@@-999@@", "Lagos,Kano,Ibadan,Abuja,Port Harcourt", jan1_unknown=0.3),
    _p("RUS", "RU", "7", "912 916 925 926 903 905 965 985", 10, "999999999", "9999999999",
       "&999&&77,&999&&199,&999&&50", "Moskva,Sankt-Peterburg,Kazan,Novosibirsk,Grozny",
       "9!n5!n15!c"),
    _p("UKR", "UA", "380", "50 66 67 68 73 93 96 97 98 99 63", 9, "@@999999", "999999999",
       "&&9999&&", "Kyiv,Kharkiv,Odesa,Lviv,Dnipro", "6!n19!c"),
    _p("BGR", "BG", "359", "87 88 89", 9, "999999999", "@@9999999", "&9999&&",
       "Sofia,Plovdiv,Varna,Burgas", "4!a4!n2!n8!c"),
    _p("SRB", "RS", "381", "64 65 66", 9, "999999999", "999999999", "BG 999-@@,NS 999-@@",
       "Beograd,Novi Sad,Niš,Kragujevac", "3!n13!n2!n"),
    _p("EGY", "EG", "20", "10 11 12 15", 10, "@99999999", "99999999999999", "999 @@@",
       "Cairo,Alexandria,Giza,Mansoura", "4!n4!n17!n", jan1_unknown=0.2),
    _p("SAU", "SA", "966", "50 53 54 55 56 58 59", 9, "@999999", "9999999999", "9999 @@@",
       "Riyadh,Jeddah,Mecca,Dammam", "2!n18!c"),
    _p("MAR", "MA", "212", "61 62 66 67", 9, "@@9999999", "@@999999", "99999-@-9",
       "Casablanca,Rabat,Fès,Marrakech,Tanger", jan1_unknown=0.15),
    _p("IRQ", "IQ", "964", "770 771 750 780 790", 10, "@99999999", "999999999999", "@ 99999",
       "Baghdad,Basra,Mosul,Erbil,Najaf", "4!a3!n12!n", jan1_unknown=0.5),
    _p("GRC", "GR", "30", "694 697 698 699", 10, "@@9999999", "@@999999",
       "@@@-9999", "Athina,Thessaloniki,Patra,Irakleio", "3!n4!n16!c"),
    _p("CYP", "CY", "357", "96 97 99", 8, "@99999999", "99999999", "@@@ 999",
       "Lefkosia,Lemesos,Larnaka,Pafos", "3!n5!n16!c"),
    _p("CHN", "CN", "86", "138 139 135 150 186 188 159 136", 11, "E99999999 E@9999999", "CNID",
       "京@99999,沪@9#999,粤B9999#", "Beijing,Shanghai,Guangzhou,Wuhan,Fuzhou",
       family_first=True),
    _p("TWN", "TW", "886", "91 92 93 95 97 98", 9, "999999999", "@999999999", "@@@-9999",
       "Taipei,Kaohsiung,Taichung,Tainan", family_first=True),
    _p("KOR", "KR", "82", "10", 10, "M99999999 M999@9999", "999999999999", "99가9999,999나9999",
       "Seoul,Busan,Incheon,Daegu", family_first=True),
    _p("JPN", "JP", "81", "90 80 70", 10, "@@9999999", "999999999999", "品川300さ99-99",
       "Tokyo,Osaka,Yokohama,Nagoya,Sapporo", family_first=True),
    _p("ISR", "IL", "972",
       "502 503 504 505 506 507 508 522 523 524 525 526 527 528 53 542 543 544 545", 9,
       "99999999", "999999999", "999-99-999",
       "Yerushalayim,Tel Aviv,Haifa,Be'er Sheva", "3!n3!n13!n"),
    _p("THA", "TH", "66", "81 86 89 91 95 61", 9, "@@9999999", "9999999999999", "9@@ 9999",
       "Bangkok,Chiang Mai,Pattaya,Phuket"),
    _p("GEO", "GE", "995", "555 557 558 571 591 593 595 599", 9, "99@@99999", "99@@99999",
       "@@-999-@@", "Tbilisi,Kutaisi,Batumi,Rustavi", "2!a16!n"),
    _p("ARM", "AM", "374", "77 91 93 94 95 96 98 99 55", 8, "@@9999999", "999999999",
       "99 @@ 999", "Yerevan,Gyumri,Vanadzor"),
    _p("IND", "IN", "91", "98 99 97 96 91 88 70 63", 10, "@9999999", "999999999999",
       "MH 99 @@ 9999,DL 9@ @ 9999", "Mumbai,Delhi,Bengaluru,Kolkata,Chennai",
       jan1_unknown=0.15),
]

PROFILES: dict[str, CountryProfile] = {p.code: p for p in _ALL}


def profile(code: str) -> CountryProfile:
    """The profile of a country, or a ``KeyError`` that lists the ones known."""
    try:
        return PROFILES[code]
    except KeyError:
        raise KeyError(f"no synthetic profile for {code!r}; known: {', '.join(PROFILES)}") from None
