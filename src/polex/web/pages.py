"""Console pages: log in, log out, the home page (your records, shared records), a record."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from polex.access.principal import Principal
from polex.access.roles import CONTENT_READERS, RECORD_WRITERS, Role
from polex.errors import NotAuthenticated, TooManyAttempts
from polex.web import display
from polex.web.render import ConsoleRoute, redirect, render
from polex.web.session import (
    Console,
    FormData,
    LoginRequired,
    clear_session,
    current_principal,
    hub_of,
    set_session,
)

__all__ = ["PURPOSE", "role_page", "router"]

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)

PURPOSE = "console"
PAGE_SIZE = 25


def role_page(request: Request, principal: Principal) -> Response | None:
    """The page for roles that do not browse record content (None for those who do):
    frontline users go to the search page, the others get a page that says so."""
    if principal.role in CONTENT_READERS:
        return None
    if principal.role == Role.frontline:  # frontline users check; they do not browse
        return redirect("/search")
    return render(request, "no_content.html", {"principal": principal})


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


@router.get("/login")
def login_page(request: Request, next: Annotated[str, Query(max_length=500)] = "/"
               ) -> Response:
    """The login form."""
    return render(request, "login.html", {"next": _safe_next(next), "username": ""})


@router.post("/login")
def login(request: Request, form: FormData) -> Response:
    """Check a username and password; on success, set the session cookie and go on."""
    hub = hub_of(request)
    username = form.get("username", "").strip()[:100]
    target = _safe_next(form.get("next"))
    try:
        token = hub.login(username, form.get("password", "")[:200])
    except NotAuthenticated:
        return render(request, "login.html", {
            "next": target, "username": username,
            "error": "Unknown username or wrong password.",
        }, status_code=401)
    except TooManyAttempts as refused:
        return render(request, "login.html", {
            "next": target, "username": username, "error": f"{refused.detail}.",
        }, status_code=429)
    response = redirect(target)
    set_session(request, response, str(token), hub.settings.session_hours * 3600)
    return response


@router.post("/logout")
def logout(request: Request, form: FormData) -> Response:
    """End the session: revoke its token and clear the cookies."""
    del form  # only its CSRF check matters
    try:
        principal = current_principal(request)
    except LoginRequired:  # already logged out or expired: just clear the cookies
        principal = None
    if principal is not None and principal.token_id:
        hub_of(request).revoke_token(principal, principal.token_id)
    response = redirect("/login?logged_out=1")
    clear_session(request, response)
    return response


@router.get("/")
def home(
    request: Request, principal: Console,
    tab: Annotated[str, Query(max_length=10)] = "ours",
    kind: Annotated[str, Query(max_length=30)] = "",
    cursor: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    """Who you are, and the records you may see: your organisation's, or all shared."""
    if page := role_page(request, principal):
        return page
    tab = tab if tab in ("ours", "shared") else "ours"
    kind = kind if kind in display.KIND_LABELS else ""
    page = hub_of(request).records.list(
        principal, kind=kind or None, owner=principal.org if tab == "ours" else None,
        limit=PAGE_SIZE, cursor=cursor or None, purpose=PURPOSE)
    return render(request, "home.html", {
        "principal": principal, "tab": tab, "kind": kind, "items": page.items,
        "next_cursor": page.next_cursor, "paged": bool(cursor),
        "can_write": principal.role in RECORD_WRITERS,
    })


@router.get("/records/{record_id}")
def record_page(request: Request, principal: Console, record_id: str) -> Response:
    """One record, as its owner's sharing lets the caller see it."""
    if page := role_page(request, principal):
        return page
    record = hub_of(request).records.get(principal, record_id, purpose=PURPOSE)
    owned = record.get("owner") == principal.org
    return render(request, "record.html", {
        "principal": principal, "record": record, "owned": owned,
        "can_edit": owned and principal.role in RECORD_WRITERS,
        "sharing_text": display.sharing_text(record.get("sharing"), owned=owned),
        "other_fields": display.other_fields(record),
        "saved": request.query_params.get("saved") == "1",
    })
