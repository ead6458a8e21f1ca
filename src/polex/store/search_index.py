"""The search index tables: candidate keys and match forms, written with the records.

Keys and forms are derived from record content, so reading forms is reading content:
only ``polex.access`` reads them, for ids the gate has already admitted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import orjson
from sqlalchemy import Connection, delete, func, insert, select

from polex.store.dialect import fast_rows, is_postgres, one_of
from polex.store.schema import search_forms, search_keys

__all__ = ["IndexEntry", "key_counts", "postings", "remove", "replace"]

IndexEntry = tuple[str, str, set[str], dict[str, Any] | None]
"""(record id, kind, candidate keys, match form or None)."""


def replace(conn: Connection, entries: list[IndexEntry], *, fresh: bool = False) -> None:
    """Store the keys and forms of records (``fresh``: they have none yet, skip deletes)."""
    if not entries:
        return
    if not fresh:
        remove(conn, [e[0] for e in entries])
    # Sorted, the inserts walk the key B-tree in order instead of touching random pages.
    keys = sorted(({"key": k, "record_id": rid} for rid, _, ks, _ in entries for k in ks),
                  key=lambda row: (row["key"], row["record_id"]))
    forms = [{"record_id": rid, "kind": kind, "form": json.dumps(form, separators=(",", ":"),
                                                                 ensure_ascii=False)}
             for rid, kind, _, form in entries if form is not None]
    if keys:
        conn.execute(insert(search_keys), keys)
    if forms:
        conn.execute(insert(search_forms), forms)


def remove(conn: Connection, record_ids: list[str]) -> None:
    """Drop the keys and forms of records."""
    conn.execute(delete(search_keys).where(search_keys.c.record_id.in_(record_ids)))
    conn.execute(delete(search_forms).where(search_forms.c.record_id.in_(record_ids)))


def clear(conn: Connection) -> None:
    """Empty the index (before a rebuild)."""
    conn.execute(delete(search_keys))
    conn.execute(delete(search_forms))


def key_counts(conn: Connection, keys: Iterable[str]) -> dict[str, int]:
    """How many records each key points to (keys absent from the index are left out)."""
    condition, values = one_of(conn, "key", list(keys))
    return dict(fast_rows(conn, f"SELECT key, count(*) FROM search_keys WHERE {condition} "
                                "GROUP BY key", (values,)))


def postings(conn: Connection, keys: Iterable[str], limit: int) -> dict[str, list[str]]:
    """The record ids under each key (at most ``limit`` per key), in one statement."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return {}
    if is_postgres(conn):
        rows = fast_rows(conn, _POSTINGS_PG, (limit, keys))
        return {key: list(ids) for key, ids in rows}
    rows = fast_rows(conn, _POSTINGS_SQLITE, (limit, json.dumps(keys)))
    return {key: orjson.loads(ids) for key, ids in rows}


# Each key's ids read by its own bounded range scan of the key index, all keys at once.
_POSTINGS_SQLITE = (
    "SELECT j.value, (SELECT json_group_array(record_id) FROM (SELECT record_id "
    "FROM search_keys WHERE key = j.value ORDER BY record_id LIMIT ?)) FROM json_each(?) j"
)
_POSTINGS_PG = (
    "SELECT k, ARRAY(SELECT record_id FROM search_keys WHERE key = k ORDER BY record_id "
    "LIMIT ?) FROM unnest(?::varchar[]) AS k"
)


def form_count(conn: Connection, kind: str) -> int:
    """How many records of ``kind`` have a form in the index."""
    query = select(func.count()).select_from(search_forms).where(search_forms.c.kind == kind)
    return int(conn.execute(query).scalar() or 0)


def forms_of(conn: Connection, record_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The match forms of records (for ``polex.access`` only, after the gate)."""
    if not record_ids:
        return {}
    condition, values = one_of(conn, "record_id", record_ids)
    rows = fast_rows(conn, f"SELECT record_id, form FROM search_forms WHERE {condition}",
                     (values,))
    return {rid: orjson.loads(form) for rid, form in rows}
