"""ICAO Doc 9303 MRZ: the published specimens, their broken variants, and composition."""

from __future__ import annotations

from datetime import date

import pytest

from polex.normalize.mrz import (
    MrzError,
    check_digit,
    compose_mrv,
    compose_td1,
    compose_td2,
    compose_td3,
    parse,
)

TODAY = date(2026, 11, 24)

# Doc 9303 Part 4 Appendix B: the Utopian passport of Anna Maria Eriksson.
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
# Doc 9303 Part 5 Appendix B: the TD1 card.
TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
)
# Doc 9303 Part 5 §4.2.4: a document number of 12 characters continues in the optional data.
TD1_LONG = (
    "I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<"
)
# Doc 9303 Part 6 Appendix B: the TD2 card.
TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
# Doc 9303 Part 7 Appendix B: the format-A and format-B visas.
MRVA = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8988901C4XXX4009078F96121096ZE184226B<<<<<<"
MRVB = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nL8988901C4XXX4009078F9612109<<<<<<<<"


def _parse(text: str):
    return parse(text, today=TODAY)


def _replace(text: str, line: int, position: int, char: str) -> str:
    """The MRZ with one character (1-based line and position) replaced."""
    lines = text.split("\n")
    row = lines[line - 1]
    lines[line - 1] = row[: position - 1] + char + row[position:]
    return "\n".join(lines)


def _other_digit(text: str, line: int, position: int) -> str:
    digit = text.split("\n")[line - 1][position - 1]
    return _replace(text, line, position, "1" if digit == "0" else "0")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("L898902C3", "6"),
        ("740812", "2"),
        ("120415", "9"),
        ("ZE184226B<<<<<", "1"),
        ("D23145890734", "9"),
        ("<<<<<<", "0"),
        ("l898902c3", "6"),
    ],
)
def test_check_digit_uses_7_3_1_weights(field: str, value: str) -> None:
    assert check_digit(field) == value


def test_check_digit_refuses_characters_outside_the_mrz_set() -> None:
    with pytest.raises(ValueError, match="only A–Z"):
        check_digit("AB-12")


SPECIMENS = {
    "TD3": (TD3, "P", "L898902C3", "UTO", "1974-08-12", "F", "2012-04-15", "ZE184226B"),
    "TD1": (TD1, "I", "D23145890", "UTO", "1974-08-12", "F", "2012-04-15", ""),
    "TD1 long number": (TD1_LONG, "I", "D23145890734", "UTO", "1934-07-12", "M", "1995-07-12", ""),
    "TD2": (TD2, "I", "D23145890", "UTO", "1974-08-12", "F", "2012-04-15", ""),
    "MRVA": (MRVA, "V", "L8988901C", "XXX", "1940-09-07", "F", "1996-12-10", "6ZE184226B"),
    "MRVB": (MRVB, "V", "L8988901C", "XXX", "1940-09-07", "F", "1996-12-10", ""),
}


@pytest.mark.parametrize("name", list(SPECIMENS))
def test_published_specimens_parse(name: str) -> None:
    text, code, number, nationality, birth, sex, expiry, optional = SPECIMENS[name]
    data = _parse(text)
    assert data.format == name.split()[0]
    assert (data.document_code, data.issuing_country, data.document_number) == (code, "UTO", number)
    assert (data.nationality, data.birth_date, data.sex) == (nationality, birth, sex)
    assert (data.expiry_date, data.optional_data) == (expiry, optional)
    assert data.lines == tuple(text.split("\n"))
    assert data.warnings == ()


def test_names_split_into_surname_and_given_names() -> None:
    data = _parse(TD1_LONG)
    assert (data.surname, data.given_names) == ("STEVENSON", "PETER JOHN")


# (specimen, line, position, field) of each check digit: a wrong digit is reported there.
CHECK_DIGITS = [
    (TD3, 2, 10, "document_number_check"),
    (TD3, 2, 20, "birth_date_check"),
    (TD3, 2, 28, "expiry_date_check"),
    (TD3, 2, 43, "optional_data_check"),
    (TD3, 2, 44, "composite_check"),
    (TD1, 1, 15, "document_number_check"),
    (TD1, 2, 7, "birth_date_check"),
    (TD1, 2, 15, "expiry_date_check"),
    (TD1, 2, 30, "composite_check"),
    (TD1_LONG, 1, 19, "document_number_check"),
    (TD1_LONG, 2, 30, "composite_check"),
    (TD2, 2, 10, "document_number_check"),
    (TD2, 2, 20, "birth_date_check"),
    (TD2, 2, 28, "expiry_date_check"),
    (TD2, 2, 36, "composite_check"),
    (MRVA, 2, 10, "document_number_check"),
    (MRVA, 2, 20, "birth_date_check"),
    (MRVA, 2, 28, "expiry_date_check"),
    (MRVB, 2, 10, "document_number_check"),
    (MRVB, 2, 28, "expiry_date_check"),
]


