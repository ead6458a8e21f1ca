"""Selectors, the traces of cyber and financial crime, each in one canonical form.

Two records of the same phone, e-mail address or wallet must produce the same string, so
that an exact look-up finds them. Libraries do the standards they do well: phonenumbers
(E.164), python-stdnum (IBAN BBAN formats), idna (IDNA 2008), ipaddress; crypto addresses
are in :mod:`polex.normalize.crypto`.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from polex.normalize.crypto import normalize_crypto_address

__all__ = [
    "SELECTOR_KINDS",
    "normalize_domain",
    "normalize_email",
    "normalize_iban",
    "normalize_imei",
    "normalize_ip",
    "normalize_phone",
    "normalize_selector",
    "normalize_social_handle",
    "normalize_url",
]

# -- phone ----------------------------------------------------------------------------------


def normalize_phone(value: str, region: str | None = None) -> str:
    """E.164 (``+442079460958``); ``region`` (alpha-2 or alpha-3) for numbers without ``+``."""
    import phonenumbers

    text = value.strip()
    # "00" is the international prefix in most of the world: 0044… means +44….
    if region is None and text.startswith("00"):
        text = "+" + text[2:]
    if region is None and not text.startswith("+"):
        raise ValueError(
            f"phone {value!r} has no country code: write it as +<country code><number> "
            "or give the country it was recorded in"
        )
    try:
        number = phonenumbers.parse(text, _alpha_2(region) if region else None)
    except phonenumbers.NumberParseException as error:
        raise ValueError(f"phone {value!r} cannot be read as a phone number ({error})") from None
    # "Possible" (a plausible length for the country), not "valid": numbering plans change
    # faster than the library's metadata, and a real number seized as evidence must be kept.
    if not phonenumbers.is_possible_number(number):
        raise ValueError(
            f"phone {value!r} has the wrong number of digits for +{number.country_code}"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _alpha_2(region: str) -> str:
    from polex.normalize.countries import alpha_2

    return alpha_2(region)


# -- e-mail, domain, URL ----------------------------------------------------------------------

# RFC 5322 §3.2.3 dot-atom characters, plus any non-ASCII letter (RFC 6531, SMTPUTF8).
_ATOM = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\U0010FFFF]+$")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def normalize_email(value: str) -> str:
    """``Local.Part@example.com``: the local part as written, the domain lower-case IDNA."""
    text = value.strip().removeprefix("mailto:")
    local, at, domain = text.rpartition("@")
    if not at or not local:
        raise ValueError(f"e-mail {value!r} needs the form name@domain")
    # RFC 5321 §4.5.3.1.1: a local part has at most 64 octets.
    if len(local.encode()) > 64 or any(not _ATOM.match(atom) for atom in local.split(".")):
        raise ValueError(
            f"e-mail {value!r}: {local!r} is not a valid local part "
            "(letters, digits and !#$%&'*+/=?^_`{{|}}~- with single dots between them)"
        )
    # The local part keeps its case: RFC 5321 §2.4 lets the receiving server decide.
    return f"{local}@{normalize_domain(domain)}"


def normalize_domain(value: str) -> str:
    """A host name in lower case, IDNA 2008 A-labels (``xn--…``), without a trailing dot."""
    import idna

    text = value.strip().rstrip(".").lower()
    if "/" in text or ":" in text:
        raise ValueError(
            f"domain {value!r} looks like a URL; record it as a URL or give the host only"
        )
    try:
        # UTS #46 mapping turns full-width dots and letters into their plain forms first.
        ascii_name = idna.encode(text, uts46=True).decode("ascii")
    except idna.IDNAError as error:
        raise ValueError(
            f"domain {value!r} is not a valid internet domain name ({error})"
        ) from None
    labels = ascii_name.split(".")
    if len(labels) < 2 or len(ascii_name) > 253 or not all(_LABEL.match(x) for x in labels):
        raise ValueError(f"domain {value!r} is not a valid internet domain name (e.g. example.com)")
    return ascii_name


_DEFAULT_PORTS = {"http": 80, "https": 443, "ftp": 21}


def normalize_url(value: str) -> str:
    """A URL with scheme and host in lower case (host as IDNA), default port dropped, path kept."""
    text = value.strip()
    # People write "example.com/page": a URL without a scheme means the web.
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    if not parts.hostname:
        raise ValueError(f"URL {value!r} has no host")
    host = _url_host(parts.hostname)
    port = (
        parts.port
        if parts.port and parts.port != _DEFAULT_PORTS.get(parts.scheme.lower())
        else None
    )
    netloc = host if port is None else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}{':' + parts.password if parts.password else ''}@{netloc}"
    return urlunsplit(
        (parts.scheme.lower(), netloc, parts.path or "/", parts.query, parts.fragment)
    )


def _url_host(hostname: str) -> str:
    try:
        address = ipaddress.ip_address(hostname)
    except ValueError:
        return normalize_domain(hostname)
    return f"[{address.compressed}]" if address.version == 6 else address.compressed


# -- IP ---------------------------------------------------------------------------------------


def normalize_ip(value: str) -> str:
    """An IPv4 or IPv6 address in its canonical text (RFC 5952 for IPv6); private ones too."""
    text = value.strip().removeprefix("[").removesuffix("]")
    try:
        # Private and reserved addresses are accepted: in a seized log they are evidence.
        return ipaddress.ip_address(text).compressed
    except ValueError:
        raise ValueError(
            f"IP {value!r} is not an IPv4 (e.g. 192.0.2.1) or IPv6 (e.g. 2001:db8::1) address"
        ) from None


# -- IBAN -------------------------------------------------------------------------------------

_IBAN = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$")


def normalize_iban(value: str) -> str:
    """The IBAN without spaces in upper case (ISO 13616), checksum and country format checked."""
    from stdnum import iban
    from stdnum.exceptions import ValidationError

    text = re.sub(r"[\s\-.]+", "", value).upper().removeprefix("IBAN")
    if not _IBAN.match(text):
        raise ValueError(
            f"IBAN {value!r} must be 2 letters, 2 check digits, then up to 30 letters or digits"
        )
    # ISO 13616 §6: move the first four characters to the end, letters to numbers, mod 97 = 1.
    # Checked here first so a typo is reported as a typo, whatever stdnum would say.
    if int("".join(str(int(c, 36)) for c in text[4:] + text[:4])) % 97 != 1:
        raise ValueError(
            f"IBAN {value!r}: the check digits do not match; a character is probably mistyped"
        )
    try:
        return iban.validate(text)
    except ValidationError:
        raise ValueError(
            f"IBAN {value!r}: wrong length or format for country {text[:2]!r}"
        ) from None


# -- IMEI -------------------------------------------------------------------------------------


def _luhn_digit(digits: str) -> str:
    total = 0
    for i, char in enumerate(reversed(digits)):
        doubled = int(char) * (2 if i % 2 == 0 else 1)
        total += doubled - 9 if doubled > 9 else doubled
    return str(-total % 10)


def normalize_imei(value: str) -> str:
    """The 15-digit IMEI (3GPP TS 23.003 §6.2.1), from an IMEI, IMEISV or 14 digits."""
    digits = re.sub(r"[\s\-./]+", "", value)
    if not digits.isdigit() or len(digits) not in (14, 15, 16):
        raise ValueError(
            f"IMEI {value!r} must be 15 digits (14 without check digit, 16 for an IMEISV)"
        )
    body = digits[:14]  # TAC + serial number: what identifies the handset
    expected = _luhn_digit(body)
    # TS 23.003 §6.2.1: the check digit is not transmitted; network records carry a spare
    # 0 in its place, and an IMEISV ends in a software version instead. Both name the same
    # handset as its IMEI, so they are stored as that IMEI.
    if len(digits) == 15 and digits[14] not in (expected, "0"):
        raise ValueError(
            f"IMEI {value!r}: the check digit is {digits[14]}, expected {expected}; "
            "a digit is probably mistyped"
        )
    return body + expected


# -- social handles ---------------------------------------------------------------------------

_HANDLE = re.compile(r"^[\w.\-]{1,100}$")


def normalize_social_handle(value: str) -> str:
    """A handle without its ``@``, in lower case (platforms treat handles case-insensitively)."""
    text = value.strip().lstrip("@").lower()
    if not _HANDLE.match(text):
        raise ValueError(
            f"handle {value!r} may hold only letters, digits, '.', '_' and '-'; "
            "record a profile link as a URL"
        )
    return text


# -- dispatch ---------------------------------------------------------------------------------

SELECTOR_KINDS: dict[str, Callable[[str], str]] = {
    "email": normalize_email,
    "phone": normalize_phone,
    "ip": normalize_ip,
    "domain": normalize_domain,
    "url": normalize_url,
    "crypto": normalize_crypto_address,
    "iban": normalize_iban,
    "imei": normalize_imei,
    "social_handle": normalize_social_handle,
}


def normalize_selector(kind: str, value: str, *, region: str | None = None) -> str:
    """The canonical form of a selector of ``kind``; ``region`` helps read national phones."""
    if kind not in SELECTOR_KINDS:
        raise ValueError(
            f"selector kind {kind!r} is unknown; use one of {', '.join(SELECTOR_KINDS)}"
        )
    if not value.strip():
        raise ValueError(f"the {kind} is empty")
    if kind == "phone":
        return normalize_phone(value, region)
    return SELECTOR_KINDS[kind](value)
