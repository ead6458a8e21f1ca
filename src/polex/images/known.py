"""Known material as triage sees it: a derived HashIndex of every image item's PDQ hash,
kept fresh from the store, and the gated ``StoreLookup`` built on it.

Owns: ``KnownHashes`` (one per hub, i.e. per process: built lazily from the store,
refreshed before a lookup when older than ``max_age`` by reading the image items changed
since the last refresh, rebuilt in full every ``rebuild_every`` to drop deleted items, on
a thread of its own while lookups go on with the current index)
and ``StoreLookup`` (the images ``Lookup`` protocol for one caller: exact matches by
digest postings, near matches by the index, then every candidate through the gate so
only visible, in-force items are reported). The index is ungated and holds ids and
hashes only; nothing is reported without passing ``access.imagery.image_candidates``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Engine

from polex.access import imagery
from polex.access.lookup import Candidate
from polex.access.principal import Principal
from polex.images.hashing import ImageHashes
from polex.images.index import DEFAULT_RADIUS, HashIndex, as_words, hamming
from polex.images.lookup import MAX_MATCHES, KnownItem, Match, nearest_per_image
from polex.images.triage import MIN_QUALITY

__all__ = ["KnownHashes", "StoreLookup", "StoredItem"]

_log = logging.getLogger(__name__)

# Rows committed late (a transaction that stamped updated_at before a later one committed,
# or another machine's clock) are caught by re-reading this far behind the newest change.
CATCH_UP = timedelta(seconds=30)


@dataclass(frozen=True)
class _Built:
    """An index read from the store: numbers, versions and hashes by record id, the index,
    the newest change it holds, and when its read began."""

    numbers: dict[str, int]
    held: dict[str, tuple[int, bytes | None]]
    index: HashIndex
    watermark: datetime | None
    started: float


@dataclass(frozen=True)
class StoredItem(KnownItem):
    """A known item backed by a record: ``record_id`` is what the caller is told."""

    record_id: str = ""


class KnownHashes:
    """The derived, ungated PDQ index of all image items, refreshed from the store.

    Thread-safe. ``refresh()`` is cheap when nothing changed: one indexed range read of
    (id, version) for the items changed in the last ``CATCH_UP``.
    """

    def __init__(self, engine: Engine, *, radius: int = DEFAULT_RADIUS, max_age: float = 0.5,
                 rebuild_every: float = 3600.0, clock: Callable[[], float] = time.monotonic
                 ) -> None:
        self.engine = engine
        self.radius = radius
        self.max_age = max_age
        self.rebuild_every = rebuild_every
        self.clock = clock
        self._lock = threading.Lock()
        self._view: tuple[HashIndex, list[str]] = (HashIndex(radius), [])
        self._numbers: dict[str, int] = {}
        self._held: dict[str, tuple[int, bytes | None]] = {}  # id -> (version, pdq)
        self._watermark: datetime | None = None
        self._checked: float | None = None
        self._built: float | None = None  # when the store was read for the index served
        self._rebuilding = False
        self._rebuilder: threading.Thread | None = None

    # -- numbering: the index keys items by int ------------------------------------------

    def number(self, record_id: str) -> int:
        """The index's number for a record id (assigned on first sight)."""
        with self._lock:
            return self._number(record_id)

    def _number(self, record_id: str) -> int:
        n = self._numbers.get(record_id)
        if n is None:
            ids = self._view[1]
            n = self._numbers[record_id] = len(ids)
            ids.append(record_id)
        return n

    @property
    def index(self) -> HashIndex:
        """The current HashIndex (numbers, not record ids)."""
        return self._view[0]

    def __len__(self) -> int:
        return len(self._view[0])

    # -- freshness ----------------------------------------------------------------------

    def mark_stale(self) -> None:
        """Make the next ``refresh`` read the store whatever its age (after a registration)."""
        with self._lock:
            self._checked = None

    def refresh(self, *, force: bool = False) -> None:
        """Bring the index up to date with the store if it is older than ``max_age``.

        The first call builds the index. The full rebuild every ``rebuild_every`` (which
        drops deleted items) runs on a thread of its own: reading and indexing every image
        item takes seconds at scale, and lookups go on with the current index meanwhile.
        """
        with self._lock:
            now = self.clock()
            if self._built is None:
                self._install(self._read_all())
            elif force or self._checked is None or now - self._checked >= self.max_age:
                self._catch_up()
            else:
                self._start_rebuild_if_due(now)
                return
            self._checked = now
            self._start_rebuild_if_due(now)

    def _start_rebuild_if_due(self, now: float) -> None:
        if self._built is None or now - self._built < self.rebuild_every or self._rebuilding:
            return
        self._rebuilding = True
        self._rebuilder = threading.Thread(target=self._rebuild_aside, daemon=True,
                                           name="polex-image-index")
        self._rebuilder.start()

    def wait_for_rebuild(self, timeout: float | None = None) -> None:
        """Wait for a rebuild running on its thread, if any (tests wait for it)."""
        rebuilder = self._rebuilder
        if rebuilder is not None:
            rebuilder.join(timeout)

    def _rebuild_aside(self) -> None:
        """Build a new index from the store outside the lock, then swap it in and catch it
        up with what changed while it was built."""
        try:
            built = self._read_all()
            with self._lock:
                self._install(built)
                self._catch_up()
                self._checked = self.clock()
        except Exception:  # the current index serves on; the next refresh tries again
            _log.warning("rebuilding the image index failed", exc_info=True)
        finally:
            with self._lock:
                self._rebuilding = False

    def _read_all(self) -> _Built:
        """A new index of every image item, read from the store (no lock needed)."""
        started = self.clock()
        with self.engine.connect() as conn:
            rows = imagery.image_hashes_since(conn, None)
        numbers: dict[str, int] = {}
        held: dict[str, tuple[int, bytes | None]] = {}
        pairs: list[tuple[int, bytes]] = []
        for row in rows:
            pdq = _usable(row)
            held[row.record_id] = (row.version, pdq)
            numbers[row.record_id] = len(numbers)
            if pdq is not None:
                pairs.append((numbers[row.record_id], pdq))
        return _Built(numbers, held, HashIndex.build(pairs, radius=self.radius),
                      max((r.updated_at for r in rows), default=None), started)

    def _install(self, built: _Built) -> None:
        """Serve from ``built`` (under the lock)."""
        # Readers take (index, ids) together: swap both at once.
        self._numbers, self._held = built.numbers, built.held
        self._view = (built.index, list(built.numbers))
        self._watermark = built.watermark
        self._built = built.started

    def _catch_up(self) -> None:
        since = self._watermark - CATCH_UP if self._watermark else None
        with self.engine.connect() as conn:
            versions = imagery.image_versions_since(conn, since)
            changed = [rid for rid, version, _ in versions
                       if self._held.get(rid, (None, None))[0] != version]
            rows = imagery.image_hashes_since(conn, ids=changed) if changed else []
        for row in rows:
            old = self._held.get(row.record_id, (None, None))[1]
            new = _usable(row)
            number = self._number(row.record_id)
            if old is not None and old != new:
                self.index.remove(number, old)
            if new is not None and old != new:
                self.index.add(number, new)
            self._held[row.record_id] = (row.version, new)
        if versions:
            newest = max(updated for _, _, updated in versions)
            self._watermark = max(newest, self._watermark) if self._watermark else newest

    def near(self, images: Sequence[ImageHashes], radius: int, near: Sequence[bool]
             ) -> list[dict[str, int]]:
        """Per image: record id -> min PDQ distance over its dihedral hashes (ungated)."""
        index, ids = self._view
        return [{ids[number]: d for number, d in found.items()}
                for found in nearest_per_image(index, images, radius, near)]


