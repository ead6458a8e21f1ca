"""Cross-script name matching on the public eval sets: recall at a false-positive rate ≤ 1%.

Implements the protocol of ``eval/README.md`` and ``eval/names/README.md``: per file, 1,000
positive pairs and 1,000 hard negatives drawn with ``random.seed(7)``; each pair scored by
``polex.search.compare`` as two single-name persons; the threshold is the 99th percentile
of the negatives' scores; recall is the share of positives scored above it.

Example:
    .venv/bin/python bench/names_eval.py ../shared/eval/names

Measure only: the data is never copied into the project and nothing is tuned on it.
"""

from __future__ import annotations

import argparse
import math
import random
import time
from pathlib import Path

from polex.search.compare import compare_forms
from polex.search.match_form import match_form

FILES = {  # set → (file, unit, target, best public anchor)
    "hebrew": ("wd_hebrew.tsv", "full", 0.65, 0.47),
    "korean": ("wd_korean.tsv", "full", 0.70, 0.50),
    "russian": ("wd_russian_20.tsv", "part", 0.93, 0.84),
    "arabic": ("wd_arabic_20.tsv", "part", 0.65, 0.47),
    "chinese": ("wd_chinese_20.tsv", "part", 0.55, 0.34),
    "katakana": ("wd_katakana_20.tsv", "part", 0.75, 0.59),
}
PAIRS = 1000


def read_rows(path: Path, unit: str) -> list[tuple[str, str]]:
    """``(latin, other_script)`` rows; name-part files have their characters re-joined."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].strip() or not cols[1].strip():
            continue
        other = cols[1].replace(" ", "") if unit == "part" else cols[1]
        rows.append((cols[0].strip(), other.strip()))
    return rows


def _negative_full(rng: random.Random, rows: list[tuple[str, str]], by_first: dict) -> tuple:
    while True:
        eng, _ = rng.choice(rows)
        others = by_first.get(eng.split()[0], [])
        if len(others) > 1:
            other = rng.choice(others)
            if other[0] != eng:
                return eng, other[1]


def _negative_part(rng: random.Random, rows: list[tuple[str, str]], by_letter: dict) -> tuple:
    while True:
        tok, _ = rng.choice(rows)
        pool = [r for r in by_letter.get(tok[0], []) if abs(len(r[0]) - len(tok)) <= 1
                and r[0] != tok]
        if pool:
            return tok, rng.choice(pool)[1]


def draw(rows: list[tuple[str, str]], unit: str) -> tuple[list[tuple], list[tuple]]:
    """Positive and hard-negative pairs per the protocol."""
    rng = random.Random(7)
    positives = rng.sample(rows, min(PAIRS, len(rows)))
    groups: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        key = row[0].split()[0] if unit == "full" else row[0][0]
        groups.setdefault(key, []).append(row)
    pick = _negative_full if unit == "full" else _negative_part
    negatives = [pick(rng, rows, groups) for _ in range(PAIRS)]
    return positives, negatives


def score(a: str, b: str) -> float:
    """polex's score for two single-name persons; an unparseable name scores 0."""
    try:
        fa, fb = match_form({"names": [a]}), match_form({"names": [b]})
    except ValueError:
        return 0.0
    return compare_forms(fa, fb, explain=False).score


def recall_at_fpr(pos: list[float], neg: list[float], fpr: float = 0.01) -> tuple[float, float]:
    """Threshold at the (1 - fpr) quantile of the negatives; the share of positives above."""
    ranked = sorted(neg)
    threshold = ranked[min(len(ranked) - 1, math.ceil((1 - fpr) * len(ranked)) - 1)]
    return sum(s > threshold for s in pos) / len(pos), threshold


def run(root: Path) -> None:
    """Print one line per set: recall at FPR ≤ 1%, target, anchor, threshold, time per pair."""
    print(f"{'set':10} {'recall':>7} {'target':>7} {'anchor':>7} {'thresh':>7} {'µs/pair':>8}")
    for name, (file, unit, target, anchor) in FILES.items():
        path = root / "coling2018_wikidata" / file
        if not path.exists():
            print(f"{name:10} missing {path}")
            continue
        positives, negatives = draw(read_rows(path, unit), unit)
        start = time.perf_counter()
        pos = [score(a, b) for a, b in positives]
        neg = [score(a, b) for a, b in negatives]
        per_pair = (time.perf_counter() - start) / (len(pos) + len(neg)) * 1e6
        recall, threshold = recall_at_fpr(pos, neg)
        mark = "ok" if recall >= target else "below"
        print(f"{name:10} {recall:7.3f} {target:7.2f} {anchor:7.2f} {threshold:7.4f} "
              f"{per_pair:8.0f}  {mark}")


def main() -> None:
    """Parse the command line and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default="../shared/eval/names",
                        help="the names/ folder of the eval data")
    run(Path(parser.parse_args().path))


if __name__ == "__main__":
    main()
