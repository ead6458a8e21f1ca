"""The canonical model: what a client may send, and what the hub makes of it."""

from __future__ import annotations

import pytest

from polex.errors import InvalidInput
from polex.model import json_schema, parse_record
from tests.factories import document, person, vehicle

SPECIMEN_TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def fields_of(exc: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [e.field for e in exc.value.errors]


def test_a_name_gets_its_script_and_a_romanisation():
    name = parse_record(person(name="Мухаммед Алиев")).names[0]
    assert name.script == "Cyrl"
    assert name.latin and name.latin.isascii()


@pytest.mark.parametrize(("given", "stored"), [
    ("1974", "1974"), ("1974-8", "1974-08"), ("1974-08-12", "1974-08-12")])
def test_birth_dates_keep_their_precision(given, stored):
    assert parse_record(person(birth_dates=[given])).birth_dates == [stored]


@pytest.mark.parametrize(("given", "code"), [
    ("fr", "FRA"), ("FRA", "FRA"), ("France", "FRA"), ("250", "FRA"), ("de", "DEU")])
def test_countries_become_alpha_3(given, code):
    assert parse_record(person(nationalities=[given])).nationalities == [code]


@pytest.mark.parametrize(("given", "stored"), [("male", "M"), ("f", "F"), ("X", "X"),
                                                ("unknown", None)])
def test_sex_is_normalised(given, stored):
    assert parse_record(person(sex=given)).sex == stored


def test_a_document_given_by_its_mrz_is_filled_from_it():
    doc = parse_record(document(number=None, issuing_country=None, document_type=None,
                                mrz=SPECIMEN_TD3))
    assert (doc.number, doc.issuing_country, doc.document_type) == ("L898902C3", "UTO",
                                                                   "passport")
    assert (doc.holder_name, doc.holder_birth_date, doc.holder_sex) == (
        "ANNA MARIA ERIKSSON", "1974-08-12", "F")


def test_a_document_number_that_contradicts_its_mrz_is_refused():
    with pytest.raises(InvalidInput) as exc:
        parse_record(document(number="L898902C4", mrz=SPECIMEN_TD3))
    assert "differs from the MRZ" in str(exc.value)


def test_document_numbers_are_canonical_and_never_truncated():
    doc = parse_record(document(number="ab-1234 5678-90xyz"))
    assert doc.number == "AB1234567890XYZ"


def test_icao_codes_are_kept_on_documents_but_not_as_nationalities():
    assert parse_record(document(issuing_country="D")).issuing_country == "D"
    with pytest.raises(InvalidInput) as exc:
        parse_record(person(nationalities=["UTO"]))
    assert fields_of(exc) == ["nationalities[0]"]


def test_a_vehicle_needs_a_vin_or_a_plate():
    with pytest.raises(InvalidInput):
        parse_record(vehicle(plates=[]))


def test_sharing_lists_need_countries():
    with pytest.raises(InvalidInput) as exc:
        parse_record(person(sharing={"mode": "only"}))
    assert fields_of(exc) == ["sharing"]


def test_a_link_cannot_point_at_itself():
    with pytest.raises(InvalidInput):
        parse_record({"kind": "link", "source_id": "L1", "link_type": "associate",
                      "from_record": "a", "to_record": "a"})


def test_the_json_schema_covers_every_kind():
    schema = json_schema()
    kinds = {ref.split("/")[-1] for ref in schema["discriminator"]["mapping"].values()}
    assert kinds == {"Person", "TravelDocument", "Vehicle", "Firearm", "Artwork", "Selector",
                     "Link", "ImageItem"}


def test_an_image_item_needs_a_hash_and_takes_hex_in_any_case():
    item = parse_record({"kind": "image_item", "source_id": "I-1", "md5": "A" * 32})
    assert item.md5 == "a" * 32
    with pytest.raises(InvalidInput) as exc:
        parse_record({"kind": "image_item", "source_id": "I-2", "pdq": "xyz"})
    assert fields_of(exc) == ["pdq"]
