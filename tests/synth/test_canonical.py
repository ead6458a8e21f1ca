"""Every generated record is accepted by the model and already in canonical form."""

from __future__ import annotations

import importlib.util

import pytest

from polex.model import parse_record

KINDS = ["person", "travel_document", "vehicle", "firearm", "artwork", "link", "selector"]
HAS_SELECTORS = importlib.util.find_spec("polex.normalize.selectors") is not None


@pytest.mark.parametrize("kind", KINDS)
def test_records_are_canonical(by_kind, kind):
    if kind == "selector" and not HAS_SELECTORS:
        pytest.skip("polex.normalize.selectors is not there yet")
    for rec in by_kind[kind]:
        assert parse_record(rec.record).model_dump(mode="json") == rec.record, rec.record


def test_owner_is_the_source_id_prefix(tiny_records):
    for rec in tiny_records:
        assert rec.record["source_id"].startswith(rec.owner + "-")


def test_only_persons_carry_an_entity(tiny_records):
    for rec in tiny_records:
        assert (rec.entity is not None) == (rec.record["kind"] == "person")
