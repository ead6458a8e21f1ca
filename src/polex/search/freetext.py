"""Free text: recognise what an officer typed (an MRZ, a document number, a VIN, a phone,
an e-mail, an IBAN, a crypto address, an IP, or a name with a date) and how to search it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from polex.normalize.dates import parse_partial_date
from polex.normalize.mrz import parse as parse_mrz
from polex.normalize.selectors import normalize_selector
from polex.normalize.vehicles import normalize_vin, vin_check_digit

__all__ = ["Reading", "read_text"]

_DATE_PATTERNS = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b"), ("d", "m", "y")),
    (re.compile(r"\b(\d{4})-(\d{2})\b"), ("y", "m")),
    (re.compile(r"\b(19\d{2}|20\d{2})\b"), ("y",)),
]
_DOCUMENT_NUMBER = re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9 \-]{4,18}[A-Z0-9]$", re.I)
_SELECTOR_ORDER = ("email", "iban", "crypto", "ip", "phone")


@dataclass
class Reading:
    """How a free text will be searched: ``as_`` says what it was read as."""

    as_: str
    searches: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def read_text(text: str) -> Reading:
    """Decide what ``text`` is; the searches to run, most specific reading first."""
    text = text.strip()
    for reader in (_as_mrz, _as_vin, _as_selector, _as_document_number):
        reading = reader(text)
        if reading:
            return reading
    return _as_name(text)


def _as_mrz(text: str) -> Reading | None:
    if "<" not in text or len(text.replace("\n", "").replace(" ", "")) < 60:
        return None
    try:
        data = parse_mrz(text)
    except ValueError:
        return None
    holder = " ".join(p for p in (data.given_names, data.surname) if p)
    searches: list[tuple[str, dict[str, Any]]] = [
        ("identifier", {"kind": "doc", "value": data.document_number,
                        "country": data.issuing_country})]
    if holder:
        searches.append(("person", {"name": holder, "birth_date": data.birth_date,
                                    "nationality": data.nationality, "sex": data.sex}))
    return Reading("mrz", searches)


def _as_vin(text: str) -> Reading | None:
    compact = text.replace(" ", "").replace("-", "").upper()
    if len(compact) != 17:
        return None
    try:
        vin = normalize_vin(compact)
    except ValueError:
        return None
    if vin[8] != vin_check_digit(vin) and not any(c.isalpha() for c in vin[:3]):
        return None
    return Reading("vin", [("identifier", {"kind": "vin", "value": vin})])


def _as_selector(text: str) -> Reading | None:
    looks_like_phone = text.startswith(("+", "00")) and not any(c.isalpha() for c in text)
    if " " in text and "@" not in text and not looks_like_phone:
        return None
    for kind in _SELECTOR_ORDER:
        if kind == "phone" and not looks_like_phone:
            continue
        try:
            value = normalize_selector(kind, text)
        except ValueError:
            continue
        return Reading(kind, [("identifier", {"kind": f"sel:{kind}", "value": value})])
    return None


def _as_document_number(text: str) -> Reading | None:
    if not _DOCUMENT_NUMBER.match(text) or sum(c.isdigit() for c in text) < 3:
        return None
    # "Aliev 1974" is a name and a year: a word of four letters or more is no number part
    # (plates such as "AB 123 CD" keep their letters in short groups).
    if any(part.isalpha() and len(part) >= 4 for part in re.split(r"[\s\-]+", text)):
        return None
    return Reading("document_number", [
        ("identifier", {"kind": "doc", "value": text}),
        ("identifier", {"kind": "plate", "value": text}),
        ("identifier", {"kind": "serial", "value": text}),
    ])


def _as_name(text: str) -> Reading:
    birth_date = None
    for pattern, parts in _DATE_PATTERNS:
        match = pattern.search(text)
        if match:
            values = dict(zip(parts, match.groups(), strict=True))
            iso = "-".join(values[p].zfill(2) for p in ("y", "m", "d") if p in values)
            try:
                birth_date = parse_partial_date(iso).iso
            except ValueError:
                continue
            text = (text[:match.start()] + text[match.end():]).strip(" ,;")
            break
    return Reading("name", [("person", {"name": text, "birth_date": birth_date})])
