"""The image service: register known material, triage collections (now or as a job).

Owns: who may triage and register, turning image files and exchanged hash lists into
``image_item`` records (through ``RecordService.put_batch``: gated, audited, idempotent
by ``source_id``), running the pure ``triage`` over a ``StoreLookup`` with one audit entry
per triage (``images.triage``, result = the item ids reported), and background triage
jobs whose upload is deleted when the job ends. Built by ``Hub.images``; one per process,
so the derived ``KnownHashes`` index is shared by every request of that process.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from polex.access import audit
from polex.access.principal import Principal
from polex.access.records import RecordService
from polex.access.roles import Role
from polex.errors import AccessDenied, InvalidInput
from polex.images.hashlists import HashEntry, HashListError, read_hash_list
from polex.images.jobs import JobStore
from polex.images.known import KnownHashes, StoreLookup
from polex.images.sources import Source, count_sources, iter_sources
from polex.images.triage import ImageResult, TriageOptions, TriageReport, hash_sources, triage
from polex.store.engine import write

__all__ = ["TRIAGERS", "ImageService", "Metadata", "TriageOutcome", "result_row"]

TRIAGERS = frozenset({Role.imagery, Role.officer, Role.analyst})
BATCH = 500  # records per registration transaction: short transactions, fresh index
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Metadata:
    """What the registering officer says about the material (list values take precedence)."""

    series: str | None = None
    case: str | None = None
    category: str | None = None
    victim_status: str | None = None
    notes: str | None = None
    sharing: dict[str, Any] | None = None  # {"mode", "countries", "frontline"}
    review_date: str | None = None

    def fields(self) -> dict[str, Any]:
        """The record fields these set (absent ones left out)."""
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


@dataclass
class TriageOutcome:
    """A finished triage: the report and the JSON the API and console show."""

    report: TriageReport
    matched: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Summary, per-image rows and the clusters of new near-duplicates."""
        rows = [result_row(r) for r in self.report.rows]
        return {"summary": _summary(self.report), "rows": rows,
                "clusters": clusters_of(rows)}


