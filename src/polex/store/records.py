"""The records table: insert, versioned update, delete, bulk load, and raw reads.

Raw reads (``fetch``, ``select_where``) return ungated content: only ``polex.access``
calls them, passing the gate's visibility clause. Writes check versions so that a
concurrent edit is refused (409), never lost.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import islice
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Connection, and_, delete, insert, select, update

from polex.errors import Conflict, NotFound
from polex.store.dialect import (
    fast_execute,
    fast_rows,
    in_index_order,
    is_postgres,
    json_list,
    lock_for,
    one_of,
    rows_of,
)
from polex.store.schema import record_shares, records

__all__ = [
    "INDEX_REBUILT",
    "Envelope",
    "StoredRecord",
    "bulk_load",
    "changes_since",
    "delete_record",
    "envelopes",
    "fetch",
    "fetch_many",
    "find_by_source",
    "insert_record",
    "new_record_id",
    "note_changed",
    "select_where",
    "split_envelope",
    "update_record",
    "versions",
]

# Fields of a record's JSON that live in their own columns rather than in ``body``.
ENVELOPE_KEYS = ("kind", "source_id", "record_status", "review_date", "legal_basis", "sharing")


@dataclass
class StoredRecord:
    """A record as stored: the envelope the hub keeps plus the kind's canonical fields."""

    id: str
    kind: str
    owner: str
    source_id: str
    version: int
    record_status: str
    review_date: date | None
    legal_basis: str | None
    sharing_mode: str
    sharing_countries: list[str]
    frontline: bool
    created_at: datetime
    updated_at: datetime
    body: dict[str, Any] = field(default_factory=dict)

    def is_in_force(self, today: date) -> bool:
        """Active and not past its review date: the only state in which it hits for others."""
        return self.record_status == "active" and (
            self.review_date is None or self.review_date >= today
        )

    def as_json(self) -> dict[str, Any]:
        """The record as the API shows it in full: envelope first, then the kind's fields."""
        return {
            "id": self.id,
            "kind": self.kind,
            "owner": self.owner,
            "source_id": self.source_id,
            "version": self.version,
            "record_status": self.record_status,
            "review_date": self.review_date.isoformat() if self.review_date else None,
            "legal_basis": self.legal_basis,
            "sharing": {
                "mode": self.sharing_mode,
                "countries": self.sharing_countries,
                "frontline": self.frontline,
            },
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            **self.body,
        }


@dataclass(slots=True)
class Envelope:
    """What the gate decides on for a search candidate, as ``StoredRecord`` holds it (no
    content, no source id, no legal basis, no times): read from an index alone."""

    id: str
    kind: str
    owner: str
    version: int
    record_status: str
    review_date: date | None
    sharing_mode: str
    # A tuple: immutable, and (unlike a list) no object for the cycle collector to track
    # in each of the ~100,000 envelopes a search process caches.
    sharing_countries: tuple[str, ...]
    frontline: bool

    def is_in_force(self, today: date) -> bool:
        """Active and not past its review date (as ``StoredRecord.is_in_force``)."""
        return self.record_status == "active" and (
            self.review_date is None or self.review_date >= today
        )


def new_record_id() -> str:
    """A fresh, unguessable record id."""
    return str(uuid.uuid4())


