"""The caller's headers: read by hand for speed, yet refused and documented as before."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("name", "longest"), [("X-Polex-Purpose", 500), ("X-Polex-Post", 100)])
def test_an_over_long_header_is_422_naming_it(client, callers, name, longest):
    headers = {**callers.headers("FRA"), name: "x" * (longest + 1)}
    response = client.get("/api/v1/search/firearms", params={"serial": "AB123"},
                          headers=headers)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"] == [
        {"field": name.lower(), "reason": f"String should have at most {longest} characters"}]
    at_limit = {**callers.headers("FRA"), name: "x" * longest}
    assert client.get("/api/v1/search/firearms", params={"serial": "AB123"},
                      headers=at_limit).status_code == 200


def test_a_missing_or_malformed_authorization_is_still_401(client):
    for headers in ({}, {"Authorization": "Basic abc"}, {"Authorization": "Bearer  "}):
        response = client.get("/api/v1/me", headers=headers)
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


def test_the_purpose_is_audited(client, callers, hub):
    client.get("/api/v1/search/firearms", params={"serial": "AB123"},
               headers={**callers.headers("FRA"), "X-Polex-Purpose": "case 2024/117"})
    entries = hub.audit_entries(callers("HUB", "auditor"), after=0, org="FRA", limit=10,
                                purpose=None)
    assert [e["purpose"] for e in entries if e["action"] == "search.serial"] == ["case 2024/117"]


def test_the_openapi_description_lists_the_headers_each_operation_reads(client):
    paths = client.get("/openapi.json").json()["paths"]

    def headers(path, method):
        return {p["name"]: p["schema"].get("maxLength")
                for p in paths[path][method].get("parameters", []) if p["in"] == "header"}

    assert headers("/api/v1/search/persons", "post") == {
        "authorization": None, "x-polex-post": 100, "x-polex-purpose": 500}
    assert headers("/api/v1/orgs", "get") == {"authorization": None, "x-polex-post": 100}
    assert headers("/api/v1/auth/login", "post") == {}
    client.get("/openapi.json")  # asked again: nothing listed twice
    again = client.get("/openapi.json").json()["paths"]["/api/v1/search/persons"]["post"]
    assert len(again["parameters"]) == 3
