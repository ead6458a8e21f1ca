"""`polex images`: hash lines comparable with the reference tools, register, triage."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from polex.cli import app
from polex.images import synthetic
from polex.images.hashing import hash_file
from polex.images.hashlists import read_hash_list

runner = CliRunner()


def write_jpeg(path: Path, seed: int, transform: str | None = None,
               exif_orientation: int | None = None) -> Path:
    im = synthetic.scene(seed, (480, 360))
    im = synthetic.transform(im, transform) if transform else im
    if exif_orientation:
        exif = Image.Exif()
        exif[0x0112] = exif_orientation
        path.write_bytes(synthetic.encode(im, exif=exif.tobytes()))
    else:
        path.write_bytes(synthetic.encode(im))
    return path


def test_hash_prints_pdq_quality_and_name_per_file(tmp_path):
    a, b = write_jpeg(tmp_path / "a.jpg", 1), write_jpeg(tmp_path / "b.jpg", 2)
    result = runner.invoke(app, ["images", "hash", str(a), str(b)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    pdq, quality, name = lines[0].split(",")
    assert len(pdq) == 64 and int(pdq, 16) >= 0 and 0 <= int(quality) <= 100
    assert name == str(a) and pdq == hash_file(a).pdq_hex
    # The output is itself a hash list others can read.
    assert [e.pdq for e in read_hash_list(result.stdout)] == [ln.split(",")[0] for ln in lines]


def test_reference_mode_ignores_the_exif_orientation(tmp_path):
    rotated = write_jpeg(tmp_path / "r.jpg", 3, exif_orientation=6)
    default = runner.invoke(app, ["images", "hash", str(rotated)]).stdout.split(",")[0]
    reference = runner.invoke(app, ["images", "hash", "--reference", str(rotated)])
    assert reference.exit_code == 0
    ref_hash = reference.stdout.split(",")[0]
    assert ref_hash == hash_file(rotated, exif=False, fast=False).pdq_hex
    assert ref_hash != default


def test_hash_reports_unreadable_files_and_exits_1(tmp_path):
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"nope")
    good = write_jpeg(tmp_path / "good.jpg", 4)
    result = runner.invoke(app, ["images", "hash", str(bad), str(good)])
    assert result.exit_code == 1
    assert result.stdout.count("\n") == 1 and "bad.jpg" in result.stderr


def test_register_then_triage_a_zip(tmp_path, database_url):
    known = tmp_path / "known"
    known.mkdir()
    for seed in (5, 6):
        write_jpeg(known / f"k{seed}.jpg", seed)
    result = runner.invoke(app, ["images", "register", str(known), "--org", "FRA",
                                 "--series", "Red", "--victim-status", "unidentified",
                                 "--sharing", "only:DEU", "--db", database_url])
    assert result.exit_code == 0, result.output
    assert "2 created, 0 updated, 0 rejected" in result.stdout
    seized = tmp_path / "seized.zip"
    with zipfile.ZipFile(seized, "w") as zf:
        zf.write(known / "k5.jpg", "x/k5.jpg")
        zf.writestr("x/mirror.jpg", (write_jpeg(tmp_path / "m.jpg", 6, "mirror")).read_bytes())
        zf.writestr("x/new.jpg", (write_jpeg(tmp_path / "n.jpg", 70)).read_bytes())
    out_json = tmp_path / "result.json"
    result = runner.invoke(app, ["images", "triage", str(seized), "--org", "DEU", "--json",
                                 str(out_json), "--csv", str(tmp_path / "rows.csv"),
                                 "--db", database_url])
    assert result.exit_code == 0, result.output
    assert ("3 images: 2 known in 1 series, 1 series with unidentified victims, 1 new"
            in result.stdout)
    rows = {r["name"]: r for r in json.loads(out_json.read_text())["rows"]}
    assert [rows[n]["status"] for n in ("x/k5.jpg", "x/mirror.jpg", "x/new.jpg")] == [
        "exact", "near", "new"]
    assert (tmp_path / "rows.csv").read_text().startswith("name,status,")
    # Another bureau the owner did not list learns nothing.
    result = runner.invoke(app, ["images", "triage", str(seized), "--org", "ITA", "--show",
                                 "0", "--db", database_url])
    assert "3 images: 0 known in 0 series" in result.stdout


def test_register_a_hash_list_file(tmp_path, database_url):
    image = write_jpeg(tmp_path / "a.jpg", 8)
    listing = tmp_path / "list.csv"
    listing.write_text(runner.invoke(app, ["images", "hash", str(image)]).stdout)
    result = runner.invoke(app, ["images", "register", str(listing), "--org", "FRA",
                                 "--case", "C-8", "--db", database_url])
    assert result.exit_code == 0, result.output
    assert "1 created" in result.stdout


@pytest.mark.parametrize("role", ["admin", "frontline"])
def test_users_of_other_roles_may_not_triage(tmp_path, database_url, role):
    runner.invoke(app, ["user", "add", "someone", "--org", "FRA", "--role", role,
                        "--db", database_url])
    write_jpeg(tmp_path / "a.jpg", 9)
    result = runner.invoke(app, ["images", "triage", str(tmp_path), "--user", "someone",
                                 "--db", database_url])
    assert result.exit_code != 0
    assert "may not triage" in str(result.exception)
