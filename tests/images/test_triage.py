"""Triage of a collection: exact / near / new, summary, clusters, corrupt files, ZIPs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from polex.images import synthetic
from polex.images.hashing import hash_bytes
from polex.images.lookup import KnownItem, MemoryLookup
from polex.images.triage import TriageOptions, triage_path

SIZE = (320, 240)


def jpeg(seed: int, transform: str | None = None) -> bytes:
    im = synthetic.scene(seed, SIZE)
    return synthetic.encode(synthetic.transform(im, transform) if transform else im)


@pytest.fixture(scope="module")
def known() -> MemoryLookup:
    """Seeds 0-5 are known: series A (victim identified) and B (unidentified)."""
    lookup = MemoryLookup()
    for seed in range(6):
        series, status = ("A", "identified") if seed < 3 else ("B", "unidentified")
        h = hash_bytes(jpeg(seed))
        lookup.add(KnownItem(100 + seed, series, "case-1", None, status, "DE"),
                   h.pdq, h.sha256, h.md5)
    return lookup


@pytest.fixture(scope="module")
def collection() -> dict[str, bytes]:
    files = {
        "exact/0.jpg": jpeg(0), "exact/3.jpg": jpeg(3),
        "near/1-small.jpg": jpeg(1, "resize50"), "near/2-mirror.jpg": jpeg(2, "mirror"),
        "near/4-rot.jpg": jpeg(4, "rotate90"),
        "new/50.jpg": jpeg(50), "new/50-copy.png": synthetic.encode(
            synthetic.scene(50, SIZE), "PNG"),
        "new/50-mirror.jpg": jpeg(50, "mirror"), "new/51.jpg": jpeg(51),
        "broken/truncated.jpg": jpeg(52)[:500], "broken/notes.txt": b"hello",
    }
    return files


def write_folder(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def check(report) -> None:
    by_name = {r.name: r for r in report.rows}
    assert {n for n, r in by_name.items() if r.status == "exact"} == {"exact/0.jpg", "exact/3.jpg"}
    assert {n for n, r in by_name.items() if r.status == "near"} == {
        "near/1-small.jpg", "near/2-mirror.jpg", "near/4-rot.jpg"}
    assert (report.total, report.exact, report.near, report.new, report.errors) == (11, 2, 3, 4, 2)
    assert by_name["near/4-rot.jpg"].matches[0].item.item_id == 104
    assert by_name["near/1-small.jpg"].distance <= 31
    clusters = {by_name[n].cluster for n in ("new/50.jpg", "new/50-copy.png", "new/50-mirror.jpg")}
    assert len(clusters) == 1 and by_name["new/51.jpg"].cluster not in clusters
    assert sorted(report.cluster_sizes) == [1, 3]
    assert "cannot decode" in by_name["broken/truncated.jpg"].error or \
        "not a readable" in by_name["broken/truncated.jpg"].error
    assert report.summary() == (
        "11 images: 5 known in 2 series, 1 series with unidentified victims, 4 new "
        "(2 distinct, 1 group of near-duplicates), 2 unreadable")


def test_triage_folder(tmp_path, known, collection):
    done = []
    report = triage_path(write_folder(tmp_path, collection), known,
                         TriageOptions(batch=4), progress=lambda d, t: done.append((d, t)))
    check(report)
    assert done[-1] == (11, 11)


def test_triage_zip_with_corrupt_member_is_not_fatal(tmp_path, known, collection):
    path = tmp_path / "seized.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in collection.items():
            zf.writestr(name, data)
        zf.writestr("__MACOSX/._0.jpg", b"junk")
    check(triage_path(path, known))


def test_triage_in_worker_processes(tmp_path, known, collection):
    report = triage_path(write_folder(tmp_path, collection), known, TriageOptions(workers=2))
    check(report)


def test_low_quality_images_are_not_near_matched(tmp_path):
    lookup = MemoryLookup()
    flat = synthetic.encode(synthetic.gradient(1, (64, 64)).resize((2, 2)), "PNG")
    h = hash_bytes(flat)
    lookup.add(KnownItem(1, "S"), h.pdq)
    (tmp_path / "flat.png").write_bytes(flat)
    (row,) = triage_path(tmp_path, lookup).rows
    assert h.quality < 50 and row.status == "new" and row.low_quality


def test_rows_flatten_for_tables(tmp_path, known, collection):
    report = triage_path(write_folder(tmp_path, collection), known)
    row = next(r for r in report.rows if r.name == "exact/3.jpg").as_row()
    assert row["status"] == "exact" and row["series"] == "B"
    assert row["victim_status"] == "unidentified" and len(row["pdq"]) == 64
    assert report.as_dict()["unidentified_series"] == ["B"]
