"""Synthetic images for tests, demos and benchmarks: no real photograph is ever needed.

Owns: seeded generators of drawn scenes (shapes over gradients with texture and text),
plain gradients and noise, their encodings (JPEG, PNG, ...) and the transformed variants
used to test robustness (recompression, resize, blur, grayscale, rotation, mirror, crop).
Everything here is generated from a seed, so it is public-domain-safe and reproducible.
Imports only numpy and Pillow.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps

__all__ = [
    "TRANSFORMS",
    "encode",
    "gradient",
    "noise",
    "photo_like",
    "scene",
    "transform",
]

_WORDS = ("ALPHA", "BRAVO", "DELTA", "ECHO", "KILO", "LIMA", "OSCAR", "ROMEO", "TANGO", "ZULU")


def gradient(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A two-axis colour gradient."""
    rng = np.random.default_rng(seed)
    w, h = size
    x = np.linspace(0, 1, w)[None, :, None]
    y = np.linspace(0, 1, h)[:, None, None]
    c0, cx, cy = (rng.uniform(0, 255, 3) for _ in range(3))
    a = c0 * (1 - x) * (1 - y) + cx * x + cy * y * (1 - x)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def noise(seed: int, size: tuple[int, int] = (640, 480), blocks: int = 16) -> Image.Image:
    """Blocky colour noise (smooth enough to hash with good quality)."""
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 256, (blocks * size[1] // size[0] + 1, blocks, 3), dtype=np.uint8)
    return Image.fromarray(small, "RGB").resize(size, Image.Resampling.BICUBIC)


def scene(seed: int, size: tuple[int, int] = (1024, 768)) -> Image.Image:
    """A drawn scene: gradient background, random shapes, a line of text, mild texture."""
    rng = np.random.default_rng(seed)
    im = gradient(seed, size)
    draw = ImageDraw.Draw(im)
    w, h = size
    for _ in range(int(rng.integers(6, 14))):
        x0, y0 = rng.uniform(-0.1, 0.9) * w, rng.uniform(-0.1, 0.9) * h
        x1, y1 = x0 + rng.uniform(0.08, 0.5) * w, y0 + rng.uniform(0.08, 0.5) * h
        fill = tuple(int(v) for v in rng.integers(0, 256, 3))
        shape = int(rng.integers(0, 3))
        if shape == 0:
            draw.ellipse((x0, y0, x1, y1), fill=fill)
        elif shape == 1:
            draw.rectangle((x0, y0, x1, y1), fill=fill)
        else:
            pts = [(float(rng.uniform(0, w)), float(rng.uniform(0, h))) for _ in range(3)]
            draw.polygon(pts, fill=fill)
    text = " ".join(rng.choice(_WORDS, 3)) + f" {seed}"
    draw.text((w * 0.05, h * 0.85), text, fill=(255, 255, 255), font_size=max(12, h // 16))
    grain = rng.normal(0, 6, (h, w, 1))
    return Image.fromarray(np.clip(np.asarray(im) + grain, 0, 255).astype(np.uint8), "RGB")


def photo_like(seed: int, size: tuple[int, int] = (4000, 3000)) -> Image.Image:
    """A large camera-sized scene (drawn small, upscaled with noise) for 12-MP benchmarks."""
    rng = np.random.default_rng(seed)
    base = scene(seed, (size[0] // 4, size[1] // 4)).resize(size, Image.Resampling.BILINEAR)
    grain = rng.normal(0, 4, (size[1], size[0], 1)).astype(np.float32)
    return Image.fromarray(np.clip(np.asarray(base) + grain, 0, 255).astype(np.uint8), "RGB")


def encode(im: Image.Image, fmt: str = "JPEG", **params: object) -> bytes:
    """Encode an image to file bytes (JPEG quality 90 unless given)."""
    if fmt == "JPEG":
        params.setdefault("quality", 90)
        if im.mode not in ("RGB", "L", "CMYK"):
            im = im.convert("RGB")
    buf = io.BytesIO()
    im.save(buf, fmt, **params)
    return buf.getvalue()


def _recompress(im: Image.Image) -> Image.Image:
    return Image.open(io.BytesIO(encode(im, "JPEG", quality=50))).convert("RGB")


TRANSFORMS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "jpeg50": _recompress,
    "resize50": lambda im: im.resize((im.width // 2, im.height // 2), Image.Resampling.LANCZOS),
    "resize25": lambda im: im.resize((im.width // 4, im.height // 4), Image.Resampling.LANCZOS),
    "blur2": lambda im: im.filter(ImageFilter.GaussianBlur(2)),
    "grayscale": lambda im: ImageOps.grayscale(im).convert("RGB"),
    "rotate90": lambda im: im.transpose(Image.Transpose.ROTATE_90),
    "rotate180": lambda im: im.transpose(Image.Transpose.ROTATE_180),
    "mirror": ImageOps.mirror,
    "flip": ImageOps.flip,
    "crop5": lambda im: im.crop((im.width // 20, im.height // 20, im.width * 19 // 20,
                                 im.height * 19 // 20)),
    "brightness": lambda im: Image.eval(im, lambda v: min(255, int(v * 1.15) + 8)),
}


def transform(im: Image.Image, name: str) -> Image.Image:
    """Apply one named transform from TRANSFORMS."""
    try:
        return TRANSFORMS[name](im)
    except KeyError:
        raise ValueError(f"unknown transform {name!r}; known: {', '.join(TRANSFORMS)}") from None
