"""Uploaded files: safe names (no folders, no control characters) and copying to disk."""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from polex.errors import InvalidInput

__all__ = ["clean_name", "save_files", "unique_name"]


async def save_files(items: list[Any], folder: Path) -> list[str]:
    """Copy uploaded files into ``folder`` under safe, unique names; the names."""
    names: list[str] = []
    taken: set[str] = set()
    for index, item in enumerate(items):
        if not isinstance(item, UploadFile):
            raise InvalidInput.field(f"files[{index}]", "must be a file")
        name = unique_name(clean_name(item.filename, index), taken)
        with (folder / name).open("wb") as out:
            await run_in_threadpool(shutil.copyfileobj, item.file, out, 1 << 20)
        names.append(name)
    return names


def clean_name(filename: str | None, index: int) -> str:
    """A safe file name: no folders, no control characters, not hidden."""
    name = PurePosixPath((filename or "").replace("\\", "/")).name
    name = "".join(c for c in name if c.isprintable() and c not in '<>:"|?*').strip(". ")
    return name[:150] or f"file-{index + 1}"


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name-2``, ``name-3``… if taken (case-insensitively)."""
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        stem, dot, ext = name.rpartition(".")
        candidate = f"{stem}-{n}.{ext}" if dot else f"{name}-{n}"
    taken.add(candidate.lower())
    return candidate
