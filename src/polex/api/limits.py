"""Request-size limit and security headers, as plain ASGI middleware (no body buffering)."""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from polex.errors import FieldError, PolexError

__all__ = ["SECURITY_HEADERS", "BodyLimit", "SecurityHeaders"]


class BodyTooLarge(Exception):
    """Raised from ``receive`` when a streamed body passes the limit."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(f"body larger than {max_bytes} bytes")
        self.error = PolexError(
            f"The request body exceeds {max_bytes} bytes; split it into smaller batches",
            413, "Payload too large", [FieldError("body", f"larger than {max_bytes} bytes")])


class BodyLimit:
    """Refuse bodies larger than ``max_bytes`` with 413, whether announced or streamed;
    ``paths`` gives some exact paths a limit of their own (image uploads)."""

    def __init__(self, app: ASGIApp, max_bytes: int, paths: dict[str, int] | None = None
                 ) -> None:
        self.app, self.max_bytes, self.paths = app, max_bytes, dict(paths or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.paths.get(scope["path"], self.max_bytes)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            await self._refuse(send, limit)
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(send, limit)

    async def _refuse(self, send: Send, limit: int) -> None:
        body = json.dumps(BodyTooLarge(limit).error.problem()).encode()
        await send({"type": "http.response.start", "status": 413, "headers": [
            (b"content-type", b"application/problem+json"),
            (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    # Everything the console needs is served by the hub itself: no CDN, no inline script.
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
     b"frame-ancestors 'none'; form-action 'self'"),
]


class SecurityHeaders:
    """Add the hub's security headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Swagger's page needs its inline bootstrap script: only it goes without the CSP.
        if scope["type"] != "http" or scope["path"] == "/docs":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)
