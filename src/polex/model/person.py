"""Persons: names in any script, partial dates of birth, nationalities, notices."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import Field, field_validator, model_validator

from polex.model.common import CountryCode, EnvelopeIn, PartialDateText, StrictModel
from polex.normalize.names import detect_script, romanize

__all__ = ["IdentityNumber", "Name", "NameType", "Notice", "NoticeType", "Person", "normalize_sex"]


class NameType(StrEnum):
    primary = "primary"
    alias = "alias"
    birth = "birth"


class Name(StrictModel):
    """One name of a person as written, with its script, parts and a Latin romanisation."""

    full: str = Field(min_length=1, max_length=300, examples=["Мухаммед Алиев"])
    type: NameType = NameType.primary
    script: str | None = Field(
        default=None, pattern=r"^[A-Z][a-z]{3}$", description="ISO 15924; detected if absent"
    )
    given: str | None = Field(default=None, max_length=200)
    middle: str | None = Field(default=None, max_length=200)
    family: str | None = Field(default=None, max_length=200)
    patronymic: str | None = Field(default=None, max_length=200)
    latin: str | None = Field(
        default=None, max_length=600, description="Romanisation made by the hub"
    )

    @model_validator(mode="after")
    def _derive_script_and_latin(self) -> Name:
        if self.script is None:
            self.script = detect_script(self.full)
        self.latin = romanize(self.full)
        return self


class NoticeType(StrEnum):
    wanted = "wanted"
    missing = "missing"
    identity_inquiry = "identity_inquiry"
    unidentified_body = "unidentified_body"
    warning = "warning"
    imminent_threat = "imminent_threat"
    modus_operandi = "modus_operandi"
    sanctions = "sanctions"


class Notice(StrictModel):
    """A notice on a person: what is requested of other countries, for which offences."""

    type: NoticeType
    reference: str | None = Field(default=None, max_length=100)
    requested_action: str | None = Field(default=None, max_length=500)
    offences: list[str] = Field(default_factory=list, max_length=50)
    valid_from: date | None = None
    valid_until: date | None = None

    @model_validator(mode="after")
    def _valid_range(self) -> Notice:
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValueError("valid_until is before valid_from")
        return self


class IdentityNumber(StrictModel):
    """A national identity number, tax number or the like."""

    number: str = Field(min_length=1, max_length=100)
    type: str | None = Field(default=None, max_length=50)
    country: CountryCode | None = None


_SEX_WORDS = {
    "m": "M", "male": "M", "man": "M", "h": "M", "homme": "M", "masculin": "M",
    "f": "F", "female": "F", "woman": "F", "femme": "F", "féminin": "F", "w": "F",
    "x": "X", "<": "X", "other": "X", "unspecified": "X", "diverse": "X",
    "u": None, "unknown": None, "": None,
}


def normalize_sex(value: str | None) -> str | None:
    """``M``, ``F``, ``X`` (unspecified, as in ICAO 9303) or None for unknown."""
    if value is None:
        return None
    key = str(value).strip().lower()
    if key not in _SEX_WORDS:
        raise ValueError(f"{value!r} is not a sex (use M, F, X or unknown)")
    return _SEX_WORDS[key]


class Person(EnvelopeIn):
    """A person the owner records: wanted, missing, unidentified, or of interest."""

    kind: Literal["person"] = "person"
    names: list[Name] = Field(min_length=1, max_length=50)
    sex: str | None = Field(default=None, description="M, F, X or null")
    birth_dates: list[PartialDateText] = Field(default_factory=list, max_length=10)
    place_of_birth: str | None = Field(default=None, max_length=200)
    nationalities: list[CountryCode] = Field(default_factory=list, max_length=10)
    identity_numbers: list[IdentityNumber] = Field(default_factory=list, max_length=20)
    marks: list[str] = Field(default_factory=list, max_length=20)
    notices: list[Notice] = Field(default_factory=list, max_length=20)

    @field_validator("sex", mode="before")
    @classmethod
    def _sex(cls, value: str | None) -> str | None:
        return normalize_sex(value)

    @field_validator("nationalities")
    @classmethod
    def _unique_nationalities(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(value))
