"""The app factory: one FastAPI app serving the API, the docs and the web console."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import anyio.to_thread
import swagger_ui_bundle
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

from polex import __version__
from polex.api.errors import install_error_handlers
from polex.api.lane import SearchLane
from polex.api.limits import BodyLimit, SecurityHeaders
from polex.api.metrics import RequestMetrics
from polex.api.openapi import describe_headers
from polex.api.routers import admin, audit, auth, images, meta, notifications, records, search
from polex.api.threads import LoopCommits, ServiceThreads
from polex.api.tokens import TokenCache
from polex.config import Settings
from polex.hub import Hub
from polex.store.dialect import is_sqlite
from polex.store.engine import StandingConnection

__all__ = ["create_app"]

# A request is matched against the routes in this order, one route at a time: the searches,
# the hub's bulk traffic, come right after the few meta routes (/healthz, /metrics).
ROUTERS = (meta, search, auth, admin, records, images, notifications, audit)
# Paths that take image uploads: their own body limit (POLEX_MAX_UPLOAD_BYTES).
UPLOAD_PATHS = (*images.UPLOAD_PATHS, "/images/triage")


def create_app(hub: Hub | None = None, *, search_lane: bool = True) -> PolexAPI:
    """A polex app for ``hub`` (by default, one opened from the environment's settings).

    The default reads the environment afresh: ``polex serve`` sets ``POLEX_DATABASE_URL``
    for uvicorn's workers after this process may already have read its settings.
    ``search_lane=False`` leaves the searches to the framework alone (see ``api.lane``), to
    compare the two.
    """
    hub = hub or Hub(Settings.from_env())
    quick_on_loop = _quick_on_loop(hub)
    app = PolexAPI(
        title="polex",
        version=__version__,
        description="International police information exchange. Authenticate with "
                    "`Authorization: Bearer <token>`; errors are RFC 9457 problem details.",
        docs_url=None, redoc_url=None,
        lifespan=_threads(hub, quick_on_loop),
    )
    app.state.hub = hub
    app.state.token_cache = TokenCache()
    # Replaced by the lifespan's own; these serve an app driven without a lifespan.
    app.state.service_threads = ServiceThreads(hub.settings.request_threads,
                                               quick_on_loop=quick_on_loop)
    app.state.loop_commits = LoopCommits(hub.search.commits)
    install_error_handlers(app)
    for module in ROUTERS:
        app.include_router(module.router)
    describe_headers(app, [module.router for module in ROUTERS])
    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path),
              name="docs-assets")
    _mount_console(app)
    app.add_middleware(RequestMetrics)
    app.add_middleware(BodyLimit, max_bytes=hub.settings.max_body_bytes,
                       paths=dict.fromkeys(UPLOAD_PATHS, hub.settings.max_upload_bytes))
    # Added last, so outermost of ours: the body limit's 413 carries the headers too (the
    # crash handler's 500, outside every middleware, adds them itself).
    app.add_middleware(SecurityHeaders)
    if search_lane:
        app.search_lane = SearchLane(app.framework, search.LANE, search.router.routes,
                                     max_body_bytes=hub.settings.max_body_bytes)
    return app


class PolexAPI(FastAPI):
    """The FastAPI app, whose search requests take the search lane (``api.lane``) when it
    has one: their endpoints called without the framework around them."""

    search_lane: SearchLane | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        lane = self.search_lane
        if lane is not None and scope["type"] == "http" and lane.takes(scope):
            scope["app"] = self  # as the framework sets it: the endpoints read app.state
            await lane(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)

    async def framework(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The app without the lane: its middleware, its routing, its handlers."""
        await super().__call__(scope, receive, send)


def _quick_on_loop(hub: Hub) -> bool:
    """Whether quick searches run on the event loop (``polex.api.threads.quick``)."""
    return hub.settings.quick_searches_on_loop and is_sqlite(hub.engine)


def _threads(hub: Hub, quick_on_loop: bool
             ) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Run at most ``request_threads`` requests at once on each thread pool: anyio's, for
    ``def`` endpoints (its default is 40), and the service threads, for searches; and give
    the searches run on the event loop a connection of their own, kept open.

    More threads than cores only contend for the GIL and the store's pool; requests beyond
    the count wait on the event loop, which costs them nothing.
    """
    count = hub.settings.request_threads

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = count
        threads = app.state.service_threads = ServiceThreads(count,
                                                             quick_on_loop=quick_on_loop)
        # Made here, on the loop's thread, which alone uses it.
        standing = StandingConnection(hub.engine) if quick_on_loop else None
        app.state.loop_commits = LoopCommits(hub.search.commits, standing)
        try:
            yield
        finally:
            threads.shutdown()
            if standing is not None:
                standing.close()

    return lifespan


def _mount_console(app: FastAPI) -> None:
    try:
        from polex.web import mount
    except ImportError:  # the console is optional while it is being built
        return
    mount(app)
