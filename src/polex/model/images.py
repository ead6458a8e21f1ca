"""Known image material: a perceptual hash and digests with what is known of the image.

The hub keeps hashes and metadata, never the picture. An item may come from an image file
(all fields) or from a hash list exchanged between agencies (some digests only).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from polex.model.common import EnvelopeIn

__all__ = ["ImageItem"]


class ImageItem(EnvelopeIn):
    """A known image: PDQ hash and quality, SHA-256 and MD5, series, case, victim status."""

    kind: Literal["image_item"] = "image_item"
    pdq: str | None = Field(default=None, description="PDQ hash, 64 hex digits (256 bits)")
    quality: int | None = Field(default=None, ge=0, le=100, description="PDQ quality 0–100")
    sha256: str | None = Field(default=None, description="SHA-256 of the file, 64 hex digits")
    md5: str | None = Field(default=None, description="MD5 of the file, 32 hex digits")
    series: str | None = Field(default=None, max_length=200)
    case: str | None = Field(default=None, max_length=200)
    category: str | None = Field(default=None, max_length=100,
                                 description="The owner's categorisation")
    victim_status: Literal["unidentified", "identified"] | None = None
    notes: str | None = Field(default=None, max_length=2000)

    @field_validator("pdq", "sha256", "md5")
    @classmethod
    def _hex(cls, value: str | None, info: object) -> str | None:
        if value is None:
            return None
        text = value.strip().lower()
        size = {"pdq": 64, "sha256": 64, "md5": 32}[info.field_name]  # type: ignore[attr-defined]
        if len(text) != size or any(c not in "0123456789abcdef" for c in text):
            raise ValueError(f"must be {size} hexadecimal digits")
        return text

    @model_validator(mode="after")
    def _some_hash(self) -> ImageItem:
        if not (self.pdq or self.sha256 or self.md5):
            raise ValueError("an image item needs at least one of 'pdq', 'sha256', 'md5'")
        return self
