"""The search lane: the hub's bulk traffic answered without the framework's routing.

A search request spends a third of its CPU in FastAPI before and after the search itself
(py-spy, frontline mix over HTTP: route matching over every route, dependency solving,
its exception and exit-stack layers). Searches are what the hub mostly answers, so this
middleware, innermost of the app's own (body limit, metrics and security headers still
wrap it), takes the few search endpoints (``LaneRoute``) straight to the endpoint
functions that FastAPI would call, with the same caller (``deps.get_asking``).

It answers only what it can answer exactly as the framework would: a request whose
parameters or body are not plainly valid (missing, too long, not JSON, not the model) is
handed on to the framework with its body, which answers it with its usual 4xx naming the
field. Errors the caller or the search raise are rendered as the app's handlers render
them (``errors.problem_response``); anything else propagates to the app's crash handler.
``tests/api/test_lane.py`` sends the same requests both ways and compares the answers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from polex.api.deps import Asking, get_asking
from polex.api.errors import problem_response
from polex.api.limits import BodyTooLarge
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
    """Answer ``routes`` directly; hand everything else (and what they cannot answer
    exactly as the framework would) to ``app``.

    ``declared`` are the framework's routes of the same endpoints: a laned request carries
    its route in its scope as the framework's would (the metrics count requests by route).
    """

    def __init__(self, app: ASGIApp, routes: list[LaneRoute],
                 declared: Iterable[BaseRoute]) -> None:
        self.app = app
        by_path = {(m, r.path): r for r in declared for m in getattr(r, "methods", ())}
        self.routes: Mapping[tuple[str, str], tuple[LaneRoute, BaseRoute]] = {
            (r.method, r.path): (r, by_path[r.method, r.path]) for r in routes}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        laned = self.routes.get((scope.get("method"), scope.get("path"))) \
            if scope["type"] == "http" else None
        if laned is None:
            await self.app(scope, receive, send)
            return
        route, declared = laned
        request = Request(scope, receive)
        body = None
        try:
            if route.method == "POST":
                if not _is_json(request):
                    await self.app(scope, receive, send)
                    return
                body = await request.body()
            answer = await self._answer(request, route, declared, body)
        except BodyTooLarge as exc:
            answer = problem_response(exc.error, request)
        if answer is None:
            await self.app(scope, _replaying(body, receive), send)
            return
        await answer(scope, receive, send)

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


def _replaying(body: bytes | None, receive: Receive) -> Receive:
    """``receive`` with the body the lane has read sent again first."""
    if body is None:
        return receive
    pending = [{"type": "http.request", "body": body, "more_body": False}]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay
