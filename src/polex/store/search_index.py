"""The search index tables: candidate keys and match forms, written with the records.

Keys and forms are derived from record content, so reading forms is reading content:
only ``polex.access`` reads them, for ids the gate has already admitted.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import orjson
from sqlalchemy import Connection, delete, func, insert, select

from polex.store.dialect import (
    fast_execute,
    fast_execute_many,
    fast_rows,
    in_index_order,
    is_postgres,
    lock_for,
    one_of,
    rows_of,
)
from polex.store.schema import search_forms, search_key_counts, search_keys

__all__ = [
    "FORMS_OF", "IndexEntry", "Postings", "clear", "count_keys", "form_count", "key_counts",
    "postings", "postings_born_between", "postings_born_on", "recount_keys", "remove",
    "replace",
]

# How many forms of each kind the index holds is kept among the keys' counts, under a name
# no key has (keys are "v:…", "s:…", "q:…"), in the same transactions: search weighs its
# keys against it, and counting the forms walked the whole table (5 s with the file not in
# memory, 0.14 s with it, at a million persons) in each process's first search.
FORMS_OF = "#forms:"

IndexEntry = tuple[str, str, set[str], dict[str, Any] | None, tuple[int, ...]]
"""(record id, kind, candidate keys, match form or None, dates of birth): a row per key
and date (``schema.search_keys.born``: 19740512, 19740500 for a year and month, 19740000
for a year alone, 0 for no date)."""

Postings = tuple[Sequence[str], Sequence[int]]
"""The record ids read under a key and, in the same order, their months of birth: two
columns rather than a pair per row (a manifest reads 150,000 rows; a pair each was as many
lists for the garbage collector to track and for search to take apart again)."""


def replace(conn: Connection, entries: list[IndexEntry], *, fresh: bool = False) -> None:
    """Store the keys and forms of records (``fresh``: they have none yet, skip deletes)."""
    if not entries:
        return
    change = {} if fresh else _removed(conn, [e[0] for e in entries])
    # Sorted, the inserts walk the key B-tree in order instead of touching random pages.
    keys = sorted(({"key": k, "born": day, "record_id": rid}
                   for rid, _, ks, _, born in entries for k in ks for day in born),
                  key=lambda row: (row["key"], row["born"], row["record_id"]))
    forms = [{"record_id": rid, "kind": kind, "form": json.dumps(form, separators=(",", ":"),
                                                                 ensure_ascii=False)}
             for rid, kind, _, form, _ in entries if form is not None]
    if keys:
        conn.execute(insert(search_keys), keys)
        for row in keys:
            change[row["key"]] = change.get(row["key"], 0) + 1
    if forms:
        conn.execute(insert(search_forms), forms)
        for row in forms:
            counted = FORMS_OF + row["kind"]
            change[counted] = change.get(counted, 0) + 1
    count_keys(conn, change)


def remove(conn: Connection, record_ids: list[str]) -> None:
    """Drop the keys and forms of records."""
    count_keys(conn, _removed(conn, record_ids))


def _removed(conn: Connection, record_ids: list[str]) -> dict[str, int]:
    """Drop the keys and forms of records; how many rows each key lost, and how many forms
    each kind (``FORMS_OF``), negative."""
    lost = conn.execute(select(search_keys.c.key, func.count()).where(
        search_keys.c.record_id.in_(record_ids)).group_by(search_keys.c.key)).all()
    conn.execute(delete(search_keys).where(search_keys.c.record_id.in_(record_ids)))
    lost_forms = Counter(conn.execute(delete(search_forms).where(
        search_forms.c.record_id.in_(record_ids)).returning(search_forms.c.kind)).scalars())
    return {key: -count for key, count in lost} | {
        FORMS_OF + kind: -count for kind, count in lost_forms.items()}


def count_keys(conn: Connection, change: dict[str, int]) -> None:
    """Add to each key's count (``schema.search_key_counts``) the rows it gained (or, when
    negative, lost); a key left with none is dropped."""
    rows = [(key, n) for key, n in sorted(change.items()) if n]
    if not rows:
        return
    # Locks in one order: the record changes' (which a record's update or delete takes in
    # its trigger, migration 0010), the key counts', the audit chain's. A batch that adds
    # one record, then updates another, would otherwise take them the other way round.
    lock_for(conn, "record_changes")
    lock_for(conn, "key_counts")
    table = search_key_counts.name
    fast_execute_many(conn, f"INSERT INTO {table} (key, entries) VALUES (?, ?) ON CONFLICT "
                            f"(key) DO UPDATE SET entries = {table}.entries + excluded.entries",
                      rows)
    emptied = [key for key, n in rows if n < 0]
    if emptied:
        condition, values = one_of(conn, "key", emptied)
        fast_execute(conn, f"DELETE FROM {table} WHERE {condition} AND entries <= 0", (values,))


def clear(conn: Connection) -> None:
    """Empty the index (before a rebuild)."""
    conn.execute(delete(search_keys))
    conn.execute(delete(search_forms))
    conn.execute(delete(search_key_counts))


def recount_keys(conn: Connection) -> None:
    """Count every key's rows, and each kind's forms, afresh (after a bulk rebuild wrote
    them uncounted)."""
    lock_for(conn, "key_counts")
    conn.execute(delete(search_key_counts))
    conn.exec_driver_sql(f"INSERT INTO {search_key_counts.name} (key, entries) "
                         f"SELECT key, count(*) FROM {search_keys.name} GROUP BY key")
    conn.exec_driver_sql(f"INSERT INTO {search_key_counts.name} (key, entries) "
                         f"SELECT '{FORMS_OF}' || kind, count(*) FROM {search_forms.name} "
                         "GROUP BY kind")


def key_counts(conn: Connection, keys: Iterable[str]) -> dict[str, int]:
    """How many records each key points to (keys absent from the index are left out)."""
    condition, values = one_of(conn, "key", list(keys))
    return dict(fast_rows(conn, f"SELECT key, entries FROM {search_key_counts.name} "
                                f"WHERE {condition}", (values,)))


def postings(conn: Connection, keys: Iterable[str], limit: int) -> dict[str, list[str]]:
    """The record ids under each key (at most ``limit`` per key, in the order
    ``postings_born_between`` reads them), in one statement."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return {}
    if is_postgres(conn):
        return dict(fast_rows(conn, _IDS_PG, (limit, keys)))
    return {key: ids for key, (ids, _) in _seeks(conn, _WHOLE, keys, limit).items()}


