"""Sharing restrictions, statuses, review dates and links come in realistic variety."""

from __future__ import annotations

from collections import Counter


def test_sharing_modes_and_frontline_vary(tiny_records):
    modes = Counter(r.record["sharing"]["mode"] for r in tiny_records)
    assert modes["all"] > modes["only"] > 0 and modes["except"] > 0
    assert any(not r.record["sharing"]["frontline"] for r in tiny_records)
    for rec in tiny_records:
        sharing = rec.record["sharing"]
        assert rec.owner not in sharing["countries"]
        assert (sharing["mode"] == "all") == (not sharing["countries"])


def test_some_records_are_cancelled_expired_or_overdue(tiny_records, tiny_plan):
    statuses = Counter(r.record["record_status"] for r in tiny_records)
    assert statuses["cancelled"] and statuses["expired"]
    today = tiny_plan.today.isoformat()
    assert any((r.record["review_date"] or "9999") < today for r in tiny_records)


def test_links_of_every_type_join_records_of_the_right_kinds(tiny_records):
    kind_of = {r.id: r.record["kind"] for r in tiny_records}
    targets = {"holder_of": {"travel_document"}, "owner_of": {"vehicle", "firearm"},
               "used_selector": {"selector"}, "associate": {"person"}, "family": {"person"}}
    seen = set()
    for rec in tiny_records:
        if rec.record["kind"] == "link":
            link = rec.record
            seen.add(link["link_type"])
            assert kind_of[link["from_record"]] == "person"
            assert kind_of[link["to_record"]] in targets[link["link_type"]]
    assert seen == set(targets)


def test_documents_of_known_holders_carry_their_name(tiny_records):
    by_id = {r.id: r for r in tiny_records}
    holders = [r.record for r in tiny_records
               if r.record["kind"] == "link" and r.record["link_type"] == "holder_of"]
    assert holders
    for link in holders:
        person, doc = by_id[link["from_record"]].record, by_id[link["to_record"]].record
        assert doc["holder_name"]
        assert doc["holder_sex"] == person["sex"] or person["sex"] is None


def test_wanted_persons_have_a_legal_basis(tiny_records):
    wanted = [r.record for r in tiny_records if r.record["kind"] == "person"
              and any(n["type"] == "wanted" for n in r.record["notices"])]
    assert wanted and all("warrant" in w["legal_basis"] for w in wanted)
