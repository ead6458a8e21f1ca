"""How many records each index key points to, as person search weighs its keys.

Candidate selection needs, per query key, the number of records under it: rare keys are
fetched and weigh more (idf), keys held by a large share of the index are skipped. The
store keeps each key's count with the index (``schema.search_key_counts``), so reading one
is a primary-key look-up, not a walk over the key's rows (tens of thousands for a common
key at a million persons); so is the index's size, kept with them. The counts only weigh
keys, so a minute-old count serves as well: known counts are kept, per process, for
``max_age`` seconds, which saves a statement per search. A key that had no records is
never remembered as such, so a record written a moment ago is found by its keys at once.

How common a searched name is for name rarity is counted elsewhere
(``search.name_counts``): over the records the caller may see, which these counts are not.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable

from sqlalchemy import Connection

from polex.access import lookup

__all__ = ["KeyFrequencies"]


class KeyFrequencies:
    """Key counts and the index size, from the store, remembered briefly (thread-safe)."""

    def __init__(self, *, max_age: float = 60.0, size: int = 500_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_age = max_age
        self.size = size
        self.clock = clock
        self._counts: OrderedDict[str, tuple[float, int]] = OrderedDict()
        self._totals: dict[str, tuple[float, int]] = {}
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
        """How many records of ``kind`` the index holds (at least 1): the index keeps the
        number with the keys' counts (``search_index.FORMS_OF``), and it is read again
        once older than ``max_age``."""
        now = self.clock()
        with self._lock:
            stamp, total = self._totals.get(kind, (0.0, 0))
        if not total or now - stamp > self.max_age:
            total = max(lookup.indexed_count(conn, kind), 1)
            with self._lock:
                self._totals[kind] = (now, total)
        return total
