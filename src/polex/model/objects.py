"""Objects: travel documents, vehicles, firearms and artworks."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import Field, PrivateAttr, field_validator, model_validator

from polex.model.common import CountryCode, EnvelopeIn, PartialDateText, StrictModel
from polex.normalize.countries import normalize_document_country
from polex.normalize.documents import canonical_number

__all__ = ["Artwork", "DocumentType", "Firearm", "Plate", "TravelDocument", "Vehicle"]


class DocumentType(StrEnum):
    passport = "passport"
    identity_card = "identity_card"
    visa = "visa"
    other = "other"


class DocumentStatus(StrEnum):
    stolen = "stolen"
    lost = "lost"
    revoked = "revoked"
    invalidated = "invalidated"
    stolen_blank = "stolen_blank"


# ICAO 9303 document codes: the first letter says the kind of document.
_DOCUMENT_CODE_TYPES = {"P": "passport", "V": "visa", "I": "identity_card", "A": "identity_card",
                        "C": "identity_card"}


class WarnedModel(EnvelopeIn):
    """A record whose validation may leave warnings (accepted, but worth a look)."""

    _warnings: list[str] = PrivateAttr(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return self._warnings


class TravelDocument(WarnedModel):
    """A stolen, lost, revoked or invalidated passport, identity card or visa."""

    kind: Literal["travel_document"] = "travel_document"
    number: str | None = Field(default=None, max_length=40,
                               description="Canonical, never truncated")
    document_type: DocumentType | None = None
    issuing_country: str | None = Field(default=None, max_length=64,
                                        description="ISO or ICAO code")
    status: DocumentStatus = DocumentStatus.stolen
    holder_name: str | None = Field(default=None, max_length=300)
    holder_birth_date: PartialDateText | None = None
    holder_sex: str | None = Field(default=None, pattern="^[MFX]$")
    holder_nationality: str | None = Field(default=None, max_length=64)
    expiry_date: date | None = None
    mrz: str | None = Field(default=None, max_length=300, description="The MRZ lines as printed")

    @field_validator("number")
    @classmethod
    def _number(cls, value: str | None) -> str | None:
        return None if value is None else canonical_number(value)

    @field_validator("issuing_country", "holder_nationality")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return None if value is None else normalize_document_country(value)

    @field_validator("mrz")
    @classmethod
    def _mrz(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from polex.normalize.mrz import parse

        return "\n".join(parse(value).lines)

    @model_validator(mode="after")
    def _fill_from_mrz(self) -> TravelDocument:
        if self.mrz:
            self._apply_mrz()
        if not self.number:
            raise ValueError("a travel document needs 'number' or 'mrz'")
        if not self.issuing_country:
            raise ValueError("a travel document needs 'issuing_country' or 'mrz'")
        return self

    def _apply_mrz(self) -> None:
        from polex.normalize.mrz import parse

        data = parse(self.mrz or "")
        mrz_number = canonical_number(data.document_number)
        if self.number and self.number != mrz_number:
            raise ValueError(f"number {self.number!r} differs from the MRZ's {mrz_number!r}")
        self.number = mrz_number
        self.issuing_country = self.issuing_country or normalize_document_country(
            data.issuing_country
        )
        self.document_type = self.document_type or _DOCUMENT_CODE_TYPES.get(
            data.document_code[:1], DocumentType.other
        )
        holder = " ".join(p for p in (data.given_names, data.surname) if p)
        self.holder_name = self.holder_name or holder or None
        self.holder_birth_date = self.holder_birth_date or data.birth_date
        self.holder_sex = self.holder_sex or data.sex
        if data.nationality and not self.holder_nationality:
            self.holder_nationality = normalize_document_country(data.nationality)
        if data.expiry_date and not self.expiry_date:
            self.expiry_date = date.fromisoformat(data.expiry_date)
        self._warnings.extend(data.warnings)


class Plate(StrictModel):
    """A registration plate: the registering country and the number as canonical text."""

    country: CountryCode
    number: str = Field(min_length=1, max_length=20)

    @field_validator("number")
    @classmethod
    def _number(cls, value: str) -> str:
        return canonical_number(value)


class Vehicle(WarnedModel):
    """A stolen vehicle, known by its VIN and/or plates."""

    kind: Literal["vehicle"] = "vehicle"
    vin: str | None = Field(default=None, max_length=40)
    plates: list[Plate] = Field(default_factory=list, max_length=20)
    make: str | None = Field(default=None, max_length=100)
    model: str | None = Field(default=None, max_length=100)
    year: int | None = Field(default=None, ge=1886, le=2100)
    colour: str | None = Field(default=None, max_length=50)
    status: Literal["stolen"] = "stolen"

    @model_validator(mode="after")
    def _identify(self) -> Vehicle:
        if self.vin is not None:
            from polex.normalize.vehicles import check_vin, normalize_vin

            self.vin = normalize_vin(self.vin)
            self._warnings.extend(check_vin(self.vin))
        if not self.vin and not self.plates:
            raise ValueError("a vehicle needs a 'vin' or at least one entry in 'plates'")
        return self


class Firearm(EnvelopeIn):
    """A lost, stolen or trafficked firearm."""

    kind: Literal["firearm"] = "firearm"
    serial_number: str = Field(min_length=1, max_length=60)
    make: str | None = Field(default=None, max_length=100)
    model: str | None = Field(default=None, max_length=100)
    calibre: str | None = Field(default=None, max_length=50)
    firearm_type: str | None = Field(default=None, max_length=50)
    status: Literal["lost", "stolen", "trafficked"] = "stolen"

    @field_validator("serial_number")
    @classmethod
    def _serial(cls, value: str) -> str:
        return canonical_number(value)


class Artwork(EnvelopeIn):
    """A stolen work of art or cultural property."""

    kind: Literal["artwork"] = "artwork"
    title: str = Field(min_length=1, max_length=500)
    artist: str | None = Field(default=None, max_length=300)
    period: str | None = Field(default=None, max_length=100)
    materials: str | None = Field(default=None, max_length=300)
    dimensions: str | None = Field(default=None, max_length=100)
    description: str | None = Field(default=None, max_length=5000)
    images: list[str] = Field(default_factory=list, max_length=20)
    status: Literal["stolen"] = "stolen"
