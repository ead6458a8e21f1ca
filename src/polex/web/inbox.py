"""The notifications inbox: which other countries hit your organisation's records, when,
from which post, on what, with what score; marking them read. And the unread count the
header shows officers and analysts on every page.

Reads and marks go through ``hub.search.inbox`` and ``hub.search.mark_read`` (gated by
role, and the inbox read is audited).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from polex.access.principal import Principal
from polex.access.roles import Role
from polex.errors import PolexError
from polex.web import display, explain
from polex.web.render import TEMPLATES, ConsoleRoute, redirect, render
from polex.web.session import Console, FormData, hub_of

__all__ = ["INBOX_ROLES", "router", "unread_count"]

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)

INBOX_ROLES = frozenset({Role.officer, Role.analyst})
PAGE_SIZE = 50
COUNT_CAP = 100  # the header says "99+" beyond
MAX_IDS = 1000


def unread_count(request: Request, principal: Principal | None) -> str:
    """The header's unread figure ('' for none, '99+' beyond 99), once per request."""
    if principal is None or getattr(principal, "role", None) not in INBOX_ROLES:
        return ""
    cached = getattr(request.state, "unread_count", None)
    if cached is None:
        try:
            cached = hub_of(request).search.unread_count(principal)
        except PolexError:  # the header must never break a page
            cached = 0
        request.state.unread_count = cached
    if cached == 0:
        return ""
    return "99+" if cached >= COUNT_CAP else str(cached)


TEMPLATES.env.globals["unread_count"] = unread_count


def _item_view(item: dict[str, Any]) -> dict[str, Any]:
    matched = item.get("matched") or {}
    fields = [explain.FIELD_LABELS.get(f, display.label(f)) for f in matched.get("fields") or []]
    record_id = str(item.get("record_id") or "")
    return {
        "id": item.get("id"), "record_id": record_id, "short_id": record_id[:8],
        "searcher_org": item.get("searcher_org") or "", "searcher_user": item.get("searcher_user"),
        "post": item.get("post"), "at": display.stamp(item.get("at")),
        "score": explain.percent(float(item.get("score") or 0.0)),
        "fields": fields, "searched": _query_text(matched.get("query")),
        "read_at": display.stamp(item.get("read_at")) if item.get("read_at") else "",
    }


def _query_text(query: Any) -> str:
    """What the other country searched for, in a line."""
    if not isinstance(query, dict):
        return ""
    if "q" in query:
        return " ".join(str(query["q"]).split())
    if "identifier" in query:
        kind = str(query.get("identifier") or "").split(":")[-1]
        label = explain.FIELD_LABELS.get(kind, display.label(kind))
        country = f" ({query['country']})" if query.get("country") else ""
        return f"{label}: {query.get('value', '')}{country}"
    bits = [n.get("full", "") for n in query.get("names") or [] if isinstance(n, dict)]
    bits += [str(d) for d in query.get("birth_dates") or []]
    bits += [str(c) for c in query.get("nationalities") or []]
    if query.get("sex"):
        bits.append(display.sex_text(query["sex"]).lower())
    return ", ".join(b for b in bits if b)


def _no_inbox(request: Request, principal: Principal) -> Response:
    if principal.role == Role.imagery:
        return render(request, "no_search.html", {"principal": principal,
                                                  "what": "notifications"})
    return render(request, "no_content.html", {"principal": principal})


@router.get("/notifications")
def notifications_page(
    request: Request, principal: Console,
    unread: Annotated[str, Query(max_length=1)] = "",
    before: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    """Your organisation's notifications: unread first, then read, newest first in each."""
    if principal.role not in INBOX_ROLES:
        return _no_inbox(request, principal)
    unread_only = unread == "1"
    items = hub_of(request).search.inbox(principal, unread_only=unread_only,
                                         before_id=before, limit=PAGE_SIZE)
    older = items[-1]["id"] if len(items) == PAGE_SIZE else None
    views = [_item_view(i) for i in items]
    views.sort(key=lambda v: bool(v["read_at"]))  # stable: newest first within each
    shown_unread = [v["id"] for v in views if not v["read_at"]]
    return render(request, "notifications.html", {
        "principal": principal, "items": views, "unread_only": unread_only,
        "older": older, "paged": before is not None, "before": before,
        "shown_unread": ",".join(str(i) for i in shown_unread),
        "marked": request.query_params.get("marked"),
    })


@router.post("/notifications/read")
def mark_read(request: Request, principal: Console, form: FormData) -> Response:
    """Mark the notifications named in ``ids`` (comma-separated) as read; back to the inbox."""
    if principal.role not in INBOX_ROLES:
        return _no_inbox(request, principal)
    ids = []
    for text in form.get("ids", "").split(",")[:MAX_IDS]:
        if text.strip().isdigit():
            ids.append(int(text))
    marked = hub_of(request).search.mark_read(principal, ids) if ids else 0
    back = {"unread": "1"} if form.get("unread") == "1" else {}
    if form.get("before", "").isdigit():
        back["before"] = form["before"]
    query = "&".join(f"{k}={v}" for k, v in {**back, "marked": str(marked)}.items())
    return redirect(f"/notifications?{query}")
