"""Decoding and hashing: EXIF orientation, colour modes, sizes, corrupt input, digests."""

from __future__ import annotations

import hashlib
import io

import numpy as np
import pytest
from PIL import Image

from polex.images import synthetic
from polex.images.hashing import (
    ImageDecodeError,
    decode_rgb,
    hash_bytes,
    hash_pixels,
    hex_to_hash,
)
from polex.images.index import as_words, hamming


def dist(a: bytes, b: bytes) -> int:
    return int(hamming(as_words(a), as_words(b)[0])[0])


def with_orientation(im: Image.Image, orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=92, exif=exif)
    return buf.getvalue()


def test_hash_record_has_pdq_quality_digests(scene_jpeg):
    h = hash_bytes(scene_jpeg)
    assert len(h.pdq) == 32 and len(h.pdq_hex) == 64
    assert h.quality >= 80
    assert h.sha256 == hashlib.sha256(scene_jpeg).hexdigest()
    assert h.md5 == hashlib.md5(scene_jpeg).hexdigest()
    assert len(h.dihedral) == 8 and h.dihedral[0] == h.pdq
    assert (h.width, h.height) == (640, 480)


def test_exif_orientation_is_applied_unless_disabled(scene):
    # Orientation 6: the stored pixels must be rotated 90° clockwise to view them.
    stored = scene.transpose(Image.Transpose.ROTATE_90)  # what a camera would write
    data = with_orientation(stored, 6)
    upright = hash_bytes(synthetic.encode(scene))
    shown = hash_bytes(data)
    raw = hash_bytes(data, exif=False)
    assert (shown.width, shown.height) == (640, 480)
    assert (raw.width, raw.height) == (480, 640)
    assert dist(shown.pdq, upright.pdq) <= 10
    assert dist(raw.pdq, upright.pdq) > 64


@pytest.mark.parametrize("mode", ["L", "P", "CMYK", "RGBA", "LA", "1", "I;16", "I", "F", "YCbCr"])
def test_every_colour_mode_hashes_close_to_rgb(scene, mode):
    rgb = hash_bytes(synthetic.encode(scene, "PNG")).pdq
    if mode == "I;16":
        a = (np.asarray(scene.convert("L"), dtype=np.uint16) * 257).astype(np.uint16)
        im = Image.fromarray(a)
    elif mode == "F":
        im = Image.fromarray(np.asarray(scene.convert("L"), dtype=np.float32) / 255.0, "F")
    else:
        im = scene.convert(mode)
    fmt = "TIFF" if mode in ("CMYK", "F", "YCbCr", "I") else "PNG"
    h = hash_bytes(synthetic.encode(im, fmt))
    limit = 40 if mode == "1" else 12  # bilevel dithering is a real change
    assert dist(h.pdq, rgb) <= limit, mode


def test_sixteen_bit_is_scaled_not_clipped(scene):
    a = (np.asarray(scene.convert("L"), dtype=np.uint16) * 257).astype(np.uint16)
    im = Image.fromarray(a)
    assert im.mode == "I;16"
    rgb = decode_rgb(synthetic.encode(im, "PNG"))
    assert rgb.dtype == np.uint8 and 100 < rgb.mean() < 200


def test_cmyk_jpeg(scene):
    h = hash_bytes(synthetic.encode(scene.convert("CMYK"), "JPEG"))
    assert dist(h.pdq, hash_bytes(synthetic.encode(scene)).pdq) <= 12


@pytest.mark.parametrize("size", [(1, 1), (3, 2), (17, 9)])
def test_tiny_images_hash(size):
    h = hash_bytes(synthetic.encode(synthetic.noise(1, size), "PNG"))
    assert len(h.pdq) == 32 and (h.width, h.height) == size


def test_one_pixel_image_has_zero_quality():
    assert hash_bytes(synthetic.encode(synthetic.noise(1, (1, 1)), "PNG")).quality == 0


def test_huge_jpeg_uses_reduced_decode_and_matches_full_decode():
    im = synthetic.photo_like(3, (4000, 3000))
    data = synthetic.encode(im)
    fast = decode_rgb(data)
    assert 640 <= min(fast.shape[:2]) < 1000
    full = hash_pixels(decode_rgb(data, fast=False), dihedral=False)[0]
    assert dist(hash_pixels(fast, dihedral=False)[0], full) <= 12


@pytest.mark.parametrize("data", [b"", b"not an image", b"\xff\xd8\xff\xe0" + b"\0" * 40])
def test_corrupt_input_raises_decode_error(data):
    with pytest.raises(ImageDecodeError):
        hash_bytes(data)


def test_truncated_jpeg_raises_decode_error(scene_jpeg):
    with pytest.raises(ImageDecodeError):
        hash_bytes(scene_jpeg[: len(scene_jpeg) // 3])


def test_dihedral_variants_match_the_original(scene):
    base = hash_bytes(synthetic.encode(scene))
    for name in ("rotate90", "rotate180", "mirror", "flip"):
        h = hash_bytes(synthetic.encode(synthetic.transform(scene, name))).pdq
        assert dist(h, base.pdq) > 64
        assert min(dist(h, d) for d in base.dihedral) <= 16, name


def test_hex_round_trip_and_errors():
    h = bytes(range(32))
    assert hex_to_hash(h.hex().upper()) == h
    with pytest.raises(ValueError, match="64"):
        hex_to_hash("abc")
    with pytest.raises(ValueError, match="hexadecimal"):
        hex_to_hash("g" * 64)
