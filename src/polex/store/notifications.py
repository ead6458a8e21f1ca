"""Hit notifications: a record's owner learns that another country hit it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, insert, select, update

from polex.store.records import utcnow
from polex.store.schema import notifications

__all__ = ["add_unless_recent", "for_owner", "mark_read", "unread_count"]


def add_unless_recent(conn: Connection, *, owner: str, record_id: str, searcher_org: str,
                      searcher_user: str, post: str | None, score: float,
                      matched: dict[str, Any], window: timedelta) -> bool:
    """Notify ``owner`` of a hit, unless this searcher hit this record within ``window``."""
    now = utcnow()
    recent = conn.execute(_RECENT, {"record_id": record_id, "searcher_user": searcher_user,
                                    "since": now - window}).first()
    if recent:
        return False
    conn.execute(_INSERT, {
        "owner": owner, "record_id": record_id, "searcher_org": searcher_org,
        "searcher_user": searcher_user, "post": post, "at": now, "score": score,
        "matched": json.dumps(matched, ensure_ascii=False, default=str),
    })
    return True


# Built once: searches write notifications at the hub's search rate.
_RECENT = select(notifications.c.id).where(
    notifications.c.record_id == bindparam("record_id"),
    notifications.c.searcher_user == bindparam("searcher_user"),
    notifications.c.at > bindparam("since"),
).limit(1)
_INSERT = insert(notifications)


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