def split_envelope(record: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split canonical record JSON into (envelope columns, body)."""
    sharing = record.get("sharing") or {}
    review = record.get("review_date")
    envelope = {
        "kind": record["kind"],
        "source_id": record["source_id"],
        "record_status": record.get("record_status", "active"),
        "review_date": date.fromisoformat(review) if isinstance(review, str) else review,
        "legal_basis": record.get("legal_basis"),
        "sharing_mode": sharing.get("mode", "all"),
        "frontline": sharing.get("frontline", True),
    }
    body = {k: v for k, v in record.items() if k not in ENVELOPE_KEYS}
    return envelope, {"countries": sharing.get("countries", []), "body": body}


def insert_record(conn: Connection, record_id: str, owner: str, record: dict[str, Any]) -> None:
    """Insert a new record at version 1 (the caller checked that its source_id is free)."""
    envelope, rest = split_envelope(record)
    now = utcnow()
    conn.execute(
        insert(records).values(
            id=record_id, owner=owner, version=1, created_at=now, updated_at=now,
            body=_dumps(rest["body"]), **envelope,
        )
    )
    _replace_shares(conn, record_id, rest["countries"])


def update_record(
    conn: Connection, record_id: str, expected_version: int, record: dict[str, Any]
) -> int:
    """Replace a record's content if it is still at ``expected_version``; the new version."""
    envelope, rest = split_envelope(record)
    envelope.pop("kind")
    result = conn.execute(
        update(records)
        .where(records.c.id == record_id, records.c.version == expected_version)
        .values(version=records.c.version + 1, updated_at=utcnow(), body=_dumps(rest["body"]),
                **envelope)
    )
    if result.rowcount == 0:
        _raise_stale(conn, record_id, expected_version)
    _replace_shares(conn, record_id, rest["countries"])
    return expected_version + 1


def delete_record(conn: Connection, record_id: str, expected_version: int | None) -> None:
    """Delete a record, if still at ``expected_version`` when one is given."""
    clause = records.c.id == record_id
    if expected_version is not None:
        clause = and_(clause, records.c.version == expected_version)
    conn.execute(delete(record_shares).where(record_shares.c.record_id == record_id))
    if conn.execute(delete(records).where(clause)).rowcount == 0:
        _raise_stale(conn, record_id, expected_version or 0)


def _raise_stale(conn: Connection, record_id: str, expected: int) -> None:
    current = conn.execute(select(records.c.version).where(records.c.id == record_id)).scalar()
    if current is None:
        raise NotFound(f"No record {record_id}")
    raise Conflict(
        f"Record {record_id} is at version {current}, not {expected}: it was changed since "
        "you read it. Read it again, reapply your change, and send version "
        f"{current}."
    )


def fetch(conn: Connection, record_id: str) -> StoredRecord | None:
    """The stored record with this id, ungated (for ``polex.access`` only)."""
    rows = select_where(conn, records.c.id == record_id, limit=1)
    return rows[0] if rows else None


def fetch_many(conn: Connection, ids: list[str], *, with_body: bool = True
               ) -> list[StoredRecord]:
    """The stored records with these ids that exist, ungated (for ``polex.access`` only).

    Search's read of its candidates and hits: on the driver's cursor, whatever the number
    of ids, two statements on SQLite and one on PostgreSQL (``_rows_and_countries``).
    """
    if not ids:
        return []
    columns = _COLUMNS if with_body else _COLUMNS[:-1]
    rows, shares = _rows_and_countries(
        conn, ", ".join(f"r.{c}" for c in columns), "records AS r", ids, mode_at=8)
    as_date, as_time = (_same, _same) if is_postgres(conn) else (_date, _datetime)
    return [StoredRecord(
        id=row[0], kind=row[1], owner=row[2], source_id=row[3], version=row[4],
        record_status=row[5], review_date=as_date(row[6]), legal_basis=row[7],
        sharing_mode=row[8], sharing_countries=shares.get(row[0], []), frontline=bool(row[9]),
        created_at=as_time(row[10]), updated_at=as_time(row[11]),
        body=_loads(row[12]) if with_body else {},
    ) for row in rows]


def _rows_and_countries(conn: Connection, columns: str, source: str, ids: list[str],
                        mode_at: int) -> tuple[list[tuple[Any, ...]], dict[str, list[str]]]:
    """``rows_of`` the records with these ids, and the countries an ``only`` or ``except``
    restriction names, by record id (``mode_at``: where the rows hold the sharing mode).

    On PostgreSQL the countries come in the rows themselves, from a subquery on
    ``record_shares``' key for the restricted records alone: a statement is a round trip
    to the server (two of a person search's fifteen were these). On SQLite, in process,
    a second statement costs less than the subquery per row (session 11 measured no gain
    either way), so they come from ``_countries_of``.
    """
    if is_postgres(conn):
        rows = rows_of(conn, f"{columns}, {_COUNTRIES_IN_ROW}", source, "r.id", ids)
        return rows, {row[0]: row[-1] for row in rows if row[-1]}
    rows = rows_of(conn, columns, source, "r.id", ids)
    return rows, _countries_of(conn, [row[0] for row in rows if row[mode_at] != "all"])


# The restricted record's countries, in the order _countries_of reads them (one more
# column, after those asked for).
_COUNTRIES_IN_ROW = ("CASE WHEN r.sharing_mode = 'all' THEN NULL ELSE ARRAY(SELECT s.country "
                     "FROM record_shares AS s WHERE s.record_id = r.id ORDER BY s.country) END")


def _countries_of(conn: Connection, restricted: list[str]) -> dict[str, list[str]]:
    """The countries an ``only`` or ``except`` restriction names, by record id."""
    shares: dict[str, list[str]] = {}
    if restricted:
        condition, values = one_of(conn, "record_id", restricted)
        for record_id, country in fast_rows(
                conn, f"SELECT record_id, country FROM record_shares WHERE {condition} "
                      "ORDER BY country", (values,)):
            shares.setdefault(record_id, []).append(country)
    return shares


# The order fetch_many reads columns in (body last, so that it can be left out).
_COLUMNS = ("id", "kind", "owner", "source_id", "version", "record_status", "review_date",
            "legal_basis", "sharing_mode", "frontline", "created_at", "updated_at", "body")


def _loads(text: str) -> Any:
    try:
        return orjson.loads(text)  # several times faster, for the reads search makes
    except orjson.JSONDecodeError:
        return json.loads(text)  # what orjson refuses (integers beyond 64 bits)


def _same(value: Any) -> Any:
    return value


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: str) -> datetime:
    return datetime.fromisoformat(value)


