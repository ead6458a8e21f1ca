"""Two officers change the same record at once: one wins, the other gets 409, and the
winner's change is what is stored. Nothing is lost silently."""

from __future__ import annotations

import threading

from polex.errors import Conflict
from tests.factories import person


def test_two_concurrent_updates_one_wins_the_other_conflicts(hub, callers):
    fra = callers("FRA")
    record_id = hub.records.put(fra, person()).record["id"]
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def edit(name: str) -> None:
        barrier.wait()
        try:
            hub.records.update(fra, record_id, person(name=name), version=1)
            outcomes[name] = "won"
        except Conflict:
            outcomes[name] = "conflict"

    threads = [threading.Thread(target=edit, args=(n,)) for n in ("Anne Martin", "Paul Petit")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes.values()) == ["conflict", "won"]
    winner = next(name for name, outcome in outcomes.items() if outcome == "won")
    stored = hub.records.get(fra, record_id)
    assert (stored["names"][0]["full"], stored["version"]) == (winner, 2)


def test_a_stale_version_over_http_is_409_and_names_the_current_version(client, callers):
    headers = callers.headers("FRA")
    record = client.post("/api/v1/records", json=person(), headers=headers).json()["record"]
    first = client.put(f"/api/v1/records/{record['id']}", json={**record, "sex": "M"},
                       headers=headers)
    assert first.status_code == 200
    second = client.put(f"/api/v1/records/{record['id']}", json={**record, "sex": "F"},
                        headers=headers)
    assert second.status_code == 409
    assert "version 2" in second.json()["detail"]
    assert client.get(f"/api/v1/records/{record['id']}", headers=headers).json()["sex"] == "M"
