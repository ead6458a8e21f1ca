"""Ground truth for matching benchmarks: which person records are the same real person."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from polex.synth.persons import iter_persons
from polex.synth.plan import SynthPlan

__all__ = ["iter_truth", "write_truth"]


def iter_truth(plan: SynthPlan) -> Iterator[tuple[str, str]]:
    """``(entity_id, record_id)`` for every person record of ``plan``.

    Persons are generated from their own random stream, so this is the same as
    :func:`polex.synth.iter_records` gives, without generating the other kinds.
    """
    for p in iter_persons(plan):
        yield p.entity.id, p.id


def write_truth(plan: SynthPlan, path: str | Path) -> int:
    """Write the ground truth as CSV (``entity_id,record_id``); return the number of rows.

    Example::

        write_truth(SynthPlan.demo(), "demo-truth.csv")
    """
    count = 0
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(("entity_id", "record_id"))
        for row in iter_truth(plan):
            writer.writerow(row)
            count += 1
    return count
