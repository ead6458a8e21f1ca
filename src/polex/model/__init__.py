"""The canonical records: one pydantic model per kind, one envelope for all.

Owns the shapes every input becomes and every output derives from, and their JSON
Schema. Imports only ``polex.normalize`` and ``polex.errors``.
"""

from polex.model.common import Kind, RecordStatus, Sharing, SharingMode
from polex.model.records import (
    RECORD_MODELS,
    RecordIn,
    json_schema,
    parse_record,
)

__all__ = [
    "RECORD_MODELS",
    "Kind",
    "RecordIn",
    "RecordStatus",
    "Sharing",
    "SharingMode",
    "json_schema",
    "parse_record",
]
