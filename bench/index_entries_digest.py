"""A fingerprint of the index rows computed for synthetic persons, to tell that a change left
every key and match form as it was.

Computes the rows a rebuild or a bulk load writes (``index_bulk.loaded_rows``: the sorted
``(key, record id)`` rows and each record's form as stored JSON) for ``--persons`` persons
made by ``polex synth``'s generator, in pages, and prints their count and a SHA-256 of them.
Run it with the code before and after a change and compare the two lines, e.g.:

    PYTHONPATH=/path/to/main/src .venv/bin/python bench/index_entries_digest.py --persons 50000
    PYTHONPATH=src .venv/bin/python bench/index_entries_digest.py --persons 50000

Uses only what existed before the script did, so that it runs against older code too.
"""

from __future__ import annotations

import argparse
import hashlib
import time

PAGE = 5_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    import polex
    from polex.search.indexer import index_entries
    from polex.store import index_bulk
    from polex.synth import SynthPlan
    from polex.synth.generate import rows

    plan = SynthPlan(seed=args.seed, persons=args.persons, travel_documents=0, vehicles=0,
                     firearms=0, artworks=0, selectors=0, links=0)
    items = sorted(rows(plan), key=lambda item: item[0])
    digest = hashlib.sha256()
    keys = forms = 0
    started = time.process_time()
    for page in index_bulk.chunked(items, PAGE):
        computed = index_bulk.loaded_rows(index_entries, page)
        for key, record_id in computed.keys:
            digest.update(f"k\t{key}\t{record_id}\n".encode())
        for record_id, kind, form in computed.forms:
            digest.update(f"f\t{record_id}\t{kind}\t{form}\n".encode())
        keys += len(computed.keys)
        forms += len(computed.forms)
    cpu = time.process_time() - started
    print(f"{len(items):,} records, {keys:,} key rows, {forms:,} forms: {digest.hexdigest()}"
          f"  ({cpu:.1f} CPU-s computing them; polex from {polex.__file__})")


if __name__ == "__main__":
    main()
