"""Identifiers a searcher types: which index key each becomes, or why it cannot."""

from __future__ import annotations

from polex.errors import InvalidInput
from polex.normalize.documents import canonical_number, confusable_key
from polex.normalize.selectors import normalize_selector
from polex.normalize.vehicles import normalize_vin

__all__ = ["SELECTOR_TYPES", "identifier_key"]

SELECTOR_TYPES = ("email", "phone", "ip", "domain", "url", "crypto", "iban", "imei",
                  "social_handle")
_LABELS = {"doc": "number", "vin": "vin", "plate": "plate", "serial": "serial_number"}


def identifier_key(kind: str, value: str) -> tuple[str, str]:
    """(index key, field label) for an identifier; InvalidInput naming the field if bad."""
    field = _LABELS.get(kind, "value")
    try:
        if kind == "vin":
            return "vin:" + normalize_vin(value), field
        if kind in ("doc", "plate", "serial"):
            return f"{kind}:{confusable_key(canonical_number(value))}", field
        if kind.startswith("sel:") and kind[4:] in SELECTOR_TYPES:
            return f"{kind}:{normalize_selector(kind[4:], value)}", "selector"
    except ValueError as exc:
        raise InvalidInput.field(field, str(exc)) from None
    raise InvalidInput.field("type", f"{kind!r} is not something the hub searches by")
