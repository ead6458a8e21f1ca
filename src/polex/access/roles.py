"""Roles and what each may do with record content."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["CONTENT_READERS", "RECORD_WRITERS", "Role"]


class Role(StrEnum):
    """A user's role; see docs/architecture.md for the matrix of what each may see."""

    frontline = "frontline"  # hit / no-hit and the action to take, never the full file
    officer = "officer"  # manages its country's records; reads what owners share with it
    analyst = "analyst"  # as officer, plus analytics over what it may see
    imagery = "imagery"  # image hashes and metadata only
    admin = "admin"  # bureaus, users, tokens; no record content
    auditor = "auditor"  # the audit trail; no record content


CONTENT_READERS = frozenset({Role.officer, Role.analyst})
"""Roles that read full record content (subject to the owner's sharing)."""

RECORD_WRITERS = frozenset({Role.officer, Role.analyst})
"""Roles that create, change and delete their own organisation's records."""
