"""Where a seized collection's files come from: a folder tree or a ZIP archive, streamed.

Owns: walking a collection one file at a time (never the whole collection in memory),
skipping what is not a file (directories, macOS resource forks), and capping the size of
one member so a hostile archive cannot exhaust memory. Imports only the standard library.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MAX_FILE_BYTES", "Source", "count_sources", "iter_sources"]

MAX_FILE_BYTES = 512 * 1024 * 1024  # larger members are reported, not read
_SKIP_PARTS = ("__MACOSX",)


@dataclass(frozen=True)
class Source:
    """One file of the collection: a display name and either a path or its bytes."""

    name: str
    path: str | None = None
    data: bytes | None = None
    error: str | None = None  # set when the file could not even be read

    def read(self) -> bytes:
        """The file's bytes."""
        if self.data is not None:
            return self.data
        assert self.path is not None
        return Path(self.path).read_bytes()


def _skip(name: str) -> bool:
    parts = Path(name).parts
    return any(p in _SKIP_PARTS for p in parts) or Path(name).name.startswith("._")


def _iter_folder(root: Path) -> Iterator[Source]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            full = Path(dirpath) / fn
            rel = full.relative_to(root).as_posix()
            if _skip(rel):
                continue
            try:
                size = full.stat().st_size
            except OSError as exc:
                yield Source(rel, error=f"cannot read: {exc}")
                continue
            if size > MAX_FILE_BYTES:
                yield Source(rel, error=f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}")
            else:
                yield Source(rel, path=str(full))


def _iter_zip(path: Path) -> Iterator[Source]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ValueError(f"{path}: not a readable ZIP archive ({exc})") from exc
    with zf:
        for info in zf.infolist():
            if info.is_dir() or _skip(info.filename):
                continue
            if info.file_size > MAX_FILE_BYTES:
                yield Source(info.filename, error=f"member is {info.file_size:,} bytes; "
                             f"the limit is {MAX_FILE_BYTES:,}")
                continue
            try:
                data = zf.read(info)
            except Exception as exc:  # CRC errors, unsupported compression, truncation
                yield Source(info.filename, error=f"cannot extract: {type(exc).__name__}: {exc}")
                continue
            yield Source(info.filename, data=data)


def iter_sources(path: str | Path) -> Iterator[Source]:
    """Every file of a folder (recursively, sorted) or a ZIP archive, one at a time."""
    p = Path(path)
    if p.is_dir():
        return _iter_folder(p)
    if p.is_file() and zipfile.is_zipfile(p):
        return _iter_zip(p)
    if p.is_file():
        return iter([Source(p.name, path=str(p))])
    raise ValueError(f"{path}: no such folder or ZIP file")


def count_sources(path: str | Path) -> int:
    """How many files iter_sources will yield (cheap: no file is read), for progress bars."""
    p = Path(path)
    if p.is_dir():
        return sum(1 for dp, _, fns in os.walk(p) for fn in fns
                   if not _skip((Path(dp) / fn).relative_to(p).as_posix()))
    if p.is_file() and zipfile.is_zipfile(p):
        with zipfile.ZipFile(p) as zf:
            return sum(1 for i in zf.infolist() if not i.is_dir() and not _skip(i.filename))
    return 1
