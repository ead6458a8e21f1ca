"""Record forms: a record as flat form values and back, and errors placed next to fields.

Form inputs are named after the record paths they fill (``names[0].full``,
``sharing.mode``), so an error on a record path finds its input by dropping trailing parts
of the path until one matches. Persons and travel documents get friendly inputs; every
other field of any kind goes in the ``extra`` JSON textarea, so editing loses nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from polex.errors import FieldError, InvalidInput, PolexError
from polex.model import RECORD_MODELS

__all__ = [
    "FRIENDLY_KINDS",
    "ParsedForm",
    "add_row",
    "error_slots",
    "form_values",
    "new_values",
    "parse_form",
    "row_counts",
]

ENVELOPE = ("kind", "source_id", "record_status", "review_date", "legal_basis", "sharing")
READ_ONLY = ("id", "owner", "version", "created_at", "updated_at")
NAME_FIELDS = ("full", "type", "script", "given", "middle", "family", "patronymic")
NOTICE_FIELDS = ("type", "reference", "requested_action", "offences", "valid_from",
                 "valid_until")
# Per kind: the record fields with their own inputs (the rest go in the JSON textarea).
FRIENDLY = {
    "person": ("names", "sex", "birth_dates", "place_of_birth", "nationalities", "notices"),
    "travel_document": ("number", "document_type", "issuing_country", "status", "mrz"),
}
FRIENDLY_KINDS = frozenset(FRIENDLY)
# Fields the hub derives itself; shown on the record page, never edited.
COMPUTED = {"selector": ("normalized",)}
LIST_TEXT = ("birth_dates", "nationalities", "sharing.countries")
ROWS = {"names": NAME_FIELDS, "notices": NOTICE_FIELDS}
_ROW_KEY = re.compile(r"^(names|notices)\[(\d+)\]\.(\w+)$")
_TAIL = re.compile(r"(\[\d+\]|\.[^.\[]+)$")


@dataclass
class ParsedForm:
    """A record built from a form, and which form row each list item came from."""

    data: dict[str, Any]
    rows: dict[str, list[int]] = field(default_factory=dict)


def new_values(kind: str) -> dict[str, str]:
    """The form values of a blank record of ``kind``."""
    return {"kind": kind, "record_status": "active", "sharing.mode": "all",
            "sharing.frontline": "on"}


def form_values(record: dict[str, Any]) -> dict[str, str]:
    """A stored record as the form's values (what the edit form starts from)."""
    kind = record["kind"]
    sharing = record.get("sharing") or {}
    values = {
        "kind": kind,
        "source_id": record.get("source_id") or "",
        "record_status": record.get("record_status") or "active",
        "review_date": record.get("review_date") or "",
        "legal_basis": record.get("legal_basis") or "",
        "sharing.mode": sharing.get("mode", "all"),
        "sharing.countries": ", ".join(sharing.get("countries", [])),
    }
    if sharing.get("frontline", True):
        values["sharing.frontline"] = "on"
    friendly = FRIENDLY.get(kind, ())
    for name in friendly:
        value = record.get(name)
        if name in ROWS:
            for index, item in enumerate(value or []):
                for part in ROWS[name]:
                    values[f"{name}[{index}].{part}"] = _text(item.get(part), part)
        else:
            values[name] = _text(value, name)
    skip = set(ENVELOPE) | set(READ_ONLY) | set(friendly) | set(COMPUTED.get(kind, ()))
    extra = {k: v for k, v in record.items() if k not in skip and v not in (None, [], {})}
    values["extra"] = json.dumps(extra, indent=2, ensure_ascii=False) if extra else ""
    return values


