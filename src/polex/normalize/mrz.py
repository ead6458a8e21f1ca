"""ICAO Doc 9303 machine readable zones: parse, check and compose TD1, TD2, TD3 and visas.

Written here rather than taken from PyPI: the ``mrz`` package is GPL, unmaintained and
truncates document numbers longer than nine characters. Layouts are declared as data
(:data:`LAYOUTS`); every check digit, the composite one included, is verified, and an
error names the line and column an officer should look at again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from polex.normalize.countries import is_document_country_code
from polex.normalize.mrz_compose import compose_mrv, compose_td1, compose_td2, compose_td3
from polex.normalize.mrz_layouts import ALLOWED, LAYOUTS, Layout, Span, check_digit

# Expiry dates have two-digit years. A document valid for more than this many years is
# not issued anywhere, so a later 20YY reading means the 19YY document of an old record.
_EXPIRY_HORIZON_YEARS = 20

# A whole MRZ pasted as one line: split it by its total length.
_ONE_LINE_LENGTHS = {90: 30, 72: 36, 88: 44}

__all__ = [
    "LAYOUTS",
    "MrzData",
    "MrzError",
    "check_digit",
    "compose_mrv",
    "compose_td1",
    "compose_td2",
    "compose_td3",
    "parse",
]


class MrzError(ValueError):
    """An MRZ that cannot be read: ``field``, 1-based ``line`` and ``position`` say where."""

    def __init__(self, reason: str, *, field: str, line: int, position: int) -> None:
        super().__init__(f"MRZ line {line}, position {position}: {reason}")
        self.reason = reason
        self.field = field
        self.line = line
        self.position = position


@dataclass(frozen=True)
class MrzData:
    """What an MRZ says, its fields decoded; ``lines`` are the cleaned lines."""

    format: str
    document_code: str
    issuing_country: str
    document_number: str
    surname: str
    given_names: str
    nationality: str
    birth_date: str | None
    sex: str | None
    expiry_date: str | None
    optional_data: str
    lines: tuple[str, ...]
    warnings: tuple[str, ...]


# -- reading lines ------------------------------------------------------------------------


def _clean_lines(text: str) -> tuple[str, ...]:
    lines = [line.strip().upper() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        raise MrzError("the MRZ is empty", field="mrz", line=1, position=1)
    if len(lines) == 1 and len(lines[0]) in _ONE_LINE_LENGTHS:
        width = _ONE_LINE_LENGTHS[len(lines[0])]
        lines = [lines[0][i : i + width] for i in range(0, len(lines[0]), width)]
    return tuple(lines)


def _layout_for(lines: tuple[str, ...]) -> Layout:
    first = lines[0]
    if len(lines) == 3:
        return LAYOUTS["TD1"]
    if len(lines) != 2:
        raise MrzError(
            f"an MRZ has 2 or 3 lines, this one has {len(lines)}", field="mrz", line=1, position=1
        )
    is_visa = first.startswith("V")
    if len(first) == 44:
        return LAYOUTS["MRVA" if is_visa else "TD3"]
    if len(first) == 36:
        return LAYOUTS["MRVB" if is_visa else "TD2"]
    raise MrzError(
        f"line has {len(first)} characters; a 2-line MRZ has 44 (passport, visa A) "
        "or 36 (TD2 card, visa B)",
        field="mrz",
        line=1,
        position=min(len(first), 44) + 1,
    )


def _check_shape(lines: tuple[str, ...], layout: Layout) -> None:
    for number, line in enumerate(lines, start=1):
        if len(line) != layout.line_length:
            raise MrzError(
                f"line has {len(line)} characters; {layout.format} lines have {layout.line_length}",
                field="mrz",
                line=number,
                position=min(len(line), layout.line_length) + 1,
            )
        for column, char in enumerate(line, start=1):
            if not ALLOWED.fullmatch(char):
                raise MrzError(
                    f"{char!r} cannot appear in an MRZ (only A–Z, 0–9 and '<')",
                    field="mrz",
                    line=number,
                    position=column,
                )


def _text(lines: tuple[str, ...], span: Span) -> str:
    line, start, end = span
    return lines[line][start:end]


def _error(reason: str, field: str, span: Span, offset: int = 0) -> MrzError:
    return MrzError(reason, field=field, line=span[0] + 1, position=span[1] + offset + 1)


# -- check digits ---------------------------------------------------------------------------


def _verify(lines: tuple[str, ...], data: str, check: Span, label: str, field: str) -> None:
    printed = _text(lines, check)
    expected = check_digit(data)
    # Part 3 §4.9: an unused field of fillers may carry a filler as its check digit.
    if printed == "<" and set(data) <= {"<"}:
        return
    if printed != expected:
        raise _error(f"{label} check digit is {printed}, expected {expected}", field, check)


def _verify_composite(lines: tuple[str, ...], layout: Layout) -> None:
    if layout.composite is None:
        return
    data = "".join(_text(lines, span) for span in layout.composite_over)
    _verify(lines, data, layout.composite, "composite", "composite_check")


# -- fields ---------------------------------------------------------------------------------


def _document_number(
    lines: tuple[str, ...], layout: Layout, warnings: list[str]
) -> tuple[str, str]:
    """The full document number and what remains of the first optional data field."""
    principal = _text(lines, layout.number)
    optional = _text(lines, layout.optional[0])
    if set(principal) == {"<"}:
        raise _error("the document number is missing", "document_number", layout.number)
    if _text(lines, layout.number_check) == "<" and layout.long_number and optional[0] != "<":
        return _long_number(lines, layout, principal, optional, warnings)
    _verify(lines, principal, layout.number_check, "document number", "document_number_check")
    return principal.replace("<", ""), optional


def _long_number(
    lines: tuple[str, ...], layout: Layout, principal: str, optional: str, warnings: list[str]
) -> tuple[str, str]:
    # Part 5 §4.2.4 note j: '<' in place of the check digit, then the rest of the number,
    # its check digit (over the whole number) and a filler in the optional data.
    run = optional.split("<", 1)[0]
    if len(run) < 2:
        raise _error(
            "the document number continues in the optional data but has no check digit there",
            "document_number",
            layout.optional[0],
        )
    number = principal + run[:-1]
    check_span = (layout.optional[0][0], layout.optional[0][1] + len(run) - 1)
    check_span = (*check_span, check_span[1] + 1)
    _verify(lines, number, check_span, "document number", "document_number_check")
    if layout.format == "TD3":
        warnings.append(
            "the document number continues in the personal number field: Doc 9303 defines "
            "this for TD1 and TD2 cards only, not for passports"
        )
    return number, optional[len(run) + 1 :]


def _name(lines: tuple[str, ...], layout: Layout, warnings: list[str]) -> tuple[str, str]:
    field = _text(lines, layout.name)
    primary, _, secondary = field.partition("<<")
    if not field.endswith("<"):
        # Part 3 §4.6: a truncated name fills the field up to its last column.
        warnings.append("the name fills the whole MRZ field and may be truncated")
    return _words(primary), _words(secondary)


def _words(field: str) -> str:
    return " ".join(field.replace("<", " ").split())


def _sex(lines: tuple[str, ...], layout: Layout) -> str:
    printed = _text(lines, layout.sex)
    if printed not in {"M", "F", "X", "<"}:
        raise _error(f"sex is {printed!r}; expected M, F, X or '<'", "sex", layout.sex)
    return "X" if printed == "<" else printed


def _country(
    lines: tuple[str, ...], span: Span, label: str, field: str, warnings: list[str]
) -> str:
    printed = _text(lines, span)
    code = printed.rstrip("<")
    if not code.isalpha():
        raise _error(f"{label} {printed!r} is not a country code", field, span)
    if not is_document_country_code(code):
        warnings.append(f"{label} {code!r} is not an ISO 3166 or ICAO 9303 code")
    return code


# -- dates ----------------------------------------------------------------------------------


def _date_parts(lines: tuple[str, ...], span: Span, label: str) -> list[int | None]:
    printed = _text(lines, span)
    parts: list[int | None] = []
    for i in range(0, 6, 2):
        pair = printed[i : i + 2]
        if pair == "<<":
            parts.append(None)
        elif pair.isdigit():
            parts.append(int(pair))
        else:
            raise _error(f"{label} {printed!r} is not a date (YYMMDD)", label, span, i)
    return parts


def _birth_date(
    lines: tuple[str, ...], layout: Layout, today: date, warnings: list[str]
) -> str | None:
    yy, mm, dd = _date_parts(lines, layout.birth, "birth_date")
    if yy is None:
        if mm is not None or dd is not None:
            warnings.append("the birth date has no year, so it is treated as unknown")
        return None
    # A birth date is never in the future: 19YY when 20YY would be.
    year = (
        2000 + yy
        if (2000 + yy, mm or 1, dd or 1) <= (today.year, today.month, today.day)
        else 1900 + yy
    )
    iso = _iso(year, mm, dd, layout.birth, "birth_date")
    if len(iso) < 10:
        warnings.append(f"the birth date is only partly known ({iso})")
    return iso


def _expiry_date(
    lines: tuple[str, ...], layout: Layout, today: date, warnings: list[str]
) -> str | None:
    yy, mm, dd = _date_parts(lines, layout.expiry, "expiry_date")
    if yy is None or mm is None or dd is None:
        if (yy, mm, dd) != (None, None, None):
            warnings.append("the expiry date is only partly printed and is ignored")
        return None
    year = 2000 + yy if 2000 + yy <= today.year + _EXPIRY_HORIZON_YEARS else 1900 + yy
    return _iso(year, mm, dd, layout.expiry, "expiry_date")


def _iso(year: int, month: int | None, day: int | None, span: Span, field: str) -> str:
    if month is None:
        if day is not None:
            raise _error(f"{field} has a day but no month", field, span, 4)
        return f"{year:04d}"
    if not 1 <= month <= 12:
        raise _error(f"{field}: month {month:02d} does not exist", field, span, 2)
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise _error(
            f"{field}: day {day:02d} does not exist in {year}-{month:02d}", field, span, 4
        ) from None


# -- parse ----------------------------------------------------------------------------------


def parse(text: str, *, today: date | None = None) -> MrzData:
    """Read an MRZ (lines separated by newlines), verify every check digit, decode the fields."""
    today = today or date.today()
    lines = _clean_lines(text)
    layout = _layout_for(lines)
    _check_shape(lines, layout)
    warnings: list[str] = []
    code = _document_code(lines, layout, warnings)
    issuer = _country(lines, layout.issuer, "issuing state", "issuing_country", warnings)
    surname, given_names = _name(lines, layout, warnings)
    number, first_optional = _document_number(lines, layout, warnings)
    _verify_dates(lines, layout)
    _verify_optional(lines, layout)
    _verify_composite(lines, layout)
    rest = [first_optional, *(_text(lines, span) for span in layout.optional[1:])]
    return MrzData(
        format=layout.format,
        document_code=code,
        issuing_country=issuer,
        document_number=number,
        surname=surname,
        given_names=given_names,
        nationality=_country(lines, layout.nationality, "nationality", "nationality", warnings),
        birth_date=_birth_date(lines, layout, today, warnings),
        sex=_sex(lines, layout),
        expiry_date=_expiry_date(lines, layout, today, warnings),
        optional_data=" ".join(part.strip("<") for part in rest if part.strip("<")),
        lines=lines,
        warnings=tuple(warnings),
    )


def _document_code(lines: tuple[str, ...], layout: Layout, warnings: list[str]) -> str:
    code = _text(lines, layout.code).rstrip("<")
    if not code or not code[0].isalpha():
        raise _error(
            "the document code must start with a letter (P, I, A, C or V)",
            "document_code",
            layout.code,
        )
    if code[0] not in "PIACV":
        warnings.append(f"document code {code!r} is not one Doc 9303 defines (P, I, A, C, V)")
    return code


def _verify_dates(lines: tuple[str, ...], layout: Layout) -> None:
    _verify(lines, _text(lines, layout.birth), layout.birth_check, "birth date", "birth_date_check")
    _verify(
        lines, _text(lines, layout.expiry), layout.expiry_check, "expiry date", "expiry_date_check"
    )


def _verify_optional(lines: tuple[str, ...], layout: Layout) -> None:
    if layout.optional_check is None:
        return
    data = _text(lines, layout.optional[0])
    # Part 4 §4.2.2 note: with no personal number the check digit may be 0 or '<'.
    _verify(lines, data, layout.optional_check, "personal number", "optional_data_check")
