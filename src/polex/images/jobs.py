"""Triage jobs: state on disk, so that every API process of a hub can answer for any job.

Owns: the job directory layout under one root (``<root>/<job id>/``: ``job.json`` with the
owner and progress, ``result.json`` when done, ``upload/`` while the upload exists), atomic
writes, owner-only reads, and expiry. ``polex serve --workers N`` runs N processes; a job
started by one is read by whichever process gets the next request, so nothing about a job
lives only in memory. The root is private (mode 0700); an upload is deleted when its job
ends, a result when it expires.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from polex.access.principal import Principal
from polex.errors import NotFound

__all__ = ["JobStore"]

STALE_AFTER = 300.0  # a running job not heard of for this long died with its process


@dataclass(frozen=True)
class JobStore:
    """Job state under ``root``; results kept for ``keep_seconds``."""

    root: Path
    keep_seconds: float = 24 * 3600

    def __post_init__(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)

    def create(self, principal: Principal, name: str) -> str:
        """A new job owned by ``principal``; its id (unguessable)."""
        self.sweep()
        job = secrets.token_urlsafe(18)
        (self.root / job / "upload").mkdir(parents=True, mode=0o700)
        now = time.time()
        self.update(job, {"id": job, "owner": _owner(principal), "name": name[:200],
                          "state": "uploading", "done": 0, "total": None, "created": now,
                          "finished": None, "error": None})
        return job

    def upload_dir(self, job: str) -> Path:
        """Where the job's upload is written (deleted when the job ends)."""
        return self.root / _safe(job) / "upload"

    def update(self, job: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Merge ``changes`` into the job's state (atomically replaced on disk)."""
        path = self.root / _safe(job) / "job.json"
        state = _read(path) or {}
        state.update(changes, heard=time.time())
        _write(path, state)
        return state

    def finish(self, job: str, result: dict[str, Any] | None, error: str | None) -> None:
        """Store the result (or the error), mark the job ended and delete its upload."""
        if result is not None:
            _write(self.root / _safe(job) / "result.json", result)
        self.update(job, {"state": "failed" if error else "done", "error": error,
                          "finished": time.time()})
        self.discard_upload(job)

    def discard_upload(self, job: str) -> None:
        """Delete what was uploaded for ``job`` (idempotent)."""
        shutil.rmtree(self.upload_dir(job), ignore_errors=True)

    def state(self, principal: Principal, job: str) -> dict[str, Any]:
        """The job's state, for its owner only (anyone else: as if it did not exist)."""
        state = _read(self.root / _safe(job) / "job.json")
        if not state or state.get("owner") != _owner(principal):
            raise NotFound(f"No triage job {job}")
        if state["state"] in ("queued", "running") and time.time() - state["heard"] > STALE_AFTER:
            state = {**state, "state": "failed", "error": "the process running it stopped"}
        return state

    def result(self, principal: Principal, job: str) -> dict[str, Any] | None:
        """The result of a finished job (owner only), None while it runs."""
        self.state(principal, job)
        return _read(self.root / _safe(job) / "result.json")

    def jobs_of(self, principal: Principal) -> list[dict[str, Any]]:
        """The caller's jobs, newest first."""
        mine = []
        for path in self.root.glob("*/job.json"):
            state = _read(path)
            if state and state.get("owner") == _owner(principal):
                mine.append(state)
        return sorted(mine, key=lambda s: s["created"], reverse=True)

    def sweep(self) -> int:
        """Delete jobs older than ``keep_seconds``; how many went."""
        gone, limit = 0, time.time() - self.keep_seconds
        for folder in self.root.iterdir():
            state = _read(folder / "job.json")
            created = state.get("created", 0) if state else _mtime(folder)
            if created < limit:
                shutil.rmtree(folder, ignore_errors=True)
                gone += 1
        return gone


def _owner(principal: Principal) -> str:
    return f"{principal.org}/{principal.username}"


def _safe(job: str) -> str:
    if not job or not all(c.isalnum() or c in "-_" for c in job) or len(job) > 64:
        raise NotFound(f"No triage job {job[:64]}")
    return job


def _read(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def _write(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.{secrets.token_hex(4)}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False))
    os.replace(tmp, path)


def _mtime(folder: Path) -> float:
    try:
        return folder.stat().st_mtime
    except OSError:
        return 0.0
