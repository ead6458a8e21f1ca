"""ICAO Doc 9303 MRZ layouts (where each field sits) and the check digit."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ALLOWED", "LAYOUTS", "Layout", "Span", "check_digit"]

ALLOWED = re.compile(r"[A-Z0-9<]")
# Doc 9303 Part 3 §4.9: 7-3-1 weights; A-Z count 10-35, the filler '<' counts 0.
_WEIGHTS = (7, 3, 1)

Span = tuple[int, int, int]
"""(line index, start, end): 0-based, end exclusive, like a slice."""


@dataclass(frozen=True)
class Layout:
    """Where each field of one MRZ format sits (Doc 9303 Parts 4-7)."""

    format: str
    line_count: int
    line_length: int
    code: Span
    issuer: Span
    name: Span
    number: Span
    number_check: Span
    nationality: Span
    birth: Span
    birth_check: Span
    sex: Span
    expiry: Span
    expiry_check: Span
    optional: tuple[Span, ...]
    optional_check: Span | None = None
    composite: Span | None = None
    composite_over: tuple[Span, ...] = ()
    # Part 5 §4.2.4 / Part 6 §4.2.4 note: a number over nine characters continues in the
    # (first) optional data field. Part 4 (TD3) and Part 7 (visas) do not define this.
    long_number: bool = True


def _two_line(fmt: str, length: int, **spans: object) -> Layout:
    # TD2, TD3 and both visas share line 1 and the first 28 columns of line 2.
    common: dict[str, object] = {
        "code": (0, 0, 2),
        "issuer": (0, 2, 5),
        "name": (0, 5, length),
        "number": (1, 0, 9),
        "number_check": (1, 9, 10),
        "nationality": (1, 10, 13),
        "birth": (1, 13, 19),
        "birth_check": (1, 19, 20),
        "sex": (1, 20, 21),
        "expiry": (1, 21, 27),
        "expiry_check": (1, 27, 28),
    }
    return Layout(format=fmt, line_count=2, line_length=length, **common, **spans)  # type: ignore[arg-type]


LAYOUTS: dict[str, Layout] = {
    # Part 4 §4.2.2: passports.
    "TD3": _two_line(
        "TD3",
        44,
        optional=((1, 28, 42),),
        optional_check=(1, 42, 43),
        composite=(1, 43, 44),
        composite_over=((1, 0, 10), (1, 13, 20), (1, 21, 43)),
    ),
    # Part 6 §4.2.2: TD2 official travel documents.
    "TD2": _two_line(
        "TD2",
        36,
        optional=((1, 28, 35),),
        composite=(1, 35, 36),
        composite_over=((1, 0, 10), (1, 13, 20), (1, 21, 35)),
    ),
    # Part 7 §4.2.2 and §5.2.2: visas have no composite check digit.
    "MRVA": _two_line("MRVA", 44, optional=((1, 28, 44),), long_number=False),
    "MRVB": _two_line("MRVB", 36, optional=((1, 28, 36),), long_number=False),
    # Part 5 §4.2.2: TD1 cards, three lines of 30.
    "TD1": Layout(
        format="TD1",
        line_count=3,
        line_length=30,
        code=(0, 0, 2),
        issuer=(0, 2, 5),
        number=(0, 5, 14),
        number_check=(0, 14, 15),
        optional=((0, 15, 30), (1, 18, 29)),
        birth=(1, 0, 6),
        birth_check=(1, 6, 7),
        sex=(1, 7, 8),
        expiry=(1, 8, 14),
        expiry_check=(1, 14, 15),
        nationality=(1, 15, 18),
        composite=(1, 29, 30),
        composite_over=((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29)),
        name=(2, 0, 30),
    ),
}


def _value(char: str) -> int:
    if char.isdigit():
        return int(char)
    return 0 if char == "<" else ord(char) - ord("A") + 10


def check_digit(field: str) -> str:
    """The Doc 9303 check digit (7-3-1 weights, modulus 10) of a field of MRZ characters."""
    text = field.upper()
    if not all(ALLOWED.fullmatch(c) for c in text):
        raise ValueError(f"{field!r} has characters an MRZ cannot hold (only A–Z, 0–9 and '<')")
    return str(sum(_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(text)) % 10)