def _text(value: Any, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ("; " if name == "offences" else ", ").join(str(v) for v in value)
    return str(value)


def row_counts(values: dict[str, str], *, spare: bool) -> dict[str, int]:
    """How many name and notice rows the form shows: those in use (plus a spare blank)."""
    counts = {"names": 0, "notices": 0}
    for key in values:
        if match := _ROW_KEY.match(key):
            counts[match[1]] = max(counts[match[1]], int(match[2]) + 1)
    if spare:
        counts = {name: count + 1 for name, count in counts.items()}
    return {"names": max(counts["names"], 1), "notices": max(counts["notices"], 1)}


def add_row(values: dict[str, str], name: str) -> dict[str, str]:
    """The form values with one more (blank) row of ``names`` or ``notices``."""
    if name not in ROWS:
        return values
    count = row_counts(values, spare=False)[name]
    return {**values, f"{name}[{count}].{ROWS[name][0]}": ""}


def parse_form(kind: str, values: dict[str, str]) -> ParsedForm:
    """The record a submitted form describes; ``InvalidInput`` for what the form itself
    cannot make sense of (the record's own rules are checked by the record service)."""
    parsed = ParsedForm({"kind": kind})
    data = parsed.data
    _put(data, "source_id", values.get("source_id"))
    _put(data, "record_status", values.get("record_status"))
    _put(data, "review_date", values.get("review_date"))
    _put(data, "legal_basis", values.get("legal_basis"))
    data["sharing"] = {
        "mode": values.get("sharing.mode") or "all",
        "countries": _split(values.get("sharing.countries", "")),
        "frontline": bool(values.get("sharing.frontline")),
    }
    if kind == "person":
        _person(parsed, values)
    elif kind == "travel_document":
        for name in FRIENDLY["travel_document"]:
            _put(data, name, values.get(name))
    extra = _extra(kind, values.get("extra", ""))
    data.update(extra)
    return parsed


def _person(parsed: ParsedForm, values: dict[str, str]) -> None:
    data = parsed.data
    for name, fields in ROWS.items():
        items, used = [], []
        for index in range(row_counts(values, spare=False)[name]):
            item: dict[str, Any] = {}
            for part in fields:
                raw = values.get(f"{name}[{index}].{part}", "")
                if part == "offences":
                    _put(item, part, [o for o in re.split(r"[;\n]", raw) if o.strip()] or None)
                else:
                    _put(item, part, raw)
            main = "full" if name == "names" else "type"
            if any(k != "type" for k in item) or main in item:
                items.append(item)
                used.append(index)
        data[name], parsed.rows[name] = items, used
    _put(data, "sex", values.get("sex"))
    _put(data, "place_of_birth", values.get("place_of_birth"))
    data["birth_dates"] = _split(values.get("birth_dates", ""))
    data["nationalities"] = _split(values.get("nationalities", ""))


def _extra(kind: str, text: str) -> dict[str, Any]:
    if not text.strip():
        return {}
    try:
        extra = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput.field("extra", f"is not valid JSON: {exc.msg} (line {exc.lineno}, "
                                 f"column {exc.colno})") from None
    if not isinstance(extra, dict):
        raise InvalidInput.field("extra", "must be a JSON object: { \"field\": value, ... }")
    taken = sorted(set(extra) & (set(ENVELOPE) | set(READ_ONLY) | set(FRIENDLY.get(kind, ()))))
    if taken:
        raise InvalidInput.field("extra", f"{', '.join(taken)}: set these with the form's own "
                                 "fields, not in the JSON")
    computed = set(COMPUTED.get(kind, ()))
    return {k: v for k, v in extra.items() if k not in computed}


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    if isinstance(value, str):
        value = value.strip()
    if value not in (None, "", []):
        target[key] = value


def _split(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,\n]", text) if part.strip()]


def error_slots(kind: str, error: PolexError, parsed: ParsedForm | None
                ) -> dict[str, list[str]]:
    """The error's reasons, keyed by the form input (or fieldset) each belongs next to;
    ``form`` holds what belongs to no field."""
    slots = _slots(kind)
    out: dict[str, list[str]] = {}
    for problem in error.errors or [FieldError("form", error.detail)]:
        slot = _slot_for(kind, _to_form_path(problem.field, parsed), slots)
        out.setdefault(slot, []).append(problem.reason)
    return out


def _slots(kind: str) -> set[str]:
    slots = {"form", "extra", "source_id", "record_status", "review_date", "legal_basis",
             "sharing", "sharing.mode", "sharing.countries", "sharing.frontline"}
    for name in FRIENDLY.get(kind, ()):
        slots.add(name)
    return slots


def _to_form_path(path: str, parsed: ParsedForm | None) -> str:
    match = re.match(r"^(names|notices)\[(\d+)\](.*)$", path)
    if match and parsed and match[1] in parsed.rows:
        used = parsed.rows[match[1]]
        index = int(match[2])
        if index < len(used):
            return f"{match[1]}[{used[index]}]{match[3]}"
    return path


def _slot_for(kind: str, path: str, slots: set[str]) -> str:
    probe = path
    while probe:
        if probe in slots or _ROW_KEY.match(probe):
            return probe
        shorter = _TAIL.sub("", probe)
        if shorter == probe:
            break
        probe = shorter
    top = re.split(r"[.\[]", path, maxsplit=1)[0]
    if top in RECORD_MODELS.get(kind, RECORD_MODELS["person"]).model_fields:
        return "extra"
    return "form"
