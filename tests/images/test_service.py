"""The image service on a real store: registration, gated exact and near matching,
sharing, freshness across processes, corrupt files, audit."""

from __future__ import annotations

import json
import time

import pytest
from PIL import Image

from polex.access import audit
from polex.config import Settings
from polex.errors import AccessDenied
from polex.hub import Hub
from polex.images import synthetic
from polex.images.service import Metadata
from polex.images.sources import Source
from polex.images.triage import TriageOptions

SERIES = Metadata(series="Blue room", case="2026/FRA/0007", category="A",
                  victim_status="unidentified")


def jpeg(im: Image.Image) -> bytes:
    return synthetic.encode(im)


def source(name: str, im: Image.Image) -> Source:
    return Source(name, data=jpeg(im))


def register(hub: Hub, principal, seeds: list[int], meta: Metadata = SERIES) -> dict:
    sources = [source(f"known-{s}.jpg", synthetic.scene(s, (480, 360))) for s in seeds]
    return hub.images.register_sources(principal, sources, meta)


def triage(hub: Hub, principal, sources: list[Source]):
    return hub.images.triage_sources(principal, sources, opts=TriageOptions())


def by_name(outcome) -> dict[str, dict]:
    return {row["name"]: row for row in outcome.as_dict()["rows"]}


def test_registered_item_is_found_exactly_and_by_rotated_and_mirrored_copies(images_hub, callers):
    fra = callers("FRA", "imagery")
    report = register(images_hub, fra, [1, 2])
    assert (report["created"], report["rejected"]) == (2, 0)
    original = synthetic.scene(1, (480, 360))
    sources = [
        Source("same-file.jpg", data=jpeg(original)),
        source("rotated.jpg", synthetic.transform(original, "rotate90")),
        source("mirrored.jpg", synthetic.transform(original, "mirror")),
        source("smaller.jpg", synthetic.transform(original, "resize50")),
        source("new.jpg", synthetic.scene(99, (480, 360))),
    ]
    outcome = triage(images_hub, callers("DEU", "imagery"), sources)
    rows = by_name(outcome)
    assert rows["same-file.jpg"]["status"] == "exact"
    for name in ("rotated.jpg", "mirrored.jpg", "smaller.jpg"):
        assert rows[name]["status"] == "near", name
        assert rows[name]["series"] == "Blue room"
        assert rows[name]["victim_status"] == "unidentified"
        assert rows[name]["owner"] == "FRA"
    assert rows["new.jpg"]["status"] == "new"
    item = report["rows"][0]["id"]
    assert rows["same-file.jpg"]["item_id"] == item
    summary = outcome.as_dict()["summary"]
    assert summary["known"] == 4 and summary["new"] == 1
    assert summary["unidentified_series"] == ["Blue room"]
    assert "4 known in 1 series, 1 series with unidentified victims, 1 new" in summary["summary"]


def test_registration_is_idempotent_by_digest(images_hub, callers):
    fra = callers("FRA", "imagery")
    assert register(images_hub, fra, [3])["created"] == 1
    again = register(images_hub, fra, [3], Metadata(series="Renamed"))
    assert (again["created"], again["updated"]) == (0, 1)


SHARING = [  # (sharing, may DEU be told?)
    ({"mode": "all"}, True),
    ({"mode": "only", "countries": ["DEU"]}, True),
    ({"mode": "only", "countries": ["ITA"]}, False),
    ({"mode": "except", "countries": ["DEU"]}, False),
    ({"mode": "except", "countries": ["ITA"]}, True),
]


@pytest.mark.parametrize(("sharing", "visible"), SHARING, ids=lambda v: json.dumps(v))
def test_an_item_is_reported_only_where_its_owner_shares_it(images_hub, callers, sharing,
                                                           visible):
    register(images_hub, callers("FRA", "imagery"), [5], Metadata(series="S", sharing=sharing))
    original = synthetic.scene(5, (480, 360))
    sources = [Source("exact.jpg", data=jpeg(original)),
               source("mirror.jpg", synthetic.transform(original, "mirror"))]
    for role in ("imagery", "officer"):
        rows = by_name(triage(images_hub, callers("DEU", role), sources))
        expected = ("exact", "near") if visible else ("new", "new")
        assert (rows["exact.jpg"]["status"], rows["mirror.jpg"]["status"]) == expected, role
        if not visible:
            assert rows["exact.jpg"]["matches"] == [] and rows["mirror.jpg"]["matches"] == []
    # The owner always sees its own items.
    rows = by_name(triage(images_hub, callers("FRA", "officer"), sources))
    assert rows["exact.jpg"]["status"] == "exact"


def test_cancelled_or_expired_items_stop_matching_for_others(images_hub, callers):
    fra = callers("FRA", "imagery")
    item = register(images_hub, fra, [6])["rows"][0]["id"]
    record = images_hub.records.get(fra, item)
    images_hub.records.update(fra, item, {**record, "record_status": "cancelled"},
                              version=record["version"])
    rows = by_name(triage(images_hub, callers("DEU", "imagery"),
                          [source("x.jpg", synthetic.scene(6, (480, 360)))]))
    assert rows["x.jpg"]["status"] == "new"


