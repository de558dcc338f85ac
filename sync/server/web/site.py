"""Puts the dashboard and the public pages on the API's app."""

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy import Engine

from sync.server.web import auth, dashboard, public
from sync.server.web.render import page, redirect


def mount(
    app: FastAPI,
    engine: Engine,
    login: auth.LoginLimits,
    progress: Callable[[str], Any],
    progress_ttl_s: float,
    check_limit: tuple[int, int],
) -> None:
    @app.exception_handler(auth.NeedLoginError)
    async def need_login(request: Request, _exc: auth.NeedLoginError) -> Response:
        return redirect(request, f"{auth.HOME}/login")

    @app.exception_handler(auth.BadFormError)
    async def bad_form(request: Request, _exc: auth.BadFormError) -> Response:
        return page(request, "refused.html", 403, session=None, reason="refused.csrf")

    @app.exception_handler(auth.NotAllowedError)
    async def not_allowed(request: Request, _exc: auth.NotAllowedError) -> Response:
        return page(request, "refused.html", 403, session=None, reason="refused.role")

    app.include_router(auth.router(engine, login))
    app.include_router(dashboard.router(engine))
    app.include_router(public.router(engine, progress, progress_ttl_s, check_limit))
