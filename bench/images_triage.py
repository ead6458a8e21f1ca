"""Benchmark: triage of a synthetic seized collection against a known set.

Builds a known set (registered scenes plus random hashes as from exchanged hash lists)
and a collection of JPEGs: exact copies, near copies (resized, recompressed, mirrored,
rotated) and new scenes with near-duplicates among them. Reports wall time, images/s,
and the summary, which must match the planted truth.

Usage: .venv/bin/python bench/images_triage.py [--n 10000] [--workers 2] [--known 1000000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from polex.images import synthetic
from polex.images.hashing import hash_bytes
from polex.images.lookup import KnownItem, MemoryLookup
from polex.images.triage import TriageOptions, triage_path

SIZE = (800, 600)
NEAR = ("resize50", "jpeg50", "mirror", "rotate90", "blur2")


def build_collection(root: Path, n: int, lookup: MemoryLookup) -> dict[str, int]:
    """Write n JPEGs: 40% exact known, 30% near known, 30% new (1 in 3 with a near copy)."""
    n_exact, n_near = int(n * 0.4), int(n * 0.3)
    truth = {"exact": n_exact, "near": n_near, "new": n - n_exact - n_near}
    for i in range(n_exact + n_near):
        seed = i % max(1, (n_exact + n_near) // 2)  # known scenes appear up to twice
        im = synthetic.scene(seed, SIZE)
        data = synthetic.encode(im)
        if seed == i:
            h = hash_bytes(data)
            status = "unidentified" if seed % 50 == 0 else "identified"
            item = KnownItem(seed, f"series-{seed % 200}", f"case-{seed % 40}", None, status)
            lookup.add(item, h.pdq, h.sha256, h.md5)
        if i >= n_exact:
            data = synthetic.encode(synthetic.transform(im, NEAR[i % len(NEAR)]))
        (root / f"{i:06d}.jpg").write_bytes(data)
    for j in range(truth["new"]):
        seed = 10_000_000 + j // 3 * 3  # groups of three: scene, resized, mirrored
        im = synthetic.scene(seed, SIZE)
        im = synthetic.transform(im, ("jpeg50", "resize50", "mirror")[j % 3])
        (root / f"new-{j:06d}.jpg").write_bytes(synthetic.encode(im))
    return truth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--known", type=int, default=1_000_000, help="extra random known hashes")
    args = ap.parse_args()
    lookup = MemoryLookup()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        truth = build_collection(Path(tmp), args.n, lookup)
        took = time.perf_counter() - t
        print(f"generated {args.n:,} JPEGs ({SIZE[0]}x{SIZE[1]}) in {took:.0f} s")
        rng = np.random.default_rng(5)
        extra = rng.integers(0, 1 << 64, size=(args.known, 4), dtype=np.uint64, endpoint=False)
        lookup.index.add_many(np.arange(args.known) + 50_000_000, extra)
        lookup.index.compact()
        print(f"known set: {len(lookup.index):,} hashes; truth {truth}")
        t = time.perf_counter()
        report = triage_path(tmp, lookup, TriageOptions(workers=args.workers))
        wall = time.perf_counter() - t
    print(f"triage: {wall:.1f} s wall, {args.n / wall:.0f} images/s with {args.workers} workers")
    print(f"  {report.summary()}")
    got = {"exact": report.exact, "near": report.near, "new": report.new}
    print(f"  counts {got} vs truth {truth}: {'equal' if got == truth else 'different'}")
    print(f"  low-quality images (digest match only, never near-matched): {report.low_quality}")


if __name__ == "__main__":
    main()
