"""Images: triage a seized collection (a background job), register known material.

Uploads are ``multipart/form-data`` (``files``: images or one ZIP) or a raw
``application/zip`` body, limited by ``POLEX_MAX_UPLOAD_BYTES`` instead of the API's
general body limit. A triage upload is kept only until its job ends; the result only for
the user who uploaded it, until it expires (``POLEX_TRIAGE_KEEP_HOURS``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from polex.api.deps import Caller, CurrentHub, Purpose
from polex.api.limits import BodyTooLarge
from polex.api.uploads import clean_name, save_files
from polex.errors import FieldError, InvalidInput, PolexError
from polex.images.service import Metadata

router = APIRouter(prefix="/api/v1/images", tags=["images"])

TRIAGE_PATH = "/api/v1/images/triage"
REGISTER_PATH = "/api/v1/images/register"
UPLOAD_PATHS = (TRIAGE_PATH, REGISTER_PATH)
MAX_FILES = 10_000  # per multipart upload; ZIP larger collections
STATUSES = ("exact", "near", "new", "error")

_UPLOAD_DOC = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                  "description": "Image files, or one ZIP of a collection"}}}},
    "application/zip": {"schema": {"type": "string", "format": "binary"}},
}}}
_REGISTER_DOC = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                  "description": "Image files or one ZIP (hashed: PDQ, quality, SHA-256, "
                                 "MD5)"},
        "list": {"type": "string", "format": "binary",
                 "description": "A hash list (CSV or JSON) instead of files"},
        "series": {"type": "string"}, "case": {"type": "string"},
        "category": {"type": "string"},
        "victim_status": {"type": "string", "enum": ["unidentified", "identified"]},
        "notes": {"type": "string"}, "review_date": {"type": "string", "format": "date"},
        "sharing_mode": {"type": "string", "enum": ["all", "only", "except"]},
        "sharing_countries": {"type": "string", "description": "Comma-separated"},
        "frontline": {"type": "boolean"}}}},
}}}


@router.post("/triage", status_code=202, openapi_extra=_UPLOAD_DOC)
async def start_triage(request: Request, hub: CurrentHub, caller: Caller, purpose: Purpose
                       ) -> JSONResponse:
    """Upload a collection and start triaging it; poll ``GET /images/triage/{job}``.

    Every image is hashed (EXIF orientation applied), looked up among the known material
    the caller may see, and classed exact / near / new; unreadable files are rows with an
    error. Example: ``curl -F files=@seized.zip -H "Authorization: Bearer $T" …``
    """
    job, folder = hub.images.new_job(caller, _upload_name(request))
    try:
        names = await _receive(request, folder)
        if not names:
            raise InvalidInput.field("files", "send at least one file")
    except BodyTooLarge:
        hub.images.abandon_job(job, "the upload is too large")
        raise _too_large(hub) from None
    except BaseException as exc:
        hub.images.abandon_job(job, str(exc) if isinstance(exc, PolexError) else
                               "the upload did not complete")
        raise
    name = names[0] if len(names) == 1 else f"{len(names)} files"
    state = hub.images.start_job(caller, job, purpose=purpose, name=name)
    return JSONResponse({"job": job, "state": state["state"],
                         "href": f"{TRIAGE_PATH}/{job}"}, status_code=202,
                        headers={"Location": f"{TRIAGE_PATH}/{job}"})


@router.get("/triage")
def list_triage_jobs(hub: CurrentHub, caller: Caller) -> dict[str, Any]:
    """The caller's own triage jobs, newest first (results expire)."""
    return {"items": hub.images.my_jobs(caller)}


