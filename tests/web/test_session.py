"""Console sessions: login, logout, redirects, CSRF, roles, security headers."""

from __future__ import annotations

import re

import pytest

from polex.access.identities import authenticate_token
from tests.web.support import PASSWORD


def test_pages_redirect_to_login_without_a_session(console):
    for url in ("/", "/records/new?kind=person", "/records/abc"):
        response = console.get(url)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=")
    assert console.get("/records/abc").headers["location"] == "/login?next=/records/abc"


def test_an_invalid_session_cookie_redirects_to_login(console):
    console.client.cookies.set("polex_session", "plx_0000_forged")
    assert console.get("/").headers["location"] == "/login?next=/"


def test_login_sets_a_strict_http_only_session_cookie(console, users):
    response = console.login(users("FRA"))
    assert response.status_code == 303
    assert response.headers["location"] == "/"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("polex_session=plx_")
    assert "HttpOnly" in cookie
    assert "samesite=strict" in cookie.lower()
    assert "Path=/" in cookie
    home = console.get("/")
    assert home.status_code == 200
    assert "fra-officer" in home.text and "France (FRA)" in home.text


def test_login_failure_says_so_and_keeps_the_username(console, users):
    users("FRA")
    response = console.login("fra-officer", "wrong password!")
    assert response.status_code == 401
    assert "Unknown username or wrong password" in response.text
    assert 'value="fra-officer"' in response.text
    assert "polex_session" not in console.client.cookies
    assert console.login("nobody", PASSWORD).status_code == 401


def test_after_too_many_wrong_passwords_the_login_page_says_when_to_try_again(console,
                                                                              users):
    users("FRA")
    for _ in range(5):
        assert console.login("fra-officer", "wrong password!").status_code == 401
    response = console.login("fra-officer", PASSWORD)
    assert response.status_code == 429
    assert "Too many failed logins for this account: try again after" in response.text
    assert "polex_session" not in console.client.cookies


def test_login_goes_back_to_the_page_asked_for_but_never_off_site(console, users):
    users("FRA")
    data = {"username": "fra-officer", "password": PASSWORD}
    response = console.post("/login", {**data, "next": "/records/new?kind=person"})
    assert response.headers["location"] == "/records/new?kind=person"
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        response = console.post("/login", {**data, "next": target})
        assert response.headers["location"] == "/"


@pytest.mark.parametrize("sent", [None, "", "not-the-cookie-value"])
def test_posts_without_the_matching_csrf_token_are_refused(officer, web_hub, sent):
    data = {"kind": "person", "source_id": "CSRF-1", "names[0].full": "Jean Dupont"}
    if sent is not None:
        data["csrf"] = sent
    response = officer.post("/records/new", data, csrf=False)
    assert response.status_code == 403
    assert "security token" in response.text
    assert web_hub.record_count() == 0
    assert officer.post("/logout", {}, csrf=False).status_code == 403
    assert officer.get("/").status_code == 200  # still logged in


def test_login_form_needs_the_csrf_token_too(console, users):
    users("FRA")
    console.csrf  # noqa: B018 - the cookie exists, but the form does not carry it
    response = console.client.post("/login", data={"username": "fra-officer",
                                                   "password": PASSWORD})
    assert response.status_code == 403


def test_logout_revokes_the_token_and_clears_the_cookie(officer):
    token = officer.client.cookies["polex_session"]
    response = officer.post("/logout", {})
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")
    assert "polex_session" not in officer.client.cookies
    officer.client.cookies.set("polex_session", token)  # a stolen copy no longer works
    assert officer.get("/").headers["location"] == "/login?next=/"


@pytest.mark.parametrize("role", ["admin", "auditor"])
def test_roles_without_record_content_see_a_page_that_says_so(console, users, web_hub, role):
    console.login(users("HUB", role))
    for url in ("/", "/records/00000000-0000-0000-0000-000000000000"):
        response = console.get(url)
        assert response.status_code == 200
        assert "No record content for your role" in response.text


def principal_of(hub, username):
    token = hub.issue_token(username)
    with hub.engine.connect() as conn:
        return authenticate_token(conn, token)


def test_imagery_specialists_browse_image_items_only(console, users, web_hub):
    owner = web_hub.records.put(principal_of(web_hub, users("FRA", "officer")), {
        "kind": "person", "source_id": "P-1", "names": [{"full": "Hidden Person"}]})
    web_hub.records.put(principal_of(web_hub, users("FRA", "imagery")), {
        "kind": "image_item", "source_id": "I-1", "md5": "b" * 32, "series": "Series-7"})
    console.login(users("FRA", "imagery"))
    home = console.get("/").text
    assert "Hidden Person" not in home
    assert console.get(f"/records/{owner.record['id']}").status_code == 404


def test_frontline_users_are_sent_to_the_search_page(console, users):
    console.login(users("FRA", "frontline"))
    for url in ("/", "/records/new?kind=person",
                "/records/00000000-0000-0000-0000-000000000000"):
        response = console.get(url)
        assert response.status_code == 303 and response.headers["location"] == "/search"
    assert "Check a person, a document" in console.get("/search").text


def test_pages_carry_the_csp_and_no_inline_script_or_style(officer):
    officer.create(source_id="P-1", **{"names[0].full": "Jean Dupont"})
    pages = [officer.get(u) for u in ("/", "/login", "/records/new?kind=person",
                                       "/records/new?kind=vehicle", "/records/new")]
    record_id = re.search(r'href="/records/([0-9a-f-]{36})"', pages[0].text)[1]
    pages += [officer.get(f"/records/{record_id}"), officer.get(f"/records/{record_id}/edit")]
    for response in pages:
        assert response.status_code == 200
        assert "default-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["cache-control"] == "no-store"
        assert "<script" not in response.text
        assert not re.search(r"\sstyle\s*=", response.text)
        assert not re.search(r"\son[a-z]+\s*=", response.text)  # no inline handlers
        assert not re.search(r'(src|href)="(https?:)?//', response.text)  # nothing off-site


def test_the_stylesheet_is_served_by_the_app(console):
    response = console.get("/static/console.css")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/css")
