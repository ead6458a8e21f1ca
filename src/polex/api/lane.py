"""The search lane: the hub's bulk traffic answered without the framework around it.

A search request spent a third of its CPU in FastAPI before and after the search itself
(py-spy, frontline mix over HTTP: route matching over every route, dependency solving, and
eight layers of middleware, each wrapping ``send``). Searches are what the hub mostly
answers, so the app (``app.PolexAPI``) hands the few search endpoints (``LaneRoute``) to
this lane before anything else; it calls the endpoint functions that FastAPI would call,
with the same caller (``deps.get_asking``), and does itself what the middleware does for
them: the body limit, the security headers, the metrics by route, and a problem response
for a crash.

It answers only what it can answer exactly as the framework would: a request whose
parameters or body are not plainly valid (missing, too long, not JSON, not the model, over
the size limit) is handed on to the framework with its body, which answers it with its
usual 4xx naming the field. Errors the caller or the search raise are rendered as the
app's handlers render them (``errors.problem_response``). ``tests/api/test_lane.py`` sends
the same requests both ways and compares the answers.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from polex.api import metrics
from polex.api.deps import Asking, get_asking
from polex.api.errors import internal_error, problem_response
from polex.api.limits import SECURITY_HEADERS
from polex.errors import PolexError

__all__ = ["LaneRoute", "NotLaned", "Params", "SearchLane"]

class NotLaned(Exception):
    """The request is not plainly valid: the framework answers it (with its 4xx)."""


class Params:
    """A laned request's query parameters and JSON body, taken as the framework takes
    them, or ``NotLaned`` where the framework would find fault (or might)."""

    def __init__(self, request: Request, body: bytes | None) -> None:
        self._query = request.query_params
        # A body that is not a JSON object: the framework says so before anything else.
        self._data = None if body is None else _json_object(body)

    def text(self, name: str, longest: int, *, shortest: int = 1) -> str:
        """A required query parameter of ``shortest`` to ``longest`` characters."""
        value = self._query.get(name)  # the last one given, as FastAPI reads it
        if value is None or not shortest <= len(value) <= longest:
            raise NotLaned(name)
        return value

    def optional(self, name: str, longest: int) -> str | None:
        """An optional query parameter of at most ``longest`` characters."""
        value = self._query.get(name)
        if value is not None and len(value) > longest:
            raise NotLaned(name)
        return value

    def model(self, model: type[BaseModel]) -> Any:
        """The JSON body validated by ``model``, as FastAPI validates it."""
        try:
            return model.model_validate(self._data)
        except ValidationError:
            raise NotLaned("body") from None


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise NotLaned("body") from None
    if not isinstance(data, dict):
        raise NotLaned("body")
    return data


# An endpoint as the lane calls it: the request, its caller, its parameters → the answer.
Handler = Callable[[Request, Asking, Params], Awaitable[Response]]


@dataclass(frozen=True)
class LaneRoute:
    """One laned endpoint: its method and path, and how to call it."""

    method: str
    path: str
    handler: Handler


class SearchLane:
    """Answer ``routes``; hand everything else (and what they cannot answer exactly as
    the framework would) to ``framework``, the app with all its middleware.

    ``declared`` are the framework's routes of the same endpoints: a laned request carries
    its route in its scope, and is counted under it, as the framework's would be.
    ``max_body_bytes`` is the app's body limit (``limits.BodyLimit``).
    """

    def __init__(self, framework: ASGIApp, routes: Iterable[LaneRoute],
                 declared: Iterable[BaseRoute], *, max_body_bytes: int) -> None:
        self.framework = framework
        self.max_body_bytes = max_body_bytes
        by_path = {(m, r.path): r for r in declared for m in getattr(r, "methods", ())}
        self.routes: Mapping[tuple[str, str], tuple[LaneRoute, BaseRoute]] = {
            (r.method, r.path): (r, by_path[r.method, r.path]) for r in routes}

    def takes(self, scope: Scope) -> bool:
        """Whether the request is to one of the lane's endpoints (an HTTP ``scope``)."""
        return (scope["method"], scope["path"]) in self.routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer a request to one of the lane's endpoints (``takes``), or hand it on."""
        started = time.perf_counter()
        route, declared = self.routes[scope["method"], scope["path"]]
        request = Request(scope, receive)
        received: list[Message] = []  # the body as read, to hand on with the request
        body = None
        if route.method == "POST":
            whole = _is_json(request)
            if whole:
                received, whole = await _read_body(receive, self.max_body_bytes)
            if not whole:  # not JSON, over the limit, or the client gone
                await self.framework(scope, _replaying(received, receive), send)
                return
            body = b"".join(m.get("body", b"") for m in received)
        elif _declared_length(request) > self.max_body_bytes:
            await self.framework(scope, receive, send)
            return
        try:
            answer = await self._answer(request, route, declared, body)
        except Exception:  # as the app's crash handler answers it (with the headers)
            answer = internal_error(request)
        else:
            if answer is None:
                await self.framework(scope, _replaying(received, receive), send)
                return
            answer.raw_headers.extend(SECURITY_HEADERS)
        try:
            await answer(scope, receive, send)
        finally:
            metrics.observe(route.method, route.path, answer.status_code,
                            time.perf_counter() - started)

    async def _answer(self, request: Request, route: LaneRoute, declared: BaseRoute,
                      body: bytes | None) -> Response | None:
        try:
            params = Params(request, body)
            asking = await get_asking(request)
            request.scope["route"] = declared
            return await route.handler(request, asking, params)
        except NotLaned:
            request.scope.pop("route", None)
            return None
        except PolexError as error:
            return problem_response(error, request)


def _is_json(request: Request) -> bool:
    kind = request.headers.get("content-type", "")
    return kind.split(";", 1)[0].strip().lower() == "application/json"


def _declared_length(request: Request) -> int:
    declared = request.headers.get("content-length", "")
    return int(declared) if declared.isdigit() else 0


async def _read_body(receive: Receive, limit: int) -> tuple[list[Message], bool]:
    """The messages of the request's body as received, and whether they are the whole of
    it within ``limit`` bytes (if not, over the limit or the client gone, the framework
    answers, without the lane holding the rest)."""
    messages: list[Message] = []
    size = 0
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            return messages, False
        size += len(message.get("body", b""))
        if size > limit:
            return messages, False
        if not message.get("more_body", False):
            return messages, True


def _replaying(messages: list[Message], receive: Receive) -> Receive:
    """``receive`` with the messages the lane has read received again first."""
    pending = messages[::-1]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay
