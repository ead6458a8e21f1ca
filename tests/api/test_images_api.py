"""The images API: registration, the triage job's life (progress, result, owner only,
upload deleted), roles, and the upload size limit."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from polex.api import create_app
from polex.config import Settings
from polex.hub import Hub
from polex.images import synthetic
from tests.conftest import Callers


@pytest.fixture
def images_hub(database_url: str, tmp_path: Path) -> Iterator[Hub]:
    hub = Hub(Settings(database_url=database_url, triage_dir=str(tmp_path / "jobs"),
                       max_upload_bytes=3_000_000))
    yield hub
    hub.close()


@pytest.fixture
def api(images_hub: Hub) -> Iterator[TestClient]:
    with TestClient(create_app(images_hub)) as client:
        yield client


@pytest.fixture
def people(images_hub: Hub) -> Callers:
    return Callers(images_hub)


def jpeg(seed: int, transform: str | None = None) -> bytes:
    im = synthetic.scene(seed, (480, 360))
    return synthetic.encode(synthetic.transform(im, transform) if transform else im)


def a_zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def wait_done(api: TestClient, href: str, headers: dict) -> dict:
    deadline = time.monotonic() + 30
    while True:
        body = api.get(href, headers=headers).json()
        if body["state"] in ("done", "failed"):
            return body
        assert time.monotonic() < deadline, body
        time.sleep(0.05)


def register(api: TestClient, headers: dict, seeds: list[int], **fields: str) -> dict:
    files = [("files", (f"k{s}.jpg", jpeg(s), "image/jpeg")) for s in seeds]
    response = api.post("/api/v1/images/register", headers=headers, files=files,
                        data={"series": "Green", "victim_status": "unidentified", **fields})
    assert response.status_code == 200, response.text
    return response.json()


def test_triage_job_lifecycle(api, people, images_hub, tmp_path):
    fra = people.headers("FRA", "imagery")
    registered = register(api, fra, [1, 2])
    assert registered["created"] == 2
    deu = people.headers("DEU", "imagery")
    upload = a_zip({"a/known.jpg": jpeg(1), "a/mirrored.jpg": jpeg(2, "mirror"),
                    "a/new.jpg": jpeg(50), "a/new-small.jpg": jpeg(50, "resize50"),
                    "a/broken.jpg": b"not an image"})
    response = api.post("/api/v1/images/triage", headers=deu,
                        files=[("files", ("seized.zip", upload, "application/zip"))])
    assert response.status_code == 202, response.text
    href = response.json()["href"]
    assert response.headers["location"] == href
    done = wait_done(api, href, deu)
    assert done["state"] == "done" and done["name"] == "seized.zip"
    assert (done["done"], done["total"]) == (5, 5)
    result = done["result"]
    summary = result["summary"]
    assert (summary["exact"], summary["near"], summary["new"], summary["errors"]) == (1, 1, 2, 1)
    assert summary["series"] == {"Green": 2}
    rows = {r["name"]: r for r in result["rows"]}
    assert rows["a/known.jpg"]["item_id"] in {r["id"] for r in registered["rows"]}
    assert rows["a/mirrored.jpg"]["series"] == "Green"
    assert rows["a/broken.jpg"]["status"] == "error"
    assert [sorted(c["names"]) for c in result["clusters"]] == [["a/new-small.jpg", "a/new.jpg"]]
    # Paging and filtering the table.
    page = api.get(href, headers=deu, params={"status": "new", "limit": 1}).json()["result"]
    assert page["rows_total"] == 2 and len(page["rows"]) == 1
    # Only its creator may read it; others get what a missing job gets.
    for other in (people.headers("DEU", "officer"), people.headers("FRA", "imagery")):
        assert api.get(href, headers=other).status_code == 404
    assert api.get("/api/v1/images/triage/nosuchjob", headers=deu).status_code == 404
    # Nothing of the upload remains.
    assert not list((tmp_path / "jobs").glob("*/upload/*"))
    listed = api.get("/api/v1/images/triage", headers=deu).json()["items"]
    assert [j["id"] for j in listed] == [href.rsplit("/", 1)[1]]


def test_triage_of_separate_files_and_of_a_raw_zip(api, people):
    deu = people.headers("DEU", "officer")
    files = [("files", ("x.jpg", jpeg(3), "image/jpeg")),
             ("files", ("x.jpg", jpeg(4), "image/jpeg"))]
    response = api.post("/api/v1/images/triage", headers=deu, files=files)
    done = wait_done(api, response.json()["href"], deu)
    assert sorted(r["name"] for r in done["result"]["rows"]) == ["x-2.jpg", "x.jpg"]
    raw = api.post("/api/v1/images/triage", content=a_zip({"y.jpg": jpeg(5)}),
                   headers={**deu, "Content-Type": "application/zip",
                            "X-Polex-Filename": "case.zip"})
    done = wait_done(api, raw.json()["href"], deu)
    assert done["name"] == "case.zip" and done["result"]["summary"]["new"] == 1


def test_restricted_items_are_never_reported_through_the_api(api, people):
    fra = people.headers("FRA", "imagery")
    register(api, fra, [6], sharing_mode="only", sharing_countries="ITA")
    for org, expected in (("DEU", "new"), ("ITA", "near")):
        headers = people.headers(org, "imagery")
        response = api.post("/api/v1/images/triage", headers=headers,
                            files=[("files", ("m.jpg", jpeg(6, "mirror"), "image/jpeg"))])
        done = wait_done(api, response.json()["href"], headers)
        assert done["result"]["rows"][0]["status"] == expected, org


def test_a_bad_zip_fails_the_job_with_a_reason(api, people):
    deu = people.headers("DEU", "imagery")
    response = api.post("/api/v1/images/triage", content=b"PK\x03\x04 broken",
                        headers={**deu, "Content-Type": "application/zip"})
    done = wait_done(api, response.json()["href"], deu)
    # A file that is not a ZIP after all is one unreadable file, not a crash.
    assert done["state"] == "done" and done["result"]["summary"]["errors"] == 1


@pytest.mark.parametrize("role", ["admin", "auditor", "frontline"])
def test_roles_without_image_access_are_refused(api, people, role):
    headers = people.headers("DEU", role)
    files = [("files", ("x.jpg", jpeg(7), "image/jpeg"))]
    assert api.post("/api/v1/images/triage", headers=headers, files=files).status_code == 403
    assert api.post("/api/v1/images/register", headers=headers, files=files).status_code == 403


def test_uploads_have_their_own_size_limit(api, people):
    deu = people.headers("DEU", "imagery")
    big = b"\0" * 3_500_000
    response = api.post("/api/v1/images/triage", headers=deu,
                        files=[("files", ("big.zip", big, "application/zip"))])
    assert response.status_code == 413
    assert response.json()["errors"][0]["field"] == "body"
    # Between the general limit (4 MB default is larger here) and the upload limit: fine.
    ok = api.post("/api/v1/images/triage", headers=deu,
                  files=[("files", ("small.jpg", jpeg(8), "image/jpeg"))])
    assert ok.status_code == 202


def test_register_a_hash_list(api, people):
    from polex.images.hashing import hash_bytes

    h = hash_bytes(jpeg(9))
    text = f"{h.pdq_hex},{h.quality},nine.jpg\n"
    fra = people.headers("FRA", "imagery")
    response = api.post("/api/v1/images/register", headers=fra,
                        files=[("list", ("list.csv", text.encode(), "text/csv"))],
                        data={"series": "Listed", "case": "K-9"})
    assert response.status_code == 200, response.text
    assert response.json()["created"] == 1
    bad = api.post("/api/v1/images/register", headers=fra,
                   files=[("list", ("list.csv", b"zz,1,x\n", "text/csv"))])
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "list"
