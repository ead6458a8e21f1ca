"""The policy gate: the one place that decides what a caller may see of a record.

Faces of one rule, kept in step by tests over the same matrix:

- ``visible_clause``: the SQL condition for listing and candidate queries;
- ``can_see`` / ``view``: the same decision for a record in hand, and the projection of
  its content for the caller's role (full, or the frontline hit view);
- ``hit_condition``: ``can_see`` and in force (what may hit) as plain SQL text, for the
  reads search makes on the driver's cursor, where building and compiling a SQLAlchemy
  clause would cost more than the read (``lookup.admitted_ids``).

The rule: owners see their own records. Others see a record only when it is in force
(active, not past its review date) and its sharing admits their country (``all``; ``only``
listing it; ``except`` not listing it). Frontline users see nothing whose owner turned
frontline hits off, and then only the hit view. Imagery specialists see image items only;
admins and auditors see no record content.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true

from polex.access.principal import Principal
from polex.access.roles import CONTENT_READERS, Role, kinds_for
from polex.model.actions import frontline_action
from polex.store.records import StoredRecord
from polex.store.schema import record_shares, records

__all__ = ["can_see", "hit_condition", "view", "visible_clause"]


def reads_records(principal: Principal) -> bool:
    """True when the caller's role reads record content at all (full or hit view)."""
    return principal.role in CONTENT_READERS or principal.role == Role.frontline


def visible_clause(principal: Principal, today: date) -> ColumnElement[bool]:
    """SQL condition selecting exactly the records ``principal`` may see."""
    if not reads_records(principal):
        return false()
    listed = exists(select(record_shares.c.record_id).where(
        record_shares.c.record_id == records.c.id, record_shares.c.country == principal.org))
    in_force = and_(records.c.record_status == "active",
                    or_(records.c.review_date.is_(None), records.c.review_date >= today))
    shared = and_(in_force, or_(
        records.c.sharing_mode == "all",
        and_(records.c.sharing_mode == "only", listed),
        and_(records.c.sharing_mode == "except", ~listed),
    ))
    clause = or_(records.c.owner == principal.org, shared)
    if (kinds := kinds_for(principal.role)) is not None:
        clause = and_(clause, records.c.kind.in_(sorted(kinds)))
    if principal.role == Role.frontline:
        clause = and_(clause, records.c.frontline == true(), in_force)
    return clause


def can_see(principal: Principal, record: StoredRecord, today: date) -> bool:
    """The same decision as ``visible_clause``, for one record in hand."""
    if not reads_records(principal):
        return False
    kinds = kinds_for(principal.role)
    if kinds is not None and record.kind not in kinds:
        return False
    in_force = record.is_in_force(today)
    if principal.role == Role.frontline and not (record.frontline and in_force):
        return False
    if record.owner == principal.org:
        return True
    return in_force and _sharing_admits(record, principal.org)


def hit_condition(principal: Principal, today: date, kinds: frozenset[str] | None = None
                  ) -> tuple[str, list[Any]] | None:
    """What may hit for ``principal``: ``can_see`` and in force, of ``kinds`` (None: any),
    as a SQL condition on ``records AS r`` with ``?`` placeholders, and their values in
    order; None when nothing may (the caller reads nothing)."""
    if not reads_records(principal):
        return None
    allowed = kinds_for(principal.role)
    if kinds is not None:
        allowed = kinds if allowed is None else allowed & kinds
    if allowed is not None and not allowed:
        return None
    shared = "EXISTS (SELECT 1 FROM record_shares AS s WHERE s.record_id = r.id AND s.country = ?)"
    sql = ["r.record_status = 'active'", "(r.review_date IS NULL OR r.review_date >= ?)",
           f"(r.owner = ? OR r.sharing_mode = 'all' OR (r.sharing_mode = 'only' AND {shared})"
           f" OR (r.sharing_mode = 'except' AND NOT {shared}))"]
    params: list[Any] = [today, principal.org, principal.org, principal.org]
    if allowed is not None:
        sql.append(f"r.kind IN ({', '.join('?' * len(allowed))})")
        params += sorted(allowed)
    if principal.role == Role.frontline:
        sql.append("r.frontline = ?")
        params.append(True)
    return " AND ".join(sql), params


def _sharing_admits(record: StoredRecord, country: str) -> bool:
    listed = country in record.sharing_countries
    return {"all": True, "only": listed, "except": not listed}.get(record.sharing_mode, False)


def view(principal: Principal, record: StoredRecord, today: date) -> dict[str, Any] | None:
    """What ``principal`` may see of ``record``: full, hit view, or None (not even existence)."""
    if not can_see(principal, record, today):
        return None
    if principal.role == Role.frontline:
        return hit_view(record)
    data = record.as_json()
    if record.owner != principal.org:
        # Whom else the owner shares with (or excludes) is the owner's business.
        data["sharing"] = {"mode": record.sharing_mode, "frontline": record.frontline}
    return data


def hit_view(record: StoredRecord) -> dict[str, Any]:
    """The frontline view: that it is a hit, what to do, whom to call, and a reference."""
    return {
        "id": record.id,
        "kind": record.kind,
        "owner": record.owner,
        "reference": f"{record.owner}/{record.id[:8]}",
        "action": frontline_action(record.kind, record.owner, record.body),
        "summary": _summary(record),
    }


def _summary(record: StoredRecord) -> dict[str, Any]:
    body = record.body
    if record.kind == "person":
        primary = body.get("names", [{}])[0]
        return {"name": primary.get("full"), "birth_dates": body.get("birth_dates", []),
                "notices": [n.get("type") for n in body.get("notices", [])]}
    keep = {
        "travel_document": ("number", "document_type", "issuing_country", "status"),
        "vehicle": ("vin", "plates", "make", "model", "status"),
        "firearm": ("serial_number", "make", "model", "status"),
        "artwork": ("title", "artist", "status"),
    }.get(record.kind, ())
    return {k: body.get(k) for k in keep}
