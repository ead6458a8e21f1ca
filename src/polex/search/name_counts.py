"""How many records the caller may see share a searched name: name rarity's count.

The score weighs a common name as weaker evidence (``features.name_rarity``, ``ln n``). The
count must come only from records the caller may see and that are in force: counted over
every record, a search or a comparison would tell, through the explanation and the score,
how many records of a name the hub holds, those its owners hide from the caller included.

A name's count is the fewest records under any of its ``q:`` keys (two of its parts
together, in either order), of several names (aliases) the rarest; a one-part name has no
pair key and counts as rare (0). Each pair key's ids are read up to ``PAIR_SAMPLE`` and put
through the gate with the search's candidates (they are mostly the same records); a longer
list is counted by scaling the visible share of its sample to the key's size.

The sample is small because every id in it the search does not score anyway costs a
look-up in the gate's index (``lookup.admitted_ids``; three of four sampled ids were not
candidates of a hits-only check at a million persons): the count enters the score as
``ln n``, whose error from a share estimated on 64 ids is a few hundredths. Samples of 200
and 64 gave the same hits, with scores at most 0.016 apart, over the benchmark's searches
on the demo and at a million persons (docs/benchmarks.md, session 10).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from polex.search.match_form import MatchForm
from polex.search.plan import name_keys

__all__ = ["PAIR_SAMPLE", "counted", "pair_keys"]

PAIR_SAMPLE = 64


def pair_keys(form: MatchForm) -> list[set[str]]:
    """Per name of ``form``, its ``q:`` keys (empty for a one-part name)."""
    return [{k for k in name_keys(name) if k.startswith("q:")} for name in form.names]


def counted(form: MatchForm, pairs: list[set[str]], sampled: Mapping[str, list[str]],
            visible: set[str], sizes: Mapping[str, int]) -> MatchForm:
    """``form`` with ``name_count``: the records sharing its name among ``visible`` ids.

    ``sampled`` holds up to ``PAIR_SAMPLE`` ids per pair key, ``sizes`` each key's number
    of records (for a list longer than its sample).
    """
    shared = [min(_visible_under(key, sampled, visible, sizes) for key in keys)
              for keys in pairs if keys]
    return dataclasses.replace(form, name_count=min(shared, default=0))


def _visible_under(key: str, sampled: Mapping[str, list[str]], visible: set[str],
                   sizes: Mapping[str, int]) -> int:
    ids = sampled.get(key, [])
    count = sum(1 for i in ids if i in visible)
    if len(ids) >= PAIR_SAMPLE:  # a sample of a longer list
        count = round(count * max(sizes.get(key, 0), len(ids)) / len(ids))
    return count