class ImageService:
    """Registration and triage for one hub."""

    def __init__(self, engine: Engine, records: RecordService, *, jobs_root: Path | None = None,
                 keep_hours: float = 24, workers: int = 1, max_jobs: int = 2,
                 max_age: float = 0.5, today: Callable[[], date] | None = None) -> None:
        self.engine = engine
        self.records = records
        self.known = KnownHashes(engine, max_age=max_age)
        self.workers = workers
        self.today = today or (lambda: datetime.now(UTC).date())
        root = jobs_root or Path(tempfile.gettempdir()) / "polex-triage"
        self.jobs = JobStore(root, keep_seconds=keep_hours * 3600)
        self._pool = ThreadPoolExecutor(max_workers=max_jobs, thread_name_prefix="polex-triage")

    # -- triage -------------------------------------------------------------------------

    def triage_path(self, principal: Principal, path: str | Path, *,
                    opts: TriageOptions | None = None, purpose: str | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    on_result: Callable[[ImageResult], None] | None = None,
                    name: str | None = None) -> TriageOutcome:
        """Triage a folder, ZIP or file now; audited as one ``images.triage`` entry."""
        _require_triager(principal)
        try:
            total = count_sources(path)
            sources = iter_sources(path)
        except ValueError as exc:
            raise InvalidInput.field("path", str(exc)) from None
        tick = (lambda done: progress(done, total)) if progress else None
        return self.triage_sources(principal, sources, opts=opts, purpose=purpose,
                                   progress=tick, on_result=on_result,
                                   name=name or Path(path).name, total=total)

    def triage_sources(self, principal: Principal, sources: Iterable[Source], *,
                       opts: TriageOptions | None = None, purpose: str | None = None,
                       progress: Callable[[int], None] | None = None,
                       on_result: Callable[[ImageResult], None] | None = None,
                       name: str = "", total: int | None = None) -> TriageOutcome:
        """Triage any sources with the caller's gated lookup; audited whatever happens."""
        _require_triager(principal)
        opts = opts or TriageOptions(workers=self.workers)
        lookup = StoreLookup(self.known, principal, self.today())
        report: TriageReport | None = None
        try:
            report = triage(sources, lookup, opts, on_result=on_result, progress=progress)
            return TriageOutcome(report, sorted(lookup.matched))
        finally:
            query = {"name": name, "files": report.total if report else total,
                     "known": report.known if report else None,
                     "completed": report is not None}
            with write(self.engine) as conn, conn.begin():
                audit.append(conn, principal, "images.triage", purpose=purpose,
                             target=name[:200], query=query, result=sorted(lookup.matched))

    # -- jobs ---------------------------------------------------------------------------

    def new_job(self, principal: Principal, name: str) -> tuple[str, Path]:
        """A triage job for the caller: (job id, the folder to write the upload into)."""
        _require_triager(principal)
        job = self.jobs.create(principal, name)
        return job, self.jobs.upload_dir(job)

    def abandon_job(self, job: str, error: str) -> None:
        """The upload failed: record why and delete what arrived."""
        self.jobs.finish(job, None, error)

    def start_job(self, principal: Principal, job: str, *, purpose: str | None = None,
                  name: str | None = None) -> dict[str, Any]:
        """Run the uploaded job in the background; its state."""
        changes = {"state": "queued"} | ({"name": name[:200]} if name else {})
        state = self.jobs.update(job, changes)
        self._pool.submit(self._run_job, principal, job, purpose)
        return state

    def job(self, principal: Principal, job: str) -> dict[str, Any]:
        """A job's progress (owner only); with its result once done."""
        state = self.jobs.state(principal, job)
        public = {k: state.get(k) for k in ("id", "name", "state", "done", "total", "error")}
        public["created"] = _stamp(state.get("created"))
        public["finished"] = _stamp(state.get("finished"))
        if state["state"] == "done":
            public["result"] = self.jobs.result(principal, job)
        return public

    def my_jobs(self, principal: Principal) -> list[dict[str, Any]]:
        """The caller's jobs (no results), newest first."""
        _require_triager(principal)
        return [{k: s.get(k) for k in ("id", "name", "state", "done", "total")}
                | {"created": _stamp(s.get("created"))} for s in self.jobs.jobs_of(principal)]

    def _run_job(self, principal: Principal, job: str, purpose: str | None) -> None:
        upload = self.jobs.upload_dir(job)
        try:
            target = _single_zip(upload) or upload
            total = count_sources(target)
            self.jobs.update(job, {"state": "running", "total": total})
            outcome = self.triage_sources(
                principal, iter_sources(target), purpose=purpose, total=total,
                name=self.jobs.state(principal, job).get("name", ""),
                progress=lambda done: self.jobs.update(job, {"done": done}))
            self.jobs.finish(job, outcome.as_dict(), None)
        except Exception as exc:  # a job must end, whatever went wrong
            log.exception("triage job %s failed", job)
            self.jobs.finish(job, None, f"{type(exc).__name__}: {exc}")
        finally:
            self.jobs.discard_upload(job)

    def close(self) -> None:
        """Stop taking jobs and wait for the running ones."""
        self._pool.shutdown(wait=True)

    # -- registration -------------------------------------------------------------------

    def register_path(self, principal: Principal, path: str | Path, meta: Metadata, *,
                      purpose: str | None = None) -> dict[str, Any]:
        """Register every image of a folder, ZIP or file as known material."""
        try:
            sources = iter_sources(path)
        except ValueError as exc:
            raise InvalidInput.field("path", str(exc)) from None
        return self.register_sources(principal, sources, meta, purpose=purpose)

    def register_sources(self, principal: Principal, sources: Iterable[Source], meta: Metadata,
                         *, purpose: str | None = None) -> dict[str, Any]:
        """Hash images (EXIF applied) into ``image_item`` records; source_id = SHA-256."""
        rows: list[tuple[str, dict[str, Any] | None, str | None]] = []
        for name, hashes, error in hash_sources(sources, workers=self.workers):
            if hashes is None:
                rows.append((name, None, error))
                continue
            rows.append((name, {"kind": "image_item", "source_id": f"sha256:{hashes.sha256}",
                                "pdq": hashes.pdq_hex, "quality": hashes.quality,
                                "sha256": hashes.sha256, "md5": hashes.md5, **meta.fields()},
                         None))
        return self._register(principal, rows, purpose)

    def register_list(self, principal: Principal, text_or_path: str | Path, meta: Metadata, *,
                      purpose: str | None = None, fmt: str | None = None) -> dict[str, Any]:
        """Register an exchanged hash list (CSV or JSON); the list's metadata wins."""
        try:
            entries = read_hash_list(text_or_path, fmt=fmt)
        except HashListError as exc:
            raise InvalidInput.field("list", str(exc)) from None
        if not entries:
            raise InvalidInput.field("list", "holds no hashes (a headerless CSV line must "
                                     "start with 64 hex digits)")
        rows = [(e.filename or f"line {i + 1}", _entry_record(e, meta), None)
                for i, e in enumerate(entries)]
        return self._register(principal, rows, purpose)

    def _register(self, principal: Principal,
                  rows: list[tuple[str, dict[str, Any] | None, str | None]],
                  purpose: str | None) -> dict[str, Any]:
        _require_registrar(principal)
        out: list[dict[str, Any]] = []
        todo = [(name, record) for name, record, _ in rows if record is not None]
        for i in range(0, len(todo), BATCH):
            chunk = todo[i:i + BATCH]
            report = self.records.put_batch(principal, [r for _, r in chunk], atomic=False,
                                            purpose=purpose)
            for (name, _), row in zip(chunk, report.rows, strict=True):
                out.append({"name": name, "status": row["status"], "id": row.get("id"),
                            "source_id": row.get("source_id"), "errors": row.get("errors")})
        out += [{"name": name, "status": "rejected", "id": None, "source_id": None,
                 "errors": [{"field": "file", "reason": error}]}
                for name, record, error in rows if record is None]
        self.known.mark_stale()
        counts = {s: sum(1 for r in out if r["status"] == s)
                  for s in ("created", "updated", "rejected")}
        return {**counts, "rows": out}