def find_by_source(conn: Connection, owner: str, source_id: str) -> tuple[str, int] | None:
    """(id, version) of the owner's record with this source_id, if there is one."""
    row = conn.execute(
        select(records.c.id, records.c.version).where(
            records.c.owner == owner, records.c.source_id == source_id
        )
    ).first()
    return (row.id, row.version) if row else None


def versions(conn: Connection, ids: list[str]) -> dict[str, int]:
    """The current version of each of ``ids`` that exists (no content: numbers only)."""
    # SQLite's planner prefers the primary key's index, which leads to the row; this one
    # holds the version itself (PostgreSQL finds the index-only scan by itself). It is
    # narrower than ix_records_gate: 18,000 versions read in 21.5 ms rather than 25.5.
    source = "records AS r" if is_postgres(conn) else (
        "records AS r INDEXED BY ix_records_id_version")
    return dict(rows_of(conn, "r.id, r.version", source, "r.id", ids))


def changes_since(conn: Connection, seq: int | None, limit: int
                  ) -> tuple[list[tuple[int, str]], int]:
    """The records changed (updated or deleted) after change number ``seq`` (None: none
    wanted), each once, at its latest change, in the order those committed, at most
    ``limit`` of them; and the number of the last change committed (0 before any). The
    triggers of ``schema.record_changes`` write them, whatever wrote the record (no
    content: ids only)."""
    rows = fast_rows(conn, _CHANGES, (_NO_CHANGE if seq is None else seq, limit))
    latest = next(number for number, record_id in rows if record_id is None)
    return [(n, r) for n, r in rows if r is not None], int(latest)


def note_changed(conn: Connection, record_id: str) -> None:
    """Number a change as the triggers on ``records`` do, for what changes without the
    record's row: ``INDEX_REBUILT``, after which every cached form is the old index's."""
    lock_for(conn, "record_changes")  # first of the locks (dialect._LOCK_KEYS)
    following = ("nextval('record_change_numbers')" if is_postgres(conn) else
                 "(SELECT coalesce(max(seq), 0) + 1 FROM record_changes)")
    fast_execute(conn, "INSERT INTO record_changes (record_id, seq) VALUES "
                       f"(?, {following}) ON CONFLICT (record_id) DO UPDATE SET "
                       "seq = excluded.seq", (record_id,))


# Noted as a change when the index is rebuilt: no record id is like it.
INDEX_REBUILT = "#index"
_NO_CHANGE = 2**62  # a number no change reaches: none after it
_CHANGES = ("SELECT seq, record_id FROM (SELECT seq, record_id FROM record_changes "
            "WHERE seq > ? ORDER BY seq LIMIT ?) AS changed "
            "UNION ALL SELECT coalesce(max(seq), 0), NULL FROM record_changes")


def envelopes(conn: Connection, ids: list[str]) -> list[Envelope]:
    """The envelopes of those of ``ids`` that exist, what the gate decides on: read from an
    index that holds them (``ix_records_gate``), not from the records' rows (kilobytes of
    content each, hundreds of random ones for a search at a million records), with the
    countries of those shared with some countries only or all but some."""
    rows, shares = _rows_and_countries(conn, _GATE_SELECT, _gate_index(conn), ids, mode_at=6)
    as_date = _same if is_postgres(conn) else _date
    return [Envelope(id=row[0], version=row[1], kind=row[2], owner=row[3],
                     record_status=row[4], review_date=as_date(row[5]), sharing_mode=row[6],
                     sharing_countries=tuple(shares.get(row[0], ())),
                     frontline=bool(row[7]))
            for row in rows]


