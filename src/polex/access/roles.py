"""Roles and what each may do with record content."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["CONTENT_READERS", "IMAGE_KINDS", "RECORD_WRITERS", "Role", "kinds_for"]


class Role(StrEnum):
    """A user's role; see docs/architecture.md for the matrix of what each may see."""

    frontline = "frontline"  # hit / no-hit and the action to take, never the full file
    officer = "officer"  # manages its country's records; reads what owners share with it
    analyst = "analyst"  # as officer, plus analytics over what it may see
    imagery = "imagery"  # image hashes and metadata only
    admin = "admin"  # bureaus, users, tokens; no record content
    auditor = "auditor"  # the audit trail; no record content


CONTENT_READERS = frozenset({Role.officer, Role.analyst, Role.imagery})
"""Roles that read full record content (subject to the owner's sharing and ``kinds_for``)."""

RECORD_WRITERS = frozenset({Role.officer, Role.analyst, Role.imagery})
"""Roles that create, change and delete their own organisation's records (``kinds_for``)."""

IMAGE_KINDS = frozenset({"image_item"})


def kinds_for(role: Role) -> frozenset[str] | None:
    """The record kinds a role may read and write; None means every kind."""
    return IMAGE_KINDS if role == Role.imagery else None
