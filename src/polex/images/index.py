"""The exact PDQ hash index: every item within Hamming distance <= r of a query, no misses.

Owns: the in-memory, derived index over (item_id, 32-byte hash) pairs. It is rebuilt from
the store (``HashIndex.build``), kept fresh by ``add``/``remove``, and answers radius
queries exactly. Imports only numpy.

Scheme: multi-index hashing (Norouzi et al., 2012). The 256 bits are cut into ``m``
chunks. If two hashes differ in at most ``r`` bits, the pigeonhole principle says some
chunk differs in at most ``r // m`` bits. For every chunk we keep the item positions
sorted by the chunk's value (a CSR table: 4 bytes per item per chunk plus an offset table
of 2**bits entries), probe every chunk value within ``r // m`` bits of the query's chunk,
and verify the candidates against the full hashes. The number of chunks adapts to the
size: 16 chunks of 16 bits for small sets, 11-12 chunks of 21-24 bits for 10-100 million,
chosen by an explicit cost model under a memory budget (``choose_layout``).

Freshness: new hashes go to a small tail that is scanned by brute force, so a hash is
found the moment ``add`` returns. Full tails become indexed segments; segments of similar
size are merged (log-structured), so adding n hashes costs O(n log n) in total.
Removal marks positions dead; they disappear at the next merge or rebuild.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

import numpy as np

__all__ = [
    "DEFAULT_RADIUS",
    "HashIndex",
    "Layout",
    "Matches",
    "as_words",
    "brute_force",
    "choose_layout",
    "hamming",
]

DEFAULT_RADIUS = 31  # PDQ's customary match threshold (ThreatExchange recommends 31)
TAIL_CAPACITY = 8192  # brute-force tail: 8192 x 32 B = 256 KB, scanned in ~0.1 ms
BRUTE_FORCE_BELOW = 50_000  # segments smaller than this are scanned, not indexed
MEMORY_BUDGET = 62.0  # bytes per hash for the chunk tables; + 8 B ids stays under 70
_BATCH_CANDIDATES = 4_000_000  # bound on candidates materialised at once

if hasattr(np, "bitwise_count"):
    def _popcount(a: np.ndarray) -> np.ndarray:
        return np.bitwise_count(a)
else:  # numpy < 2.0
    _POP8 = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)

    def _popcount(a: np.ndarray) -> np.ndarray:
        return _POP8[a.view(np.uint8)].reshape(*a.shape, 8).sum(axis=-1, dtype=np.uint8)


@dataclass(frozen=True)
class Matches:
    """Result of a batch query: parallel arrays, one row per (query, item) pair."""

    query: np.ndarray  # int64 index into the query batch
    item_id: np.ndarray  # int64
    distance: np.ndarray  # int32

    def for_query(self, q: int) -> list[tuple[int, int]]:
        """(item_id, distance) pairs for query q, nearest first."""
        sel = self.query == q
        pairs = sorted(zip(self.distance[sel].tolist(), self.item_id[sel].tolist(), strict=True))
        return [(i, d) for d, i in pairs]


def as_words(hashes: Iterable[bytes] | np.ndarray | bytes) -> np.ndarray:
    """Hashes (32-byte strings or an (n, 32) uint8 array) as an (n, 4) big-endian uint64 array."""
    if isinstance(hashes, bytes | bytearray):
        hashes = [bytes(hashes)]
    if isinstance(hashes, np.ndarray):
        if hashes.dtype == np.uint64 and hashes.ndim == 2 and hashes.shape[1] == 4:
            return hashes
        raw = np.ascontiguousarray(hashes, dtype=np.uint8).reshape(-1, 32)
    else:
        buf = b"".join(hashes)
        if len(buf) % 32:
            raise ValueError("every hash must be exactly 32 bytes")
        raw = np.frombuffer(buf, dtype=np.uint8).reshape(-1, 32)
    return raw.view(">u8").astype(np.uint64)


def hamming(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Hamming distances between word arrays a (n, 4) and b (4,) or (n, 4)."""
    return _popcount(np.bitwise_xor(a, b)).sum(axis=-1, dtype=np.int32)