def test_deleted_item_vanishes(images_hub, callers):
    fra = callers("FRA", "imagery")
    item = register(images_hub, fra, [7])["rows"][0]["id"]
    copy = [source("x.jpg", synthetic.transform(synthetic.scene(7, (480, 360)), "mirror"))]
    deu = callers("DEU", "imagery")
    assert by_name(triage(images_hub, deu, copy))["x.jpg"]["status"] == "near"
    images_hub.records.delete(fra, item, version=None)
    assert by_name(triage(images_hub, deu, copy))["x.jpg"]["status"] == "new"


def test_a_new_item_is_found_within_a_second_by_another_process(images_hub, callers,
                                                                database_url, tmp_path):
    other = Hub(Settings(database_url=database_url, triage_dir=str(tmp_path / "other")))
    try:
        deu = callers("DEU", "imagery")
        im = synthetic.scene(8, (480, 360))
        probe = [source("copy.jpg", synthetic.transform(im, "rotate180"))]
        assert by_name(triage(other, deu, probe))["copy.jpg"]["status"] == "new"  # builds
        register(images_hub, callers("FRA", "imagery"), [8])
        started = time.monotonic()
        while by_name(triage(other, deu, probe))["copy.jpg"]["status"] != "near":
            assert time.monotonic() - started < 1.0, "not found within 1 s"
            time.sleep(0.05)
    finally:
        other.close()


def test_a_changed_hash_replaces_the_old_one_in_the_index(images_hub, callers):
    fra = callers("FRA", "imagery")
    deu = callers("DEU", "imagery")
    first, second = synthetic.scene(9, (480, 360)), synthetic.scene(10, (480, 360))
    item = register(images_hub, fra, [9])["rows"][0]["id"]
    probes = [source("first.jpg", synthetic.transform(first, "mirror")),
              source("second.jpg", synthetic.transform(second, "mirror"))]
    triage(images_hub, deu, probes)  # build the index
    record = images_hub.records.get(fra, item)
    from polex.images.hashing import hash_bytes

    h = hash_bytes(jpeg(second))
    images_hub.records.update(fra, item, {**record, "pdq": h.pdq_hex, "quality": h.quality},
                              version=record["version"])
    images_hub.images.known.mark_stale()
    rows = by_name(triage(images_hub, deu, probes))
    assert (rows["first.jpg"]["status"], rows["second.jpg"]["status"]) == ("new", "near")


def test_corrupt_files_are_reported_not_fatal(images_hub, callers):
    register(images_hub, callers("FRA", "imagery"), [11])
    sources = [Source("broken.jpg", data=b"\xff\xd8\xff\xe0 not really a jpeg"),
               Source("known.jpg", data=jpeg(synthetic.scene(11, (480, 360))))]
    outcome = triage(images_hub, callers("DEU", "imagery"), sources)
    rows = by_name(outcome)
    assert rows["broken.jpg"]["status"] == "error" and rows["broken.jpg"]["error"]
    assert rows["known.jpg"]["status"] == "exact"
    assert "1 unreadable" in outcome.as_dict()["summary"]["summary"]


def test_new_near_duplicates_are_clustered(images_hub, callers):
    im = synthetic.scene(12, (480, 360))
    sources = [source("a.jpg", im), source("b.jpg", synthetic.transform(im, "resize50")),
               source("c.jpg", synthetic.scene(13, (480, 360)))]
    clusters = triage(images_hub, callers("DEU", "imagery"), sources).as_dict()["clusters"]
    assert [sorted(c["names"]) for c in clusters] == [["a.jpg", "b.jpg"]]


def test_triage_is_audited_once_with_the_items_reported(images_hub, callers):
    item = register(images_hub, callers("FRA", "imagery"), [14])["rows"][0]["id"]
    deu = callers("DEU", "imagery")
    triage(images_hub, deu, [source("k.jpg", synthetic.scene(14, (480, 360))),
                             source("n.jpg", synthetic.scene(15, (480, 360)))])
    with images_hub.engine.connect() as conn:
        entries = [e for e in audit.entries(conn, org="DEU", after=0, limit=100)
                   if e["action"] == "images.triage"]
    assert len(entries) == 1
    assert entries[0]["result"] == [item] and entries[0]["query"]["files"] == 2


@pytest.mark.parametrize("role", ["admin", "auditor", "frontline"])
def test_roles_without_image_access_may_not_triage_or_register(images_hub, callers, role):
    principal = callers("DEU", role)
    with pytest.raises(AccessDenied):
        triage(images_hub, principal, [source("a.jpg", synthetic.scene(1, (200, 150)))])
    with pytest.raises(AccessDenied):
        register(images_hub, principal, [1])


def test_hash_list_registration_uses_the_lists_metadata(images_hub, callers):
    from polex.images.hashing import hash_bytes

    im = synthetic.scene(16, (480, 360))
    h = hash_bytes(jpeg(im))
    text = ("pdq,quality,series,victim_status\n"
            f"{h.pdq_hex},{h.quality},From list,identified\n")
    report = images_hub.images.register_list(callers("FRA", "imagery"), text,
                                             Metadata(series="Default", case="C-1"))
    assert report["created"] == 1
    rows = by_name(triage(images_hub, callers("DEU", "imagery"),
                          [source("m.jpg", synthetic.transform(im, "mirror"))]))
    assert rows["m.jpg"]["status"] == "near"
    assert (rows["m.jpg"]["series"], rows["m.jpg"]["case"]) == ("From list", "C-1")
    assert rows["m.jpg"]["victim_status"] == "identified"
