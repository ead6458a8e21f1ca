"""Document numbers (and serials, plates): canonical forms that are never truncated."""

from __future__ import annotations

import re

__all__ = ["canonical_number"]

_SEPARATORS = re.compile(r"[\s\-./_]+")


def canonical_number(value: str) -> str:
    """Upper case, separators removed; ``ValueError`` if nothing alphanumeric is left."""
    text = _SEPARATORS.sub("", value).upper()
    if not text:
        raise ValueError("the number is empty")
    if not text.isalnum():
        bad = next(c for c in text if not c.isalnum())
        raise ValueError(f"{value!r} contains {bad!r}; only letters and digits belong in a number")
    return text
