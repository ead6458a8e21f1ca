"""Search endpoints hand the search to the service threads, with or without a lifespan."""

from __future__ import annotations

import threading

from fastapi.testclient import TestClient

from polex.api import create_app
from tests.factories import document


def test_searches_run_on_the_service_threads(client, callers, hub, monkeypatch):
    seen = []
    search = hub.search.identifier

    def spy(*args, **kwargs):
        seen.append(threading.current_thread().name)
        return search(*args, **kwargs)

    monkeypatch.setattr(hub.search, "identifier", spy)
    response = client.get("/api/v1/search/firearms", params={"serial": "AB123"},
                          headers=callers.headers("FRA"))
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
