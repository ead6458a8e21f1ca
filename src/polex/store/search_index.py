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

__all__ = [
    "NO_YEAR", "IndexEntry", "dated_postings", "key_counts", "postings", "postings_in_years",
    "remove", "replace",
]

IndexEntry = tuple[str, str, set[str], dict[str, Any] | None, tuple[int, ...]]
"""(record id, kind, candidate keys, match form or None, years of birth): a row per key and
year, year 0 when none is known (see ``schema.search_keys``)."""

NO_YEAR = 0


def replace(conn: Connection, entries: list[IndexEntry], *, fresh: bool = False) -> None:
    """Store the keys and forms of records (``fresh``: they have none yet, skip deletes)."""
    if not entries:
        return
    if not fresh:
        remove(conn, [e[0] for e in entries])
    # Sorted, the inserts walk the key B-tree in order instead of touching random pages.
    keys = sorted(({"key": k, "birth_year": year, "record_id": rid}
                   for rid, _, ks, _, years in entries for k in ks for year in years),
                  key=lambda row: (row["key"], row["birth_year"], row["record_id"]))
    forms = [{"record_id": rid, "kind": kind, "form": json.dumps(form, separators=(",", ":"),
                                                                 ensure_ascii=False)}
             for rid, kind, _, form, _ in entries if form is not None]
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
    return {key: [rid for rid, _ in held]
            for key, held in dated_postings(conn, keys, limit).items()}


def dated_postings(conn: Connection, keys: Iterable[str], limit: int
                   ) -> dict[str, list[tuple[str, int]]]:
    """``(record id, year of birth)`` under each key, at most ``limit`` per key, in one
    statement; a key's rows in index order (by year, then id)."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return {}
    if is_postgres(conn):
        rows = fast_rows(conn, _POSTINGS_PG, (keys, limit))
        found = {key: list(zip(ids, years, strict=True)) for key, ids, years in rows}
        return {key: found.get(key, []) for key in keys}  # a key with no rows has no group
    rows = fast_rows(conn, _POSTINGS_SQLITE, (limit, json.dumps(keys)))
    return {key: [tuple(row) for row in orjson.loads(held)] for key, held in rows}


def postings_in_years(conn: Connection, wanted: Iterable[tuple[str, int]], limit: int
                      ) -> dict[tuple[str, int], list[str]]:
    """The record ids under each ``(key, year of birth)``, at most ``limit`` each, in one
    statement: a common key's holders born in a few years, without reading the rest."""
    wanted = list(dict.fromkeys(wanted))
    if not wanted:
        return {}
    if is_postgres(conn):
        rows = fast_rows(conn, _IN_YEARS_PG, (limit, [k for k, _ in wanted],
                                             [y for _, y in wanted]))
        return {(key, year): list(ids) for key, year, ids in rows}
    rows = fast_rows(conn, _IN_YEARS_SQLITE, (limit, json.dumps(wanted)))
    return {(key, year): orjson.loads(ids) for key, year, ids in rows}


# Each key's rows read by its own bounded range scan of the primary key, all keys at once.
_POSTINGS_SQLITE = (
    "SELECT j.value, (SELECT json_group_array(json_array(record_id, birth_year)) FROM ("
    "SELECT record_id, birth_year FROM search_keys WHERE key = j.value "
    "ORDER BY birth_year, record_id LIMIT ?)) FROM json_each(?) j"
)
_POSTINGS_PG = (
    "SELECT k, array_agg(s.record_id ORDER BY s.birth_year, s.record_id), "
    "array_agg(s.birth_year ORDER BY s.birth_year, s.record_id) "
    "FROM unnest(?::varchar[]) AS k CROSS JOIN LATERAL (SELECT record_id, birth_year "
    "FROM search_keys WHERE key = k ORDER BY birth_year, record_id LIMIT ?) s GROUP BY k"
)
_IN_YEARS_SQLITE = (
    "SELECT j.value ->> 0, j.value ->> 1, (SELECT json_group_array(record_id) FROM ("
    "SELECT record_id FROM search_keys WHERE key = j.value ->> 0 "
    "AND birth_year = j.value ->> 1 ORDER BY record_id LIMIT ?)) FROM json_each(?) j"
)
_IN_YEARS_PG = (
    "SELECT k, y, ARRAY(SELECT record_id FROM search_keys WHERE key = k AND birth_year = y "
    "ORDER BY record_id LIMIT ?) FROM unnest(?::varchar[], ?::smallint[]) AS w(k, y)"
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
