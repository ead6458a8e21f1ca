"""The one error type of polex and its problem-details shape (RFC 9457).

Every layer raises :class:`PolexError` (or a subclass) for anything a caller did wrong or
may retry; the API turns it into ``application/problem+json`` and the CLI into a message
and a non-zero exit. Each error names the field and the reason where there is one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "AccessDenied",
    "Conflict",
    "FieldError",
    "InvalidInput",
    "NotAuthenticated",
    "NotFound",
    "PolexError",
    "TooManyAttempts",
]


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field: ``field`` is a dotted path, ``reason`` plain words."""

    field: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "reason": self.reason}


@dataclass
class PolexError(Exception):
    """A failure the caller can understand: an HTTP status, a title and the details."""

    detail: str
    status: int = 400
    title: str = "Bad request"
    errors: list[FieldError] = field(default_factory=list)

    def __str__(self) -> str:
        if not self.errors:
            return self.detail
        fields = "; ".join(f"{e.field}: {e.reason}" for e in self.errors)
        return f"{self.detail} ({fields})"

    def problem(self, instance: str | None = None) -> dict[str, Any]:
        """The RFC 9457 problem-details body for this error."""
        body: dict[str, Any] = {
            "type": "about:blank",
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
        }
        if instance:
            body["instance"] = instance
        if self.errors:
            body["errors"] = [e.as_dict() for e in self.errors]
        return body


class InvalidInput(PolexError):
    """Input that cannot be accepted: 422 with the fields at fault."""

    def __init__(self, detail: str, errors: list[FieldError] | None = None) -> None:
        super().__init__(detail, 422, "Invalid input", list(errors or []))

    @classmethod
    def field(cls, field: str, reason: str) -> InvalidInput:
        """Shorthand for an error on a single field."""
        return cls(f"{field}: {reason}", [FieldError(field, reason)])


class NotFound(PolexError):
    """A thing that does not exist, or that the caller may not know exists: 404."""

    def __init__(self, detail: str = "Not found") -> None:
        super().__init__(detail, 404, "Not found")


class Conflict(PolexError):
    """A write that lost a race or clashes with what is stored: 409."""

    def __init__(self, detail: str, errors: list[FieldError] | None = None) -> None:
        super().__init__(detail, 409, "Conflict", list(errors or []))


class NotAuthenticated(PolexError):
    """No valid credentials: 401."""

    def __init__(self, detail: str = "A valid bearer token is required") -> None:
        super().__init__(detail, 401, "Not authenticated")


class TooManyAttempts(PolexError):
    """Too many failed attempts in a row; the caller must wait: 429."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail, 429, "Too many requests")


class AccessDenied(PolexError):
    """Authenticated, but the role or organisation may not do this: 403."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail, 403, "Forbidden")
