"""Fixtures for image tests: small generated scenes, never real photographs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from polex.config import Settings
from polex.hub import Hub
from polex.images import synthetic


@pytest.fixture(scope="session")
def scene() -> Image.Image:
    """One 640x480 drawn scene."""
    return synthetic.scene(7, (640, 480))


@pytest.fixture(scope="session")
def scene_jpeg(scene: Image.Image) -> bytes:
    """The scene as JPEG bytes."""
    return synthetic.encode(scene)


@pytest.fixture
def images_hub(database_url: str, tmp_path: Path) -> Iterator[Hub]:
    """A hub whose triage jobs live under the test's temporary folder."""
    hub = Hub(Settings(database_url=database_url, triage_dir=str(tmp_path / "jobs")))
    yield hub
    hub.close()
