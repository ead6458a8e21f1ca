"""Document numbers (and serials, plates): canonical forms that are never truncated."""

from __future__ import annotations

import re

__all__ = ["CONFUSABLE", "canonical_number", "confusable_key"]

_SEPARATORS = re.compile(r"[\s\-./_]+")

# Characters that people and OCR engines read for one another, each mapped to the digit
# of its class. Kept: O/Q→0, I/L→1 (L because a lower-case l looks like 1 and numbers are
# upper-cased), Z→2, S→5, G→6, B→8. Left out on purpose: D (D/0 is rare in OCR-B and D is
# a common prefix letter, so every "D…" number would collide with "0…"), U/V, A/4, T/7
# (rarer than the cost of the extra false candidates they would bring).
CONFUSABLE = str.maketrans(
    {"O": "0", "Q": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "G": "6", "B": "8"}
)


def canonical_number(value: str) -> str:
    """Upper case, separators removed; ``ValueError`` if nothing alphanumeric is left."""
    text = _SEPARATORS.sub("", value).upper()
    if not text:
        raise ValueError("the number is empty")
    if not text.isalnum():
        bad = next(c for c in text if not c.isalnum())
        raise ValueError(f"{value!r} contains {bad!r}; only letters and digits belong in a number")
    return text


def confusable_key(number: str) -> str:
    """A search key under which misread forms of a number meet: ``'SO1-B'`` → ``'5018'``."""
    return canonical_number(number).translate(CONFUSABLE)
