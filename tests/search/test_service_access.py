"""A search never reveals a record its owner did not share with the searcher, not even
as a hit; records out of force never hit; frontline users get the hit view only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from polex.config import Settings
from polex.hub import Hub
from tests.factories import document, person
from tests.sharing import SHARING, admits


@pytest.fixture
def shared(hub, callers):
    """One FRA person and one FRA document per sharing mode, each with its own number."""
    fra = callers("FRA")
    for index, (name, rules) in enumerate(SHARING.items()):
        hub.records.put(fra, person(f"P-{name}", "Isabelle Fontaine", sharing=rules,
                                    birth_dates=["1980-05-17"]))
        hub.records.put(fra, document(f"D-{name}", f"ZX{index}000001", sharing=rules))
    return {name: f"ZX{index}000001" for index, name in enumerate(SHARING)}


def found_sources(hub, response) -> set[str]:
    return {h["record_id"] for h in response["hits"]}


@pytest.mark.parametrize("org", ["DEU", "ITA"])
@pytest.mark.parametrize("role", ["frontline", "officer", "analyst"])
def test_searches_hit_only_what_the_owner_shares(client, callers, shared, org, role):
    headers = callers.headers(org, role)
    persons = client.post("/api/v1/search/persons", headers=headers, json={
        "name": "Isabelle Fontaine", "birth_date": "1980-05-17"}).json()
    expected = sum(admits(s, org, role) for s in SHARING)
    assert len(persons["hits"]) == expected
    for sharing, number in shared.items():
        docs = client.get("/api/v1/search/documents", params={"number": number},
                          headers=headers).json()
        assert docs["hit"] is admits(sharing, org, role), sharing
        text = client.post("/api/v1/search", json={"q": number}, headers=headers).json()
        assert bool(text["hits"]) is admits(sharing, org, role), sharing


@pytest.mark.parametrize("role", ["imagery", "admin", "auditor"])
def test_roles_without_record_content_cannot_search(client, callers, role):
    response = client.post("/api/v1/search/persons", json={"name": "Isabelle"},
                           headers=callers.headers("FRA", role))
    assert response.status_code == 403


def test_frontline_hits_show_the_action_not_the_file(client, callers, shared):
    hit = client.get("/api/v1/search/documents", params={"number": shared["all"]},
                     headers=callers.headers("ITA", "frontline")).json()["hits"][0]
    assert set(hit["record"]) == {"id", "kind", "owner", "reference", "action", "summary"}
    assert hit["action"].startswith("Seize the document")


@pytest.mark.parametrize("change", [
    {"record_status": "cancelled"},
    {"record_status": "expired"},
    {"review_date": (date.today() - timedelta(days=1)).isoformat()},
])
def test_records_out_of_force_do_not_hit_even_for_their_owner(hub, callers, change):
    hub.records.put(callers("FRA"), person("P-old", "Isabelle Fontaine", **change))
    for org in ("FRA", "DEU"):
        assert hub.search.persons(callers(org), {"names": [{"full": "Isabelle Fontaine"}]}
                                  )["hits"] == []


def test_a_restriction_binds_at_once_though_the_record_was_searched_before(hub, callers):
    """The search keeps candidates in memory; a record changed since is judged anew."""
    fra, deu = callers("FRA"), callers("DEU")
    written = hub.records.put(fra, person("P-r", "Isabelle Fontaine")).record
    query = {"names": [{"full": "Isabelle Fontaine"}]}
    assert [h["record_id"] for h in hub.search.persons(deu, query)["hits"]] == [written["id"]]
    hub.records.update(fra, written["id"], {**person("P-r", "Isabelle Fontaine"),
                                            "sharing": {"mode": "only", "countries": ["ESP"]}},
                       version=written["version"])
    assert hub.search.persons(deu, query)["hits"] == []
    assert len(hub.search.persons(callers("ESP"), query)["hits"]) == 1


@pytest.mark.parametrize("change", ["restricted", "deleted", "cancelled"])
def test_a_change_written_by_another_process_binds_this_ones_next_search(
        hub, callers, database_url, change):
    """Each API process keeps candidates in memory; the store numbers every change to a
    record, and a search first drops what changed, whichever process wrote it."""
    fra, deu = callers("FRA"), callers("DEU")
    written = hub.records.put(fra, person("P-r", "Isabelle Fontaine")).record
    query = {"names": [{"full": "Isabelle Fontaine"}]}
    assert [h["record_id"] for h in hub.search.persons(deu, query)["hits"]] == [written["id"]]
    other_process = Hub(Settings(database_url=database_url))
    if change == "deleted":
        other_process.records.delete(fra, written["id"], version=written["version"])
    else:
        fields = ({"sharing": {"mode": "only", "countries": ["ESP"]}}
                  if change == "restricted" else {"record_status": "cancelled"})
        other_process.records.update(fra, written["id"], person("P-r", "Isabelle Fontaine",
                                                                 **fields),
                                     version=written["version"])
    other_process.close()
    assert hub.search.persons(deu, query)["hits"] == []


def test_a_record_renamed_by_another_process_is_scored_on_its_new_name(hub, callers,
                                                                      database_url):
    fra, deu = callers("FRA"), callers("DEU")
    dated = {"birth_dates": ["1980-05-17"]}
    written = hub.records.put(fra, person("P-r", "Isabelle Fontaine", **dated)).record
    renamed = {"names": [{"full": "Marie Fontaine"}], **dated}
    hub.search.persons(deu, renamed)  # the record is a candidate, kept in memory
    other_process = Hub(Settings(database_url=database_url))
    other_process.records.update(fra, written["id"], person("P-r", "Marie Fontaine", **dated),
                                 version=written["version"])
    other_process.close()
    hits = hub.search.persons(deu, renamed)["hits"]
    assert [h["record_id"] for h in hits] == [written["id"]] and hits[0]["hit"]


def test_a_deleted_record_stops_hitting_though_it_was_searched_before(hub, callers):
    fra, deu = callers("FRA"), callers("DEU")
    written = hub.records.put(fra, document("D-del", "QK4471902")).record
    assert hub.search.identifier(deu, "doc", "QK4471902")["hit"]
    hub.records.delete(fra, written["id"], version=written["version"])
    assert hub.search.identifier(deu, "doc", "QK4471902")["hits"] == []


@pytest.mark.parametrize("org", ["DEU", "ITA"])
@pytest.mark.parametrize("role", ["frontline", "officer"])
def test_a_manifest_hits_only_what_each_owner_shares(hub, callers, shared, org, role):
    """Screening searches all travellers together; each is still judged by the gate."""
    manifest = [{"name": "Nobody Atall", "document_number": number, "reference": sharing}
                for sharing, number in shared.items()]
    manifest.append({"name": "Isabelle Fontaine", "birth_date": "1980-05-17",
                     "reference": "person"})
    results = hub.search.screen(callers(org, role), manifest)["results"]
    for result in results[:-1]:
        assert result["hit"] is admits(result["reference"], org, role), result["reference"]
    assert len(results[-1]["hits"]) == sum(admits(s, org, role) for s in SHARING)


def test_a_candidate_kept_in_memory_is_judged_for_each_caller(hub, callers):
    """The gate's answer for a cached record is remembered per country and role only."""
    hub.records.put(callers("FRA"), person("P-esp", "Isabelle Fontaine",
                                           sharing={"mode": "only", "countries": ["ESP"],
                                                    "frontline": False}))
    query = {"names": [{"full": "Isabelle Fontaine"}]}
    assert len(hub.search.persons(callers("ESP"), query)["hits"]) == 1
    assert hub.search.persons(callers("DEU"), query)["hits"] == []
    assert hub.search.persons(callers("ESP", "frontline"), query)["hits"] == []
    assert len(hub.search.persons(callers("ESP"), query)["hits"]) == 1


def test_a_restriction_binds_at_once_on_a_document_looked_up_before(hub, callers):
    fra, deu = callers("FRA"), callers("DEU")
    written = hub.records.put(fra, document("D-r", "QK4471902")).record
    assert hub.search.identifier(deu, "doc", "QK4471902")["hit"]
    hub.records.update(fra, written["id"], {**document("D-r", "QK4471902"),
                                            "sharing": {"mode": "except", "countries": ["DEU"]}},
                       version=written["version"])
    assert hub.search.identifier(deu, "doc", "QK4471902")["hits"] == []
    assert hub.search.identifier(callers("ESP"), "doc", "QK4471902")["hit"]
