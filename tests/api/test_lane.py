"""The search lane answers the search endpoints exactly as the framework's routing would."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from polex.api import create_app
from polex.api.lane import SearchLane
from polex.api.routers import search
from tests.factories import document, person, vehicle

FIREARM = {"kind": "firearm", "source_id": "F-1", "serial_number": "XK-551230",
           "sharing": {"mode": "all", "frontline": True}}
PHONE = {"kind": "selector", "source_id": "S-1", "selector_type": "phone",
         "value": "+33 6 12 34 56 78"}


@pytest.fixture
def records(hub, callers) -> None:
    france = callers("FRA")
    hub.records.put(france, person("P-1", "Jean-Pierre Dubois", birth_dates=["1970-05-02"]))
    hub.records.put(france, person("P-2", "Мухаммед Алиев", birth_dates=["1974-08-12"]))
    hub.records.put(france, document(number="X1234567"))
    hub.records.put(france, vehicle(vin="1M8GDM9AXKP042788"))
    hub.records.put(france, FIREARM)
    hub.records.put(france, PHONE)


@pytest.fixture
def both(hub, records) -> Iterator[tuple[TestClient, TestClient]]:
    """The app with its search lane, and the same app with the framework's routing only."""
    with TestClient(create_app(hub)) as laned, \
            TestClient(create_app(hub, search_lane=False)) as routed:
        yield laned, routed


def requests(callers) -> list[tuple[str, str, dict[str, Any]]]:
    """Searches good and bad: (method, path, what the client sends)."""
    officer, frontline = callers.headers("DEU"), callers.headers("DEU", "frontline")
    auditor = callers.headers("HUB", "auditor")
    persons = "/api/v1/search/persons"
    return [
        ("POST", persons, {"json": {"name": "Dubois Jean-Pierre"}, "headers": officer}),
        ("POST", persons, {"json": {"name": "Mohamed Aliyev", "birth_date": "1974-08",
                                    "nationality": "RUS", "limit": 3}, "headers": officer}),
        ("POST", persons, {"json": {"name": "Jean-Pierre Dubois", "birth_date": "1970"},
                           "headers": frontline}),
        ("POST", persons, {"json": {"name": "X", "birth_date": "1990-13"}, "headers": officer}),
        ("POST", persons, {"json": {"name": ""}, "headers": officer}),
        ("POST", persons, {"json": {"name": "X", "limit": 0}, "headers": officer}),
        ("POST", persons, {"json": {"limit": 5}, "headers": officer}),
        ("POST", persons, {"json": ["Jean Dupont"], "headers": officer}),
        ("POST", persons, {"content": b'{"name": "Jean', "headers": {
            **officer, "Content-Type": "application/json"}}),
        ("POST", persons, {"content": b'{"name": "Jean Dupont"}', "headers": {
            **officer, "Content-Type": "text/plain"}}),
        ("POST", persons, {"content": b'{"name": "Jean Dupont"}', "headers": officer}),
        ("POST", persons, {"json": {"name": "Jean Dupont"}}),
        ("POST", persons, {"json": {"name": "Jean Dupont"},
                           "headers": {"Authorization": "Bearer not-a-token"}}),
        ("POST", persons, {"json": {"name": "Jean Dupont"}, "headers": auditor}),
        ("POST", persons, {"json": {"name": "Jean Dupont"},
                           "headers": {**officer, "X-Polex-Purpose": "p" * 501}}),
        ("GET", "/api/v1/search/documents?number=X1234567", {"headers": frontline}),
        ("GET", "/api/v1/search/documents?number=x-123%204567&country=fr",
         {"headers": officer}),
        ("GET", "/api/v1/search/documents?number=X1234567&country=Atlantis",
         {"headers": officer}),
        ("GET", "/api/v1/search/documents?number=A&number=X1234567", {"headers": officer}),
        ("GET", "/api/v1/search/documents?number=", {"headers": officer}),
        ("GET", "/api/v1/search/documents", {"headers": officer}),
        ("GET", "/api/v1/search/documents?number=" + "9" * 101, {"headers": officer}),
        ("GET", "/api/v1/search/documents?number=X1234567", {}),
        ("GET", "/api/v1/search/vehicles?vin=1M8GDM9AXKP042788", {"headers": frontline}),
        ("GET", "/api/v1/search/vehicles?plate=ab%20123%20cd", {"headers": officer}),
        ("GET", "/api/v1/search/vehicles?vin=123", {"headers": officer}),
        ("GET", "/api/v1/search/vehicles", {"headers": officer}),
        ("GET", "/api/v1/search/vehicles?vin=" + "1" * 41, {"headers": officer}),
        ("GET", "/api/v1/search/firearms?serial=XK-551230", {"headers": officer}),
        ("GET", "/api/v1/search/firearms?serial=", {"headers": officer}),
        ("GET", "/api/v1/search/selectors?type=phone&value=%2B33612345678",
         {"headers": officer}),
        ("GET", "/api/v1/search/selectors?type=fax&value=1", {"headers": officer}),
        ("GET", "/api/v1/search/selectors?type=phone", {"headers": officer}),
        ("POST", "/api/v1/search", {"json": {"q": "X1234567"}, "headers": officer}),
        ("POST", "/api/v1/search", {"json": {"q": "Jean-Pierre Dubois 02.05.1970",
                                             "limit": 2}, "headers": officer}),
        ("POST", "/api/v1/search", {"json": {"q": ""}, "headers": officer}),
    ]


