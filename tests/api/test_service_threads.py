"""Search endpoints hand the search to the service threads (a single search on SQLite runs on
the event loop, and the searches of one turn of the loop share one commit), with or without
a lifespan."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from polex.access import audit
from polex.api import create_app
from polex.api.tokens import TokenCache
from polex.config import Settings
from polex.hub import Hub
from tests.conftest import BACKEND, Callers
from tests.factories import document


def _threads_searching(hub, monkeypatch, method: str) -> list[str]:
    """The names of the threads that run ``hub.search.<method>`` from now on."""
    seen: list[str] = []
    search = getattr(hub.search, method)

    def spy(*args, **kwargs):
        seen.append(threading.current_thread().name)
        return search(*args, **kwargs)

    monkeypatch.setattr(hub.search, method, spy)
    return seen


def test_single_searches_run_on_the_event_loop_on_sqlite_alone(client, callers, hub,
                                                                monkeypatch):
    # On PostgreSQL a read waits on the network, and the threads overlap those waits.
    on_loop = BACKEND == "sqlite"
    looked_up = _threads_searching(hub, monkeypatch, "identifier")
    searched = _threads_searching(hub, monkeypatch, "persons")
    compared = _threads_searching(hub, monkeypatch, "compare")
    for role in ("frontline", "officer"):
        headers = callers.headers("FRA", role)
        assert client.get("/api/v1/search/firearms", params={"serial": "AB123"},
                          headers=headers).status_code == 200
        assert client.post("/api/v1/search/persons", json={"name": "Ana Costa"},
                           headers=headers).status_code == 200
    assert client.post("/api/v1/compare", json={"a": {"names": [{"full": "Ana Costa"}]},
                                                "b": {"names": [{"full": "Anna Costa"}]}},
                       headers=callers.headers("FRA", "analyst")).status_code == 200
    threads = [*looked_up, *searched, *compared]
    assert len(threads) == 5
    assert all(name.startswith("polex-service") != on_loop for name in threads), threads


def test_a_manifest_is_screened_on_the_service_threads(client, callers, hub, monkeypatch):
    # Hundreds of milliseconds for hundreds of travellers: never on the event loop.
    seen = _threads_searching(hub, monkeypatch, "screen")
    response = client.post("/api/v1/screen", json={"travellers": [{"name": "Ana Costa"}]},
                           headers=callers.headers("FRA", "frontline"))
    assert response.status_code == 200
    assert seen and seen[0].startswith("polex-service")


def test_quick_searches_keep_to_the_threads_when_told(database_url, callers, monkeypatch):
    hub = Hub(Settings(database_url=database_url, quick_searches_on_loop=False))
    seen = _threads_searching(hub, monkeypatch, "identifier")
    with TestClient(create_app(hub)) as client:
        response = client.get("/api/v1/search/documents", params={"number": "X1234567"},
                              headers=Callers(hub).headers("FRA", "frontline"))
    hub.close()
    assert response.status_code == 200
    assert seen and seen[0].startswith("polex-service")


def test_an_app_driven_without_its_lifespan_still_searches(hub, callers):
    hub.records.put(callers("FRA"), document(number="X1234567"))
    client = TestClient(create_app(hub))  # no `with`: the lifespan does not run
    response = client.get("/api/v1/search/documents", params={"number": "X1234567"},
                          headers=callers.headers("DEU"))
    assert response.status_code == 200 and response.json()["hits"]


def test_errors_raised_on_a_service_thread_are_problem_details(client, callers):
    response = client.post("/api/v1/screen", json={"travellers": [{"name": ""}]},
                           headers=callers.headers("ESP"))
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["field"] == "travellers[0].name"


def _searched_at_once(app, headers: dict[str, str], names: list[str]) -> list[Any]:
    """Person searches sent together to ``app`` on one event loop; their responses."""
    async def search_all() -> list[Any]:
        # As a server does, answer 500 for an unhandled error rather than raise it here.
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://polex") as http:
            return await asyncio.gather(*(
                http.post("/api/v1/search/persons", json={"name": name}, headers=headers)
                for name in names))

    return asyncio.run(search_all())


def test_searches_on_the_event_loop_share_the_commit_of_their_audit_entries(hub, callers):
    names = ["Ana Costa", "Ivan Petrov", "Li Wei", "Omar Haddad", "Maria Silva", "Jan Novak"]
    commits, headers = hub.search.commits, callers.headers("FRA")
    before = (commits.batches, _audit_entries(hub))
    responses = _searched_at_once(create_app(hub), headers, names)
    assert [r.status_code for r in responses] == [200] * len(names)
    assert _audit_entries(hub) == before[1] + len(names)  # every search audited
    if BACKEND == "sqlite":  # on the event loop: one transaction for all six
        assert commits.batches == before[0] + 1


def test_a_search_whose_audit_entry_fails_to_commit_is_not_answered(hub, callers,
                                                                    monkeypatch):
    def failing(*args, **kwargs):
        raise RuntimeError("disk I/O error")

    headers = callers.headers("FRA")
    monkeypatch.setattr(audit, "append", failing)
    responses = _searched_at_once(create_app(hub), headers, ["Ana Costa"])
    assert responses[0].status_code == 500
    assert "hits" not in responses[0].json()


def _audit_entries(hub) -> int:
    with hub.engine.connect() as conn:
        return audit.verify(conn).entries


@pytest.mark.sqlite_only
def test_searches_on_the_event_loop_keep_one_connection_and_see_every_commit(hub, callers):
    # Checking a pooled connection out and in again for every search, and for each turn's
    # commit, cost the frontline mix a tenth of its CPU in process: the loop keeps one.
    checkouts: list[int] = []
    event.listen(hub.engine, "checkout", lambda *_: checkouts.append(1))
    headers = callers.headers("DEU")
    with TestClient(create_app(hub)) as client:
        client.app.state.token_cache = TokenCache(ttl=600)  # no token look-ups below

        def look_up() -> list[Any]:
            response = client.get("/api/v1/search/documents", params={"number": "X1234567"},
                                  headers=headers)
            assert response.status_code == 200
            return response.json()["hits"]

        assert look_up() == []
        entries = _audit_entries(hub)
        checkouts.clear()
        assert [look_up() for _ in range(5)] == [[]] * 5
        assert checkouts == []
        assert _audit_entries(hub) == entries + 5  # every search's entry has committed
        # Each search reads afresh: a record written meanwhile by another connection is
        # found by the next one.
        hub.records.put(callers("FRA"), document(number="X1234567"))
        assert look_up()


@pytest.mark.sqlite_only
def test_a_failed_commit_leaves_the_loops_connection_fit_for_the_next_search(
        hub, callers, monkeypatch):
    hub.records.put(callers("FRA"), document(number="X1234567"))
    headers = callers.headers("DEU")
    append = audit.append

    def failing(*args, **kwargs):
        raise RuntimeError("disk I/O error")

    with TestClient(create_app(hub), raise_server_exceptions=False) as client:
        def look_up() -> Any:
            return client.get("/api/v1/search/documents", params={"number": "X1234567"},
                              headers=headers)

        monkeypatch.setattr(audit, "append", failing)
        assert look_up().status_code == 500
        monkeypatch.setattr(audit, "append", append)
        entries = _audit_entries(hub)
        answer = look_up()
        assert answer.status_code == 200 and answer.json()["hits"]
        assert _audit_entries(hub) == entries + 1
