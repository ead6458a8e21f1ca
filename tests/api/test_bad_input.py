"""Bad input gets a clear 4xx naming the field and the reason, and nothing is stored."""

from __future__ import annotations

import pytest

from tests.factories import document, person

BAD_RECORDS = [
    ("wrong type", person(names="Jean"), "names"),
    ("wrong type in a list", person(birth_dates=[1974]), "birth_dates[0]"),
    ("unknown country", person(nationalities=["XYZ"]), "nationalities[0]"),
    ("impossible date", person(birth_dates=["1980-02-30"]), "birth_dates[0]"),
    ("unknown field", person(colour_of_eyes="blue"), "colour_of_eyes"),
    ("unknown kind", {"kind": "spaceship", "source_id": "x"}, "kind"),
    ("missing name", {"kind": "person", "source_id": "x"}, "names"),
    ("empty source_id", person(source_id=""), "source_id"),
    ("bad sharing", person(sharing={"mode": "only"}), "sharing"),
    ("bad sex", person(sex="Q"), "sex"),
    ("bad MRZ check digit", document(number=None, mrz=(
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
        "L898902C37UTO7408122F1204159ZE184226B<<<<<10")), "mrz"),
    ("document number with a symbol", document(number="AB#123"), "number"),
]


def record_count(client, headers) -> int:
    return len(client.get("/api/v1/records", headers=headers).json()["items"])


@pytest.mark.parametrize(("case", "body", "field"), BAD_RECORDS, ids=[c[0] for c in BAD_RECORDS])
def test_a_bad_record_is_refused_naming_the_field(client, callers, case, body, field):
    headers = callers.headers("FRA")
    response = client.post("/api/v1/records", json=body, headers=headers)
    assert response.status_code == 422, response.json()
    assert response.headers["content-type"] == "application/problem+json"
    fields = [e["field"] for e in response.json()["errors"]]
    assert any(f == field or f.startswith(field) for f in fields), fields
    assert record_count(client, headers) == 0


def test_the_mrz_error_names_the_line_and_position(client, callers):
    body = BAD_RECORDS[10][1]
    reason = client.post("/api/v1/records", json=body, headers=callers.headers("FRA")
                         ).json()["errors"][0]["reason"]
    assert "line 2" in reason and "position 10" in reason


def test_malformed_json_is_400(client, callers):
    response = client.post("/api/v1/records", content=b'{"kind": "person",',
                           headers={**callers.headers("FRA"), "content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()["errors"] == [{"field": "body", "reason": "not valid JSON"}]


def test_a_body_that_is_not_an_object_is_422(client, callers):
    response = client.post("/api/v1/records", json=[1, 2], headers=callers.headers("FRA"))
    assert response.status_code == 422


def test_an_oversized_body_is_413_and_nothing_is_stored(client, callers, hub):
    headers = callers.headers("FRA")
    huge = person(marks=["x" * 1000] * 5000)
    response = client.post("/api/v1/records", json=huge, headers=headers)
    assert response.status_code == 413
    assert response.json()["errors"][0]["field"] == "body"
    assert hub.record_count() == 0
    assert "default-src 'self'" in response.headers["content-security-policy"]


def test_an_oversized_chunked_body_is_413_too(client, callers, hub):
    def chunks():  # no Content-Length: the limit must hold while the body streams in
        yield b'{"kind": "person", "source_id": "x", "marks": ["'
        for _ in range(5000):
            yield b"x" * 1000
        yield b'"], "names": [{"full": "A"}]}'

    response = client.post("/api/v1/records", content=chunks(),
                           headers={**callers.headers("FRA"), "content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["errors"][0]["field"] == "body"
    assert hub.record_count() == 0


@pytest.mark.parametrize("text", [
    "Robert'); DROP TABLE records;--",
    "<script>alert('x')</script>",
    "\" OR 1=1 --",
])
def test_injection_in_text_fields_is_stored_as_plain_text(client, callers, hub, text):
    headers = callers.headers("FRA")
    created = client.post("/api/v1/records", json=person(name=text, place_of_birth=text),
                          headers=headers)
    assert created.status_code == 201
    record = client.get(f"/api/v1/records/{created.json()['record']['id']}",
                        headers=headers).json()
    assert record["names"][0]["full"] == text and record["place_of_birth"] == text
    assert hub.record_count() == 1


def test_an_atomic_batch_with_one_bad_row_stores_nothing(client, callers, hub):
    rows = [person("A"), person("B", birth_dates=["1990-13-01"]), person("C")]
    response = client.post("/api/v1/records/batch", json={"records": rows, "atomic": True},
                           headers=callers.headers("FRA"))
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"].startswith("records[1].birth_dates")
    assert hub.record_count() == 0


def test_a_row_by_row_batch_stores_the_good_rows_and_reports_the_bad(client, callers, hub):
    rows = [person("A"), person("B", birth_dates=["1990-13-01"]), person("C")]
    report = client.post("/api/v1/records/batch", json={"records": rows},
                         headers=callers.headers("FRA")).json()
    assert report["counts"] == {"created": 2, "updated": 0, "rejected": 1}
    assert report["rows"][1]["errors"][0]["field"] == "birth_dates[0]"
    assert hub.record_count() == 2


def test_resubmitting_a_source_id_updates_instead_of_duplicating(client, callers, hub):
    headers = callers.headers("FRA")
    first = client.post("/api/v1/records", json=person(), headers=headers)
    again = client.post("/api/v1/records", json=person(name="Jean Dupond"), headers=headers)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["record"]["version"] == 2
    assert hub.record_count() == 1