@pytest.mark.parametrize(("text", "line", "position", "field"), CHECK_DIGITS)
def test_a_wrong_check_digit_names_its_line_and_position(
    text: str, line: int, position: int, field: str
) -> None:
    with pytest.raises(MrzError) as caught:
        _parse(_other_digit(text, line, position))
    error = caught.value
    assert (error.field, error.line, error.position) == (field, line, position)
    assert str(error).startswith(f"MRZ line {line}, position {position}: ")


def test_the_message_says_what_was_printed_and_what_was_expected() -> None:
    with pytest.raises(
        MrzError, match=r"^MRZ line 2, position 10: document number check digit is 7, expected 6$"
    ):
        _parse(_replace(TD3, 2, 10, "7"))


def test_a_misread_number_is_caught_by_its_check_digit() -> None:
    # An OCR O for the 0 in the middle of the number: the number's check digit fails.
    with pytest.raises(MrzError) as caught:
        _parse(_replace(TD3, 2, 5, "O"))
    assert (caught.value.line, caught.value.position) == (2, 10)


@pytest.mark.parametrize(
    "text",
    [
        f"  {TD3.lower()}  ",
        TD3.replace("\n", "\r\n"),
        TD3.replace("\n", "   \n\n  ") + "   ",
        TD3.replace("\n", ""),
        TD1.replace("\n", ""),
    ],
    ids=["lower case", "CRLF", "blank lines and trailing spaces", "one line TD3", "one line TD1"],
)
def test_harmless_formatting_is_tolerated(text: str) -> None:
    assert (
        _parse(text).lines
        == _parse(TD3 if "ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<" in text.upper() else TD1).lines
    )


@pytest.mark.parametrize(
    ("text", "line", "position", "words"),
    [
        ("", 1, 1, "empty"),
        (TD3.split("\n")[0], 1, 1, "2 or 3 lines"),
        (TD3 + "\n" + TD3, 1, 1, "2 or 3 lines"),
        (TD3[:-1], 2, 44, "43 characters"),
        (TD3 + "<", 2, 45, "45 characters"),
        ("P<UTO\nL898902C3", 1, 6, "5 characters"),
        (_replace(TD3, 2, 12, "@"), 2, 12, "'@' cannot appear"),
        (_replace(TD3, 2, 12, " "), 2, 12, "' ' cannot appear"),
        (_replace(TD3, 2, 21, "Q"), 2, 21, "sex is 'Q'"),
    ],
)
def test_malformed_input_names_line_and_position(
    text: str, line: int, position: int, words: str
) -> None:
    with pytest.raises(MrzError, match=words) as caught:
        _parse(text)
    assert (caught.value.line, caught.value.position) == (line, position)


def _td3(**changes: object) -> str:
    fields: dict[str, object] = {
        "surname": "Eriksson",
        "given_names": "Anna Maria",
        "document_number": "L898902C3",
        "issuing_country": "UTO",
        "nationality": "UTO",
        "birth_date": "1974-08-12",
        "sex": "F",
        "expiry_date": "2012-04-15",
        "optional_data": "ZE184226B",
    }
    return compose_td3(**{**fields, **changes})  # type: ignore[arg-type]


def test_compose_reproduces_the_published_specimens() -> None:
    assert _td3() == TD3
    assert (
        compose_td1(
            surname="Stevenson",
            given_names="Peter John",
            document_number="D23145890734",
            issuing_country="UTO",
            nationality="UTO",
            birth_date=date(1934, 7, 12),
            sex="M",
            expiry_date="1995-07-12",
        )
        == TD1_LONG
    )
    common = {
        "surname": "ERIKSSON",
        "given_names": "ANNA MARIA",
        "issuing_country": "UTO",
        "birth_date": "1974-08-12",
        "sex": "F",
        "expiry_date": "2012-04-15",
    }
    assert compose_td2(document_number="D23145890", nationality="UTO", **common) == TD2  # type: ignore[arg-type]
    visa = {
        **common,
        "document_number": "L8988901C",
        "nationality": "XXX",
        "birth_date": "1940-09-07",
    }
    visa["expiry_date"] = "1996-12-10"
    assert compose_mrv(optional_data="6ZE184226B", **visa) == MRVA  # type: ignore[arg-type]
    assert compose_mrv(size="B", **visa) == MRVB  # type: ignore[arg-type]


