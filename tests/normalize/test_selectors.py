"""Selectors: one canonical string per phone, e-mail, IP, domain, URL, IBAN, IMEI, handle."""

from __future__ import annotations

import pytest

from polex.normalize.selectors import (
    SELECTOR_KINDS,
    normalize_email,
    normalize_imei,
    normalize_phone,
    normalize_selector,
)

CANONICAL = [
    # phone: E.164 (ITU-T E.164 / the phonenumbers library)
    ("phone", "+44 20 7946 0958", "+442079460958"),
    ("phone", "0044 (0)20 7946 0958", "+442079460958"),
    ("phone", "+1 (202) 555-0143", "+12025550143"),
    ("phone", "+49 30 901820", "+4930901820"),
    # e-mail: local part as written, domain lower-case IDNA
    ("email", "John.Smith@Example.COM", "John.Smith@example.com"),
    ("email", "mailto:info@bücher.de", "info@xn--bcher-kva.de"),
    ("email", "user+tag@sub.example.org", "user+tag@sub.example.org"),
    ("email", "Müller@example.de", "Müller@example.de"),
    # IP: RFC 5952 text for IPv6; private addresses are evidence too
    ("ip", " 192.0.2.1 ", "192.0.2.1"),
    ("ip", "2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
    ("ip", "[2001:db8::1]", "2001:db8::1"),
    ("ip", "10.0.0.1", "10.0.0.1"),
    # domain
    ("domain", "Example.COM.", "example.com"),
    ("domain", "bücher.de", "xn--bcher-kva.de"),
    ("domain", "xn--bcher-kva.de", "xn--bcher-kva.de"),
    ("domain", "faß.de", "xn--fa-hia.de"),  # IDNA 2008; Python's own codec says fass.de
    ("domain", "ＥＸＡＭＰＬＥ．com", "example.com"),  # UTS #46 maps full-width forms
    # URL: scheme and host lower, default port dropped, path kept as written
    (
        "url",
        "HTTPS://Example.COM:443/Path/File.html?q=A#Top",
        "https://example.com/Path/File.html?q=A#Top",
    ),
    ("url", "example.com", "http://example.com/"),
    ("url", "http://bücher.de:8080/x", "http://xn--bcher-kva.de:8080/x"),
    ("url", "http://[2001:DB8::1]/", "http://[2001:db8::1]/"),
    ("url", "http://abcdefghijklmnop.onion/market", "http://abcdefghijklmnop.onion/market"),
    # IBAN (ISO 13616): spaces out, upper case
    ("iban", "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432"),
    ("iban", "de89 3704 0044 0532 0130 00", "DE89370400440532013000"),
    ("iban", "IBAN FR14 2004 1010 0505 0001 3M02 606", "FR1420041010050500013M02606"),
    # IMEI: 15 digits
    ("imei", "49-015420-323751-8", "490154203237518"),
    ("imei", "35-209900-176148-1", "352099001761481"),
    # social handle
    ("social_handle", "@Some_User", "some_user"),
    ("social_handle", " john.doe ", "john.doe"),
    # crypto: dispatched to polex.normalize.crypto
    (
        "crypto",
        "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    ),
    (
        "crypto",
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
    ),
]


@pytest.mark.parametrize(("kind", "value", "canonical"), CANONICAL)
def test_canonical_forms(kind: str, value: str, canonical: str) -> None:
    assert normalize_selector(kind, value) == canonical


def test_every_kind_of_the_model_is_covered() -> None:
    assert set(SELECTOR_KINDS) == {k for k, _, _ in CANONICAL}


REFUSED = [
    ("phone", "020 7946 0958", "no country code"),
    ("phone", "+33 1 23", "wrong number of digits"),
    ("phone", "+44 call me", "cannot be read"),
    ("email", "no-at-sign.example.com", "name@domain"),
    ("email", "a..b@example.com", "not a valid local part"),
    ("email", "john smith@example.com", "not a valid local part"),
    ("email", "john@localhost", "not a valid internet domain"),
    ("email", "x" * 65 + "@example.com", "not a valid local part"),
    ("ip", "256.1.1.1", "not an IPv4"),
    ("ip", "192.168.001.001", "not an IPv4"),  # leading zeros are ambiguous (octal)
    ("ip", "10.0.0.0/8", "not an IPv4"),
    ("domain", "-bad-.com", "not a valid internet domain"),
    ("domain", "http://example.com/x", "looks like a URL"),
    ("domain", "under_score.com", "not a valid internet domain"),
    ("url", "http:///path-only", "no host"),
    ("iban", "GB82 WEST 1234 5698 7654 33", "check digits do not match"),
    ("iban", "GB82WEST1234569876543", "check digits do not match"),
    ("iban", "12345", "2 letters, 2 check digits"),
    ("imei", "490154203237519", "check digit is 9, expected 8"),
    ("imei", "4901542032375", "must be 15 digits"),
    ("social_handle", "@some user", "only letters, digits"),
    ("social_handle", "https://x.com/someone", "record a profile link as a URL"),
    ("crypto", "not an address", "checksum fails"),
    ("fax", "123", "kind 'fax' is unknown"),
    ("email", "   ", "empty"),
]


@pytest.mark.parametrize(("kind", "value", "words"), REFUSED)
def test_refused_values_say_why(kind: str, value: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        normalize_selector(kind, value)


def test_an_iban_of_valid_checksum_but_wrong_country_format_is_refused() -> None:
    # The mod-97 check holds, but a German IBAN has 22 characters, not 21.
    body = "DE00" + "37040044053201300"
    check = 98 - int("".join(str(int(c, 36)) for c in body[4:] + "DE00")) % 97
    with pytest.raises(ValueError, match="wrong length or format for country 'DE'"):
        normalize_selector("iban", f"DE{check:02d}{body[4:]}")


@pytest.mark.parametrize(
    ("value", "region", "e164"),
    [
        ("020 7946 0958", "GB", "+442079460958"),
        ("020 7946 0958", "GBR", "+442079460958"),
        ("(202) 555-0143", "USA", "+12025550143"),
        ("+33 1 42 68 53 00", "DEU", "+33142685300"),  # an explicit + wins over the region
    ],
)
def test_phone_with_a_default_region(value: str, region: str, e164: str) -> None:
    assert normalize_phone(value, region) == e164
    assert normalize_selector("phone", value, region=region) == e164


@pytest.mark.parametrize(
    ("value", "imei"),
    [
        ("49015420323751", "490154203237518"),  # 14 digits: the check digit is added
        ("490154203237510", "490154203237518"),  # network records carry a spare 0
        ("4901542032375123", "490154203237518"),  # IMEISV: the software version is dropped
    ],
)
def test_imei_forms_of_one_handset_meet(value: str, imei: str) -> None:
    assert normalize_imei(value) == imei


def test_email_keeps_the_local_part_case() -> None:
    assert normalize_email("Jane.Doe@EXAMPLE.org").startswith("Jane.Doe@")
