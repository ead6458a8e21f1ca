"""The search page and the inbox in real headless Chromium: a German officer searches and
reads why a French record matched, France sees the hit in its inbox, a German checkpoint
gets HIT."""

from __future__ import annotations

import re

import pytest

from tests.web.support import PASSWORD

pytestmark = pytest.mark.browser

SCREENSHOT = "/tmp/polex-console-search.png"
FRONTLINE_SCREENSHOT = "/tmp/polex-console-frontline.png"
INBOX_SCREENSHOT = "/tmp/polex-console-notifications.png"


def log_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state()


def log_out(page) -> None:
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(re.compile(r"/login\?logged_out=1$"))


def test_search_explained_then_the_owner_is_notified_and_a_checkpoint_gets_hit(
        live_server, page):
    base, hub = live_server
    for username, org, role in (("amelie", "FRA", "officer"), ("bernd", "DEU", "officer"),
                                ("frida", "DEU", "frontline")):
        hub.add_user(username, org, role, PASSWORD)
    token = hub.issue_token("amelie")
    with hub.engine.connect() as conn:
        from polex.access.identities import authenticate_token
        amelie = authenticate_token(conn, token)
    record = hub.records.put(amelie, {
        "kind": "person", "source_id": "FR-2026-0042",
        "names": [{"full": "Мухаммед Алиев"}, {"full": "Mohamed Aliev", "type": "alias"}],
        "sex": "M", "birth_dates": ["1974-08-12"], "nationalities": ["FRA", "RUS"],
        "notices": [{"type": "wanted",
                     "requested_action": "Arrest with a view to extradition"}],
        "sharing": {"mode": "all", "frontline": True}}).record

    # A German officer searches in Latin letters, with the date as Germans write it.
    log_in(page, base, "bernd")
    page.get_by_role("link", name="Search", exact=True).click()
    page.wait_for_url(f"{base}/search")
    page.get_by_label("Search for anything").fill("Muhammad Aliyev 12.08.1974")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_load_state()
    assert "Read as: name" in page.locator(".read-as").inner_text()
    hit = page.locator("ol.hits > li").first
    assert hit.locator(".badge-hit").inner_text().strip().lower() == "hit"
    assert "France (FRA)" in hit.inner_text() and "Detain" in hit.inner_text()
    why = hit.locator("table.why-table")
    assert why.is_visible()  # open for officers
    assert "muhammad ↔ mukhammed: sound alike: same consonants, vowels differ" in \
        " ".join(why.inner_text().split())
    assert "same date" in why.inner_text()
    assert re.search(r"raises the score \+\d+\.\d", why.inner_text())
    bar = hit.locator(".meter-fill")
    assert bar.bounding_box()["width"] > 0.9 * hit.locator(".meter").bounding_box()["width"]
    page.screenshot(path=SCREENSHOT, full_page=True)
    hit.get_by_role("link", name="Мухаммед Алиев").click()
    page.wait_for_url(f"{base}/records/{record['id']}")

    # A bad date in the person form comes back next to its field, the input kept.
    page.goto(f"{base}/search")
    page.locator("details.advanced > summary").click()
    page.get_by_label("Name", exact=True).fill("Mohamed Aliev")
    page.get_by_label("Date of birth").fill("1974-02-30")
    page.get_by_role("button", name="Search persons").click()
    page.wait_for_load_state()
    assert page.locator("#e-birth-date").is_visible()
    assert "1974-02-30" in page.locator("#e-birth-date").inner_text()
    assert page.get_by_label("Name", exact=True).input_value() == "Mohamed Aliev"
    log_out(page)

    # France sees the hit in its inbox, and marks it read.
    log_in(page, base, "amelie")
    inbox_link = page.get_by_role("link", name=re.compile(r"^Notifications"))
    assert inbox_link.locator(".count").inner_text().startswith("1")
    inbox_link.click()
    page.wait_for_url(f"{base}/notifications")
    row = page.locator("table.inbox tbody tr")
    assert row.count() == 1 and "Germany (DEU)" in row.inner_text()
    assert "Date of birth" in row.inner_text()
    page.screenshot(path=INBOX_SCREENSHOT, full_page=True)
    row.get_by_role("button", name=re.compile(r"^Mark as read")).click()
    page.wait_for_url(re.compile(r"/notifications\?marked=1$"))
    assert page.locator(".topbar .count").count() == 0
    log_out(page)

    # A German checkpoint officer lands on the search page and gets a big HIT.
    log_in(page, base, "frida")
    page.wait_for_url(f"{base}/search")
    page.get_by_label("Search for anything").fill("Mohamed Aliev 1974-08-12")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_load_state()
    verdict = page.locator(".verdict")
    assert verdict.locator(".verdict-word").inner_text() == "HIT"
    assert "Detain" in verdict.inner_text()
    assert page.locator(f"a[href='/records/{record['id']}']").count() == 0
    assert not page.locator("table.why-table").first.is_visible()  # folded for frontline
    page.screenshot(path=FRONTLINE_SCREENSHOT, full_page=True)
    log_out(page)
    assert page.problems == []  # no CSP violation, no script error, nothing missing
