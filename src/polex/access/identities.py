"""Organisations, users and API tokens: creating them and authenticating callers.

A token is ``plx_<id>_<secret>``; only the SHA-256 of the whole token is stored (the
secret has 256 bits of entropy, so a slow hash adds nothing). Console logins exchange a
password (argon2id) for a short-lived token kept in an HTTP-only cookie.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import Connection, select, update

from polex.access.passwords import hash_password, verify_password
from polex.access.principal import Principal
from polex.access.roles import Role
from polex.errors import Conflict, InvalidInput, NotAuthenticated, NotFound
from polex.normalize.countries import member_countries
from polex.store.dialect import fast_rows, insert_ignore
from polex.store.records import utcnow
from polex.store.schema import orgs, tokens, users

__all__ = [
    "HUB",
    "TOKEN_EXPIRED",
    "IssuedToken",
    "add_user",
    "authenticate_token",
    "authenticate_token_until",
    "check_password",
    "ensure_orgs",
    "issue_token",
    "revoke_token",
]

HUB = "HUB"


def ensure_orgs(conn: Connection) -> None:
    """Make sure every ISO 3166 member country and the hub exist as organisations."""
    rows = [{"code": code, "name": name, "org_type": "bureau", "active": True}
            for code, name in member_countries()]
    rows.append({"code": HUB, "name": "The hub", "org_type": "hub", "active": True})
    insert_ignore(conn, orgs, rows)


def org_exists(conn: Connection, code: str) -> bool:
    """True when ``code`` is a known organisation."""
    return conn.execute(select(orgs.c.code).where(orgs.c.code == code)).first() is not None


def list_orgs(conn: Connection) -> list[dict[str, object]]:
    """Every organisation, by code."""
    return [dict(r) for r in conn.execute(select(orgs).order_by(orgs.c.code)).mappings()]


def user_of(conn: Connection, username: str) -> tuple[str, str] | None:
    """(organisation, role) of a user, or None when there is no such user."""
    row = conn.execute(select(users.c.org, users.c.role)
                       .where(users.c.username == username)).first()
    return (row.org, row.role) if row else None


def add_user(
    conn: Connection, username: str, org: str, role: str, password: str | None = None,
    display_name: str | None = None,
) -> int:
    """Create a user; the new user's id. Refuses unknown organisations, roles and duplicates."""
    if role not in Role.__members__:
        raise InvalidInput.field("role", f"{role!r} is not a role (one of: {', '.join(Role)})")
    if not org_exists(conn, org):
        raise InvalidInput.field("org", f"{org!r} is not a known organisation")
    if password is not None and len(password) < 10:
        raise InvalidInput.field("password", "must be at least 10 characters")
    if conn.execute(select(users.c.id).where(users.c.username == username)).first():
        raise Conflict(f"A user named {username!r} already exists")
    result = conn.execute(users.insert().values(
        username=username, org=org, role=role, display_name=display_name,
        password_hash=hash_password(password) if password else None, active=True,
        created_at=utcnow(),
    ))
    return int(result.inserted_primary_key[0])


class IssuedToken(str):
    """A freshly issued bearer token (shown once); ``token_id`` names it for revocation."""

    token_id: str
    expires_at: datetime


def issue_token(conn: Connection, username: str, *, lifetime: timedelta,
                label: str | None = None) -> IssuedToken:
    """Issue a bearer token for a user, valid for ``lifetime``."""
    user = conn.execute(select(users).where(users.c.username == username)).mappings().first()
    if user is None or not user["active"]:
        raise NotFound(f"No active user named {username!r}")
    token_id = secrets.token_hex(8)
    token = IssuedToken(f"plx_{token_id}_{secrets.token_urlsafe(32)}")
    token.token_id, token.expires_at = token_id, utcnow() + lifetime
    conn.execute(tokens.insert().values(
        id=token_id, user_id=user["id"], token_hash=_digest(token), label=label,
        created_at=utcnow(), expires_at=token.expires_at,
    ))
    return token


def authenticate_token(conn: Connection, token: str) -> Principal:
    """The principal a bearer token stands for; ``NotAuthenticated`` if invalid or expired."""
    return authenticate_token_until(conn, token)[0]


def authenticate_token_until(conn: Connection, token: str) -> tuple[Principal, datetime]:
    """The principal a bearer token stands for and when the token expires (naive UTC, as
    ``utcnow``); ``NotAuthenticated`` if invalid, revoked or expired."""
    rows = fast_rows(conn, _TOKEN_OWNER, (_digest(token),))
    if not rows or not rows[0][4]:
        raise NotAuthenticated("The token is not valid")
    user_id, username, org, role, _active, token_id, expires_at, revoked_at = rows[0]
    if revoked_at is not None:
        raise NotAuthenticated("The token has been revoked")
    expires = _stored_time(expires_at)
    if expires <= utcnow():
        raise NotAuthenticated(TOKEN_EXPIRED)
    return Principal(username, org, Role(role), user_id, token_id), expires


TOKEN_EXPIRED = "The token has expired; log in again or ask for a new one"


# Every API request authenticates: one indexed read on the driver's cursor.
_TOKEN_OWNER = (
    "SELECT users.id, users.username, users.org, users.role, users.active, tokens.id, "
    "tokens.expires_at, tokens.revoked_at FROM tokens JOIN users ON users.id = tokens.user_id "
    "WHERE tokens.token_hash = ?"
)


def _stored_time(value: datetime | str) -> datetime:
    # PostgreSQL's driver gives datetimes; SQLite keeps them as ISO text.
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def check_password(conn: Connection, username: str, password: str) -> None:
    """``NotAuthenticated`` unless the user exists, is active, and the password is right."""
    row = conn.execute(select(users).where(users.c.username == username)).mappings().first()
    stored = row["password_hash"] if row and row["active"] else None
    if not verify_password(stored, password):
        raise NotAuthenticated("Unknown username or wrong password")


def revoke_token(conn: Connection, token_id: str, principal: Principal) -> None:
    """Revoke a token: one's own, or any token when the caller is an administrator."""
    row = conn.execute(select(tokens.c.user_id).where(tokens.c.id == token_id)).first()
    if row is None or (principal.role != Role.admin and row.user_id != principal.user_id):
        raise NotFound(f"No token {token_id} of yours")
    conn.execute(update(tokens).where(tokens.c.id == token_id).values(revoked_at=utcnow()))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
