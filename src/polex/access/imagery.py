"""Store reads for image matching: the PDQ hashes that feed the derived, ungated HashIndex,
digest postings in one query, and the gated candidates of a triage batch.

What leaves this module ungated is only what the derived index needs: record ids, their
version and their PDQ hash (no owner, no metadata, no sharing). Everything an officer is
told about a match goes through ``hit_candidates``: visible to the caller and in force.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, and_, select

from polex.access.lookup import Candidate, hit_candidates
from polex.access.principal import Principal
from polex.store.schema import records, search_keys

__all__ = [
    "IMAGE_KIND",
    "HashRow",
    "digest_postings",
    "image_candidates",
    "image_hashes_since",
    "image_versions_since",
]

IMAGE_KIND = "image_item"
_IMAGE_KINDS = frozenset({IMAGE_KIND})
_CHUNK = 500  # ids or keys per IN (...) list


@dataclass(frozen=True)
class HashRow:
    """One image item as the derived index sees it: id, version, change time, PDQ hex and
    quality (None when the registering list did not say)."""

    record_id: str
    version: int
    updated_at: datetime
    pdq: str | None
    quality: int | None = None


def image_versions_since(conn: Connection, since: datetime | None
                         ) -> list[tuple[str, int, datetime]]:
    """(id, version, updated_at) of every image item changed at or after ``since``.

    Cheap (envelope columns, the ``(kind, updated_at)`` index): the caller fetches hashes
    only for the ids whose version it does not hold yet.
    """
    clause = records.c.kind == IMAGE_KIND
    if since is not None:
        clause = and_(clause, records.c.updated_at >= since)
    query = select(records.c.id, records.c.version, records.c.updated_at).where(clause)
    return [(r.id, r.version, r.updated_at) for r in conn.execute(query)]


def image_hashes_since(conn: Connection, since: datetime | None = None,
                       ids: Iterable[str] | None = None) -> list[HashRow]:
    """The PDQ hash of image items changed at or after ``since`` (or of ``ids``)."""
    base = select(records.c.id, records.c.version, records.c.updated_at, records.c.body)
    clauses = []
    if ids is not None:
        wanted = list(ids)
        clauses = [records.c.id.in_(wanted[i:i + _CHUNK]) for i in range(0, len(wanted), _CHUNK)]
    else:
        clause = records.c.kind == IMAGE_KIND
        clauses = [clause if since is None else and_(clause, records.c.updated_at >= since)]
    out = []
    for clause in clauses:
        for row in conn.execute(base.where(and_(clause, records.c.kind == IMAGE_KIND))):
            body = json.loads(row.body)
            out.append(HashRow(row.id, row.version, row.updated_at, body.get("pdq"),
                               body.get("quality")))
    return out


def digest_postings(conn: Connection, keys: Iterable[str]) -> dict[str, list[str]]:
    """Record ids under each ``sha256:…``/``md5:…`` key, in one query per 500 keys (ids only)."""
    wanted = sorted(set(keys))
    out: dict[str, list[str]] = {}
    for i in range(0, len(wanted), _CHUNK):
        query = select(search_keys.c.key, search_keys.c.record_id).where(
            search_keys.c.key.in_(wanted[i:i + _CHUNK]))
        for key, record_id in conn.execute(query):
            out.setdefault(key, []).append(record_id)
    return out


def image_candidates(conn: Connection, principal: Principal, ids: Iterable[str], today: date
                     ) -> dict[str, Candidate]:
    """Of ``ids``, the image items the caller may be told about (visible, in force)."""
    wanted = sorted(set(ids))
    out: dict[str, Candidate] = {}
    for i in range(0, len(wanted), _CHUNK):
        for candidate in hit_candidates(conn, principal, wanted[i:i + _CHUNK], today,
                                        _IMAGE_KINDS):
            out[candidate.record.id] = candidate
    return out
