"""The console's notifications inbox: who hit our records, marking read, the header count."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest

from polex.search.query import person_query
from tests.web.test_search_page import principal_of, text_of


@pytest.fixture
def hits(web_hub, users) -> dict[str, Any]:
    """A French record hit three times: by a German officer (name and date), a German
    frontline user at a post (name only), and by France itself (never notified)."""
    france = principal_of(web_hub, users("FRA"))
    record = web_hub.records.put(france, {
        "kind": "person", "source_id": "FR-P-1", "names": [{"full": "Мухаммед Алиев"}],
        "sex": "M", "birth_dates": ["1974-08-12"], "nationalities": ["RUS"],
        "sharing": {"mode": "all", "frontline": True}}).record
    german = principal_of(web_hub, users("DEU"))
    web_hub.search.text(german, "Mukhammed Aliyev 12.08.1974", purpose="test")
    checkpoint = dataclasses.replace(principal_of(web_hub, users("DEU", "frontline")),
                                     post="Frankfurt Airport T1")
    web_hub.search.persons(checkpoint, person_query("Mohamed Aliev", "1974-08-12"),
                           purpose="test")
    web_hub.search.persons(france, person_query("Mohamed Aliev"), purpose="test")
    return {"record_id": record["id"]}


def rows(page: str) -> list[str]:
    """The inbox rows' words, in order."""
    body = page.split("<tbody>", 1)[-1].split("</tbody>", 1)[0]
    return [text_of(row) for row in re.findall(r"<tr class=\"is-[a-z]+\">(.*?)</tr>", body,
                                               re.S)]


def ids_of(page: str) -> list[str]:
    return re.findall(r'name="ids" value="([\d,]+)"', page)


def test_the_inbox_says_who_hit_which_record_when_from_where_and_on_what(
        officer, hits):
    response = officer.get("/notifications")
    assert response.status_code == 200
    page = response.text
    listed = rows(page)
    assert len(listed) == 2  # France's own search notifies nobody
    newest, oldest = listed
    assert newest.startswith("Unread") and oldest.startswith("Unread")
    assert "Germany (DEU)" in newest and "deu-frontline · post Frankfurt Airport T1" in newest
    assert "Name" in newest and "Searched: Mohamed Aliev" in newest
    assert "deu-officer · no post given" in oldest
    assert "Name" in oldest and "Date of birth" in oldest
    assert "Searched: Mukhammed Aliyev 12.08.1974" in oldest
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", newest)
    assert re.search(r"\b\d{2,3} %", oldest)
    assert page.count(f'href="/records/{hits["record_id"]}"') == 2
    # The header counts the unread ones.
    assert re.search(r'Notifications <span class="count">2<span class="visually-hidden"> '
                     r'unread</span></span>', page)


def test_marking_one_read_moves_it_below_the_unread_and_lowers_the_count(officer, hits):
    page = officer.get("/notifications").text
    first, second = ids_of(page)[1:]  # [0] is "mark all shown"
    response = officer.post("/notifications/read", {"ids": first})
    assert response.status_code == 303
    assert response.headers["location"] == "/notifications?marked=1"
    page = officer.get(response.headers["location"]).text
    assert "1 notification marked as read." in text_of(page)
    listed = rows(page)
    assert listed[0].startswith("Unread") and listed[1].startswith("Read")
    assert "deu-frontline" in listed[1]  # the newer one, now read, comes second
    assert re.search(r'<span class="count">1<span', page)
    assert ids_of(page) == [second, second]  # all shown unread, and its own button
    # The unread-only view leaves the read one out.
    unread = officer.get("/notifications?unread=1").text
    assert len(rows(unread)) == 1 and "deu-officer" in rows(unread)[0]


def test_mark_all_shown_as_read(officer, hits):
    page = officer.get("/notifications").text
    response = officer.post("/notifications/read", {"ids": ids_of(page)[0]})
    assert response.headers["location"] == "/notifications?marked=2"
    page = officer.get("/notifications").text
    assert all(r.startswith("Read") for r in rows(page)) and len(rows(page)) == 2
    assert 'class="count"' not in page and "Mark all shown as read" not in page
    assert "No unread notifications." in text_of(officer.get("/notifications?unread=1").text)


def test_marking_read_needs_the_csrf_token(officer, hits):
    ids = ids_of(officer.get("/notifications").text)[0]
    response = officer.post("/notifications/read", {"ids": ids}, csrf=False)
    assert response.status_code == 403
    assert all(r.startswith("Unread") for r in rows(officer.get("/notifications").text))


def test_another_country_cannot_mark_our_notifications(console, users, hits, web_hub):
    console.login(users("FRA"))
    ids = ids_of(console.get("/notifications").text)[0]
    console.login(users("DEU"))
    assert "No notifications yet" in text_of(console.get("/notifications").text)
    assert console.post("/notifications/read", {"ids": ids}).headers["location"].endswith(
        "marked=0")
    france = principal_of(web_hub, users("FRA"))
    assert len(web_hub.search.inbox(france, unread_only=True)) == 2


def test_junk_ids_are_ignored(officer, hits):
    response = officer.post("/notifications/read", {"ids": "x, -1, 99999999, "})
    assert response.headers["location"] == "/notifications?marked=0"


@pytest.mark.parametrize("role", ["frontline", "admin", "auditor", "imagery"])
def test_only_officers_and_analysts_have_an_inbox(console, users, role, hits):
    console.login(users("HUB" if role in ("admin", "auditor") else "FRA", role))
    response = console.get("/notifications")
    assert response.status_code == 200
    expected = "No notifications for your role" if role == "imagery" else (
        "No record content for your role")
    assert expected in response.text
    assert "Мухаммед" not in response.text and "deu-officer" not in response.text
    assert 'href="/notifications"' not in response.text
    assert console.post("/notifications/read", {"ids": "1"}).status_code == 200


def test_analysts_share_their_organisations_inbox(console, users, hits):
    console.login(users("FRA", "analyst"))
    page = console.get("/notifications").text
    assert len(rows(page)) == 2 and '<span class="count">2<span' in page


def test_the_inbox_carries_the_csp_and_no_inline_style(officer, hits):
    response = officer.get("/notifications")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"
    assert "<script" not in response.text
    assert not re.search(r"\sstyle\s*=", response.text)
