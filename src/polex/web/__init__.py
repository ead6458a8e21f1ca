"""The web console: log in, browse your organisation's records and those shared with it,
open a record, create and edit your own.

Server-rendered HTML (Jinja2, autoescaped) and one stylesheet, all served by the hub: no
CDN, no inline script or style, so the API's Content-Security-Policy holds. Every read and
write goes through ``hub.records`` (gated and audited, purpose ``console``).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

__all__ = ["mount"]

STATIC = Path(__file__).parent / "static"


def mount(app: FastAPI) -> None:
    """Add the console's pages and its static files (under ``/static/``) to ``app``."""
    from polex.web import editing, inbox, pages, searching, triage

    app.include_router(editing.router)  # first: /records/new before /records/{record_id}
    app.include_router(pages.router)
    app.include_router(searching.router)
    app.include_router(inbox.router)
    app.include_router(triage.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
