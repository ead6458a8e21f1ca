"""Console record pages: create, view, edit, list, sharing, validation, conflicts, escaping."""

from __future__ import annotations

import html
import re

from polex.access.identities import authenticate_token
from polex.access.principal import Principal
from polex.store.engine import write
from tests.web.support import PASSWORD, record_id_of

SPECIMEN_MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def principal_of(hub, username: str) -> Principal:
    """The principal behind a fresh session of ``username``."""
    token = hub.login(username, PASSWORD)
    with write(hub.engine) as conn, conn.begin():
        return authenticate_token(conn, token)


def field_error(page: str, slot: str) -> str:
    """The text of the error shown next to the form input ``slot`` ('' if none)."""
    ident = re.sub(r"[^A-Za-z0-9]+", "-", slot).strip("-")
    match = re.search(rf'<p class="field-error" id="e-{ident}">(.*?)</p>', page, re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", match[1])).strip() if match else ""


def input_value(page: str, name: str) -> str:
    match = re.search(rf'name="{re.escape(name)}"[^>]*value="([^"]*)"', page)
    return html.unescape(match[1]) if match else ""


def test_create_a_person_through_the_form(officer, web_hub):
    response = officer.post("/records/new", {
        "kind": "person", "source_id": "FR-2026-0001",
        "names[0].full": "Мухаммед Алиев", "names[0].type": "primary",
        "names[1].full": "Mohamed Aliev", "names[1].type": "alias",
        "sex": "M", "birth_dates": "1974-08, 1975", "nationalities": "FRA, Russia",
        "notices[0].type": "wanted", "notices[0].offences": "Murder; Armed robbery",
        "notices[0].requested_action": "Arrest with a view to extradition",
        "sharing.mode": "except", "sharing.countries": "DEU", "sharing.frontline": "on",
    })
    assert response.status_code == 303
    record_id = record_id_of(response.headers["location"])
    page = officer.get(response.headers["location"]).text
    for text in ("Мухаммед Алиев", "Mohamed Aliev", "Cyrillic", "Alias", "1974-08, 1975",
                 "France (FRA)", "Russian Federation (RUS)", "Wanted", "Murder; Armed robbery",
                 "Arrest with a view to extradition", "Male", "FR-2026-0001",
                 "Visible to all member countries except: DEU", "Saved. This is version 1"):
        assert html.escape(text, quote=False) in page, text
    assert f'href="/records/{record_id}/edit"' in page
    stored = web_hub.records.get(principal_of(web_hub, "fra-officer"), record_id)
    assert stored["owner"] == "FRA"
    assert [n["full"] for n in stored["names"]] == ["Мухаммед Алиев", "Mohamed Aliev"]
    assert stored["nationalities"] == ["FRA", "RUS"]
    assert stored["sharing"] == {"mode": "except", "countries": ["DEU"], "frontline": True}
    assert stored["notices"][0]["offences"] == ["Murder", "Armed robbery"]
    home = officer.get("/").text
    assert "Мухаммед Алиев" in home and f'href="/records/{record_id}"' in home


def test_a_validation_error_is_shown_next_to_its_field_with_the_input_kept(officer, web_hub):
    response = officer.post("/records/new", {
        "kind": "person", "source_id": "FR-BAD", "names[0].full": "Jean Dupont",
        "birth_dates": "1974-13-45", "nationalities": "FRA", "sharing.mode": "all",
    })
    assert response.status_code == 422
    page = response.text
    assert "The record was not saved" in page
    assert "month 13" in field_error(page, "birth_dates")
    assert re.search(r'name="birth_dates"[^>]*aria-invalid="true"', page)
    assert input_value(page, "birth_dates") == "1974-13-45"
    assert input_value(page, "names[0].full") == "Jean Dupont"
    assert input_value(page, "source_id") == "FR-BAD"
    assert field_error(page, "names[0].full") == ""
    assert web_hub.record_count() == 0


def test_an_error_in_a_name_row_is_shown_in_that_row(officer):
    # Row 0 is left blank, so the record's names[0] is the form's row 1.
    response = officer.post("/records/new", {
        "kind": "person", "source_id": "FR-ROW", "names[1].full": "Jean Dupont",
        "names[1].script": "latin", "sharing.mode": "all",
    })
    assert response.status_code == 422
    assert "pattern" in field_error(response.text, "names[1].script")
    assert field_error(response.text, "names[0].script") == ""


def test_form_level_errors_land_on_their_fieldsets(officer):
    response = officer.post("/records/new", {
        "kind": "person", "source_id": "FR-SH", "names[0].full": "Jean Dupont",
        "sharing.mode": "only", "extra": "{not json",
    })
    assert response.status_code == 422
    assert "not valid JSON" in field_error(response.text, "extra")
    response = officer.post("/records/new", {
        "kind": "person", "source_id": "FR-SH", "names[0].full": "Jean Dupont",
        "sharing.mode": "only",
    })
    assert "needs at least one country" in field_error(response.text, "sharing")
    response = officer.post("/records/new", {"kind": "person", "source_id": "FR-SH",
                                             "sharing.mode": "all"})
    assert "at least 1 item" in field_error(response.text, "names")


def test_a_reference_already_in_use_is_not_overwritten_from_new(officer, web_hub):
    first = officer.create(source_id="FR-1", **{"names[0].full": "Jean Dupont"})
    response = officer.post("/records/new", {"kind": "person", "source_id": "FR-1",
                                             "names[0].full": "Someone Else",
                                             "sharing.mode": "all"})
    assert response.status_code == 409
    assert first in field_error(response.text, "source_id")
    stored = web_hub.records.get(principal_of(web_hub, "fra-officer"), first)
    assert stored["names"][0]["full"] == "Jean Dupont" and stored["version"] == 1


def test_edit_keeps_what_the_form_does_not_show_and_bumps_the_version(officer, web_hub):
    record_id = officer.create(source_id="FR-2", **{
        "names[0].full": "Jean Dupont", "names[0].given": "Jean", "names[0].family": "Dupont",
        "extra": '{"identity_numbers": [{"number": "123", "type": "NIR"}], '
                 '"marks": ["scar, left hand"]}'})
    form = officer.get(f"/records/{record_id}/edit").text
    assert input_value(form, "names[0].family") == "Dupont"
    assert input_value(form, "version") == "1"
    assert "scar, left hand" in html.unescape(form)
    extra = html.unescape(re.search(r'name="extra"[^>]*>(.*?)</textarea>', form, re.S)[1])
    response = officer.post(f"/records/{record_id}/edit", {
        "kind": "person", "version": "1", "source_id": "FR-2",
        "names[0].full": "Jean Dupont", "names[0].given": "Jean", "names[0].family": "Dupont",
        "place_of_birth": "Lyon", "extra": extra, "sharing.mode": "all",
    })
    assert response.status_code == 303
    stored = web_hub.records.get(principal_of(web_hub, "fra-officer"), record_id)
    assert stored["version"] == 2
    assert stored["place_of_birth"] == "Lyon"
    assert stored["names"][0]["family"] == "Dupont"
    assert stored["identity_numbers"] == [{"number": "123", "type": "NIR", "country": None}]
    assert stored["marks"] == ["scar, left hand"]
    assert stored["sharing"]["frontline"] is False  # the box was left unticked


def test_edit_with_a_stale_version_says_someone_else_changed_it(officer, web_hub):
    record_id = officer.create(source_id="FR-3", **{"names[0].full": "Jean Dupont"})
    data = {"kind": "person", "source_id": "FR-3", "names[0].full": "Jean Dupont",
            "sharing.mode": "all"}
    assert officer.post(f"/records/{record_id}/edit",
                        {**data, "version": "1", "place_of_birth": "Lyon"}).status_code == 303
    response = officer.post(f"/records/{record_id}/edit",
                            {**data, "version": "1", "place_of_birth": "Marseille"})
    assert response.status_code == 409
    assert "Someone else changed this record" in response.text
    assert "not</strong> been saved" in response.text
    assert input_value(response.text, "place_of_birth") == "Marseille"
    stored = web_hub.records.get(principal_of(web_hub, "fra-officer"), record_id)
    assert stored["place_of_birth"] == "Lyon" and stored["version"] == 2


def test_another_countrys_restricted_record_is_not_found(console, users, web_hub):
    users("FRA")
    users("DEU")
    germany = principal_of(web_hub, "deu-officer")
    hidden = web_hub.records.put(germany, {
        "kind": "person", "source_id": "DE-1", "names": [{"full": "Hans Geheim"}],
        "sharing": {"mode": "only", "countries": ["ITA"]}}).record["id"]
    shared = web_hub.records.put(germany, {
        "kind": "person", "source_id": "DE-2", "names": [{"full": "Karl Offen"}],
        "sharing": {"mode": "except", "countries": ["ESP"]}}).record["id"]
    console.login("fra-officer")
    response = console.get(f"/records/{hidden}")
    assert response.status_code == 404
    assert "Hans Geheim" not in response.text
    assert console.get(f"/records/{hidden}/edit").status_code == 404
    page = console.get(f"/records/{shared}").text
    assert "Karl Offen" in page and "Germany (DEU)" in page
    assert "ESP" not in page  # whom else the owner excludes is its business
    assert f"/records/{shared}/edit" not in page
    assert console.get(f"/records/{shared}/edit").status_code == 403
    data = {"kind": "person", "version": "1", "source_id": "DE-2",
            "names[0].full": "Changed", "sharing.mode": "all"}
    assert console.post(f"/records/{shared}/edit", data).status_code == 403
    ours, everything = console.get("/").text, console.get("/?tab=shared").text
    assert "Karl Offen" not in ours
    assert "Karl Offen" in everything and "Hans Geheim" not in everything


def test_html_in_a_record_renders_as_text(officer):
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    record_id = officer.create(source_id='"><b>ref</b>', **{
        "names[0].full": attack, "place_of_birth": "<i>Lyon</i>",
        "notices[0].type": "warning", "notices[0].requested_action": "</dd><h1>owned</h1>"})
    for page in (officer.get(f"/records/{record_id}").text, officer.get("/").text,
                 officer.get(f"/records/{record_id}/edit").text):
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        assert "<b>ref</b>" not in page
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    page = officer.get(f"/records/{record_id}").text
    assert "<i>Lyon</i>" not in page and "&lt;i&gt;Lyon&lt;/i&gt;" in page
    assert "<h1>owned</h1>" not in page


def test_home_filters_by_kind_and_pages_newest_first(officer, web_hub):
    france = principal_of(web_hub, "fra-officer")
    for number in range(30):
        web_hub.records.put(france, {"kind": "person", "source_id": f"P-{number:02}",
                                     "names": [{"full": f"Person {number:02}"}]})
    web_hub.records.put(france, {"kind": "vehicle", "source_id": "V-1",
                                 "plates": [{"country": "FRA", "number": "AB-123-CD"}]})
    first = officer.get("/").text
    # 25 to a page: the vehicle (newest), then persons 29 down to 06.
    assert first.index("AB123CD") < first.index("Person 29") < first.index("Person 06")
    assert "Person 05" not in first
    next_url = html.unescape(re.search(r'rel="next" href="([^"]+)"', first)[1])
    second = officer.get(next_url).text
    assert "Person 05" in second and "Person 00" in second and "Person 29" not in second
    assert 'rel="next"' not in second and "First page" in second
    vehicles = officer.get("/?kind=vehicle").text
    assert "AB123CD" in vehicles and "Person" not in vehicles.split("<tbody>")[1]


def test_a_travel_document_from_its_mrz(officer, web_hub):
    response = officer.post("/records/new", {
        "kind": "travel_document", "source_id": "DOC-1", "status": "stolen",
        "mrz": SPECIMEN_MRZ, "sharing.mode": "all", "sharing.frontline": "on",
    })
    assert response.status_code in (200, 303)
    page = (officer.get(response.headers["location"]) if response.status_code == 303
            else response).text
    for text in ("L898902C3", "Passport", "ANNA MARIA ERIKSSON", "Stolen", "1974-08-12"):
        assert text in page, text
    assert "P&lt;UTOERIKSSON" in page


def test_other_kinds_are_written_as_json(officer, web_hub):
    form = officer.get("/records/new?kind=vehicle").text
    assert "plates" in form and "Vehicle fields (JSON)" in form
    response = officer.post("/records/new", {
        "kind": "vehicle", "source_id": "V-9", "sharing.mode": "all",
        "extra": '{"plates": [{"country": "FRA", "number": "ab-123-cd"}], "make": "Renault"}'})
    assert response.status_code in (200, 303)
    response = officer.post("/records/new", {
        "kind": "vehicle", "source_id": "V-10", "sharing.mode": "all",
        "extra": '{"plates": [{"country": "Atlantis", "number": "1"}]}'})
    assert response.status_code == 422
    assert "Atlantis" in field_error(response.text, "extra")
    response = officer.post("/records/new", {
        "kind": "vehicle", "source_id": "V-11", "sharing.mode": "all",
        "extra": '{"owner": "DEU", "make": "x"}'})
    assert "owner" in field_error(response.text, "extra")


def test_add_another_name_row_keeps_what_was_typed(officer, web_hub):
    response = officer.post("/records/new", {"kind": "person", "source_id": "R-1",
                                             "names[0].full": "Jean Dupont", "more": "names"})
    assert response.status_code == 200
    assert input_value(response.text, "names[0].full") == "Jean Dupont"
    assert 'name="names[1].full"' in response.text
    assert web_hub.record_count() == 0


def test_console_reads_are_audited_with_the_console_purpose(officer, web_hub, users):
    record_id = officer.create(source_id="A-1", **{"names[0].full": "Jean Dupont"})
    officer.get(f"/records/{record_id}")
    users("HUB", "auditor")
    auditor = principal_of(web_hub, "hub-auditor")
    entries = web_hub.audit_entries(auditor, after=0, org="FRA", limit=100, purpose=None)
    actions = {(e["action"], e["purpose"]) for e in entries}
    assert ("record.create", "console") in actions
    assert ("record.view", "console") in actions
    assert ("record.list", "console") in actions


def test_warnings_are_shown_with_the_saved_record(officer, web_hub):
    response = officer.post("/records/new", {
        "kind": "vehicle", "source_id": "V-W", "sharing.mode": "all",
        "extra": '{"vin": "WVWZZZ1JZXW000001", "make": "Volkswagen"}'})
    assert response.status_code == 200
    assert "Saved, with warnings worth a look" in response.text
    assert "position 9" in response.text
    assert "Volkswagen" in response.text and web_hub.record_count() == 1
