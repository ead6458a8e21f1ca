"""The search page: one free-text box (anything, an MRZ included) and an advanced person
search; ranked hits with their score, the action to take and why they matched.

Searches are POSTed (with the CSRF token), not sent in the URL: names, dates of birth and
document numbers stay out of access logs and browser history. Every search goes through
``hub.search`` (gated and audited, purpose ``console``); the page shows only what the
service returns for the caller's role: frontline users get hit or no hit, the action and
the hit view, officers and analysts the records and a link to each.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from polex.access.principal import Principal
from polex.access.roles import Role
from polex.errors import InvalidInput
from polex.search.query import person_query
from polex.web import explain
from polex.web.pages import PURPOSE
from polex.web.render import ConsoleRoute, render
from polex.web.session import Console, FormData, hub_of

__all__ = ["SEARCHERS", "router"]

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)

SEARCHERS = frozenset({Role.frontline, Role.officer, Role.analyst})
FULL_ACCESS = frozenset({Role.officer, Role.analyst})
LIMIT = 10
PERSON_FIELDS = ("name", "birth_date", "nationality", "sex")
SEXES = [("", "Unknown"), ("M", "Male"), ("F", "Female"), ("X", "Unspecified (X)")]
MAX_LENGTHS = {"q": 500, "name": 300, "birth_date": 10, "nationality": 64, "sex": 10}


def _not_a_searcher(request: Request, principal: Principal) -> Response | None:
    if principal.role in SEARCHERS:
        return None
    if principal.role == Role.imagery:  # images are matched by image triage
        return render(request, "no_search.html", {"principal": principal, "what": "search"})
    return render(request, "no_content.html", {"principal": principal})


def _page(request: Request, principal: Principal, *, mode: str = "text",
          values: dict[str, str] | None = None, errors: dict[str, list[str]] | None = None,
          result: dict[str, Any] | None = None, status_code: int = 200) -> Response:
    full = principal.role in FULL_ACCESS
    hits = [explain.hit_view(h, full_access=full) for h in (result or {}).get("hits", [])]
    return render(request, "search.html", {
        "principal": principal, "mode": mode, "values": values or {},
        "errors": errors or {}, "sexes": SEXES, "searched": result is not None,
        "any_hit": bool(result and result.get("hit")), "hits": hits,
        "read_as": explain.read_as_text(result.get("read_as")) if result and
        "read_as" in result else "",
        "threshold": explain.percent((result or {}).get("threshold", 0.7)),
        "frontline": principal.role == Role.frontline, "full_access": full,
    }, status_code)


@router.get("/search")
def search_page(request: Request, principal: Console) -> Response:
    """The empty search forms."""
    if page := _not_a_searcher(request, principal):
        return page
    return _page(request, principal)


@router.post("/search")
def search(request: Request, principal: Console, form: FormData) -> Response:
    """Run a free-text or person search; the page again with the hits, or with the errors
    next to their fields and what was typed kept."""
    if page := _not_a_searcher(request, principal):
        return page
    mode = "person" if form.get("mode") == "person" else "text"
    fields = PERSON_FIELDS if mode == "person" else ("q",)
    values = {name: form.get(name, "")[:MAX_LENGTHS[name] + 100] for name in fields}
    search = hub_of(request).search
    try:
        if mode == "person":
            query = person_query(*(values[name] for name in PERSON_FIELDS))
            result = search.persons(principal, query, limit=LIMIT, purpose=PURPOSE)
        else:
            result = search.text(principal, values["q"], limit=LIMIT, purpose=PURPOSE)
    except InvalidInput as exc:
        return _page(request, principal, mode=mode, values=values,
                     errors=_slots(exc, fields), status_code=exc.status)
    return _page(request, principal, mode=mode, values=values, result=result)


def _slots(exc: InvalidInput, fields: tuple[str, ...]) -> dict[str, list[str]]:
    """Each error next to its field; an error on a field the form lacks (the name read
    from free text, say) goes next to the form's first field."""
    slots: dict[str, list[str]] = {}
    for error in exc.errors or []:
        if error.field in fields:  # "q" itself, or the person form's own fields
            slots.setdefault(error.field, []).append(error.reason)
        else:
            what = error.field.replace("_", " ")
            if fields[0] != "q":
                reason = f"{what}: {error.reason}"
            elif error.field in PERSON_FIELDS:
                reason = (f"read as a name and date of birth, but the {what} is not valid: "
                          f"{error.reason}")
            else:
                reason = f"read as a {what}, but it is not valid: {error.reason}"
            slots.setdefault(fields[0], []).append(reason)
    if not slots:
        slots[fields[0]] = [exc.detail]
    return slots
