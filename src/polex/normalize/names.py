"""Person names: script detection, romanisation to Latin, tokens."""

from __future__ import annotations

import unicodedata

from normality import ascii_text, collapse_spaces

__all__ = ["detect_script", "romanize", "tokens"]

# Unicode character-name prefixes → ISO 15924 script codes.
_SCRIPT_PREFIXES = {
    "LATIN": "Latn", "CYRILLIC": "Cyrl", "ARABIC": "Arab", "GREEK": "Grek", "HEBREW": "Hebr",
    "CJK": "Hani", "HANGUL": "Hang", "HIRAGANA": "Hira", "KATAKANA": "Kana", "THAI": "Thai",
    "DEVANAGARI": "Deva", "GEORGIAN": "Geor", "ARMENIAN": "Armn", "BENGALI": "Beng",
    "TAMIL": "Taml", "ETHIOPIC": "Ethi",
}


def _char_script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    for prefix, code in _SCRIPT_PREFIXES.items():
        if name.startswith(prefix):
            return code
    return None


def detect_script(text: str) -> str:
    """The ISO 15924 code of the script most letters of ``text`` are in (``Zyyy`` if none)."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            code = _char_script(char)
            if code:
                counts[code] = counts.get(code, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else "Zyyy"


def romanize(text: str) -> str:
    """A lower-case ASCII Latin romanisation of ``text``."""
    return collapse_spaces(ascii_text(text) or "").lower()


def tokens(text: str) -> list[str]:
    """The romanised name parts of ``text``, in order."""
    return [t for t in "".join(c if c.isalnum() else " " for c in romanize(text)).split() if t]