def postings_born_between(conn: Connection, wanted: Iterable[tuple[str, int, int]], limit: int
                          ) -> dict[tuple[str, int, int], Postings]:
    """The record ids and their months of birth under each ``(key, first month, last
    month)``, at most ``limit`` each, in one statement, in index order (by date, then id;
    the ids of one month then by id): a key's holders, or a common key's born within a few
    years without reading the rest."""
    wanted = list(dict.fromkeys(wanted))
    if not wanted:
        return {}
    if is_postgres(conn):
        rows = fast_rows(conn, _BETWEEN_PG, ([w[0] for w in wanted], [w[1] for w in wanted],
                                             [w[2] for w in wanted], limit))
        found = {(key, first, last): (ids, months) for key, first, last, ids, months in rows}
        return {w: found.get(w, ([], [])) for w in wanted}
    return _seeks(conn, _BETWEEN, wanted, limit)  # type: ignore[return-value]


def postings_born_on(conn: Connection, wanted: Iterable[tuple[str, int]], limit: int
                     ) -> dict[tuple[str, int], Postings]:
    """The record ids and their months of birth under each ``(key, date)`` (yyyymmdd) born
    on that date, at most ``limit`` each, in one statement, in index order.

    With them come those born in its month whose day the index does not hold (yyyymm00):
    a record with no day, or one indexed before the index kept days (migration 0012) and
    not yet rebuilt, which must still be found.
    """
    wanted = list(dict.fromkeys(wanted))
    if not wanted:
        return {}
    if is_postgres(conn):
        rows = fast_rows(conn, _ON_PG, ([w[0] for w in wanted], [w[1] for w in wanted], limit))
        read_pg = {(key, day): (ids, months) for key, day, ids, months in rows}
        return {w: read_pg.get(w, ([], [])) for w in wanted}
    # Two range scans a day, its month's day-unknown rows first (the index's order): one
    # arm with ``born IN (?, ?)`` cost twenty times as much in a manifest (2.0 against 0.1
    # ms a statement of 64 arms, measured).
    spans = [(key, born, born) for key, day in wanted for born in (day - day % 100, day)]
    read = _seeks(conn, _DAYS, spans, limit)
    found: dict[tuple[str, int], Postings] = {}
    for key, day in wanted:
        (unknown, unknown_months), (on_day, day_months) = (
            read[(key, day - day % 100, day - day % 100)], read[(key, day, day)])
        found[(key, day)] = ((unknown + on_day)[:limit], (unknown_months + day_months)[:limit])
    return found


