"""Selectors: phones (E.164), e-mails, IBANs, IMEIs, IP addresses, crypto addresses, handles.

Every value is valid for its kind: phone numbers follow the country's mobile plan, IBANs
carry mod-97 check digits, IMEIs a Luhn digit, Bitcoin addresses a base58check or bech32
checksum, Ethereum addresses the EIP-55 case checksum. E-mail addresses, domains and URLs
use the reserved ``.example`` top-level domain so that none can belong to a real person.
"""

from __future__ import annotations

import random
from typing import Any

from polex.normalize.names import romanize
from polex.synth.base import Envelopes, fill, kind_rng
from polex.synth.checks import (
    bech32_address,
    btc_p2pkh_address,
    eip55_address,
    iban_with_check,
    luhn_digit,
)
from polex.synth.entities import Entity, pick
from polex.synth.namebank import bank
from polex.synth.plan import SynthPlan
from polex.synth.profiles import PROFILES

__all__ = ["SelectorMaker", "iban_bban"]

_TYPES = ("phone", "email", "iban", "imei", "ip", "crypto", "domain", "url", "social_handle")
_WEIGHTS = (34, 24, 10, 8, 8, 7, 3, 3, 3)
_PROVIDERS = ("mail", "inbox", "post", "webmail", "securemail", "fastmail")
_WORDS = ("secure", "pay", "crypto", "trade", "bank", "login", "verify", "shop", "cargo",
          "visa", "express", "market", "wallet", "support")
_TACS = ("35332509", "35875905", "86769703", "35391610", "01326300", "86234104", "35925706")
_STRUCT_SLOTS = {"n": "9", "a": "@", "c": "#"}


def iban_bban(rng: random.Random, structure: str) -> str:
    """A random BBAN for an IBAN registry structure such as ``5!n5!n11!c2!n``."""
    out, number = [], ""
    for char in structure:
        if char.isdigit():
            number += char
        elif char in _STRUCT_SLOTS:
            out.append(fill(rng, _STRUCT_SLOTS[char] * int(number)))
            number = ""
    return "".join(out)


def _normalizer() -> Any:
    try:
        from polex.normalize.selectors import normalize_selector
    except ImportError:  # the normaliser is being written; records then lack ``normalized``
        return lambda kind, value: None
    return normalize_selector


class SelectorMaker:
    """Makes selector records, for a known person or for nobody in particular."""

    def __init__(self, plan: SynthPlan, stream: str = "selector") -> None:
        self.plan = plan
        self.rng = kind_rng(plan.seed, stream)
        self.envelopes = Envelopes(self.rng, plan.countries, plan.today)
        self.normalize = _normalizer()

    def make(self, index: int, owner: str | None = None, e: Entity | None = None) -> dict[str, Any]:
        rng = self.rng
        owner = owner or rng.choice(self.plan.countries)
        kind = rng.choices(_TYPES, _WEIGHTS)[0]
        country = e.country if e and rng.random() < 0.7 else owner
        if kind == "iban" and PROFILES[country].iban is None:
            kind = "phone"
        value = getattr(self, kind)(country, e)
        record = self.envelopes(owner, f"{owner}-S-{index:08d}")
        record.update(kind="selector", selector_type=kind, value=value,
                      normalized=self.normalize(kind, value))
        return record

    def phone(self, country: str, e: Entity | None) -> str:
        prof = PROFILES[country]
        prefix = self.rng.choice(prof.mobiles)
        nsn = prefix + fill(self.rng, "9" * (prof.mobile_len - len(prefix)))
        r = self.rng.random()
        if r < 0.6:
            return f"+{prof.phone_cc}{nsn}"
        if r < 0.85:
            return f"+{prof.phone_cc} {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        return f"00{prof.phone_cc}{nsn}"

    def _local_part(self, country: str, e: Entity | None) -> str:
        rng = self.rng
        if e is not None:
            given, family = e.given.form(1), e.family.form(1)
        else:
            names = bank(country)
            given = pick(rng, rng.choice((names.male, names.female))).form(1)
            family = pick(rng, names.family).form(1)
        given, family = (romanize(given).replace(" ", ""), romanize(family).replace(" ", ""))
        family = "".join(c for c in family if c.isalnum())
        given = "".join(c for c in given if c.isalnum())
        sep = rng.choice((".", "_", ""))
        tail = str(rng.randint(1, 99)) if rng.random() < 0.3 else str(rng.randint(1960, 2008))
        return f"{given}{sep}{family}{tail}" if rng.random() < 0.7 else f"{given[0]}{family}{tail}"

    def email(self, country: str, e: Entity | None) -> str:
        provider = self.rng.choice(_PROVIDERS)
        domain = f"{provider}-{PROFILES[country].alpha2.lower()}.example"
        return f"{self._local_part(country, e)}@{domain}"

    def iban(self, country: str, e: Entity | None) -> str:
        prof = PROFILES[country]
        compact = iban_with_check(prof.alpha2, iban_bban(self.rng, prof.iban or ""))
        if self.rng.random() < 0.4:
            return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
        return compact

    def imei(self, country: str, e: Entity | None) -> str:
        body = self.rng.choice(_TACS) + fill(self.rng, "999999")
        return body + luhn_digit(body)

    def ip(self, country: str, e: Entity | None) -> str:
        rng = self.rng
        if rng.random() < 0.15:
            groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(5)]
            return "2a02:" + ":".join(groups) + "::1"
        first = rng.choice((31, 37, 46, 62, 77, 78, 80, 85, 91, 95, 109, 176, 185, 188, 212))
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"

    def crypto(self, country: str, e: Entity | None) -> str:
        payload = self.rng.randbytes(20)
        r = self.rng.random()
        if r < 0.4:
            return btc_p2pkh_address(payload)
        if r < 0.7:
            return bech32_address(payload)
        return eip55_address(payload)

    def domain(self, country: str, e: Entity | None) -> str:
        rng = self.rng
        return f"{rng.choice(_WORDS)}-{rng.choice(_WORDS)}{rng.randint(1, 99)}.example"

    def url(self, country: str, e: Entity | None) -> str:
        path = self.rng.choice(("login", "pay", "account/verify", "shop/item", "files"))
        return f"https://{self.domain(country, e)}/{path}?id={self.rng.randint(1000, 99999)}"

    def social_handle(self, country: str, e: Entity | None) -> str:
        return "@" + self._local_part(country, e)
