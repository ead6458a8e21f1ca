"""The audit trail, for auditors: read it and verify that it is intact."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from polex.access import audit
from polex.access.principal import Principal
from polex.access.roles import Role
from polex.api.deps import CurrentHub, Purpose, require_role
from polex.errors import InvalidInput

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
def verify_trail(hub: CurrentHub, auditor: Auditor, purpose: Purpose,
                 anchor: Annotated[list[str] | None, Query(max_length=90)] = None
                 ) -> dict[str, Any]:
    """Recompute the hash chain: whether it is intact, and where it breaks if not.

    ``anchor`` (repeatable): an entry noted earlier as ``seq:hash``, as ``anchor`` in an
    earlier answer gave the head; a trail rewritten and re-hashed up to it is detected.
    """
    try:
        anchors = [audit.parse_anchor(text) for text in anchor or []]
    except ValueError as exc:
        raise InvalidInput.field("anchor", str(exc)) from None
    result = hub.verify_audit(auditor, purpose=purpose, anchors=anchors)
    return {"intact": result.intact, "entries": result.entries, "head": result.head,
            "anchor": result.anchor,
            "breaks": [{"seq": b.seq, "reason": b.reason} for b in result.breaks]}
