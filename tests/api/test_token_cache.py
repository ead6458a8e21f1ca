"""The API's memory of valid tokens: revocation and expiry still take effect, in stated time."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from polex.access.principal import Principal
from polex.access.roles import Role
from polex.api import create_app
from polex.api.tokens import TOKEN_CACHE_SECONDS, TokenCache
from polex.errors import NotAuthenticated
from polex.store.records import utcnow


class Clock:
    """A monotonic clock and a UTC wall clock that only move when told to."""

    def __init__(self) -> None:
        self.seconds, self.wall = 1000.0, utcnow()

    def monotonic(self) -> float:
        return self.seconds

    def utcnow(self):
        return self.wall


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def api(hub, clock):
    app = create_app(hub)
    with TestClient(app) as client:
        app.state.token_cache = TokenCache(clock=clock.monotonic, now=clock.utcnow)
        yield client


def test_a_token_revoked_by_another_process_is_refused_within_the_stated_time(
        api, callers, hub, clock):
    headers = callers.headers("FRA")
    assert api.get("/api/v1/me", headers=headers).status_code == 200
    # Revoked in the store directly, as another worker process or the console would.
    principal = callers("FRA")
    hub.revoke_token(principal, principal.token_id)
    assert api.get("/api/v1/me", headers=headers).status_code == 200  # the stated window
    clock.seconds += TOKEN_CACHE_SECONDS
    response = api.get("/api/v1/me", headers=headers)
    assert response.status_code == 401 and "revoked" in response.json()["detail"]


def test_a_token_revoked_through_this_process_is_refused_at_once(api, callers, hub):
    officer = callers.headers("FRA")
    token_id = api.get("/api/v1/me", headers=officer).json()["token_id"]
    admin = callers.headers("HUB", "admin")
    assert api.delete(f"/api/v1/tokens/{token_id}", headers=admin).status_code == 204
    response = api.get("/api/v1/me", headers=officer)
    assert response.status_code == 401 and "revoked" in response.json()["detail"]


def test_a_remembered_token_is_refused_once_it_expires(api, callers, clock):
    headers = callers.headers("FRA")
    assert api.get("/api/v1/me", headers=headers).status_code == 200
    clock.wall += timedelta(days=365)  # past the token's expiry; the memory is still fresh
    response = api.get("/api/v1/me", headers=headers)
    assert response.status_code == 401 and "expired" in response.json()["detail"]


def test_searches_with_a_remembered_token_are_still_audited_each(api, callers, hub):
    headers = callers.headers("FRA")
    for _ in range(3):
        response = api.get("/api/v1/search/documents", params={"number": "X1234567"},
                           headers=headers)
        assert response.status_code == 200
    auditor = callers("HUB", "auditor")
    entries = hub.audit_entries(auditor, after=0, org="FRA", limit=100, purpose=None)
    assert sum(e["action"].startswith("search") for e in entries) == 3


def test_the_post_header_applies_to_its_own_request_only(api, callers, hub):
    headers = callers.headers("FRA")
    api.get("/api/v1/me", headers={**headers, "X-Polex-Post": "Irun border post"})
    cache: TokenCache = api.app.state.token_cache
    assert cache.get(callers.token("FRA")).post is None


def principal(token_id: str = "t1") -> Principal:
    return Principal("fra-officer", "FRA", Role.officer, 1, token_id)


def test_the_cache_forgets_by_token_id_and_stays_bounded(clock):
    cache = TokenCache(max_entries=2, clock=clock.monotonic, now=clock.utcnow)
    later = clock.wall + timedelta(days=1)
    cache.put("a", principal("t1"), later)
    cache.put("b", principal("t2"), later)
    cache.forget("t1")
    assert cache.get("a") is None and cache.get("b") == principal("t2")
    for name in "cdef":
        cache.put(name, principal(name), later)
    assert len(cache._entries) <= 2


def test_a_zero_ttl_remembers_nothing(clock):
    cache = TokenCache(0, clock=clock.monotonic, now=clock.utcnow)
    cache.put("a", principal(), clock.wall + timedelta(days=1))
    assert cache.get("a") is None


def test_an_expired_entry_raises_rather_than_answering(clock):
    cache = TokenCache(clock=clock.monotonic, now=clock.utcnow)
    cache.put("a", principal(), clock.wall + timedelta(seconds=1))
    clock.wall += timedelta(seconds=1)
    with pytest.raises(NotAuthenticated):
        cache.get("a")
