"""CPU per request of the app itself: /healthz and the search mix, driven in process.

`search_http.py` measures the server as a client meets it (uvicorn, two processes, wrk on
the same two cores), and its rates move with whatever else the machine runs. This drives
the ASGI app directly (no sockets, no HTTP parsing, one process, its service threads and
group commit as in production) with the same queries as `search_http.py`, and prints the
process's CPU time per request: what a change to the app, its middleware, routing,
dependencies or services costs or saves. Compare runs interleaved in one sitting (old
code, new code, old, new): the same code's search mix read 0.68-0.71 ms at one hour of
session 8 and 1.34-1.53 ms an hour later, on the same store, for reasons not found (the
/healthz line and the in-process latency bench did not move). Its ratio of /healthz to
the search mix is not the issue's (no uvicorn, no wrk), only a guide to it.

    .venv/bin/python bench/asgi_cost.py --db demo.sqlite --role frontline --rounds 3

``--bare`` also drives the mix through ``bare_app``: a plain ASGI callable that does only
what a search request needs (the caller from the same token cache, the query from the
path or body, the same service call on the event loop with its audit entry committed, the
same JSON), with no framework around it. The difference between the two lines is what the
framework costs a search (session 15: 0.43-0.47 against 0.25-0.27 ms). It is a yardstick,
not an endpoint: it checks no limits and maps no errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from polex.api.app import create_app
from polex.api.deps import get_principal
from polex.api.responses import FastJSON
from polex.api.threads import quick
from polex.config import Settings
from polex.hub import Hub
from polex.search.query import person_query

sys.path.insert(0, str(Path(__file__).parent))
from search_http import bench_token, queries  # a sibling script, not a package

Request = tuple[str, str, bytes]  # method, path with query, body


def scope_of(method: str, target: str, token: str, body: bytes) -> dict[str, Any]:
    """The ASGI scope uvicorn would make of the request."""
    path, _, query = target.partition("?")
    headers = [(b"host", b"bench"), (b"authorization", f"Bearer {token}".encode())]
    if body:
        headers += [(b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode())]
    return {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
            "method": method, "scheme": "http", "path": path, "raw_path": path.encode(),
            "query_string": query.encode(), "root_path": "", "headers": headers,
            "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8000), "state": {}}


async def send_one(app: Any, request: Request, token: str, statuses: Counter[int]) -> None:
    method, target, body = request
    received = False

    async def receive() -> dict[str, Any]:
        nonlocal received
        if received:  # the client stays connected until the answer is sent
            await asyncio.Event().wait()
        received = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses[message["status"]] += 1

    await app(scope_of(method, target, token, body), receive, send)


async def drive(app: Any, requests: list[Request], token: str, concurrency: int
                ) -> Counter[int]:
    """Send every request, ``concurrency`` at a time (as wrk's connections do)."""
    statuses: Counter[int] = Counter()
    pending = iter(requests)

    async def client() -> None:
        for request in pending:
            await send_one(app, request, token, statuses)

    await asyncio.gather(*(client() for _ in range(concurrency)))
    return statuses


# The look-ups of the mix: path → (the identifier's kind, the query parameter naming it).
LOOK_UPS = {"/api/v1/search/documents": ("doc", "number"),
            "/api/v1/search/vehicles": ("vin", "vin"),
            "/api/v1/search/firearms": ("serial", "serial")}


def bare_app(app: Any, hub: Hub) -> Any:
    """The mix's searches as a bare ASGI callable beside ``app`` (whose token cache and
    loop commits it uses): the search work of a request without the framework's."""
    from starlette.requests import Request as StarletteRequest

    async def bare(scope: dict[str, Any], receive: Any, send: Any) -> None:
        request = StarletteRequest(scope, receive)
        request.scope["app"] = app  # what get_principal and quick read: app.state
        caller = await get_principal(request)
        if scope["path"] == "/api/v1/search/persons":
            body = json.loads(await request.body())
            query = person_query(body["name"], body.get("birth_date"), None, None)
            answer = await quick(request, hub.search.persons, caller, query)
        else:
            kind, parameter = LOOK_UPS[scope["path"]]
            value = parse_qs(scope["query_string"].decode())[parameter][0]
            answer = await quick(request, hub.search.identifier, caller, kind, value)
        response = FastJSON(answer)
        await send({"type": "http.response.start", "status": 200,
                    "headers": response.raw_headers})
        await send({"type": "http.response.body", "body": response.body})

    return bare


async def measure(args: argparse.Namespace) -> None:
    os.environ["POLEX_DATABASE_URL"] = f"sqlite:///{args.db}"
    token = bench_token(Hub(Settings.from_env()), role=args.role)
    hub = Hub(Settings.from_env())
    app = create_app(hub)
    mix: list[Request] = [
        ("POST", "/api/v1/search/persons", line[2:].encode()) if line[0] == "P"
        else ("GET", line[2:], b"") for line in queries(args.seed, args.persons, args.count)]
    health: list[Request] = [("GET", "/healthz", b"")] * args.count
    # The same app with the searches left to the framework's routing (no search lane).
    framework = create_app(hub, search_lane=False)
    async with app.router.lifespan_context(app), \
            framework.router.lifespan_context(framework):
        await drive(app, mix[:300], token, args.concurrency)  # warm caches and threads
        targets = [("/healthz", app, health), ("search mix", app, mix)]
        if args.framework:
            targets.append(("search mix, framework's routing", framework, mix))
        if args.bare:
            targets.append(("search mix, bare ASGI", bare_app(app, hub), mix))
        for _ in range(args.rounds):
            for label, target, requests in targets:
                started = time.process_time()
                statuses = await drive(target, requests, token, args.concurrency)
                cpu = (time.process_time() - started) / len(requests) * 1000
                print(f"{label}: {cpu:.3f} ms CPU per request ({dict(statuses)})")
    hub.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="polex-demo.sqlite")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--count", type=int, default=3000, help="requests per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--role", choices=["officer", "frontline"], default="officer")
    parser.add_argument("--framework", action="store_true",
                        help="also drive the mix through the app without its search lane")
    parser.add_argument("--bare", action="store_true",
                        help="also drive the mix through a bare ASGI callable (bare_app)")
    asyncio.run(measure(parser.parse_args()))


if __name__ == "__main__":
    main()
