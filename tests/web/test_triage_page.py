"""The console's triage pages: upload, progress, summary and table for the uploader only."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from polex.config import Settings
from polex.hub import Hub
from polex.images import synthetic
from polex.images.service import Metadata
from polex.images.sources import Source
from tests.conftest import Callers
from tests.web.support import Console


@pytest.fixture
def web_hub(tmp_path: Path) -> Iterator[Hub]:
    """Overrides the console's hub: triage jobs under the test's folder."""
    hub = Hub(Settings(database_url=f"sqlite:///{tmp_path}/t.sqlite",
                       triage_dir=str(tmp_path / "jobs")))
    yield hub
    hub.close()


def jpeg(seed: int, transform: str | None = None) -> bytes:
    im = synthetic.scene(seed, (480, 360))
    return synthetic.encode(synthetic.transform(im, transform) if transform else im)


def upload(console: Console, files: list[tuple[str, bytes]], *, csrf: bool = True):
    data = {"csrf": console.csrf} if csrf else {}
    return console.client.post("/images/triage", data=data,
                               files=[("files", (n, b, "image/jpeg")) for n, b in files])


def wait_page(console: Console, url: str) -> str:
    deadline = time.monotonic() + 30
    while True:
        page = console.get(url)
        assert page.status_code == 200, page.text
        if 'http-equiv="refresh"' not in page.text:
            return page.text
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_an_imagery_user_uploads_and_reads_the_summary_and_table(console, users, web_hub,
                                                                 tmp_path):
    owner = Callers(web_hub)("FRA", "imagery")
    web_hub.images.register_sources(owner, [Source("k.jpg", data=jpeg(1))],
                                    Metadata(series="Harbour", victim_status="unidentified"))
    assert console.login(users("DEU", "imagery")).status_code == 303
    form = console.get("/images/triage")
    assert form.status_code == 200 and 'enctype="multipart/form-data"' in form.text
    response = upload(console, [("same.jpg", jpeg(1)), ("mirror.jpg", jpeg(1, "mirror")),
                                ("fresh.jpg", jpeg(40)), ("broken.jpg", b"junk")])
    assert response.status_code == 303, response.text
    url = response.headers["location"]
    page = wait_page(console, url)
    assert "4 images: 2 known in 1 series, 1 series with unidentified victims, 1 new" in page
    assert "Harbour" in page and "mirror.jpg" in page and "broken.jpg" in page
    assert "<img" not in page  # no thumbnails: the hub keeps no picture
    assert "fresh.jpg" in console.get(url + "?status=new").text
    assert "same.jpg" not in console.get(url + "?status=new").text
    assert url.rsplit("/", 1)[1] in console.get("/images/triage").text  # listed
    assert not list((tmp_path / "jobs").glob("*/upload/*"))  # upload deleted


def test_another_user_cannot_open_the_job(console, users, web_hub):
    assert console.login(users("DEU", "imagery")).status_code == 303
    url = upload(console, [("a.jpg", jpeg(2))]).headers["location"]
    wait_page(console, url)
    console.client.cookies.clear()
    assert console.login(users("DEU", "officer")).status_code == 303
    assert console.get(url).status_code == 404


def test_an_upload_without_the_csrf_token_is_refused(console, users, tmp_path):
    assert console.login(users("DEU", "imagery")).status_code == 303
    assert upload(console, [("a.jpg", jpeg(3))], csrf=False).status_code == 403
    assert not list((tmp_path / "jobs").glob("*/job.json"))


@pytest.mark.parametrize("role", ["admin", "auditor"])
def test_roles_without_image_access_get_no_triage_page(console, users, role):
    assert console.login(users("DEU", role)).status_code == 303
    assert console.get("/images/triage").status_code == 403
