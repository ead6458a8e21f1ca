"""Search: persons, documents, vehicles, firearms, selectors, free text, screening, compare.

The endpoints are ``async def`` and hand the search itself to the service threads
(``polex.api.threads``): searches are the hub's bulk traffic, and that hand-over costs
less per request than FastAPI's for a ``def`` endpoint. A single search is ``quick``: on a
SQLite store it runs on the event loop itself; a manifest keeps to the threads.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field
from starlette.responses import Response

from polex.api.deps import Asker, Asking
from polex.api.lane import LaneRoute, NotLaned, Params
from polex.api.responses import FastJSON
from polex.api.threads import in_thread, quick
from polex.errors import InvalidInput
from polex.normalize.countries import normalize_document_country
from polex.search.identifiers import SELECTOR_TYPES

router = APIRouter(prefix="/api/v1", tags=["search"])
# The longest values the look-ups take: declared to FastAPI here, and taken by the search
# lane's adapters below with the same limits.
TEXT, COUNTRY, VIN, PLATE, SELECTOR_VALUE = 100, 64, 40, 20, 500
Text = Annotated[str, Query(min_length=1, max_length=TEXT)]


class PersonSearch(BaseModel):
    name: str = Field(min_length=1, max_length=300, examples=["Mukhammed Aliev"])
    birth_date: str | None = Field(None, max_length=10, examples=["1974-08"])
    nationality: str | None = Field(None, max_length=64)
    sex: str | None = Field(None, max_length=10)
    limit: int = Field(10, ge=1, le=100)


class TextSearch(BaseModel):
    q: str = Field(min_length=1, max_length=500, examples=["L898902C3", "محمد علي 1974"])
    limit: int = Field(10, ge=1, le=100)


class Manifest(BaseModel):
    travellers: list[Any] = Field(min_length=1, max_length=1000)


class Comparison(BaseModel):
    a: dict[str, Any]
    b: dict[str, Any]


@router.post("/search/persons")
async def search_persons(request: Request, asking: Asker, body: PersonSearch) -> FastJSON:
    """Ranked person hits: any script, any romanisation, either order; each explained.

    Example: ``{"name": "Мухаммед Алиев", "birth_date": "1974", "nationality": "RUS"}``
    """
    from polex.search.query import person_query

    def search() -> Any:
        query = person_query(body.name, body.birth_date, body.nationality, body.sex)
        return asking.hub.search.persons(asking.caller, query, limit=body.limit,
                                         purpose=asking.purpose)

    return FastJSON(await quick(request, search))


@router.get("/search/documents")
async def search_documents(request: Request, asking: Asker, number: Text,
                           country: Annotated[str | None, Query(max_length=COUNTRY)] = None
                           ) -> FastJSON:
    """Is this travel document reported? Forgives O/0, I/1, S/5, B/8, spaces and dashes."""
    search = asking.hub.search
    return FastJSON(await quick(request, search.identifier, asking.caller, "doc", number,
                                country=_country(country), purpose=asking.purpose))


@router.get("/search/vehicles")
async def search_vehicles(request: Request, asking: Asker,
                          vin: Annotated[str | None, Query(max_length=VIN)] = None,
                          plate: Annotated[str | None, Query(max_length=PLATE)] = None
                          ) -> FastJSON:
    """Is this vehicle reported stolen? By ``vin`` or by ``plate``."""
    if bool(vin) == bool(plate):
        raise InvalidInput.field("vin", "give either vin or plate")
    kind, value = ("vin", vin) if vin else ("plate", plate)
    search = asking.hub.search
    return FastJSON(await quick(request, search.identifier, asking.caller, kind, value or "",
                                purpose=asking.purpose))


@router.get("/search/firearms")
async def search_firearms(request: Request, asking: Asker, serial: Text) -> FastJSON:
    """Is this firearm reported? By serial number."""
    search = asking.hub.search
    return FastJSON(await quick(request, search.identifier, asking.caller, "serial", serial,
                                purpose=asking.purpose))


@router.get("/search/selectors")
async def search_selectors(
    request: Request, asking: Asker,
    type: Annotated[str, Query(pattern="^(" + "|".join(SELECTOR_TYPES) + ")$")],
    value: Annotated[str, Query(min_length=1, max_length=SELECTOR_VALUE)],
) -> FastJSON:
    """Records of a phone, e-mail, IBAN, crypto address, IP… by its normalised value."""
    search = asking.hub.search
    return FastJSON(await quick(request, search.identifier, asking.caller, f"sel:{type}",
                                value, purpose=asking.purpose))


@router.post("/search")
async def search_text(request: Request, asking: Asker, body: TextSearch) -> FastJSON:
    """Search whatever was typed: an MRZ, a document number, a VIN, a phone, an e-mail, an
    IBAN, a crypto address, an IP, or a name with a date; ``read_as`` says how it was read."""
    return FastJSON(await quick(request, asking.hub.search.text, asking.caller, body.q,
                                limit=body.limit, purpose=asking.purpose))


@router.post("/screen")
async def screen(request: Request, asking: Asker, body: Manifest) -> FastJSON:
    """Screen a passenger list: per traveller (``name``, ``birth_date``, ``nationality``,
    ``sex``, ``document_number``, ``document_country``, ``reference``) the hits and action."""
    # Up to 1,000 travellers, ~180 ms for 500: on a thread, never holding the event loop.
    return FastJSON(await in_thread(request, asking.hub.search.screen, asking.caller,
                                    body.travellers, purpose=asking.purpose))


@router.post("/compare")
async def compare(request: Request, asking: Asker, body: Comparison) -> FastJSON:
    """Compare two person descriptions: ``{"score", "explanation"}`` as a search gives."""
    return FastJSON(await quick(request, asking.hub.search.compare, asking.caller, body.a,
                                body.b))


def _country(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return normalize_document_country(value)
    except ValueError as exc:
        raise InvalidInput.field("country", str(exc)) from None


# -- the search lane (``polex.api.lane``): the same endpoints, called without the routing --
# Each takes its parameters as declared above (``Params`` hands anything doubtful back to
# the framework, which answers it with its 4xx).

async def _persons(request: Request, asking: Asking, params: Params) -> Response:
    return await search_persons(request, asking, params.model(PersonSearch))


async def _documents(request: Request, asking: Asking, params: Params) -> Response:
    return await search_documents(request, asking, params.text("number", TEXT),
                                  params.optional("country", COUNTRY))


async def _vehicles(request: Request, asking: Asking, params: Params) -> Response:
    return await search_vehicles(request, asking, params.optional("vin", VIN),
                                 params.optional("plate", PLATE))


async def _firearms(request: Request, asking: Asking, params: Params) -> Response:
    return await search_firearms(request, asking, params.text("serial", TEXT))


async def _selectors(request: Request, asking: Asking, params: Params) -> Response:
    kind = params.text("type", TEXT)
    if kind not in SELECTOR_TYPES:
        raise NotLaned("type")
    return await search_selectors(request, asking, kind, params.text("value", SELECTOR_VALUE))


async def _text(request: Request, asking: Asking, params: Params) -> Response:
    return await search_text(request, asking, params.model(TextSearch))


LANE = [
    LaneRoute("POST", f"{router.prefix}/search/persons", _persons),
    LaneRoute("GET", f"{router.prefix}/search/documents", _documents),
    LaneRoute("GET", f"{router.prefix}/search/vehicles", _vehicles),
    LaneRoute("GET", f"{router.prefix}/search/firearms", _firearms),
    LaneRoute("GET", f"{router.prefix}/search/selectors", _selectors),
    LaneRoute("POST", f"{router.prefix}/search", _text),
]