def brute_force(words: np.ndarray, ids: np.ndarray, query: np.ndarray, radius: int) -> Matches:
    """Reference answer by a full scan: every (query, id) within radius."""
    qs, found, dists = [], [], []
    q = as_words(query)
    for i in range(len(q)):
        d = hamming(words, q[i])
        sel = np.flatnonzero(d <= radius)
        qs.append(np.full(len(sel), i, dtype=np.int64))
        found.append(ids[sel])
        dists.append(d[sel])
    return _matches(qs, found, dists)


def _matches(qs: list, found: list, dists: list) -> Matches:
    if not qs:
        return Matches(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int32))
    return Matches(
        np.concatenate(qs).astype(np.int64),
        np.concatenate(found).astype(np.int64),
        np.concatenate(dists).astype(np.int32),
    )


# --- layout: how many chunks, and how wide -------------------------------------------


@dataclass(frozen=True)
class Layout:
    """Chunk widths (bits, summing to 256) of one multi-index segment."""

    widths: tuple[int, ...]

    @property
    def starts(self) -> tuple[int, ...]:
        """Bit offset of every chunk."""
        return tuple(int(s) for s in np.cumsum((0, *self.widths[:-1])))

    def probes(self, radius: int) -> int:
        """Bucket look-ups per query at this radius."""
        r = radius // len(self.widths)
        return sum(sum(math.comb(b, k) for k in range(r + 1)) for b in self.widths)

    def candidates(self, n: int, radius: int) -> float:
        """Expected candidates per query for n uniformly random hashes."""
        r = radius // len(self.widths)
        return sum(
            sum(math.comb(b, k) for k in range(r + 1)) * n / 2.0**b for b in self.widths
        )

    def table_bytes_per_hash(self, n: int) -> float:
        """Memory of the chunk tables per indexed hash (4 B position + offsets)."""
        return sum(4 + 4 * (2**b + 1) / max(n, 1) for b in self.widths)


def _even_layout(m: int) -> Layout:
    base, extra = divmod(256, m)
    return Layout(tuple(base + 1 if i < extra else base for i in range(m)))


def choose_layout(n: int, radius: int = DEFAULT_RADIUS, budget: float = MEMORY_BUDGET) -> Layout:
    """Cheapest layout for n hashes at this radius whose tables fit the byte budget per hash.

    Cost model (per query): a probe costs two reads of the offset table, a candidate one
    random 32-byte read of the hashes plus a popcount; both weighted 1. Widths are capped
    at 26 bits (offset tables of 256 MB per chunk at most).
    """
    best: tuple[float, Layout] | None = None
    for m in range(8, 17):
        layout = _even_layout(m)
        if max(layout.widths) > 26 or layout.table_bytes_per_hash(n) > budget:
            continue
        cost = layout.probes(radius) + layout.candidates(n, radius)
        if best is None or cost < best[0]:
            best = (cost, layout)
    return best[1] if best else _even_layout(16)


@lru_cache(maxsize=64)
def _masks(bits: int, r: int) -> np.ndarray:
    """All XOR masks over `bits` bits with at most r bits set (r=0 gives just 0)."""
    out = [0]
    for k in range(1, r + 1):
        out += [sum(1 << i for i in c) for c in combinations(range(bits), k)]
    return np.array(out, dtype=np.int64)


def _chunk_keys(words: np.ndarray, start: int, bits: int) -> np.ndarray:
    """Value of bits [start, start+bits) of every hash (bit 0 = most significant), int64."""
    w0, off = divmod(start, 64)
    end = off + bits
    if end <= 64:
        v = words[:, w0] >> np.uint64(64 - end)
    else:
        spill = end - 64
        v = (words[:, w0] << np.uint64(spill)) | (words[:, w0 + 1] >> np.uint64(64 - spill))
    return (v & np.uint64((1 << bits) - 1)).astype(np.int64)


