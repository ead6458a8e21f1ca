"""Fit person-v1's name weights on synthetic pairs: ``python -m polex.search.calibrate``.

Positives: a generated name (Faker, many locales) against a variant a bureau might hold:
another romanisation system (ICU's letter transliteration, Wade-Giles, ISO 9), the name
written in another script by ICU's Latin-to-script transliterators, family and given names
swapped, a part dropped, a one-letter typo, diacritics stripped. Negatives: a different
generated name of the same locale, half of them sharing a part (the hard case). The fit
is a plain logistic regression (numpy, gradient descent) over the name features; it prints
the weights to copy into ``person_v1.py``. Never fitted on public evaluation data.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import numpy as np

from polex.search.features import Pair, name_extra_parts, name_similarity_feature
from polex.search.match_form import match_form

__all__ = ["fit", "synthetic_pairs"]

_LOCALES = ["en_US", "de_DE", "fr_FR", "es_ES", "tr_TR", "pl_PL", "ru_RU", "uk_UA", "el_GR",
            "ar_AA", "he_IL", "ko_KR", "zh_CN", "ja_JP", "fa_IR"]
_TO_SCRIPT = ["Latin-Cyrillic", "Latin-Arabic", "Latin-Hebrew", "Latin-Katakana",
              "Latin-Hangul", "Latin-Greek"]


def _icu(ident: str, text: str) -> str:
    import icu

    return icu.Transliterator.createInstance(ident).transliterate(text)


def _typo(rng: random.Random, name: str) -> str:
    i = rng.randrange(len(name))
    if not name[i].isalpha():
        return name
    letters = [c for c in name if c.isalpha()]  # a typo stays in the name's own script
    return name[:i] + rng.choice(letters) + name[i + 1 :]


def _other_romanisation(rng: random.Random, name: str) -> str:
    if any("\u4e00" <= c <= "\u9fff" for c in name):
        from pypinyin import Style, lazy_pinyin

        return " ".join(lazy_pinyin(name, style=Style.WADEGILES))
    return _icu("Any-Latin; Latin-ASCII", name)


def _variant(rng: random.Random, name: str, latin: bool) -> str:
    parts = name.split()
    steps: list[Callable[[], str]] = [
        lambda: " ".join(reversed(parts)),
        lambda: _typo(rng, name),
        lambda: " ".join(parts[:1] + parts[2:]) if len(parts) > 2 else name,
    ]
    if latin:
        steps.append(lambda: _icu(rng.choice(_TO_SCRIPT), name))
    else:
        steps.append(lambda: _other_romanisation(rng, name))
    return rng.choice(steps)()


def _names(count: int, rng: random.Random) -> list[tuple[str, str]]:
    from faker import Faker

    out = []
    for loc in _LOCALES:
        fake = Faker(loc)
        fake.seed_instance(rng.randrange(1 << 30))
        for _ in range(count):
            middle = f" {fake.first_name()}" if rng.random() < 0.2 else ""
            out.append((loc, f"{fake.first_name()}{middle} {fake.last_name()}"))
    return out


def synthetic_pairs(count: int = 200, seed: int = 11) -> list[tuple[str, str, int]]:
    """``(name_a, name_b, same)`` triples, half positives, half negatives."""
    rng = random.Random(seed)
    pool = _names(count, rng)
    by_loc: dict[str, list[str]] = {}
    for loc, name in pool:
        by_loc.setdefault(loc, []).append(name)
    pairs = []
    for loc, name in pool:
        latin = loc[:2] in ("en", "de", "fr", "es", "tr", "pl")
        pairs.append((name, _variant(rng, name, latin), 1))
        other = rng.choice(by_loc[loc])
        if rng.random() < 0.5:  # hard negative: shares the first part
            other = " ".join(name.split()[:1] + other.split()[1:])
        if other != name:
            pairs.append((name, _variant(rng, other, latin) if rng.random() < 0.5 else other, 0))
    return pairs


def _features(a: str, b: str) -> list[float]:
    pair = Pair(match_form({"names": [a]}), match_form({"names": [b]}))
    return [name_similarity_feature(pair)[0], name_extra_parts(pair)[0]]


def fit(pairs: list[tuple[str, str, int]], steps: int = 4000, lr: float = 0.5) -> np.ndarray:
    """Logistic regression weights ``[bias, w_name_similarity, w_extra_parts]``."""
    x = np.array([[1.0, *_features(a, b)] for a, b, _ in pairs])
    y = np.array([same for _, _, same in pairs], dtype=float)
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        w -= lr * (x.T @ (p - y) / len(y) + 1e-4 * w)
    return w


def _report(pairs: list[tuple[str, str, int]], weights: np.ndarray, threshold: float) -> str:
    x = np.array([[1.0, *_features(a, b)] for a, b, _ in pairs])
    y = np.array([same for _, _, same in pairs])
    p = 1.0 / (1.0 + np.exp(-x @ weights))
    recall = float((p[y == 1] >= threshold).mean())
    fpr = float((p[y == 0] >= threshold).mean())
    return f"held-out seed: recall {recall:.3f}, FPR {fpr:.3f} at score >= {threshold}"


if __name__ == "__main__":
    weights = fit(synthetic_pairs())
    print("bias, name_similarity, name_extra_parts =", np.round(weights, 2).tolist())
    print(_report(synthetic_pairs(seed=12), weights, 0.7))
