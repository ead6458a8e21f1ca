"""Generating in a second process while the caller stores: the two halves of a bulk load
(making records, writing them) then run on two cores at once."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterator
from itertools import islice
from typing import Any

from polex.synth.generate import rows
from polex.synth.plan import SynthPlan

__all__ = ["rows_in_background"]

Row = tuple[str, str, dict[str, Any]]


def _produce(plan: SynthPlan, batch_size: int, queue: Any) -> None:
    source = rows(plan)
    while batch := list(islice(source, batch_size)):
        queue.put(batch)
    queue.put(None)


def rows_in_background(plan: SynthPlan, batch_size: int = 2000) -> Iterator[Row]:
    """The same ``(id, owner, record)`` rows as :func:`rows`, made by a child process."""
    context = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    queue = context.Queue(maxsize=16)  # bounded: memory stays flat whatever the plan size
    producer = context.Process(target=_produce, args=(plan, batch_size, queue), daemon=True)
    producer.start()
    try:
        while (batch := queue.get()) is not None:
            yield from batch
    finally:
        producer.kill()
        producer.join()
