"""Searching the hub: persons by name, objects by identifier; gated, explained, audited.

Every search reads in one transaction without the write lock, then appends to the audit
trail and notifies the owners of the records hit in a second, short one, shared with
concurrent searches (``store.group_commit``); the answer goes out only once that has
committed (on the API's event loop, the searches of one turn of the loop share it).
Candidates come from index keys; only a bounded set is scored; only what the gate admits
(visible to the caller, in force, frontline allowed) is ever scored or shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine

from polex.access import audit, lookup
from polex.access.principal import Principal
from polex.access.roles import Role
from polex.errors import AccessDenied, InvalidInput, PolexError
from polex.normalize.countries import normalize_country
from polex.normalize.dates import parse_partial_date
from polex.normalize.documents import canonical_number, confusable_key
from polex.search import name_counts, plan
from polex.search.compare import compare_forms
from polex.search.freetext import read_text
from polex.search.frequencies import KeyFrequencies
from polex.search.identifiers import identifier_key
from polex.search.keys import EVERY_MONTH
from polex.search.match_form import MatchForm, match_form
from polex.search.objects import compare_number
from polex.search.person_v1 import ALGORITHM
from polex.search.query import person_query
from polex.search.rank import logit_bounds, may_reach, rank_forms
from polex.search.screening import screen_all, validate_travellers
from polex.search.selection import Sought
from polex.store import notifications
from polex.store.engine import reads, writable, write
from polex.store.group_commit import GroupCommit

__all__ = ["Hit", "SearchService"]

SEARCHERS = frozenset({Role.frontline, Role.officer, Role.analyst})  # imagery: images/
PERSON = frozenset({"person"})
POSSIBLE_MATCH = 0.0001  # the least probability at which an officer still sees a candidate


@dataclass
class Hit:
    """One record that matched: its score, why, and what the caller may see of it."""

    record_id: str
    kind: str
    owner: str
    score: float
    explanation: list[dict[str, Any]]
    record: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, threshold: float) -> dict[str, Any]:
        """The hit as the API returns it (``action`` comes from the record view)."""
        return {"record_id": self.record_id, "kind": self.kind, "owner": self.owner,
                "score": self.score, "hit": self.score >= threshold,
                "action": self.record.get("action"), "explanation": self.explanation,
                "record": self.record}


class SearchService:
    """Person and object search for one hub."""

    def __init__(self, engine: Engine, *, threshold: float = ALGORITHM.threshold,
                 notify_window: timedelta = timedelta(hours=24), candidates: int = 200,
                 cache_records: int = 100_000, today: Callable[[], date] | None = None
                 ) -> None:
        self.engine = engine
        self.threshold = threshold
        self.notify_window = notify_window
        self.candidate_limit = candidates
        self.today = today or (lambda: datetime.now(UTC).date())
        self._frequencies = KeyFrequencies()
        self.commits = GroupCommit(engine)  # the searches' audit entries and notices
        self._candidates = lookup.CandidateCache(_decoded_form, size=cache_records)

    # -- persons ------------------------------------------------------------------------

    def persons(self, principal: Principal, query: dict[str, Any], *, limit: int = 10,
                purpose: str | None = None) -> dict[str, Any]:
        """Ranked person hits for a person-shaped query, each with its explanation."""
        _require_searcher(principal)
        with reads(self.engine) as conn:
            hits = self._visible(conn, principal,
                                 self.person_hits(conn, principal, query, limit=limit))
            return self._record(conn, principal, "search.persons", query, hits, purpose)

    def person_hits(self, conn: Connection, principal: Principal, query: dict[str, Any], *,
                    limit: int) -> list[Hit]:
        """The scored, gated person hits for a query, within the caller's transaction."""
        return self.person_hits_many(conn, principal, [query], limit=limit)[0]

    def person_hits_many(self, conn: Connection, principal: Principal,
                         queries: list[dict[str, Any]], *, limit: int) -> list[list[Hit]]:
        """``person_hits`` for each of many queries (a manifest): each step reads the
        store once for all of them (key counts, postings, candidates' versions)."""
        plain = [match_form(query) for query in queries]
        total = self._frequencies.total(conn, "person")
        keys = [plan.sought_keys(qform) for qform in plain]
        # With the sizes of the pair keys not read for candidates (a patronymic's), which
        # still count how common a name is (_counted scales its samples by them).
        counts = self._frequencies.counts(conn, set().union(
            *(own.union(*spelled) for own, spelled in keys), *map(plan.unread_keys, plain)))
        read_keys = [plan.keys_to_read(own, spelled, counts, total) for own, spelled in keys]
        sought = [Sought.of(qform) for qform in plain]
        floor = self._floor(principal)
        read: Mapping[Any, lookup.Postings]
        if plan.day_needed(floor):  # hits only: those born on the day sought (plan.py)
            month_needed = True
            steps: list[Any] = [plan.day_plan(own, born, more)
                                for (own, more), born in zip(read_keys, sought, strict=True)]
            read = lookup.postings_born_on(conn, {w for own in steps for w in own},
                                           limit=plan.POSTINGS_READ)
        else:
            month_needed = plan.month_needed(floor)
            steps = [plan.read_plan(own, counts, born, month_needed, more)
                     for (own, more), born in zip(read_keys, sought, strict=True)]
            read = lookup.postings_born_between(conn, {w for own in steps for w in own},
                                                limit=plan.POSTINGS_READ)
        wanted = [[str(i) for i in plan.chosen(own, born, read, counts, total,
                                               self.candidate_limit, month_needed)]
                  for own, born in zip(steps, sought, strict=True)]
        read_whole = {k: ids for (k, *months), (ids, _) in read.items()
                      if tuple(months) == EVERY_MONTH}
        today = self.today()
        candidate_ids = [i for ids in wanted for i in ids]
        admitted = lookup.admitted_candidates(conn, principal, candidate_ids, today, PERSON,
                                              cache=self._candidates)
        candidates = [[admitted[i] for i in ids if i in admitted] for ids in wanted]
        # A search for hits only is bounded before its name is counted, which only lowers
        # every score alike: if none of its candidates may reach the floor even so, it
        # scores nothing and its name is not counted. Most border checks hit nothing, and
        # a count puts dozens of namesakes through the gate (~45 a frontline check at a
        # million persons). The bounds are ranked with (``rank_forms``), not computed
        # again; up to ``rank._FEW`` candidates are not bounded by their names, so those
        # are always counted. An officer's floor is reached nearly always, and bounds made
        # before the count would bound the names of candidates it rules out: counted first.
        hits_only = floor >= self.threshold
        bounds = [logit_bounds(qform, [c.form for c in among], min_score=floor)
                  if hits_only else None for qform, among in zip(plain, candidates, strict=True)]
        scored = [bool(among) if bound is None else may_reach(bound, floor)
                  for among, bound in zip(candidates, bounds, strict=True)]
        qforms = self._counted(conn, principal, plain, counts, scored, today,
                               set(candidate_ids), admitted.keys(), read_whole)
        found = []
        for qform, among, bound, hopeful in zip(qforms, candidates, bounds, scored,
                                                strict=True):
            hits = []
            for index, comparison in rank_forms(qform, [c.form for c in among], limit=limit,
                                                min_score=floor, uncounted_bounds=bound
                                                ) if hopeful else ():
                record = among[index].record
                hits.append(Hit(record.id, record.kind, record.owner, comparison.score,
                                comparison.explanation))
            found.append(hits)
        return found

    def _counted(self, conn: Connection, principal: Principal, forms: list[MatchForm],
                 sizes: dict[str, int], scored: list[bool], today: date,
                 candidate_ids: set[str], admitted: Iterable[str],
                 read: dict[str, list[str]] | None = None) -> list[MatchForm]:
        """The query forms with how many records the caller may see share each one's name
        (``search.name_counts``), for those ``scored`` (the others as they are).

        ``candidate_ids`` have been through the gate already (those it let through:
        ``admitted``); the other records counted get the gate's verdict alone
        (``lookup.admitted_ids``: their forms are never read). Pair keys whose postings
        are in ``read`` (ids in order, as this transaction read them) are not read again.
        """
        pairs = [name_counts.pair_keys(form) if counts else []
                 for form, counts in zip(forms, scored, strict=True)]
        wanted = {k for own in pairs for name in own for k in name}
        read = read or {}
        sampled = {k: read[k][:name_counts.PAIR_SAMPLE] for k in wanted if k in read}
        sampled |= lookup.postings(conn, wanted - sampled.keys(), limit=name_counts.PAIR_SAMPLE)
        counted_only = {i for ids in sampled.values() for i in ids}.difference(candidate_ids)
        visible = set(admitted) | lookup.admitted_ids(conn, principal, counted_only, today,
                                                      PERSON)
        return [name_counts.counted(form, own, sampled, visible, sizes) if counts else form
                for form, own, counts in zip(forms, pairs, scored, strict=True)]

    def _floor(self, principal: Principal) -> float:
        # Frontline users get hits only (and the ranking stops comparing as soon as no
        # candidate left can reach the threshold). Officers also see weaker candidates,
        # ranked: a same-name record whose date of birth clashes may still be the person
        # (dates are often wrong), and the officer decides; only hits notify.
        return self.threshold if principal.role == Role.frontline else POSSIBLE_MATCH

    # -- objects ------------------------------------------------------------------------

    def identifier(self, principal: Principal, key_kind: str, value: str, *,
                   country: str | None = None, purpose: str | None = None) -> dict[str, Any]:
        """Records holding an identifier: ``doc`` number, ``vin``, ``plate``, ``serial``, or
        ``sel:<type>`` selector value (already normalised by the caller)."""
        _require_searcher(principal)
        query = {"identifier": key_kind, "value": value, "country": country}
        with reads(self.engine) as conn:
            hits = self._visible(conn, principal, self.identifier_hits(
                conn, principal, key_kind, value, country=country))
            return self._record(conn, principal, f"search.{key_kind.split(':')[0]}", query,
                                hits, purpose)

    def identifier_hits(self, conn: Connection, principal: Principal, key_kind: str,
                        value: str, *, country: str | None = None) -> list[Hit]:
        """Gated hits on one identifier, within the caller's transaction."""
        return self.identifier_hits_many(conn, principal, [(key_kind, value, country)])[0]

    def identifier_hits_many(self, conn: Connection, principal: Principal,
                             asked: list[tuple[str, str, str | None]]) -> list[list[Hit]]:
        """``identifier_hits`` for each of many (kind, value, country), read at once."""
        keyed = [identifier_key(kind, value) for kind, value, _ in asked]
        postings = lookup.postings(conn, {key for key, _ in keyed}, limit=self.candidate_limit)
        admitted = lookup.identified(conn, principal,
                                     (i for key, _ in keyed for i in postings[key]), self.today())
        found = []
        for (key, label), (_, value, country) in zip(keyed, asked, strict=True):
            hits = []
            for candidate in (admitted[i] for i in postings[key] if i in admitted):
                score, explanation = _score_identifier(candidate.form, value, label, country)
                record = candidate.record
                hits.append(Hit(record.id, record.kind, record.owner, score, explanation,
                                candidate.view or {}))
            found.append(sorted(hits, key=lambda h: -h.score))
        return found

    # -- shared ---------------------------------------------------------------------------

    # -- free text, screening, comparison -------------------------------------------------

    def text(self, principal: Principal, q: str, *, limit: int = 10,
             purpose: str | None = None) -> dict[str, Any]:
        """Search whatever was typed: read it (MRZ, VIN, phone, name and date…) and search."""
        _require_searcher(principal)
        if not q or not q.strip() or len(q) > 500:
            raise InvalidInput.field("q", "type 1 to 500 characters")
        reading = read_text(q)
        with reads(self.engine) as conn:
            hits: list[Hit] = []
            for how, params in reading.searches:
                hits += self._run(conn, principal, how, params, limit)
            hits = self._visible(conn, principal, _best(hits))
            return {"read_as": reading.as_,
                    **self._record(conn, principal, "search.text", {"q": q}, hits, purpose)}

    def _run(self, conn: Connection, principal: Principal, how: str, params: dict[str, Any],
             limit: int) -> list[Hit]:
        if how == "person":
            query = person_query(params["name"], params.get("birth_date"),
                                 _country_or_none(params.get("nationality")), params.get("sex"))
            return self.person_hits(conn, principal, query, limit=limit)
        return self.identifier_hits(conn, principal, params["kind"], params["value"],
                                    country=params.get("country"))

    def screen(self, principal: Principal, travellers: Any, *, purpose: str | None = None
               ) -> dict[str, Any]:
        """Screen a passenger list in one request: per traveller, hit or not, and the action.

        The whole list is searched together, each step once for every traveller (key
        counts, postings, candidates' versions and envelopes, hit views), on one
        connection (``engine.reads``); then one audit entry and the owners' notifications
        are written.
        """
        _require_searcher(principal)
        manifest = validate_travellers(travellers)
        with reads(self.engine) as conn:
            found = screen_all(self, conn, principal, manifest)
            shown = self._visible_many(conn, principal, found)

            def notify_and_audit(conn: Connection) -> None:
                self._notify(conn, principal, [(hits, traveller["query"]) for traveller, hits
                                               in zip(manifest, shown, strict=True)])
                audit.append(conn, principal, "search.screen", purpose=purpose,
                             query={"travellers": len(manifest)},
                             result=[h.record_id for hits in shown for h in hits])

            self._commit(conn, notify_and_audit)
        results = [self._screened(index, traveller, hits)
                   for index, (traveller, hits) in enumerate(zip(manifest, shown, strict=True))]
        return {"travellers": len(manifest), "hits": sum(r["hit"] for r in results),
                "results": results}

    def _screened(self, index: int, traveller: dict[str, Any], shown: list[Hit]
                  ) -> dict[str, Any]:
        hits = [h for h in shown if h.score >= self.threshold]
        return {"index": index, "reference": traveller["reference"], "hit": bool(hits),
                "action": hits[0].record.get("action") if hits else None,
                "hits": [h.to_dict(self.threshold) for h in shown]}

    def compare(self, principal: Principal, a: Any, b: Any) -> dict[str, Any]:
        """Compare two person descriptions: the score and explanation a search would give."""
        if principal.role not in {Role.officer, Role.analyst}:
            raise AccessDenied(f"The {principal.role} role does not compare persons")
        forms = []
        for label, person in (("a", a), ("b", b)):
            if not isinstance(person, dict):
                raise InvalidInput.field(label, "must be a person object")
            forms.append(match_form(_person_fields(label, person)))
        with self.engine.connect() as conn:  # how common the name is, as search counts it
            pairs = {k for name in name_counts.pair_keys(forms[0]) for k in name}
            (query,) = self._counted(conn, principal, forms[:1],
                                     self._frequencies.counts(conn, pairs), [True],
                                     self.today(), set(), ())
        return compare_forms(query, forms[1]).to_dict()

    # -- notifications --------------------------------------------------------------------

    def inbox(self, principal: Principal, *, unread_only: bool = False,
              before_id: int | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Hits other countries had on the caller's organisation's records, newest first."""
        if principal.role not in {Role.officer, Role.analyst}:
            raise AccessDenied(f"The {principal.role} role has no notifications inbox")
        with write(self.engine) as conn, conn.begin():
            items = notifications.for_owner(conn, principal.org, unread_only=unread_only,
                                            before_id=before_id, limit=limit)
            audit.append(conn, principal, "notifications.read", purpose=None,
                         result=[i["id"] for i in items])
        return items

    def unread_count(self, principal: Principal) -> int:
        """How many hit notifications the caller's organisation has not read (a count of
        its own notifications, no record content: not an audited read)."""
        if principal.role not in {Role.officer, Role.analyst}:
            return 0
        with self.engine.connect() as conn:
            return notifications.unread_count(conn, principal.org)

    def mark_read(self, principal: Principal, ids: list[int]) -> int:
        """Mark notifications of the caller's organisation as read."""
        if principal.role not in {Role.officer, Role.analyst}:
            raise AccessDenied(f"The {principal.role} role has no notifications inbox")
        with write(self.engine) as conn, conn.begin():
            return notifications.mark_read(conn, principal.org, ids)

    # -- shared ---------------------------------------------------------------------------

    def _visible(self, conn: Connection, principal: Principal, hits: list[Hit]) -> list[Hit]:
        """Attach what the caller may see of each hit (dropping any it may not)."""
        return self._visible_many(conn, principal, [hits])[0]

    def _visible_many(self, conn: Connection, principal: Principal, found: list[list[Hit]]
                      ) -> list[list[Hit]]:
        """``_visible`` for the hits of many searches, their records read at once (but for
        those whose view the search already made in this transaction: identifiers')."""
        views = {h.record_id: h.record for hits in found for h in hits if h.record}
        views |= lookup.hit_views(conn, principal, list({
            h.record_id: None for hits in found for h in hits if h.record_id not in views}),
            self.today())
        shown = []
        for hits in found:
            kept = [h for h in hits if h.record_id in views]
            for hit in kept:
                hit.record = views[hit.record_id]
                if principal.role == Role.frontline:
                    hit.explanation = [_without_record_values(row) for row in hit.explanation]
            shown.append(kept)
        return shown

    def _record(self, conn: Connection, principal: Principal, action: str,
                query: dict[str, Any], shown: list[Hit], purpose: str | None
                ) -> dict[str, Any]:
        """Notify the owners and append the audit entry, then answer.

        The search itself read without the write lock (on ``conn``); only this short
        write takes it, committed together with concurrent searches' (group commit), and
        nothing is answered unless the audit entry has committed.
        """
        def notify_and_audit(conn: Connection) -> None:
            self._notify(conn, principal, [(shown, query)])
            audit.append(conn, principal, action, purpose=purpose, query=query,
                         result=[h.record_id for h in shown])

        self._commit(conn, notify_and_audit)
        return {"hit": any(h.score >= self.threshold for h in shown),
                "threshold": self.threshold,
                "hits": [h.to_dict(self.threshold) for h in shown]}

    def _commit(self, conn: Connection, work: Callable[[Connection], None]) -> None:
        """Commit ``work`` (group commit) once the search's reads on ``conn`` have ended;
        on ``conn`` itself if this search leads the batch (see ``store.group_commit``).
        Where the caller defers its commits (the API's event loop), the caller commits
        ``work`` before it answers."""
        conn.rollback()  # the reads end (SQLite's read transaction): the write lock follows
        self.commits.submit(work, writable(conn))

    def _notify(self, conn: Connection, principal: Principal,
                found: list[tuple[list[Hit], dict[str, Any]]]) -> None:
        """Tell the owners of other countries' records hit at or above the threshold."""
        notices = []
        for hits, query in found:
            for hit in hits:
                if hit.owner == principal.org or hit.score < self.threshold:
                    continue
                agreed = [row.get("field") for row in hit.explanation
                          if row.get("contribution", 1) > 0 and row.get("field")]
                notices.append(notifications.Notice(
                    owner=hit.owner, record_id=hit.record_id, searcher_org=principal.org,
                    searcher_user=principal.username, post=principal.post, score=hit.score,
                    matched={"query": query, "fields": sorted(set(agreed))}))
        notifications.add_unless_recent(conn, notices, window=self.notify_window)


