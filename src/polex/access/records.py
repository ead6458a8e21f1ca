"""The record service: every create, change, delete, view and list of records, gated and
audited in the same transaction. API routes and the CLI call this, never the store."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import partial
from itertools import chain, islice
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, or_, select
from sqlalchemy.exc import IntegrityError

from polex.access import audit
from polex.access.gate import can_see, view, visible_clause
from polex.access.principal import Principal
from polex.access.roles import RECORD_WRITERS, Role, kinds_for
from polex.errors import AccessDenied, Conflict, FieldError, InvalidInput, NotFound, PolexError
from polex.model import parse_record
from polex.store import index_bulk, meta, search_index
from polex.store import records as store
from polex.store.engine import write
from polex.store.schema import records as records_table

INDEX_VERSION_KEY = "search_index_version"

# Bulk loads are recorded under this principal: the hub itself, not a person.
SYSTEM = Principal("system", "HUB", Role.admin)

__all__ = ["BatchReport", "IndexEntries", "Page", "RecordService", "WriteResult"]

IndexEntries = Callable[[list[tuple[str, str, dict[str, Any]]]], list[search_index.IndexEntry]]
"""Turns ``(id, kind, canonical record)`` items into search index entries (keys, form).
The search package provides it; the record service calls it on every write, in the same
transaction, so the index is never stale in any process."""

# Fields the hub sets; a client may send them back (as GET returned them) but not set them.
READ_ONLY = ("id", "owner", "version", "created_at", "updated_at")


@dataclass
class WriteResult:
    """The outcome of one write: the record as stored, whether it is new, and warnings."""

    record: dict[str, Any]
    created: bool
    warnings: list[str] = field(default_factory=list)


@dataclass
class Page:
    """One page of a listing; ``next_cursor`` fetches the next, None at the end."""

    items: list[dict[str, Any]]
    next_cursor: str | None


@dataclass
class BatchReport:
    """Per-row outcome of a batch: created, updated or rejected with the reasons."""

    rows: list[dict[str, Any]]

    @property
    def counts(self) -> dict[str, int]:
        out = {"created": 0, "updated": 0, "rejected": 0}
        for row in self.rows:
            out[row["status"]] += 1
        return out


class RecordService:
    """Gated, audited access to records for one hub."""

    def __init__(self, engine: Engine, today: Callable[[], date] | None = None,
                 index_entries: IndexEntries | None = None, index_version: str = "") -> None:
        self.engine = engine
        self.today = today or (lambda: datetime.now(UTC).date())
        self.index_entries = index_entries
        self.index_version = index_version

    def index_is_current(self) -> bool:
        """True when the search index was built by this code (or the store is empty, in
        which case it is marked as built by this code from now on)."""
        with write(self.engine) as conn, conn.begin():
            stored = meta.get(conn, INDEX_VERSION_KEY)
            if stored is None and not conn.execute(select(records_table.c.id).limit(1)).first():
                meta.put(conn, INDEX_VERSION_KEY, self.index_version)
                return True
            return stored == self.index_version

    def _index(self, conn: Connection, items: list[tuple[str, str, dict[str, Any]]], *,
               fresh: bool) -> None:
        if self.index_entries and items:
            search_index.replace(conn, self.index_entries(items), fresh=fresh)

    # -- writes --------------------------------------------------------------------------

    def put(self, principal: Principal, data: dict[str, Any], *, purpose: str | None = None
            ) -> WriteResult:
        """Create a record, or update the caller's record with the same ``source_id``."""
        _require_writer(principal)
        model = _parse(principal, data)  # validation needs no lock: done before taking it
        with write(self.engine) as conn, conn.begin():
            result = self._put(conn, principal, model)
            audit.append(conn, principal, "record.create" if result.created else "record.update",
                         purpose=purpose, target=result.record["id"],
                         query={"source_id": result.record["source_id"]},
                         result=[result.record["id"]])
        return result

    def update(self, principal: Principal, record_id: str, data: dict[str, Any], *,
               version: int | None, purpose: str | None = None) -> WriteResult:
        """Replace a record's content, if ``version`` is still its current version."""
        _require_writer(principal)
        data, sent_version = _strip_read_only(data)
        version = version if version is not None else sent_version
        if version is None:
            raise InvalidInput.field("version", "is required to change a record: send the "
                                     "version you read, so a concurrent change is not lost")
        model = _parse(principal, data)
        with write(self.engine) as conn, conn.begin():
            current = self._owned(conn, principal, record_id)
            if model.kind != current.kind:
                raise InvalidInput.field("kind", f"cannot change a {current.kind} into a "
                                         f"{model.kind}")
            self._check_links(conn, principal, model)
            canonical = model.model_dump(mode="json")
            self._check_source_free(conn, principal.org, canonical["source_id"], record_id)
            store.update_record(conn, record_id, version, canonical)
            self._index(conn, [(record_id, current.kind, canonical)], fresh=False)
            audit.append(conn, principal, "record.update", purpose=purpose, target=record_id,
                         query={"version": version}, result=[record_id])
            stored = store.fetch(conn, record_id)
        assert stored is not None
        return WriteResult(stored.as_json(), False, _warnings(model))

    def delete(self, principal: Principal, record_id: str, *, version: int | None,
               purpose: str | None = None) -> None:
        """Delete one of the caller's records (at ``version``, when given)."""
        _require_writer(principal)
        with write(self.engine) as conn, conn.begin():
            self._owned(conn, principal, record_id)
            store.delete_record(conn, record_id, version)
            search_index.remove(conn, [record_id])
            audit.append(conn, principal, "record.delete", purpose=purpose, target=record_id,
                         query={"version": version}, result=[record_id])

    def put_batch(self, principal: Principal, items: list[Any], *, atomic: bool,
                  purpose: str | None = None) -> BatchReport:
        """Put many records: all-or-nothing when ``atomic``, else row by row with a report."""
        _require_writer(principal)
        report = BatchReport([])
        with write(self.engine) as conn, conn.begin():
            for index, item in enumerate(items):
                report.rows.append(self._put_row(conn, principal, index, item, atomic))
            if atomic and report.counts["rejected"]:
                raise _batch_error(report)  # leaving the block rolls everything back
            ids = [r["id"] for r in report.rows if r.get("id")]
            audit.append(conn, principal, "record.batch", purpose=purpose,
                         query={"rows": len(items), "atomic": atomic}, result=ids)
        return report

    def _put_row(self, conn: Connection, principal: Principal, index: int, item: Any,
                 atomic: bool) -> dict[str, Any]:
        source_id = item.get("source_id") if isinstance(item, dict) else None
        try:
            model = _parse(principal, item)
            with conn.begin_nested():
                result = self._put(conn, principal, model)
        except PolexError as exc:
            errors = [e.as_dict() for e in exc.errors] or [{"field": "body",
                                                            "reason": exc.detail}]
            return {"index": index, "source_id": source_id, "status": "rejected",
                    "errors": errors}
        return {"index": index, "source_id": source_id, "id": result.record["id"],
                "status": "created" if result.created else "updated",
                "warnings": result.warnings}

    def _put(self, conn: Connection, principal: Principal, model: Any) -> WriteResult:
        self._check_links(conn, principal, model)
        canonical = model.model_dump(mode="json")
        existing = store.find_by_source(conn, principal.org, canonical["source_id"])
        try:
            if existing:
                record_id, version = existing
                current = store.fetch(conn, record_id)
                if current and current.kind != canonical["kind"]:
                    raise Conflict(f"source_id {canonical['source_id']!r} already names a "
                                   f"{current.kind} record ({record_id})",
                                   [FieldError("source_id", "already used for another kind")])
                store.update_record(conn, record_id, version, canonical)
            else:
                record_id = store.new_record_id()
                store.insert_record(conn, record_id, principal.org, canonical)
        except IntegrityError:
            raise Conflict("Another request wrote a record with the same source_id at the same "
                           "time; send it again") from None
        self._index(conn, [(record_id, canonical["kind"], canonical)], fresh=existing is None)
        stored = store.fetch(conn, record_id)
        assert stored is not None
        return WriteResult(stored.as_json(), existing is None, _warnings(model))

    def _owned(self, conn: Connection, principal: Principal, record_id: str
               ) -> store.StoredRecord:
        record = store.fetch(conn, record_id)
        if record is None or not can_see(principal, record, self.today()):
            raise NotFound(f"No record {record_id}")
        if record.owner != principal.org:
            raise AccessDenied(f"Only its owner ({record.owner}) can change record {record_id}")
        return record

    def _check_links(self, conn: Connection, principal: Principal, model: Any) -> None:
        if model.kind != "link":
            return
        for name in ("from_record", "to_record"):
            target = store.fetch(conn, getattr(model, name))
            if target is None or not can_see(principal, target, self.today()):
                raise InvalidInput.field(name, f"no record {getattr(model, name)} that you "
                                         "may see")

    def _check_source_free(self, conn: Connection, owner: str, source_id: str,
                           record_id: str) -> None:
        existing = store.find_by_source(conn, owner, source_id)
        if existing and existing[0] != record_id:
            raise Conflict(f"source_id {source_id!r} already names record {existing[0]}",
                           [FieldError("source_id", "already used by another of your records")])

    def bulk_load(self, items: Iterable[tuple[str, str, dict[str, Any]]],
                  commit_every: int = 200_000, workers: int | None = None,
                  chunk: int = 2_000) -> int:
        """Load already-canonical ``(id, owner, record)`` items (synthetic data, migrations);
        one transaction and one audit entry per ``commit_every`` records.

        Items are streamed in chunks of ``chunk``: ``workers`` processes (default: one per
        core, at most 4) compute their index entries while this process writes the
        records and entries of earlier chunks, so memory stays bounded by a few chunks.
        """
        workers = index_bulk.default_workers() if workers is None else workers
        chunks = index_bulk.chunked(items, chunk)
        head = list(islice(chunks, 2))  # a single chunk is not worth starting workers
        total = 0
        with index_bulk.worker_pool(workers if len(head) > 1 else 1) as pool:
            computed = index_bulk.map_in_workers(
                partial(index_bulk.loaded_rows, self.index_entries), chain(head, chunks), pool)
            while loaded := self._load(computed, commit_every):
                total += loaded
        return total

    def _load(self, computed: Iterator[tuple[list[Any], index_bulk.ComputedRows]],
              limit: int) -> int:
        """Write chunks from ``computed`` in one transaction until ``limit`` records; the
        number written (0 when there were none left)."""
        count, first = 0, ""
        with write(self.engine) as conn, conn.begin():
            index = index_bulk.SortedWriter(conn)
            for chunk, rows in computed:
                count += store.bulk_load(conn, chunk)
                index.add(rows)
                first = first or chunk[0][0]
                if count >= limit:
                    break
            index.finish()
            if count:
                audit.append(conn, SYSTEM, "record.bulk_load", purpose="bulk load",
                             query={"records": count}, result={"first": first})
        return count

    def rebuild_index(self, progress: Callable[[int], None] | None = None,
                      page: int = 5_000, workers: int | None = None) -> int:
        """Recompute the whole search index from the records; the number of records read.

        One transaction: searches keep using the old index until the new one commits, and
        a rebuild that fails or is interrupted leaves the old one in place. Entries are
        computed by ``workers`` processes (default: one per core, at most 4) from pages of
        ``page`` records while this process writes, so memory stays bounded by a few pages.
        No record changes under it: on SQLite it holds the write lock throughout, so
        writes, and the audit entries of searches, wait for it (up to the busy timeout);
        on PostgreSQL record writes wait, searches do not (see ``index_bulk.FullRebuild``).
        """
        workers = index_bulk.default_workers() if workers is None else workers
        with self.engine.connect() as conn:
            if not index_bulk.more_than_one_page(conn, page):
                workers = 1  # not worth starting processes
        # The workers start before the transaction: they do not inherit its state.
        with index_bulk.worker_pool(workers) as pool, write(self.engine) as conn, conn.begin():
            # Every process's cached forms are the old index's: they drop them all once
            # this commits (and the record changes' lock comes first of the locks).
            store.note_changed(conn, store.INDEX_REBUILT)
            rebuild = index_bulk.FullRebuild(conn)
            rebuild.lock()
            # The workers start on the first pages while the old index is emptied.
            computed = index_bulk.rebuild_rows(conn, self.index_entries, page, pool)
            rebuild.start()
            total, index = 0, index_bulk.SortedWriter(conn, counted=False)
            # Paused: the rows of a million records would wake the cycle collector, walking
            # every row held for the next sorted run, thousands of times (also in the pool's
            # thread that unpickles them).
            with index_bulk.cycle_collection_paused():
                for rows in computed:
                    index.add(rows)
                    total += rows.records
                    if progress:
                        progress(rows.records)
                index.finish()
            rebuild.finish()
            meta.put(conn, INDEX_VERSION_KEY, self.index_version)
            audit.append(conn, SYSTEM, "index.rebuild", purpose="index rebuild",
                         query={"index_version": self.index_version}, result={"records": total})
        return total

    def refresh_index(self, progress: Callable[[int], None] | None = None,
                      page: int = 500) -> int:
        """Recompute the whole search index while the hub keeps serving; records read.

        Page by page: a page's entries are computed outside any write transaction, then
        written in one short transaction of their own, so searches (which must write their
        audit entries) and record writes wait at most for one page's writes, never for the
        whole rebuild. Each record always has either its old entries or its new ones, so
        searches find it throughout. A record written between the read and the write is
        read again and indexed in the write transaction; one deleted meanwhile is skipped.
        Slower than :meth:`rebuild_index`, which empties the index and holds the write
        lock until it is done (SQLite), and marks the index current only at the end.
        """
        with self.engine.connect() as conn:
            pages = list(index_bulk.page_bounds(conn, page))
        total = 0
        for bounds in pages:
            with self.engine.connect() as conn:
                read = index_bulk.read_range_versioned(conn, bounds)
            items = index_bulk.decoded([(rid, kind, body) for rid, kind, body, _ in read])
            entries = self.index_entries(items) if self.index_entries else []
            with write(self.engine) as conn, conn.begin():
                self._write_refreshed(conn, read, entries)
            total += len(read)
            if progress:
                progress(len(read))
        with write(self.engine) as conn, conn.begin():
            store.note_changed(conn, store.INDEX_REBUILT)  # cached forms are the old index's
            meta.put(conn, INDEX_VERSION_KEY, self.index_version)
            audit.append(conn, SYSTEM, "index.rebuild", purpose="index rebuild (online)",
                         query={"index_version": self.index_version, "online": True},
                         result={"records": total})
        return total

    def _write_refreshed(self, conn: Connection, read: list[tuple[str, str, str, int]],
                         entries: list[search_index.IndexEntry]) -> None:
        """Replace a page's entries with those computed, for records still as read."""
        current = store.versions(conn, [rid for rid, *_ in read])
        unchanged = {rid for rid, _, _, version in read if current.get(rid) == version}
        changed = [rid for rid, *_ in read if rid in current and rid not in unchanged]
        fresh = [entry for entry in entries if entry[0] in unchanged]
        if changed and self.index_entries:  # written meanwhile: as stored now
            fresh += self.index_entries([(r.id, r.kind, {"id": r.id, "kind": r.kind, **r.body})
                                         for r in store.fetch_many(conn, changed)])
        search_index.remove(conn, [*unchanged, *changed])
        search_index.replace(conn, fresh, fresh=True)

    def count(self) -> int:
        """How many records the store holds, all owners together (an operator's figure)."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(records_table)).scalar()
                       or 0)

    # -- reads ---------------------------------------------------------------------------

    def get(self, principal: Principal, record_id: str, *, purpose: str | None = None
            ) -> dict[str, Any]:
        """One record as the caller may see it; NotFound when it may not (or doesn't exist)."""
        with write(self.engine) as conn, conn.begin():
            record = store.fetch(conn, record_id)
            shown = view(principal, record, self.today()) if record else None
            audit.append(conn, principal, "record.view", purpose=purpose, target=record_id,
                         result=[record_id] if shown else [])
        if shown is None:
            raise NotFound(f"No record {record_id}")
        return shown

    def list(self, principal: Principal, *, kind: str | None = None, owner: str | None = None,
             record_status: str | None = None, source_id: str | None = None, limit: int = 50,
             cursor: str | None = None, purpose: str | None = None) -> Page:
        """Records the caller may see, newest change first, filtered and paged."""
        if principal.role == Role.frontline:
            raise AccessDenied("Frontline users search for hits; they do not browse records")
        today = self.today()
        clause = and_(visible_clause(principal, today), *_filters(
            kind=kind, owner=owner, record_status=record_status, source_id=source_id))
        if cursor:
            clause = and_(clause, _after_cursor(cursor))
        with write(self.engine) as conn, conn.begin():
            rows = store.select_where(conn, clause, limit=limit + 1, order_newest=True)
            items = [v for r in rows[:limit] if (v := view(principal, r, today))]
            audit.append(conn, principal, "record.list", purpose=purpose,
                         query={"kind": kind, "owner": owner, "record_status": record_status,
                                "source_id": source_id, "cursor": cursor},
                         result=[i["id"] for i in items])
        next_cursor = _cursor_of(rows[limit - 1]) if len(rows) > limit else None
        return Page(items, next_cursor)


def _require_writer(principal: Principal) -> None:
    if principal.role not in RECORD_WRITERS:
        raise AccessDenied(f"The {principal.role} role may not change records")


def _parse(principal: Principal, data: Any) -> Any:
    """The canonical record for client JSON, refused if the caller's role may not write it."""
    data, _ = _strip_read_only(data)
    model = parse_record(data)
    _require_kind(principal, model.kind)
    return model


def _require_kind(principal: Principal, kind: str) -> None:
    kinds = kinds_for(principal.role)
    if kinds is not None and kind not in kinds:
        raise AccessDenied(f"The {principal.role} role may not write {kind} records")


def _strip_read_only(data: Any) -> tuple[Any, int | None]:
    if not isinstance(data, dict):
        raise InvalidInput.field("body", "a record must be a JSON object")
    version = data.get("version")
    if version is not None and not isinstance(version, int):
        raise InvalidInput.field("version", "must be an integer")
    return {k: v for k, v in data.items() if k not in READ_ONLY}, version


def _warnings(model: Any) -> list[str]:
    return list(getattr(model, "warnings", []))


def _filters(**values: str | None) -> list[Any]:
    return [getattr(records_table.c, name) == value for name, value in values.items() if value]


def _cursor_of(record: store.StoredRecord) -> str:
    raw = f"{record.updated_at.isoformat()}|{record.id}"
    return base64.urlsafe_b64encode(raw.encode()).decode()


def _after_cursor(cursor: str) -> Any:
    try:
        stamp, record_id = base64.urlsafe_b64decode(cursor.encode()).decode().split("|", 1)
        moment = datetime.fromisoformat(stamp)
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput.field("cursor", "is not a cursor this hub gave out") from None
    updated = records_table.c.updated_at
    return or_(updated < moment, and_(updated == moment, records_table.c.id < record_id))


def _batch_error(report: BatchReport) -> InvalidInput:
    errors = [FieldError(f"records[{row['index']}].{e['field']}", e["reason"])
              for row in report.rows if row["status"] == "rejected" for e in row["errors"]]
    return InvalidInput(f"{report.counts['rejected']} of {len(report.rows)} records are not "
                        "valid; nothing was stored", errors)
