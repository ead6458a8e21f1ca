"""Fixtures for the web console: a hub on a temporary SQLite file, users, a logged-in
HTTP client, and (for browser tests) the app served by uvicorn plus headless Chromium."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from polex.api import create_app
from polex.config import Settings
from polex.hub import Hub
from tests.web.support import Console, Users

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture
def web_hub(tmp_path: Path) -> Iterator[Hub]:
    """A hub on its own SQLite file."""
    hub = Hub(Settings(database_url=f"sqlite:///{tmp_path}/t.sqlite"))
    yield hub
    hub.close()


@pytest.fixture
def users(web_hub: Hub) -> Users:
    """``users("FRA", "officer")`` makes (once) and names a user with ``PASSWORD``."""
    return Users(web_hub)


@pytest.fixture
def console(web_hub: Hub) -> Iterator[Console]:
    """An anonymous browser-like client of the app serving ``web_hub``."""
    with TestClient(create_app(web_hub), follow_redirects=False) as client:
        yield Console(client)


@pytest.fixture
def officer(console: Console, users: Users) -> Console:
    """The console client, logged in as a French bureau officer."""
    assert console.login(users("FRA")).status_code == 303
    return console


# -- browser tests -----------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[tuple[str, Hub]]:
    """The app served by uvicorn on a free localhost port: (base URL, hub)."""
    import uvicorn

    hub = Hub(Settings(database_url=f"sqlite:///{tmp_path}/live.sqlite"))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(hub), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}", hub
    server.should_exit = True
    thread.join(timeout=10)
    hub.close()


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Debian's headless Chromium driven by Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium to run browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    """A fresh browser context and page; ``page.problems`` collects CSP violations, script
    errors and failed sub-resources (stylesheet, icon)."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []

    def on_console(message: Any) -> None:
        # A page answered 401/422 is logged as a failed load: the responses hook sees those.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            problems.append(message.text)

    def on_response(response: Any) -> None:
        if response.status >= 400 and response.request.resource_type != "document":
            problems.append(f"{response.status} {response.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("response", on_response)
    page.problems = problems
    yield page
    context.close()
