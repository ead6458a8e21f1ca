"""Image decoding and hashing: PDQ (with quality and the eight dihedral hashes), SHA-256, MD5.

Owns: turning image bytes into pixels the way polex always does (EXIF orientation
applied unless asked not to, every Pillow colour mode folded to 8-bit RGB, 16-bit
images scaled rather than clipped, reduced-size JPEG decode) and the hash record of one
image. Pure: no database, no network. Imports only numpy, Pillow and pdqhash.

Why reduced-size decode: PDQ blurs the image down to 64x64 luma before the DCT, so
decoding a 12-MP JPEG at full size is wasted work. ``Image.draft`` lets libjpeg decode at
1/2, 1/4 or 1/8 scale; we ask for at least ``DRAFT_MIN_SIDE`` (640) pixels on the
shorter side and box-filter the rest of the way; bench/images_hashing.py and
bench/pdq_reference.py measure the bits this changes (mean ~3, max 8 on the reference set).
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

__all__ = [
    "DRAFT_MIN_SIDE",
    "HASH_BYTES",
    "MAX_PIXELS",
    "ImageDecodeError",
    "ImageHashes",
    "decode_rgb",
    "digests",
    "hash_bytes",
    "hash_file",
    "hash_pixels",
    "hash_to_hex",
    "hex_to_hash",
]

HASH_BYTES = 32
# Shorter side kept by the fast decode (JPEG DCT scaling, then a box filter). Measured on
# the reference set (bench/pdq_reference.py): 512 moved two bridge photos 14 bits from the
# C++ hash; 640 keeps every quality>=80 image within 8 bits at the same speed.
DRAFT_MIN_SIDE = 640
# Decoded-pixel ceiling for formats that cannot decode at reduced size (PNG, TIFF, ...):
# ~250 MP of RGB is 750 MB, which is as much as one worker may take on a 24 GB machine.
MAX_PIXELS = 250_000_000
# A JPEG is only ever decoded reduced, at most 1/8 per side, so it may be 64x larger.
MAX_JPEG_PIXELS = MAX_PIXELS * 64


class ImageDecodeError(ValueError):
    """The bytes are not an image polex can decode (corrupt, truncated, unknown, too large)."""


@dataclass(frozen=True)
class ImageHashes:
    """Everything polex records about one image: never the pixels themselves."""

    pdq: bytes  # 32 bytes, bit order of the reference hex string
    quality: int  # PDQ quality 0..100; below 50 the hash is not trustworthy
    sha256: str
    md5: str
    width: int  # of the decoded image, after EXIF orientation
    height: int
    dihedral: tuple[bytes, ...] = field(default=(), repr=False)  # 8 hashes incl. pdq

    @property
    def pdq_hex(self) -> str:
        """The PDQ hash as 64 hex digits, as exchanged between agencies."""
        return self.pdq.hex()


def hash_to_hex(h: bytes) -> str:
    """Hex form (64 digits) of a 32-byte hash."""
    return h.hex()


def hex_to_hash(text: str) -> bytes:
    """Parse 64 hex digits into a 32-byte hash; raise ValueError with the offending text."""
    t = text.strip().lower()
    if len(t) != 2 * HASH_BYTES:
        raise ValueError(f"PDQ hash {text!r} has {len(t)} hex digits; expected 64")
    try:
        return bytes.fromhex(t)
    except ValueError:
        raise ValueError(f"PDQ hash {text!r} is not hexadecimal") from None


def digests(data: bytes) -> tuple[str, str]:
    """SHA-256 and MD5 hex digests of the file bytes."""
    return hashlib.sha256(data).hexdigest(), hashlib.md5(data, usedforsecurity=False).hexdigest()


def _open(data: bytes | BinaryIO) -> Image.Image:
    src = io.BytesIO(data) if isinstance(data, bytes | bytearray | memoryview) else data
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(src)
    except UnidentifiedImageError:
        # Pillow's own message names its in-memory buffer object: noise for an officer.
        raise ImageDecodeError("not a readable image: no known image format") from None
    except (OSError, Image.DecompressionBombError) as exc:
        raise ImageDecodeError(f"not a readable image: {exc}") from exc


def _apply_draft(im: Image.Image) -> None:
    """Ask libjpeg for a reduced decode keeping at least DRAFT_MIN_SIDE px a side."""
    if im.format != "JPEG":
        return
    w, h = im.size
    scale = min(w, h) / DRAFT_MIN_SIDE
    if scale >= 2:
        # draft() keeps the result >= the requested box, so ask for the scaled-down size.
        im.draft("RGB", (int(w / scale) + 1, int(h / scale) + 1))


def _check_size(im: Image.Image, fast: bool) -> None:
    w, h = im.size
    limit = MAX_JPEG_PIXELS if (fast and im.format == "JPEG") else MAX_PIXELS
    if w <= 0 or h <= 0 or w * h > limit:
        raise ImageDecodeError(f"image is {w}x{h} pixels; the limit is {limit:,} pixels")


def _to_rgb(im: Image.Image) -> Image.Image:
    """Fold any Pillow mode into 8-bit RGB."""
    mode = im.mode
    if mode in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        # convert("L") clips 16-bit and float data at 255; scale to the used range instead.
        a = np.asarray(im, dtype=np.float64)
        top = 65535.0 if mode.startswith("I;16") or a.max(initial=0) > 255 else 255.0
        if mode == "F":
            lo, hi = float(a.min(initial=0)), float(a.max(initial=1))
            a, top = a - lo, max(hi - lo, 1e-9)
        g = np.clip(a * (255.0 / top) + 0.5, 0, 255).astype(np.uint8)
        return Image.fromarray(np.repeat(g[:, :, None], 3, axis=2))
    # Alpha is dropped, not composited: that is what other agencies' tools do
    # (Pillow convert("RGB")), and exchanged hashes must stay comparable.
    return im if mode == "RGB" else im.convert("RGB")


def _shrink(im: Image.Image) -> Image.Image:
    """Box-downscale so the shorter side is DRAFT_MIN_SIDE: PDQ's cost grows with pixels."""
    w, h = im.size
    scale = min(w, h) / DRAFT_MIN_SIDE
    if scale < 1.2:  # too little to gain
        return im
    return im.resize((max(1, round(w / scale)), max(1, round(h / scale))), Image.Resampling.BOX)


