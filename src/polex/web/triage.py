"""Console pages for image triage: upload a collection, follow the job, read the result.

The upload goes into a triage job (``hub.images``): hashed, looked up among what the
user may see, classed, and deleted when the job ends. The result page shows the summary,
the per-image table and the groups of new near-duplicates, to the uploading user only. No
thumbnails: the hub keeps no picture, and the upload is gone once the job is done.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.datastructures import UploadFile

from polex.access.principal import Principal
from polex.api.limits import BodyTooLarge
from polex.api.uploads import save_files
from polex.errors import AccessDenied, InvalidInput
from polex.images.service import TRIAGERS
from polex.web.pages import PURPOSE
from polex.web.render import ConsoleRoute, redirect, render
from polex.web.session import CSRF_COOKIE, Console, CsrfRefused, hub_of

__all__ = ["router"]

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)

MAX_FILES = 10_000
PAGE = 200
STATUSES = ("exact", "near", "new", "error")


def _require_triager(principal: Principal) -> None:
    if principal.role not in TRIAGERS:
        raise AccessDenied("Image triage is for victim-identification specialists, "
                           "officers and analysts")


@router.get("/images/triage")
def triage_page(request: Request, principal: Console) -> Response:
    """The upload form and the user's own recent jobs."""
    _require_triager(principal)
    return render(request, "triage.html", {
        "principal": principal, "jobs": hub_of(request).images.my_jobs(principal)})


@router.post("/images/triage")
async def start_triage(request: Request, principal: Console) -> Response:
    """Take the uploaded files (or one ZIP), start the job, go to its page."""
    _require_triager(principal)
    images = hub_of(request).images
    try:
        form = await request.form(max_files=MAX_FILES, max_fields=10)
    except BodyTooLarge:
        raise InvalidInput.field("files", "the upload is too large") from None
    try:
        _check_csrf(request, form.get("csrf"))
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
        if not files:
            raise InvalidInput.field("files", "choose image files or a ZIP")
        job, folder = images.new_job(principal, "upload")
        try:
            names = await save_files(files, folder)
        except BaseException:
            images.abandon_job(job, "the upload did not complete")
            raise
    finally:
        await form.close()
    name = names[0] if len(names) == 1 else f"{len(names)} files"
    images.start_job(principal, job, purpose=PURPOSE, name=name)
    return redirect(f"/images/triage/{job}")


@router.get("/images/triage/{job}")
def job_page(
    request: Request, principal: Console, job: str,
    status: Annotated[str, Query(max_length=10)] = "",
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    """Progress while the job runs (the page reloads itself); then the result."""
    _require_triager(principal)
    state = hub_of(request).images.job(principal, job)
    context: dict[str, Any] = {"principal": principal, "job": state, "status": "",
                               "running": state["state"] in ("uploading", "queued", "running")}
    result = state.get("result")
    if result:
        status = status if status in STATUSES else ""
        rows = [r for r in result["rows"] if not status or r["status"] == status]
        context.update(summary=result["summary"], clusters=result["clusters"][:50],
                       rows=rows[offset:offset + PAGE], rows_total=len(rows), status=status,
                       offset=offset, page=PAGE, statuses=STATUSES)
    return render(request, "triage_job.html", context)


def _check_csrf(request: Request, sent: Any) -> None:
    cookie = request.cookies.get(CSRF_COOKIE)
    if not isinstance(sent, str) or not cookie or not hmac.compare_digest(
            sent.encode(), cookie.encode()):
        raise CsrfRefused