def answer(response: Any) -> tuple[int, Any, dict[str, str]]:
    """What a caller reads of a response: status, body, and the headers that matter."""
    headers = {k: v for k, v in response.headers.items()
               if k not in {"content-length", "date"}}
    return response.status_code, response.json(), headers


def test_the_lane_answers_every_search_as_the_framework_would(both, callers):
    laned, routed = both
    for method, path, sent in requests(callers):
        ours = answer(laned.request(method, path, **sent))
        theirs = answer(routed.request(method, path, **sent))
        assert ours == theirs, (method, path, sent)


def test_the_lane_answers_valid_searches_and_hands_on_the_rest(hub, records, callers):
    app = create_app(hub, search_lane=False)
    handed_on: list[str] = []

    async def framework(scope: dict, receive: Any, send: Any) -> None:
        handed_on.append(scope["path"] + "?" + scope["query_string"].decode())
        await app(scope, receive, send)

    lane = SearchLane(framework, search.LANE, search.router.routes, max_body_bytes=100)

    async def served(scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and lane.takes(scope):
            scope["app"] = app  # as the app sets it
            await lane(scope, receive, send)
        else:
            await app(scope, receive, send)

    officer = callers.headers("DEU")
    with TestClient(app):  # the app's lifespan: its service threads
        client = TestClient(served)
        found = client.get("/api/v1/search/documents?number=X1234567", headers=officer)
        named = client.post("/api/v1/search/persons", json={"name": "Jean-Pierre Dubois"},
                            headers=officer)
        empty = client.get("/api/v1/search/documents?number=", headers=officer)
        unread = client.post("/api/v1/search/persons", content=b"{", headers={
            **officer, "Content-Type": "application/json"})
        large = client.post("/api/v1/search/persons", json={"name": "J" * 100},
                            headers=officer)
    assert found.json()["hit"] and named.json()["hits"][0]["explanation"]
    assert (empty.status_code, unread.status_code) == (422, 400)
    assert large.status_code == 200  # over the lane's 100 bytes: handed on, and answered
    assert handed_on == ["/api/v1/search/documents?number=", "/api/v1/search/persons?",
                         "/api/v1/search/persons?"]


def test_a_body_over_the_limit_is_refused_as_the_framework_refuses_it(hub, records, callers):
    hub.settings = hub.settings.with_(max_body_bytes=64)
    with TestClient(create_app(hub)) as laned, \
            TestClient(create_app(hub, search_lane=False)) as routed:
        sent = {"json": {"name": "J" * 100}, "headers": callers.headers("DEU")}
        ours = answer(laned.post("/api/v1/search/persons", **sent))
        theirs = answer(routed.post("/api/v1/search/persons", **sent))
    assert ours == theirs and ours[0] == 413
    assert ours[2]["x-frame-options"] == "DENY"  # every answer carries the headers


def test_a_search_that_fails_is_answered_as_the_framework_answers_it(hub, records, callers,
                                                                     monkeypatch):
    def failing(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(hub.search, "identifier", failing)
    path, headers = "/api/v1/search/documents?number=X1234567", callers.headers("DEU")
    # Answered as a server answers what it raises, not raised into the test.
    with TestClient(create_app(hub), raise_server_exceptions=False) as laned, \
            TestClient(create_app(hub, search_lane=False),
                       raise_server_exceptions=False) as routed:
        ours, theirs = laned.get(path, headers=headers), routed.get(path, headers=headers)
    assert answer(ours) == answer(theirs) and ours.status_code == 500
    assert ours.headers["x-frame-options"] == "DENY"  # every answer carries the headers


def test_laned_searches_are_audited_and_counted_by_route(hub, records, callers):
    with TestClient(create_app(hub)) as client:
        client.get("/api/v1/search/documents?number=X1234567",
                   headers={**callers.headers("DEU", "frontline"), "X-Polex-Purpose": "gate 4"})
        metrics = client.get("/metrics").text
    entries = hub.audit_entries(callers("HUB", "auditor"), after=0, org="DEU", limit=10,
                                purpose=None)
    assert [(e["action"], e["purpose"]) for e in entries] == [("search.doc", "gate 4")]
    assert 'route="/api/v1/search/documents"' in metrics
