"""Prometheus metrics: requests by route and status, and their latency.

Served by several worker processes (``polex serve --workers N``), each process counts its
own requests, and a scrape reaches one of them: the processes then share a folder
(``PROMETHEUS_MULTIPROC_DIR``, which ``polex serve`` sets, as prometheus_client's
multiprocess mode reads it), and ``/metrics`` answers the sum over all of them.
"""

from __future__ import annotations

import os
import time

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["RequestMetrics", "metrics_response", "observe"]

REQUESTS = Counter("polex_http_requests_total", "HTTP requests", ["method", "route", "status"])
LATENCY = Histogram(
    "polex_http_request_seconds", "HTTP request latency", ["method", "route"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
)


class RequestMetrics:
    """Count and time every HTTP request by its route template (not its raw path)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), 500

        async def record_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record_status)
        finally:
            observe(scope["method"], getattr(scope.get("route"), "path", "unmatched"), status,
                    time.perf_counter() - started)


def observe(method: str, route: str, status: int, seconds: float) -> None:
    """Count one request to ``route`` (its template) and how long it took."""
    REQUESTS.labels(method, route, str(status)).inc()
    LATENCY.labels(method, route).observe(seconds)


def metrics_response() -> Response:
    """The current metrics in Prometheus text format: of every worker process when they
    share a metrics folder, else of this process."""
    return Response(generate_latest(_registry()), media_type=CONTENT_TYPE_LATEST)


def _registry() -> CollectorRegistry:
    if not os.environ.get(MULTIPROCESS_FOLDER):
        return REGISTRY
    registry = CollectorRegistry()
    MultiProcessCollector(registry)  # reads every process's files in the folder
    return registry


MULTIPROCESS_FOLDER = "PROMETHEUS_MULTIPROC_DIR"  # prometheus_client's own setting
