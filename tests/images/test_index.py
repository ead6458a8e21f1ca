"""The hash index answers exactly what a brute-force scan answers (property-style)."""

from __future__ import annotations

import numpy as np
import pytest

from polex.images import index as I
from polex.images.index import HashIndex, as_words, brute_force, choose_layout


def random_words(rng: np.random.Generator, n: int) -> np.ndarray:
    return rng.integers(0, 1 << 64, size=(n, 4), dtype=np.uint64, endpoint=False)


def flip_bits(words: np.ndarray, rng: np.random.Generator, k: int) -> np.ndarray:
    out = words.copy()
    for b in rng.choice(256, size=k, replace=False):
        out[b // 64] ^= np.uint64(1) << np.uint64(63 - b % 64)
    return out


def planted(rng, base: np.ndarray, count: int, max_bits: int = 45) -> np.ndarray:
    """Queries near random members of base, at distances spread over 0..max_bits."""
    picks = rng.integers(0, len(base), count)
    return np.stack([flip_bits(base[p], rng, int(rng.integers(0, max_bits))) for p in picks])


def as_set(m: I.Matches) -> set:
    return set(zip(m.query.tolist(), m.item_id.tolist(), m.distance.tolist(), strict=True))


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("radius", [0, 8, 31, 40])
def test_index_equals_brute_force_on_random_and_planted_data(seed, radius):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(60_000, 90_000))  # above the brute-force threshold: multi-indexed
    words = random_words(rng, n)
    # Clusters of near-duplicates make buckets uneven, as real collections do.
    dup = np.stack([flip_bits(words[0], rng, int(rng.integers(0, 20))) for _ in range(300)])
    words = np.concatenate([words, dup])
    ids = rng.permutation(len(words)).astype(np.int64) * 3 + 1
    index = HashIndex.build(ids=ids, words=words)
    assert index.stats()["segments"][0]["chunks"] is not None
    queries = np.concatenate([planted(rng, words, 60), random_words(rng, 10), words[:1]])
    got = index.query_many(queries, radius)
    assert as_set(got) == as_set(brute_force(words, ids, queries, radius))
    assert len(got.query) == len(as_set(got))  # no duplicates


def test_incremental_add_is_found_at_once_and_segments_merge():
    rng = np.random.default_rng(9)
    words = random_words(rng, 70_000)
    index = HashIndex()
    for start in range(0, len(words), 10_000):
        index.add_many(np.arange(start, start + 10_000), words[start : start + 10_000])
        probe = flip_bits(words[start + 9_999], rng, 5)[None, :]
        assert (start + 9_999, 5) in index.query_many(probe).for_query(0)
    assert len(index) == 70_000
    queries = planted(rng, words, 40)
    assert as_set(index.query_many(queries)) == as_set(
        brute_force(words, np.arange(70_000), queries, 31))


def test_single_add_and_remove():
    rng = np.random.default_rng(2)
    base = random_words(rng, 60_000)
    index = HashIndex.build(ids=np.arange(60_000), words=base)
    new = random_words(rng, 1)[0]
    h = new.astype(">u8").tobytes()
    index.add(123_456, h)
    assert index.query(h) == [(123_456, 0)]
    assert index.remove(123_456) == 1
    assert index.query(h) == []
    target = base[17].astype(">u8").tobytes()
    assert index.query(target)[0] == (17, 0)
    index.remove(17, target)
    assert all(i != 17 for i, _ in index.query(target))
    index.compact()
    assert len(index) == 59_999 and all(i != 17 for i, _ in index.query(target))


def test_build_from_pairs_and_bytes_round_trip():
    hashes = [bytes([i]) * 32 for i in range(5)]
    index = HashIndex.build((i * 10, h) for i, h in enumerate(hashes))
    assert index.query(hashes[3], radius=0) == [(30, 0)]
    assert as_words(hashes[1])[0, 0] == 0x0101010101010101


def test_wrong_hash_length_is_an_error():
    with pytest.raises(ValueError, match="32"):
        HashIndex.build([(1, b"short")])


def test_layouts_adapt_to_size_and_respect_memory_budget():
    for n in (10_000_000, 100_000_000):
        layout = choose_layout(n)
        assert sum(layout.widths) == 256
        assert layout.table_bytes_per_hash(n) + 8 <= 70  # + 8 B item id
    assert len(choose_layout(10_000_000).widths) < 16
