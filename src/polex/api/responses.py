"""The search endpoints' JSON response: serialised once, by orjson, with no model pass.

FastAPI otherwise walks a returned dict twice (``jsonable_encoder``, then a validating
serialiser) before encoding it: for a person search answering ten explained hits with
their records, that costs more than the search's database reads.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.responses import Response

__all__ = ["FastJSON"]


class FastJSON(Response):
    """``application/json`` of a plain structure of dicts, lists, strings, numbers, dates."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        """The body: orjson's UTF-8 encoding (dates and datetimes as ISO 8601)."""
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)
