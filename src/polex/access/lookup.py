"""Gated look-ups for search: candidate ids from index keys, then only what the gate admits.

Search code never reads record content itself. It asks here for the ids under some keys
(ids reveal nothing), then for the envelopes and match forms of those the caller may see
*and* that may hit (in force, frontline allowed), then for the views of its final hits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from polex.access.gate import can_see, view
from polex.access.principal import Principal
from polex.store import records as store
from polex.store import search_index
from polex.store.schema import records as records_table

__all__ = [
    "Candidate", "hit_candidates", "hit_views", "indexed_count", "key_counts", "postings",
]


@dataclass(frozen=True)
class Candidate:
    """A record the caller may get a hit on: its envelope and its match form."""

    record: store.StoredRecord
    form: dict[str, Any]


def key_counts(conn: Connection, keys: set[str]) -> dict[str, int]:
    """How many records each key points to (no content: counts only)."""
    return search_index.key_counts(conn, keys) if keys else {}


def postings(conn: Connection, keys: set[str], limit: int) -> dict[str, list[str]]:
    """The record ids under each key (no content: ids only)."""
    return search_index.postings(conn, keys, limit)


def indexed_count(conn: Connection, kind: str) -> int:
    """How many records of ``kind`` the index holds (a count, no content)."""
    return search_index.form_count(conn, kind)


def hit_candidates(conn: Connection, principal: Principal, ids: list[str], today: date,
                   kinds: frozenset[str] | None = None) -> list[Candidate]:
    """Of ``ids``, those that may hit for ``principal`` (visible and in force), with forms."""
    if not ids:
        return []
    envelopes = store.select_where(conn, records_table.c.id.in_(ids), limit=len(ids),
                                   with_body=False)
    admitted = [r for r in envelopes if r.is_in_force(today) and can_see(principal, r, today)
                and (kinds is None or r.kind in kinds)]
    forms = search_index.forms_of(conn, [r.id for r in admitted])
    return [Candidate(r, forms[r.id]) for r in admitted if r.id in forms]


def hit_views(conn: Connection, principal: Principal, ids: list[str], today: date
              ) -> dict[str, dict[str, Any]]:
    """The views of the final hits, as the caller's role may see them."""
    if not ids:
        return {}
    rows = store.select_where(conn, records_table.c.id.in_(ids), limit=len(ids))
    return {r.id: shown for r in rows if (shown := view(principal, r, today)) is not None}
