"""Every error the API gives is a 4xx (or a 503 when busy) in one JSON form:
``{"error", "message", "action"}``, and never echoes what was sent: a body that is not UTF-8,
a wrong content type, an unknown path or method all get a plain sentence.

A client that goes away mid-request is not a fault of the server: one line at INFO.
"""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect

from sync import protocol
from sync.server.refusals import Refused
from sync.server.web.render import page

log = logging.getLogger("imza.server")

_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorised",
    403: "forbidden",
    404: "not_found",
    405: "method",
    408: "timeout",
    413: "too_large",
    415: "content_type",
    431: "headers_too_large",
}

_SENTENCES = {
    404: "there is nothing at this address on this server; check the address",
    405: "this address does not take that method",
}


def problem(status: int, code: str, message: str, action: str, **headers: str) -> JSONResponse:
    body = {"error": code, "message": message, "action": action}
    return JSONResponse(body, status_code=status, headers=headers or None)


def _where(error: dict[str, Any]) -> str:
    """Where a validation error is, by field names only (never the value sent)."""
    loc = [str(part) for part in error.get("loc", ()) if part != "body"]
    return ".".join(loc) or "the body"


def _unreadable(errors: list[dict[str, Any]]) -> str:
    kinds = {str(e.get("type", "")) for e in errors}
    if kinds & {"json_invalid", "model_attributes_type", "dict_type", "model_type"}:
        return "the request must be a JSON object in UTF-8 (Content-Type: application/json)"
    fields = sorted({_where(e) for e in errors})
    return "these fields are missing or wrong: " + ", ".join(fields[:8])


def install(app: FastAPI) -> None:
    """The API's error handlers on ``app``."""

    @app.exception_handler(Refused)
    async def refused(_request: Request, exc: Refused) -> JSONResponse:
        headers = (
            {"Retry-After": str(exc.extra["retry_after"])} if "retry_after" in exc.extra else None
        )
        return JSONResponse(exc.body(), status_code=exc.status, headers=headers)

    @app.exception_handler(protocol.ProtocolError)
    async def unreadable(_request: Request, exc: protocol.ProtocolError) -> JSONResponse:
        status = 413 if exc.code == "too_large" else 422
        return problem(status, exc.code, str(exc), "fix")

    @app.exception_handler(OperationalError)
    async def busy(_request: Request, exc: OperationalError) -> JSONResponse:
        log.warning("database busy: %s", str(exc.orig).strip()[:200])
        retry = {"Retry-After": "5"}
        return problem(503, "busy", "the server is busy; try again", "retry", **retry)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's own handler echoes the input, and fails on bytes that are not UTF-8.
        return problem(422, "invalid", _unreadable(list(exc.errors())), "fix")

    @app.exception_handler(HTTPException)
    async def http(request: Request, exc: HTTPException) -> Response:
        status = exc.status_code
        if status in (204, 304):
            return Response(status_code=status, headers=exc.headers)
        if (
            status == 404
            and request.method == "GET"
            and "text/html" in request.headers.get("accept", "")
        ):
            return page(request, "missing.html", 404, session=None)
        code = _STATUS_CODES.get(status, "refused")
        fixed = {
            404: "there is nothing at this address on this server; check the address",
            405: "this address does not take that method",
        }
        message = fixed.get(status, str(exc.detail))
        return problem(status, code, message, "fix", **(exc.headers or {}))

    @app.exception_handler(ClientDisconnect)
    async def gone(request: Request, _exc: ClientDisconnect) -> Response:
        log.info(
            "%s %s: the client went away before its request arrived",
            request.method,
            request.url.path,
        )
        return Response(status_code=400)  # nobody reads it; uvicorn drops it
