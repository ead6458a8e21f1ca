"""The access matrix: for every path that returns record content, every role and every
sharing mode, a caller who may not see a record learns neither its content nor that it
exists. The SQL face of the gate (listing) and its in-hand face (viewing) must agree."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from polex.errors import AccessDenied
from tests.factories import person
from tests.sharing import SHARING, admits

ROLES = ["frontline", "officer", "analyst", "imagery", "admin", "auditor"]
@pytest.fixture
def shared_records(hub, callers) -> dict[str, str]:
    """One FRA record per sharing mode: name → record id."""
    fra = callers("FRA")
    return {name: hub.records.put(fra, person(f"S-{name}", sharing=rules)).record["id"]
            for name, rules in SHARING.items()}


@pytest.mark.parametrize("org", ["DEU", "ITA"])
@pytest.mark.parametrize("role", ROLES)
def test_http_get_shows_a_record_only_where_its_sharing_admits(client, callers,
                                                               shared_records, org, role):
    headers = callers.headers(org, role)
    missing = client.get("/api/v1/records/00000000-0000-4000-8000-000000000000",
                         headers=headers)
    for sharing, record_id in shared_records.items():
        response = client.get(f"/api/v1/records/{record_id}", headers=headers)
        if admits(sharing, org, role):
            assert response.status_code == 200, (sharing, response.json())
        else:
            assert response.status_code == missing.status_code == 404, sharing
            body = response.json()
            assert body["detail"].replace(record_id, "X") == \
                missing.json()["detail"].replace("00000000-0000-4000-8000-000000000000", "X")
            assert "Jean" not in response.text


@pytest.mark.parametrize("org", ["DEU", "ITA"])
@pytest.mark.parametrize("role", ["officer", "analyst", "imagery", "admin", "auditor"])
def test_http_list_holds_exactly_the_visible_records(client, callers, shared_records,
                                                     org, role):
    response = client.get("/api/v1/records", params={"limit": 500},
                          headers=callers.headers(org, role))
    listed = {item["id"] for item in response.json()["items"]}
    visible = {rid for name, rid in shared_records.items()
               if admits(name, org, role)}
    assert listed == visible


def test_frontline_users_do_not_browse_and_see_only_the_hit_view(client, callers,
                                                                 shared_records):
    headers = callers.headers("DEU", "frontline")
    assert client.get("/api/v1/records", headers=headers).status_code == 403
    hit = client.get(f"/api/v1/records/{shared_records['all']}", headers=headers).json()
    assert set(hit) == {"id", "kind", "owner", "reference", "action", "summary"}
    assert "contact bureau FRA" in hit["action"]


def test_non_owners_do_not_learn_whom_else_the_owner_shares_with(hub, callers,
                                                                 shared_records):
    seen = hub.records.get(callers("ITA"), shared_records["except_deu"])
    assert "countries" not in seen["sharing"]
    own = hub.records.get(callers("FRA"), shared_records["except_deu"])
    assert own["sharing"]["countries"] == ["DEU"]


@pytest.mark.parametrize("change", [
    {"record_status": "cancelled"},
    {"record_status": "expired"},
    {"review_date": (date.today() - timedelta(days=1)).isoformat()},
])
def test_records_out_of_force_are_hidden_from_others_but_not_from_the_owner(hub, callers,
                                                                            change):
    record_id = hub.records.put(callers("FRA"), person(**change)).record["id"]
    assert hub.records.get(callers("FRA"), record_id)["id"] == record_id
    with pytest.raises(Exception, match="No record"):
        hub.records.get(callers("DEU"), record_id)
    assert hub.records.list(callers("DEU")).items == []


def test_only_the_owner_changes_or_deletes(client, callers, shared_records):
    record_id = shared_records["all"]
    body = person("S-all", name="Changed", version=1)
    put = client.put(f"/api/v1/records/{record_id}", json=body, headers=callers.headers("DEU"))
    assert put.status_code == 403
    delete = client.delete(f"/api/v1/records/{record_id}", headers=callers.headers("DEU"))
    assert delete.status_code == 403
    hidden = shared_records["except_deu"]
    put = client.put(f"/api/v1/records/{hidden}", json=body, headers=callers.headers("DEU"))
    assert put.status_code == 404  # not even told that it exists


@pytest.mark.parametrize("role", ["frontline", "imagery", "admin", "auditor"])
def test_roles_without_record_rights_cannot_write(client, callers, role):
    response = client.post("/api/v1/records", json=person(), headers=callers.headers("FRA",
                                                                                     role))
    assert response.status_code == 403
    assert role in response.json()["detail"]


def test_imagery_specialists_see_and_write_image_items_only(hub, callers):
    item = {"kind": "image_item", "source_id": "I-1", "md5": "a" * 32, "series": "S-7"}
    fra_imagery = callers("FRA", "imagery")
    item_id = hub.records.put(fra_imagery, item).record["id"]
    assert hub.records.get(callers("DEU", "imagery"), item_id)["series"] == "S-7"
    assert [i["id"] for i in hub.records.list(callers("DEU", "imagery")).items] == [item_id]
    with pytest.raises(AccessDenied):
        hub.records.put(fra_imagery, person())
