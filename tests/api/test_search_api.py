"""The search API: shapes, screening, comparison, bad input."""

from __future__ import annotations

from tests.factories import document, person


def test_person_search_answers_hits_with_score_and_explanation(client, callers, hub):
    hub.records.put(callers("FRA"), person("P-1", "Jean-Pierre Dubois", birth_dates=["1970"]))
    body = client.post("/api/v1/search/persons", json={"name": "Dubois Jean-Pierre"},
                       headers=callers.headers("DEU")).json()
    hit = body["hits"][0]
    assert {"record_id", "score", "explanation", "hit", "action", "record"} <= set(hit)


def test_a_manifest_is_screened_traveller_by_traveller(client, callers, hub):
    hub.records.put(callers("FRA"), document(number="X1234567"))
    hub.records.put(callers("FRA"), person("P-1", "Carlos Mendes", birth_dates=["1966-03-01"],
                                           notices=[{"type": "wanted"}]))
    manifest = {"travellers": [
        {"name": "Ana Costa", "document_number": "X1234567", "document_country": "FRA",
         "reference": "seat 1A"},
        {"name": "Carlos Mendes", "birth_date": "1966-03-01", "reference": "seat 2B"},
        {"name": "Nobody Known", "birth_date": "1990-01-01", "reference": "seat 3C"},
    ]}
    body = client.post("/api/v1/screen", json=manifest,
                       headers=callers.headers("ESP", "frontline")).json()
    assert [(r["reference"], r["hit"]) for r in body["results"]] == [
        ("seat 1A", True), ("seat 2B", True), ("seat 3C", False)]
    assert body["results"][1]["action"].startswith("Detain")


def test_a_bad_manifest_names_each_bad_traveller_field(client, callers):
    manifest = {"travellers": [{"name": "Ok Person"}, {"name": "", "birth_date": "1990-02-31"}]}
    response = client.post("/api/v1/screen", json=manifest, headers=callers.headers("ESP"))
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["errors"]}
    assert fields == {"travellers[1].name", "travellers[1].birth_date"}


def test_compare_gives_score_and_explanation(client, callers):
    body = client.post("/api/v1/compare", json={
        "a": {"names": [{"full": "Мухаммед Алиев"}], "birth_dates": ["1974-08-12"]},
        "b": {"names": [{"full": "Mohamed Aliyev"}], "birth_dates": ["1974-12-08"]},
    }, headers=callers.headers("FRA", "analyst")).json()
    assert 0.1 < body["score"] < 1
    dates = next(e for e in body["explanation"] if e["feature"] == "birth_date_match")
    assert dates["how"] == "day and month swapped" and dates["contribution"] > 0


def test_compare_names_the_bad_field(client, callers):
    response = client.post("/api/v1/compare", json={"a": {"names": []}, "b": {}},
                           headers=callers.headers("FRA"))
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "a.names"


def test_bad_search_input_is_422_naming_the_field(client, callers):
    headers = callers.headers("FRA")
    bad_date = client.post("/api/v1/search/persons", json={"name": "X", "birth_date": "1990-13"},
                           headers=headers)
    assert bad_date.json()["errors"][0]["field"] == "birth_date"
    bad_vin = client.get("/api/v1/search/vehicles", params={"vin": "123"}, headers=headers)
    assert bad_vin.status_code == 422 and bad_vin.json()["errors"][0]["field"] == "vin"
