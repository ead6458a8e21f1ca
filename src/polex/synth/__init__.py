"""Deterministic synthetic data for the demo, the tests and the benchmarks.

Owns the generators of every record kind (persons with notices, travel documents,
vehicles, firearms, artworks, selectors, links), the ground truth of which person
records are the same real person, and national export files in each country's own
format for the ingest work. Everything is derived from ``SynthPlan.seed`` through our
own ``random.Random`` streams: the same plan gives the same bytes, on any machine.

Example::

    from polex.synth import SynthPlan, iter_records, write_truth

    plan = SynthPlan.demo(seed=1)
    for rec in iter_records(plan):          # streamed: never the whole set in memory
        print(rec.id, rec.owner, rec.record["kind"], rec.entity)
    write_truth(plan, "truth.csv")

National exports (:func:`write_national_exports`) are described in
:mod:`polex.synth.exports`.
"""

from polex.synth.background import rows_in_background
from polex.synth.exports import write_national_exports
from polex.synth.generate import iter_records, rows
from polex.synth.plan import SynthPlan, SynthRecord
from polex.synth.truth import iter_truth, write_truth

__all__ = [
    "SynthPlan",
    "SynthRecord",
    "iter_records",
    "iter_truth",
    "rows",
    "rows_in_background",
    "write_national_exports",
    "write_truth",
]
