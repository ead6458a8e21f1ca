"""Triage of a seized collection: what is known (exact, near) and what is new.

Owns: hashing every file of a collection (in worker processes, with bounded memory),
asking a ``Lookup`` for known material in batches, classing each image, grouping the new
images into clusters of near-duplicates, and the summary an officer reads first. Pure:
nothing is stored and no picture is kept; the caller decides what to persist. The
store-backed, gated ``Lookup`` and the job runner live above this module.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from polex.images.hashing import ImageDecodeError, ImageHashes, hash_bytes
from polex.images.index import DEFAULT_RADIUS, HashIndex
from polex.images.lookup import Lookup, Match
from polex.images.sources import Source, count_sources, iter_sources

__all__ = [
    "MIN_QUALITY",
    "ImageResult",
    "TriageOptions",
    "TriageReport",
    "hash_sources",
    "triage",
    "triage_path",
]

MIN_QUALITY = 50  # PDQ's own advice: hashes below this are too weak to near-match on
EXACT, NEAR, NEW, ERROR = "exact", "near", "new", "error"


@dataclass(frozen=True)
class TriageOptions:
    """Knobs of one triage run."""

    radius: int = DEFAULT_RADIUS  # near-match threshold (PDQ Hamming distance)
    cluster_radius: int = DEFAULT_RADIUS  # near-duplicate threshold among new images
    min_quality: int = MIN_QUALITY  # below: digest matching only, flagged as low quality
    exif: bool = True  # apply EXIF orientation before hashing
    workers: int = 1  # hashing processes; 1 hashes in this process
    batch: int = 256  # images per lookup call
    keep_rows: bool = True  # keep per-image rows in the report (False: callback only)


@dataclass
class ImageResult:
    """The verdict on one file of the collection."""

    name: str
    status: str  # exact | near | new | error
    hashes: ImageHashes | None = None
    matches: list[Match] = field(default_factory=list)
    low_quality: bool = False
    error: str | None = None
    cluster: int | None = None  # new images only, filled in by TriageReport.finish

    @property
    def distance(self) -> int | None:
        """Distance to the nearest known item, if any."""
        return self.matches[0].distance if self.matches else None

    def as_row(self) -> dict:
        """Flat row for tables, CSV and JSON."""
        h, best = self.hashes, (self.matches[0] if self.matches else None)
        return {
            "name": self.name, "status": self.status,
            "pdq": h.pdq_hex if h else None, "quality": h.quality if h else None,
            "sha256": h.sha256 if h else None, "md5": h.md5 if h else None,
            "distance": self.distance, "item_id": best.item.item_id if best else None,
            "series": best.item.series if best else None,
            "case": best.item.case if best else None,
            "victim_status": best.item.victim_status if best else None,
            "matches": len(self.matches), "cluster": self.cluster,
            "low_quality": self.low_quality, "error": self.error,
        }


class _Clusters:
    """Union-find over the new images, fed one at a time through a growing HashIndex."""

    def __init__(self, radius: int):
        self.radius = radius
        self.index = HashIndex(radius)
        self.parent: list[int] = []

    def add(self, h: ImageHashes) -> int:
        me = len(self.parent)
        self.parent.append(me)
        m = self.index.query_many(list(h.dihedral or (h.pdq,)), self.radius)
        for other in set(m.item_id.tolist()):
            self._union(me, other)
        self.index.add(me, h.pdq)
        return me

    def _find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def labels(self) -> np.ndarray:
        """Cluster number per member, numbered by first appearance from 1."""
        roots = np.array([self._find(i) for i in range(len(self.parent))], dtype=np.int64)
        _, first, inverse = np.unique(roots, return_index=True, return_inverse=True)
        rank = np.empty(len(first), dtype=np.int64)
        rank[np.argsort(first)] = np.arange(1, len(first) + 1)
        return rank[inverse]


@dataclass
class TriageReport:
    """Counts, known series and new-image clusters of one run; rows if kept."""

    total: int = 0
    exact: int = 0
    near: int = 0
    new: int = 0
    errors: int = 0
    low_quality: int = 0
    series: dict[str, int] = field(default_factory=dict)  # series -> images matched
    unidentified_series: set[str] = field(default_factory=set)
    cases: set[str] = field(default_factory=set)
    rows: list[ImageResult] = field(default_factory=list)
    cluster_sizes: list[int] = field(default_factory=list)  # by cluster number - 1
    _new_rows: list[ImageResult] = field(default_factory=list, repr=False)

    @property
    def known(self) -> int:
        """Images matched exactly or nearly."""
        return self.exact + self.near

    def record(self, r: ImageResult, keep: bool) -> None:
        """Count one verdict."""
        self.total += 1
        setattr(self, r.status if r.status != ERROR else "errors",
                getattr(self, r.status if r.status != ERROR else "errors") + 1)
        self.low_quality += r.low_quality
        for s in {m.item.series for m in r.matches if m.item.series}:
            self.series[s] = self.series.get(s, 0) + 1
        self.unidentified_series |= {m.item.series or f"item {m.item.item_id}"
                                     for m in r.matches if m.item.victim_status == "unidentified"}
        self.cases |= {m.item.case for m in r.matches if m.item.case}
        if keep:
            self.rows.append(r)
            if r.status == NEW:
                self._new_rows.append(r)

    def finish(self, labels: np.ndarray) -> None:
        """Attach cluster numbers (per new image, in order) and cluster sizes."""
        self.cluster_sizes = np.bincount(labels)[1:].tolist() if len(labels) else []
        for row, label in zip(self._new_rows, labels.tolist(), strict=False):
            row.cluster = label
        self._new_rows = []

    def summary(self) -> str:
        """The sentence an officer reads first."""
        groups = sum(1 for s in self.cluster_sizes if s > 1)
        text = (f"{self.total:,} images: {self.known:,} known in {len(self.series):,} series, "
                f"{len(self.unidentified_series):,} series with unidentified victims, "
                f"{self.new:,} new")
        if self.new:
            noun = "group" if groups == 1 else "groups"
            text += f" ({len(self.cluster_sizes):,} distinct, {groups:,} {noun} of near-duplicates)"
        if self.errors:
            text += f", {self.errors:,} unreadable"
        return text

    def as_dict(self) -> dict:
        """Summary as JSON-ready data (rows excluded)."""
        return {
            "total": self.total, "known": self.known, "exact": self.exact, "near": self.near,
            "new": self.new, "errors": self.errors, "low_quality": self.low_quality,
            "series": dict(sorted(self.series.items())),
            "unidentified_series": sorted(self.unidentified_series),
            "cases": sorted(self.cases), "new_clusters": len(self.cluster_sizes),
            "new_cluster_sizes": sorted(self.cluster_sizes, reverse=True)[:100],
            "summary": self.summary(),
        }


# --- hashing, in parallel with bounded memory -----------------------------------------


def _hash_one(task: tuple[Source, bool]) -> tuple[str, ImageHashes | None, str | None]:
    src, exif = task
    if src.error:
        return src.name, None, src.error
    try:
        return src.name, hash_bytes(src.read(), exif=exif), None
    except ImageDecodeError as exc:
        return src.name, None, str(exc)
    except OSError as exc:
        return src.name, None, f"cannot read: {exc}"


def hash_sources(sources: Iterable[Source], *, exif: bool = True,
                 workers: int = 1) -> Iterator[tuple[str, ImageHashes | None, str | None]]:
    """(name, hashes or None, error or None) per source, in order, hashing in parallel.

    At most a few tasks per worker are in flight, so a ZIP of any size is streamed.
    """
    tasks = ((s, exif) for s in sources)
    if workers <= 1:
        yield from map(_hash_one, tasks)
        return
    window = 8 * workers
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(workers) as pool:
        pending: deque = deque()
        for t in tasks:
            pending.append(pool.apply_async(_hash_one, (t,)))
            if len(pending) >= window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


# --- the run --------------------------------------------------------------------------


def _classify(name: str, h: ImageHashes, matches: list[Match], weak: bool) -> ImageResult:
    if any(m.exact for m in matches):
        status = EXACT
    elif matches:
        status = NEAR
    else:
        status = NEW
    return ImageResult(name, status, h, matches, low_quality=weak)


def _flush(batch: list, lookup: Lookup, opts: TriageOptions) -> list[ImageResult]:
    hashed = [(n, h) for n, h, _ in batch if h is not None]
    near = [h.quality >= opts.min_quality for _, h in hashed]
    answers = lookup.lookup([h for _, h in hashed], opts.radius, near) if hashed else []
    it = iter(zip(hashed, answers, near, strict=True))
    out = []
    for name, h, err in batch:
        if h is None:
            out.append(ImageResult(name, ERROR, error=err))
        else:
            (_, hh), matches, ok = next(it)
            out.append(_classify(name, hh, matches, not ok))
    return out


def triage(sources: Iterable[Source], lookup: Lookup, opts: TriageOptions | None = None,
           on_result: Callable[[ImageResult], None] | None = None,
           progress: Callable[[int], None] | None = None) -> TriageReport:
    """Hash, look up, class and cluster every source; returns the report.

    on_result receives every verdict as it is made (for streaming to a table or file);
    progress receives the number of files done so far.
    """
    opts = opts or TriageOptions()
    report, clusters, labels_order = TriageReport(), _Clusters(opts.cluster_radius), []
    batch: list = []

    def flush() -> None:
        for r in _flush(batch, lookup, opts):
            if r.status == NEW and r.hashes is not None:
                labels_order.append(clusters.add(r.hashes))
            report.record(r, opts.keep_rows)
            if on_result:
                on_result(r)
        batch.clear()
        if progress:
            progress(report.total)

    for item in hash_sources(sources, exif=opts.exif, workers=opts.workers):
        batch.append(item)
        if len(batch) >= opts.batch:
            flush()
    flush()
    report.finish(clusters.labels() if clusters.parent else np.empty(0, np.int64))
    return report


def triage_path(path: str | Path, lookup: Lookup, opts: TriageOptions | None = None,
                progress: Callable[[int, int], None] | None = None,
                on_result: Callable[[ImageResult], None] | None = None) -> TriageReport:
    """Triage a folder or ZIP file; progress receives (done, total)."""
    total = count_sources(path)
    tick = (lambda done: progress(done, total)) if progress else None
    return triage(iter_sources(path), lookup, opts, on_result=on_result, progress=tick)
