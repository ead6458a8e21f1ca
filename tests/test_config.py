"""Settings come from POLEX_* variables; a bad value is refused by name, not half-used."""

from __future__ import annotations

import pytest

from polex.config import Settings
from polex.errors import InvalidInput


def test_variables_set_the_fields_they_name() -> None:
    settings = Settings.from_env({"POLEX_SEARCH_CACHE_RECORDS": "5000",
                                  "POLEX_HIT_THRESHOLD": "0.8"})
    assert settings.search_cache_records == 5000 and settings.hit_threshold == 0.8


@pytest.mark.parametrize(("value", "reason"), [("lots", "not a valid int"), ("-1", "negative")])
def test_a_bad_value_is_refused_naming_the_variable(value: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        Settings.from_env({"POLEX_SEARCH_CACHE_RECORDS": value})
    assert refused.value.errors[0].field == "POLEX_SEARCH_CACHE_RECORDS"
    assert reason in refused.value.errors[0].reason


@pytest.mark.parametrize(("value", "expected"), [("false", False), ("0", False), ("Yes", True)])
def test_a_switch_reads_the_usual_words(value: str, expected: bool) -> None:
    assert Settings.from_env({"POLEX_FREEZE_SURVIVORS": value}).freeze_survivors is expected


def test_a_switch_refuses_a_word_it_cannot_read() -> None:
    # "maybe" was read as off: a typo silently changed what the process did.
    with pytest.raises(InvalidInput) as refused:
        Settings.from_env({"POLEX_FREEZE_SURVIVORS": "maybe"})
    assert refused.value.errors[0].field == "POLEX_FREEZE_SURVIVORS"
