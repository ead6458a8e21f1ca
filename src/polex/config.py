"""Settings, read once from ``POLEX_*`` environment variables, with defaults.

Every setting is a field of :class:`Settings` with its environment name, its default and a
one-line description; ``docs/settings.md`` lists them all (a test keeps the two in step).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

from polex.errors import InvalidInput

__all__ = ["Settings", "get_settings"]


def _setting(default: Any, doc: str) -> Any:
    return field(default=default, metadata={"doc": doc})


@dataclass(frozen=True)
class Settings:
    """The whole configuration of a polex process."""

    database_url: str = _setting(
        "sqlite:///polex.sqlite",
        "SQLAlchemy URL of the store: a SQLite file, or postgresql+psycopg://user@host/db",
    )
    host: str = _setting("127.0.0.1", "Address the HTTP server binds to")
    port: int = _setting(8000, "Port the HTTP server listens on")
    workers: int = _setting(1, "Number of API worker processes started by `polex serve`")
    request_threads: int = _setting(
        8, "Requests each API process works on at once (its threads; it keeps as many "
        "database connections open). More only queue for the same cores")
    quick_searches_on_loop: bool = _setting(
        True, "On SQLite, run each single search (a look-up, a person search, free text, a "
        "comparison) on the API process's event loop, not on its threads (docs/"
        "architecture.md, HTTP: ~1.3x the searches a second); manifests, and everything "
        "on PostgreSQL, use the threads")
    max_body_bytes: int = _setting(
        4 * 1024 * 1024, "Largest request body accepted, in bytes (413 above it)"
    )
    session_hours: int = _setting(12, "Lifetime of a console login session, in hours")
    login_max_failures: int = _setting(
        5, "Wrong passwords in a row after which a user's logins are refused for a while")
    login_lockout_minutes: int = _setting(
        15, "How long logins are refused after too many wrong passwords, in minutes")
    token_days: int = _setting(90, "Default lifetime of an API token made by the CLI, in days")
    page_size_max: int = _setting(500, "Largest page a list endpoint returns")
    log_level: str = _setting("info", "Log level of the server: debug, info, warning, error")
    hit_threshold: float = _setting(
        0.7, "Score from which a search result is a hit (and its owner is notified)"
    )
    notify_window_hours: int = _setting(
        24, "A searcher hitting the same record again within this many hours is not notified twice"
    )
    search_candidates: int = _setting(200, "Most candidates scored per person search")
    search_cache_records: int = _setting(
        100_000, "Records whose envelope and match form each API process keeps decoded in "
        "memory for search (checked against the stored version on every use)")
    freeze_survivors: bool = _setting(
        True, "Keep what survives a full garbage collection out of the next ones (the "
        "search caches: a full scan of them stalls a search for ~0.2 s); survivors of "
        "middle-generation collections too; everything rescanned every five minutes by a "
        "background thread")
    max_upload_bytes: int = _setting(
        2 * 1024 * 1024 * 1024,
        "Largest image upload (triage, registration) accepted, in bytes (413 above it)",
    )
    triage_dir: str = _setting(
        "", "Folder for triage jobs' uploads and results (default: <system temp>/polex-triage); "
        "shared by all API processes of a machine",
    )
    triage_keep_hours: float = _setting(
        24.0, "Hours a finished triage result is kept for the user who uploaded it"
    )
    triage_workers: int = _setting(1, "Processes hashing images per triage job")

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        """Read every ``POLEX_<FIELD>`` variable present, converting to the field's type."""
        env = dict(os.environ if env is None else env)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(env_name(f.name))
            if raw is None:
                continue
            values[f.name] = _convert(f.name, raw, type(f.default))
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        """A copy with some settings changed (tests and the CLI use this)."""
        return replace(self, **changes)


def env_name(field_name: str) -> str:
    """The environment variable that sets a field: ``database_url`` → ``POLEX_DATABASE_URL``."""
    return "POLEX_" + field_name.upper()


def describe() -> list[tuple[str, str, str]]:
    """(variable, default, description) for every setting, for docs and `--help`."""
    return [(env_name(f.name), str(f.default), f.metadata["doc"]) for f in fields(Settings)]


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


def _convert(name: str, raw: str, kind: type) -> Any:
    if kind is bool:
        word = raw.strip().lower()
        if word not in _TRUE | _FALSE:
            raise InvalidInput.field(env_name(name), f"{raw!r} is not one of true or false")
        return word in _TRUE
    try:
        value = kind(raw)
    except ValueError as exc:
        raise InvalidInput.field(env_name(name), f"{raw!r} is not a valid {kind.__name__}") from exc
    if kind in (int, float) and value < 0:  # sizes, counts, hours, ports: never negative
        raise InvalidInput.field(env_name(name), f"{raw!r} is negative")
    return value


_settings: Settings | None = None


def get_settings() -> Settings:
    """The process-wide settings, read from the environment on first use."""
    global _settings
    if _settings is None:
        _settings = Settings.from_env()
    return _settings