def ids_meeting(conn: Connection, ids: list[str], condition: str, params: Sequence[Any]
                ) -> set[str]:
    """Those of ``ids`` whose envelope meets ``condition``: SQL on ``records AS r`` with
    ``?`` placeholders and their ``params`` (the gate's ``hit_condition``), judged in one
    statement on the gate's index, where ``envelopes`` would build an object per record
    and read the countries of the restricted ones in a second statement."""
    values = [v.isoformat() if isinstance(v, date) and not is_postgres(conn) else v
              for v in params]  # SQLite holds dates as ISO text
    if is_postgres(conn):
        sql = f"SELECT r.id FROM records AS r WHERE r.id = ANY(?) AND {condition}"
        return {row[0] for row in fast_rows(conn, sql, (list(ids), *values))}
    sql = (f"SELECT r.id FROM json_each(?) AS wanted CROSS JOIN {_gate_index(conn)} "
           f"ON r.id = wanted.value WHERE {condition}")
    return {row[0] for row in fast_rows(conn, sql, (json_list(in_index_order(ids)), *values))}


# The columns ix_records_gate holds, in its order (schema.records).
_GATE_COLUMNS = ("id", "version", "kind", "owner", "record_status", "review_date",
                 "sharing_mode", "frontline")
_GATE_SELECT = ", ".join(f"r.{c}" for c in _GATE_COLUMNS)


def _gate_index(conn: Connection) -> str:
    # As for versions: SQLite would lead to the row (whose body is kilobytes).
    return "records AS r" if is_postgres(conn) else "records AS r INDEXED BY ix_records_gate"


def select_where(
    conn: Connection,
    clause: ColumnElement[bool],
    *,
    limit: int,
    order_newest: bool = False,
    order_by_id: bool = False,
    with_body: bool = True,
) -> list[StoredRecord]:
    """Records matching ``clause`` (ungated: the caller passes the gate's clause in).

    ``with_body=False`` reads the envelope only (what the gate decides on), leaving
    ``body`` empty: cheap enough for hundreds of search candidates.
    """
    columns = list(records.c) if with_body else [c for c in records.c if c.name != "body"]
    query = select(*columns).where(clause).limit(limit)
    if order_newest:
        query = query.order_by(records.c.updated_at.desc(), records.c.id.desc())
    elif order_by_id:
        query = query.order_by(records.c.id)
    rows = conn.execute(query).mappings().all()
    shares = _shares_of(conn, [r["id"] for r in rows if r["sharing_mode"] != "all"])
    return [_stored(row, shares.get(row["id"], [])) for row in rows]


def bulk_load(
    conn: Connection,
    items: Iterable[tuple[str, str, dict[str, Any]]],
    *,
    batch_size: int = 5000,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert already-canonical ``(id, owner, record)`` items in batches; the count loaded."""
    total = 0
    for chunk in _chunks(iter(items), batch_size):
        rows, shares = [], []
        now = utcnow()
        for record_id, owner, record in chunk:
            envelope, rest = split_envelope(record)
            rows.append({"id": record_id, "owner": owner, "version": 1, "created_at": now,
                         "updated_at": now, "body": _dumps(rest["body"]), **envelope})
            shares.extend({"record_id": record_id, "country": c} for c in rest["countries"])
        conn.execute(insert(records), rows)
        if shares:
            conn.execute(insert(record_shares), shares)
        total += len(rows)
        if progress:
            progress(len(rows))
    return total


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _replace_shares(conn: Connection, record_id: str, countries: list[str]) -> None:
    conn.execute(delete(record_shares).where(record_shares.c.record_id == record_id))
    if countries:
        conn.execute(insert(record_shares), [{"record_id": record_id, "country": c}
                                             for c in countries])


def _shares_of(conn: Connection, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if not ids:
        return out
    query = select(record_shares).where(record_shares.c.record_id.in_(ids))
    for row in conn.execute(query.order_by(record_shares.c.country)):
        out.setdefault(row.record_id, []).append(row.country)
    return out


def _stored(row: Any, countries: list[str]) -> StoredRecord:
    return StoredRecord(
        id=row["id"], kind=row["kind"], owner=row["owner"], source_id=row["source_id"],
        version=row["version"], record_status=row["record_status"],
        review_date=row["review_date"], legal_basis=row["legal_basis"],
        sharing_mode=row["sharing_mode"], sharing_countries=countries,
        frontline=bool(row["frontline"]), created_at=row["created_at"],
        updated_at=row["updated_at"], body=json.loads(row["body"]) if "body" in row else {},
    )


def utcnow() -> datetime:
    """Now in UTC, as the naive datetime the store keeps (every stored time is UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def _iso(moment: datetime) -> str:
    return moment.replace(tzinfo=UTC).isoformat().replace("+00:00", "Z")


def _dumps(body: dict[str, Any]) -> str:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))
