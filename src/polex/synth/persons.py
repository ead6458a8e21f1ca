"""Person records with notices: each real person recorded by one country or several."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from polex.synth.base import Envelopes, hub_id, kind_rng, past_date
from polex.synth.entities import Entity, make_entity, render_birth_dates, render_names
from polex.synth.plan import SynthPlan
from polex.synth.profiles import PROFILES

__all__ = ["PersonRecord", "iter_persons"]

_NOTICE_TYPES = (
    ("wanted", 45), ("missing", 18), ("warning", 10), ("identity_inquiry", 8),
    ("imminent_threat", 3), ("modus_operandi", 4), ("sanctions", 4), ("unidentified_body", 1),
)
_ACTIONS = {
    "wanted": "Locate and arrest with a view to extradition",
    "missing": "Locate and inform the requesting bureau; do not detain",
    "warning": "Inform the requesting bureau of any contact; the person may be armed",
    "identity_inquiry": "Provide any information on identity, location or activities",
    "imminent_threat": "Alert: imminent threat to public safety; inform immediately",
    "modus_operandi": "For information: describes a method used by offenders",
    "sanctions": "Apply the UN Security Council sanctions (asset freeze, travel ban)",
    "unidentified_body": "Help identify the deceased; compare with missing-person records",
}
_OFFENCES = (
    "murder", "armed robbery", "drug trafficking", "fraud", "money laundering",
    "trafficking in human beings", "child sexual exploitation", "terrorism", "cybercrime",
    "kidnapping", "firearms trafficking", "theft of cultural property", "smuggling of migrants",
    "participation in a criminal organisation", "rape", "corruption",
)
_MARKS = (
    "tattoo of a dragon on the left forearm", "scar above the right eyebrow",
    "missing little finger on the left hand", "tattoo 'MAMA' on the right hand",
    "birthmark on the neck", "gold front tooth", "limps on the right leg",
    "tattoo of a spider web on the right elbow", "burn scar on the left cheek",
)
_COURTS = ("Tribunal judiciaire", "Amtsgericht", "District Court", "Prosecutor General",
           "Investigating judge", "Regional Court")


@dataclass(slots=True)
class PersonRecord:
    """A generated person record, with what later generators need to know of the person."""

    index: int
    id: str
    owner: str
    record: dict[str, Any]
    entity: Entity


def _weighted(pairs: tuple[tuple[str, int], ...]) -> tuple[list[str], list[int]]:
    return [p[0] for p in pairs], [p[1] for p in pairs]


_NOTICE_NAMES, _NOTICE_WEIGHTS = _weighted(_NOTICE_TYPES)


class _PersonMaker:
    def __init__(self, plan: SynthPlan) -> None:
        self.plan = plan
        self.rng = kind_rng(plan.seed, "person")
        self.envelopes = Envelopes(self.rng, plan.countries, plan.today)
        self.all_countries = tuple(PROFILES)

    def entity(self, n: int) -> Entity:
        rng = self.rng
        pool = self.all_countries if rng.random() < 0.15 else self.plan.countries
        return make_entity(rng, hub_id(self.plan.seed, "entity", n), rng.choice(pool),
                           self.plan.today)

    def owners(self, e: Entity) -> list[str]:
        rng, countries = self.rng, self.plan.countries
        count = 1
        if rng.random() < self.plan.duplicate_share:
            count = rng.choices((2, 3, 4), (60, 30, 10))[0]
        first = e.country if e.country in countries and rng.random() < 0.65 else None
        others = [c for c in rng.sample(countries, min(len(countries), count + 1)) if c != first]
        return ([first] if first else []) + others[: count - (1 if first else 0)]

    def record(self, e: Entity, owner: str, index: int, noisy: bool) -> dict[str, Any]:
        rng = self.rng
        notices = self.notices(owner, index)
        wanted = any(n["type"] == "wanted" for n in notices)
        basis = None
        if wanted:
            issued = past_date(rng, self.plan.today, 30, 3650)
            basis = (f"Arrest warrant {rng.randint(100, 9999)}/{issued.year} issued by "
                     f"{rng.choice(_COURTS)} on {issued.isoformat()}")
        record = self.envelopes(owner, f"{owner}-P-{index:08d}", basis)
        record.update(
            kind="person",
            names=render_names(rng, e, owner, noisy),
            sex=e.sex if rng.random() > 0.03 else None,
            birth_dates=render_birth_dates(rng, e, noisy),
            place_of_birth=e.place if rng.random() < 0.7 else None,
            nationalities=self.nationalities(e, owner),
            identity_numbers=self.identity_numbers(e, owner, index),
            marks=[rng.choice(_MARKS)] if rng.random() < 0.15 else [],
            notices=notices,
        )
        return record

    def nationalities(self, e: Entity, owner: str) -> list[str]:
        r = self.rng.random()
        if r < 0.05:
            return []
        if r < 0.09 and owner != e.country:  # recorded as a national of the recording country
            return list(dict.fromkeys([owner, *e.nationalities]))
        if r < 0.15:
            return e.nationalities[:1]
        return list(e.nationalities)

    def identity_numbers(self, e: Entity, owner: str, index: int) -> list[dict[str, Any]]:
        from polex.synth.documents import national_id

        if self.rng.random() > 0.3:
            return []
        number, kind = national_id(random.Random(e.id), e)
        if number is None:
            return []
        return [{"number": number, "type": kind, "country": e.country}]

    def notices(self, owner: str, index: int) -> list[dict[str, Any]]:
        rng = self.rng
        if rng.random() < 0.06:
            return []
        kind = rng.choices(_NOTICE_NAMES, _NOTICE_WEIGHTS)[0]
        start = past_date(rng, self.plan.today, 1, 3650)
        until = start + timedelta(days=5 * 365) if rng.random() < 0.6 else None
        offences = []
        if kind in {"wanted", "warning", "imminent_threat", "modus_operandi", "sanctions"}:
            offences = sorted(rng.sample(_OFFENCES, rng.randint(1, 3)))
        return [{
            "type": kind,
            "reference": f"{kind[0].upper()}-{index % 100000:05d}/{start.year}",
            "requested_action": _ACTIONS[kind],
            "offences": offences,
            "valid_from": start.isoformat(),
            "valid_until": until.isoformat() if until else None,
        }]


def iter_persons(plan: SynthPlan) -> Iterator[PersonRecord]:
    """``plan.persons`` person records; an entity recorded by k countries gives k records."""
    maker = _PersonMaker(plan)
    index = 0
    entity_number = 0
    while index < plan.persons:
        e = maker.entity(entity_number)
        entity_number += 1
        for k, owner in enumerate(maker.owners(e)):
            if index >= plan.persons:
                return
            record = maker.record(e, owner, index, noisy=k > 0)
            yield PersonRecord(index, hub_id(plan.seed, "person", index), owner, record, e)
            index += 1