@pytest.mark.parametrize("number", ["AB1234567", "X12345678901", "ZZ9876543210123"])
def test_long_numbers_survive_a_round_trip_through_td1_and_td2(number: str) -> None:
    for compose in (compose_td1, compose_td2):
        text = compose(
            surname="Doe",
            given_names="Jane",
            document_number=number,
            issuing_country="D",
            nationality="D",
            birth_date="1990-01-31",
            sex="F",
            expiry_date="2030-01-30",
        )
        data = _parse(text)
        assert data.document_number == number
        assert data.issuing_country == "D"


def test_a_long_number_in_a_passport_is_read_with_a_warning() -> None:
    data = _parse(_td3(document_number="AB12345678901", optional_data=""))
    assert data.document_number == "AB12345678901"
    assert any("TD1 and TD2" in warning for warning in data.warnings)


def test_a_visa_cannot_hold_a_long_number() -> None:
    with pytest.raises(ValueError, match="at most 9"):
        compose_mrv(
            surname="Doe",
            given_names="",
            document_number="1234567890",
            issuing_country="UTO",
            nationality="UTO",
            birth_date=None,
            sex=None,
            expiry_date="2030-01-01",
        )


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        ("2024-02-29", "2024-02-29"),
        ("1926-11-25", "1926-11-25"),  # 2026-11-25 would be tomorrow: a birth is never ahead
        ("1974", "1974"),
        ("1974-08", "1974-08"),
        (None, None),
    ],
)
def test_birth_century_and_partial_birth_dates(birth: str | None, expected: str | None) -> None:
    data = _parse(_td3(birth_date=birth))
    assert data.birth_date == expected
    assert bool(data.warnings) == (birth is not None and len(birth) < 10)


@pytest.mark.parametrize(
    ("expiry", "expected"),
    [("2046-12-31", "2046-12-31"), ("1947-01-01", "1947-01-01"), ("1995-07-12", "1995-07-12")],
)
def test_expiry_century_is_20xx_unless_more_than_20_years_ahead(expiry: str, expected: str) -> None:
    assert _parse(_td3(expiry_date=expiry)).expiry_date == expected


def test_a_date_that_does_not_exist_is_refused_at_its_position() -> None:
    text = _td3(birth_date="1974-08-12").replace("7408122", "7413122")
    text = _replace(text, 2, 20, check_digit("741312"))
    text = _replace(
        text,
        2,
        44,
        check_digit(
            text.split("\n")[1][0:10] + text.split("\n")[1][13:20] + text.split("\n")[1][21:43]
        ),
    )
    with pytest.raises(MrzError, match="month 13") as caught:
        _parse(text)
    assert (caught.value.line, caught.value.position) == (2, 16)


def test_unspecified_sex_reads_as_x() -> None:
    assert _parse(_td3(sex=None)).sex == "X"
    assert _parse(_td3(sex="X")).sex == "X"


def test_names_are_transliterated_per_doc_9303_part_3() -> None:
    data = _parse(_td3(surname="Müller-Lüdenscheidt", given_names="Zoë Åsa"))
    assert (data.surname, data.given_names) == ("MUELLER LUEDENSCHEIDT", "ZOE AASA")


def test_a_name_that_fills_its_field_is_flagged_as_possibly_truncated() -> None:
    data = _parse(_td3(surname="Wolfeschlegelsteinhausenbergerdorff", given_names="Hubert Blaine"))
    assert data.surname == "WOLFESCHLEGELSTEINHAUSENBERGERDORFF"
    assert data.given_names == "HU"
    assert any("truncated" in warning for warning in data.warnings)


def test_a_name_in_another_script_must_be_romanised_first() -> None:
    with pytest.raises(ValueError, match="romanised"):
        _td3(surname="Иванов")


def test_an_unknown_issuing_state_is_a_warning_not_an_error() -> None:
    data = _parse(_td3(issuing_country="QQQ"))
    assert data.issuing_country == "QQQ"
    assert any("'QQQ'" in warning for warning in data.warnings)
