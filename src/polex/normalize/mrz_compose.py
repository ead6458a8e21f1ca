"""Compose valid ICAO Doc 9303 MRZ text from fields (for synthetic data and tests)."""

from __future__ import annotations

import unicodedata
from datetime import date

from polex.normalize.documents import canonical_number
from polex.normalize.mrz_layouts import ALLOWED, LAYOUTS, Layout, Span, check_digit

__all__ = ["compose_mrv", "compose_td1", "compose_td2", "compose_td3"]

# Doc 9303 Part 3 §6 (transliteration of multinational Latin characters), first option of
# each pair; everything else loses its diacritics through Unicode decomposition.
_TRANSLITERATION = str.maketrans(
    {
        "Ä": "AE", "Å": "AA", "Æ": "AE", "Ö": "OE", "Ø": "OE", "Ü": "UE", "ß": "SS",
        "Þ": "TH", "Ð": "D", "Đ": "D", "Ĳ": "IJ", "Œ": "OE", "Ŋ": "N", "Ł": "L", "ĸ": "K",
    }
)  # fmt: skip
# Part 3 §4.6.3: spaces and hyphens become fillers; apostrophes and other marks vanish.
_SEPARATORS = str.maketrans({" ": "<", "-": "<", "'": None, ",": None, ".": None, "’": None})

DateInput = date | str | None


def compose_td3(
    *,
    surname: str,
    given_names: str,
    document_number: str,
    issuing_country: str,
    nationality: str,
    birth_date: DateInput,
    sex: str | None,
    expiry_date: DateInput,
    document_code: str = "P",
    optional_data: str = "",
) -> str:
    """Two lines of 44: a passport MRZ (Doc 9303 Part 4) with every check digit."""
    return _compose(LAYOUTS["TD3"], locals())


def compose_td2(
    *,
    surname: str,
    given_names: str,
    document_number: str,
    issuing_country: str,
    nationality: str,
    birth_date: DateInput,
    sex: str | None,
    expiry_date: DateInput,
    document_code: str = "I",
    optional_data: str = "",
) -> str:
    """Two lines of 36: a TD2 card MRZ (Doc 9303 Part 6) with every check digit."""
    return _compose(LAYOUTS["TD2"], locals())


def compose_td1(
    *,
    surname: str,
    given_names: str,
    document_number: str,
    issuing_country: str,
    nationality: str,
    birth_date: DateInput,
    sex: str | None,
    expiry_date: DateInput,
    document_code: str = "I",
    optional_data: str = "",
    optional_data_2: str = "",
) -> str:
    """Three lines of 30: a TD1 card MRZ (Doc 9303 Part 5) with every check digit."""
    return _compose(LAYOUTS["TD1"], locals())


def compose_mrv(
    *,
    surname: str,
    given_names: str,
    document_number: str,
    issuing_country: str,
    nationality: str,
    birth_date: DateInput,
    sex: str | None,
    expiry_date: DateInput,
    document_code: str = "V",
    optional_data: str = "",
    size: str = "A",
) -> str:
    """A visa MRZ (Doc 9303 Part 7): ``size`` 'A' gives 2×44, 'B' gives 2×36."""
    fields = dict(locals())
    return _compose(LAYOUTS["MRVA" if fields.pop("size") == "A" else "MRVB"], fields)


# -- building blocks ------------------------------------------------------------------------


def _compose(layout: Layout, fields: dict[str, object]) -> str:
    lines = [["<"] * layout.line_length for _ in range(layout.line_count)]
    put = _Writer(lines)
    put(layout.code, _code(str(fields["document_code"])), "document_code")
    put(layout.issuer, _country(str(fields["issuing_country"])), "issuing_country")
    put(layout.nationality, _country(str(fields["nationality"])), "nationality")
    put(layout.name, _name(str(fields["surname"]), str(fields["given_names"]), layout), "name")
    put(layout.birth, _yymmdd(fields["birth_date"]), "birth_date")  # type: ignore[arg-type]
    put(layout.expiry, _yymmdd(fields["expiry_date"]), "expiry_date")  # type: ignore[arg-type]
    put(layout.sex, _sex(fields["sex"]), "sex")  # type: ignore[arg-type]
    number, check, optional = _number_fields(
        str(fields["document_number"]), str(fields["optional_data"]), layout
    )
    put(layout.number, number, "document_number")
    put(layout.number_check, check, "document_number")
    put(layout.optional[0], optional, "optional_data")
    if len(layout.optional) > 1:
        put(
            layout.optional[1], _mrz_text(str(fields.get("optional_data_2", ""))), "optional_data_2"
        )
    _fill_checks(put, layout)
    return "\n".join("".join(line) for line in lines)


