"""Vehicle identification numbers (ISO 3779; 49 CFR Part 565 for the check digit)."""

from __future__ import annotations

import re

__all__ = ["check_vin", "is_north_american", "normalize_vin", "vin_check_digit"]

_SEPARATORS = re.compile(r"[\s\-./_]+")
VIN_LENGTH = 17
# ISO 3779 §5 leaves out I, O and Q so they are not read as 1 and 0.
_NOT_IN_VIN = {"I": "1", "O": "0", "Q": "0"}
# 49 CFR 565.15(c): letters transliterate to digits, positions carry these weights,
# and the weighted sum modulo 11 is the check digit (10 is written X).
_TRANSLITERATION = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", "12345678123457923456789", strict=True))
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_CHECK_POSITION = 9  # 1-based


def normalize_vin(value: str) -> str:
    """The 17-character VIN in upper case without separators; ``ValueError`` naming the fault."""
    vin = _SEPARATORS.sub("", value).upper()
    # Only the 17-character VIN of ISO 3779 (1981 onwards) is accepted: older serials
    # have no common structure, so they belong in the record's free text, not here.
    if len(vin) != VIN_LENGTH:
        raise ValueError(
            f"VIN {value!r} has {len(vin)} characters; a VIN has 17 (vehicles from 1981 on)"
        )
    for position, char in enumerate(vin, start=1):
        _check_character(vin, position, char)
    return vin


def _check_character(vin: str, position: int, char: str) -> None:
    if char in _NOT_IN_VIN:
        raise ValueError(
            f"VIN {vin}, position {position}: {char!r} never appears in a VIN "
            f"(ISO 3779); it is probably {_NOT_IN_VIN[char]!r}"
        )
    if not (char.isascii() and char.isalnum()):
        raise ValueError(f"VIN {vin}, position {position}: {char!r} is not a letter or digit")


def vin_check_digit(vin: str) -> str:
    """The check digit that position 9 of a VIN should carry (49 CFR 565.15(c))."""
    vin = normalize_vin(vin)
    total = sum(int(_TRANSLITERATION.get(c, c)) * w for c, w in zip(vin, _WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def is_north_american(vin: str) -> bool:
    """Whether the WMI (first character 1–5) is North American, where the check digit is law."""
    return vin[:1] in "12345"


def check_vin(vin: str) -> list[str]:
    """Warnings about a normalised VIN; ``ValueError`` if a North-American check digit fails."""
    expected = vin_check_digit(vin)
    printed = vin[_CHECK_POSITION - 1]
    if printed == expected:
        return []
    reason = f"VIN {vin}, position 9: check digit is {printed!r}, expected {expected!r}"
    if is_north_american(vin):
        # 49 CFR 565 makes the check digit mandatory for vehicles sold in North America.
        raise ValueError(f"{reason}; one of the 17 characters is probably misread")
    # ISO 3779 does not require a check digit: Europe and most of Asia use position 9
    # freely, so a mismatch there says nothing about the VIN being wrong.
    return [f"{reason} (not necessarily a check digit outside North America)"]
