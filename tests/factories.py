"""Tiny factories for the smallest valid records, named for what they are."""

from __future__ import annotations

from typing import Any


def person(source_id: str = "P-1", name: str = "Jean Dupont", **fields: Any) -> dict[str, Any]:
    """The smallest valid person record, with any fields overridden."""
    return {"kind": "person", "source_id": source_id, "names": [{"full": name}], **fields}


def document(source_id: str = "D-1", number: str = "X1234567", **fields: Any) -> dict[str, Any]:
    """A stolen passport, with any fields overridden."""
    return {"kind": "travel_document", "source_id": source_id, "number": number,
            "document_type": "passport", "issuing_country": "FRA", "status": "stolen", **fields}


def vehicle(source_id: str = "V-1", **fields: Any) -> dict[str, Any]:
    """A stolen car known by its plate, with any fields overridden."""
    return {"kind": "vehicle", "source_id": source_id,
            "plates": [{"country": "FRA", "number": "AB-123-CD"}], **fields}
