"""What every record shares: its kind, status, sharing restrictions and envelope fields."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from polex.normalize.countries import normalize_country
from polex.normalize.dates import parse_partial_date

__all__ = [
    "CountryCode",
    "Kind",
    "PartialDateText",
    "RecordStatus",
    "Sharing",
    "SharingMode",
    "StrictModel",
]


class Kind(StrEnum):
    """The kinds of record the hub keeps."""

    person = "person"
    travel_document = "travel_document"
    vehicle = "vehicle"
    firearm = "firearm"
    artwork = "artwork"
    selector = "selector"
    link = "link"
    image_item = "image_item"


class RecordStatus(StrEnum):
    """Whether a record is in force. Only active records produce hits for others."""

    active = "active"
    cancelled = "cancelled"
    expired = "expired"


class SharingMode(StrEnum):
    """Which member countries see a record: all, only those listed, or all but those."""

    all = "all"
    only = "only"
    except_ = "except"  # noqa: RUF100 - "except" is a keyword


class StrictModel(BaseModel):
    """Base of input models: unknown fields are an error, strings are trimmed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, use_enum_values=True)


def _country(value: str) -> str:
    return normalize_country(value)


def _partial_date(value: str) -> str:
    return parse_partial_date(value).iso


CountryCode = Annotated[str, Field(min_length=1, max_length=64), AfterValidator(_country)]
"""A member country, given as any ISO 3166 code or name; stored as alpha-3."""

PartialDateText = Annotated[
    str, Field(min_length=4, max_length=10, examples=["1974", "1974-08", "1974-08-12"]),
    AfterValidator(_partial_date),
]
"""A date known to the year, month or day, in ISO 8601 form."""


class Sharing(StrictModel):
    """The owner's restrictions: who may see the record, and whether frontline users may hit it."""

    mode: SharingMode = SharingMode.all
    countries: list[CountryCode] = Field(default_factory=list, max_length=250)
    frontline: bool = True

    @field_validator("countries")
    @classmethod
    def _unique_sorted(cls, value: list[str]) -> list[str]:
        return sorted(set(value))

    @model_validator(mode="after")
    def _countries_for_lists(self) -> Sharing:
        if self.mode != SharingMode.all and not self.countries:
            raise ValueError(f"mode '{self.mode}' needs at least one country in 'countries'")
        return self


class EnvelopeIn(StrictModel):
    """The envelope fields a client sets; the hub sets id, owner, version and times."""

    source_id: str = Field(
        min_length=1, max_length=200, description="The owner's own reference, unique per owner"
    )
    record_status: RecordStatus = RecordStatus.active
    review_date: date | None = Field(
        default=None, description="When the owner must review the record; past it, no hits"
    )
    legal_basis: str | None = Field(default=None, max_length=2000)
    sharing: Sharing = Field(default_factory=Sharing)
