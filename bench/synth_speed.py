"""How fast the synthetic generator makes each kind of record, on one core.

Run: ``.venv/bin/python bench/synth_speed.py [--n 50000]``. Prints records per second
for each kind, then for the whole mixed stream of :func:`polex.synth.iter_records`.
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Callable, Iterable

from polex.synth import SynthPlan, iter_records
from polex.synth.documents import DocumentMaker
from polex.synth.objects import ArtworkMaker, FirearmMaker, VehicleMaker
from polex.synth.persons import iter_persons
from polex.synth.selectors import SelectorMaker


def _rate(label: str, n: int, make: Callable[[], Iterable[object]]) -> None:
    start = time.perf_counter()
    count = sum(1 for _ in make())
    elapsed = time.perf_counter() - start
    print(f"{label:<18} {count:>9,} records  {count / elapsed:>10,.0f} /s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50_000, help="records per kind")
    parser.add_argument("--seed", type=int, default=0)
    n = parser.parse_args().n
    plan = SynthPlan(seed=parser.parse_args().seed, persons=n, travel_documents=n,
                     vehicles=n, firearms=n, artworks=n, selectors=n, links=n)
    docs = DocumentMaker(plan)
    vehicles, firearms = VehicleMaker(plan), FirearmMaker(plan)
    artworks, selectors = ArtworkMaker(plan), SelectorMaker(plan)
    _rate("person", n, lambda: iter_persons(plan))
    _rate("travel_document", n, lambda: (docs.standalone(i) for i in range(n)))
    _rate("vehicle", n, lambda: (vehicles.make(i) for i in range(n)))
    _rate("firearm", n, lambda: (firearms.make(i) for i in range(n)))
    _rate("artwork", n, lambda: (artworks.make(i) for i in range(n)))
    _rate("selector", n, lambda: (selectors.make(i) for i in range(n)))
    mixed = SynthPlan.demo(plan.seed).scaled(n / 100_000)
    _rate("iter_records (mix)", n, lambda: itertools.islice(iter_records(mixed), 10**12))


if __name__ == "__main__":
    main()
