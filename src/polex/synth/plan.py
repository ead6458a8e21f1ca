"""What to generate (:class:`SynthPlan`) and what comes out (:class:`SynthRecord`)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, NamedTuple

from polex.synth.profiles import PROFILES

__all__ = ["SynthPlan", "SynthRecord"]


class SynthRecord(NamedTuple):
    """One generated record: hub id, owner (alpha-3), canonical record dict, true entity."""

    id: str
    owner: str
    record: dict[str, Any]
    entity: str | None = None


@dataclass(frozen=True)
class SynthPlan:
    """A seed, the member countries, and how many records of each kind to make.

    ``duplicate_share`` is the share of real persons that more than one country records;
    ``today`` anchors every date, so the output does not depend on the clock.
    """

    seed: int = 0
    countries: tuple[str, ...] = field(default_factory=lambda: tuple(PROFILES))
    persons: int = 1_000
    travel_documents: int = 5_000
    vehicles: int = 500
    firearms: int = 200
    artworks: int = 100
    selectors: int = 1_000
    links: int = 2_000
    duplicate_share: float = 0.15
    today: date = date(2026, 11, 1)

    def __post_init__(self) -> None:
        unknown = [c for c in self.countries if c not in PROFILES]
        if unknown or not self.countries:
            known = ", ".join(PROFILES)
            raise ValueError(f"countries {unknown} have no synthetic profile; known: {known}")
        for name in ("persons", "travel_documents", "vehicles", "firearms", "artworks",
                     "selectors", "links"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be 0 or more, not {getattr(self, name)}")

    @classmethod
    def demo(cls, seed: int = 0) -> SynthPlan:
        """The demo data set: every profiled country, ~20,000 persons, 100,000 documents."""
        return cls(seed=seed, persons=20_000, travel_documents=100_000, vehicles=10_000,
                   firearms=3_000, artworks=1_000, selectors=15_000, links=30_000)

    @classmethod
    def bench(cls, seed: int = 0) -> SynthPlan:
        """The benchmark data set: 1M persons, 10M documents, 1M vehicles and so on."""
        return cls(seed=seed, persons=1_000_000, travel_documents=10_000_000,
                   vehicles=1_000_000, firearms=200_000, artworks=50_000, selectors=500_000,
                   links=1_500_000)

    @classmethod
    def tiny(cls, seed: int = 0) -> SynthPlan:
        """A few hundred records of every kind, for tests."""
        return cls(seed=seed, persons=300, travel_documents=600, vehicles=100, firearms=50,
                   artworks=30, selectors=200, links=400)

    def scaled(self, factor: float) -> SynthPlan:
        """The same plan with every count multiplied by ``factor``."""
        counts = {name: int(getattr(self, name) * factor) for name in (
            "persons", "travel_documents", "vehicles", "firearms", "artworks", "selectors",
            "links")}
        return replace(self, **counts)