# On SQLite each key's rows are read by a bounded range scan of the primary key of its own:
# one arm of a UNION ALL per key (or key and months), up to _ARMS[-1] keys a statement.
# A person search reads ~10; passing them as a JSON array to one statement (json_each, the
# ids gathered by json_group_array and parsed again) cost half as much again (60 against 42
# µs a search, measured on the demo's frontline queries). Statements come with a few fixed
# numbers of arms, the spare ones reading a key no record has, so that the driver's
# statement cache keeps each of them compiled.
_ARMS = (1, 2, 4, 8, 16, 32, 64)
# The rows are kept by date (``born``, yyyymmdd) and read by month: a month's range is its
# days' (yyyymm00 to yyyymm99), and ``born / 100`` (integer division) is the month.
_WHOLE = ("SELECT * FROM (SELECT {arm}, born, record_id, born / 100 FROM search_keys "
          "WHERE key = ? ORDER BY born, record_id LIMIT ?)", ("", 0))
_BETWEEN = ("SELECT * FROM (SELECT {arm}, born, record_id, born / 100 FROM search_keys "
            "WHERE key = ? AND born BETWEEN ? * 100 AND ? * 100 + 99 ORDER BY born, record_id "
            "LIMIT ?)", ("", 0, -1, 0))
_DAYS = ("SELECT * FROM (SELECT {arm}, born, record_id, born / 100 FROM search_keys "
         "WHERE key = ? AND born BETWEEN ? AND ? ORDER BY born, record_id LIMIT ?)",
         ("", 0, -1, 0))


def _seeks(conn: Connection, arm: tuple[str, tuple[Any, ...]], wanted: Sequence[Any],
           limit: int) -> dict[Any, tuple[list[str], list[int]]]:
    """The ids and months under each of ``wanted`` (a key, or a key and two months), at most
    ``limit`` each, in index order, read by ``arm`` (its SQL and its spare parameters)."""
    template, spare = arm
    found: dict[Any, tuple[list[str], list[int]]] = {w: ([], []) for w in wanted}
    wanted = in_index_order(wanted)
    for start in range(0, len(wanted), _ARMS[-1]):
        chunk = wanted[start:start + _ARMS[-1]]
        arms = next(n for n in _ARMS if n >= len(chunk))
        params: list[Any] = []
        for sought in chunk:
            params += (sought, limit) if isinstance(sought, str) else (*sought, limit)
        params += spare * (arms - len(chunk))
        rows = fast_rows(conn, _union(template, arms), params)
        # By arm, then in index order: SQLite does not promise a compound's order.
        rows.sort()
        for index, _, record_id, month in rows:
            ids, months = found[chunk[index]]
            ids.append(record_id)
            months.append(month)
    return found


@functools.cache
def _union(template: str, arms: int) -> str:
    return " UNION ALL ".join(template.format(arm=arm) for arm in range(arms))


_IDS_PG = (
    "SELECT k, ARRAY(SELECT record_id FROM search_keys WHERE key = k "
    "ORDER BY born, record_id LIMIT ?) FROM unnest(?::varchar[]) AS k"
)
_BETWEEN_PG = (
    "SELECT w.k, w.lo, w.hi, array_agg(s.record_id ORDER BY s.born, s.record_id), "
    "array_agg(s.born / 100 ORDER BY s.born, s.record_id) "
    "FROM unnest(?::varchar[], ?::integer[], ?::integer[]) AS w(k, lo, hi) "
    "CROSS JOIN LATERAL (SELECT record_id, born FROM search_keys WHERE key = w.k "
    "AND born BETWEEN w.lo * 100 AND w.hi * 100 + 99 ORDER BY born, record_id LIMIT ?) s "
    "GROUP BY w.k, w.lo, w.hi"
)
_ON_PG = (
    "SELECT w.k, w.d, array_agg(s.record_id ORDER BY s.born, s.record_id), "
    "array_agg(s.born / 100 ORDER BY s.born, s.record_id) "
    "FROM unnest(?::varchar[], ?::integer[]) AS w(k, d) "
    "CROSS JOIN LATERAL (SELECT record_id, born FROM search_keys WHERE key = w.k "
    "AND born IN (w.d, w.d / 100 * 100) ORDER BY born, record_id LIMIT ?) s "
    "GROUP BY w.k, w.d"
)


def form_count(conn: Connection, kind: str) -> int:
    """How many records of ``kind`` have a form in the index (as counted: ``FORMS_OF``)."""
    counted = FORMS_OF + kind
    return key_counts(conn, [counted]).get(counted, 0)


def forms_of(conn: Connection, record_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The match forms of records (for ``polex.access`` only, after the gate)."""
    if not record_ids:
        return {}
    rows = rows_of(conn, "f.record_id, f.form", "search_forms AS f", "f.record_id", record_ids)
    return {rid: orjson.loads(form) for rid, form in rows}
