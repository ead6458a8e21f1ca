"""Identifiers carry valid check digits, checked by independent implementations."""

from __future__ import annotations

import phonenumbers
import pytest
from eth_hash.auto import keccak
from stdnum import bitcoin, iban, imei
from stdnum.cn import ric
from stdnum.es import dni
from stdnum.tr import tckimlik

from polex.normalize.mrz import parse
from polex.normalize.vehicles import vin_check_digit
from polex.synth.checks import _own_vin_check_digit
from polex.synth.profiles import PROFILES


def test_mrz_check_digits_are_valid(by_kind):
    mrzs = [r.record for r in by_kind["travel_document"] if r.record["mrz"]]
    assert len(mrzs) > 20
    for record in mrzs:
        data = parse(record["mrz"])
        assert data.document_number.replace("<", "") == record["number"]


def test_some_document_numbers_are_longer_than_nine(by_kind):
    numbers = [r.record["number"] for r in by_kind["travel_document"]]
    assert any(len(n) > 9 for n in numbers)


def test_stolen_blanks_have_no_holder_and_come_in_runs(by_kind):
    blanks = [r.record for r in by_kind["travel_document"] if r.record["status"] == "stolen_blank"]
    assert blanks and all(b["holder_name"] is None and b["mrz"] is None for b in blanks)
    numbers = {b["number"] for b in blanks}
    assert any(n[:-4] + f"{int(n[-4:]) + 1:04d}" in numbers for n in numbers if n[-4:].isdigit())


def test_vin_check_digits_are_valid(by_kind):
    vins = [r.record["vin"] for r in by_kind["vehicle"] if r.record["vin"]]
    assert vins
    for vin in vins:
        assert vin[8] == vin_check_digit(vin) == _own_vin_check_digit(vin)


def _selectors(by_kind, kind):
    return [r.record["value"] for r in by_kind["selector"] if r.record["selector_type"] == kind]


def test_ibans_are_valid(by_kind):
    values = _selectors(by_kind, "iban")
    assert values
    for value in values:
        iban.validate(value)


def test_imeis_are_valid(by_kind):
    for value in _selectors(by_kind, "imei"):
        imei.validate(value)


def test_phones_are_valid_for_their_country(by_kind):
    values = _selectors(by_kind, "phone")
    assert values
    for value in values:
        number = phonenumbers.parse(value.replace("00", "+", 1) if value.startswith("00")
                                    else value)
        assert phonenumbers.is_valid_number(number), value


@pytest.mark.parametrize("code", sorted(PROFILES))
def test_every_profile_makes_valid_mobiles(code):
    from polex.synth.plan import SynthPlan
    from polex.synth.selectors import SelectorMaker

    maker = SelectorMaker(SynthPlan(seed=1, countries=(code,)))
    for _ in range(30):
        value = maker.phone(code, None).replace(" ", "")
        value = "+" + value[2:] if value.startswith("00") else value
        assert phonenumbers.is_valid_number(phonenumbers.parse(value)), (code, value)


def test_every_profile_makes_valid_ibans():
    from polex.synth.plan import SynthPlan
    from polex.synth.selectors import SelectorMaker

    for code, prof in PROFILES.items():
        if prof.iban:
            maker = SelectorMaker(SynthPlan(seed=1, countries=(code,)))
            iban.validate(maker.iban(code, None))


def test_crypto_addresses_are_valid(by_kind):
    values = _selectors(by_kind, "crypto")
    assert values
    for value in values:
        if value.startswith("0x"):
            digest = keccak(value[2:].lower().encode()).hex()
            expected = "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c
                               for i, c in enumerate(value[2:].lower()))
            assert value[2:] == expected
        else:
            bitcoin.validate(value)


def test_national_identity_numbers_are_valid(by_kind):
    validators = {"DNI": dni.validate, "resident identity number": ric.validate,
                  "T.C. Kimlik No": tckimlik.validate}
    numbers = [n for r in by_kind["person"] for n in r.record["identity_numbers"]]
    assert numbers
    for n in numbers:
        validators[n["type"]](n["number"])
