"""Failed logins: a password is guessed one try at a time, so too many wrong ones in a row
make the account wait, whatever is tried next; every wrong one is on the audit trail."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from polex.access import audit
from polex.errors import NotAuthenticated, TooManyAttempts

SECRET = "a long enough secret"
NOW = datetime(2026, 11, 25, 9, 0)


@pytest.fixture
def clock(monkeypatch):
    """The hub's clock, moved by hand."""
    now = [NOW]
    monkeypatch.setattr("polex.access.logins.utcnow", lambda: now[0])
    return now


@pytest.fixture
def jdupont(hub):
    hub.add_user("jdupont", "FRA", "officer", SECRET)
    return "jdupont"


def wrong(hub, username: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(NotAuthenticated):
            hub.login(username, "not the secret")


def test_five_wrong_passwords_in_a_row_refuse_even_the_right_one_for_a_while(hub, jdupont,
                                                                            clock):
    wrong(hub, jdupont, 5)
    with pytest.raises(TooManyAttempts, match="try again after 2026-11-25 09:15:00 UTC"):
        hub.login(jdupont, SECRET)
    clock[0] = NOW + timedelta(minutes=14)
    with pytest.raises(TooManyAttempts):
        hub.login(jdupont, SECRET)
    clock[0] = NOW + timedelta(minutes=15, seconds=1)
    assert hub.login(jdupont, SECRET).token_id


def test_a_right_password_starts_the_count_again(hub, jdupont, clock):
    wrong(hub, jdupont, 4)
    hub.login(jdupont, SECRET)
    wrong(hub, jdupont, 4)
    assert hub.login(jdupont, SECRET).token_id


def test_the_count_and_the_lock_hold_in_every_process(hub, jdupont, clock, database_url):
    from polex.config import Settings
    from polex.hub import Hub

    other = Hub(Settings(database_url=database_url))
    wrong(hub, jdupont, 3)
    wrong(other, jdupont, 2)
    with pytest.raises(TooManyAttempts):
        hub.login(jdupont, SECRET)
    other.close()


def test_a_name_of_nobody_fails_as_a_wrong_password_does_and_locks_nothing(hub, clock):
    for _ in range(8):
        with pytest.raises(NotAuthenticated, match="Unknown username or wrong password"):
            hub.login("nobody", SECRET)


def test_wrong_passwords_and_the_lock_are_on_the_audit_trail(hub, jdupont, clock):
    wrong(hub, jdupont, 5)
    with hub.engine.connect() as conn:
        failures = [e for e in audit.entries(conn) if e["action"] == "auth.login_failed"]
    assert len(failures) == 5 and {e["target"] for e in failures} == {jdupont}
    assert [e["result"]["locked_until"] for e in failures] == [None] * 4 + [
        "2026-11-25T09:15:00Z"]


def test_the_limits_are_settings(database_url, clock):
    from polex.config import Settings
    from polex.hub import Hub

    strict = Hub(Settings(database_url=database_url, login_max_failures=2,
                          login_lockout_minutes=60))
    strict.add_user("jdupont", "FRA", "officer", SECRET)
    wrong(strict, "jdupont", 2)
    clock[0] = NOW + timedelta(minutes=59)
    with pytest.raises(TooManyAttempts, match="10:00:00 UTC"):
        strict.login("jdupont", SECRET)
    strict.close()


def test_over_http_a_refused_login_is_429_saying_until_when(client, hub, jdupont, clock):
    wrong(hub, jdupont, 5)
    response = client.post("/api/v1/auth/login", json={"username": jdupont,
                                                         "password": SECRET})
    assert response.status_code == 429
    assert response.json()["detail"].endswith("try again after 2026-11-25 09:15:00 UTC")
