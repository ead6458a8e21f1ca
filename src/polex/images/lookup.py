"""What triage asks of the known-material store, and an in-memory implementation of it.

Owns: the ``Lookup`` protocol (the seam between pure triage and the gated, store-backed
service), the ``KnownItem``/``Match`` shapes a lookup answers with, and ``MemoryLookup``:
a HashIndex plus digest maps plus metadata, used by tests and benchmarks and as the
engine a store-backed service can wrap. The index itself is ungated: whoever implements
``Lookup`` for a caller must drop the items the caller may not see before answering.
Imports polex.images.index and .hashing only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from polex.images.hashing import ImageHashes
from polex.images.index import DEFAULT_RADIUS, HashIndex

__all__ = ["MAX_MATCHES", "KnownItem", "Lookup", "Match", "MemoryLookup", "nearest_per_image"]

MAX_MATCHES = 10  # per image: the nearest few are what an officer reads


@dataclass(frozen=True)
class KnownItem:
    """What a caller may learn about a registered image (already gated by the service)."""

    item_id: int
    series: str | None = None
    case: str | None = None
    category: str | None = None
    victim_status: str | None = None  # "unidentified" | "identified" | None (unknown)
    owner: str | None = None


@dataclass(frozen=True)
class Match:
    """One known item matched by an image: exact (same file digest) or near (PDQ distance)."""

    item: KnownItem
    distance: int  # PDQ Hamming distance, min over the query's eight dihedral hashes
    exact: bool  # same SHA-256 or MD5 as the registered file


class Lookup(Protocol):
    """Finds the known items matching a batch of hashed images.

    Implementations answer, per image in order, its matches nearest first (exact ones
    first), at most MAX_MATCHES, only among items the caller may see. ``near`` is False
    for images whose PDQ hash is too weak to near-match (digest matching only).
    """

    def lookup(
        self, images: Sequence[ImageHashes], radius: int, near: Sequence[bool]
    ) -> list[list[Match]]: ...


class MemoryLookup:
    """Lookup over an in-memory HashIndex; register items with ``add``."""

    def __init__(self, radius: int = DEFAULT_RADIUS):
        self.index = HashIndex(radius)
        self.items: dict[int, KnownItem] = {}
        self._by_digest: dict[str, set[int]] = {}

    def add(self, item: KnownItem, pdq: bytes, sha256: str | None = None,
            md5: str | None = None) -> None:
        """Register one known item's PDQ hash and (optional) file digests."""
        self.items[item.item_id] = item
        self.index.add(item.item_id, pdq)
        for d in (sha256, md5):
            if d:
                self._by_digest.setdefault(d.lower(), set()).add(item.item_id)

    def lookup(
        self, images: Sequence[ImageHashes], radius: int, near: Sequence[bool]
    ) -> list[list[Match]]:
        """Matches per image (see Lookup)."""
        best = self._near(images, radius, near)
        out = []
        for i, img in enumerate(images):
            exact_ids = self._by_digest.get(img.sha256, set()) | self._by_digest.get(img.md5, set())
            found = {item_id: (item_id not in exact_ids, d) for item_id, d in best[i].items()}
            for item_id in exact_ids:
                found[item_id] = (False, found.get(item_id, (False, 0))[1])
            ranked = sorted(found.items(), key=lambda kv: (kv[1], kv[0]))[:MAX_MATCHES]
            out.append([Match(self.items[k], d, not not_exact) for k, (not_exact, d) in ranked
                        if k in self.items])
        return out

    def _near(self, images: Sequence[ImageHashes], radius: int,
              near: Sequence[bool]) -> list[dict[int, int]]:
        """Per image: item_id -> min distance over its dihedral hashes."""
        return nearest_per_image(self.index, images, radius, near)


def nearest_per_image(index: HashIndex, images: Sequence[ImageHashes], radius: int,
                      near: Sequence[bool]) -> list[dict[int, int]]:
    """Per image: index item -> min distance over the image's eight dihedral hashes.

    All images' variants go to the index in one batched query (the index answers a batch
    faster than the same queries one by one).
    """
    owner, hashes = [], []
    for i, img in enumerate(images):
        if near[i]:
            variants = img.dihedral or (img.pdq,)
            owner += [i] * len(variants)
            hashes += list(variants)
    best: list[dict[int, int]] = [{} for _ in images]
    if not hashes:
        return best
    m = index.query_many(hashes, radius)
    img_of = np.asarray(owner)[m.query]
    for i, item, d in zip(img_of.tolist(), m.item_id.tolist(), m.distance.tolist(),
                          strict=True):
        if d < best[i].get(item, 257):
            best[i][item] = d
    return best
