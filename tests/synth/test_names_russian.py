"""A person recorded abroad under the given name as the recording country writes it: a
Russian or Ukrainian under its English, German or French equivalent, a Western person in
a Russian file in Cyrillic (issue 3, name equivalents)."""

from __future__ import annotations

from functools import cache

from polex.normalize.name_equivalents import equivalent_form
from polex.normalize.names import detect_script
from polex.synth import SynthPlan
from polex.synth.names_russian import cyrillic_form
from polex.synth.persons import PersonRecord, iter_persons

_LANGUAGE = {"GBR": "en", "USA": "en", "DEU": "de", "FRA": "fr"}


@cache
def _persons() -> tuple[PersonRecord, ...]:
    return tuple(iter_persons(SynthPlan(seed=5, persons=20_000)))


def test_cyrillic_forms_are_today_s_transcriptions() -> None:
    assert cyrillic_form("given", "en", "Michael") == "Майкл"
    assert cyrillic_form("given", "de", "Michael") == "Михаэль"  # not Михаил
    assert cyrillic_form("family", "fr", "Martin") == "Мартен"
    assert cyrillic_form("family", "en", "Martin") == "Мартин"
    assert cyrillic_form("given", "en", "Zebedee") is None


def test_some_russians_abroad_are_recorded_under_the_equivalent_given_name() -> None:
    translated = abroad = 0
    for p in _persons():
        e = p.entity
        if e.country not in ("RUS", "UKR") or p.owner not in _LANGUAGE:
            continue
        equivalent = equivalent_form(e.given.native, _LANGUAGE[p.owner])
        if equivalent is None:
            continue
        abroad += 1
        primary = p.record["names"][0]
        if primary["given"] in (equivalent, f"{equivalent}".upper()):
            translated += 1
            assert primary["family"] and detect_script(primary["full"]) == "Latn"
    assert abroad and 0.1 < translated / abroad < 0.6, (translated, abroad)


def test_some_western_persons_are_recorded_in_cyrillic_in_russia() -> None:
    cyrillic = 0
    for p in _persons():
        if p.owner == "RUS" and p.entity.country in _LANGUAGE:
            primary = p.record["names"][0]
            if detect_script(primary["full"]) == "Cyrl":
                cyrillic += 1
                language = _LANGUAGE[p.entity.country]
                given = cyrillic_form("given", language, p.entity.given.native)
                family = cyrillic_form("family", language, p.entity.family.native)
                # A noisy record may carry a typo in one of them, never in both.
                assert primary["given"] == given or primary["family"].lower() == family.lower()
    assert cyrillic >= 5
