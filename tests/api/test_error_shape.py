"""Every error, whatever its cause, has one shape: RFC 9457 problem details."""

from __future__ import annotations

import pytest

PROBLEM_KEYS = {"type", "title", "status", "detail"}


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), [
    ("get", "/api/v1/records", {}, 401),
    ("get", "/api/v1/records/nope", {"auth": True}, 404),
    ("get", "/api/v1/no-such-thing", {}, 404),
    ("patch", "/api/v1/records", {"auth": True}, 405),
    ("get", "/api/v1/records?limit=0", {"auth": True}, 422),
    ("get", "/api/v1/audit", {"auth": True}, 403),
    ("post", "/api/v1/records", {"auth": True, "json": {"kind": "person"}}, 422),
])
def test_errors_are_problem_details(client, callers, method, path, kwargs, status):
    headers = callers.headers("FRA") if kwargs.pop("auth", False) else {}
    response = getattr(client, method)(path, headers=headers, **kwargs)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert set(body) >= PROBLEM_KEYS and body["status"] == status


def test_query_errors_name_the_parameter(client, callers):
    body = client.get("/api/v1/records?limit=0", headers=callers.headers("FRA")).json()
    assert body["errors"][0]["field"] == "limit"


def test_an_expired_or_revoked_token_is_refused(client, callers, hub):
    headers = callers.headers("FRA")
    assert client.delete("/api/v1/tokens/current", headers=headers).status_code == 204
    response = client.get("/api/v1/me", headers=headers)
    assert response.status_code == 401 and "revoked" in response.json()["detail"]
