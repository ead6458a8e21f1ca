"""Rendering console pages: the Jinja2 templates, and a route class that turns errors into
pages (a login redirect, a 403 for a bad CSRF token, a readable page for polex errors)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from polex.errors import PolexError
from polex.web import display
from polex.web.session import CsrfRefused, LoginRequired, csrf_token, remember_csrf

__all__ = ["TEMPLATES", "ConsoleRoute", "error_page", "redirect", "render"]

# Autoescape everything: record content is untrusted text, whatever the template's name.
_ENV = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                   autoescape=True)
TEMPLATES = Jinja2Templates(env=_ENV)
TEMPLATES.env.globals.update(kind_labels=display.KIND_LABELS)
TEMPLATES.env.filters.update(
    label=display.label, country=display.country, script_name=display.script_name,
    sex_text=display.sex_text, stamp=display.stamp, value_text=display.value_text,
    headline=display.headline, fid=display.element_id,
)


def render(request: Request, template: str, context: dict[str, Any] | None = None,
           status_code: int = 200) -> HTMLResponse:
    """A page from ``template``, with the CSRF token every form needs."""
    data = {"csrf": csrf_token(request), **(context or {})}
    response = TEMPLATES.TemplateResponse(request, template, data, status_code=status_code)
    # Record content must not linger in caches or come back with the Back button after logout.
    response.headers["Cache-Control"] = "no-store"
    remember_csrf(request, response)
    return response


def redirect(url: str) -> RedirectResponse:
    """See Other: where a browser goes after a form or without a session."""
    return RedirectResponse(url, status_code=303)


def error_page(request: Request, status: int, title: str, detail: str,
               principal: Any = None) -> HTMLResponse:
    """A plain page explaining what went wrong."""
    return render(request, "error.html", {"title": title, "detail": detail,
                                          "principal": principal}, status)


class ConsoleRoute(APIRoute):
    """A route whose errors become pages, not the API's problem+json."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def console_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except LoginRequired as exc:
                return redirect(f"/login?next={quote(exc.next_path, safe='/')}")
            except CsrfRefused:
                return error_page(request, 403, "Form expired",
                                  "This form could not be accepted (its security token did "
                                  "not match). Reload the page and try again.")
            except PolexError as exc:
                title = {404: "Not found", 403: "Not allowed"}.get(exc.status, exc.title)
                return error_page(request, exc.status, title, exc.detail)

        return console_handler
