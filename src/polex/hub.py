"""The composition root: one hub = settings + store + the services built on them.

The API and the CLI build a :class:`Hub` and call its services; nothing below this module
knows about HTTP or the command line.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cached_property

from sqlalchemy import Engine

from polex.access import identities
from polex.access.records import RecordService
from polex.config import Settings, get_settings
from polex.store.engine import open_engine, write

__all__ = ["Hub"]


class Hub:
    """A running hub: its settings, its store and its services."""

    def __init__(self, settings: Settings | None = None, engine: Engine | None = None) -> None:
        self.settings = settings or get_settings()
        self.engine = engine or open_engine(self.settings.database_url)
        with write(self.engine) as conn, conn.begin():
            identities.ensure_orgs(conn)

    @cached_property
    def records(self) -> RecordService:
        """Records: gated, audited create/read/update/delete/list."""
        return RecordService(self.engine)

    def add_user(self, username: str, org: str, role: str, password: str | None = None) -> int:
        """Create a user (see ``identities.add_user``)."""
        with write(self.engine) as conn, conn.begin():
            return identities.add_user(conn, username, org, role, password)

    def issue_token(self, username: str, *, days: int | None = None, label: str | None = None
                    ) -> identities.IssuedToken:
        """A bearer token for an existing user."""
        lifetime = timedelta(days=days or self.settings.token_days)
        with write(self.engine) as conn, conn.begin():
            return identities.issue_token(conn, username, lifetime=lifetime, label=label)

    def close(self) -> None:
        """Release the store's connections."""
        self.engine.dispose()
