"""Typed dependencies: the hub, the authenticated caller, the stated purpose.

They are ``async def``: FastAPI runs a plain ``def`` dependency on its thread pool, a
hand-over that costs more than these do (the token look-up is one indexed read, and
usually not even that: see ``polex.api.tokens``), on every request.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request

from polex.access.identities import authenticate_token_until
from polex.access.principal import Principal
from polex.access.roles import Role
from polex.api.tokens import TokenCache
from polex.errors import AccessDenied, NotAuthenticated
from polex.hub import Hub

__all__ = ["Caller", "CurrentHub", "Purpose", "require_role"]


async def get_hub(request: Request) -> Hub:
    """The hub this app serves."""
    return request.app.state.hub


CurrentHub = Annotated[Hub, Depends(get_hub)]


async def get_principal(
    request: Request,
    hub: CurrentHub,
    authorization: Annotated[str | None, Header()] = None,
    x_polex_post: Annotated[str | None, Header(max_length=100)] = None,
) -> Principal:
    """The caller, from ``Authorization: Bearer <token>``; 401 without a valid token."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticated("Send 'Authorization: Bearer <token>' (get one with "
                               "'polex token create' or POST /api/v1/auth/login)")
    token = token.strip()
    cache: TokenCache = request.app.state.token_cache
    principal = cache.get(token)
    if principal is None:
        # A read: it must not queue behind writers for SQLite's write lock.
        with hub.engine.connect() as conn:
            principal, expires = authenticate_token_until(conn, token)
        cache.put(token, principal, expires)
    if x_polex_post:
        principal = Principal(**{**principal.__dict__, "post": x_polex_post})
    return principal


Caller = Annotated[Principal, Depends(get_principal)]


async def get_purpose(
    x_polex_purpose: Annotated[str | None, Header(max_length=500)] = None,
) -> str | None:
    """Why the caller asks (``X-Polex-Purpose``), recorded in the audit trail."""
    return x_polex_purpose


Purpose = Annotated[str | None, Depends(get_purpose)]


def require_role(*roles: Role):
    """A dependency that admits only callers in one of ``roles``."""

    async def check(principal: Caller) -> Principal:
        if principal.role not in roles:
            allowed = ", ".join(roles)
            raise AccessDenied(f"This needs the role {allowed}; you are {principal.role}")
        return principal

    return Depends(check)
