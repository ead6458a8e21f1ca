"""Fixtures for image tests: small generated scenes, never real photographs."""

from __future__ import annotations

import pytest
from PIL import Image

from polex.images import synthetic


@pytest.fixture(scope="session")
def scene() -> Image.Image:
    """One 640x480 drawn scene."""
    return synthetic.scene(7, (640, 480))


@pytest.fixture(scope="session")
def scene_jpeg(scene: Image.Image) -> bytes:
    """The scene as JPEG bytes."""
    return synthetic.encode(scene)
