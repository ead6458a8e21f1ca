"""Failed console logins: counted per user, and too many in a row make the account wait.

A password is guessed one attempt at a time, so after ``max_failures`` wrong passwords in a
row a user's logins are refused for ``lockout`` (429, saying until when), the right
password included; a successful login starts the count again. The count and the lock are
kept in the store, so every API process sees them. A name that belongs to nobody has
nothing to lock: it fails as a wrong password does, and says the same, but it is never
refused; so five tries tell a known name from an unknown one (429 against 401), as any
per-account lockout does.

An attacker can thus keep a known user out, a while at a time; the lockout is kept short
(15 minutes by default): it slows guessing to some twenty tries an hour without locking
an officer out for a shift.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, select, update

from polex.access.principal import Principal
from polex.access.roles import Role
from polex.errors import TooManyAttempts
from polex.store.records import utcnow
from polex.store.schema import users

__all__ = ["LoginPolicy", "account_of", "failed", "refuse_if_locked", "succeeded"]


@dataclass(frozen=True)
class LoginPolicy:
    """How many wrong passwords in a row lock an account, and for how long."""

    max_failures: int = 5
    lockout: timedelta = timedelta(minutes=15)


def account_of(conn: Connection, username: str) -> Principal | None:
    """The user a login names, as the audit trail records them (None for nobody)."""
    row = conn.execute(select(users.c.id, users.c.org, users.c.role)
                       .where(users.c.username == username)).first()
    return Principal(username, row.org, Role(row.role), row.id) if row else None


def refuse_if_locked(conn: Connection, username: str) -> None:
    """``TooManyAttempts`` while the user's account waits after failed logins."""
    until = conn.execute(select(users.c.locked_until)
                         .where(users.c.username == username)).scalar()
    if until is not None and until > utcnow():  # (a DateTime column: SQLAlchemy parses it)
        raise TooManyAttempts(
            f"Too many failed logins for this account: try again after "
            f"{until:%Y-%m-%d %H:%M:%S} UTC")


def failed(conn: Connection, username: str, policy: LoginPolicy) -> datetime | None:
    """Count a wrong password for ``username`` (in the caller's write transaction); when
    it is the ``max_failures``-th in a row, lock the account and return until when."""
    conn.execute(update(users).where(users.c.username == username)
                 .values(failed_logins=users.c.failed_logins + 1))
    count = conn.execute(select(users.c.failed_logins)
                         .where(users.c.username == username)).scalar()
    if count is None or count < policy.max_failures:
        return None
    until = utcnow() + policy.lockout
    conn.execute(update(users).where(users.c.username == username)
                 .values(failed_logins=0, locked_until=until))
    return until


def succeeded(conn: Connection, username: str) -> None:
    """A right password: the count of failures starts again."""
    conn.execute(update(users).where(users.c.username == username)
                 .values(failed_logins=0, locked_until=None))
