"""How record content reads on a page: labels, dates, countries, scripts, sharing.

Pure functions over the JSON the record service returns; the templates call them as
filters and globals. Nothing here marks text as safe: Jinja2 escapes every value.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache
from typing import Any

from polex.model import RECORD_MODELS
from polex.normalize.countries import country_name

__all__ = [
    "KIND_LABELS",
    "country",
    "element_id",
    "field_help",
    "headline",
    "label",
    "other_fields",
    "script_name",
    "sharing_text",
    "stamp",
    "value_text",
]

KIND_LABELS = {
    "person": "Person",
    "travel_document": "Travel document",
    "vehicle": "Vehicle",
    "firearm": "Firearm",
    "artwork": "Artwork",
    "selector": "Selector",
    "link": "Link",
}

_SCRIPTS = {
    "Latn": "Latin", "Cyrl": "Cyrillic", "Arab": "Arabic", "Hebr": "Hebrew",
    "Grek": "Greek", "Hani": "Han", "Hans": "Han (simplified)", "Hant": "Han (traditional)",
    "Hang": "Hangul", "Kore": "Korean", "Jpan": "Japanese", "Hira": "Hiragana",
    "Kana": "Katakana", "Deva": "Devanagari", "Thai": "Thai", "Geor": "Georgian",
    "Armn": "Armenian", "Ethi": "Ethiopic", "Beng": "Bengali", "Taml": "Tamil",
    "Zyyy": "Common", "Zzzz": "Unknown",
}

_SEX = {"M": "Male", "F": "Female", "X": "Unspecified"}

_WORDS = {"vin": "VIN", "mrz": "MRZ", "id": "ID", "iban": "IBAN", "imei": "IMEI",
          "ip": "IP address", "url": "URL"}


def element_id(name: str) -> str:
    """A form input's name as an HTML id fragment: ``names[0].full`` → ``names-0-full``."""
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")


def label(name: str | None) -> str:
    """``issuing_country`` → ``Issuing country``; enum values read the same way."""
    if not name:
        return ""
    text = str(name)
    if text in _WORDS:
        return _WORDS[text]
    words = text.replace("_", " ").split(" ")
    words = [_WORDS.get(w, w) for w in words]
    first = words[0]
    return " ".join([first[:1].upper() + first[1:], *words[1:]])


def country(code: str | None) -> str:
    """``FRA`` → ``France (FRA)``; unknown codes as given."""
    if not code:
        return ""
    name = country_name(code)
    return code if name == code else f"{name} ({code})"


def script_name(code: str | None) -> str:
    """An ISO 15924 code as its name: ``Cyrl`` → ``Cyrillic``."""
    if not code:
        return ""
    return _SCRIPTS.get(code, code)


def sex_text(value: str | None) -> str:
    """``M`` → ``Male``; unknown when absent."""
    return _SEX.get(value or "", "Unknown")


def stamp(value: str | None) -> str:
    """An ISO timestamp as ``2026-05-01 14:03 UTC``."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def value_text(value: Any) -> str:
    """Any field value as readable text (lists joined, objects as compact JSON)."""
    if value is None or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{label(k)}: {value_text(v)}" for k, v in value.items())
    return str(value)


def headline(record: dict[str, Any]) -> str:
    """The words that name a record in a list or a title."""
    kind = record.get("kind")
    if kind == "person":
        names = record.get("names") or []
        return names[0].get("full", "") if names else "(no name)"
    if kind == "travel_document":
        return " ".join(p for p in (label(record.get("document_type")) or "Document",
                                    record.get("number") or "") if p)
    if kind == "vehicle":
        plates = ", ".join(p.get("number", "") for p in record.get("plates") or [])
        bits = [record.get("make"), record.get("model"), record.get("vin") or plates]
        return " ".join(str(b) for b in bits if b) or "Vehicle"
    if kind == "firearm":
        bits = [record.get("make"), record.get("model"), record.get("serial_number")]
        return " ".join(str(b) for b in bits if b)
    if kind == "artwork":
        return record.get("title") or "Artwork"
    if kind == "selector":
        return f"{label(record.get('selector_type'))}: {record.get('value', '')}"
    if kind == "link":
        return label(record.get("link_type")) or "Link"
    return record.get("source_id") or record.get("id", "")


def sharing_text(sharing: dict[str, Any] | None, *, owned: bool) -> str:
    """What a record's sharing allows, in words."""
    sharing = sharing or {}
    mode = sharing.get("mode", "all")
    countries = ", ".join(sharing.get("countries") or [])
    if mode == "all":
        return "Visible to all member countries"
    if not owned:
        return ("Restricted by the owner: your country is among those it shares with"
                if mode == "only" else
                "Restricted by the owner: shared with all but some countries")
    if mode == "only":
        return f"Visible only to: {countries}"
    return f"Visible to all member countries except: {countries}"


_SHOWN_ELSEWHERE = {
    "id", "kind", "owner", "source_id", "version", "record_status", "review_date",
    "legal_basis", "sharing", "created_at", "updated_at",
}
_DEDICATED = {
    "person": {"names", "sex", "birth_dates", "place_of_birth", "nationalities", "notices",
               "identity_numbers", "marks"},
    "travel_document": {"number", "document_type", "issuing_country", "status", "mrz",
                        "holder_name", "holder_birth_date", "holder_sex", "holder_nationality",
                        "expiry_date"},
}


def other_fields(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, text) for the fields a kind's own section does not show, in model order."""
    kind = record.get("kind", "")
    skip = _SHOWN_ELSEWHERE | _DEDICATED.get(kind, set())
    model = RECORD_MODELS.get(kind)
    order = list(model.model_fields) if model else []
    names = [n for n in order if n in record] + [n for n in record if n not in order]
    return [(label(n), value_text(record[n])) for n in names
            if n not in skip and record[n] not in (None, [], {})]


@cache
def field_help(kind: str, *, exclude: tuple[str, ...] = ()) -> tuple[tuple[str, str], ...]:
    """(field, what it takes) for a kind's fields, from its JSON Schema (for the JSON box)."""
    model = RECORD_MODELS.get(kind)
    if model is None:
        return ()
    schema = model.model_json_schema()
    skip = _SHOWN_ELSEWHERE | set(exclude)
    out = []
    for name, spec in schema.get("properties", {}).items():
        if name in skip:
            continue
        out.append((name, _describe(spec, schema.get("$defs", {}))))
    return tuple(out)


def _describe(spec: dict[str, Any], defs: dict[str, Any]) -> str:
    parts = []
    kinds = _types(spec, defs)
    if kinds:
        parts.append(kinds)
    if spec.get("description"):
        parts.append(spec["description"])
    return " — ".join(parts)


def _types(spec: dict[str, Any], defs: dict[str, Any]) -> str:
    if "$ref" in spec:
        target = defs.get(spec["$ref"].rsplit("/", 1)[-1], {})
        if "enum" in target:
            return "one of " + ", ".join(str(v) for v in target["enum"])
        fields = ", ".join(target.get("properties", {}))
        return f"object {{{fields}}}"
    if "anyOf" in spec:
        return " or ".join(t for t in (_types(s, defs) for s in spec["anyOf"]) if t != "null")
    if "enum" in spec:
        return "one of " + ", ".join(str(v) for v in spec["enum"])
    if "const" in spec:
        return json.dumps(spec["const"])
    if spec.get("type") == "array":
        return f"list of {_types(spec.get('items', {}), defs) or 'values'}"
    return str(spec.get("type", ""))