@router.get("/triage/{job}")
def triage_job(hub: CurrentHub, caller: Caller, job: str,
               offset: Annotated[int, Query(ge=0)] = 0,
               limit: Annotated[int, Query(ge=1, le=5000)] = 500,
               status: Annotated[str | None, Query(max_length=10)] = None) -> dict[str, Any]:
    """A job's progress (``done`` of ``total``); once ``done``, the summary, a page of the
    per-image table (``offset``, ``limit``, ``status`` = exact|near|new|error) and the
    clusters of new near-duplicates. Only the user who started it may read it."""
    if status is not None and status not in STATUSES:
        raise InvalidInput.field("status", f"must be one of {', '.join(STATUSES)}")
    state = hub.images.job(caller, job)
    result = state.get("result")
    if result:
        rows = [r for r in result["rows"] if status is None or r["status"] == status]
        result["rows_total"] = len(rows)
        result["rows"] = rows[offset:offset + limit]
    return state


@router.post("/register", openapi_extra=_REGISTER_DOC)
async def register(request: Request, hub: CurrentHub, caller: Caller, purpose: Purpose
                   ) -> dict[str, Any]:
    """Register known material owned by the caller's organisation: image files (or a ZIP)
    or an exchanged hash list, with series, case, category, victim status, notes and
    sharing. Idempotent: the same file (SHA-256) or list entry updates its record."""
    try:
        form = await request.form(max_files=MAX_FILES, max_fields=50)
    except BodyTooLarge:
        raise _too_large(hub) from None
    try:
        return await _register(hub, caller, purpose, form)
    finally:
        await form.close()


async def _register(hub: Any, caller: Any, purpose: str | None, form: Any) -> dict[str, Any]:
    meta = _metadata(form)
    hash_list = form.get("list")
    with tempfile.TemporaryDirectory(prefix="polex-register-") as tmp:
        if isinstance(hash_list, UploadFile):
            text = (await hash_list.read()).decode("utf-8-sig", errors="replace")
            fmt = "json" if (hash_list.filename or "").lower().endswith(".json") else None
            return await run_in_threadpool(hub.images.register_list, caller, text, meta,
                                           purpose=purpose, fmt=fmt)
        names = await save_files(form.getlist("files"), Path(tmp))
        if not names:
            raise InvalidInput.field("files", "send image files, a ZIP, or a hash list")
        target = Path(tmp) / names[0] if len(names) == 1 else Path(tmp)
        return await run_in_threadpool(hub.images.register_path, caller, target, meta,
                                       purpose=purpose)


# -- uploads ------------------------------------------------------------------------------


def _too_large(hub: Any) -> PolexError:
    limit = hub.settings.max_upload_bytes
    return PolexError(f"The upload exceeds {limit} bytes (POLEX_MAX_UPLOAD_BYTES); split the "
                      "collection", 413, "Payload too large",
                      [FieldError("body", f"larger than {limit} bytes")])


async def _receive(request: Request, folder: Path) -> list[str]:
    """Write the upload into ``folder``; the names written."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in ("application/zip", "application/x-zip-compressed", "application/octet-stream"):
        name = _upload_name(request)
        with (folder / name).open("wb") as out:
            async for chunk in request.stream():
                out.write(chunk)
        return [name]
    if kind != "multipart/form-data":
        raise InvalidInput.field("body", "send multipart/form-data (files) or application/zip")
    form = await request.form(max_files=MAX_FILES, max_fields=10)
    try:
        return await save_files(form.getlist("files"), folder)
    finally:
        await form.close()


def _upload_name(request: Request) -> str:
    return clean_name(request.headers.get("x-polex-filename") or "upload.zip", 0)


def _metadata(form: Any) -> Metadata:
    def text(key: str) -> str | None:
        value = form.get(key)
        return value.strip() or None if isinstance(value, str) else None

    sharing = None
    if mode := text("sharing_mode"):
        countries = [c.strip().upper() for c in (text("sharing_countries") or "").split(",")
                     if c.strip()]
        sharing = {"mode": mode, "countries": countries,
                   "frontline": (text("frontline") or "true").lower() in ("1", "true", "yes")}
    return Metadata(series=text("series"), case=text("case"), category=text("category"),
                    victim_status=text("victim_status"), notes=text("notes"),
                    sharing=sharing, review_date=text("review_date"))
