"""Exchanged hash lists: headerless ThreatExchange lines, CSV with metadata, JSON."""

from __future__ import annotations

import io

import pytest

from polex.images.hashlists import HashEntry, HashListError, read_hash_list, write_csv, write_json

H1 = "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22"
H2 = "b0a10efd71cc3f429413d48d0ffffe12e34e0e17ada952a9d29684210aa9e5af"


def test_threatexchange_lines_without_header():
    entries = read_hash_list(f"{H1},100,a.jpg\n{H2.upper()},87,b.jpg\n")
    assert [(e.pdq, e.quality, e.filename) for e in entries] == [
        (H1, 100, "a.jpg"), (H2, 87, "b.jpg")]


def test_csv_with_header_aliases_and_metadata():
    text = ("hash,quality,series,case,victim_status,md5\n"
            f"{H1},90,S-12,C-7,Unidentified,{'a' * 32}\n")
    (e,) = read_hash_list(text)
    assert (e.series, e.case, e.victim_status, e.md5) == ("S-12", "C-7", "unidentified", "a" * 32)


@pytest.mark.parametrize("text,message", [
    ("pdq,quality\nxyz,50\n", "line 2: PDQ hash 'xyz' has 3 hex digits"),
    (f"pdq,quality\n{H1},150\n", "line 2: quality 150 is outside 0..100"),
    (f"pdq,victim_status\n{H1},maybe\n", "victim_status 'maybe'"),
    ('{"hashes": [{"quality": 5}]}', "entry 0: the PDQ hash is missing"),
])
def test_errors_name_line_and_field(text, message):
    with pytest.raises(HashListError, match=message.replace("(", r"\(")):
        read_hash_list(text)


def test_json_round_trip_and_plain_list():
    entries = [HashEntry(H1, 100, "a.jpg", series="S"), HashEntry(H2)]
    out = io.StringIO()
    write_json(entries, out)
    assert read_hash_list(out.getvalue()) == entries
    assert [e.pdq for e in read_hash_list(f'["{H1}", "{H2}"]')] == [H1, H2]


def test_csv_round_trip_full_and_minimal(tmp_path):
    entries = [HashEntry(H1, 100, "a.jpg", series="S", notes="x, y"), HashEntry(H2, 3, "b.png")]
    full, minimal = io.StringIO(), io.StringIO()
    write_csv(entries, full)
    write_csv(entries, minimal, minimal=True)
    path = tmp_path / "list.csv"
    path.write_text(full.getvalue())
    assert read_hash_list(path) == entries
    assert minimal.getvalue().splitlines()[0] == f"{H1},100,a.jpg"


def test_a_first_line_that_is_neither_hash_nor_header_is_an_error_not_a_header():
    from polex.images.hashlists import HashListError, read_hash_list

    text = "0" * 63 + ",100,a.jpg\n" + "1" * 64 + ",100,b.jpg\n"
    with pytest.raises(HashListError, match=r"line 1: .* neither a PDQ hash"):
        read_hash_list(text)
