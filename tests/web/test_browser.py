"""The console in real headless Chromium: an officer's day, end to end."""

from __future__ import annotations

import re

import pytest

from tests.web.support import PASSWORD

pytestmark = pytest.mark.browser

SCREENSHOT = "/tmp/polex-console-record.png"


def test_an_officer_logs_in_creates_views_edits_and_logs_out(live_server, page):
    base, hub = live_server
    hub.add_user("amelie", "FRA", "officer", PASSWORD)
    expect_url = re.compile

    # Not logged in: the console sends the browser to the login page.
    page.goto(f"{base}/")
    assert expect_url(r"/login\?next=/$").search(page.url)
    page.get_by_label("Username").fill("amelie")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Log in").click()
    assert page.get_by_role("alert").inner_text().startswith("Unknown username")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/")
    assert page.get_by_role("heading", name="Records").is_visible()
    assert "amelie" in page.locator(".who").inner_text()
    assert "No records yet" in page.inner_text("main")

    # Create a person with two names and a wanted notice.
    page.get_by_role("link", name="New record").first.click()
    page.get_by_role("link", name="Person").click()
    page.get_by_label("Full name").first.fill("Мухаммед Алиев")
    page.get_by_role("button", name="Add another name").click()
    page.locator("#f-names-1-full").fill("Mohamed Aliev")
    page.locator("#f-names-1-type").select_option("alias")
    page.get_by_label("Sex").select_option("M")
    page.get_by_label("Dates of birth").fill("1974-08-12")
    page.get_by_label("Nationalities").fill("FRA, RUS")
    page.locator("#f-notices-0-type").select_option("wanted")
    page.locator("#f-notices-0-requested-action").fill("Arrest with a view to extradition")
    page.locator("#f-notices-0-offences").fill("Armed robbery; Murder")
    page.get_by_label("Your reference").fill("FR-2026-0042")
    page.get_by_label("Legal basis").fill("Arrest warrant 2026/123, Paris")
    page.get_by_role("button", name="Create record").click()
    page.wait_for_url(re.compile(r"/records/[0-9a-f-]{36}\?saved=1$"))
    record_url = page.url.split("?")[0]
    assert page.get_by_role("heading", level=1).inner_text() == "Мухаммед Алиев"
    assert page.get_by_role("status").inner_text().startswith("Saved")
    names = page.locator("table.names").inner_text()
    assert "Mohamed Aliev" in names and "Cyrillic" in names and "Alias" in names
    page.screenshot(path=SCREENSHOT, full_page=True)

    # It is listed on the home page; open it from there.
    page.get_by_role("link", name="Records").first.click()
    row = page.locator("table.records tbody tr")
    assert row.count() == 1 and "FR-2026-0042" in row.inner_text()
    row.get_by_role("link", name="Мухаммед Алиев").click()
    page.wait_for_url(record_url)

    # Edit: a bad date comes back next to its field; then a good one saves version 2.
    page.get_by_role("link", name="Edit").click()
    assert page.get_by_label("Full name").first.input_value() == "Мухаммед Алиев"
    page.get_by_label("Place of birth").fill("Marseille")
    page.get_by_label("Dates of birth").fill("1974-02-30")
    page.get_by_role("button", name="Save changes").click()
    error = page.locator("#e-birth-dates")
    assert error.is_visible() and "1974-02-30" in error.inner_text()
    assert page.get_by_label("Place of birth").input_value() == "Marseille"
    page.get_by_label("Dates of birth").fill("1974-08-12")
    page.get_by_label("Dates of birth").press("Enter")  # Enter saves
    page.wait_for_url(re.compile(r"\?saved=1$"))
    assert "version 2" in page.get_by_role("status").inner_text()
    assert "Marseille" in page.inner_text("main")

    # Log out: back to the login page, and the console is closed again.
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(re.compile(r"/login\?logged_out=1$"))
    page.goto(record_url)
    assert "/login?next=" in page.url
    assert page.problems == []  # no CSP violation, no script error, nothing missing
