"""The audit trail, for auditors: read it and verify that it is intact."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from polex.access.principal import Principal
from polex.access.roles import Role
from polex.api.deps import CurrentHub, Purpose, require_role

router = APIRouter(prefix="/api/v1/audit", tags=["audit"])
Auditor = Annotated[Principal, require_role(Role.auditor)]


@router.get("")
def read_trail(hub: CurrentHub, auditor: Auditor, purpose: Purpose,
               after: Annotated[int, Query(ge=0)] = 0,
               org: Annotated[str | None, Query(max_length=8)] = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
    """Entries after sequence number ``after``, optionally of one organisation."""
    items = hub.audit_entries(auditor, after=after, org=org, limit=limit, purpose=purpose)
    return {"items": items, "next_after": items[-1]["seq"] if len(items) == limit else None}


@router.get("/verify")
def verify_trail(hub: CurrentHub, auditor: Auditor, purpose: Purpose) -> dict[str, Any]:
    """Recompute the hash chain: whether it is intact, and where it breaks if not."""
    result = hub.verify_audit(auditor, purpose=purpose)
    return {"intact": result.intact, "entries": result.entries, "head": result.head,
            "breaks": [{"seq": b.seq, "reason": b.reason} for b in result.breaks]}
