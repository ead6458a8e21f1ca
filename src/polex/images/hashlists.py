"""Hash lists as agencies exchange them: CSV and JSON, read and written.

Owns: the ``HashEntry`` shape of one exchanged line and its readers/writers:
- CSV with a header (columns ``pdq`` or ``hash``, optional ``quality``, ``filename``,
  ``md5``, ``sha256``, ``series``, ``case``, ``category``, ``victim_status``, ``notes``);
- headerless ``hash,quality,filename`` lines, as printed by ThreatExchange's
  ``pdq-photo-hasher`` and by ``polex images hash --csv``;
- JSON: a list of objects with the same keys, or ``{"hashes": [...]}``.
Errors name the line and the field. Imports only the standard library and .hashing.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from polex.images.hashing import hex_to_hash

__all__ = ["HashEntry", "HashListError", "read_hash_list", "write_csv", "write_json"]

VICTIM_STATUSES = ("unidentified", "identified")
_ALIASES = {"hash": "pdq", "pdq_hash": "pdq", "pdq_hex": "pdq", "signal_value": "pdq",
            "file": "filename", "name": "filename", "series_name": "series",
            "case_id": "case", "category": "category", "categorisation": "category"}


class HashListError(ValueError):
    """A hash list line that cannot be read; the message names line and field."""


@dataclass(frozen=True)
class HashEntry:
    """One exchanged hash with whatever metadata came with it."""

    pdq: str  # 64 lowercase hex digits
    quality: int | None = None
    filename: str | None = None
    md5: str | None = None
    sha256: str | None = None
    series: str | None = None
    case: str | None = None
    category: str | None = None
    victim_status: str | None = None
    notes: str | None = None

    @property
    def pdq_bytes(self) -> bytes:
        """The hash as 32 bytes."""
        return bytes.fromhex(self.pdq)


_FIELDS = [f.name for f in fields(HashEntry)]


def _hex_digest(value: str, digits: int, what: str) -> str:
    v = value.strip().lower()
    if len(v) != digits or any(c not in "0123456789abcdef" for c in v):
        raise ValueError(f"{what} {value!r} is not {digits} hex digits")
    return v


def _entry(raw: dict, where: str) -> HashEntry:
    """Validate one record (keys already normalised)."""
    clean: dict = {k: (str(v).strip() if v is not None else None) or None
                   for k, v in raw.items() if k in _FIELDS}
    try:
        if not clean.get("pdq"):
            raise ValueError("the PDQ hash is missing (column 'pdq' or 'hash')")
        clean["pdq"] = hex_to_hash(clean["pdq"]).hex()
        if clean.get("quality") is not None:
            q = int(clean["quality"])
            if not 0 <= q <= 100:
                raise ValueError(f"quality {q} is outside 0..100")
            clean["quality"] = q
        for name, digits in (("md5", 32), ("sha256", 64)):
            if clean.get(name):
                clean[name] = _hex_digest(clean[name], digits, name)
        vs = clean.get("victim_status")
        if vs and vs.lower() not in VICTIM_STATUSES:
            raise ValueError(f"victim_status {vs!r} is not one of {', '.join(VICTIM_STATUSES)}")
        if vs:
            clean["victim_status"] = vs.lower()
    except ValueError as exc:
        raise HashListError(f"{where}: {exc}") from None
    return HashEntry(**clean)


def _norm_key(k: str) -> str:
    k = k.strip().lower().replace(" ", "_")
    return _ALIASES.get(k, k)


def _read_csv(text: str, source: str) -> Iterator[HashEntry]:
    rows = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    for lineno, row in enumerate(rows, 1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if header is None and len(row[0].strip()) != 64:
            header = [_norm_key(c) for c in row]
            if "pdq" not in header:
                # Neither a hash nor a header naming the hash column: most likely a first
                # hash with a typo. Silently taking it as a header would drop it.
                raise HashListError(
                    f"{source} line {lineno}: {row[0].strip()[:80]!r} is neither a PDQ hash "
                    "(64 hexadecimal digits) nor a header naming a 'pdq' or 'hash' column")
            continue
        keys = header or ["pdq", "quality", "filename"]
        if len(row) > len(keys):
            raise HashListError(f"{source} line {lineno}: {len(row)} fields, "
                                f"expected at most {len(keys)}")
        yield _entry(dict(zip(keys, row, strict=False)), f"{source} line {lineno}")


def _read_json(text: str, source: str) -> Iterator[HashEntry]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HashListError(f"{source}: not JSON ({exc})") from None
    items = doc.get("hashes") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise HashListError(f"{source}: expected a list of hashes or {{\"hashes\": [...]}}")
    for i, item in enumerate(items):
        raw = {"pdq": item} if isinstance(item, str) else item
        if not isinstance(raw, dict):
            raise HashListError(f"{source} entry {i}: expected an object or a hex string")
        yield _entry({_norm_key(k): v for k, v in raw.items()}, f"{source} entry {i}")


def read_hash_list(path_or_text: str | Path, *, fmt: str | None = None) -> list[HashEntry]:
    """Read a CSV or JSON hash list from a path (format by extension) or from text."""
    if isinstance(path_or_text, Path) or (
        "\n" not in str(path_or_text) and Path(str(path_or_text)).is_file()
    ):
        p = Path(path_or_text)
        text, source = p.read_text(encoding="utf-8-sig"), p.name
        fmt = fmt or ("json" if p.suffix.lower() == ".json" else "csv")
    else:
        text, source = str(path_or_text), "hash list"
        fmt = fmt or ("json" if text.lstrip()[:1] in "[{" else "csv")
    reader = _read_json if fmt == "json" else _read_csv
    return list(reader(text, source))


def write_csv(entries: Iterable[HashEntry], out: io.TextIOBase, *, minimal: bool = False) -> None:
    """Write CSV: headerless ``hash,quality,filename`` if minimal, else all columns."""
    w = csv.writer(out, lineterminator="\n")
    if minimal:
        for e in entries:
            w.writerow([e.pdq, "" if e.quality is None else e.quality, e.filename or ""])
        return
    w.writerow(_FIELDS)
    for e in entries:
        w.writerow(["" if v is None else v for v in asdict(e).values()])


def write_json(entries: Iterable[HashEntry], out: io.TextIOBase) -> None:
    """Write ``{"hashes": [...]}`` with empty fields left out."""
    items = [{k: v for k, v in asdict(e).items() if v is not None} for e in entries]
    json.dump({"hashes": items}, out, indent=1)
    out.write("\n")
