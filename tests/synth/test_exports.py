"""National export files: readable in their own format, with the bad rows listed."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET

import pytest


def _bad(exports) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with open(exports["bad_rows"], encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            out.setdefault(row["file"], set()).add(row["reference"])
    return out


def test_every_export_has_bad_rows(exports):
    assert set(_bad(exports)) == {p.name for c, p in exports.items() if c != "bad_rows"}


def test_french_csv_is_latin1_with_semicolons_and_french_dates(exports):
    with open(exports["FRA"], encoding="latin-1", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert rows and set(rows[0]) >= {"nom", "prenom", "date_naissance"}
    dates = [r["date_naissance"] for r in rows if r["date_naissance"]]
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    refs = {r["reference"] for r in rows}
    assert _bad(exports)["fra_personnes.csv"] <= refs
    assert any(d.startswith("31/02/") for d in dates)


def test_german_json_has_persons_and_vehicles(exports):
    with open(exports["DEU"], encoding="utf-8") as handle:
        data = json.load(handle)
    assert data["personen"] and {"familienname", "vornamen", "geburtsdatum"} <= set(
        data["personen"][0])
    refs = {p["aktenzeichen"] for p in data["personen"]} | {
        v["aktenzeichen"] for v in data["fahrzeuge"]}
    assert _bad(exports)["deu_inpol.json"] <= refs


def test_russian_xml_has_cyrillic_names_and_russian_dates(exports):
    root = ET.parse(exports["RUS"]).getroot()
    persons = root.findall("Lico")
    assert any(re.search("[А-Яа-я]", p.findtext("Familiya", "")) for p in persons)
    dates = [p.findtext("DataRozhdeniya") for p in persons if p.find("DataRozhdeniya") is not None]
    assert dates and all(re.fullmatch(r"\d\d\.\d\d\.\d{4}", d) for d in dates)
    refs = {e.get("id") for e in root}
    assert _bad(exports)["rus_mvd.xml"] <= refs


def test_us_csv_has_month_first_dates(exports):
    with open(exports["USA"], encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    full = [r["DOB"] for r in rows if "/" in r["DOB"]]
    assert full and all(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in full)
    assert _bad(exports)["usa_ncic.csv"] <= {r["RECORD_ID"] for r in rows}


def test_exports_are_deterministic(tmp_path):
    from polex.synth import SynthPlan, write_national_exports

    plan = SynthPlan.tiny(seed=5)
    a = write_national_exports(plan, tmp_path / "a")
    b = write_national_exports(plan, tmp_path / "b")
    for key in a:
        assert a[key].read_bytes() == b[key].read_bytes()


def test_bad_mrz_rows_fail_the_mrz_parser(exports):
    from polex.normalize.mrz import MrzError, parse

    bad = _bad(exports)["rus_mvd.xml"]
    root = ET.parse(exports["RUS"]).getroot()
    spoiled = [d.findtext("MRZ") for d in root.findall("Dokument")
               if d.get("id") in bad and d.findtext("MRZ")]
    clean = [d.findtext("MRZ") for d in root.findall("Dokument")
             if d.get("id") not in bad and d.findtext("MRZ")]
    assert clean
    for mrz in clean:
        parse(mrz)
    for mrz in spoiled:
        with pytest.raises(MrzError):
            parse(mrz)


@pytest.mark.parametrize("code", ["XZ", "XXY", "SSSR", "ATLANTIS"])
def test_the_bad_country_codes_are_unknown_to_the_normaliser(code):
    from polex.normalize.countries import normalize_country

    with pytest.raises(ValueError):
        normalize_country(code)
