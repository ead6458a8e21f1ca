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
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from polex.api.app import create_app
from polex.config import Settings
from polex.hub import Hub

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


async def measure(args: argparse.Namespace) -> None:
    os.environ["POLEX_DATABASE_URL"] = f"sqlite:///{args.db}"
    token = bench_token(Hub(Settings.from_env()), role=args.role)
    hub = Hub(Settings.from_env())
    app = create_app(hub)
    mix: list[Request] = [
        ("POST", "/api/v1/search/persons", line[2:].encode()) if line[0] == "P"
        else ("GET", line[2:], b"") for line in queries(args.seed, args.persons, args.count)]
    health: list[Request] = [("GET", "/healthz", b"")] * args.count
    async with app.router.lifespan_context(app):
        await drive(app, mix[:300], token, args.concurrency)  # warm caches and threads
        for _ in range(args.rounds):
            for label, requests in (("/healthz", health), ("search mix", mix)):
                started = time.process_time()
                statuses = await drive(app, requests, token, args.concurrency)
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
    asyncio.run(measure(parser.parse_args()))


if __name__ == "__main__":
    main()
