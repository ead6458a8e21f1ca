"""Console sessions: the session cookie, the CSRF double-submit token, the current user.

The session cookie (``polex_session``) holds the token ``Hub.login`` issued; it is
HTTP-only, SameSite=Strict and scoped to the whole site. Every POST form carries a hidden
``csrf`` field that must equal the ``polex_csrf`` cookie (double submit); the cookie is
set on the first page a browser sees.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import Depends, Request, Response

from polex.access.identities import authenticate_token
from polex.access.principal import Principal
from polex.errors import NotAuthenticated
from polex.hub import Hub

__all__ = [
    "CSRF_COOKIE",
    "SESSION_COOKIE",
    "Console",
    "CsrfRefused",
    "FormData",
    "LoginRequired",
    "clear_session",
    "csrf_token",
    "set_session",
]

SESSION_COOKIE = "polex_session"
CSRF_COOKIE = "polex_csrf"
CSRF_FIELD = "csrf"
MAX_FIELDS = 400


class LoginRequired(Exception):
    """No valid session: the console answers with a redirect to the login page."""

    def __init__(self, next_path: str = "/") -> None:
        super().__init__(next_path)
        self.next_path = next_path


class CsrfRefused(Exception):
    """A POST whose ``csrf`` field does not match the ``polex_csrf`` cookie (403)."""


def hub_of(request: Request) -> Hub:
    """The hub the app serves."""
    return request.app.state.hub


def csrf_token(request: Request) -> str:
    """The browser's CSRF token: its cookie's value, or a fresh one (set by ``render``)."""
    existing = request.cookies.get(CSRF_COOKIE, "")
    if len(existing) >= 32:
        return existing
    fresh = getattr(request.state, "new_csrf", None)
    if fresh is None:
        fresh = secrets.token_urlsafe(32)
        request.state.new_csrf = fresh
    return fresh


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def remember_csrf(request: Request, response: Response) -> None:
    """Set the CSRF cookie on ``response`` when this request had to make a new token."""
    fresh = getattr(request.state, "new_csrf", None)
    if fresh:
        response.set_cookie(CSRF_COOKIE, fresh, httponly=True, samesite="strict", path="/",
                            secure=_secure(request))


def set_session(request: Request, response: Response, token: str, max_age: int) -> None:
    """Store a session token in the HTTP-only, SameSite=Strict session cookie."""
    response.set_cookie(SESSION_COOKIE, token, max_age=max_age, httponly=True,
                        samesite="strict", path="/", secure=_secure(request))


def clear_session(request: Request, response: Response) -> None:
    """Remove the session cookie (and start a new CSRF token with the next page)."""
    for name in (SESSION_COOKIE, CSRF_COOKIE):
        response.delete_cookie(name, path="/", httponly=True, samesite="strict",
                               secure=_secure(request))


def current_principal(request: Request) -> Principal:
    """The logged-in user, from the session cookie; ``LoginRequired`` when there is none."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise LoginRequired(_here(request))
    # A read: no write lock just to check who is calling.
    with hub_of(request).engine.connect() as conn, conn.begin():
        try:
            return authenticate_token(conn, token)
        except NotAuthenticated:
            raise LoginRequired(_here(request)) from None


def _here(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


async def checked_form(request: Request) -> dict[str, str]:
    """The POSTed form as text fields, after the CSRF double-submit check."""
    form = await request.form(max_fields=MAX_FIELDS, max_files=0)
    sent = form.get(CSRF_FIELD)
    cookie = request.cookies.get(CSRF_COOKIE)
    if not isinstance(sent, str) or not cookie or not hmac.compare_digest(
            sent.encode(), cookie.encode()):
        raise CsrfRefused
    return {key: value for key, value in form.multi_items()
            if isinstance(value, str) and key != CSRF_FIELD}


Console = Annotated[Principal, Depends(current_principal)]
"""The logged-in console user (redirects to the login page otherwise)."""

FormData = Annotated[dict[str, str], Depends(checked_form)]
"""A POSTed form that passed the CSRF check."""
