"""What the search index holds for each record: candidate keys and a match form.

The record service calls :func:`index_entries` on every write, in the same transaction,
so every process sees a record in search as soon as its write commits.
"""

from __future__ import annotations

from typing import Any

from polex.search.keys import form_keys
from polex.search.match_form import match_form
from polex.search.objects import object_entry

__all__ = ["index_entries"]


def index_entries(items: list[tuple[str, str, dict[str, Any]]]
                  ) -> list[tuple[str, str, set[str], dict[str, Any] | None]]:
    """``(id, kind, keys, form)`` for each searchable ``(id, kind, record)`` item."""
    out = []
    for record_id, kind, record in items:
        if kind == "person":
            form = match_form(record)
            out.append((record_id, kind, form_keys(form), form.to_json()))
        elif (entry := object_entry(kind, record)) is not None:
            out.append((record_id, kind, *entry))
    return out