class StoreLookup:
    """The images ``Lookup`` for one caller: only items the caller may see, in force."""

    def __init__(self, known: KnownHashes, principal: Principal, today: date) -> None:
        self.known = known
        self.principal = principal
        self.today = today
        self.matched: set[str] = set()  # every record id reported, for the audit entry

    def lookup(self, images: Sequence[ImageHashes], radius: int, near: Sequence[bool]
               ) -> list[list[Match]]:
        """Matches per image, nearest first (exact first), at most MAX_MATCHES, gated."""
        self.known.refresh()
        close = self.known.near(images, radius, near)
        keys = {f"{d}:{getattr(img, d)}" for img in images for d in ("sha256", "md5")}
        with self.known.engine.connect() as conn:
            postings = imagery.digest_postings(conn, keys)
            wanted = {rid for ids in postings.values() for rid in ids}
            wanted |= {rid for found in close for rid in found}
            admitted = imagery.image_candidates(conn, self.principal, wanted, self.today)
        out = []
        for img, found in zip(images, close, strict=True):
            exact = set(postings.get(f"sha256:{img.sha256}", ())) | set(
                postings.get(f"md5:{img.md5}", ()))
            ranked: list[tuple[bool, int, str]] = []
            for rid in (exact | set(found)) & admitted.keys():
                distance = found.get(rid)
                if distance is None:
                    distance = _distance(img, admitted[rid].form.get("pdq"))
                ranked.append((rid not in exact, distance, rid))
            ranked.sort()
            matches = [Match(_item(self.known, admitted[rid]), d, not not_exact)
                       for not_exact, d, rid in ranked[:MAX_MATCHES]]
            self.matched.update(m.item.record_id for m in matches)  # type: ignore[attr-defined]
            out.append(matches)
        return out


def _usable(row: imagery.HashRow) -> bytes | None:
    """The hash to index: none for hashes too weak to near-match (digests only)."""
    if not row.pdq or (row.quality is not None and row.quality < MIN_QUALITY):
        return None
    return bytes.fromhex(row.pdq)


def _distance(img: ImageHashes, pdq_hex: str | None) -> int:
    """PDQ distance of an exact match (0 when the item has no PDQ hash)."""
    if not pdq_hex:
        return 0
    stored = as_words(bytes.fromhex(pdq_hex))[0]
    return int(min(hamming(as_words(h), stored)[0] for h in (img.dihedral or (img.pdq,))))


def _item(known: KnownHashes, candidate: Candidate) -> StoredItem:
    form, record = candidate.form, candidate.record
    return StoredItem(item_id=known.number(record.id), series=form.get("series"),
                      case=form.get("case"), category=form.get("category"),
                      victim_status=form.get("victim_status"), owner=record.owner,
                      record_id=record.id)