def _expand_ranges(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Concatenate arange(s, e) for all pairs, vectorised."""
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return np.empty(0, dtype=np.int64)
    keep = lengths > 0
    starts, lengths = starts[keep], lengths[keep]
    shifts = starts - np.concatenate(([0], np.cumsum(lengths)[:-1]))
    return np.repeat(shifts, lengths) + np.arange(total, dtype=np.int64)


# --- segments -------------------------------------------------------------------------


class _Segment:
    """An immutable set of hashes; scanned when small, multi-indexed when large.

    All chunk tables live in two flat arrays so one query probes every chunk in a single
    vectorised pass: ``order`` (m * n positions, chunk c at [c*n, (c+1)*n)) and
    ``offsets`` (the CSR offset tables of all chunks, chunk c from ``table_base[c]``).
    """

    def __init__(self, words: np.ndarray, ids: np.ndarray, radius: int, budget: float):
        self.words = np.ascontiguousarray(words, dtype=np.uint64)
        self.ids = np.ascontiguousarray(ids, dtype=np.int64)
        self.dead: np.ndarray | None = None  # created on the first removal
        self.layout: Layout | None = None
        self.order = np.empty(0, np.uint32)
        self.offsets = np.empty(0, np.uint32)
        self.table_base = np.empty(0, np.int64)
        if len(ids) >= BRUTE_FORCE_BELOW:
            self._build(choose_layout(len(ids), radius, budget))

    def __len__(self) -> int:
        return len(self.ids)

    def _build(self, layout: Layout) -> None:
        n, m = len(self.ids), len(layout.widths)
        pos = np.arange(n, dtype=np.uint64)
        self.order = np.empty(m * n, dtype=np.uint32)
        sizes = [(1 << b) + 1 for b in layout.widths]
        self.table_base = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64)
        self.offsets = np.empty(sum(sizes), dtype=np.uint32)
        for c, (start, bits) in enumerate(zip(layout.starts, layout.widths, strict=True)):
            keys = _chunk_keys(self.words, start, bits)
            base = int(self.table_base[c])
            self.offsets[base : base + sizes[c]] = _csr_offsets(keys, bits)
            # One uint64 sort of (key << 32 | position) is far faster than an argsort.
            packed = (keys.astype(np.uint64) << np.uint64(32)) | pos
            del keys
            packed.sort()
            self.order[c * n : (c + 1) * n] = packed & np.uint64(0xFFFFFFFF)
            del packed
        self.layout = layout

    def nbytes_index(self) -> int:
        """Bytes of the chunk tables (not the hashes or ids)."""
        return self.order.nbytes + self.offsets.nbytes

    def candidates(self, q: np.ndarray, radius: int) -> tuple[np.ndarray, np.ndarray]:
        """(query index, position) candidate pairs for the query words q (k, 4)."""
        assert self.layout is not None
        chunk, masks = _probe_plan(self.layout, radius // len(self.layout.widths))
        keys = np.stack([_chunk_keys(q, s, b) for s, b in
                         zip(self.layout.starts, self.layout.widths, strict=True)], axis=1)
        slot = (self.table_base[chunk] + (keys[:, chunk] ^ masks)).ravel()
        base = np.tile(chunk * len(self.ids), len(q))
        starts = self.offsets[slot].astype(np.int64) + base
        ends = self.offsets[slot + 1].astype(np.int64) + base
        qi = np.repeat(np.repeat(np.arange(len(q)), len(chunk)), ends - starts)
        return qi, self.order[_expand_ranges(starts, ends)].astype(np.int64)

    def query(self, q: np.ndarray, radius: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(query index, item id, distance) of live items within radius, deduplicated."""
        if self.layout is None:
            live = slice(None) if self.dead is None else ~self.dead
            m = brute_force(self.words[live], self.ids[live], q, radius)
            return m.query, m.item_id, m.distance
        qi, pos = self.candidates(q, radius)
        if len(pos) == 0:
            return qi, pos, pos.astype(np.int32)
        d = hamming(self.words[pos], q[qi] if len(q) > 1 else q[0])
        keep = d <= radius
        if self.dead is not None:
            keep &= ~self.dead[pos]
        qi, pos, d = qi[keep], pos[keep], d[keep]
        if len(pos):
            # A hash close in several chunks is a candidate several times.
            _, first = np.unique(qi * len(self.ids) + pos, return_index=True)
            qi, pos, d = qi[first], pos[first], d[first]
        return qi, self.ids[pos], d

    def kill(self, hit: np.ndarray) -> int:
        """Mark positions dead; returns how many were live."""
        if self.dead is None:
            self.dead = np.zeros(len(self.ids), dtype=bool)
        fresh = int((hit & ~self.dead).sum())
        self.dead |= hit
        return fresh

    def live_count(self) -> int:
        """Items not removed."""
        return len(self.ids) - (0 if self.dead is None else int(self.dead.sum()))

    def live(self) -> tuple[np.ndarray, np.ndarray]:
        """Words and ids of the live items."""
        if self.dead is None:
            return self.words, self.ids
        keep = ~self.dead
        return self.words[keep], self.ids[keep]


@lru_cache(maxsize=64)
def _probe_plan(layout: Layout, r: int) -> tuple[np.ndarray, np.ndarray]:
    """(chunk number, XOR mask) of every probe a query makes, all chunks together."""
    chunk = np.concatenate([np.full(len(_masks(b, r)), c) for c, b in enumerate(layout.widths)])
    masks = np.concatenate([_masks(b, r) for b in layout.widths])
    return chunk.astype(np.int64), masks


def _csr_offsets(keys: np.ndarray, bits: int) -> np.ndarray:
    counts = np.bincount(keys, minlength=1 << bits)
    offs = np.zeros((1 << bits) + 1, dtype=np.uint32)
    np.cumsum(counts, out=offs[1:])
    return offs


# --- the index -------------------------------------------------------------------------


class HashIndex:
    """Exact radius search over (item_id, PDQ hash) pairs; thread-safe; derived data.

    Example:
        idx = HashIndex.build((item.id, item.pdq) for item in items)
        idx.add(42, new_hash)
        idx.query(some_hash, radius=31)   # -> [(42, 3), ...] nearest first
    """

    def __init__(self, radius: int = DEFAULT_RADIUS, budget: float = MEMORY_BUDGET):
        self.radius = radius  # the radius layouts are tuned for; any radius stays exact
        self.budget = budget
        self._segments: list[_Segment] = []
        self._tail_words = np.zeros((TAIL_CAPACITY, 4), dtype=np.uint64)
        self._tail_ids = np.zeros(TAIL_CAPACITY, dtype=np.int64)
        self._tail_n = 0
        self._lock = threading.RLock()

    @classmethod
    def build(
        cls,
        pairs: Iterable[tuple[int, bytes]] | None = None,
        *,
        ids: np.ndarray | None = None,
        words: np.ndarray | None = None,
        radius: int = DEFAULT_RADIUS,
        budget: float = MEMORY_BUDGET,
    ) -> HashIndex:
        """Build from (item_id, 32-byte hash) pairs, or from arrays ids (n,) and words (n, 4)."""
        index = cls(radius, budget)
        if pairs is not None:
            ids, words = _collect(pairs)
        if ids is not None and words is not None and len(ids):
            index._segments.append(_Segment(as_words(words), np.asarray(ids), radius, budget))
        return index

    def __len__(self) -> int:
        with self._lock:
            return self._tail_n + sum(s.live_count() for s in self._segments)

    def add(self, item_id: int, h: bytes) -> None:
        """Add one hash; it is found by the next query."""
        self.add_many(np.array([item_id]), as_words(h))

    def add_many(self, ids: np.ndarray, words: np.ndarray) -> None:
        """Add hashes in bulk (ids (n,), words (n, 4) or (n, 32) uint8)."""
        words, ids = as_words(words), np.asarray(ids, dtype=np.int64)
        with self._lock:
            for i in range(0, len(ids), TAIL_CAPACITY):
                self._append_tail(ids[i : i + TAIL_CAPACITY], words[i : i + TAIL_CAPACITY])

    def _append_tail(self, ids: np.ndarray, words: np.ndarray) -> None:
        if self._tail_n + len(ids) > TAIL_CAPACITY:
            self._flush_tail()
        n = self._tail_n
        self._tail_words[n : n + len(ids)] = words
        self._tail_ids[n : n + len(ids)] = ids
        self._tail_n += len(ids)

    def _flush_tail(self) -> None:
        n = self._tail_n
        seg = _Segment(self._tail_words[:n].copy(), self._tail_ids[:n].copy(), self.radius, 1e9)
        self._segments.append(seg)
        self._tail_n = 0
        self._merge()

    def _merge(self) -> None:
        """Merge the newest segments while the newer is at least half the older (LSM)."""
        segs = self._segments
        while len(segs) >= 2 and len(segs[-1]) * 2 >= len(segs[-2]):
            newer, older = segs.pop(), segs.pop()
            (w1, i1), (w2, i2) = older.live(), newer.live()
            words, ids = np.concatenate([w1, w2]), np.concatenate([i1, i2])
            segs.append(_Segment(words, ids, self.radius, self.budget))

    def remove(self, item_id: int, h: bytes | None = None) -> int:
        """Forget an item (all its hashes, or only h); returns how many entries went."""
        removed = 0
        with self._lock:
            for seg in self._segments:
                hit = seg.ids == item_id
                if h is not None:
                    hit &= hamming(seg.words, as_words(h)[0]) == 0
                removed += seg.kill(hit) if hit.any() else 0
            n = self._tail_n
            hit = self._tail_ids[:n] == item_id
            if h is not None:
                hit &= hamming(self._tail_words[:n], as_words(h)[0]) == 0
            keep = ~hit
            removed += int(hit.sum())
            k = int(keep.sum())
            self._tail_words[:k] = self._tail_words[:n][keep]
            self._tail_ids[:k] = self._tail_ids[:n][keep]
            self._tail_n = k
        return removed

    def query(self, h: bytes, radius: int | None = None) -> list[tuple[int, int]]:
        """(item_id, distance) within radius of one hash, nearest first."""
        return self.query_many(as_words(h), radius).for_query(0)

    def query_many(
        self, hashes: np.ndarray | Iterable[bytes], radius: int | None = None
    ) -> Matches:
        """All (query, item_id, distance) within radius for a batch of hashes; exact."""
        q = as_words(hashes)
        radius = self.radius if radius is None else radius
        qs, found, dists = [], [], []
        with self._lock:
            for lo, hi in self._batches(len(q)):
                for seg in self._segments:
                    qi, ids, d = seg.query(q[lo:hi], radius)
                    qs.append(qi + lo), found.append(ids), dists.append(d)
                if self._tail_n:
                    n = self._tail_n
                    t = brute_force(self._tail_words[:n], self._tail_ids[:n], q[lo:hi], radius)
                    qs.append(t.query + lo), found.append(t.item_id), dists.append(t.distance)
        return _matches(qs, found, dists)

    def _batches(self, k: int) -> list[tuple[int, int]]:
        per_query = 1 + sum(
            s.layout.candidates(len(s), self.radius) if s.layout else len(s) for s in self._segments
        )
        step = max(1, int(_BATCH_CANDIDATES // per_query))
        return [(i, min(k, i + step)) for i in range(0, k, step)]

    def compact(self) -> None:
        """Fold every segment and the tail into one freshly laid-out segment."""
        with self._lock:
            if self._tail_n:
                self._flush_tail()
            if len(self._segments) > 1 or any(s.dead is not None for s in self._segments):
                live = [s.live() for s in self._segments]
                self._segments = [_Segment(np.concatenate([w for w, _ in live]),
                                           np.concatenate([i for _, i in live]),
                                           self.radius, self.budget)]

    def stats(self) -> dict:
        """Sizes and memory, for benchmarks and the health page."""
        with self._lock:
            return {
                "items": len(self),
                "segments": [
                    {"size": len(s), "chunks": s.layout.widths if s.layout else None,
                     "index_bytes": s.nbytes_index()}
                    for s in self._segments
                ],
                "tail": self._tail_n,
                "hash_bytes": sum(s.words.nbytes for s in self._segments),
                "id_bytes": sum(s.ids.nbytes for s in self._segments),
                "index_bytes": sum(s.nbytes_index() for s in self._segments),
            }


def _collect(pairs: Iterable[tuple[int, bytes]]) -> tuple[np.ndarray, np.ndarray]:
    ids: list[int] = []
    raw = bytearray()
    for item_id, h in pairs:
        if len(h) != 32:
            raise ValueError(f"item {item_id}: hash has {len(h)} bytes; expected 32")
        ids.append(int(item_id))
        raw += h
    if not ids:
        return np.zeros(0, np.int64), np.zeros((0, 4), np.uint64)
    words = as_words(np.frombuffer(bytes(raw), dtype=np.uint8))
    return np.array(ids, dtype=np.int64), words