class _Writer:
    """Writes fields into the lines, refusing what does not fit."""

    def __init__(self, lines: list[list[str]]) -> None:
        self.lines = lines

    def __call__(self, span: Span, text: str, field: str) -> None:
        line, start, end = span
        if len(text) > end - start:
            raise ValueError(
                f"{field} {text!r} is longer than the {end - start} characters the MRZ has for it"
            )
        self.lines[line][start : start + len(text)] = list(text)

    def text(self, span: Span) -> str:
        line, start, end = span
        return "".join(self.lines[line][start:end])


def _fill_checks(put: _Writer, layout: Layout) -> None:
    for data, check in ((layout.birth, layout.birth_check), (layout.expiry, layout.expiry_check)):
        put(check, check_digit(put.text(data)), "check digit")
    if layout.optional_check is not None:
        data = put.text(layout.optional[0])
        put(layout.optional_check, "<" if set(data) == {"<"} else check_digit(data), "check digit")
    if layout.composite is not None:
        data = "".join(put.text(span) for span in layout.composite_over)
        put(layout.composite, check_digit(data), "check digit")


def _number_fields(number: str, optional: str, layout: Layout) -> tuple[str, str, str]:
    """The number field, its check digit, and the first optional data field."""
    number = canonical_number(number)
    optional = _mrz_text(optional)
    if len(number) <= 9:
        return number, check_digit(number), optional
    if not layout.long_number:
        raise ValueError(f"a {layout.format} MRZ holds at most 9 characters of document number")
    # Part 5 §4.2.4 note j: the rest of the number, its check digit and a filler follow.
    extension = f"{number[9:]}{check_digit(number)}"
    return number[:9], "<", f"{extension}<{optional}" if optional else extension


def _name(surname: str, given_names: str, layout: Layout) -> str:
    width = layout.name[2] - layout.name[1]
    primary, secondary = _name_part(surname), _name_part(given_names)
    text = f"{primary}<<{secondary}" if secondary else primary
    # Part 3 §4.6.4 truncates component by component; cutting the end keeps the surname
    # whole and leaves a letter in the last column, which is what flags a truncated name.
    return text[:width]


def _name_part(text: str) -> str:
    upper = text.strip().upper().translate(_TRANSLITERATION).translate(_SEPARATORS)
    plain = "".join(c for c in unicodedata.normalize("NFKD", upper) if not unicodedata.combining(c))
    if not all(ALLOWED.fullmatch(c) for c in plain):
        raise ValueError(f"name {text!r} must be romanised (A–Z) before it goes into an MRZ")
    return "<".join(part for part in plain.split("<") if part)


def _mrz_text(text: str) -> str:
    upper = text.strip().upper().replace(" ", "<")
    if not all(ALLOWED.fullmatch(c) for c in upper):
        raise ValueError(f"{text!r} has characters an MRZ cannot hold (only A–Z, 0–9 and '<')")
    return upper


def _code(text: str) -> str:
    code = _mrz_text(text)
    if not 1 <= len(code) <= 2 or not code[0].isalpha():
        raise ValueError(f"document code {text!r} must be one or two letters, e.g. P or ID")
    return code


def _country(text: str) -> str:
    code = _mrz_text(text)
    if not 1 <= len(code) <= 3 or not code.isalpha():
        raise ValueError(f"{text!r} is not an ICAO country code (e.g. FRA, D, XXA)")
    return code


def _sex(value: str | None) -> str:
    # Doc 9303 writes an unspecified sex as '<'; parse() reads it back as 'X'.
    sex = (value or "<").strip().upper()
    if sex not in {"M", "F", "X", "<"}:
        raise ValueError(f"sex {value!r} must be M, F or X")
    return "<" if sex == "X" else sex


def _yymmdd(value: DateInput) -> str:
    if value is None:
        return "<<<<<<"
    text = value.isoformat() if isinstance(value, date) else str(value).strip()
    parts = text.split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4 or len(parts) > 3:
        raise ValueError(f"date {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
    digits = [parts[0][2:], *(p.zfill(2) for p in parts[1:])]
    return "".join(digits).ljust(6, "<")
