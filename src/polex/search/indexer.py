"""What the search index holds for each record: candidate keys and a match form.

The record service calls :func:`index_entries` on every write, in the same transaction,
so every process sees a record in search as soon as its write commits.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from polex.search.keys import UNDATED, birth_days, form_keys
from polex.search.match_form import match_form
from polex.search.objects import object_entry

__all__ = ["index_entries", "index_version"]

# What the stored keys and forms depend on: this code and the romanisers it calls.
_SOURCES = ("search/keys.py", "search/match_form.py", "search/objects.py", "search/indexer.py",
            "normalize/names.py", "normalize/documents.py")
_LIBRARIES = ("pypinyin", "PyICU", "normality", "rigour")


@cache
def index_version() -> str:
    """A fingerprint of the code that computes index keys and forms.

    It changes whenever that code or a romanising library changes, so that a store indexed
    by an older polex is known to be stale (``polex index rebuild`` refreshes it).
    """
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent.parent
    for source in _SOURCES:
        digest.update((root / source).read_bytes())
    for library in _LIBRARIES:
        try:
            digest.update(f"{library}={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library}=absent".encode())
    return digest.hexdigest()[:16]


IndexEntry = tuple[str, str, set[str], dict[str, Any] | None, tuple[int, ...]]
"""As ``polex.store.search_index.IndexEntry`` writes it (which search may not import)."""


def index_entries(items: list[tuple[str, str, dict[str, Any]]]) -> list[IndexEntry]:
    """``(id, kind, keys, form, born)`` for each searchable ``(id, kind, record)`` item:
    ``born`` are a person's dates of birth as the index keeps them (``keys.birth_days``;
    ``UNDATED`` alone for every object)."""
    out: list[IndexEntry] = []
    for record_id, kind, record in items:
        if kind == "person":
            form = match_form(record)
            out.append((record_id, kind, form_keys(form), form.to_json(), birth_days(form)))
        elif (entry := object_entry(kind, record)) is not None:
            out.append((record_id, kind, *entry, _UNDATED))
    return out


_UNDATED = (UNDATED,)
