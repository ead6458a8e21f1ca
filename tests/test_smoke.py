from tests.factories import person


def test_an_officer_stores_and_reads_back_a_person(hub, callers):
    fra = callers("FRA")
    stored = hub.records.put(fra, person()).record
    assert hub.records.get(fra, stored["id"])["names"][0]["full"] == "Jean Dupont"