# -- helpers ------------------------------------------------------------------------------


def _require_triager(principal: Principal) -> None:
    if principal.role not in TRIAGERS:
        raise AccessDenied(f"The {principal.role} role may not triage images")


def _require_registrar(principal: Principal) -> None:
    if principal.role not in TRIAGERS:
        raise AccessDenied(f"The {principal.role} role may not register images")


def _entry_record(entry: HashEntry, meta: Metadata) -> dict[str, Any]:
    listed = {k: getattr(entry, k) for k in ("pdq", "quality", "sha256", "md5", "series",
                                             "case", "category", "victim_status", "notes")}
    source = (f"sha256:{entry.sha256}" if entry.sha256 else
              f"md5:{entry.md5}" if entry.md5 else f"pdq:{entry.pdq}")
    return {"kind": "image_item", "source_id": source, **meta.fields(),
            **{k: v for k, v in listed.items() if v is not None}}


def _single_zip(folder: Path) -> Path | None:
    files = [p for p in folder.iterdir() if p.is_file()]
    if len(files) == 1 and files[0].suffix.lower() == ".zip":
        return files[0]
    return None


def _stamp(epoch: float | None) -> str | None:
    if epoch is None:
        return None
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def result_row(r: ImageResult) -> dict[str, Any]:
    """One image's row for the API and console: record ids, never index numbers."""
    row = r.as_row()
    row["item_id"] = _record_id(r.matches[0].item) if r.matches else None
    row["matches"] = [{"item_id": _record_id(m.item), "distance": m.distance,
                       "exact": m.exact, "owner": m.item.owner, "series": m.item.series,
                       "case": m.item.case, "category": m.item.category,
                       "victim_status": m.item.victim_status} for m in r.matches]
    if r.matches:
        row["owner"], row["category"] = r.matches[0].item.owner, r.matches[0].item.category
    return row


def _record_id(item: Any) -> str:
    return getattr(item, "record_id", None) or str(item.item_id)


def clusters_of(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Groups of new near-duplicates (two images or more), largest first."""
    groups: dict[int, list[str]] = {}
    for row in rows:
        if row["status"] == "new" and row.get("cluster"):
            groups.setdefault(row["cluster"], []).append(row["name"])
    return sorted(({"cluster": c, "size": len(names), "names": names}
                   for c, names in groups.items() if len(names) > 1),
                  key=lambda g: (-g["size"], g["cluster"]))


def _summary(report: TriageReport) -> dict[str, Any]:
    data = report.as_dict()
    # The pure report names an unidentified item without a series by its index number.
    names = {f"item {m.item.item_id}": f"item {_record_id(m.item)}"
             for r in report.rows for m in r.matches}
    data["unidentified_series"] = sorted(names.get(s, s) for s in data["unidentified_series"])
    return data
