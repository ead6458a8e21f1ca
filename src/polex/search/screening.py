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


def screen_all(service: Any, conn: Connection, principal: Principal,
               manifest: list[dict[str, Any]]) -> list[list[Any]]:
    """The hits for each traveller (its document's, then its person's), searched together."""
    with_document = [(index, traveller) for index, traveller in enumerate(manifest)
                     if traveller["document_number"]]
    document_hits = service.identifier_hits_many(
        conn, principal, [("doc", str(traveller["document_number"]),
                           traveller["document_country"]) for _, traveller in with_document])
    found: list[list[Any]] = [[] for _ in manifest]
    for (index, _), hits in zip(with_document, document_hits, strict=True):
        found[index] += hits
    person_hits = service.person_hits_many(conn, principal, [t["query"] for t in manifest],
                                           limit=5)
    for index, hits in enumerate(person_hits):
        found[index] += hits
    return found
