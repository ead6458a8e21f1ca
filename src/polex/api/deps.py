"""Typed dependencies: the hub, the authenticated caller, the stated purpose.

They are ``async def``: FastAPI runs a plain ``def`` dependency on its thread pool, a
hand-over that costs more than these do (the token look-up is one indexed read, and
usually not even that: see ``polex.api.tokens``), on every request.

They read their headers from the request rather than declaring FastAPI ``Header()``
parameters: FastAPI validates each declared parameter through pydantic on every request,
~40-60 µs of CPU for these three, more than a remembered token's whole check. The limits
are checked here, with the same 422 naming the header, and ``polex.api.openapi``
describes the headers (``HEADERS``) in the API's documentation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from polex.access.identities import authenticate_token_until
from polex.access.principal import Principal
from polex.access.roles import Role
from polex.api.tokens import TokenCache
from polex.errors import AccessDenied, InvalidInput, NotAuthenticated
from polex.hub import Hub

__all__ = ["HEADERS", "Asker", "Asking", "Caller", "CurrentHub", "Purpose", "require_role"]

# Header → (its longest accepted value, what it is for): checked here, documented from here.
HEADERS: dict[str, tuple[int | None, str]] = {
    "authorization": (None, "`Bearer <token>`"),
    "x-polex-post": (100, "The checkpoint or post you ask from"),
    "x-polex-purpose": (500, "Why you ask; recorded in the audit trail"),
}


async def get_hub(request: Request) -> Hub:
    """The hub this app serves."""
    return request.app.state.hub


CurrentHub = Annotated[Hub, Depends(get_hub)]


def header(request: Request, name: str) -> str | None:
    """The value of header ``name`` (one of ``HEADERS``), or None; 422 if it is too long."""
    value = request.headers.get(name)
    longest = HEADERS[name][0]
    if value is not None and longest is not None and len(value) > longest:
        raise InvalidInput.field(name, f"String should have at most {longest} characters")
    return value


async def get_principal(request: Request) -> Principal:
    """The caller, from ``Authorization: Bearer <token>``; 401 without a valid token."""
    x_polex_post = header(request, "x-polex-post")
    scheme, _, token = (header(request, "authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticated("Send 'Authorization: Bearer <token>' (get one with "
                               "'polex token create' or POST /api/v1/auth/login)")
    token = token.strip()
    cache: TokenCache = request.app.state.token_cache
    principal = cache.get(token)
    if principal is None:
        # A read: it must not queue behind writers for SQLite's write lock.
        hub: Hub = request.app.state.hub
        with hub.engine.connect() as conn:
            principal, expires = authenticate_token_until(conn, token)
        cache.put(token, principal, expires)
    if x_polex_post:
        principal = Principal(**{**principal.__dict__, "post": x_polex_post})
    return principal


Caller = Annotated[Principal, Depends(get_principal)]


async def get_purpose(request: Request) -> str | None:
    """Why the caller asks (``X-Polex-Purpose``), recorded in the audit trail."""
    return header(request, "x-polex-purpose")


Purpose = Annotated[str | None, Depends(get_purpose)]


@dataclass(frozen=True, slots=True)
class Asking:
    """Who asks of which hub, and why: what every search needs, as one dependency.

    FastAPI resolves each dependency on every request at a cost of its own, beyond the
    dependency's work (its cache key, scopes, signature checks: with three, resolving
    was a third of a search request's time on the event loop, by py-spy); the searches
    are the hub's bulk traffic, so theirs are one.
    """

    hub: Hub
    caller: Principal
    purpose: str | None


async def get_asking(request: Request) -> Asking:
    """The hub, the authenticated caller and the stated purpose of a request."""
    return Asking(request.app.state.hub, await get_principal(request),
                  header(request, "x-polex-purpose"))


Asker = Annotated[Asking, Depends(get_asking)]


def require_role(*roles: Role):
    """A dependency that admits only callers in one of ``roles``."""

    async def check(principal: Caller) -> Principal:
        if principal.role not in roles:
            allowed = ", ".join(roles)
            raise AccessDenied(f"This needs the role {allowed}; you are {principal.role}")
        return principal

    return Depends(check)
