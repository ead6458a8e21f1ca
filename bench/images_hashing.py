"""Benchmark: PDQ hashing throughput per core, polex decode vs plain Pillow + pdqhash.

Baseline: ``Image.open(f).convert('RGB')`` then ``pdqhash.compute`` (what most tools do).
polex: ``polex.images.hashing`` (reduced-size JPEG decode via Image.draft, >= 512 px a
side) with the same pdqhash call; also reports the bits changed by the reduced decode.

Usage: .venv/bin/python bench/images_hashing.py [--n1 40] [--n12 6]
"""

from __future__ import annotations

import argparse
import io
import time

import numpy as np
import pdqhash
from PIL import Image

from polex.images import synthetic
from polex.images.hashing import decode_rgb, hash_pixels
from polex.images.index import as_words, hamming


def baseline(data: bytes) -> bytes:
    rgb = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
    return np.packbits(pdqhash.compute(rgb)[0].astype(np.uint8)).tobytes()


def polex_hash(data: bytes) -> bytes:
    return hash_pixels(decode_rgb(data, exif=False), dihedral=False)[0]


def rate(fn, files: list[bytes], repeat: int = 2) -> tuple[float, list[bytes]]:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        out = [fn(d) for d in files]
        best = min(best, time.perf_counter() - t)
    return len(files) / best, out


def run(label: str, files: list[bytes]) -> None:
    base_rate, base = rate(baseline, files)
    fast_rate, fast = rate(polex_hash, files)
    d = [int(hamming(as_words(a), as_words(b)[0])[0]) for a, b in zip(base, fast, strict=True)]
    print(f"{label}: {len(files)} JPEGs")
    print(f"  Pillow full decode + pdqhash.compute : {base_rate:8.1f} images/s per core")
    print(f"  polex draft decode + pdqhash.compute : {fast_rate:8.1f} images/s per core")
    print(f"  ratio                                : {fast_rate / base_rate:8.2f}x (goal >= 2.0)")
    print(f"  bits changed by reduced decode       : mean {np.mean(d):.1f}, max {max(d)} of 256")
    dih = [1 / rate(lambda x: hash_pixels(decode_rgb(x))[0], files[:4], 1)[0]]
    print(f"  with 8 dihedral hashes (triage path) : {1 / dih[0]:8.1f} images/s per core")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n1", type=int, default=40, help="number of ~1-MP JPEGs")
    ap.add_argument("--n12", type=int, default=6, help="number of 12-MP JPEGs")
    args = ap.parse_args()
    one = [synthetic.encode(synthetic.photo_like(s, (1280, 960)), quality=88)
           for s in range(args.n1)]
    run("~1.2 MP (1280x960)", one)
    twelve = [synthetic.encode(synthetic.photo_like(s, (4000, 3000)), quality=88)
              for s in range(args.n12)]
    run("12 MP (4000x3000)", twelve)


if __name__ == "__main__":
    main()
