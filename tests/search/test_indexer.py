"""Index entries: what the index holds for a person depends on that person alone.

Romanisations, part forms and part keys are kept per process (names repeat across a
million persons); what is kept must never stand in for something else.
"""

from __future__ import annotations

from polex.search.indexer import index_entries
from polex.search.keys import _part_keys
from polex.search.match_form import name_form, token_form
from polex.synth import SynthPlan
from polex.synth.generate import rows

# Persons only, in every profiled country's scripts and spellings.
PLAN = SynthPlan(seed=11, persons=1_500, travel_documents=0, vehicles=0, firearms=0,
                 artworks=0, selectors=0, links=0)


def _forget_kept_forms() -> None:
    for kept in (_part_keys, token_form, name_form):
        kept.cache_clear()


def test_a_persons_entries_do_not_depend_on_who_was_indexed_before() -> None:
    items = [(rid, record["kind"], record) for rid, _, record in rows(PLAN)]
    _forget_kept_forms()
    in_order = {entry[0]: entry for entry in index_entries(items)}
    _forget_kept_forms()
    reversed_order = {entry[0]: entry for entry in index_entries(items[::-1])}
    assert len(in_order) == len(items)
    assert reversed_order == in_order


def test_a_persons_entries_are_those_of_the_person_indexed_alone() -> None:
    items = [(rid, record["kind"], record) for rid, _, record in rows(PLAN)][:300]
    together = index_entries(items)
    alone = []
    for item in items:
        _forget_kept_forms()
        alone += index_entries([item])
    assert alone == together
