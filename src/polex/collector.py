"""Python's cyclic garbage collector, kept from rescanning the caches of a serving process.

A search process keeps up to ~100,000 decoded candidates (``access.lookup.CandidateCache``)
and the forms of the name parts they share: a few million long-lived objects. CPython's
collector scans *every* tracked object in a full collection, which it runs whenever a
quarter as many objects again have survived to the oldest generation — in a busy hub,
every few hundred searches that read new candidates — and the search that triggers it
waits: 170 ms at the demo's size, measured, against a few ms for the search itself.

After each full collection, what survived it is moved to the permanent generation
(``gc.freeze``), so the next full collection scans only what was made since. Nothing is
kept alive by this: reference counting still frees frozen objects as soon as nothing
refers to them (an evicted cache entry, which holds no reference cycle). Only an object
that was alive when frozen and later becomes unreachable *within a cycle* would wait: once
an hour the frozen objects are put back (``gc.unfreeze``) so that the next full collection
reclaims such garbage, paying the long scan once an hour instead of every few seconds.
"""

from __future__ import annotations

import gc
import threading
import time
from typing import Any

__all__ = ["keep_long_lived_out_of_scans"]

RESCAN_EVERY_SECONDS = 3600.0

_lock = threading.Lock()
_state = {"installed": False, "rescanned": 0.0}


def keep_long_lived_out_of_scans() -> None:
    """Freeze what lives now and the survivors of every full collection from now on
    (once per process)."""
    with _lock:
        if _state["installed"]:
            return
        _state["installed"] = True
        _state["rescanned"] = time.monotonic()
        # What the process has built so far (modules, the app) is long-lived too: collect
        # and freeze it now, at start-up, rather than in the first search to trigger a
        # full collection (130 ms at the demo's size, measured).
        gc.collect()
        gc.freeze()
        gc.callbacks.append(_after_collection)


def _after_collection(phase: str, info: dict[str, Any]) -> None:
    if phase != "stop" or info.get("generation") != 2:
        return
    now = time.monotonic()
    if now - _state["rescanned"] >= RESCAN_EVERY_SECONDS:
        _state["rescanned"] = now
        gc.unfreeze()  # the next full collection looks at everything once
    else:
        gc.freeze()
