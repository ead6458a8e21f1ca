"""Travel documents: numbers in each country's format, MRZs with valid check digits, blanks.

Stolen blanks come in runs of consecutive numbers, as they are stolen by the box.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from polex.normalize.mrz import compose_td1, compose_td3
from polex.synth.base import Envelopes, fill, kind_rng
from polex.synth.entities import Entity, pick
from polex.synth.namebank import bank
from polex.synth.plan import SynthPlan
from polex.synth.profiles import PROFILES

__all__ = ["DocumentMaker", "national_id"]

_STATUSES = ["stolen", "lost", "revoked", "invalidated", "stolen_blank"]
_STATUS_WEIGHTS = [45, 38, 6, 4, 7]
_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
# Districts whose codes predate every birth year (stdnum checks that, as real validators do).
_CHN_AREAS = ("110101", "110102", "110105", "110108", "310101", "310104", "310106", "120101")


def _chn_resident_id(rng: random.Random, born: date, sex: str) -> str:
    seq = rng.randrange(0, 500) * 2 + (1 if sex == "M" else 0)  # odd for men (GB 11643)
    body = f"{rng.choice(_CHN_AREAS)}{born:%Y%m%d}{seq:03d}"
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(body))
    check = (12 - total % 11) % 11  # ISO 7064 MOD 11-2
    return body + ("X" if check == 10 else str(check))


def _tur_identity(rng: random.Random) -> str:
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def national_id(rng: random.Random, e: Entity) -> tuple[str | None, str | None]:
    """A national identity number with valid check characters, where we know the scheme."""
    if e.country == "ESP":
        n = rng.randint(10_000_000, 99_999_999)
        return f"{n}{_DNI_LETTERS[n % 23]}", "DNI"
    if e.country == "CHN":
        return _chn_resident_id(rng, e.dob, e.sex), "resident identity number"
    if e.country == "TUR":
        return _tur_identity(rng), "T.C. Kimlik No"
    return None, None


class DocumentMaker:
    """Makes travel document records, with or without a known holder."""

    def __init__(self, plan: SynthPlan, stream: str = "travel_document") -> None:
        self.plan = plan
        self.rng = kind_rng(plan.seed, stream)
        self.envelopes = Envelopes(self.rng, plan.countries, plan.today)
        self.all_countries = tuple(PROFILES)
        self._blank_run: tuple[str, str, int] | None = None  # owner, base number, left

    def number(self, country: str, doc_type: str, born: date | None, sex: str | None) -> str:
        """A document number in the issuing country's format (12 or 18 characters for some)."""
        prof = PROFILES[country]
        templates = prof.id_cards if doc_type == "identity_card" else prof.passports
        template = self.rng.choice(templates)
        if template == "CNID":
            return _chn_resident_id(self.rng, born or date(1980, 1, 1), sex or "M")
        if doc_type == "visa":
            template = "@9999999"
        return fill(self.rng, template)

    def for_holder(self, index: int, owner: str, e: Entity) -> dict[str, Any]:
        """A lost or stolen document of a person the hub knows (the holder_of link's target)."""
        issuing = e.nationalities[0] if e.nationalities else e.country
        if issuing not in PROFILES:
            issuing = e.country
        given = e.given.form(1) if issuing == e.country else e.given.roman[0]
        family = e.family.form(1)
        return self._record(index, owner, issuing, (e.sex, given, family, e.dob),
                            status=self.rng.choice(("stolen", "lost", "stolen", "revoked")))

    def standalone(self, index: int) -> dict[str, Any]:
        """A document of someone the hub knows nothing else about, or a stolen blank."""
        rng = self.rng
        if self._blank_run is not None:
            return self._next_blank(index)
        owner = rng.choice(self.plan.countries)
        issuing = owner if rng.random() < 0.75 else rng.choice(self.all_countries)
        status = rng.choices(_STATUSES, _STATUS_WEIGHTS)[0]
        if status == "stolen_blank":
            record = self._record(index, owner, issuing, None, status=status)
            self._blank_run = (owner, record["number"], rng.randint(0, 40))
            record["document_type"] = "passport"
            return record
        names = bank(issuing)
        sex = "M" if rng.random() < 0.55 else "F"
        given = pick(rng, names.male if sex == "M" else names.female).form(1)
        family = pick(rng, names.family if sex == "M" else names.family_female).form(1)
        born = self.plan.today - timedelta(days=rng.randint(1 * 365, 85 * 365))
        return self._record(index, owner, issuing, (sex, given, family, born),
                            status=status)

    def _next_blank(self, index: int) -> dict[str, Any]:
        owner, base, left = self._blank_run or ("", "", 0)
        head, tail = base[:-4], base[-4:]
        number = head + f"{(int(tail) + 1) % 10000:04d}" if tail.isdigit() else base + "1"
        self._blank_run = (owner, number, left - 1) if left > 1 else None
        record = self.envelopes(owner, f"{owner}-TD-{index:09d}")
        record.update(kind="travel_document", number=number, document_type="passport",
                      issuing_country=owner, status="stolen_blank", holder_name=None,
                      holder_birth_date=None, holder_sex=None, holder_nationality=None,
                      expiry_date=None, mrz=None)
        return record

    def _record(self, index: int, owner: str, issuing: str,
                holder: tuple[str, str, str, date] | None, *, status: str) -> dict[str, Any]:
        rng = self.rng
        r = rng.random()
        doc_type = "passport" if r < 0.62 else "identity_card" if r < 0.97 else "visa"
        sex, given, family, born = holder if holder else (None, "", "", None)
        number = self.number(issuing, doc_type, born, sex)
        issued = self.plan.today - timedelta(days=rng.randint(0, 12 * 365))
        expiry = issued.replace(day=min(issued.day, 28)).replace(
            year=issued.year + (10 if doc_type != "visa" else 1))
        record = self.envelopes(owner, f"{owner}-TD-{index:09d}")
        record.update(kind="travel_document", number=number, document_type=doc_type,
                      issuing_country=issuing, status=status, holder_name=None,
                      holder_birth_date=None, holder_sex=None, holder_nationality=None,
                      expiry_date=expiry.isoformat() if holder or rng.random() < 0.3 else None,
                      mrz=None)
        if holder is None:
            return record
        record["holder_name"] = self._holder_name(given, family)
        record["holder_birth_date"] = self._birth(born) if born else None
        record["holder_sex"] = sex
        record["holder_nationality"] = issuing
        if doc_type != "visa" and born and len(record["holder_birth_date"] or "") == 10 and (
            rng.random() < 0.45 and (doc_type == "identity_card" or len(number) <= 9)
        ):
            record["mrz"] = self._mrz(doc_type, number, issuing, given, family, born, sex, expiry)
        return record

    def _holder_name(self, given: str, family: str) -> str:
        r = self.rng.random()
        if r < 0.5:
            return f"{given} {family}"
        if r < 0.8:
            return f"{family.upper()} {given}"
        return f"{given} {family}".upper()

    def _birth(self, born: date) -> str:
        r = self.rng.random()
        if r < 0.06:
            return f"{born.year}"
        if r < 0.1:
            return f"{born.year}-{born.month:02d}"
        return born.isoformat()

    @staticmethod
    def _mrz(doc_type: str, number: str, issuing: str, given: str, family: str, born: date,
             sex: str | None, expiry: date) -> str:
        icao = PROFILES[issuing].icao
        fields = dict(surname=family, given_names=given, document_number=number,
                      issuing_country=icao, nationality=icao, birth_date=born, sex=sex,
                      expiry_date=expiry)
        if doc_type == "passport":
            return compose_td3(document_code="P", **fields)
        return compose_td1(document_code="ID", **fields)

