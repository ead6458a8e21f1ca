"""The console's search page: free text and person search, hits explained, roles, errors."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest

from polex.access.identities import authenticate_token
from polex.access.principal import Principal
from polex.web.explain import bar_bucket, effect, percent

SPECIMEN_MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def principal_of(hub: Any, username: str) -> Principal:
    """The principal behind a fresh token of ``username`` (no slow password check)."""
    token = hub.issue_token(username)
    with hub.engine.connect() as conn:
        return authenticate_token(conn, token)


def text_of(page: str) -> str:
    """The page's visible words, tags stripped and spaces squeezed."""
    body = re.sub(r"<[^>]+>", " ", page.split('<main id="main">', 1)[-1])
    return " ".join(html.unescape(body).split())


def field_error(page: str, slot: str) -> str:
    match = re.search(rf'<p class="field-error" id="e-{slot}">(.*?)</p>', page, re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", match[1])).strip() if match else ""


@pytest.fixture
def records(web_hub, users) -> dict[str, str]:
    """France's records (a wanted person, a stolen passport, a person kept from frontline
    checks, one shared with Italy only); their ids by name."""
    france = principal_of(web_hub, users("FRA"))
    made = {}
    for name, data in {
        "aliev": {"kind": "person", "source_id": "FR-P-1",
                  "names": [{"full": "Мухаммед Алиев"}, {"full": "Mohamed Aliev",
                                                         "type": "alias"}],
                  "sex": "M", "birth_dates": ["1974-08-12"], "nationalities": ["FRA", "RUS"],
                  "legal_basis": "Arrest warrant 2026/123, Paris",
                  "notices": [{"type": "wanted",
                               "requested_action": "Arrest with a view to extradition"}],
                  "sharing": {"mode": "all", "frontline": True}},
        "passport": {"kind": "travel_document", "source_id": "FR-D-1", "mrz": SPECIMEN_MRZ,
                     "status": "stolen", "sharing": {"mode": "all", "frontline": True}},
        "quiet": {"kind": "person", "source_id": "FR-P-2", "names": [{"full": "Jean Dupont"}],
                  "birth_dates": ["1980-01-02"], "sharing": {"mode": "all",
                                                             "frontline": False}},
        "italy": {"kind": "person", "source_id": "FR-P-3",
                  "names": [{"full": "Giulia Verdi"}],
                  "sharing": {"mode": "only", "countries": ["ITA"], "frontline": True}},
    }.items():
        made[name] = web_hub.records.put(france, data, purpose="test").record["id"]
    return made


@pytest.fixture
def german(console, users):
    """The console logged in as a German bureau officer."""
    assert console.login(users("DEU")).status_code == 303
    return console


def search(console, **form: str) -> Any:
    return console.post("/search", {"mode": "text", **form})


def test_the_search_page_has_a_free_text_box_and_a_person_form(german):
    response = german.get("/search")
    assert response.status_code == 200
    page = response.text
    assert re.search(r'<textarea id="f-q" name="q"', page)
    for name in ("name", "birth_date", "nationality", "sex"):
        assert f'name="{name}"' in page
    assert "Advanced person search" in page
    assert 'href="/search" aria-current="page"' in page  # the nav says where you are
    assert "Results" not in page  # nothing searched yet


def test_free_text_name_and_date_finds_the_person_across_scripts(german, records):
    response = search(german, q="Muhammad Aliyev 12.08.1974")
    assert response.status_code == 200
    page, words = response.text, text_of(response.text)
    assert "Read as: name (with a date of birth if one was typed)" in words
    assert f'href="/records/{records["aliev"]}"' in page
    assert re.search(r'<span class="badge badge-hit">Hit</span>', page)
    assert "Owner: France (FRA)" in words and "reference FR-P-1" in words
    score = int(re.search(r'<span class="score-figure">(\d+) %</span>', page)[1])
    assert 90 <= score <= 100
    assert f'meter-fill w-{score // 5 * 5} fill-hit' in page
    # The action to take, the same words frontline officers get.
    assert "Action Detain: the person is wanted" in words and "contact bureau FRA" in words
    # Which name part matched which and how, and the romanisation that made it possible.
    assert "muhammad ↔ mukhammed : sound alike: same consonants, vowels differ" in words
    assert "aliyev ↔ aliyev : identical once romanised" in words
    assert "“Мухаммед Алиев” is read as “mukhammed aliyev”" in words
    assert "searched 1974-08-12, the record has 1974-08-12: same date" in words
    assert re.search(r"strongly raises the score \+\d+\.\d", words)


def test_the_person_form_explains_what_each_field_took_away(german, records):
    response = german.post("/search", {"mode": "person", "name": "Mohamed Aliev",
                                       "birth_date": "1960-03-04", "nationality": "DEU"})
    assert response.status_code == 200
    words = text_of(response.text)
    # The names agree, the date clashes: a possible match for an officer, not a hit.
    assert "Possible match" in words and "No hit: only possible matches." in words
    assert re.search(r'class="meter-fill w-\d+"', response.text)  # the bar, not in red
    assert "“Mohamed Aliev” against the record's “Mohamed Aliev”: 100 % alike" in words
    assert re.search(r"on the names alone the score would be \d+ %", words)
    assert "searched 1960-03-04, the record has 1974-08-12: they cannot be the same day" \
        in words
    assert re.search(r"strongly lowers the score -\d+\.\d", words)
    assert "none shared (a weak sign" in words
    assert re.search(r"lowers the score -0\.\d", words)
    assert "not compared: the sex is not given on one side" in words
    # The input is kept in the form, which stays open.
    assert re.search(r'<details class="card advanced" open>', response.text)
    assert 'value="1960-03-04"' in response.text


def test_a_different_sex_lowers_the_score(german, records):
    words = text_of(german.post("/search", {
        "mode": "person", "name": "Mohamed Aliev", "birth_date": "1974-08-12",
        "sex": "F"}).text)
    assert "searched female, the record says male: they differ" in words
    assert re.search(r"▼ (slightly )?lowers the score -\d+\.\d", words)


def test_a_pasted_mrz_is_read_as_one_and_finds_the_document(german, records):
    response = search(german, q=SPECIMEN_MRZ)
    assert response.status_code == 200
    words = text_of(response.text)
    assert "Read as: MRZ (machine-readable zone)" in words
    assert f'href="/records/{records["passport"]}"' in response.text
    assert "Document number L898902C3: identical" in words
    assert re.search(r"Issuing country [^:]*\(UTO\): the same", words)
    assert "Seize the document" in words
    assert html.escape(SPECIMEN_MRZ, quote=False) in response.text  # kept in the box


def test_a_misread_document_number_is_explained(german, records):
    words = text_of(search(german, q="L8989O2C3").text)
    assert "Read as: document, plate or serial number" in words
    assert "searched L8989O2C3, the record has L898902C3" in words
    assert "characters people and OCR confuse" in words and "(character 6)" in words


def test_no_hit_is_said_plainly(german, records):
    response = search(german, q="Wolfgang Amadeus Zzyzx 1756-01-27")
    assert response.status_code == 200
    words = text_of(response.text)
    assert "No hit. No record you may see matches this search." in words
    assert "NO HIT" not in words  # the big banner is for frontline users


def test_records_not_shared_with_the_searcher_never_show(german, records):
    page = search(german, q="Giulia Verdi").text
    assert records["italy"] not in page and "FR-P-3" not in page
    assert "No hit." in text_of(page)


def test_a_bad_birth_date_is_shown_next_to_its_field_with_the_input_kept(german, records):
    response = german.post("/search", {"mode": "person", "name": "Jean Dupont",
                                       "birth_date": "1974-13-45", "nationality": "Atlantis"})
    assert response.status_code == 422
    page = response.text
    assert "month 13" in field_error(page, "birth-date")
    assert field_error(page, "nationality")
    assert field_error(page, "name") == ""
    assert re.search(r'name="birth_date"[^>]*aria-invalid="true"', page)
    assert 'value="1974-13-45"' in page and 'value="Jean Dupont"' in page
    assert "Results" not in text_of(page)


def test_an_empty_free_text_is_refused_next_to_the_box(german):
    response = search(german, q="   ")
    assert response.status_code == 422
    assert "1 to 500 characters" in field_error(response.text, "q")
    response = search(german, q="1974")  # a date and no name
    assert response.status_code == 422
    assert "read as a name and date of birth" in field_error(response.text, "q")


def test_frontline_users_land_on_search_and_get_hit_or_no_hit(console, users, records):
    response = console.login(users("DEU", "frontline"))
    assert response.headers["location"] == "/"
    assert console.get("/").headers["location"] == "/search"
    assert console.get(f"/records/{records['aliev']}").headers["location"] == "/search"
    page = console.get("/search").text
    assert 'href="/notifications"' not in page and ">Records</a>" not in page

    hit = search(console, q="Mohamed Aliev 1974-08-12").text
    words = text_of(hit)
    assert re.search(r'class="verdict verdict-hit" role="status">\s*<p class="verdict-word">HIT',
                     hit)
    assert "Detain: the person is wanted" in words
    assert f"reference FRA/{records['aliev'][:8]}" in words
    # Only the hit view: no link to the record, no owner's reference or legal basis.
    assert f"/records/{records['aliev']}" not in hit
    assert "FR-P-1" not in hit and "Arrest warrant" not in hit
    assert '<details class="why">' in hit  # the explanation is there, folded

    none = search(console, q="Jean Dupont 1980-01-02").text  # not for frontline checks
    assert re.search(r'verdict-nohit" role="status">\s*<p class="verdict-word">NO HIT', none)
    assert records["quiet"] not in none


def test_frontline_users_get_no_possible_matches(console, users, records):
    console.login(users("DEU", "frontline"))
    page = console.post("/search", {"mode": "person", "name": "Mohamed Aliev",
                                    "birth_date": "1960-03-04", "sex": "F"}).text
    assert "Possible match" not in page
    assert "NO HIT" in page


@pytest.mark.parametrize("role", ["admin", "auditor", "imagery"])
def test_roles_that_do_not_search_get_no_search(console, users, role, records):
    console.login(users("HUB" if role in ("admin", "auditor") else "FRA", role))
    for response in (console.get("/search"), search(console, q="Mohamed Aliev")):
        assert response.status_code == 200
        if role == "imagery":
            assert "No search for your role" in response.text
            assert 'href="/images/triage"' in response.text
        else:
            assert "No record content for your role" in response.text
        assert "Mohamed" not in response.text
    assert 'href="/search"' not in console.get("/search").text


def test_a_search_without_the_csrf_token_is_refused(german, records):
    response = german.post("/search", {"mode": "text", "q": "Mohamed Aliev"}, csrf=False)
    assert response.status_code == 403
    assert "Mohamed" not in response.text


def test_searches_are_audited_with_the_console_purpose(german, records, web_hub, users):
    search(german, q="Mohamed Aliev 1974")
    german.post("/search", {"mode": "person", "name": "Mohamed Aliev"})
    users("HUB", "auditor")
    auditor = principal_of(web_hub, "hub-auditor")
    entries = web_hub.audit_entries(auditor, after=0, org="DEU", limit=100, purpose=None)
    actions = {(e["action"], e["purpose"]) for e in entries}
    assert ("search.text", "console") in actions
    assert ("search.persons", "console") in actions


def test_record_content_is_escaped_on_the_results(web_hub, users, german):
    france = principal_of(web_hub, users("FRA"))
    web_hub.records.put(france, {"kind": "firearm", "source_id": "<b>x</b>",
                                 "serial_number": "XK-551230",
                                 "make": "<script>alert(1)</script>",
                                 "sharing": {"mode": "all", "frontline": True}})
    page = search(german, q="XK-551230").text
    assert "Serial number" in text_of(page)  # it is a hit, shown with its make
    assert "<script>alert" not in page and "<b>x</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;x&lt;/b&gt;" in page


def test_the_results_page_carries_the_csp_and_no_inline_style(german, records):
    response = search(german, q="Mohamed Aliev 1974-08-12")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"
    assert "<script" not in response.text
    assert not re.search(r"\sstyle\s*=", response.text)
    assert not re.search(r"\son[a-z]+\s*=", response.text)
    css = german.get("/static/search.css")
    assert css.status_code == 200 and ".w-100 { width: 100%; }" in css.text


def test_scores_and_effects_in_words():
    assert percent(0.6959) == 69  # never shown as 70 % when it is not a hit
    assert percent(0.7) == 70 and percent(1.0) == 100 and percent(0.0) == 0
    assert bar_bucket(0.6959) == 65 and bar_bucket(0.9995) == 95 and bar_bucket(1.0) == 100
    assert effect(4.0).words == "strongly raises the score" and effect(4.0).figure == "+4.0"
    assert effect(-2.5).words == "lowers the score"
    assert effect(0.7).words == "slightly raises the score"
    assert effect(-0.0).direction == "none" and effect(0.0).figure == ""


@pytest.mark.parametrize(("query", "record", "words"), [
    ("Pyotr Ivanov", "Peter Ivanov", "the same name in another language"),
    ("Volker Schmidt", "Фолькер Шмидт", "the name as Russian transcribes it"),
])
def test_each_way_two_name_parts_match_is_said_in_words(query, record, words) -> None:
    from polex.search.compare import compare
    from polex.web.explain import hit_view

    result = compare({"names": [query]}, {"names": [record]})
    hit = {"kind": "person", "score": result.score, "explanation": result.explanation}
    parts = [p for line in hit_view(hit, full_access=True).lines for p in line.parts]
    assert any(p["how"].startswith(words) for p in parts), parts


@pytest.mark.parametrize(("record", "said"), [("Miloš Radić", True), ("Balázs Ildikó", False)])
def test_names_that_fall_short_are_said_only_when_they_count(record, said) -> None:
    from polex.search.compare import compare
    from polex.web.explain import hit_view

    result = compare({"names": ["Balázs Ildikó"]}, {"names": [record]})
    hit = {"kind": "person", "score": result.score, "explanation": result.explanation}
    texts = [line.text for line in hit_view(hit, full_access=True).lines]
    assert any("only as loosely" in text for text in texts) is said, texts
