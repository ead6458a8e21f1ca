"""Every error leaves the API as RFC 9457 problem details naming the field and reason."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from polex.api.limits import SECURITY_HEADERS, BodyTooLarge
from polex.errors import FieldError, PolexError
from polex.model.records import dotted_path

__all__ = ["install_error_handlers", "internal_error", "problem_response"]

log = logging.getLogger("polex.api")
PROBLEM = "application/problem+json"


def problem_response(error: PolexError, request: Request) -> JSONResponse:
    """The problem+json response for a polex error."""
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
    return JSONResponse(error.problem(request.url.path), error.status, headers=headers,
                        media_type=PROBLEM)


def install_error_handlers(app: FastAPI) -> None:
    """Map polex errors, request validation, HTTP errors and crashes to problem details."""

    @app.exception_handler(PolexError)
    async def _polex(request: Request, exc: PolexError) -> JSONResponse:
        return problem_response(exc, request)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return problem_response(_from_validation(exc.errors()), request)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if isinstance(exc.__cause__, BodyTooLarge):  # FastAPI wraps it while parsing a body
            return problem_response(exc.__cause__.error, request)
        title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "Error")
        return problem_response(PolexError(str(exc.detail), exc.status_code, title), request)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        return internal_error(request)


def internal_error(request: Request) -> JSONResponse:
    """Log the exception being handled, and answer 500 without its details (with the
    security headers: the crash handler answers outside the middleware that adds them)."""
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    error = PolexError("The hub failed to handle this request; it has been logged", 500,
                       "Internal error")
    response = problem_response(error, request)
    response.raw_headers.extend(SECURITY_HEADERS)
    return response


def _from_validation(errors: Any) -> PolexError:
    for err in errors:
        if err.get("type") == "json_invalid":
            where = err.get("ctx", {}).get("error", "")
            return PolexError(f"The body is not valid JSON: {where}".rstrip(": "), 400,
                              "Malformed JSON", [FieldError("body", "not valid JSON")])
    fields = [FieldError(_path(err["loc"]), str(err.get("msg", "invalid"))) for err in errors]
    detail = "; ".join(f"{f.field}: {f.reason}" for f in fields)
    return PolexError(detail, 422, "Invalid input", fields)


def _path(loc: Any) -> str:
    parts = list(loc)
    if parts and parts[0] in {"body", "query", "path", "header"}:
        parts = parts[1:] or parts
    return dotted_path(parts)
