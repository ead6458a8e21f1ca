"""The caller's headers in the OpenAPI description.

``polex.api.deps`` reads ``Authorization``, ``X-Polex-Post`` and ``X-Polex-Purpose`` from
the request instead of declaring them as FastAPI parameters (which FastAPI validates on
every request), so FastAPI no longer lists them; this adds them back to every operation
whose dependencies read them, as FastAPI listed them before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute

from polex.api.deps import HEADERS, get_asking, get_principal, get_purpose

__all__ = ["describe_headers"]

# Which dependency reads which headers.
_READS: dict[Callable[..., Any], tuple[str, ...]] = {
    get_principal: ("authorization", "x-polex-post"),
    get_purpose: ("x-polex-purpose",),
    get_asking: ("authorization", "x-polex-post", "x-polex-purpose"),
}


def describe_headers(app: FastAPI, routers: Iterable[APIRouter]) -> None:
    """Make ``app``'s OpenAPI description list the headers each of ``routers``' operations
    reads through the caller and purpose dependencies."""
    wanted: dict[tuple[str, str], list[str]] = {}
    for router in routers:
        for route in router.routes:
            if not isinstance(route, APIRoute):
                continue
            names = [n for call in _calls(route.dependant) for n in _READS.get(call, ())]
            for method in route.methods:
                wanted[(route.path, method.lower())] = list(dict.fromkeys(names))
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        schema = generate()  # FastAPI's, cached by it; adding again is a no-op
        for (path, method), names in wanted.items():
            operation = schema.get("paths", {}).get(path, {}).get(method)
            if operation is None or not names:
                continue
            parameters = operation.setdefault("parameters", [])
            present = {(p.get("in"), p.get("name")) for p in parameters}
            parameters.extend(_parameter(n) for n in names if ("header", n) not in present)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _calls(dependant: Any) -> Iterator[Callable[..., Any]]:
    for sub in dependant.dependencies:
        yield sub.call
        yield from _calls(sub)


def _parameter(name: str) -> dict[str, Any]:
    longest, description = HEADERS[name]
    schema: dict[str, Any] = {"type": "string"}
    if longest is not None:
        schema["maxLength"] = longest
    return {"name": name, "in": "header", "required": False, "description": description,
            "schema": schema}
