"""The union of record kinds: parsing client JSON into canonical records, and JSON Schema."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, TypeAdapter, ValidationError

from polex.errors import FieldError, InvalidInput
from polex.model.images import ImageItem
from polex.model.objects import Artwork, Firearm, TravelDocument, Vehicle
from polex.model.person import Person
from polex.model.traces import Link, Selector

__all__ = ["RECORD_MODELS", "RecordIn", "field_errors", "json_schema", "parse_record"]

RECORD_MODELS = {
    "person": Person,
    "travel_document": TravelDocument,
    "vehicle": Vehicle,
    "firearm": Firearm,
    "artwork": Artwork,
    "selector": Selector,
    "link": Link,
    "image_item": ImageItem,
}

RecordIn = Annotated[
    Person | TravelDocument | Vehicle | Firearm | Artwork | Selector | Link | ImageItem,
    Field(discriminator="kind"),
]
_ADAPTER: TypeAdapter[Any] = TypeAdapter(RecordIn)


def parse_record(data: Any) -> Any:
    """Validate and normalise client JSON into a canonical record, or raise InvalidInput."""
    if not isinstance(data, dict):
        raise InvalidInput.field("body", "a record must be a JSON object")
    kind = data.get("kind")
    if kind not in RECORD_MODELS:
        known = ", ".join(RECORD_MODELS)
        raise InvalidInput.field("kind", f"{kind!r} is not a record kind (one of: {known})")
    try:
        return _ADAPTER.validate_python(data)
    except ValidationError as exc:
        errors = field_errors(exc, skip=1)
        raise InvalidInput(f"The {kind} record is not valid", errors) from None


def field_errors(exc: ValidationError, skip: int = 0) -> list[FieldError]:
    """Turn pydantic's errors into field paths such as ``names[0].full`` and plain reasons."""
    out = []
    for err in exc.errors(include_url=False):
        out.append(FieldError(dotted_path(err["loc"][skip:]), _reason(err)))
    return out


def dotted_path(loc: tuple[Any, ...] | list[Any]) -> str:
    """``('names', 0, 'full')`` → ``names[0].full``; the record itself is ``body``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += ("." if path else "") + str(part)
    return path or "body"


def _reason(err: dict[str, Any]) -> str:
    message = str(err.get("msg", "invalid"))
    for prefix in ("Value error, ", "Assertion failed, "):
        if message.startswith(prefix):
            message = message[len(prefix):]
    if err.get("type") == "extra_forbidden":
        return "unknown field"
    return message


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a record as a client sends it (one of the kinds, by ``kind``)."""
    schema = _ADAPTER.json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "polex record"
    return schema
