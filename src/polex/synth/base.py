"""Shared pieces of the generators: hub ids, template filling, the record envelope."""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta
from typing import Any

__all__ = ["Envelopes", "fill", "hub_id", "kind_rng"]

_DIGITS = "0123456789"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ALNUM = _LETTERS + _DIGITS
_GERMAN = "CFGHJKLMNPRTVWXYZ0123456789"
_CYRILLIC_PLATE = "АВЕКМНОРСТУХ"
_SLOTS = {"9": _DIGITS, "@": _LETTERS, "#": _ALNUM, "%": _GERMAN, "&": _CYRILLIC_PLATE}


def hub_id(seed: int, kind: str, index: int) -> str:
    """The hub id (a version-4-shaped UUID) of the ``index``-th record of ``kind``."""
    raw = bytearray(hashlib.blake2b(f"{seed}:{kind}:{index}".encode(), digest_size=16).digest())
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def kind_rng(seed: int, stream: str) -> random.Random:
    """An independent random stream per kind, so one kind's count never shifts another's."""
    return random.Random(f"polex-synth:{seed}:{stream}")


def fill(rng: random.Random, template: str) -> str:
    """Fill a template (``9`` digit, ``@`` letter, ``#`` alphanumeric, …) with random characters."""
    choice = rng.choice
    return "".join(choice(_SLOTS[c]) if c in _SLOTS else c for c in template)


class Envelopes:
    """Makes the envelope fields: status, review date, sharing restrictions."""

    def __init__(self, rng: random.Random, countries: tuple[str, ...], today: date) -> None:
        self.rng = rng
        self.countries = countries
        self.today = today

    def __call__(
        self, owner: str, source_id: str, legal_basis: str | None = None
    ) -> dict[str, Any]:
        """The envelope of one record of ``owner``; kind-specific fields are added by the caller."""
        r = self.rng.random()
        status = "active" if r < 0.965 else "cancelled" if r < 0.985 else "expired"
        return {
            "source_id": source_id,
            "record_status": status,
            "review_date": self._review_date(),
            "legal_basis": legal_basis,
            "sharing": self.sharing(owner),
        }

    def _review_date(self) -> str:
        rng = self.rng
        if rng.random() < 0.03:  # overdue: the owner forgot to review it
            return (self.today - timedelta(days=rng.randint(1, 700))).isoformat()
        return (self.today + timedelta(days=rng.randint(30, 1800))).isoformat()

    def sharing(self, owner: str) -> dict[str, Any]:
        """Most records go to all members; some to listed countries only, some to all but some."""
        rng = self.rng
        r = rng.random()
        frontline = rng.random() >= 0.06
        if r < 0.82 or len(self.countries) < 3:
            return {"mode": "all", "countries": [], "frontline": frontline}
        others = [c for c in self.countries if c != owner]
        chosen = sorted(set(rng.sample(others, min(len(others), rng.randint(1, 5)))))
        mode = "only" if r < 0.91 else "except"
        return {"mode": mode, "countries": chosen, "frontline": frontline}


def past_date(rng: random.Random, today: date, min_days: int, max_days: int) -> date:
    """A day between ``max_days`` and ``min_days`` before ``today``."""
    return today - timedelta(days=rng.randint(min_days, max_days))
