"""Benchmark: does a transformed copy still match, and do distinct photos never match?

Synthetic scenes (drawn shapes, gradients, text, grain) are registered; each is
transformed (JPEG recompression, resize, blur, grayscale, rotation, mirror, crop, ...) and
looked up at distance <= 31 with the eight dihedral hashes, as triage does. Reports the
share matched per transform and the false matches between distinct scenes.

Usage: .venv/bin/python bench/images_robustness.py [--n 150]
"""

from __future__ import annotations

import argparse

import numpy as np

from polex.images import synthetic
from polex.images.hashing import hash_bytes
from polex.images.index import HashIndex


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=150, help="distinct scenes")
    ap.add_argument("--radius", type=int, default=31)
    args = ap.parse_args()
    scenes = [synthetic.scene(s, (800, 600)) for s in range(args.n)]
    originals = [hash_bytes(synthetic.encode(im)) for im in scenes]
    index = HashIndex.build((i, h.pdq) for i, h in enumerate(originals))
    false = 0
    for i, h in enumerate(originals):
        m = index.query_many(list(h.dihedral), args.radius)
        false += len(set(m.item_id.tolist()) - {i})
    pairs = args.n * (args.n - 1)
    print(f"{args.n} distinct scenes, radius {args.radius}, quality min "
          f"{min(h.quality for h in originals)}")
    print(f"  false matches between distinct scenes: {false} of {pairs:,} ordered pairs")
    print(f"  {'transform':12} {'matched':>8} {'mean d':>7} {'max d':>6}")
    for name in synthetic.TRANSFORMS:
        found, dists = 0, []
        for i, im in enumerate(scenes):
            h = hash_bytes(synthetic.encode(synthetic.transform(im, name)))
            hits = index.query_many(list(h.dihedral), 256).for_query
            best = min((d for q in range(8) for item, d in hits(q) if item == i), default=256)
            dists.append(best)
            found += best <= args.radius
        print(f"  {name:12} {found / args.n:8.1%} {np.mean(dists):7.1f} {max(dists):6d}")


if __name__ == "__main__":
    main()
