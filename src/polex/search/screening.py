"""Screening a passenger list: per traveller, document and person hits and the action."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from polex.access.principal import Principal
from polex.errors import FieldError, InvalidInput, PolexError
from polex.search.query import person_query

__all__ = ["MAX_TRAVELLERS", "validate_travellers"]

MAX_TRAVELLERS = 1000


def validate_travellers(travellers: Any) -> list[dict[str, Any]]:
    """Each traveller as a person query plus document; all errors at once, by index."""
    if not isinstance(travellers, list) or not travellers:
        raise InvalidInput.field("travellers", "a non-empty list of travellers is required")
    if len(travellers) > MAX_TRAVELLERS:
        raise InvalidInput.field("travellers", f"at most {MAX_TRAVELLERS} per request")
    errors: list[FieldError] = []
    out = []
    for index, item in enumerate(travellers):
        prefix = f"travellers[{index}]."
        if not isinstance(item, dict):
            errors.append(FieldError(prefix.rstrip("."), "must be an object"))
            continue
        try:
            query = person_query(item.get("name"), item.get("birth_date"),
                                 item.get("nationality"), item.get("sex"), prefix=prefix)
        except PolexError as exc:
            errors.extend(exc.errors)
            continue
        out.append({"query": query, "document_number": item.get("document_number"),
                    "document_country": item.get("document_country"),
                    "reference": item.get("reference")})
    if errors:
        raise InvalidInput(f"{len(errors)} problems in the manifest; nothing was screened",
                           errors)
    return out


def screen_one(service: Any, conn: Connection, principal: Principal,
               traveller: dict[str, Any]) -> list[Any]:
    """The hits for one traveller: its document, then its person."""
    hits = []
    if traveller["document_number"]:
        hits += service.identifier_hits(conn, principal, "doc",
                                        str(traveller["document_number"]),
                                        country=traveller["document_country"])
    hits += service.person_hits(conn, principal, traveller["query"], limit=5)
    return hits
