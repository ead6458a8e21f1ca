"""Python's cyclic garbage collector, kept from rescanning the caches of a serving process.

A search process keeps up to ~100,000 decoded candidates (``access.lookup.CandidateCache``)
and the forms of the name parts they share: a few million long-lived objects. CPython's
collector scans *every* tracked object in a full collection, which it runs whenever a
quarter as many objects again have survived to the oldest generation — in a busy hub,
every few hundred searches that read new candidates — and the search that triggers it
waits: 170 ms at the demo's size, measured, against a few ms for the search itself.

What survives a collection of the middle or oldest generation is moved to the permanent
generation (``gc.freeze``), so no later collection scans it: the oldest generation stays
nearly empty and its collections cheap. (Freezing after full collections only left the
objects that had survived the middle generation since the last one to be scanned there:
15–29 ms for the slowest 2 % of demo searches, measured.) Nothing is kept alive by this:
reference counting still frees frozen objects as soon as nothing refers to them (an evicted
cache entry, which holds no reference cycle). Only an object that was alive when frozen and
later becomes unreachable *within a cycle* (a request's exception and its frames, say)
waits: every ``RESCAN_EVERY_SECONDS`` a background thread puts everything back
(``gc.unfreeze``), collects it all once, and freezes the survivors again. So such garbage
lives five minutes at most, and one request in five minutes waits for that scan.
"""

from __future__ import annotations

import gc
import threading
import time
from typing import Any

__all__ = ["keep_long_lived_out_of_scans", "rescan"]

RESCAN_EVERY_SECONDS = 300.0

_lock = threading.Lock()
_state = {"installed": False}


def keep_long_lived_out_of_scans() -> None:
    """Freeze what lives now and the survivors of every older-generation collection from now
    on, and rescan everything every ``RESCAN_EVERY_SECONDS`` (once per process)."""
    with _lock:
        if _state["installed"]:
            return
        _state["installed"] = True
        # What the process has built so far (modules, the app) is long-lived too: collect
        # and freeze it now, at start-up, rather than in the first search to trigger a
        # full collection (130 ms at the demo's size, measured).
        gc.collect()
        gc.freeze()
        gc.callbacks.append(_after_collection)
        threading.Thread(target=_rescan_forever, name="polex-gc-rescan", daemon=True).start()


def rescan() -> None:
    """Collect every object once, frozen ones included, and freeze what survives: the
    cycles that became garbage while frozen are reclaimed here."""
    gc.unfreeze()
    gc.collect()  # a full collection: _after_collection freezes its survivors


def _after_collection(phase: str, info: dict[str, Any]) -> None:
    if phase == "stop" and info.get("generation", 0) >= 1:
        gc.freeze()


def _rescan_forever() -> None:
    while True:
        time.sleep(RESCAN_EVERY_SECONDS)
        rescan()