# What a frontline user may read of an explanation: how each field counted, not the
# record's own values (their view is the hit view: action, bureau, reference, summary).
# In the order an explanation's rows hold them (``compare.explained``): each row of each
# hit's explanation is filtered (~8,000 rows in a manifest) by picking these, rather than
# by testing every key of the row.
_FRONTLINE_EXPLANATION = ("field", "feature", "description", "value", "weight",
                          "contribution", "agreement")


def _without_record_values(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in _FRONTLINE_EXPLANATION if k in row}


def _best(hits: list[Hit]) -> list[Hit]:
    """One hit per record (its best score), best first."""
    best: dict[str, Hit] = {}
    for hit in hits:
        if hit.record_id not in best or hit.score > best[hit.record_id].score:
            best[hit.record_id] = hit
    return sorted(best.values(), key=lambda h: -h.score)


def _decoded_form(kind: str, form: dict[str, Any]) -> Any:
    """What the candidate cache keeps of a stored form: persons' ready to compare."""
    return MatchForm.from_json(form) if kind == "person" else form


def _country_or_none(value: str | None) -> str | None:
    try:
        return normalize_country(value) if value else None
    except ValueError:
        return None  # an ICAO-only code (e.g. UTO) says nothing about nationality here


def _person_fields(label: str, person: dict[str, Any]) -> dict[str, Any]:
    """Validate a person description for comparison (every field optional but a name)."""
    names = person.get("names")
    if not isinstance(names, list) or not names:
        raise InvalidInput.field(f"{label}.names", "at least one name is required")
    dates = person.get("birth_dates") or []
    nationalities = person.get("nationalities") or []
    try:
        for name in names:
            person_query(name.get("full") if isinstance(name, dict) else None)
        return {"names": names, "sex": person.get("sex"),
                "birth_dates": [parse_partial_date(str(d)).iso for d in dates],
                "nationalities": [normalize_country(str(n)) for n in nationalities]}
    except ValueError as exc:
        raise InvalidInput.field(label, str(exc)) from None
    except PolexError as exc:
        raise InvalidInput.field(f"{label}.names", exc.errors[0].reason) from None


def _require_searcher(principal: Principal) -> None:
    if principal.role not in SEARCHERS:
        raise AccessDenied(f"The {principal.role} role does not search records")


def _score_identifier(form: dict[str, Any], asked: str, label: str, country: str | None
                      ) -> tuple[float, list[dict[str, Any]]]:
    stored = form.get("number") or form.get("vin") or form.get("value") or ""
    if label == "plate":
        stored = next((p["number"] for p in form.get("plates", [])
                       if _same_chars(p["number"], asked)), stored)
    score, detail = compare_number(asked, stored, label) if label != "selector" else (
        1.0, {"field": "selector", "agreement": "identical", "value": stored})
    explanation = [detail]
    stored_country = form.get("country")
    if country and stored_country and country != stored_country:
        score *= 0.5
        explanation.append({"field": "issuing_country", "agreement": "different",
                            "asked": country, "stored": stored_country})
    elif country and stored_country:
        explanation.append({"field": "issuing_country", "agreement": "identical",
                            "stored": stored_country})
    return round(score, 4), explanation


def _same_chars(a: str, b: str) -> bool:
    return confusable_key(a) == confusable_key(canonical_number(b))
