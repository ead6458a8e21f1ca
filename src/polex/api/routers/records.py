"""Records: create or update by source_id, read, change with a version, delete, list."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Query, Response
from pydantic import BaseModel, Field

from polex.api.deps import Caller, CurrentHub, Purpose
from polex.model import Kind, RecordStatus

router = APIRouter(prefix="/api/v1/records", tags=["records"])

RecordBody = Annotated[dict[str, Any], Body(
    description="A record as JSON: see GET /api/v1/schema for every kind's fields",
    examples=[{"kind": "person", "source_id": "FR-2026-0001",
               "names": [{"full": "Jean Dupont"}], "birth_dates": ["1974-08"],
               "nationalities": ["FRA"], "sharing": {"mode": "all"}}],
)]


class WriteOut(BaseModel):
    record: dict[str, Any]
    warnings: list[str]


class BatchIn(BaseModel):
    records: list[Any] = Field(max_length=5000)
    atomic: bool = Field(False, description="All or nothing; otherwise row by row with a report")


@router.post("", status_code=201, response_model=WriteOut)
def put_record(hub: CurrentHub, caller: Caller, purpose: Purpose, body: RecordBody,
               response: Response) -> WriteOut:
    """Create a record, or update yours with the same ``source_id`` (201 created, 200 updated).

    Example: ``curl -H "Authorization: Bearer $T" -d @person.json /api/v1/records``
    """
    result = hub.records.put(caller, body, purpose=purpose)
    if not result.created:
        response.status_code = 200
    return WriteOut(record=result.record, warnings=result.warnings)


@router.post("/batch")
def put_batch(hub: CurrentHub, caller: Caller, purpose: Purpose, body: BatchIn
              ) -> dict[str, Any]:
    """Put many records; with ``atomic`` all or nothing, otherwise a per-row report."""
    report = hub.records.put_batch(caller, body.records, atomic=body.atomic, purpose=purpose)
    return {"counts": report.counts, "rows": report.rows}


@router.get("")
def list_records(
    hub: CurrentHub, caller: Caller, purpose: Purpose,
    kind: Kind | None = None,
    owner: Annotated[str | None, Query(max_length=8)] = None,
    record_status: RecordStatus | None = None,
    source_id: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    """Records you may see, most recently changed first; follow ``next_cursor`` for more."""
    page = hub.records.list(caller, kind=kind, owner=owner, record_status=record_status,
                            source_id=source_id, limit=limit, cursor=cursor, purpose=purpose)
    return {"items": page.items, "next_cursor": page.next_cursor}


@router.get("/{record_id}")
def get_record(hub: CurrentHub, caller: Caller, purpose: Purpose, record_id: str
               ) -> dict[str, Any]:
    """One record as its owner's sharing lets you see it (404 if it may not be seen)."""
    return hub.records.get(caller, record_id, purpose=purpose)


@router.put("/{record_id}", response_model=WriteOut)
def update_record(hub: CurrentHub, caller: Caller, purpose: Purpose, record_id: str,
                  body: RecordBody,
                  if_match: Annotated[str | None, Header()] = None) -> WriteOut:
    """Replace your record's content. Send the ``version`` you read (in the body or as
    ``If-Match``); if someone changed it since, you get 409 and nothing is lost."""
    version = int(if_match.strip('"')) if if_match and if_match.strip('"').isdigit() else None
    result = hub.records.update(caller, record_id, body, version=version, purpose=purpose)
    return WriteOut(record=result.record, warnings=result.warnings)


@router.delete("/{record_id}", status_code=204)
def delete_record(hub: CurrentHub, caller: Caller, purpose: Purpose, record_id: str,
                  version: Annotated[int | None, Query(ge=1)] = None) -> Response:
    """Delete your record (only at ``version``, when given)."""
    hub.records.delete(caller, record_id, version=version, purpose=purpose)
    return Response(status_code=204)
