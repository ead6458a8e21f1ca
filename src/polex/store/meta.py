"""Facts about the store itself, by key."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select

from polex.store.schema import meta

__all__ = ["get", "put"]


def get(conn: Connection, key: str) -> str | None:
    """The value stored under ``key``, if any."""
    return conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()


def put(conn: Connection, key: str, value: str) -> None:
    """Store ``value`` under ``key``, replacing what was there."""
    conn.execute(delete(meta).where(meta.c.key == key))
    conn.execute(insert(meta).values(key=key, value=value))
