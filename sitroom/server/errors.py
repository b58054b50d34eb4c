"""Errors as JSON a client can act on: ``{"error": what is wrong and what to give, "parameter": ...}``."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..filter_values import FilterError
from ..review import ReviewError

# the answers every endpoint may give besides its own, for the OpenAPI description
ERROR = {"content": {"application/json": {"schema": {
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "string"}, "parameter": {"type": ["string", "null"]}},
}}}}
COMMON = {400: {"description": "A bad parameter or body", **ERROR}}
MISSING = {404: {"description": "No such record", **ERROR}}
WRITING = {401: {"description": "No token, or a wrong one", **ERROR},
           403: {"description": "The server is read-only", **ERROR},
           413: {"description": "The request body is too large", **ERROR}}


def error(status: int, message: str, parameter: str | None = None, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "parameter": parameter}, status_code=status, headers=headers)


def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    first = exc.errors()[0] if exc.errors() else {}
    where = [str(part) for part in first.get("loc", ()) if part not in ("query", "body", "path")]
    parameter = where[-1] if where else None
    message = first.get("msg", "invalid request")
    return error(400, f"{parameter}: {message}" if parameter else message, parameter)


FAILED = "the server failed on this request; its log says why"


def _failure(request: Request, exc: Exception) -> JSONResponse:
    logging.getLogger("sitroom.server").error("%s %s failed", request.method, request.url.path, exc_info=exc)
    return error(500, FAILED)


def install(app: FastAPI) -> None:
    app.add_exception_handler(Exception, _failure)
    app.add_exception_handler(FilterError, lambda request, exc: error(400, exc.message, exc.parameter))
    app.add_exception_handler(ReviewError, lambda request, exc: error(exc.status, str(exc)))
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(HTTPException, lambda request, exc: error(
        exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None)))
