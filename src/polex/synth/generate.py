"""The whole data set: persons with their documents, vehicles, firearms, selectors and links.

Records come in an order a loader can follow: a link comes after both records it joins.
Each person may bring along a document it holds, a vehicle or firearm it owns, selectors
it used and an associate; the rest of each kind's count follows as records of nobody the
hub knows. Links point from the person: ``person holder_of document``, ``person owner_of
vehicle|firearm``, ``person used_selector selector``, ``person associate|family person``.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from typing import Any

from polex.synth.base import hub_id, kind_rng
from polex.synth.documents import DocumentMaker
from polex.synth.objects import ArtworkMaker, FirearmMaker, VehicleMaker
from polex.synth.persons import PersonRecord, iter_persons
from polex.synth.plan import SynthPlan, SynthRecord
from polex.synth.selectors import SelectorMaker

__all__ = ["iter_records", "rows"]


class _Run:
    """Counters and makers of one generation run."""

    def __init__(self, plan: SynthPlan) -> None:
        self.plan = plan
        self.rng = kind_rng(plan.seed, "attach")
        self.count = dict.fromkeys(
            ("travel_document", "vehicle", "firearm", "artwork", "selector", "link"), 0)
        self.docs = DocumentMaker(plan)
        self.vehicles = VehicleMaker(plan)
        self.firearms = FirearmMaker(plan)
        self.selectors = SelectorMaker(plan)
        self.person_owner = array("B")  # index into plan.countries, per person
        per_person = max(plan.persons, 1)
        self.share = {
            "travel_document": min(0.5, 0.5 * plan.travel_documents / per_person),
            "vehicle": min(0.15, 0.5 * plan.vehicles / per_person),
            "firearm": min(0.05, 0.5 * plan.firearms / per_person),
            "selector": min(0.4, 0.5 * plan.selectors / per_person),
        }
        self.limit = {"travel_document": plan.travel_documents, "vehicle": plan.vehicles,
                      "firearm": plan.firearms, "selector": plan.selectors, "link": plan.links}

    def take(self, kind: str) -> int | None:
        """The next index of ``kind``, or None when its count is reached."""
        index = self.count[kind]
        if index >= self.limit.get(kind, 0):
            return None
        self.count[kind] = index + 1
        return index

    def record(self, kind: str, index: int, owner: str, record: dict[str, Any]) -> SynthRecord:
        return SynthRecord(hub_id(self.plan.seed, kind, index), owner, record)

    def link(self, link_type: str, source: str, target: str, owner: str,
             sharing: dict[str, Any]) -> SynthRecord | None:
        index = self.take("link")
        if index is None:
            return None
        record = {
            "source_id": f"{owner}-L-{index:08d}", "record_status": "active",
            "review_date": None, "legal_basis": None,
            "sharing": {**sharing, "countries": list(sharing["countries"])},
            "kind": "link", "link_type": link_type, "from_record": source,
            "to_record": target, "note": None,
        }
        return self.record("link", index, owner, record)

    def attachments(self, p: PersonRecord) -> Iterator[SynthRecord]:
        rng, sharing = self.rng, p.record["sharing"]
        makers = (("travel_document", "holder_of", lambda i: self.docs.for_holder(i, p.owner,
                                                                                   p.entity)),
                  ("vehicle", "owner_of", lambda i: self.vehicles.make(i, p.owner)),
                  ("firearm", "owner_of", lambda i: self.firearms.make(i, p.owner)),
                  ("selector", "used_selector", lambda i: self.selectors.make(i, p.owner,
                                                                              p.entity)))
        for kind, link_type, make in makers:
            if rng.random() >= self.share[kind]:
                continue
            index = self.take(kind)
            if index is None:
                continue
            item = self.record(kind, index, p.owner, make(index))
            yield item
            link = self.link(link_type, p.id, item.id, p.owner, sharing)
            if link:
                yield link
        if p.index >= 5 and rng.random() < 0.2:
            other = hub_id(self.plan.seed, "person", p.index - rng.randint(5, min(p.index, 300)))
            link = self.link(rng.choice(("associate", "associate", "family")), p.id, other,
                             p.owner, sharing)
            if link:
                yield link

    def rest(self) -> Iterator[SynthRecord]:
        plan = self.plan
        artworks = ArtworkMaker(plan)
        makers = (
            ("travel_document", DocumentMaker(plan, "travel_document:standalone").standalone),
            ("vehicle", VehicleMaker(plan, "vehicle:standalone").make),
            ("firearm", FirearmMaker(plan, "firearm:standalone").make),
            ("artwork", artworks.make),
            ("selector", SelectorMaker(plan, "selector:standalone").make),
        )
        self.limit["artwork"] = plan.artworks
        for kind, make in makers:
            while (index := self.take(kind)) is not None:
                record = make(index)
                yield self.record(kind, index, record["source_id"].split("-", 1)[0], record)
        yield from self.more_links()

    def more_links(self) -> Iterator[SynthRecord]:
        """Associates between persons until the link count is reached."""
        rng, persons = kind_rng(self.plan.seed, "link"), len(self.person_owner)
        while persons > 1 and self.count["link"] < self.plan.links:
            a, b = rng.randrange(persons), rng.randrange(persons)
            if a == b:
                continue
            owner = self.plan.countries[self.person_owner[a]]
            sharing = {"mode": "all", "countries": [], "frontline": rng.random() < 0.9}
            link = self.link("associate", hub_id(self.plan.seed, "person", a),
                             hub_id(self.plan.seed, "person", b), owner, sharing)
            if link:
                yield link


def iter_records(plan: SynthPlan) -> Iterator[SynthRecord]:
    """Every record of ``plan``, streamed; the same plan always gives the same records.

    Example::

        for rec in iter_records(SynthPlan.demo(seed=7)):
            loader.add(rec.id, rec.owner, rec.record)
    """
    run = _Run(plan)
    index_of = {c: i for i, c in enumerate(plan.countries)}
    for p in iter_persons(plan):
        run.person_owner.append(index_of[p.owner])
        yield SynthRecord(p.id, p.owner, p.record, p.entity.id)
        yield from run.attachments(p)
    yield from run.rest()


def rows(plan: SynthPlan) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(id, owner, record)`` triples of :func:`iter_records`, as the store's bulk loader takes."""
    for rec in iter_records(plan):
        yield rec.id, rec.owner, rec.record
