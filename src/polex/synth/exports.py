"""National export files, each in its country's own format, for the ingest work.

The same records as :func:`polex.synth.iter_records` gives (same ``source_id``), as four
national systems would export them, streamed to disk, with deliberately bad rows:

``fra_personnes.csv`` (FRA)
    CSV, ``;`` separator, **Latin-1**. Columns ``reference;nom;prenom;date_naissance;
    lieu_naissance;sexe;nationalite;type_fiche;infractions``. ``nom`` in capitals,
    ``date_naissance`` as ``DD/MM/YYYY`` with ``00`` for an unknown day or month,
    ``sexe`` ``H``/``F``, ``nationalite`` ISO alpha-2 codes joined by ``|``.
``deu_inpol.json`` (DEU)
    One JSON object: ``{"quelle", "erstellt", "personen": [...], "fahrzeuge": [...]}``.
    Persons: ``aktenzeichen, familienname, vornamen, geburtsdatum`` (``YYYY-MM-DD``,
    ``00`` when unknown), ``geburtsort, geschlecht`` (``m``/``w``),
    ``staatsangehoerigkeiten`` (alpha-3), ``ausschreibung, aliasnamen``. Vehicles:
    ``aktenzeichen, fin`` (VIN), ``kennzeichen, zulassungsland, hersteller, modell,
    baujahr, farbe``.
``rus_mvd.xml`` (RUS)
    UTF-8 XML ``<ExportMVD>`` with ``<Lico id>`` persons (``Familiya, Imya, Otchestvo``
    in Cyrillic, ``DataRozhdeniya`` as ``DD.MM.YYYY``, ``Pol`` ``М``/``Ж``,
    ``Grazhdanstvo`` alpha-3) and ``<Dokument id>`` travel documents (``Tip, Seriya,
    Nomer`` — a 10-digit internal passport is split 4 + 6 — ``Strana, MRZ``).
``usa_ncic.csv`` (USA)
    CSV, ``,``, UTF-8. ``RECORD_ID,LAST_NAME,FIRST_NAME,MIDDLE_NAME,DOB,SEX,
    PLACE_OF_BIRTH,CITIZENSHIP,WARRANT_TYPE,OFFENSES``; ``DOB`` as ``MM/DD/YYYY`` (a
    bare ``YYYY`` when only the year is known), ``CITIZENSHIP`` as English country names.

About one row in 40 is bad on purpose: an impossible date, an unknown country, an
empty name, a VIN or MRZ with a wrong check digit, a day/month order mistake. Every bad
row is listed in ``bad_rows.csv`` (``file,reference,defect``) so ingest tests can check
that each one is reported and none is loaded.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, TextIO
from xml.sax.saxutils import escape, quoteattr

import pycountry

from polex.normalize.names import romanize
from polex.synth.base import kind_rng
from polex.synth.generate import iter_records
from polex.synth.plan import SynthPlan

__all__ = ["EXPORT_FILES", "write_national_exports"]

EXPORT_FILES = {"FRA": "fra_personnes.csv", "DEU": "deu_inpol.json", "RUS": "rus_mvd.xml",
                "USA": "usa_ncic.csv"}
_BAD_SHARE = 0.025
_FR_NOTICES = {"wanted": "recherche", "missing": "disparition", "warning": "signalement",
               "identity_inquiry": "identification", "imminent_threat": "menace",
               "modus_operandi": "mode_operatoire", "sanctions": "sanctions",
               "unidentified_body": "cadavre_non_identifie"}
_DE_NOTICES = {"wanted": "Festnahme", "missing": "Aufenthaltsermittlung",
               "warning": "Polizeiliche Beobachtung"}
_US_NOTICES = {"wanted": "FELONY WARRANT", "missing": "MISSING PERSON",
               "warning": "CAUTION"}
_DE_COLOURS = {"black": "schwarz", "white": "weiß", "silver": "silber", "grey": "grau",
               "blue": "blau", "red": "rot", "green": "grün", "beige": "beige",
               "brown": "braun"}


def _alpha2(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code)
    return country.alpha_2 if country else code


def _country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code)
    return country.name.upper() if country else code


def _date_parts(text: str | None) -> tuple[str, str, str]:
    """(year, month, day) of a partial ISO date, ``00`` where unknown."""
    parts = (text or "").split("-")
    return parts[0], parts[1] if len(parts) > 1 else "00", parts[2] if len(parts) > 2 else "00"


def _main_name(record: dict[str, Any]) -> dict[str, Any]:
    return record["names"][0]


def _notice(record: dict[str, Any]) -> tuple[str, str]:
    notices = record["notices"]
    if not notices:
        return "", ""
    return notices[0]["type"], ", ".join(notices[0]["offences"])


class _Export:
    """One national file: rows are written as they come; bad ones go to the manifest."""

    file = ""

    def __init__(self, folder: Path, plan: SynthPlan, manifest: Any) -> None:
        self.rng = kind_rng(plan.seed, f"export:{self.file}")
        self.manifest = manifest
        self.rows = 0
        self.handle = self.open(folder / self.file)

    def open(self, path: Path) -> TextIO:
        return open(path, "w", encoding="utf-8", newline="")

    def bad(self, reference: str, defect: str) -> None:
        self.manifest.writerow((self.file, reference, defect))

    def spoil(self) -> bool:
        """Whether to damage this row: the third row always, then one in 40 or so."""
        self.rows += 1
        return self.rng.random() < _BAD_SHARE or self.rows == 3

    def add(self, rec_id: str, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.handle.close()


class _France(_Export):
    file = EXPORT_FILES["FRA"]

    def open(self, path: Path) -> TextIO:
        handle = open(path, "w", encoding="latin-1", newline="")  # noqa: SIM115 - closed by close()
        self.writer = csv.writer(handle, delimiter=";")
        self.writer.writerow(("reference", "nom", "prenom", "date_naissance", "lieu_naissance",
                              "sexe", "nationalite", "type_fiche", "infractions"))
        return handle

    @staticmethod
    def _latin1(text: str | None) -> str:
        if not text:
            return ""
        try:
            text.encode("latin-1")
        except UnicodeEncodeError:
            return romanize(text).title()
        return text

    def add(self, rec_id: str, record: dict[str, Any]) -> None:
        if record["kind"] != "person":
            return
        name = _main_name(record)
        year, month, day = _date_parts(record["birth_dates"][0] if record["birth_dates"] else "")
        notice, offences = _notice(record)
        row = [record["source_id"], self._latin1(name["family"]).upper(),
               self._latin1(name["given"]), f"{day}/{month}/{year}" if year else "",
               self._latin1(record["place_of_birth"]),
               {"M": "H", "F": "F"}.get(record["sex"] or "", ""),
               "|".join(_alpha2(c) for c in record["nationalities"]),
               _FR_NOTICES.get(notice, notice), offences]
        if self.spoil():
            defect = self.rng.choice(("date", "country", "name"))
            if defect == "date":
                row[3] = f"31/02/{year or 1980}"
            elif defect == "country":
                row[6] = "XZ"
            else:
                row[1] = ""
            row[0] += "-X"
            self.bad(row[0], {"date": "impossible date 31/02", "country": "unknown country XZ",
                              "name": "empty family name"}[defect])
        self.writer.writerow(row)


class _Germany(_Export):
    file = EXPORT_FILES["DEU"]

    def open(self, path: Path) -> TextIO:
        handle = super().open(path)
        handle.write('{"quelle": "INPOL (synthetisch)", "erstellt": "2026-11-01",\n')
        self.vehicles_path = path.with_suffix(".fahrzeuge.tmp")
        self.vehicles = open(self.vehicles_path, "w+", encoding="utf-8")  # noqa: SIM115
        handle.write('"personen": [\n')
        self.first = {"personen": True, "fahrzeuge": True}
        return handle

    def _write(self, stream: TextIO, section: str, item: dict[str, Any]) -> None:
        stream.write(("" if self.first[section] else ",\n") + json.dumps(item, ensure_ascii=False))
        self.first[section] = False

    def add(self, rec_id: str, record: dict[str, Any]) -> None:
        if record["kind"] == "person":
            self._person(record)
        elif record["kind"] == "vehicle":
            self._vehicle(record)

    def _person(self, record: dict[str, Any]) -> None:
        name = _main_name(record)
        year, month, day = _date_parts(record["birth_dates"][0] if record["birth_dates"] else "")
        item = {
            "aktenzeichen": record["source_id"], "familienname": name["family"],
            "vornamen": " ".join(p for p in (name["given"], name["middle"]) if p),
            "geburtsdatum": f"{year}-{month}-{day}" if year else None,
            "geburtsort": record["place_of_birth"],
            "geschlecht": {"M": "m", "F": "w"}.get(record["sex"] or ""),
            "staatsangehoerigkeiten": record["nationalities"],
            "ausschreibung": _DE_NOTICES.get(_notice(record)[0], _notice(record)[0]),
            "aliasnamen": [n["full"] for n in record["names"][1:]],
        }
        if self.spoil():
            defect = self.rng.choice(("date", "country"))
            item["aktenzeichen"] += "-X"
            if defect == "date":
                item["geburtsdatum"] = f"{year or 1980}-02-30"
            else:
                item["staatsangehoerigkeiten"] = ["XXY"]
            self.bad(item["aktenzeichen"], "impossible date 02-30" if defect == "date"
                     else "unknown country XXY")
        self._write(self.handle, "personen", item)

    def _vehicle(self, record: dict[str, Any]) -> None:
        plate = record["plates"][0] if record["plates"] else None
        item = {
            "aktenzeichen": record["source_id"], "fin": record["vin"],
            "kennzeichen": plate["number"] if plate else None,
            "zulassungsland": plate["country"] if plate else None,
            "hersteller": record["make"], "modell": record["model"],
            "baujahr": record["year"], "farbe": _DE_COLOURS.get(record["colour"] or ""),
        }
        if record["vin"] and self.spoil():
            vin = record["vin"]
            item["fin"] = vin[:8] + ("0" if vin[8] != "0" else "1") + vin[9:]
            item["aktenzeichen"] += "-X"
            self.bad(item["aktenzeichen"], "VIN check digit wrong")
        self._write(self.vehicles, "fahrzeuge", item)

    def close(self) -> None:
        self.handle.write('\n],\n"fahrzeuge": [\n')
        self.vehicles.seek(0)
        while chunk := self.vehicles.read(1 << 16):
            self.handle.write(chunk)
        self.vehicles.close()
        self.vehicles_path.unlink()
        self.handle.write("\n]}\n")
        super().close()


class _Russia(_Export):
    file = EXPORT_FILES["RUS"]

    def open(self, path: Path) -> TextIO:
        handle = super().open(path)
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n<ExportMVD data="01.11.2026">\n')
        return handle

    def add(self, rec_id: str, record: dict[str, Any]) -> None:
        if record["kind"] == "person":
            self._person(record)
        elif record["kind"] == "travel_document" and record["issuing_country"] == "RUS":
            self._document(record)

    def _el(self, tag: str, value: object) -> str:
        return "" if value in (None, "") else f"<{tag}>{escape(str(value))}</{tag}>"

    def _person(self, record: dict[str, Any]) -> None:
        name = _main_name(record)
        year, month, day = _date_parts(record["birth_dates"][0] if record["birth_dates"] else "")
        ref, born, citizenship = record["source_id"], f"{day}.{month}.{year}" if year else "", \
            ",".join(record["nationalities"])
        if self.spoil():
            ref += "-X"
            if self.rng.random() < 0.5:
                born = f"31.02.{year or 1980}"
                self.bad(ref, "impossible date 31.02")
            else:
                citizenship = "SSSR"
                self.bad(ref, "unknown country SSSR")
        self.handle.write(
            f"<Lico id={quoteattr(ref)}>{self._el('Familiya', name['family'])}"
            f"{self._el('Imya', name['given'])}{self._el('Otchestvo', name['patronymic'])}"
            f"{self._el('DataRozhdeniya', born)}"
            f"{self._el('MestoRozhdeniya', record['place_of_birth'])}"
            f"{self._el('Pol', {'M': 'М', 'F': 'Ж'}.get(record['sex'] or ''))}"
            f"{self._el('Grazhdanstvo', citizenship)}</Lico>\n")

    def _document(self, record: dict[str, Any]) -> None:
        number, mrz, ref = record["number"], record["mrz"], record["source_id"]
        series, num = (number[:4], number[4:]) if len(number) == 10 else ("", number)
        if mrz and self.spoil():
            lines = mrz.split("\n")
            # TD3: line 2 column 10 checks the number; TD1: line 2 column 7 the birth date.
            at, what = (9, "document number") if len(lines) == 2 else (6, "birth date")
            check = lines[1][at]
            lines[1] = lines[1][:at] + ("0" if check != "0" else "1") + lines[1][at + 1:]
            mrz, ref = "\n".join(lines), ref + "-X"
            self.bad(ref, f"MRZ {what} check digit wrong")
        self.handle.write(
            f"<Dokument id={quoteattr(ref)}>{self._el('Tip', record['document_type'])}"
            f"{self._el('Seriya', series)}{self._el('Nomer', num)}"
            f"{self._el('Strana', record['issuing_country'])}{self._el('MRZ', mrz)}"
            f"{self._el('Status', record['status'])}</Dokument>\n")

    def close(self) -> None:
        self.handle.write("</ExportMVD>\n")
        super().close()


class _States(_Export):
    file = EXPORT_FILES["USA"]

    def open(self, path: Path) -> TextIO:
        handle = super().open(path)
        self.writer = csv.writer(handle)
        self.writer.writerow(("RECORD_ID", "LAST_NAME", "FIRST_NAME", "MIDDLE_NAME", "DOB", "SEX",
                              "PLACE_OF_BIRTH", "CITIZENSHIP", "WARRANT_TYPE", "OFFENSES"))
        return handle

    def add(self, rec_id: str, record: dict[str, Any]) -> None:
        if record["kind"] != "person":
            return
        name = _main_name(record)
        year, month, day = _date_parts(record["birth_dates"][0] if record["birth_dates"] else "")
        dob = f"{month}/{day}/{year}" if day != "00" else year
        notice, offences = _notice(record)
        row = [record["source_id"], (name["family"] or "").upper(), (name["given"] or "").upper(),
               (name["middle"] or "").upper(), dob, record["sex"] or "",
               record["place_of_birth"] or "",
               ";".join(_country_name(c) for c in record["nationalities"]),
               _US_NOTICES.get(notice, notice.upper()), offences.upper()]
        if self.spoil():
            row[0] += "-X"
            defect = self.rng.choice(("date", "country", "order"))
            row[4] = {"date": f"02/30/{year or 1980}", "order": f"25/{month}/{year}"}.get(defect,
                                                                                        row[4])
            if defect == "country":
                row[7] = "ATLANTIS"
            self.bad(row[0], {"date": "impossible date 02/30", "country": "unknown country",
                              "order": "day and month swapped (25 is no month)"}[defect])
        self.writer.writerow(row)


_EXPORTS = {"FRA": _France, "DEU": _Germany, "RUS": _Russia, "USA": _States}


def write_national_exports(plan: SynthPlan, folder: str | Path) -> dict[str, Path]:
    """Write the FRA, DEU, RUS and USA exports of ``plan`` (those among its countries).

    Returns the paths by country, plus ``"bad_rows"`` for the manifest of defects.

    Example::

        paths = write_national_exports(SynthPlan.demo(), "exports/")
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "bad_rows.csv", "w", encoding="utf-8", newline="") as manifest_file:
        manifest = csv.writer(manifest_file)
        manifest.writerow(("file", "reference", "defect"))
        exports = {c: cls(out, plan, manifest) for c, cls in _EXPORTS.items()
                   if c in plan.countries}
        for rec in iter_records(plan):
            export = exports.get(rec.owner)
            if export is not None:
                export.add(rec.id, rec.record)
        for export in exports.values():
            export.close()
    paths = {c: out / e.file for c, e in exports.items()}
    paths["bad_rows"] = out / "bad_rows.csv"
    return paths
