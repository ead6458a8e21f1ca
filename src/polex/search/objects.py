"""Objects by their identifiers: documents, vehicles, firearms, selectors.

Each kind contributes index keys (its identifiers in a form that forgives the usual
misreadings) and a small form to score a candidate against a query.
"""

from __future__ import annotations

from typing import Any

from polex.normalize.documents import canonical_number, confusable_key

__all__ = ["compare_number", "object_entry"]


def _document(record: dict[str, Any]) -> tuple[set[str], dict[str, Any]]:
    number = record["number"]
    form = {"number": number, "country": record.get("issuing_country"),
            "type": record.get("document_type"), "status": record.get("status")}
    return {"doc:" + confusable_key(number)}, form


def _vehicle(record: dict[str, Any]) -> tuple[set[str], dict[str, Any]]:
    keys = {"plate:" + confusable_key(p["number"]) for p in record.get("plates", [])}
    if record.get("vin"):
        keys.add("vin:" + record["vin"])
    return keys, {"vin": record.get("vin"), "plates": record.get("plates", [])}


def _firearm(record: dict[str, Any]) -> tuple[set[str], dict[str, Any]]:
    serial = record["serial_number"]
    return {"serial:" + confusable_key(serial)}, {"number": serial,
                                                    "make": record.get("make")}


def _selector(record: dict[str, Any]) -> tuple[set[str], dict[str, Any]]:
    value = record["normalized"]
    kind = record["selector_type"]
    return {f"sel:{kind}:{value}"}, {"type": kind, "value": value}


def _image_item(record: dict[str, Any]) -> tuple[set[str], dict[str, Any]]:
    keys = {f"{digest}:{record[digest]}" for digest in ("sha256", "md5") if record.get(digest)}
    form = {k: record.get(k) for k in ("pdq", "quality", "series", "case", "category",
                                       "victim_status")}
    return keys, form


OBJECT_ENTRIES = {"travel_document": _document, "vehicle": _vehicle, "firearm": _firearm,
                  "selector": _selector, "image_item": _image_item}


def object_entry(kind: str, record: dict[str, Any]) -> tuple[set[str], dict[str, Any]] | None:
    """(index keys, form) for an object record; None for kinds found otherwise."""
    builder = OBJECT_ENTRIES.get(kind)
    return builder(record) if builder else None


def compare_number(asked: str, stored: str, label: str = "number"
                   ) -> tuple[float, dict[str, Any]]:
    """Score a stored identifier against the one asked for, and say how they agree."""
    asked = canonical_number(asked)
    if asked == stored:
        return 1.0, {"field": label, "agreement": "identical", "asked": asked, "stored": stored}
    positions = [i + 1 for i, (a, b) in enumerate(zip(asked, stored, strict=False)) if a != b]
    return 0.9, {"field": label, "agreement": "equal but for characters people and OCR "
                 "confuse (O/0, I/1, S/5, B/8…)", "asked": asked, "stored": stored,
                 "positions": positions}
