"""Shared fixtures: a hub on a clean store, and callers of every role.

The backend is chosen by one variable: ``POLEX_TEST_DATABASE_URL`` (a PostgreSQL URL) runs
the whole suite against PostgreSQL; unset, each test gets its own SQLite file.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from polex.access.identities import authenticate_token
from polex.access.principal import Principal
from polex.config import Settings
from polex.hub import Hub
from polex.store.engine import open_engine, write
from polex.store.schema import metadata

PG_URL = os.environ.get("POLEX_TEST_DATABASE_URL")
BACKEND = "postgresql" if PG_URL else "sqlite"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    skip_pg = pytest.mark.skip(reason="PostgreSQL-only test; set POLEX_TEST_DATABASE_URL")
    skip_sqlite = pytest.mark.skip(reason="SQLite-only test")
    for item in items:
        if "postgres_only" in item.keywords and BACKEND != "postgresql":
            item.add_marker(skip_pg)
        if "sqlite_only" in item.keywords and BACKEND != "sqlite":
            item.add_marker(skip_sqlite)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A migrated store, made once per session: a SQLite file to copy, or a PG schema."""
    if PG_URL:
        engine = open_engine(PG_URL, migrate_schema=False)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        open_engine(PG_URL).dispose()
        engine.dispose()
        return PG_URL
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_engine(f"sqlite:///{path}").dispose()
    return str(path)


@pytest.fixture
def database_url(template_db: str, tmp_path: Path) -> Iterator[str]:
    """A clean, migrated store for one test."""
    if PG_URL:
        engine = open_engine(PG_URL, migrate_schema=False)
        names = ", ".join(t.name for t in metadata.sorted_tables)
        with engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        engine.dispose()
        yield PG_URL
        return
    path = tmp_path / "polex.sqlite"
    shutil.copy(template_db, path)
    yield f"sqlite:///{path}"


@pytest.fixture
def hub(database_url: str) -> Iterator[Hub]:
    """A hub on a clean store, with every member country as an organisation."""
    hub = Hub(Settings(database_url=database_url))
    yield hub
    hub.close()


class Callers:
    """Makes users of any organisation and role, returning their principal and token."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self.tokens: dict[str, str] = {}

    def __call__(self, org: str, role: str = "officer") -> Principal:
        return self.principal(org, role)

    def token(self, org: str, role: str = "officer") -> str:
        username = f"{org.lower()}-{role}"
        if username not in self.tokens:
            self.hub.add_user(username, org, role)
            self.tokens[username] = str(self.hub.issue_token(username))
        return self.tokens[username]

    def principal(self, org: str, role: str = "officer") -> Principal:
        token = self.token(org, role)
        with write(self.hub.engine) as conn, conn.begin():
            return authenticate_token(conn, token)

    def headers(self, org: str, role: str = "officer") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(org, role)}"}


@pytest.fixture
def callers(hub: Hub) -> Callers:
    """``callers("FRA", "officer")`` → a principal; ``callers.headers(...)`` for HTTP."""
    return Callers(hub)


@pytest.fixture
def client(hub: Hub):
    """An HTTP client for the app serving ``hub``."""
    from fastapi.testclient import TestClient

    from polex.api import create_app

    with TestClient(create_app(hub)) as test_client:
        yield test_client
