"""The notifications inbox: hits other countries had on your records."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from polex.api.deps import Caller, CurrentHub

router = APIRouter(prefix="/api/v1/notifications", tags=["notifications"])


class ReadIn(BaseModel):
    ids: list[int] = Field(min_length=1, max_length=1000)


@router.get("")
def inbox(hub: CurrentHub, caller: Caller, unread: bool = False,
          before: Annotated[int | None, Query(ge=1)] = None,
          limit: Annotated[int, Query(ge=1, le=500)] = 50) -> dict[str, Any]:
    """Who hit your organisation's records: when, from which post, what matched, the score."""
    items = hub.search.inbox(caller, unread_only=unread, before_id=before, limit=limit)
    return {"items": items, "next_before": items[-1]["id"] if len(items) == limit else None}


@router.post("/read")
def mark_read(hub: CurrentHub, caller: Caller, body: ReadIn) -> dict[str, int]:
    """Mark notifications as read."""
    return {"marked": hub.search.mark_read(caller, body.ids)}
