"""Opening the store: an engine for the configured URL, migrated to the newest schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, inspect

from polex.store import dialect

__all__ = ["migrate", "open_engine", "write"]

_MIGRATIONS = Path(__file__).parent / "migrations"


def open_engine(url: str, *, migrate_schema: bool = True) -> Engine:
    """An engine for ``url`` with the dialect's settings, migrated unless told not to."""
    kwargs: dict = {"future": True}
    if url.startswith("postgresql"):
        kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True)
    engine = create_engine(url, **kwargs)
    dialect.configure(engine)
    if migrate_schema:
        migrate(engine)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is there already)."""
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def write(engine: Engine) -> Connection:
    """A connection whose transactions take the write lock at once (SQLite: BEGIN IMMEDIATE)."""
    return engine.connect().execution_options(polex_write=True)


def has_schema(engine: Engine) -> bool:
    """True when the store has been migrated at least once."""
    return inspect(engine).has_table("records")
