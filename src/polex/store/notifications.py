"""Hit notifications: a record's owner learns that another country hit it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, func, select, update

from polex.store.dialect import fast_execute_many, fast_rows, one_of, timestamp
from polex.store.records import utcnow
from polex.store.schema import notifications

__all__ = ["Notice", "add_unless_recent", "for_owner", "mark_read", "unread_count"]


@dataclass(frozen=True)
class Notice:
    """A hit to tell a record's owner about."""

    owner: str
    record_id: str
    searcher_org: str
    searcher_user: str
    post: str | None
    score: float
    matched: dict[str, Any]


def add_unless_recent(conn: Connection, notices: Iterable[Notice], *, window: timedelta) -> int:
    """Notify each owner of a hit, unless that searcher hit that record within ``window``
    (or earlier in ``notices``); how many were added. One read and one write for all."""
    now = utcnow()
    wanted: dict[tuple[str, str], Notice] = {}
    for notice in notices:
        wanted.setdefault((notice.record_id, notice.searcher_user), notice)
    if not wanted:
        return 0
    records, record_ids = one_of(conn, "record_id", sorted({r for r, _ in wanted}))
    users, user_names = one_of(conn, "searcher_user", sorted({u for _, u in wanted}))
    recent = set(fast_rows(conn, _RECENT.format(records=records, users=users),
                           (record_ids, user_names, timestamp(conn, now - window))))
    at = timestamp(conn, now)
    rows = [(n.owner, n.record_id, n.searcher_org, n.searcher_user, n.post, at, n.score,
             _matched_json(n.matched)) for pair, n in wanted.items() if pair not in recent]
    if rows:
        fast_execute_many(conn, _INSERT, rows)
    return len(rows)


# On the driver's cursor: every search that hits another country's record reads it, and
# most write one.
_RECENT = ("SELECT DISTINCT record_id, searcher_user FROM notifications"
           " WHERE {records} AND {users} AND at > ?")
# Made once (json.dumps with options makes an encoder per call); its output is json.dumps's.
_matched_json = json.JSONEncoder(ensure_ascii=False, default=str).encode
_INSERT = ("INSERT INTO notifications (owner, record_id, searcher_org, searcher_user, post, "
           "at, score, matched) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


def for_owner(conn: Connection, owner: str, *, unread_only: bool = False,
              before_id: int | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """An organisation's notifications, newest first."""
    clause = notifications.c.owner == owner
    if unread_only:
        clause = and_(clause, notifications.c.read_at.is_(None))
    if before_id:
        clause = and_(clause, notifications.c.id < before_id)
    query = select(notifications).where(clause).order_by(notifications.c.id.desc()).limit(limit)
    return [_shown(row) for row in conn.execute(query).mappings()]


def mark_read(conn: Connection, owner: str, ids: list[int]) -> int:
    """Mark an organisation's notifications read; how many were."""
    result = conn.execute(update(notifications).where(
        notifications.c.owner == owner, notifications.c.id.in_(ids),
        notifications.c.read_at.is_(None)).values(read_at=utcnow()))
    return result.rowcount


def _shown(row: Any) -> dict[str, Any]:
    data = dict(row)
    data["matched"] = json.loads(data["matched"])
    for key in ("at", "read_at"):
        if isinstance(data[key], datetime):
            data[key] = data[key].isoformat() + "Z"
    return data


def unread_count(conn: Connection, owner: str) -> int:
    """How many of an organisation's notifications are unread."""
    query = select(func.count()).select_from(notifications).where(
        notifications.c.owner == owner, notifications.c.read_at.is_(None))
    return int(conn.execute(query).scalar() or 0)
