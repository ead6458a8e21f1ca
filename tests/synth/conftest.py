"""Small generated data sets shared by the synth tests (generated once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from polex.synth import SynthPlan, SynthRecord, iter_records, write_national_exports

TINY = SynthPlan.tiny(seed=3)


@pytest.fixture(scope="session")
def tiny_plan() -> SynthPlan:
    """The plan of ``tiny_records``."""
    return TINY


@pytest.fixture(scope="session")
def tiny_records() -> list[SynthRecord]:
    """Every record of the tiny plan (a few hundred of each kind)."""
    return list(iter_records(TINY))


@pytest.fixture(scope="session")
def by_kind(tiny_records: list[SynthRecord]) -> dict[str, list[SynthRecord]]:
    out: dict[str, list[SynthRecord]] = {}
    for rec in tiny_records:
        out.setdefault(rec.record["kind"], []).append(rec)
    return out


@pytest.fixture(scope="session")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The national export files of a plan large enough to have a few rows per country."""
    folder = tmp_path_factory.mktemp("exports")
    return write_national_exports(SynthPlan.tiny(seed=3).scaled(4), folder)
