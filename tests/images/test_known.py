"""The image index's hourly rebuild runs beside the lookups: they go on with the current
index while it is read and built, and it comes in caught up with what changed meanwhile."""

from __future__ import annotations

import threading
import time

from polex.access import imagery
from polex.images import synthetic
from polex.images.hashing import hash_bytes
from polex.images.known import KnownHashes
from tests.images.test_service import register


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def found(known: KnownHashes, seed: int) -> set[str]:
    """The items the index (ungated) holds near the scene ``seed``."""
    image = hash_bytes(synthetic.encode(synthetic.scene(seed, (480, 360))))
    return set(known.near([image], 31, [True])[0])


def test_lookups_go_on_while_the_hourly_rebuild_reads_the_store(images_hub, callers,
                                                                 monkeypatch):
    fra = callers("FRA", "imagery")
    old_item = register(images_hub, fra, [21])["rows"][0]["id"]
    gone = register(images_hub, fra, [22])["rows"][0]["id"]
    clock = Clock()
    known = KnownHashes(images_hub.engine, clock=clock, rebuild_every=3600.0)
    known.refresh()
    images_hub.records.delete(fra, gone, version=None)  # only a rebuild drops it

    read_all, reading, release = imagery.image_hashes_since, threading.Event(), threading.Event()

    def slow_full_read(conn, since=None, ids=None):
        rows = read_all(conn, since, ids)
        if since is None and ids is None:  # the rebuild's read of every item
            reading.set()
            assert release.wait(10)
        return rows

    monkeypatch.setattr(imagery, "image_hashes_since", slow_full_read)
    clock.now = 3600.0
    started = time.monotonic()
    known.refresh()  # starts the rebuild and returns
    assert reading.wait(5)
    known.refresh(force=True)  # a lookup's refresh while the rebuild is held up
    assert time.monotonic() - started < 2.0
    assert old_item in found(known, 21)  # served by the current index

    new_item = register(images_hub, fra, [23])["rows"][0]["id"]  # after the rebuild's read
    release.set()
    known.wait_for_rebuild(10)
    assert old_item in found(known, 21)
    assert new_item in found(known, 23)  # caught up when swapped in
    assert gone not in found(known, 22)  # the rebuild dropped the deleted item