def decode_rgb(data: bytes | BinaryIO, *, exif: bool = True, fast: bool = True) -> np.ndarray:
    """Decode an image file into HxWx3 uint8 RGB.

    exif: apply the EXIF Orientation tag (as a viewer shows it). The reference C++
    hasher does not; pass False to reproduce reference hashes.
    fast: reduced-size decode: JPEG DCT scaling, then a box filter, down to
    DRAFT_MIN_SIDE px on the shorter side (never below it).
    """
    im = _open(data)
    try:
        _check_size(im, fast)
        if fast:
            _apply_draft(im)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im.load()
            if exif:
                im = ImageOps.exif_transpose(im)
            rgb = _to_rgb(im)
        return np.asarray(_shrink(rgb) if fast else rgb)
    except ImageDecodeError:
        raise
    except Exception as exc:  # Pillow raises many types for broken files
        raise ImageDecodeError(f"cannot decode image: {type(exc).__name__}: {exc}") from exc
    finally:
        im.close()


def _pack(bits: np.ndarray) -> bytes:
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes()


def hash_pixels(rgb: np.ndarray, *, dihedral: bool = True) -> tuple[bytes, int, tuple[bytes, ...]]:
    """PDQ hash, quality and (optionally) the eight dihedral hashes of an RGB array."""
    import pdqhash  # the reference C++ via Cython; imported here to keep module import cheap

    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    if dihedral:
        vectors, quality = pdqhash.compute_dihedral(rgb)
        hashes = tuple(_pack(v) for v in vectors)
        return hashes[0], int(quality), hashes
    vector, quality = pdqhash.compute(rgb)
    return _pack(vector), int(quality), ()


def hash_bytes(
    data: bytes, *, exif: bool = True, fast: bool = True, dihedral: bool = True
) -> ImageHashes:
    """Hash one image file's bytes: PDQ, quality, dihedral hashes, SHA-256, MD5."""
    rgb = decode_rgb(data, exif=exif, fast=fast)
    pdq, quality, dih = hash_pixels(rgb, dihedral=dihedral)
    sha256, md5 = digests(data)
    h, w = rgb.shape[:2]
    return ImageHashes(pdq, quality, sha256, md5, w, h, dih)


def hash_file(
    path: str | Path, *, exif: bool = True, fast: bool = True, dihedral: bool = True
) -> ImageHashes:
    """Hash one image file on disk (see hash_bytes)."""
    return hash_bytes(Path(path).read_bytes(), exif=exif, fast=fast, dihedral=dihedral)
