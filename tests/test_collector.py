"""The collector leaves long-lived objects alone between full collections."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest

from polex import collector


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Other tests' hubs may have installed it in this process already: start afresh.
    before = list(gc.callbacks)
    gc.callbacks[:] = [c for c in before if c is not collector._after_collection]
    monkeypatch.setattr(collector, "_state", {"installed": False})
    monkeypatch.setattr(collector, "RESCAN_EVERY_SECONDS", 3600.0)  # the tests rescan
    gc.unfreeze()  # nothing frozen before: what the tests see frozen, installing froze
    collector.keep_long_lived_out_of_scans()
    yield
    gc.callbacks[:] = before
    gc.unfreeze()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_what_survives_a_full_collection_is_not_scanned_again(installed: None) -> None:
    frozen = gc.get_freeze_count()
    kept = [_Cycle() for _ in range(1000)]
    gc.collect()
    assert gc.get_freeze_count() >= frozen + len(kept)
    assert all(not any(c is k for c in gc.get_objects(generation=2)) for k in kept[:3])


def test_what_lives_at_start_up_is_frozen_at_once(installed: None) -> None:
    # The first full collection would otherwise scan the whole process during a search.
    assert gc.get_freeze_count() > 0


def test_it_is_installed_once(installed: None) -> None:
    collector.keep_long_lived_out_of_scans()
    assert gc.callbacks.count(collector._after_collection) == 1


def test_what_survives_a_middle_generation_collection_is_frozen_too(installed: None) -> None:
    # Otherwise it waits in the oldest generation, which every full collection scans.
    kept = [_Cycle() for _ in range(1000)]
    gc.collect(1)
    assert all(not any(c is k for c in gc.get_objects(generation=2)) for k in kept[:3])
    assert not any(c is kept[0] for c in gc.get_objects(generation=1))


def test_a_rescan_reclaims_cycles_that_died_frozen(installed: None) -> None:
    # A cycle frozen while alive waits for the periodic rescan, which reclaims it.
    garbage = _Cycle()
    gone = weakref.ref(garbage)
    gc.collect()
    del garbage
    gc.collect()
    assert gone() is not None  # frozen: not looked at by this full collection
    collector.rescan()
    assert gone() is None
    assert gc.get_freeze_count() > 0  # the survivors are frozen again


def test_a_thread_rescans_every_so_often(installed: None) -> None:
    threads = [t for t in threading.enumerate() if t.name == "polex-gc-rescan"]
    assert threads and all(t.daemon for t in threads)
