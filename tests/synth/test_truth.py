"""Ground truth: the same real person recorded by several countries, differently."""

from __future__ import annotations

import csv
from collections import defaultdict

from polex.synth import SynthPlan, iter_truth, write_truth


def _groups(by_kind) -> dict[str, list[dict]]:
    groups: dict[str, list] = defaultdict(list)
    for rec in by_kind["person"]:
        groups[rec.entity].append(rec)
    return {k: v for k, v in groups.items() if len(v) > 1}


def test_truth_is_what_iter_records_says(by_kind, tiny_plan):
    assert list(iter_truth(tiny_plan)) == [(r.entity, r.id) for r in by_kind["person"]]


def test_write_truth_writes_a_csv(tmp_path):
    path = tmp_path / "truth.csv"
    count = write_truth(SynthPlan.tiny(seed=3), path)
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["entity_id", "record_id"] and len(rows) == count + 1


def test_some_persons_are_recorded_by_several_countries(by_kind):
    groups = _groups(by_kind)
    assert len(groups) >= 15
    for records in groups.values():
        owners = [r.owner for r in records]
        assert len(set(owners)) == len(owners)


def test_records_of_one_person_differ_as_real_ones_do(by_kind):
    groups = _groups(by_kind).values()
    differ_name = sum(len({r.record["names"][0]["full"] for r in g}) > 1 for g in groups)
    differ_script = sum(len({r.record["names"][0]["script"] for r in g}) > 1 for g in groups)
    differ_dob = sum(len({tuple(r.record["birth_dates"]) for r in g}) > 1 for g in groups)
    assert differ_name >= len(groups) // 3
    assert differ_script >= 2 and differ_dob >= 2


def test_names_come_in_many_scripts_with_latin_aliases(by_kind):
    scripts = {n["script"] for r in by_kind["person"] for n in r.record["names"]}
    assert {"Latn", "Cyrl", "Arab", "Grek", "Hani", "Hang", "Hebr"} <= scripts
    aliases = [r for r in by_kind["person"]
               if r.record["names"][0]["script"] != "Latn"
               and any(n["type"] == "alias" and n["script"] == "Latn"
                       for n in r.record["names"])]
    assert len(aliases) >= 20


def test_birth_dates_are_partial_sometimes(by_kind):
    lengths = {len(d) for r in by_kind["person"] for d in r.record["birth_dates"]}
    assert lengths == {4, 7, 10}
    assert any(d.endswith("-01-01") for r in by_kind["person"] for d in r.record["birth_dates"])
