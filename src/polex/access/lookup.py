"""Gated look-ups for search: candidate ids from index keys, then only what the gate admits.

Search code never reads record content itself. It asks here for the ids under some keys
(ids reveal nothing), then for the envelopes and match forms of those the caller may see
*and* that may hit (in force, frontline allowed), then for the views of its final hits.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection

from polex.access.gate import can_see, hit_condition, view
from polex.access.principal import Principal
from polex.store import records as store
from polex.store import search_index

__all__ = [
    "Candidate", "CandidateCache", "Postings", "admitted_candidates", "admitted_ids",
    "hit_candidates", "hit_views", "identified", "indexed_count", "key_counts", "postings",
    "postings_born_between", "postings_born_on",
]

Postings = search_index.Postings


@dataclass(frozen=True, slots=True)  # slots: a cached candidate is fewer objects to track
class Candidate:
    """A record the caller may get a hit on: its envelope and its match form (and, when it
    was read whole for the caller, what the caller may see of it)."""

    record: store.StoredRecord | store.Envelope
    # The stored form, as the cache's ``decode`` made it (else the JSON dict); None while
    # it is not read: for a record the gate has not admitted, or judged only.
    form: Any
    view: dict[str, Any] | None = field(default=None, compare=False)
    # The gate's answers for this version of the record today, by "org role": the gate
    # decides on nothing else, and a cached candidate is judged for many searches. Only
    # one day's answers are kept (under the key "day"), so the memo stays small. Keyed by
    # text, not a tuple: a dict of strings, dates and booleans is one the cycle collector
    # does not track, and the cache holds ~100,000 of them.
    may_hit: dict[str, Any] = field(default_factory=dict, compare=False)

    def hits_for(self, principal: Principal, today: date) -> bool:
        """Whether this record may hit for ``principal``: visible to it and in force."""
        answers = self.may_hit
        if answers.get("day") != today:
            answers.clear()
            answers["day"] = today
        key = principal.org + " " + principal.role  # the role is a StrEnum: plain text
        answer = answers.get(key)
        if answer is None:
            r = self.record
            answer = answers[key] = r.is_in_force(today) and can_see(principal, r, today)
        return answer


class CandidateCache:
    """Envelopes and decoded match forms of recently scored records, in this process.

    Reading and decoding the envelope and form of every candidate is most of what a search
    costs, and the same records come up again and again (common names, popular documents).
    The store numbers every change to a record (``store.records.changes_since``, written by
    triggers whatever wrote the record), and before each use the cache drops the entries of
    the records changed since it last looked (``sync``: one read, usually of nothing), so
    a changed, restricted or deleted record is never judged on a stale envelope: the gate
    decides on what is stored now. An entry read in a snapshot older than a change already
    dropped is not kept (``keep``'s ``stamp``). A record's form is read once the gate has
    admitted it for some caller: until then its entry holds its envelope alone (``form``
    None). Least recently used entries go first once ``size`` are held. Thread-safe.
    """

    # Changes read at most at once; after more (a bulk update), everything is dropped.
    SYNC_LIMIT = 10_000
    # Changes remembered by record, to refuse entries read before them: far more than a
    # search's snapshot can lag behind another's.
    REMEMBERED = 100_000

    def __init__(self, decode: Callable[[str, dict[str, Any]], Any] | None = None, *,
                 size: int = 100_000) -> None:
        self.decode = decode or (lambda _kind, form: form)
        self.size = size
        self._entries: OrderedDict[str, Candidate] = OrderedDict()
        self._lock = threading.Lock()
        self._seen: int | None = None  # the last change applied; None before any sync
        # Entries read in a snapshot before this change are not kept: none before a sync.
        self._floor = 2**63
        self._changed: dict[str, int] = {}  # record id → its last change applied

    @property
    def seen(self) -> int | None:
        """The number of the last change applied (None: the cache has not synced yet)."""
        return self._seen

    def sync(self, since: int | None, changes: list[tuple[int, str]], latest: int) -> int:
        """Drop the entries of the records changed since the last sync: ``changes`` as
        ``store.records.changes_since`` read them after ``since`` (``seen`` when the caller
        read them), and the last change committed then. Returns the stamp of what the
        caller reads next in the same snapshot (``add``, ``keep``)."""
        with self._lock:
            if (self._seen is None or len(changes) >= self.SYNC_LIMIT
                    or any(r == store.INDEX_REBUILT for _, r in changes)):
                # First sync, more changes than read, or a new index: nothing kept can be
                # vouched for.
                self._entries.clear()
                self._changed.clear()
                self._floor = self._seen = latest
            elif since is not None:  # else another thread synced first; nothing to apply
                for number, record_id in changes:
                    self._entries.pop(record_id, None)
                    self._changed[record_id] = number
                self._seen = max(self._seen, latest)
                if len(self._changed) > 2 * self.REMEMBERED:
                    self._floor = max(self._floor, latest - self.REMEMBERED)
                    self._changed = {r: n for r, n in self._changed.items() if n > self._floor}
        return latest

    def held(self, ids: list[str]) -> tuple[dict[str, Candidate], list[str]]:
        """The entries of ``ids`` the cache holds (current as of the last ``sync``), and
        the ids it holds none for."""
        found, missing = {}, []
        with self._lock:
            entries = self._entries
            for record_id in ids:
                entry = entries.get(record_id)
                if entry is None:
                    missing.append(record_id)
                else:
                    entries.move_to_end(record_id)
                    found[record_id] = entry
        return found, missing

    def add(self, records: list[store.StoredRecord] | list[store.Envelope],
            forms: dict[str, dict[str, Any]], stamp: int) -> dict[str, Candidate]:
        """Decode and keep the forms of records read in the snapshot ``stamp`` (``sync``);
        the new entries."""
        fresh = {r.id: Candidate(r, self.decode(r.kind, forms[r.id]))
                 for r in records if r.id in forms}
        self.keep(fresh.values(), stamp)
        return fresh

    def keep(self, candidates: Iterable[Candidate], stamp: int) -> None:
        """Keep entries as they are (envelopes judged, their forms not read), read in the
        snapshot ``stamp``: unless their record has changed since (a change already
        applied), or the snapshot is older than the changes remembered."""
        with self._lock:
            if stamp < self._floor:
                return
            changed = self._changed
            self._entries.update((c.record.id, c) for c in candidates
                                 if changed.get(c.record.id, -1) <= stamp)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


def key_counts(conn: Connection, keys: set[str]) -> dict[str, int]:
    """How many records each key points to (no content: counts only)."""
    return search_index.key_counts(conn, keys) if keys else {}


def postings(conn: Connection, keys: Iterable[str], limit: int) -> dict[str, list[str]]:
    """The record ids under each key (no content: ids only)."""
    return search_index.postings(conn, keys, limit)


def postings_born_between(conn: Connection, wanted: Iterable[tuple[str, int, int]],
                          limit: int) -> dict[tuple[str, int, int], search_index.Postings]:
    """The record ids under each ``(key, first month, last month)`` of birth, and their
    months (two lists in the same order).

    The months are content, read only to choose which candidates to put through the gate
    (``search.selection.select_candidates``); nothing of them reaches the caller.
    """
    return search_index.postings_born_between(conn, wanted, limit)


def postings_born_on(conn: Connection, wanted: Iterable[tuple[str, int]], limit: int
                     ) -> dict[tuple[str, int], search_index.Postings]:
    """The record ids under each ``(key, date of birth)`` born on that date, and their
    months (as ``postings_born_between``; the dates are content too, read only to choose
    candidates)."""
    return search_index.postings_born_on(conn, wanted, limit)


def indexed_count(conn: Connection, kind: str) -> int:
    """How many records of ``kind`` the index holds (a count, no content)."""
    return search_index.form_count(conn, kind)


def hit_candidates(conn: Connection, principal: Principal, ids: list[str], today: date,
                   kinds: frozenset[str] | None = None, cache: CandidateCache | None = None
                   ) -> list[Candidate]:
    """Of ``ids``, those that may hit for ``principal`` (visible and in force), with forms,
    in the order of ``ids``. With a ``cache``, only records changed since they were last
    read are read again; the gate judges every one of them now either way."""
    admitted = admitted_candidates(conn, principal, ids, today, kinds, cache)
    return [admitted[i] for i in ids if i in admitted]


def admitted_candidates(conn: Connection, principal: Principal, ids: Iterable[str],
                        today: date, kinds: frozenset[str] | None = None,
                        cache: CandidateCache | None = None) -> dict[str, Candidate]:
    """``hit_candidates`` for many searches at once (a manifest): by id, in no order.

    The gate judges each record on its envelope; only the forms of those it admits are
    read (and decoded, and kept): a form is content, and one the caller may not get a hit
    on needs none (~15 % of the candidates at a million records). The cache keeps the
    envelopes of the others, so that the next search reads nothing of them.
    """
    known, envelopes, stamp = _current(conn, ids, cache)
    fresh = [Candidate(envelope, None) for envelope in envelopes]
    if cache is not None and fresh:
        cache.keep(fresh, stamp)  # (an empty cache is falsy)
    admitted = {c.record.id: c for c in _admitted([*known, *fresh], principal, today, kinds)}
    unread = [c.record for c in admitted.values() if c.form is None]
    if not unread:
        return admitted
    decoder = CandidateCache(size=0) if cache is None else cache
    decoded = decoder.add(unread, search_index.forms_of(conn, [r.id for r in unread]), stamp)
    # Those admitted with a form (as before: a record without one is no candidate).
    return {record_id: decoded[record_id] if c.form is None else c
            for record_id, c in admitted.items() if c.form is not None or record_id in decoded}


def admitted_ids(conn: Connection, principal: Principal, ids: Iterable[str], today: date,
                 kinds: frozenset[str] | None = None) -> set[str]:
    """Of ``ids``, those that may hit for ``principal``: the gate's verdict alone, as
    ``admitted_candidates`` gives it, without reading a form (the records counted for how
    common a name is, ~45 a check at a million records, are judged, never scored).

    Judged in the store (``gate.hit_condition``), in one statement that builds no
    envelope: at a million records most are read for the first time, and reading,
    building and caching their envelopes cost a frontline check ~0.27 ms of its p50
    (2.25 against 1.97 ms). (Those the cache holds could now be judged on their cached
    envelopes with no statement, the cache being synced with the store's changes; the
    others would still need this one. Not measured.)"""
    wanted = list(dict.fromkeys(ids))
    condition = hit_condition(principal, today, kinds)
    if not wanted or condition is None:
        return set()
    return store.ids_meeting(conn, wanted, *condition)


def _current(conn: Connection, ids: Iterable[str], cache: CandidateCache | None
             ) -> tuple[list[Candidate], list[store.Envelope], int]:
    """The cached candidates of ``ids`` (the cache synced with the store's changes first),
    the envelopes of the others (read now), and the stamp of this read (``keep``)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted or cache is None:
        return [], store.envelopes(conn, wanted) if wanted else [], 0
    since = cache.seen
    changes, latest = store.changes_since(conn, since, CandidateCache.SYNC_LIMIT)
    stamp = cache.sync(since, changes, latest)
    known, unseen = cache.held(wanted)
    return list(known.values()), store.envelopes(conn, unseen) if unseen else [], stamp


def _admitted(candidates: Iterable[Candidate], principal: Principal, today: date,
              kinds: frozenset[str] | None) -> Iterator[Candidate]:
    """The gate's verdict: those of ``candidates`` that may hit for ``principal`` today."""
    return (c for c in candidates if (kinds is None or c.record.kind in kinds)
            and c.hits_for(principal, today))


def identified(conn: Connection, principal: Principal, ids: Iterable[str], today: date
               ) -> dict[str, Candidate]:
    """Of ``ids`` (the records under an identifier's keys), those that may hit for
    ``principal``, by id, each with its form and its view.

    Every record found by an identifier is a hit, so each is read whole at once (envelope
    and content in one statement, then the forms of those the gate admits), rather than
    its version, then its envelope and form, then its content again for the view. Nothing
    is kept between searches: an identifier's form is a few fields, cheap to decode.
    """
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    admitted = [r for r in store.fetch_many(conn, wanted)
                if r.is_in_force(today) and can_see(principal, r, today)]
    forms = search_index.forms_of(conn, [r.id for r in admitted])
    found = {}
    for record in admitted:
        if record.id in forms:
            shown = view(principal, record, today)
            record.body = {}  # the content leaves only as the view the gate made of it
            found[record.id] = Candidate(record, forms[record.id], shown)
    return found


def hit_views(conn: Connection, principal: Principal, ids: list[str], today: date
              ) -> dict[str, dict[str, Any]]:
    """The views of the final hits, as the caller's role may see them."""
    if not ids:
        return {}
    rows = store.fetch_many(conn, ids)
    return {r.id: shown for r in rows if (shown := view(principal, r, today)) is not None}
