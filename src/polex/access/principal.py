"""The authenticated caller, as every service sees it."""

from __future__ import annotations

from dataclasses import dataclass

from polex.access.roles import Role

__all__ = ["Principal"]


@dataclass(frozen=True)
class Principal:
    """A user acting for an organisation in a role; ``post`` names the checkpoint if any."""

    username: str
    org: str
    role: Role
    user_id: int = 0
    token_id: str | None = None
    post: str | None = None

    @property
    def label(self) -> str:
        """``FRA/jdupont (officer)``: how the caller appears in messages and notifications."""
        return f"{self.org}/{self.username} ({self.role})"
