"""How many records each index key points to, as person search weighs its keys.

Candidate selection needs, per query key, the number of records under it: rare keys are
fetched and weigh more (idf), keys held by a large share of the index are skipped. The
store keeps each key's count with the index (``schema.search_key_counts``), so reading one
is a primary-key look-up, not a walk over the key's rows (tens of thousands for a common
key at a million persons). The counts only weigh keys, so a minute-old count serves as
well: known counts are kept, per process, for ``max_age`` seconds, which saves a
statement per search. A key that had no records is never remembered as such, so a record
written a moment ago is found by its keys at once.

How common a searched name is for name rarity is counted elsewhere
(``search.name_counts``): over the records the caller may see, which these counts are not.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable

from sqlalchemy import Connection, Engine

from polex.access import lookup

__all__ = ["KeyFrequencies"]

_log = logging.getLogger(__name__)


class KeyFrequencies:
    """Key counts and the index size, from the store, remembered briefly (thread-safe)."""

    def __init__(self, *, max_age: float = 60.0, size: int = 500_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_age = max_age
        self.size = size
        self.clock = clock
        self._counts: OrderedDict[str, tuple[float, int]] = OrderedDict()
        self._totals: dict[str, tuple[float, int]] = {}
        self._recounting: set[str] = set()  # kinds a thread is counting afresh
        self._lock = threading.Lock()

    def counts(self, conn: Connection, keys: Iterable[str]) -> dict[str, int]:
        """How many records each key points to (keys with none are left out)."""
        now = self.clock()
        known, unknown = {}, []
        with self._lock:
            for key in keys:
                entry = self._counts.get(key)
                if entry is not None and now - entry[0] <= self.max_age:
                    known[key] = entry[1]
                else:
                    unknown.append(key)
        if not unknown:
            return known
        fresh = lookup.key_counts(conn, set(unknown))
        with self._lock:
            for key, count in fresh.items():
                self._counts[key] = (now, count)
                self._counts.move_to_end(key)
            while len(self._counts) > self.size:
                self._counts.popitem(last=False)
        return known | fresh

    def total(self, conn: Connection, kind: str) -> int:
        """Roughly how many records of ``kind`` the index holds (at least 1).

        Counting them walks the index (~1 s at a million persons), so only a process's
        first search waits for it; once the count is older than ``max_age``, searches go
        on with it while one thread counts afresh on a connection of its own.
        """
        now = self.clock()
        with self._lock:
            stamp, total = self._totals.get(kind, (0.0, 0))
            stale = bool(total) and now - stamp > self.max_age and kind not in self._recounting
            if stale:
                self._recounting.add(kind)
        if not total:
            total = max(lookup.indexed_count(conn, kind), 1)
            with self._lock:
                self._totals[kind] = (now, total)
        elif stale:
            threading.Thread(target=self._recount, args=(conn.engine, kind), daemon=True,
                             name="polex-index-count").start()
        return total

    def _recount(self, engine: Engine, kind: str) -> None:
        try:
            with engine.connect() as conn:
                total = max(lookup.indexed_count(conn, kind), 1)
            with self._lock:
                self._totals[kind] = (self.clock(), total)
        except Exception:  # the count in hand serves until the next try
            _log.warning("counting the indexed %s records failed", kind, exc_info=True)
        finally:
            with self._lock:
                self._recounting.discard(kind)
