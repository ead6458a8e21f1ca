"""Validating what a searcher typed into a person query."""

from __future__ import annotations

from typing import Any

from polex.errors import FieldError, InvalidInput
from polex.model.person import normalize_sex
from polex.normalize.countries import normalize_country
from polex.normalize.dates import parse_partial_date

__all__ = ["person_query"]


def person_query(name: Any, birth_date: Any = None, nationality: Any = None, sex: Any = None,
                 prefix: str = "") -> dict[str, Any]:
    """A person-shaped query dict, or InvalidInput naming each bad field."""
    errors: list[FieldError] = []
    query: dict[str, Any] = {}
    if not isinstance(name, str) or not name.strip() or len(name) > 300:
        errors.append(FieldError(prefix + "name", "a name of 1 to 300 characters is required"))
    else:
        query["names"] = [{"full": name.strip()}]
    for field, value, convert, key in (
        ("birth_date", birth_date, lambda v: parse_partial_date(v).iso, "birth_dates"),
        ("nationality", nationality, normalize_country, "nationalities"),
    ):
        if value in (None, ""):
            continue
        try:
            query[key] = [convert(str(value))]
        except ValueError as exc:
            errors.append(FieldError(prefix + field, str(exc)))
    try:
        query["sex"] = normalize_sex(sex) if sex not in (None, "") else None
    except ValueError as exc:
        errors.append(FieldError(prefix + "sex", str(exc)))
    if errors:
        raise InvalidInput("The search is not valid", errors)
    return query
