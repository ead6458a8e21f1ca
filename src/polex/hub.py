"""The composition root: one hub = settings + store + the services built on them.

The API and the CLI build a :class:`Hub` and call its services; nothing below this module
knows about HTTP or the command line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from polex.access import audit, identities, logins
from polex.access.identities import authenticate_token
from polex.access.principal import Principal
from polex.access.records import SYSTEM, RecordService
from polex.collector import keep_long_lived_out_of_scans
from polex.config import Settings, get_settings
from polex.errors import NotAuthenticated
from polex.search.indexer import index_entries, index_version
from polex.search.service import SearchService
from polex.store.engine import open_engine, write

if TYPE_CHECKING:
    from polex.images.service import ImageService


__all__ = ["Hub"]


class Hub:
    """A running hub: its settings, its store and its services."""

    def __init__(self, settings: Settings | None = None, engine: Engine | None = None) -> None:
        self.settings = settings or get_settings()
        self.engine = engine or open_engine(
            self.settings.database_url, pool_size=self.settings.request_threads + 1)
        with write(self.engine) as conn, conn.begin():
            identities.ensure_orgs(conn)
        self.records.index_is_current()  # an empty store is marked as indexed by this code

    @cached_property
    def records(self) -> RecordService:
        """Records: gated, audited create/read/update/delete/list."""
        return RecordService(self.engine, index_entries=index_entries,
                             index_version=index_version())

    @cached_property
    def search(self) -> SearchService:
        """Search: persons, objects, free text, screening, comparison, notifications."""
        if self.settings.freeze_survivors and self.settings.search_cache_records:
            keep_long_lived_out_of_scans()
        return SearchService(
            self.engine, threshold=self.settings.hit_threshold,
            notify_window=timedelta(hours=self.settings.notify_window_hours),
            candidates=self.settings.search_candidates,
            cache_records=self.settings.search_cache_records,
        )

    @cached_property
    def images(self) -> ImageService:
        """Images: register known material, triage collections (gated, audited)."""
        from polex.images.service import ImageService

        settings = self.settings
        return ImageService(
            self.engine, self.records,
            jobs_root=Path(settings.triage_dir) if settings.triage_dir else None,
            keep_hours=settings.triage_keep_hours, workers=settings.triage_workers,
            today=self.records.today)

    def add_user(self, username: str, org: str, role: str, password: str | None = None, *,
                 by: Principal | None = None) -> int:
        """Create a user (see ``identities.add_user``); audited as ``by`` (default: the hub
        itself, for the command line)."""
        with write(self.engine) as conn, conn.begin():
            user_id = identities.add_user(conn, username, org, role, password)
            audit.append(conn, by or SYSTEM, "user.add", purpose=None, target=username,
                         query={"org": org, "role": role})
        return user_id

    def issue_token(self, username: str, *, days: int | None = None, label: str | None = None,
                    by: Principal | None = None) -> identities.IssuedToken:
        """A bearer token for an existing user; audited as ``by`` (default: the hub)."""
        lifetime = timedelta(days=days or self.settings.token_days)
        with write(self.engine) as conn, conn.begin():
            token = identities.issue_token(conn, username, lifetime=lifetime, label=label)
            audit.append(conn, by or SYSTEM, "token.issue", purpose=None, target=username,
                         query={"label": label}, result={"token_id": token.token_id})
        return token

    def user_exists(self, username: str) -> bool:
        """True when a user of that name exists."""
        with self.engine.connect() as conn:
            return identities.user_of(conn, username) is not None

    def user_matches(self, username: str, org: str, role: str) -> bool:
        """True when the user exists with this organisation and role."""
        with self.engine.connect() as conn:
            return identities.user_of(conn, username) == (org, role)

    def record_count(self) -> int:
        """How many records the store holds (all owners; an operator's figure)."""
        return self.records.count()

    def load_synthetic(self, items: Iterable[tuple[str, str, dict[str, Any]]]) -> int:
        """Bulk-load already-canonical synthetic records (audited per commit)."""
        return self.records.bulk_load(items)

    def login(self, username: str, password: str) -> identities.IssuedToken:
        """A console session token for a username and password.

        Too many wrong passwords in a row refuse the user's logins for a while
        (``access.logins``, 429); each wrong one, and the lock, are on the audit trail.
        """
        lifetime = timedelta(hours=self.settings.session_hours)
        # The slow password check runs on a read connection, outside the write lock.
        try:
            with self.engine.connect() as conn:
                logins.refuse_if_locked(conn, username)
                identities.check_password(conn, username, password)
        except NotAuthenticated:
            self._login_failed(username)
            raise
        with write(self.engine) as conn, conn.begin():
            logins.succeeded(conn, username)
            token = identities.issue_token(conn, username, lifetime=lifetime, label="console")
            user = authenticate_token(conn, token)
            audit.append(conn, user, "auth.login", purpose=None, target=username,
                         result={"token_id": token.token_id})
        return token

    def _login_failed(self, username: str) -> None:
        policy = logins.LoginPolicy(self.settings.login_max_failures,
                                    timedelta(minutes=self.settings.login_lockout_minutes))
        with write(self.engine) as conn, conn.begin():
            account = logins.account_of(conn, username)
            if account is None:  # nobody's name: nothing to count or lock
                return
            until = logins.failed(conn, username, policy)
            audit.append(conn, account, "auth.login_failed", purpose=None, target=username,
                         result={"locked_until": until.isoformat() + "Z" if until else None})

    def revoke_token(self, principal: Principal, token_id: str | None) -> None:
        """Revoke one of the caller's tokens (any token, for an administrator)."""
        with write(self.engine) as conn, conn.begin():
            identities.revoke_token(conn, token_id or "", principal)
            audit.append(conn, principal, "token.revoke", purpose=None, target=token_id or "")

    def orgs(self) -> list[dict[str, Any]]:
        """Every organisation, by code."""
        with self.engine.connect() as conn:
            return identities.list_orgs(conn)

    def audit_entries(self, auditor: Principal, *, after: int, org: str | None, limit: int,
                      purpose: str | None) -> list[dict[str, Any]]:
        """Entries of the audit trail (reading it is itself audited)."""
        with write(self.engine) as conn, conn.begin():
            items = audit.entries(conn, org=org, after=after, limit=limit)
            audit.append(conn, auditor, "audit.read", purpose=purpose,
                         query={"after": after, "org": org, "limit": limit},
                         result=[i["seq"] for i in items])
        return items

    def verify_audit(self, auditor: Principal, *, purpose: str | None,
                     anchors: Sequence[audit.Anchor] = ()) -> audit.Verification:
        """Check the whole chain, and that it still holds the ``anchors`` noted outside the
        hub (the check is audited after it is made)."""
        with self.engine.connect() as conn:
            result = audit.verify(conn, anchors=anchors)
        with write(self.engine) as conn, conn.begin():
            audit.append(conn, auditor, "audit.verify", purpose=purpose,
                         query={"anchors": [f"{seq}:{digest}" for seq, digest in anchors]}
                         if anchors else None,
                         result={"intact": result.intact, "entries": result.entries})
        return result

    def close(self) -> None:
        """Release the store's connections (after the running triage jobs end)."""
        if "images" in self.__dict__:
            self.images.close()
        self.engine.dispose()
