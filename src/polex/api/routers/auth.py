"""Logging in, logging out, who am I, and API tokens."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from polex.access.roles import Role
from polex.api.deps import Caller, CurrentHub
from polex.errors import AccessDenied

router = APIRouter(prefix="/api/v1", tags=["identity"])


class LoginIn(BaseModel):
    username: Annotated[str, Field(min_length=1, max_length=100)]
    password: Annotated[str, Field(min_length=1, max_length=200)]


class TokenIn(BaseModel):
    username: Annotated[str | None, Field(max_length=100)] = None
    days: Annotated[int, Field(ge=1, le=365)] = 90
    label: Annotated[str | None, Field(max_length=100)] = None


@router.post("/auth/login")
def login(hub: CurrentHub, body: LoginIn) -> dict[str, Any]:
    """Exchange a username and password for a bearer token (a console session)."""
    token = hub.login(body.username, body.password)
    return {"token": str(token), "token_id": token.token_id,
            "expires_at": token.expires_at.isoformat() + "Z"}


@router.get("/me")
def me(caller: Caller) -> dict[str, Any]:
    """Who the token stands for: user, organisation and role."""
    return {"username": caller.username, "org": caller.org, "role": caller.role,
            "token_id": caller.token_id}


@router.post("/tokens", status_code=201)
def create_token(hub: CurrentHub, caller: Caller, body: TokenIn) -> dict[str, Any]:
    """A new bearer token: for yourself, or (administrators) for any user."""
    username = body.username or caller.username
    if username != caller.username and caller.role != Role.admin:
        raise AccessDenied("Only administrators issue tokens for other users")
    token = hub.issue_token(username, days=body.days, label=body.label, by=caller)
    return {"token": str(token), "token_id": token.token_id,
            "expires_at": token.expires_at.isoformat() + "Z"}


@router.delete("/tokens/{token_id}", status_code=204)
def revoke_token(request: Request, hub: CurrentHub, caller: Caller, token_id: str) -> None:
    """Revoke a token (``/tokens/current`` for the one you are using): it stops working now
    on this server process, and within a second on the others (see ``polex.api.tokens``)."""
    token_id = caller.token_id if token_id == "current" else token_id
    hub.revoke_token(caller, token_id)
    request.app.state.token_cache.forget(token_id)
