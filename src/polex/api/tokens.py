"""A short-lived, per-process memory of recently authenticated bearer tokens.

Every API request authenticates. Looking the token up is one indexed read, but over
HTTP it costs a pooled connection's checkout, a read transaction and the SQLite page
cache's reload after other processes' commits: ~50-100 µs of CPU per request, most of
what the API adds to a document look-up besides the search. Integrations (border
screening, national systems) send many requests a second on one token, so this process
remembers for ``ttl`` seconds that a token was valid, and for whom.

What that allows, stated plainly (``docs/api.md``, "Tokens"):

* a token revoked through this process's API (``DELETE /api/v1/tokens/...``) is refused by
  this process at once (``forget`` runs before the answer);
* a token revoked any other way (another worker process, the console, the CLI), or a user
  deactivated, is refused by every process within ``ttl`` seconds (default 1 s);
* a token's expiry is checked on every request against the stored expiry: never late;
* only successes are remembered: an invalid token is looked up every time.

Entries are keyed by the token's SHA-256, so the memory holds no usable secret.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from datetime import UTC, datetime

from polex.access.identities import TOKEN_EXPIRED
from polex.access.principal import Principal
from polex.errors import NotAuthenticated

__all__ = ["TOKEN_CACHE_SECONDS", "TokenCache"]

TOKEN_CACHE_SECONDS = 1.0


def utcnow() -> datetime:
    """Now, as the store keeps times: naive UTC (what a token's expiry is compared with)."""
    return datetime.now(UTC).replace(tzinfo=None)


class TokenCache:
    """token → (principal, expiry) for ``ttl`` seconds; at most ``max_entries`` tokens.

    Used from the event loop's thread (``get``, ``put``) and from request threads
    (``forget``); each operation is a single dict operation, atomic under the GIL.
    """

    def __init__(self, ttl: float = TOKEN_CACHE_SECONDS, *, max_entries: int = 10_000,
                 clock: Callable[[], float] = time.monotonic,
                 now: Callable[[], datetime] = utcnow) -> None:
        self.ttl, self.max_entries = ttl, max_entries
        self._clock, self._now = clock, now
        # digest → (principal, token expiry, monotonic time the entry stops being trusted)
        self._entries: dict[str, tuple[Principal, datetime, float]] = {}

    def get(self, token: str) -> Principal | None:
        """The principal ``token`` was found valid for in the last ``ttl`` seconds, or None
        (look it up). ``NotAuthenticated`` if the token has expired since."""
        if self.ttl <= 0:
            return None
        key = _key(token)
        entry = self._entries.get(key)
        if entry is None:
            return None
        principal, expires, trusted_until = entry
        if self._clock() >= trusted_until:
            self._entries.pop(key, None)
            return None
        if expires <= self._now():
            self._entries.pop(key, None)
            raise NotAuthenticated(TOKEN_EXPIRED)
        return principal

    def put(self, token: str, principal: Principal, expires: datetime) -> None:
        """Remember that ``token`` is valid for ``principal`` (until ``expires`` at most)."""
        if self.ttl <= 0:
            return
        if len(self._entries) >= self.max_entries:
            self._prune()
        self._entries[_key(token)] = (principal, expires, self._clock() + self.ttl)

    def forget(self, token_id: str) -> None:
        """Stop trusting the token named ``token_id`` (it was just revoked)."""
        for key, (principal, _, _) in list(self._entries.items()):
            if principal.token_id == token_id:
                self._entries.pop(key, None)

    def _prune(self) -> None:
        now = self._clock()
        for key, (_, _, trusted_until) in list(self._entries.items()):
            if now >= trusted_until:
                self._entries.pop(key, None)
        if len(self._entries) >= self.max_entries:  # a burst of distinct tokens: start over
            self._entries.clear()


def _key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
