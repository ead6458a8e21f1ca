"""Helpers of the console tests: users with a known password, a form-posting client."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

from polex.hub import Hub

PASSWORD = "correct horse battery staple"


class Users:
    """Makes console users on demand: ``users("FRA", "officer")`` → the username."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub

    def __call__(self, org: str, role: str = "officer") -> str:
        username = f"{org.lower()}-{role}"
        if not self.hub.user_exists(username):
            self.hub.add_user(username, org, role, PASSWORD)
        return username


class Console:
    """A TestClient that does not follow redirects, with login and CSRF helpers."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    @property
    def csrf(self) -> str:
        """The browser's CSRF token (fetching the login page sets it)."""
        if "polex_csrf" not in self.client.cookies:
            self.client.get("/login")
        return self.client.cookies["polex_csrf"]

    def login(self, username: str, password: str = PASSWORD) -> Any:
        """Log in through the form; the response (303 on success)."""
        return self.client.post("/login", data={"username": username, "password": password,
                                                "csrf": self.csrf, "next": "/"})

    def get(self, url: str, **kwargs: Any) -> Any:
        return self.client.get(url, **kwargs)

    def post(self, url: str, data: dict[str, str], *, csrf: bool = True) -> Any:
        """POST a form, with the right CSRF token unless told otherwise."""
        return self.client.post(url, data={**({"csrf": self.csrf} if csrf else {}), **data})

    def create(self, **fields: str) -> str:
        """Create a record through the form; its id."""
        data = {"kind": "person", "sharing.mode": "all", "sharing.frontline": "on", **fields}
        response = self.post("/records/new", data)
        assert response.status_code == 303, response.text
        return record_id_of(response.headers["location"])


def record_id_of(location: str) -> str:
    """The record id in a ``/records/<id>...`` URL."""
    match = re.search(r"/records/([0-9a-f-]{36})", location)
    assert match, location
    return match[1]
