"""Selectors (the cyber and financial traces of a case) and links between records."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field, model_validator

from polex.model.common import EnvelopeIn

__all__ = ["Link", "LinkType", "Selector", "SelectorType"]


class SelectorType(StrEnum):
    email = "email"
    phone = "phone"
    ip = "ip"
    domain = "domain"
    url = "url"
    crypto = "crypto"
    iban = "iban"
    imei = "imei"
    social_handle = "social_handle"


class Selector(EnvelopeIn):
    """An e-mail address, phone, IP, domain, URL, crypto address, IBAN, IMEI or handle."""

    kind: Literal["selector"] = "selector"
    selector_type: SelectorType
    value: str = Field(min_length=1, max_length=500, description="As the owner recorded it")
    normalized: str | None = Field(default=None, description="Canonical form, made by the hub")

    @model_validator(mode="after")
    def _normalize(self) -> Selector:
        from polex.normalize.selectors import normalize_selector

        self.normalized = normalize_selector(str(self.selector_type), self.value)
        return self


class LinkType(StrEnum):
    holder_of = "holder_of"
    owner_of = "owner_of"
    associate = "associate"
    family = "family"
    member_of = "member_of"
    used_selector = "used_selector"
    appears_in = "appears_in"
    concerns_case = "concerns_case"


class Link(EnvelopeIn):
    """A typed, directed link from one record to another (both by hub id)."""

    kind: Literal["link"] = "link"
    link_type: LinkType
    from_record: str = Field(min_length=1, max_length=64)
    to_record: str = Field(min_length=1, max_length=64)
    note: str | None = Field(default=None, max_length=1000)

    @model_validator(mode="after")
    def _not_to_itself(self) -> Link:
        if self.from_record == self.to_record:
            raise ValueError("a link cannot go from a record to itself")
        return self
